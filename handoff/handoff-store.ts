/**
 * Persistence for tickets, their history and events, and agents' presence. Implementations: `stores/kysely-handoff-store.ts`
 * (SQLite and PostgreSQL). Every write is conditional and atomic with its event, so two instances or two agents never
 * both win, and a change is never stored without the event that describes it.
 */
import type {
  Agent,
  ConversationRef,
  NewEntry,
  NewTicket,
  NewTicketEvent,
  PersonRef,
  Ticket,
  TicketConversation,
  TicketEntry,
  TicketEvent,
  TicketPatch,
  TicketStatus,
} from './model';
import type { Level } from '../contracts';

/** Extra conditions a change needs to win; all given ones must hold. */
export interface ChangeGuard {
  /** The ticket is still at this version (optimistic concurrency). */
  version?: number;
  /** The ticket is in one of these statuses. */
  statuses?: readonly TicketStatus[];
  /** The ticket is assigned to this agent. */
  assigneeId?: string;
  /** The ticket is reserved for nobody, or for this agent. */
  claimableBy?: string;
}

export interface TicketTransition {
  from: TicketStatus;
  to: TicketStatus;
  patch: TicketPatch;
  guard?: Omit<ChangeGuard, 'statuses'>;
  event: NewTicketEvent;
}

export interface TicketChange {
  patch?: TicketPatch;
  guard?: ChangeGuard;
  event: NewTicketEvent;
  entry?: NewEntry;
  /** The customer joined the ticket from this other conversation of theirs: it is followed there from now on. */
  join?: ConversationRef;
}

/** Where a page of tickets ended, in list order (level, then time queued, then id). */
export interface TicketListPosition {
  level: string;
  queuedAt: string;
  id: string;
}

export interface TicketFilter {
  statuses?: readonly TicketStatus[];
  /** Only tickets after this one in list order (keyset paging). */
  after?: TicketListPosition;
  /** Tickets in these skill groups, or assigned or reserved to `personId`. */
  visibleTo?: { groups: readonly string[]; personId: string };
  skillGroups?: readonly string[];
  assigneeId?: string;
  customerId?: string;
  limit?: number;
}

/**
 * A read-only query (PostgreSQL SQL with `$1…` parameters) and what its rows mean, for a caller to run inside one of
 * its own statements (as a JSON aggregate: the rows must hold only text, numbers and nulls).
 */
export interface RowsRead<T> {
  sql: string;
  parameters: readonly unknown[];
  read(rows: Record<string, unknown>[]): T;
}

export interface HandoffStore {
  /**
   * Creates the conversation's ticket with the next id of `day`, unless the conversation already has an active one
   * (bot, queued, assigned): then that one comes back with `created: false`. Safe under concurrency.
   */
  createTicket(ticket: NewTicket, day: string, event: NewTicketEvent): Promise<{ ticket: Ticket; created: boolean; event?: TicketEvent }>;
  getTicket(id: string): Promise<Ticket | undefined>;
  /**
   * The conversation's active ticket (bot, queued, assigned); else the open (queued, assigned) ticket the conversation
   * joined from another channel, so what the customer writes there reaches it.
   */
  findActiveTicket(conversationId: string): Promise<Ticket | undefined>;
  /**
   * `findActiveTicket` as a read that another statement of the same database can carry instead of a round trip of its
   * own; undefined where no statement can (SQLite, a store without SQL).
   */
  activeTicketRead?(conversationId: string): RowsRead<Ticket | undefined> | undefined;
  /** The conversations the ticket is followed in: its own first, then those it was joined from, in order. */
  listConversations(ticket: Ticket): Promise<TicketConversation[]>;
  /** The conversation's newest ticket in one of the statuses (any status when none are given). */
  findLatestTicket(conversationId: string, statuses?: readonly TicketStatus[]): Promise<Ticket | undefined>;
  /** In queue order: level (L1 first), then place in the queue (oldest first). */
  listTickets(filter: TicketFilter): Promise<Ticket[]>;
  /** 1-based position of a queued ticket among the queued tickets of its skill group. */
  queuePosition(ticket: Pick<Ticket, 'id' | 'skillGroup' | 'level' | 'queuedAt'>): Promise<number>;
  /** The only status writer: applies the change if the ticket is in `from` and the guard holds; undefined otherwise. */
  transition(ticketId: string, transition: TicketTransition): Promise<{ ticket: Ticket; event: TicketEvent } | undefined>;
  /** A change that keeps the status; undefined when the guard does not hold. */
  update(ticketId: string, change: TicketChange): Promise<{ ticket: Ticket; event: TicketEvent; entry?: TicketEntry } | undefined>;
  listEntries(ticketId: string): Promise<TicketEntry[]>;
  listEvents(ticketId: string, options?: { limit?: number }): Promise<TicketEvent[]>;
  /** Queued and assigned tickets with an SLA warning or breach due at `now` that was not raised yet. */
  slaCandidates(now: string): Promise<Ticket[]>;
  /** Resolved tickets resolved before `before`. */
  resolvedBefore(before: string, limit: number): Promise<Ticket[]>;
  /** Recent handling times (claim to resolution) in a group, newest first. */
  recentHandleMinutes(group: string, limit: number): Promise<number[]>;
  countByLevel(statuses: readonly TicketStatus[]): Promise<Array<{ skillGroup: string; status: TicketStatus; level: Level; count: number; oldestQueuedAt: string }>>;

  /** Records that an agent is present; `cameOnline` when they were offline before. */
  touchAgent(agent: PersonRef & { email?: string | null }, seenAt: string): Promise<{ agent: Agent; cameOnline: boolean }>;
  getAgent(id: string): Promise<Agent | undefined>;
  listAgents(): Promise<Agent[]>;
  /** Sets an agent's skill groups, recording the agent (offline) when they have not used the console yet. */
  setAgentGroups(agent: PersonRef, groups: string[]): Promise<Agent>;
  /** Marks online agents last seen before `cutoff` offline and returns exactly those this call changed. */
  expireAgents(cutoff: string): Promise<Agent[]>;
}
