import { MAX_OPEN_PER_CONVERSATION } from '../../../knowledge/feedback/review-queue';
import { article, openKnowledgeDb, type KnowledgeDb } from '../support/knowledge-db';

let db: KnowledgeDb;
beforeEach(async () => {
  db = await openKnowledgeDb();
  await db.knowledge.publish([article('orders-track', { title: 'Track your order', questions: ['Where is my order?'] })]);
});
afterEach(() => db.close());

const unanswered = (text: string, extra: { bestArticleId?: string; score?: number } = {}) => ({ type: 'unanswered', text, lang: 'en', ...extra });

test('records the engine’s effects: feedback per article, unanswered questions grouped by similar wording', async () => {
  await db.reviewQueue.recordEffects([
    unanswered('Where is my parcel??'),
    unanswered('where is my parcel', { bestArticleId: 'orders-track', score: 0.42 }),
    unanswered('Where is my parcel now'),
    unanswered('Can I pay with bitcoin?'),
    { type: 'feedback', articleId: 'orders-track', helpful: false },
    { type: 'feedback', articleId: 'orders-track', helpful: true },
    { type: 'handoff', reason: 'ignored by the knowledge module' },
  ]);
  const groups = await db.reviewQueue.groups();
  expect(groups).toEqual([
    expect.objectContaining({
      count: 3,
      keys: ['where is my parcel', 'where is my parcel now'],
      sample: expect.stringMatching(/where is my parcel/i),
      reasons: expect.arrayContaining(['no-answer', 'low-confidence']),
      bestArticleId: 'orders-track',
      bestScore: 0.42,
    }),
    expect.objectContaining({ count: 1, sample: 'Can I pay with bitcoin?', bestArticleId: null }),
  ]);
  expect((await db.reviewQueue.feedbackCounts()).get('orders-track')).toEqual({ helpful: 1, notHelpful: 1 });
});

test('one action turns a group into a question variant of an article and closes it', async () => {
  await db.reviewQueue.recordEffects([unanswered('Where is my parcel??'), unanswered('where is my parcel now')]);
  const [group] = await db.reviewQueue.groups();
  const result = await db.reviewQueue.resolve({ action: 'add-variant', keys: group.keys, articleId: 'orders-track', question: group.sample }, 'ed@example.com');
  expect(result.closed).toBe(2);
  expect(result.article!.questions).toEqual(['Where is my order?', group.sample]);
  expect(result.article!.status).toBe('draft');
  expect(await db.reviewQueue.groups()).toEqual([]);
});

test('one action turns a group into a new draft article', async () => {
  await db.reviewQueue.recordEffects([unanswered('Can I pay with bitcoin?')]);
  const [group] = await db.reviewQueue.groups();
  const result = await db.reviewQueue.resolve(
    { action: 'new-article', keys: group.keys, article: { ...article('payments-crypto'), questions: [group.sample], answer: 'We do not accept crypto currencies.' } },
    'ed@example.com',
  );
  expect(result.article).toMatchObject({ id: 'payments-crypto', status: 'draft', owner: 'ed@example.com', questions: ['Can I pay with bitcoin?'] });
  expect(await db.reviewQueue.groups()).toEqual([]);
});

test('dismissing closes a group without touching articles', async () => {
  await db.reviewQueue.recordEffects([unanswered('asdf qwer')]);
  const [group] = await db.reviewQueue.groups();
  expect(await db.reviewQueue.resolve({ action: 'dismiss', keys: group.keys }, 'ed@example.com')).toEqual({ closed: 1 });
  expect(await db.reviewQueue.groups()).toEqual([]);
});

test(`one conversation adds at most ${MAX_OPEN_PER_CONVERSATION} open questions; others are not held back`, async () => {
  for (let i = 0; i < 100; i++) await db.reviewQueue.recordEffects([unanswered(`junk question number ${i} zzq${i}`)], { conversationId: 'flooder' });
  await db.reviewQueue.recordEffects([unanswered('Can I pay with bitcoin?')], { conversationId: 'someone-else' });
  const texts = (await db.feedback.listOpen(1000)).map((q) => q.text);
  expect(texts).toHaveLength(MAX_OPEN_PER_CONVERSATION + 1);
  expect(texts).toContain('Can I pay with bitcoin?');
  // Once the editors close the flooder's questions, that conversation may add again.
  await db.reviewQueue.resolve({ action: 'dismiss', keys: (await db.reviewQueue.groups({ limit: 100 })).flatMap((g) => g.keys).filter((k) => k.startsWith('junk')) }, 'ed@example.com');
  await db.reviewQueue.recordEffects([unanswered('one more junk question')], { conversationId: 'flooder' });
  expect((await db.feedback.listOpen(1000)).map((q) => q.text)).toContain('one more junk question');
});

test('one helpful / not-helpful vote per conversation and article (the last one counts); unknown articles get none', async () => {
  const vote = (conversationId: string, articleId: string, helpful: boolean) =>
    db.reviewQueue.recordEffects([{ type: 'feedback', articleId, helpful }], { conversationId });
  for (let i = 0; i < 50; i++) await vote('angry-chat', 'orders-track', false);
  await vote('happy-chat', 'orders-track', true);
  await vote('fickle-chat', 'orders-track', false);
  await vote('fickle-chat', 'orders-track', true);
  await vote('angry-chat', 'no-such-article', false);
  await vote('angry-chat', "x' OR 1=1 --", false);
  const counts = await db.reviewQueue.feedbackCounts();
  expect(counts.get('orders-track')).toEqual({ helpful: 2, notHelpful: 1 });
  expect([...counts.keys()]).toEqual(['orders-track']);
});
