/**
 * The one writer of conversation transcripts for every channel: appends to the store and tells the feed. An activity
 * is stored before the channel acknowledges it. Personal data was redacted before it got here, where text enters
 * Baton: customer activities at the channel edge (`bot/channels/redact-activity.ts`), what staff type at the ticket
 * API; the bot's own replies are knowledge-base text (a support address in an answer must reach the customer).
 */
import type { ActivityFeed } from './activity-feed';
import type { CompanionRead, ConversationStore, InboundTurn, TurnEnd } from './conversation-store';
import type { NewConversation, StoredActivity, TranscriptRole } from './model';

export interface Transcript {
  /**
   * Stores an inbound activity (creating the conversation on its first), in one transaction; returns it with the
   * conversation as it stands, or undefined when the same activity id was stored before (a redelivery) and its turn
   * is done or running. A redelivery of an activity whose turn failed comes back with `retry: true`: run the turn.
   * `announce: false`: the caller announces the conversation with the turn's replies (`recordReplies`), one
   * notification per turn instead of two (each a database write on PostgreSQL). `companion`: a read the storing
   * statement may carry (see `ConversationStore.appendInbound`).
   */
  recordInbound<Companion = unknown>(
    conversation: NewConversation,
    activity: Record<string, unknown>,
    options?: { announce?: boolean; companion?: CompanionRead<Companion> },
  ): Promise<InboundTurn<Companion> | undefined>;
  recordOutbound(conversationId: string, activity: Record<string, unknown>, role: TranscriptRole): Promise<StoredActivity>;
  /**
   * A turn's replies with how the turn ends (the done mark, the engine's state: see `TurnEnd`) in one transaction,
   * which also carries the announcement of the conversation (always: with no replies too, the inbound activity they
   * follow may not have been announced). Throws `StateConflictError`, storing nothing, when the state changed meanwhile.
   */
  recordReplies(conversationId: string, activities: Record<string, unknown>[], end?: Omit<TurnEnd, 'announce'>): Promise<StoredActivity[]>;
}

export function createTranscript(store: ConversationStore, feed: ActivityFeed): Transcript {
  return {
    async recordInbound(conversation, activity, options) {
      const id = typeof activity.id === 'string' && activity.id ? activity.id : undefined;
      // Insert-or-ignore, not check-then-insert: parallel deliveries of one id store it once and none fails.
      const stored = await store.appendInbound(conversation, toNewActivity(activity, 'in', 'customer', id), options?.companion);
      if (stored && options?.announce !== false) feed.publish(conversation.id);
      return stored;
    },
    async recordReplies(conversationId, activities, end) {
      const announcement = feed.stage(conversationId);
      const stored = await store.appendReplies(conversationId, activities.map((a) => toNewActivity(a, 'out', 'bot', undefined)), { ...end, announce: announcement });
      announcement.committed();
      return stored;
    },
    async recordOutbound(conversationId, activity, role) {
      const stored = await store.append(conversationId, toNewActivity(activity, 'out', role, undefined));
      feed.publish(conversationId);
      return stored;
    },
  };
}

function toNewActivity(activity: Record<string, unknown>, direction: 'in' | 'out', role: TranscriptRole, id: string | undefined) {
  const { id: _ignored, ...rest } = activity;
  return {
    id,
    direction,
    role,
    type: typeof activity.type === 'string' ? activity.type : 'message',
    text: typeof activity.text === 'string' ? activity.text : null,
    activity: rest,
  };
}
