/**
 * The CSV export: one row per conversation and one per ticket in the period. No customer text, name, e-mail or id
 * leaves in it: conversations are named by a pseudonym (a hash of their id) that the ticket rows share, so the two
 * kinds of rows still join. Columns are documented in the README ("Analytics export").
 */
import { createHash } from 'node:crypto';
import { writeCsv } from '../../knowledge';
import type { ConversationFact, TicketFact } from './model';
import { firstContactResolved } from './summary';

export const EXPORT_COLUMNS = [
  'record',
  'id',
  'conversation',
  'channel',
  'lang',
  'started_at',
  'self_served',
  'level',
  'group',
  'category',
  'status',
  'reasons',
  'queued_at',
  'first_responded_at',
  'resolved_at',
  'first_response_seconds',
  'resolution_seconds',
  'agents',
  'transfers',
  'reopened',
  'first_contact_resolution',
  'sla_breached',
  'csat_score',
  'nps_score',
  'assignee',
] as const;

type Column = (typeof EXPORT_COLUMNS)[number];

/** A stable pseudonym for a conversation id (channel ids can carry a user's identity). */
export function conversationPseudonym(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 16);
}

const flag = (value: boolean) => (value ? '1' : '0');
const text = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function exportCsv(conversations: readonly ConversationFact[], tickets: readonly TicketFact[]): string {
  const rows: Partial<Record<Column, string>>[] = [
    ...conversations.map((c) => ({
      record: 'conversation',
      conversation: conversationPseudonym(c.id),
      channel: c.channel,
      lang: c.lang,
      started_at: c.firstAt,
      self_served: flag(c.selfServed),
    })),
    ...tickets.map((t) => ({
      record: 'ticket',
      id: t.id,
      conversation: conversationPseudonym(t.conversationId),
      channel: t.channel,
      lang: t.lang,
      level: t.level,
      group: t.group,
      category: t.category,
      status: t.status,
      reasons: t.reasons.join(';'),
      queued_at: t.queuedAt,
      first_responded_at: text(t.firstRespondedAt),
      resolved_at: text(t.resolvedAt),
      first_response_seconds: text(t.firstResponseSeconds),
      resolution_seconds: text(t.resolutionSeconds),
      agents: String(t.agents),
      transfers: String(t.transfers),
      reopened: flag(t.reopened),
      first_contact_resolution: t.resolvedAt ? flag(firstContactResolved(t)) : '',
      sla_breached: flag(t.slaBreached),
      csat_score: text(t.survey?.score),
      nps_score: text(t.survey?.nps),
      assignee: text(t.assignee),
    })),
  ];
  return writeCsv([[...EXPORT_COLUMNS], ...rows.map((row) => EXPORT_COLUMNS.map((column) => neutralise(row[column] ?? '')))]);
}

/** A cell a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection). */
function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
