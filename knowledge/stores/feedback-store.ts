import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FeedbackCounts, FeedbackStore, UnansweredQuestion } from '../feedback/feedback-store';
import type { KnowledgeTables } from './schema';

export class KyselyFeedbackStore implements FeedbackStore {
  constructor(
    private readonly db: Kysely<KnowledgeTables>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async addFeedback(articleId: string, helpful: boolean, conversationId?: string): Promise<void> {
    const at = this.now().toISOString();
    await this.db
      .insertInto('article_feedback')
      .values({ id: randomUUID(), article_id: articleId, helpful: helpful ? 1 : 0, created_at: at, conversation_id: conversationId ?? null })
      .onConflict((oc) => oc.columns(['conversation_id', 'article_id']).doUpdateSet({ helpful: helpful ? 1 : 0, created_at: at }))
      .execute();
  }

  async countsByArticle(): Promise<Map<string, FeedbackCounts>> {
    const rows = await this.db
      .selectFrom('article_feedback')
      .select((eb) => ['article_id', 'helpful', eb.fn.countAll<number>().as('n')])
      .groupBy(['article_id', 'helpful'])
      .execute();
    const counts = new Map<string, FeedbackCounts>();
    for (const row of rows) {
      const entry = counts.get(row.article_id) ?? { helpful: 0, notHelpful: 0 };
      if (Number(row.helpful) === 1) entry.helpful += Number(row.n);
      else entry.notHelpful += Number(row.n);
      counts.set(row.article_id, entry);
    }
    return counts;
  }

  async countOpenFrom(conversationId: string): Promise<number> {
    const row = await this.db
      .selectFrom('unanswered_questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('conversation_id', '=', conversationId)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async addUnanswered(question: Omit<UnansweredQuestion, 'id' | 'createdAt'> & { conversationId?: string }): Promise<void> {
    await this.db
      .insertInto('unanswered_questions')
      .values({
        id: randomUUID(),
        group_key: question.key,
        text: question.text,
        lang: question.lang,
        reason: question.reason,
        best_article_id: question.bestArticleId,
        score: question.score,
        created_at: this.now().toISOString(),
        status: 'open',
        resolved_at: null,
        resolution: null,
        conversation_id: question.conversationId ?? null,
      })
      .execute();
  }

  async listOpen(limit: number): Promise<UnansweredQuestion[]> {
    const rows = await this.db
      .selectFrom('unanswered_questions')
      .selectAll()
      .where('status', '=', 'open')
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      key: row.group_key,
      text: row.text,
      lang: row.lang === 'zh' ? 'zh' : 'en',
      reason: row.reason === 'low-confidence' ? 'low-confidence' : 'no-answer',
      bestArticleId: row.best_article_id,
      score: row.score === null ? null : Number(row.score),
      createdAt: row.created_at,
    }));
  }

  async resolve(keys: string[], status: 'resolved' | 'dismissed', resolution: string): Promise<number> {
    if (keys.length === 0) return 0;
    const result = await this.db
      .updateTable('unanswered_questions')
      .set({ status, resolution, resolved_at: this.now().toISOString() })
      .where('status', '=', 'open')
      .where('group_key', 'in', keys)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
