/**
 * Retention for transcripts: finds conversations nobody has written to since a cutoff and deletes them with their
 * activity log. Kept apart from the conversation store, which the turn path uses, because only the purge job needs it.
 */
import type { Kysely } from 'kysely';
import type { BotTables } from './schema';

export interface TranscriptRetention {
  /**
   * Conversations with no activity since `before` (an ISO time), oldest first, at most `limit`; `after` continues
   * from the last one of the previous page (kept conversations are not listed again).
   */
  idleConversations(before: string, limit: number, after?: IdleConversation): Promise<IdleConversation[]>;
  /** Deletes the conversations and their activities; returns how many of each went. */
  deleteConversations(ids: readonly string[]): Promise<{ conversations: number; activities: number }>;
}

export interface IdleConversation {
  id: string;
  updatedAt: string;
}

export class KyselyTranscriptRetention implements TranscriptRetention {
  constructor(private readonly db: Kysely<BotTables>) {}

  async idleConversations(before: string, limit: number, after?: IdleConversation): Promise<IdleConversation[]> {
    let query = this.db.selectFrom('conversations').select(['id', 'updated_at']).where('updated_at', '<', before);
    if (after) {
      query = query.where((eb) =>
        eb.or([eb('updated_at', '>', after.updatedAt), eb.and([eb('updated_at', '=', after.updatedAt), eb('id', '>', after.id)])]),
      );
    }
    const rows = await query.orderBy('updated_at').orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, updatedAt: r.updated_at }));
  }

  async deleteConversations(ids: readonly string[]): Promise<{ conversations: number; activities: number }> {
    if (ids.length === 0) return { conversations: 0, activities: 0 };
    return this.db.transaction().execute(async (trx) => {
      const activities = await trx.deleteFrom('activities').where('conversation_id', 'in', ids).executeTakeFirst();
      const conversations = await trx.deleteFrom('conversations').where('id', 'in', ids).executeTakeFirst();
      return { conversations: Number(conversations.numDeletedRows), activities: Number(activities.numDeletedRows) };
    });
  }
}
