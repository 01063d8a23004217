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
});
