/** Mapping between the handoff tables' rows and the domain types. */
import type { Selectable, Updateable } from 'kysely';
import type { Agent, Customer, EntryKind, NewTicket, PersonRef, Reason, Ticket, TicketEntry, TicketEvent, TicketEventType, TicketPatch, TicketSla, TicketStatus } from '../model';
import type { HandoffAgentsTable, HandoffEntriesTable, HandoffEventsTable, HandoffTicketsTable } from './schema';
import type { Category, Lang, Level } from '../../contracts';

const json = (value: unknown) => JSON.stringify(value);
const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));
const flag = (value: boolean) => (value ? 1 : 0);
const person = (id: string | null, name: string | null): PersonRef | null => (id ? { id, name: name ?? id } : null);

export function toTicket(row: Selectable<HandoffTicketsTable>): Ticket {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    channel: row.channel,
    status: row.status as TicketStatus,
    level: row.level as Level,
    category: row.category as Category,
    skillGroup: row.skill_group,
    lang: row.lang as Lang,
    customer: parse<Customer>(row.customer)!,
    reasons: parse<Reason[]>(row.reasons)!,
    lastCustomerMessage: row.last_customer_message,
    replyTo:
      row.reply_conversation_id && row.reply_channel
        ? { conversationId: row.reply_conversation_id, channel: row.reply_channel }
        : { conversationId: row.conversation_id, channel: row.channel },
    assignee: person(row.assignee_id, row.assignee_name),
    reservedFor: person(row.reserved_for_id, row.reserved_for_name),
    sla: {
      policy: parse<TicketSla['policy']>(row.sla_policy)!,
      firstResponseDueAt: row.first_response_due_at,
      firstResponseWarnAt: row.first_response_warn_at,
      firstRespondedAt: row.first_responded_at,
      resolutionDueAt: row.resolution_due_at,
      resolutionWarnAt: row.resolution_warn_at,
      pausedAt: row.paused_at,
      firstResponseWarned: Number(row.first_response_warned) === 1,
      firstResponseBreached: Number(row.first_response_breached) === 1,
      resolutionWarned: Number(row.resolution_warned) === 1,
      resolutionBreached: Number(row.resolution_breached) === 1,
      escalations: Number(row.escalations),
    },
    resolution: parse(row.resolution),
    survey: parse(row.survey),
    createdAt: row.created_at,
    queuedAt: row.queued_at,
    updatedAt: row.updated_at,
    assignedAt: row.assigned_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    version: Number(row.version),
  };
}

/** Tickets from before these columns have them null: their replies go to their own conversation (see toTicket). */
const replyColumns = (replyTo: Ticket['replyTo']) => ({ reply_conversation_id: replyTo.conversationId, reply_channel: replyTo.channel });

function slaColumns(sla: TicketSla) {
  return {
    sla_policy: json(sla.policy),
    first_response_due_at: sla.firstResponseDueAt,
    first_response_warn_at: sla.firstResponseWarnAt,
    first_responded_at: sla.firstRespondedAt,
    resolution_due_at: sla.resolutionDueAt,
    resolution_warn_at: sla.resolutionWarnAt,
    paused_at: sla.pausedAt,
    first_response_warned: flag(sla.firstResponseWarned),
    first_response_breached: flag(sla.firstResponseBreached),
    resolution_warned: flag(sla.resolutionWarned),
    resolution_breached: flag(sla.resolutionBreached),
    escalations: sla.escalations,
  };
}

export function newTicketRow(id: string, ticket: NewTicket, status: TicketStatus, at: string): HandoffTicketsTable {
  return {
    id,
    conversation_id: ticket.conversationId,
    active_conversation_id: ticket.conversationId,
    channel: ticket.channel,
    status,
    level: ticket.level,
    category: ticket.category,
    skill_group: ticket.skillGroup,
    lang: ticket.lang,
    customer_id: ticket.customer.id,
    customer: json(ticket.customer),
    reasons: json(ticket.reasons),
    last_customer_message: ticket.lastCustomerMessage,
    ...replyColumns(ticket.replyTo),
    assignee_id: ticket.assignee?.id ?? null,
    assignee_name: ticket.assignee?.name ?? null,
    reserved_for_id: ticket.reservedFor?.id ?? null,
    reserved_for_name: ticket.reservedFor?.name ?? null,
    ...slaColumns(ticket.sla),
    resolution: ticket.resolution ? json(ticket.resolution) : null,
    survey: ticket.survey ? json(ticket.survey) : null,
    created_at: ticket.createdAt,
    queued_at: ticket.queuedAt,
    updated_at: at,
    assigned_at: ticket.assignedAt,
    resolved_at: ticket.resolvedAt,
    closed_at: ticket.closedAt,
    version: 1,
    last_seq: 0,
  };
}

/** Only the fields the patch names; `undefined` leaves a column alone, `null` clears it. */
export function toRowPatch(patch: TicketPatch): Updateable<HandoffTicketsTable> {
  const row: Updateable<HandoffTicketsTable> = {};
  if (patch.level !== undefined) row.level = patch.level;
  if (patch.category !== undefined) row.category = patch.category;
  if (patch.skillGroup !== undefined) row.skill_group = patch.skillGroup;
  if (patch.reasons !== undefined) row.reasons = json(patch.reasons);
  if (patch.lastCustomerMessage !== undefined) row.last_customer_message = patch.lastCustomerMessage;
  if (patch.replyTo !== undefined) Object.assign(row, replyColumns(patch.replyTo));
  if (patch.assignee !== undefined) {
    row.assignee_id = patch.assignee?.id ?? null;
    row.assignee_name = patch.assignee?.name ?? null;
  }
  if (patch.reservedFor !== undefined) {
    row.reserved_for_id = patch.reservedFor?.id ?? null;
    row.reserved_for_name = patch.reservedFor?.name ?? null;
  }
  if (patch.sla !== undefined) Object.assign(row, slaColumns(patch.sla));
  if (patch.resolution !== undefined) row.resolution = patch.resolution ? json(patch.resolution) : null;
  if (patch.survey !== undefined) row.survey = patch.survey ? json(patch.survey) : null;
  if (patch.queuedAt !== undefined) row.queued_at = patch.queuedAt;
  if (patch.assignedAt !== undefined) row.assigned_at = patch.assignedAt;
  if (patch.resolvedAt !== undefined) row.resolved_at = patch.resolvedAt;
  if (patch.closedAt !== undefined) row.closed_at = patch.closedAt;
  return row;
}

export function toEntry(row: Selectable<HandoffEntriesTable>): TicketEntry {
  return {
    ticketId: row.ticket_id,
    seq: Number(row.seq),
    kind: row.kind as EntryKind,
    author: { id: row.author_id, name: row.author_name },
    text: row.text,
    at: row.created_at,
  };
}

export function toEvent(row: Selectable<HandoffEventsTable>): TicketEvent {
  return {
    ticketId: row.ticket_id,
    seq: Number(row.seq),
    type: row.type as TicketEventType,
    from: row.from_status as TicketStatus | null,
    to: row.to_status as TicketStatus | null,
    actor: person(row.actor_id, row.actor_name),
    data: parse<Record<string, unknown>>(row.data) ?? {},
    at: row.created_at,
  };
}

export function toAgent(row: Selectable<HandoffAgentsTable>): Agent {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    groups: parse<string[]>(row.groups) ?? [],
    online: Number(row.online) === 1,
    lastSeenAt: row.last_seen_at,
  };
}
