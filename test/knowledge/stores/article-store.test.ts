import path from 'node:path';
import { openDatabase, tablesOf, type DatabaseHandle } from '../../../bot/stores/database';
import { migrateToLatest } from '../../../bot/stores/migrate';
import { KyselyArticleStore, knowledgeMigrations, type ArticleContent, type KnowledgeTables } from '../../../knowledge';
import { expectRejection } from '../../support/expect-rejection';
import { createTestDatabase, forEachDatabase, type TestDatabase } from '../../support/databases';

const article = (id: string, overrides: Partial<ArticleContent> = {}): ArticleContent => ({
  id,
  lang: 'en',
  title: `Title ${id}`,
  questions: [`question about ${id}?`, `another ${id} question`],
  answer: `Answer for ${id}.`,
  tags: ['demo'],
  followUps: [],
  ...overrides,
});

forEachDatabase('ArticleStore contract', (kind) => {
  let database: TestDatabase;
  let handle: DatabaseHandle<unknown>;
  let store: KyselyArticleStore;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    handle = openDatabase({ databaseUrl: database.url, sqliteFile: path.join(database.dataDir, 'baton.db') });
    await migrateToLatest(handle.db, knowledgeMigrations);
    store = new KyselyArticleStore(tablesOf<KnowledgeTables>(handle.db));
  });
  afterEach(async () => {
    await handle.close();
    await database.drop();
  });

  test('an article saved before links were checked still opens (with its versions), so an editor can fix it', async () => {
    await store.publishAll([article('legacy', { answer: 'See [r].\n\n[r]: javascript:alert(1)' })]);
    expect(await store.get('legacy')).toMatchObject({ id: 'legacy', answer: expect.stringContaining('javascript:') });
    expect(await store.listVersions('legacy')).toEqual([expect.objectContaining({ version: 1 })]);
    expect((await store.listPublished()).map((a) => a.id)).toEqual(['legacy']);
  });

  test('publishAll stores articles as published version 1 with their content intact', async () => {
    await store.publishAll([article('a', { lang: 'zh', questions: ['怎么退货？'] }), article('b')]);
    expect(await store.count()).toBe(2);
    expect(await store.get('a')).toMatchObject({ id: 'a', lang: 'zh', questions: ['怎么退货？'], status: 'published', version: 1 });
    expect((await store.listPublished()).map((a) => a.id)).toEqual(['a', 'b']);
  });

  test('publishing again makes a new version', async () => {
    await store.publishAll([article('a')]);
    await store.publishAll([article('a', { answer: 'Better answer.' })]);
    expect(await store.get('a')).toMatchObject({ version: 2, answer: 'Better answer.' });
  });

  test('replace archives what the import does not contain', async () => {
    await store.publishAll([article('a'), article('b')]);
    await store.publishAll([article('c')], { replace: true });
    expect((await store.listPublished()).map((a) => a.id)).toEqual(['c']);
    expect((await store.get('a'))!.status).toBe('archived');
  });

  test('a failing article rolls the whole publish back', async () => {
    await store.publishAll([article('a')]);
    const broken = { ...article('z'), questions: undefined } as unknown as ArticleContent;
    await expectRejection(store.publishAll([article('b'), broken]), /null|constraint|undefined/i);
    expect((await store.list()).map((a) => a.id)).toEqual(['a']);
  });

  describe('editorial working copies', () => {
    const meta = { status: 'draft' as const, owner: 'ed@example.com', reviewBy: null };

    test('create inserts a draft that is not live, and refuses a taken id', async () => {
      const created = await store.create(article('a', { followUps: [], product: 'store' }), meta);
      expect(created).toMatchObject({ id: 'a', status: 'draft', version: 0, liveVersion: null, revision: 0, owner: 'ed@example.com', product: 'store' });
      expect(await store.create(article('a'), meta)).toBeUndefined();
      expect(await store.listPublished()).toEqual([]);
    });

    test('update needs the current revision and bumps it', async () => {
      await store.create(article('a'), meta);
      const updated = await store.update('a', 0, { content: article('a', { title: 'New title' }), reviewBy: '2030-01-01' });
      expect(updated).toMatchObject({ title: 'New title', revision: 1, reviewBy: '2030-01-01', status: 'draft' });
      expect(await store.update('a', 0, { status: 'in_review' })).toBeUndefined();
      expect((await store.getRecord('a'))!.status).toBe('draft');
    });

    test('publishVersion makes the content live as the next version and keeps the history', async () => {
      await store.create(article('a'), meta);
      const first = await store.publishVersion('a', 0, article('a'), { publishedBy: 'rev@example.com', note: 'first', reviewBy: '2030-01-01' });
      expect(first!.record).toMatchObject({ status: 'published', version: 1, liveVersion: 1, revision: 1 });
      expect(first!.version).toMatchObject({ version: 1, publishedBy: 'rev@example.com', note: 'first' });
      const second = await store.publishVersion('a', 1, article('a', { answer: 'Second answer.' }), { publishedBy: null, note: null, reviewBy: null });
      expect(second!.record.version).toBe(2);
      expect((await store.listVersions('a')).map((v) => [v.version, v.content.answer])).toEqual([
        [2, 'Second answer.'],
        [1, 'Answer for a.'],
      ]);
      expect(await store.publishVersion('a', 1, article('a'), { publishedBy: null, note: null, reviewBy: null })).toBeUndefined();
    });

    test('an edit of a published article stays off the live content until published', async () => {
      await store.publishAll([article('a')]);
      const record = (await store.getRecord('a'))!;
      await store.update('a', record.revision, { content: article('a', { answer: 'Draft answer.' }), status: 'draft' });
      const [live] = await store.listPublished();
      expect(live).toMatchObject({ id: 'a', answer: 'Answer for a.', status: 'published', version: 1 });
      expect(await store.getRecord('a')).toMatchObject({ answer: 'Draft answer.', status: 'draft', liveVersion: 1 });
    });

    test('importDrafts writes drafts in one transaction, keeping live versions live', async () => {
      await store.publishAll([article('a')]);
      await store.importDrafts([article('a', { answer: 'Imported.' }), article('b')]);
      expect(await store.getRecord('a')).toMatchObject({ status: 'draft', answer: 'Imported.', liveVersion: 1 });
      expect(await store.getRecord('b')).toMatchObject({ status: 'draft', liveVersion: null, version: 0 });
      expect((await store.listPublished()).map((a) => [a.id, a.answer])).toEqual([['a', 'Answer for a.']]);
    });

    test('importDrafts with replace archives what the import does not contain', async () => {
      await store.publishAll([article('a'), article('b')]);
      await store.importDrafts([article('c')], { replace: true });
      expect(await store.getRecord('a')).toMatchObject({ status: 'archived', liveVersion: null });
      expect(await store.listPublished()).toEqual([]);
    });

    test('the live marker changes when live content changes, and only then', async () => {
      const empty = await store.liveMarker();
      await store.publishAll([article('a')]);
      const one = await store.liveMarker();
      expect(one).not.toBe(empty);
      await store.create(article('b'), meta);
      expect(await store.liveMarker()).toBe(one);
      const record = (await store.getRecord('a'))!;
      await store.update('a', record.revision, { status: 'archived', liveVersion: null });
      expect(await store.liveMarker()).not.toBe(one);
    });
  });
});
