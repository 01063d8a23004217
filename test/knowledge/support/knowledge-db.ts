/** A migrated test database with the knowledge stores and services on it (no bot, no HTTP). */
import path from 'node:path';
import { openDatabase, tablesOf, type DatabaseHandle } from '../../../bot/stores/database';
import { migrateToLatest } from '../../../bot/stores/migrate';
import { buildInProcess, createEditorialService, createKnowledgeService, createReviewQueue, knowledgeMigrations, KyselyArticleStore, KyselyFeedbackStore, KyselySynonymStore, type ArticleContent, type EditorialService, type KnowledgeService, type KnowledgeTables, type ReviewQueue } from '../../../knowledge';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from '../../support/databases';

export interface KnowledgeDb {
  database: TestDatabase;
  handle: DatabaseHandle<unknown>;
  store: KyselyArticleStore;
  feedback: KyselyFeedbackStore;
  synonyms: KyselySynonymStore;
  knowledge: KnowledgeService;
  editorial: EditorialService;
  reviewQueue: ReviewQueue;
  close(): Promise<void>;
}

export async function openKnowledgeDb(
  options: { kind?: TestDatabaseKind; now?: () => Date; snapshotFile?: string } = {},
): Promise<KnowledgeDb> {
  const database = await createTestDatabase(options.kind ?? 'sqlite');
  const handle = openDatabase<unknown>({ databaseUrl: database.url, sqliteFile: path.join(database.dataDir, 'baton.db') });
  await migrateToLatest(handle.db, knowledgeMigrations);
  const store = new KyselyArticleStore(tablesOf<KnowledgeTables>(handle.db), options.now);
  const feedback = new KyselyFeedbackStore(tablesOf<KnowledgeTables>(handle.db), options.now);
  const synonyms = new KyselySynonymStore(tablesOf<KnowledgeTables>(handle.db), options.now);
  const knowledge = createKnowledgeService({ store, synonyms, builder: buildInProcess, snapshotFile: options.snapshotFile });
  await knowledge.init();
  const editorial = createEditorialService({ store, knowledge, now: options.now });
  const reviewQueue = createReviewQueue({ store: feedback, editorial, articleIsLive: (id) => knowledge.getPublished(id) !== undefined });
  return {
    database,
    handle,
    store,
    feedback,
    synonyms,
    knowledge,
    editorial,
    reviewQueue,
    async close() {
      await knowledge.close();
      await handle.close();
      await database.drop();
    },
  };
}

export const article = (id: string, overrides: Partial<ArticleContent> = {}): ArticleContent => ({
  id,
  lang: 'en',
  title: `Title ${id}`,
  questions: [`question about ${id}?`],
  answer: `Answer for ${id}.`,
  tags: [],
  followUps: [],
  ...overrides,
});
