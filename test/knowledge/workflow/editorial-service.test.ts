import type { CodedError } from '../../../contracts';
import { expectRejection } from '../../support/expect-rejection';
import { article, openKnowledgeDb, type KnowledgeDb } from '../support/knowledge-db';

const EDITOR = 'editor@example.com';
const REVIEWER = 'reviewer@example.com';
const headset = article('headset-pairing', {
  title: 'Pair the Zorblax headset',
  questions: ['How do I pair my Zorblax headset?', 'zorblax bluetooth pairing'],
  answer: 'Hold the **Zorblax** button for 5 seconds until the light blinks blue.',
});

let db: KnowledgeDb;
let today = new Date('2026-03-01T10:00:00Z');
beforeEach(async () => {
  today = new Date('2026-03-01T10:00:00Z');
  db = await openKnowledgeDb({ now: () => today });
});
afterEach(() => db.close());

const answerTo = (text: string) => {
  const { decision } = db.knowledge.ask(text);
  return decision.kind === 'answer' ? decision.hit.articleId : decision.kind;
};

async function publishNew() {
  const draft = await db.editorial.create(headset, EDITOR);
  const inReview = await db.editorial.submit(draft.id, draft.revision);
  return db.editorial.publish(inReview.id, inReview.revision, REVIEWER, 'first version');
}

test('draft → review → publish makes the article live for the bot, as version 1', async () => {
  const draft = await db.editorial.create(headset, EDITOR);
  expect(draft).toMatchObject({ status: 'draft', owner: EDITOR, liveVersion: null, actions: expect.arrayContaining(['submit']) });
  expect(answerTo('How do I pair my Zorblax headset?')).not.toBe('headset-pairing');

  const inReview = await db.editorial.submit(draft.id, draft.revision);
  expect(inReview.status).toBe('in_review');
  const published = await db.editorial.publish(inReview.id, inReview.revision, REVIEWER);
  expect(published).toMatchObject({ status: 'published', version: 1, liveVersion: 1 });
  expect(answerTo('How do I pair my Zorblax headset?')).toBe('headset-pairing');
  expect((await db.editorial.versions('headset-pairing'))[0]).toMatchObject({ version: 1, publishedBy: REVIEWER });
});

test('publishing a draft that was not reviewed is refused with what to do', async () => {
  const draft = await db.editorial.create(headset, EDITOR);
  await expectRejection(db.editorial.publish(draft.id, draft.revision, REVIEWER), /submit it for review first/);
});

test('editing a published article keeps the live version answering until the edit is published', async () => {
  const live = await publishNew();
  const edited = await db.editorial.update(live.id, live.revision, { ...headset, answer: 'Press and hold for 7 seconds.' }, EDITOR);
  expect(edited).toMatchObject({ status: 'draft', liveVersion: 1, answer: 'Press and hold for 7 seconds.' });
  expect(db.knowledge.getPublished('headset-pairing')!.answer).toBe(headset.answer);

  const submitted = await db.editorial.submit(edited.id, edited.revision);
  const republished = await db.editorial.publish(submitted.id, submitted.revision, REVIEWER);
  expect(republished).toMatchObject({ version: 2, liveVersion: 2 });
  expect(db.knowledge.getPublished('headset-pairing')!.answer).toBe('Press and hold for 7 seconds.');
});

test('a write with an outdated revision is a 409 that says to reload', async () => {
  const draft = await db.editorial.create(headset, EDITOR);
  await db.editorial.update(draft.id, draft.revision, { ...headset, title: 'First writer' }, EDITOR);
  const second = db.editorial.update(draft.id, draft.revision, { ...headset, title: 'Second writer' }, EDITOR);
  await expectRejection(second, /changed by someone else.*reload/);
  await second.catch((err: CodedError) => expect(err.status).toBe(409));
  expect((await db.editorial.get(draft.id)).title).toBe('First writer');
});

test('rollback republishes an old version as a new one; the diff shows what changes', async () => {
  const v1 = await publishNew();
  const edited = await db.editorial.update(v1.id, v1.revision, { ...headset, answer: 'Wrong answer.' }, EDITOR);
  const v2 = await db.editorial.publish((await db.editorial.submit(edited.id, edited.revision)).id, edited.revision + 1, REVIEWER);
  expect(db.knowledge.getPublished('headset-pairing')!.answer).toBe('Wrong answer.');

  const diff = await db.editorial.diff('headset-pairing', 1, 2);
  expect(diff.find((f) => f.field === 'answer')!.lines).toEqual([
    { op: 'remove', text: headset.answer },
    { op: 'add', text: 'Wrong answer.' },
  ]);

  const rolledBack = await db.editorial.rollback('headset-pairing', v2.revision, 1, REVIEWER);
  expect(rolledBack).toMatchObject({ version: 3, liveVersion: 3, status: 'published', answer: headset.answer });
  expect(db.knowledge.getPublished('headset-pairing')!.answer).toBe(headset.answer);
  expect((await db.editorial.versions('headset-pairing')).map((v) => [v.version, v.note])).toEqual([
    [3, 'rollback to version 1'],
    [2, null],
    [1, 'first version'],
  ]);
});

test('archiving takes the article away from customers; restoring makes it a draft again', async () => {
  const live = await publishNew();
  const archived = await db.editorial.archive(live.id, live.revision);
  expect(archived).toMatchObject({ status: 'archived', liveVersion: null, actions: ['restore'] });
  expect(db.knowledge.getPublished('headset-pairing')).toBeUndefined();
  expect(answerTo('How do I pair my Zorblax headset?')).not.toBe('headset-pairing');
  expect(await db.editorial.restore(archived.id, archived.revision)).toMatchObject({ status: 'draft', liveVersion: null });
});

test('publishing sets a review-by date; once it has passed the article is flagged stale', async () => {
  const live = await publishNew();
  expect(live.reviewBy).toBe('2026-08-28'); // 180 days on
  expect(live.stale).toBe(false);
  today = new Date('2026-09-01T00:00:00Z');
  expect((await db.editorial.get(live.id)).stale).toBe(true);
  expect((await db.editorial.list({ stale: true })).items.map((i) => i.id)).toEqual(['headset-pairing']);
  const reviewed = await db.editorial.markReviewed(live.id, live.revision);
  expect(reviewed).toMatchObject({ stale: false, reviewBy: '2027-02-28', status: 'published', version: 1 });
});

test('follow-up prompts must name existing articles, and are kept on the live article for the engine', async () => {
  await expectRejection(db.editorial.create({ ...headset, followUps: ['no-such-article'] }, EDITOR), /there is no article no-such-article/);
  await db.knowledge.publish([article('headset-battery')]);
  const draft = await db.editorial.create({ ...headset, followUps: ['headset-battery'] }, EDITOR);
  const submitted = await db.editorial.submit(draft.id, draft.revision);
  await db.editorial.publish(submitted.id, submitted.revision, REVIEWER);
  expect(db.knowledge.getPublished('headset-pairing')!.followUps).toEqual(['headset-battery']);
});

test('list finds articles by words in title, questions or tags, with status and pending changes', async () => {
  const live = await publishNew();
  await db.editorial.update(live.id, live.revision, { ...headset, tags: ['audio'] }, EDITOR);
  await db.editorial.create(article('returns', { title: 'Return an item' }), EDITOR);
  const found = await db.editorial.list({ q: 'zorblax BLUETOOTH' });
  expect(found.items).toEqual([expect.objectContaining({ id: 'headset-pairing', status: 'draft', pendingChanges: true, liveVersion: 1 })]);
  expect((await db.editorial.list({ status: 'draft' })).total).toBe(2);
  expect((await db.editorial.list({ q: 'audio' })).items.map((i) => i.id)).toEqual(['headset-pairing']);
});

test('addQuestion appends a variant once, as an edit', async () => {
  const live = await publishNew();
  const withVariant = await db.editorial.addQuestion(live.id, 'my zorblax will not connect');
  expect(withVariant.questions).toEqual([...headset.questions, 'my zorblax will not connect']);
  expect(withVariant.status).toBe('draft');
  const again = await db.editorial.addQuestion(live.id, 'My Zorblax will not connect');
  expect(again.questions).toHaveLength(3);
});
