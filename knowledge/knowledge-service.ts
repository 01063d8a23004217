/**
 * The knowledge base as the rest of Baton sees it: articles in a store, and an immutable search snapshot built from the
 * published ones. Publishing builds a new snapshot and swaps it in one assignment, so a search never sees a half-built
 * index.
 */
import type { ArticleStore } from './article-store';
import type { Article, ArticleContent, Lang } from './articles';
import { decide, KnowledgeIndex, type Decision, type DecisionThresholds, type SearchHit } from './search';

export interface KnowledgeAnswer {
  decision: Decision;
  hits: SearchHit[];
  /** The published articles the decision refers to, by id. */
  articles: Map<string, Article>;
}

export interface KnowledgeService {
  /** Builds the first snapshot; call once at startup. */
  init(): Promise<void>;
  search(text: string, options?: { lang?: Lang; limit?: number }): SearchHit[];
  ask(text: string, options?: { lang?: Lang }): KnowledgeAnswer;
  getPublished(id: string): Article | undefined;
  publish(articles: ArticleContent[], options?: { replace?: boolean }): Promise<Article[]>;
  /** Rebuilds the snapshot from the store (after edits made elsewhere, e.g. by the CLI). */
  refresh(): Promise<void>;
  readonly size: number;
}

interface Snapshot {
  index: KnowledgeIndex;
  articles: Map<string, Article>;
}

export function createKnowledgeService(deps: {
  store: ArticleStore;
  thresholds?: Partial<DecisionThresholds>;
}): KnowledgeService {
  let snapshot: Snapshot = { index: KnowledgeIndex.build([]), articles: new Map() };

  async function buildSnapshot(): Promise<Snapshot> {
    const published = await deps.store.listPublished();
    // Yield once so the build runs off the request that asked for it.
    await new Promise((resolve) => setImmediate(resolve));
    return { index: KnowledgeIndex.build(published), articles: new Map(published.map((a) => [a.id, a])) };
  }

  const service: KnowledgeService = {
    async init() {
      snapshot = await buildSnapshot();
    },
    search(text, options = {}) {
      return snapshot.index.search(text, options);
    },
    ask(text, options = {}) {
      const current = snapshot;
      const hits = current.index.search(text, { lang: options.lang, limit: 5 });
      return { decision: decide(hits, deps.thresholds), hits, articles: current.articles };
    },
    getPublished(id) {
      return snapshot.articles.get(id);
    },
    async publish(articles, options) {
      const published = await deps.store.publishAll(articles, options);
      snapshot = await buildSnapshot();
      return published;
    },
    async refresh() {
      snapshot = await buildSnapshot();
    },
    get size() {
      return snapshot.articles.size;
    },
  };
  return service;
}
