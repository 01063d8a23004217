import type { StagedNotification } from '../cluster/notifier';
import type { Conversation, NewActivity, NewConversation, StoredActivity } from './model';

/**
 * How long a turn's claim holds off a retry of the same activity. A turn takes milliseconds; one cut off by a crash or a
 * dropped database leaves its claim behind, and the channel's retry may run the turn once it has expired. Below the
 * Bot Service's 15 s request timeout, so a waiting duplicate can still be answered.
 */
export const TURN_LEASE_MS = 10_000;

/**
 * A read-only query of the same database (PostgreSQL SQL with `$1…` parameters) and what its rows mean, which the
 * statement storing an inbound activity may carry, a round trip fewer (the turn's handoff-mode read). Its rows travel
 * as JSON, so they must hold only text, numbers and nulls.
 */
export interface CompanionRead<T> {
  sql: string;
  parameters: readonly unknown[];
  read(rows: Record<string, unknown>[]): T;
}

/** An inbound activity whose turn the caller now owns; `retry`: stored before by a delivery whose turn did not finish. */
export interface InboundTurn<Companion = unknown> {
  activity: StoredActivity;
  conversation: Conversation;
  retry?: true;
  /** What the companion read found, read in the storing statement; absent when the store ran it not (read it anew). */
  companion?: { value: Companion };
}

/**
 * How a turn ends, stored with its replies in one transaction, so a retry finds all of it or none of it:
 * `completes` marks that inbound activity's turn done; `state` saves the engine's next state if nobody saved since
 * `expectedVersion` (else nothing is stored and `StateConflictError` is thrown: run the turn again on the fresh state);
 * `announce` writes the feed's announcement in the same transaction (its `write`, or its `record` folded into the
 * store's own statement); `lastSeq`, the conversation's last seq as the turn knows it (its inbound activity's), lets a
 * store number the replies without asking first: it checks that nothing was appended since, and asks if something was.
 */
export interface TurnEnd {
  completes?: string;
  state?: { state: Record<string, unknown>; expectedVersion: number };
  announce?: Pick<StagedNotification, 'write' | 'record'>;
  lastSeq?: number;
}

/** Another turn of the conversation saved its state first: nothing of this turn's end was stored. */
export class StateConflictError extends Error {
  constructor(conversationId: string) {
    super(`the state of conversation ${conversationId} changed during the turn`);
    this.name = 'StateConflictError';
  }
}

/** Conversations and their activity log. Appends are atomic: a stored activity always has a unique, gap-free seq. */
export interface ConversationStore {
  /** Creates the conversation if it does not exist yet; returns it either way. */
  ensure(conversation: NewConversation): Promise<Conversation>;
  get(id: string): Promise<Conversation | undefined>;
  append(conversationId: string, activity: NewActivity): Promise<StoredActivity>;
  /**
   * Appends an activity unless one with the same id is already in the conversation (insert-or-ignore, atomic: of
   * several deliveries of one id at once exactly one is stored); undefined for a duplicate, which uses no seq.
   */
  appendOnce(conversationId: string, activity: NewActivity & { id: string }): Promise<StoredActivity | undefined>;
  /**
   * A customer's activity in one transaction: creates the conversation if need be, appends the activity (once per id
   * when it has one) with its turn claimed, and returns the conversation as it stands (state included, so the turn
   * need not read it again). For a repeated id whose turn never finished and is not running (its claim was released
   * or has expired) it claims the turn again and returns the stored activity with `retry: true`: the caller runs the
   * turn. Undefined for a repeated id whose turn is done or running now.
   * `companion`: a read the store may run in the same statement (PostgreSQL); its result is `companion` when it did.
   * The activity must be a JSON value (so must `appendReplies`'): the stored activity handed back may be the object given.
   */
  appendInbound<Companion = unknown>(conversation: NewConversation, activity: NewActivity, companion?: CompanionRead<Companion>): Promise<InboundTurn<Companion> | undefined>;
  /** Where the turn of a stored inbound activity stands; undefined for an unknown id. */
  turnOf(conversationId: string, activityId: string): Promise<'done' | 'running' | 'unclaimed' | undefined>;
  /**
   * Appends a turn's replies (seqs in order) with how the turn ends (`TurnEnd`: the done mark, the state, the
   * announcement), all in one transaction: a retry finds either all of it or none of it.
   */
  appendReplies(conversationId: string, activities: NewActivity[], end?: TurnEnd): Promise<StoredActivity[]>;
  /** Gives up a failed turn's claim so that the channel's retry runs it at once (best effort: the database may be gone). */
  releaseTurn(conversationId: string, activityId: string): Promise<void>;
  findActivity(conversationId: string, activityId: string): Promise<StoredActivity | undefined>;
  /** Activities with seq > afterSeq, oldest first. */
  list(conversationId: string, options?: { afterSeq?: number; limit?: number }): Promise<StoredActivity[]>;
  /** Saves engine state if nobody saved since `expectedVersion`; returns false on a conflict. */
  saveState(conversationId: string, state: Record<string, unknown>, expectedVersion: number): Promise<boolean>;
  saveReference(conversationId: string, reference: Record<string, unknown>): Promise<void>;
}
