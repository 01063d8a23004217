/**
 * Knowledge numbers and rising topics, on SQLite and PostgreSQL: answer / clarify / decline rates from the bot's stored
 * replies, helpful votes, the articles most often followed by a handoff, and a topic that jumps above its baseline.
 */
import { forEachDatabase } from '../../support/databases';
import { createAnalyticsFixture, type AnalyticsFixture } from './support/analytics-fixture';
import type { AnalyticsTables, TrendAlert } from '../../../bot/analytics';
import { tablesOf } from '../../../bot/stores/database';

const DAY = { from: '2026-11-22T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' };

forEachDatabase('knowledge analytics', (kind) => {
  let fx: AnalyticsFixture;
  const raised: TrendAlert[] = [];

  beforeAll(async () => {
    fx = await createAnalyticsFixture(kind, '2026-11-22T10:00:00.000Z');
    fx.analytics.onTrendAlert((alert) => raised.push(alert));
    await fx.botReplies('c-1', 'answer', 'kb-shipping');
    await fx.botReplies('c-2', 'answer', 'kb-returns');
    await fx.botReplies('c-3', 'clarify');
    await fx.botReplies('c-4', 'fallback');
    await fx.botReplies('c-5', 'small-talk');
    // c-1 and c-6 were answered with kb-shipping, then handed off.
    await fx.handedOff('c-1', 'repeated-failure');
    await fx.botReplies('c-6', 'answer', 'kb-shipping');
    await fx.handedOff('c-6', 'agent-request');
    const votes = tablesOf<AnalyticsTables>(fx.handle.db).insertInto('article_feedback');
    await votes
      .values([
        { id: 'v1', article_id: 'kb-shipping', helpful: 1, created_at: '2026-11-22T10:05:00.000Z', conversation_id: 'c-1' },
        { id: 'v2', article_id: 'kb-shipping', helpful: 0, created_at: '2026-11-22T10:06:00.000Z', conversation_id: 'c-6' },
        { id: 'v3', article_id: 'kb-returns', helpful: 1, created_at: '2026-11-22T10:07:00.000Z', conversation_id: 'c-2' },
        { id: 'v4', article_id: 'kb-returns', helpful: 1, created_at: '2026-11-21T10:07:00.000Z', conversation_id: 'c-0' },
      ])
      .execute();

    // Trends: "password reset" steady at 5 a day for a week and on the day; "parcel lost" 1 a day, then 6 on 2026-11-30.
    for (let d = 23; d <= 30; d++) {
      fx.clock.set(`2026-11-${d}T09:00:00.000Z`);
      for (let i = 0; i < 5; i++) await fx.unanswered(`p-${d}-${i}`, 'password reset', 'password reset');
      const lost = d === 30 ? 6 : 1;
      for (let i = 0; i < lost; i++) await fx.unanswered(`l-${d}-${i}`, 'parcel lost', 'my parcel is lost, mail me at bob@example.com');
    }
  });
  afterAll(async () => {
    await fx.close();
  });

  test('answer, clarify and decline rates; helpful votes; articles followed by a handoff', async () => {
    const k = await fx.analytics.knowledge(DAY);
    expect(k).toMatchObject({ replies: 5, answer: 3 / 5, clarify: 1 / 5, decline: 1 / 5, votes: 3, helpful: 2, helpfulRate: 2 / 3 });
    expect(k.handoffArticles).toEqual([{ articleId: 'kb-shipping', title: null, count: 2 }]);
  });

  test('a topic well above its baseline is an alert, raised once to subscribers; a steady one is not', async () => {
    const alerts = await fx.analytics.trends('2026-11-30');
    expect(alerts).toEqual([{ day: '2026-11-30', topic: 'question:parcel lost', label: expect.stringContaining('my parcel is lost'), count: 6, baseline: 1 }]);
    // The question's e-mail address is not shown.
    expect(alerts[0].label).not.toContain('bob@example.com');
    await fx.analytics.trends('2026-11-30');
    expect(raised.map((a) => a.topic)).toEqual(['question:parcel lost']);
    expect(await fx.analytics.trends('2026-11-29')).toEqual([]);
  });
});
