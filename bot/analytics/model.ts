/** What the analytics store reads out of the stored conversations, tickets and questions. */
import type { Interval, AnalyticsFilter } from './query';

/** Conversations with a customer message in the period, counted per bucket (the hour or day of their first one there). */
export interface ConversationCount {
  /** `YYYY-MM-DD` (day), `YYYY-MM-DDTHH` (hour) or '' (the whole period). */
  bucket: string;
  channel: string;
  lang: 'en' | 'zh';
  conversations: number;
  selfServed: number;
}

/** One conversation with a customer message in the period (the export's conversation rows). */
export interface ConversationFact {
  id: string;
  /** Its first customer message in the period. */
  firstAt: string;
  channel: string;
  lang: 'en' | 'zh';
  selfServed: boolean;
}

/** One ticket queued in the period, with what the definitions need and nothing about the customer. */
export interface TicketFact {
  id: string;
  conversationId: string;
  channel: string;
  lang: string;
  level: string;
  group: string;
  status: string;
  category: string;
  /** Reason codes, each once. */
  reasons: string[];
  /** The agent who holds or resolved it (staff, not the customer). */
  assignee: string | null;
  queuedAt: string;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  firstResponseSeconds: number | null;
  resolutionSeconds: number | null;
  /** Distinct agents who wrote to the customer. */
  agents: number;
  transfers: number;
  /** The same customer was queued again within 7 days after it was resolved. */
  reopened: boolean;
  /** A first-response or resolution target was missed (flagged by the SLA monitor, or visible in the times). */
  slaBreached: boolean;
  survey: { score: number | null; nps: number | null } | null;
}

export interface UnansweredCount {
  text: string;
  count: number;
}

export interface AnalyticsStore {
  conversations(filter: AnalyticsFilter, interval?: Interval): Promise<ConversationCount[]>;
  conversationList(filter: AnalyticsFilter): Promise<ConversationFact[]>;
  tickets(filter: AnalyticsFilter): Promise<TicketFact[]>;
  topUnanswered(filter: AnalyticsFilter, limit: number): Promise<UnansweredCount[]>;
  /** Tickets waiting now, per skill group and level (the operators' queue gauge). */
  queueLengths(): Promise<Array<{ group: string; level: string; count: number }>>;
}
