/** The summary of a period, computed from what the store read (the definitions are in the README). */
import { LevelSchema } from '../../contracts';
import { countInto, csat, distribution, nps, rate, type Distribution } from './definitions';
import type { ConversationCount, TicketFact, UnansweredCount } from './model';

export interface ServiceLevelCount {
  met: number;
  breached: number;
  rate: number | null;
}

export interface Summary {
  conversations: number;
  selfServed: number;
  selfServiceRate: number | null;
  handoffs: number;
  handoffRate: number | null;
  handoffsByReason: Record<string, number>;
  tickets: number;
  firstResponseSeconds: Distribution;
  resolutionSeconds: Distribution;
  /** The same in business seconds (open hours of the handoff calendar only); null when no calendar is given. */
  firstResponseBusinessSeconds: Distribution | null;
  resolutionBusinessSeconds: Distribution | null;
  resolved: number;
  firstContactResolutionRate: number | null;
  serviceLevel: Record<string, ServiceLevelCount>;
  breachesByGroup: Record<string, number>;
  csat: { responses: number; score: number | null };
  nps: { responses: number; score: number | null };
  topUnanswered: UnansweredCount[];
  breakdowns: {
    channels: Record<string, number>;
    languages: Record<string, number>;
    levels: Record<string, number>;
    groups: Record<string, number>;
    categories: Record<string, number>;
    /** Tickets resolved per agent. */
    agents: Record<string, number>;
  };
}

/** Resolved by one agent, never transferred, and the customer not back within 7 days. */
export function firstContactResolved(ticket: Pick<TicketFact, 'resolvedAt' | 'agents' | 'transfers' | 'reopened'>): boolean {
  return ticket.resolvedAt !== null && ticket.agents <= 1 && ticket.transfers === 0 && !ticket.reopened;
}

/** Business seconds between two ISO instants, by the handoff calendar. */
export type BusinessSeconds = (from: string, to: string) => number;

export function summarize(
  conversations: readonly ConversationCount[],
  tickets: readonly TicketFact[],
  topUnanswered: UnansweredCount[] = [],
  businessSeconds?: BusinessSeconds,
): Summary {
  const channels: Record<string, number> = {};
  const languages: Record<string, number> = {};
  let total = 0;
  let selfServed = 0;
  for (const row of conversations) {
    total += row.conversations;
    selfServed += row.selfServed;
    countInto(channels, row.channel, row.conversations);
    countInto(languages, row.lang, row.conversations);
  }

  const handoffsByReason: Record<string, number> = {};
  const levels: Record<string, number> = {};
  const groups: Record<string, number> = {};
  const categories: Record<string, number> = {};
  const agents: Record<string, number> = {};
  const breachesByGroup: Record<string, number> = {};
  const serviceLevel: Record<string, ServiceLevelCount> = Object.fromEntries(LevelSchema.options.map((l) => [l, { met: 0, breached: 0, rate: null }]));
  const handedOff = new Set<string>();
  const firstResponses: number[] = [];
  const resolutions: number[] = [];
  const businessFirstResponses: number[] = [];
  const businessResolutions: number[] = [];
  const satisfaction: number[] = [];
  const recommend: number[] = [];
  let resolved = 0;
  let firstContact = 0;

  for (const ticket of tickets) {
    handedOff.add(ticket.conversationId);
    for (const code of ticket.reasons) countInto(handoffsByReason, code);
    countInto(levels, ticket.level);
    countInto(groups, ticket.group);
    countInto(categories, ticket.category);
    if (ticket.firstResponseSeconds !== null && ticket.firstResponseSeconds >= 0) {
      firstResponses.push(ticket.firstResponseSeconds);
      if (businessSeconds) businessFirstResponses.push(businessSeconds(ticket.queuedAt, ticket.firstRespondedAt!));
    }
    if (ticket.resolvedAt !== null) {
      resolved++;
      if (ticket.resolutionSeconds !== null && ticket.resolutionSeconds >= 0) {
        resolutions.push(ticket.resolutionSeconds);
        if (businessSeconds) businessResolutions.push(businessSeconds(ticket.queuedAt, ticket.resolvedAt));
      }
      if (firstContactResolved(ticket)) firstContact++;
      if (ticket.assignee) countInto(agents, ticket.assignee);
    }
    const level = (serviceLevel[ticket.level] ??= { met: 0, breached: 0, rate: null });
    if (ticket.slaBreached) {
      level.breached++;
      countInto(breachesByGroup, ticket.group);
    } else if (ticket.resolvedAt !== null) {
      level.met++;
    }
    if (ticket.survey?.score != null) satisfaction.push(ticket.survey.score);
    if (ticket.survey?.nps != null) recommend.push(ticket.survey.nps);
  }
  for (const level of Object.values(serviceLevel)) level.rate = rate(level.met, level.met + level.breached);

  return {
    conversations: total,
    selfServed,
    selfServiceRate: rate(selfServed, total),
    handoffs: handedOff.size,
    handoffRate: rate(handedOff.size, total),
    handoffsByReason,
    tickets: tickets.length,
    firstResponseSeconds: distribution(firstResponses),
    resolutionSeconds: distribution(resolutions),
    firstResponseBusinessSeconds: businessSeconds ? distribution(businessFirstResponses) : null,
    resolutionBusinessSeconds: businessSeconds ? distribution(businessResolutions) : null,
    resolved,
    firstContactResolutionRate: rate(firstContact, resolved),
    serviceLevel,
    breachesByGroup,
    csat: csat(satisfaction),
    nps: nps(recommend),
    topUnanswered,
    breakdowns: { channels, languages, levels, groups, categories, agents },
  };
}
