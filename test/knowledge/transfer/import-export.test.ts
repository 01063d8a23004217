/** Import and export against a real store: all or nothing, replace, publish, and export → import on disk per format. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importArticles, liveArticles, loadDemoArticles, readArticles, writeExport, type TransferFormat } from '../../../knowledge';
import { expectRejection } from '../../support/expect-rejection';
import { article, openKnowledgeDb, type KnowledgeDb } from '../support/knowledge-db';

let db: KnowledgeDb;
let dir: string;
beforeEach(async () => {
  db = await openKnowledgeDb();
  dir = mkdtempSync(path.join(os.tmpdir(), 'baton-transfer-'));
});
afterEach(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, text: string) => {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
};

test.each<[TransferFormat, string]>([
  ['csv', 'kb.csv'],
  ['tsv', 'kb.tsv'],
  ['md', 'kb-folder'],
])('export as %s then import into an empty knowledge base gives the same knowledge base', async (format, name) => {
  await db.knowledge.publish([...loadDemoArticles(), article('with-follow-up', { followUps: ['returns-start-en'], product: 'store' })]);
  const before = await liveArticles(db.store);
  writeExport(before, format, path.join(dir, name));

  const other = await openKnowledgeDb();
  try {
    const result = await importArticles({ store: other.store, knowledge: other.knowledge }, readArticles(path.join(dir, name)), { publish: true });
    expect(result).toMatchObject({ imported: before.length, created: before.length, published: true });
    expect(await liveArticles(other.store)).toEqual(before);
    expect(other.knowledge.size).toBe(before.length);
  } finally {
    await other.close();
  }
});

test('an import with any invalid row imports nothing and lists every problem with its line', async () => {
  await db.knowledge.publish([article('existing')]);
  const csv = file(
    'bad.csv',
    ['id,title,question,answer,tags,lang', 'good,Good,Question?,Answer.,,en', 'bad,,Question?,Answer.,,en', 'worse,Title,Question?,Answer.,,xx'].join('\n'),
  );
  let thrown: unknown;
  try {
    readArticles(csv);
  } catch (err) {
    thrown = err;
  }
  expect(thrown).toMatchObject({ code: 'invalid_request', status: 400 });
  expect((thrown as Error).message).toMatch(/nothing was imported: 2 problems found\nline 3: article bad: title: title is required\nline 4: article worse: lang/);
  expect((await db.store.listRecords()).map((r) => r.id)).toEqual(['existing']);
});

test('follow-ups must resolve within the import or the knowledge base, and duplicate ids across files are refused', async () => {
  const dangling = [{ content: article('a', { followUps: ['nowhere'] }), line: 2 }];
  await expectRejection(importArticles({ store: db.store, knowledge: db.knowledge }, dangling), /line 2: article a: follow-up nowhere/);
  const twice = [
    { content: article('a'), file: 'one.md', line: 1 },
    { content: article('a'), file: 'two.md', line: 1 },
  ];
  await expectRejection(importArticles({ store: db.store, knowledge: db.knowledge }, twice), /two\.md:line 1: article a appears again \(first at one\.md:line 1\)/);
  expect(await db.store.count()).toBe(0);
});

test('--replace --publish makes the file the whole knowledge base', async () => {
  await db.knowledge.publish(loadDemoArticles());
  const articles = [{ content: article('only-one', { questions: ['How do I pair the Zorblax?'] }), line: 2 }];
  const result = await importArticles({ store: db.store, knowledge: db.knowledge }, articles, { replace: true, publish: true });
  expect(result.archived).toBe(loadDemoArticles().length);
  expect((await liveArticles(db.store)).map((a) => a.id)).toEqual(['only-one']);
  expect(db.knowledge.size).toBe(1);
  expect(db.knowledge.search('How do I return an item?').map((h) => h.articleId)).not.toContain('returns-start-en');
});

test('without --publish articles arrive as drafts and customers keep getting the live versions', async () => {
  await db.knowledge.publish([article('a')]);
  const articles = [{ content: article('a', { answer: 'New answer.' }), line: 2 }, { content: article('b'), line: 3 }];
  const result = await importArticles({ store: db.store, knowledge: db.knowledge }, articles);
  expect(result).toMatchObject({ imported: 2, created: 1, updated: 1, published: false });
  expect(db.knowledge.getPublished('a')!.answer).toBe('Answer for a.');
  expect(await db.store.getRecord('a')).toMatchObject({ status: 'draft', answer: 'New answer.' });
});
