import { forEachDatabase } from '../../support/databases';
import { openKnowledgeDb, type KnowledgeDb } from '../support/knowledge-db';

forEachDatabase('FeedbackStore contract', (kind) => {
  let db: KnowledgeDb;
  beforeEach(async () => {
    db = await openKnowledgeDb({ kind });
  });
  afterEach(() => db.close());

  test('counts helpful and not helpful answers per article', async () => {
    await db.feedback.addFeedback('a', true);
    await db.feedback.addFeedback('a', false);
    await db.feedback.addFeedback('a', false);
    await db.feedback.addFeedback('b', true);
    const counts = await db.feedback.countsByArticle();
    expect(counts.get('a')).toEqual({ helpful: 1, notHelpful: 2 });
    expect(counts.get('b')).toEqual({ helpful: 1, notHelpful: 0 });
  });

  test('a conversation has one vote per article: a second replaces the first', async () => {
    await db.feedback.addFeedback('a', false, 'conv-1');
    await db.feedback.addFeedback('a', false, 'conv-1');
    await db.feedback.addFeedback('a', true, 'conv-1');
    await db.feedback.addFeedback('a', false, 'conv-2');
    await db.feedback.addFeedback('b', false, 'conv-1');
    const counts = await db.feedback.countsByArticle();
    expect(counts.get('a')).toEqual({ helpful: 1, notHelpful: 1 });
    expect(counts.get('b')).toEqual({ helpful: 0, notHelpful: 1 });
  });

  test('counts the open questions of one conversation', async () => {
    const question = { text: 'q', key: 'q', lang: 'en' as const, reason: 'no-answer' as const, bestArticleId: null, score: null };
    await db.feedback.addUnanswered({ ...question, conversationId: 'c1' });
    await db.feedback.addUnanswered({ ...question, conversationId: 'c1' });
    await db.feedback.addUnanswered({ ...question, key: 'other', conversationId: 'c2' });
    await db.feedback.addUnanswered(question);
    expect(await db.feedback.countOpenFrom('c1')).toBe(2);
    await db.feedback.resolve(['q'], 'dismissed', 'dismissed');
    expect(await db.feedback.countOpenFrom('c1')).toBe(0);
    expect(await db.feedback.countOpenFrom('c2')).toBe(1);
  });

  test('keeps unanswered questions open until their group is resolved', async () => {
    const question = { text: 'Where is my parcel?', lang: 'en' as const, reason: 'no-answer' as const, bestArticleId: null, score: null };
    await db.feedback.addUnanswered({ ...question, key: 'where is my parcel' });
    await db.feedback.addUnanswered({ ...question, key: 'where is my parcel', reason: 'low-confidence', bestArticleId: 'orders-track-en', score: 0.41 });
    await db.feedback.addUnanswered({ ...question, text: '怎么开发票', lang: 'zh', key: '怎么开发票' });
    const open = await db.feedback.listOpen(10);
    expect(open).toHaveLength(3);
    expect(open.find((q) => q.reason === 'low-confidence')).toMatchObject({ bestArticleId: 'orders-track-en', score: expect.closeTo(0.41, 5) });

    expect(await db.feedback.resolve(['where is my parcel'], 'resolved', 'variant:orders-track-en')).toBe(2);
    expect((await db.feedback.listOpen(10)).map((q) => q.text)).toEqual(['怎么开发票']);
    expect(await db.feedback.resolve(['where is my parcel'], 'dismissed', 'dismissed')).toBe(0);
  });
});
