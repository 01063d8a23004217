/**
 * The knowledge base on the shared database: articles, the search snapshot (kept in DATA_DIR between restarts),
 * editorial workflow, the review queue and the synonym list. Building loads the snapshot; it polls for changes made
 * by another process (the CLI, another instance) only once its job is started.
 */
import path from 'node:path';
import {
  createEditorialService,
  createKnowledgeService,
  createReviewQueue,
  createSynonymService,
  KyselyArticleStore,
  KyselyFeedbackStore,
  KyselySynonymStore,
  loadDemoArticles,
  loadSynonyms,
  seedSynonyms,
  synonymsFile,
  type EditorialService,
  type EditorialStore,
  type KnowledgeService,
  type KnowledgeTables,
  type ReviewQueue,
  type SynonymService,
} from '../../knowledge';
import type { Config } from '../config';
import { tablesOf } from '../stores/database';
import type { SettingsStore } from '../stores/settings-store';
import type { Job } from './jobs';
import type { Storage } from './storage';

/** How often an instance looks for knowledge published elsewhere. */
export const KNOWLEDGE_WATCH_MS = 5_000;

export interface KnowledgeParts {
  articles: EditorialStore;
  knowledge: KnowledgeService;
  /** Drafts, review, publishing, versions (the editor page and `baton kb`). */
  editorial: EditorialService;
  /** Helpful / not helpful answers and the unanswered-questions queue. */
  reviewQueue: ReviewQueue;
  /** The editor-maintained synonym list (seeded from the synonyms file on first start). */
  synonyms: SynonymService;
  /** Notices knowledge published by another process and rebuilds; started by the server, not by the CLI. */
  watchJob: Job;
  /** Stops watching and waits for a running index build. */
  close(): Promise<void>;
}

export async function buildKnowledge(storage: Storage, config: Pick<Config, 'dataDir'>, log: (line: string) => void): Promise<KnowledgeParts> {
  const tables = tablesOf<KnowledgeTables>(storage.database.db);
  const articles = new KyselyArticleStore(tables);
  // Synonyms live in the database; DATA_DIR/knowledge/synonyms.json (or the demo's) seeds them on first start.
  const synonymStore = new KyselySynonymStore(tables);
  const synonymFile = synonymsFile(path.join(config.dataDir, 'knowledge', 'synonyms.json'));
  await seedSynonyms(synonymStore, synonymFile, () => loadSynonyms(synonymFile), log);
  // The serialized search index is kept in DATA_DIR so a restart loads it instead of rebuilding it.
  const knowledge = createKnowledgeService({
    store: articles,
    snapshotFile: path.join(config.dataDir, 'knowledge', 'index-snapshot.json'),
    synonyms: synonymStore,
    log,
  });
  await knowledge.init();
  const editorial = createEditorialService({ store: articles, knowledge });
  const reviewQueue = createReviewQueue({
    store: new KyselyFeedbackStore(tables),
    editorial,
    articleIsLive: (id) => knowledge.getPublished(id) !== undefined,
  });
  const synonyms = createSynonymService({ store: synonymStore, refresh: () => knowledge.refresh() });
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= knowledge.close());
  const watchJob: Job = {
    name: 'knowledge.watch',
    start: () => knowledge.watch(KNOWLEDGE_WATCH_MS),
    stop: close,
  };
  return { articles, knowledge, editorial, reviewQueue, synonyms, watchJob, close };
}

/** Loads the demo knowledge base the first time Baton starts on an empty database. */
export async function seedDemoKnowledge(parts: {
  articles: Pick<EditorialStore, 'count'>;
  knowledge: Pick<KnowledgeService, 'publish'>;
  settings: SettingsStore;
}): Promise<number> {
  if ((await parts.settings.get('knowledge.demoSeeded')) || (await parts.articles.count()) > 0) return 0;
  const published = await parts.knowledge.publish(loadDemoArticles());
  await parts.settings.set('knowledge.demoSeeded', new Date().toISOString());
  return published.length;
}
