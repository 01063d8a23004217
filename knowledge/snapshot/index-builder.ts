/**
 * How a new search snapshot gets built. Small knowledge bases build in-process (milliseconds). Large ones build on
 * two worker threads kept for the purpose, one per half of the index (build-parts.ts), because building 10k articles
 * takes seconds of CPU that would otherwise freeze every request meanwhile, and two halves at once take half the
 * time. The halves come back as transferred arrays (index-transfer.ts) that the main thread takes in a slice at a
 * time (steps.ts), and the snapshot file is written a slice at a time afterwards, so no request waits long on any of
 * it. Either way the result is a complete index; the service swaps it in with one assignment.
 */
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { KnowledgeIndex } from '../search';
import { runInSlices } from '../search/steps';
import type { BuildRequest, HalfMessage, HalfRequest } from './build-task';
import { fromHalvesSteps } from './index-transfer';
import { encodeSnapshot, writeSnapshotFile, writeSnapshotFileInSlices } from './snapshot-file';

export interface IndexBuilder {
  (request: BuildRequest): Promise<KnowledgeIndex>;
  /** Releases what the builder keeps (its worker threads), after any snapshot file still being written. */
  close?(): Promise<void>;
  /**
   * Gets ready to build an index of `articles` articles (starts its worker threads, if it will use them), so that
   * the first publish does not pay for starting them while customers are being answered.
   */
  warm?(articles: number): Promise<void>;
}
export type { BuildRequest };

/** Builds on the calling thread after yielding once, so the request that triggered it is answered first. */
export const buildInProcess: IndexBuilder = async (request) => {
  await new Promise((resolve) => setImmediate(resolve));
  const index = KnowledgeIndex.build(request.articles, request.options);
  if (request.persist) writeSnapshotFile(request.persist.file, encodeSnapshot(index, request.persist.fingerprint));
  return index;
};

type WorkerReply = { id: number; ok: true; built: HalfMessage } | { id: number; ok: false; message: string };

/**
 * One build worker thread, kept between builds: starting one costs a few hundred milliseconds of module loading,
 * and a warm one builds faster. It holds no state between builds. It keeps the process alive only while a build is
 * owed, so an idle worker never holds up exit; if it dies, the builds it owed fail and the next one starts a new one.
 */
class HalfWorker {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(built: HalfMessage): void; reject(err: Error): void }>();

  build(request: HalfRequest): Promise<HalfMessage> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      const worker = this.started();
      worker.ref();
      worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(__dirname, 'build-worker.js'));
    worker.on('message', (reply: WorkerReply) => {
      const build = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (!build) return;
      if (reply.ok) build.resolve(reply.built);
      else build.reject(new Error(`building the search index failed: ${reply.message}`));
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const build of this.pending.values()) build.reject(err);
      this.pending.clear();
    };
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the index build worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }
}

/** The two kept workers, the lunr half on one and the classifier half on the other, and the snapshot writer. */
export class BuildWorkers {
  private readonly lunr = new HalfWorker();
  private readonly classifier = new HalfWorker();
  private persisting: Promise<void> = Promise.resolve();

  constructor(private readonly log?: (line: string) => void) {}

  readonly build = async (request: BuildRequest): Promise<KnowledgeIndex> => {
    const common = KnowledgeIndex.commonParts(request.articles, request.options);
    const lunr = this.lunr.build({ half: 'lunr', articles: request.articles, boosts: common.options.boosts });
    await yieldToEventLoop();
    // The classifier reads titles and questions only; leaving answers out halves what is copied to its thread.
    const classifierArticles = request.articles.map((a) => ({ ...a, answer: '', tags: [] }));
    const classifier = this.classifier.build({ half: 'classifier', articles: classifierArticles, idf: common.options.classifierIdf });
    const [lunrHalf, classifierHalf] = await Promise.all([lunr, classifier]);
    if (lunrHalf.half !== 'lunr' || classifierHalf.half !== 'classifier') throw new Error('a build worker sent the wrong half');
    const index = await runInSlices(fromHalvesSteps(common, lunrHalf.lunr, classifierHalf.classifier));
    const persist = request.persist;
    if (persist) {
      this.persisting = this.persisting
        .then(() => writeSnapshotFileInSlices(persist.file, index, persist.fingerprint))
        .catch((err: Error) => this.log?.(`[knowledge] writing the search snapshot file failed: ${err.message}`));
    }
    return index;
  };

  /** Starts both worker threads and has each build a one-article half, loading its modules. */
  async warm(): Promise<void> {
    const articles = [{ id: 'warm-up', lang: 'en' as const, title: 'Warm up', questions: ['How do I warm up?'], answer: 'Slowly.', tags: [] }];
    await Promise.all([
      this.lunr.build({ half: 'lunr', articles, boosts: KnowledgeIndex.commonParts(articles).options.boosts }),
      this.classifier.build({ half: 'classifier', articles, idf: 'article' }),
    ]);
  }

  /** Resolves once the snapshot files of finished builds are written. */
  persisted(): Promise<void> {
    return this.persisting;
  }

  async close(): Promise<void> {
    await this.persisting;
    await Promise.all([this.lunr.close(), this.classifier.close()]);
  }
}

/** Builds once on worker threads of its own (tests, benchmarks); the service keeps its BuildWorkers instead. */
export async function buildInWorker(request: BuildRequest): Promise<KnowledgeIndex> {
  const workers = new BuildWorkers();
  try {
    return await workers.build(request);
  } finally {
    await workers.close();
  }
}

/** In-process below `workerThreshold` articles, on kept workers at or above it (in-process if they fail). */
export function createIndexBuilder(options: { workerThreshold?: number; log?: (line: string) => void } = {}): IndexBuilder {
  const threshold = options.workerThreshold ?? 1000;
  const workers = new BuildWorkers(options.log);
  const builder: IndexBuilder = async (request) => {
    if (request.articles.length < threshold) return buildInProcess(request);
    try {
      return await workers.build(request);
    } catch (err) {
      options.log?.(`[knowledge] worker build failed, building in-process: ${(err as Error).message}`);
      return buildInProcess(request);
    }
  };
  builder.close = () => workers.close();
  builder.warm = async (articles) => {
    if (articles >= threshold) await workers.warm();
  };
  return builder;
}
