/**
 * The knowledge base as the rest of Baton sees it: articles in a store, and an immutable search snapshot built from
 * the live ones. A publish commits to the store, then a new snapshot is built off the request path (a worker thread
 * for large knowledge bases) and swapped in with one assignment, so a search never sees a half-built index and the
 * bot keeps answering from the previous snapshot meanwhile; saving the synonym list rebuilds the same way. The
 * serialized snapshot is persisted and reused at the next start when the live content and synonyms have not changed.
 */
import type { ArticleStore, EditorialStore } from './article-store';
import type { Article, ArticleContent } from './articles';
import { decideWith, KnowledgeIndex, resolveThresholds, type Decision, type DecisionThresholds, type IndexOptions, type SearchHit } from './search';
import { fingerprintOf } from './snapshot/fingerprint';
import { createIndexBuilder, type IndexBuilder } from './snapshot/index-builder';
import { createRebuildScheduler } from './snapshot/rebuild-scheduler';
import { readSnapshotFile, removeStaleTemporaries } from './snapshot/snapshot-file';
import { synonymRecord, type SynonymStore } from './synonyms/synonym-store';
import type { Lang } from '../contracts';

export interface KnowledgeAnswer {
  decision: Decision;
  hits: SearchHit[];
  /** The published articles the decision refers to, by id. */
  articles: Map<string, Article>;
}

export interface SnapshotStatus {
  articles: number;
  /** `loaded`: from the persisted snapshot; `built`: rebuilt from the articles; `empty`: before init. */
  source: 'empty' | 'loaded' | 'built';
  builtAt: string | null;
  /** Increments with every swap. */
  generation: number;
  building: boolean;
  lastError: string | null;
}

export interface KnowledgeService {
  /** Builds or loads the first snapshot; call once at startup. */
  init(): Promise<void>;
  search(text: string, options?: { lang?: Lang; limit?: number }): SearchHit[];
  /** Search and decide; `exclude`: articles to leave out (a follow-up about what an answer did not say). */
  ask(text: string, options?: { lang?: Lang; exclude?: string[] }): KnowledgeAnswer;
  getPublished(id: string): Article | undefined;
  /** Publishes articles (a bulk import or the demo content) and resolves once they are live. */
  publish(articles: ArticleContent[], options?: { replace?: boolean; publishedBy?: string }): Promise<Article[]>;
  /** Rebuilds the snapshot from the store; resolves once the rebuilt snapshot is live. */
  refresh(): Promise<void>;
  /** Polls the stores for live-content or synonym changes made by another process (the CLI) and rebuilds on one. */
  watch(intervalMs: number): void;
  status(): SnapshotStatus;
  /** Stops watching and waits for a running build. */
  close(): Promise<void>;
  readonly size: number;
}

interface Snapshot {
  index: KnowledgeIndex;
  articles: Map<string, Article>;
}

export function createKnowledgeService(deps: {
  store: ArticleStore & Partial<Pick<EditorialStore, 'liveMarker'>>;
  thresholds?: Partial<DecisionThresholds>;
  indexOptions?: Partial<IndexOptions>;
  /**
   * Editor-maintained synonyms, read at every build (they replace `indexOptions.synonyms` once a list is stored); a
   * save made by another process is noticed by `watch` like a publish.
   */
  synonyms?: Pick<SynonymStore, 'get' | 'revision'>;
  /** Where the serialized snapshot is kept between restarts; none: always rebuild at startup. */
  snapshotFile?: string;
  builder?: IndexBuilder;
  log?: (line: string) => void;
}): KnowledgeService {
  const baseOptions = deps.indexOptions ?? {};
  const builder = deps.builder ?? createIndexBuilder({ log: deps.log });
  let snapshot: Snapshot = { index: KnowledgeIndex.build([]), articles: new Map() };
  const status: SnapshotStatus = { articles: 0, source: 'empty', builtAt: null, generation: 0, building: false, lastError: null };
  let lastMarker: string | undefined;
  let watcher: NodeJS.Timeout | undefined;
  /** Set by close(): a poll or publish still in flight starts no more builds. */
  let closed = false;

  function swap(next: Snapshot, source: SnapshotStatus['source']): void {
    snapshot = next;
    Object.assign(status, { articles: next.articles.size, source, builtAt: new Date().toISOString(), lastError: null });
    status.generation += 1;
  }

  /** Changes whenever the live content or the synonyms change (undefined: the store cannot tell). */
  async function changeMarker(): Promise<string | undefined> {
    const live = await deps.store.liveMarker?.();
    if (live === undefined || !deps.synonyms) return live;
    return `${live}|synonyms:${await deps.synonyms.revision()}`;
  }

  async function indexOptions(): Promise<Partial<IndexOptions>> {
    const list = await deps.synonyms?.get();
    return list && list.revision > 0 ? { ...baseOptions, synonyms: synonymRecord(list.groups) } : baseOptions;
  }

  async function rebuild(allowLoad: boolean): Promise<void> {
    if (closed) return;
    lastMarker = await changeMarker();
    const published = await deps.store.listPublished();
    const options = await indexOptions();
    const articles = new Map(published.map((a) => [a.id, a]));
    const fingerprint = fingerprintOf(published, options);
    if (allowLoad && deps.snapshotFile) {
      const loaded = readSnapshotFile(deps.snapshotFile, fingerprint);
      if (loaded && loaded.size === published.length) {
        // A builder that will need worker threads for this many articles starts them now, before customers arrive.
        await builder.warm?.(published.length);
        return swap({ index: loaded, articles }, 'loaded');
      }
    }
    const index = await builder({
      articles: published.map(({ id, lang, title, questions, answer, tags }) => ({ id, lang, title, questions, answer, tags })),
      options,
      persist: deps.snapshotFile ? { file: deps.snapshotFile, fingerprint } : undefined,
    });
    swap({ index, articles }, 'built');
  }

  const scheduler = createRebuildScheduler(async () => {
    status.building = true;
    try {
      await rebuild(false);
    } catch (err) {
      status.lastError = (err as Error).message;
      deps.log?.(`[knowledge] rebuilding the search snapshot failed; the previous one stays live: ${(err as Error).message}`);
      throw err;
    } finally {
      status.building = false;
    }
  });

  // Validated on the first question, as decide() would on each one: they do not change while the service lives.
  let thresholds: DecisionThresholds | undefined;

  const service: KnowledgeService = {
    async init() {
      if (deps.snapshotFile) removeStaleTemporaries(deps.snapshotFile);
      await rebuild(true);
    },
    search(text, searchOptions = {}) {
      return snapshot.index.search(text, searchOptions);
    },
    ask(text, askOptions = {}) {
      const current = snapshot;
      const hits = current.index.search(text, { lang: askOptions.lang, limit: 5, ...(askOptions.exclude ? { exclude: askOptions.exclude } : {}) });
      thresholds ??= resolveThresholds(deps.thresholds);
      return { decision: decideWith(hits, thresholds), hits, articles: current.articles };
    },
    getPublished(id) {
      return snapshot.articles.get(id);
    },
    async publish(articles, publishOptions) {
      const published = await deps.store.publishAll(articles, publishOptions);
      await scheduler.request();
      return published;
    },
    refresh() {
      return scheduler.request();
    },
    watch(intervalMs) {
      if (watcher || !deps.store.liveMarker) return;
      const poll = async () => {
        if (scheduler.building || closed) return;
        const marker = await changeMarker();
        // The rebuild records the marker it was built from; only an unchanged marker is recorded here.
        if (lastMarker !== undefined && marker !== lastMarker) await scheduler.request();
        else lastMarker = marker;
      };
      watcher = setInterval(() => void poll().catch((err: Error) => deps.log?.(`[knowledge] watching for changes failed: ${err.message}`)), intervalMs);
      watcher.unref();
    },
    status() {
      return { ...status, building: scheduler.building };
    },
    async close() {
      closed = true;
      if (watcher) clearInterval(watcher);
      watcher = undefined;
      await scheduler.idle();
      if (!deps.builder) await builder.close?.();
    },
    get size() {
      return snapshot.articles.size;
    },
  };
  return service;
}
