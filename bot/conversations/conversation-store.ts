import type { Conversation, NewActivity, NewConversation, StoredActivity } from './model';

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
   * when it has one), and returns the conversation as it stands (state included, so the turn need not read it again).
   * Undefined for a repeated id.
   */
  appendInbound(conversation: NewConversation, activity: NewActivity): Promise<{ activity: StoredActivity; conversation: Conversation } | undefined>;
  findActivity(conversationId: string, activityId: string): Promise<StoredActivity | undefined>;
  /** Activities with seq > afterSeq, oldest first. */
  list(conversationId: string, options?: { afterSeq?: number; limit?: number }): Promise<StoredActivity[]>;
  /** Saves engine state if nobody saved since `expectedVersion`; returns false on a conflict. */
  saveState(conversationId: string, state: Record<string, unknown>, expectedVersion: number): Promise<boolean>;
  saveReference(conversationId: string, reference: Record<string, unknown>): Promise<void>;
}
