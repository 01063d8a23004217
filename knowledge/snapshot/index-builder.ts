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

/**
 * Builds on the calling thread after yielding once, so the request that triggered it is answered first. Writing the
 * snapshot file is best-effort: it only saves a rebuild at the next start, so a full disk must not keep the new index
 * from going live.
 */
export function inProcessBuilder(log?: (line: string) => void): IndexBuilder {
  return async (request) => {
    await new Promise((resolve) => setImmediate(resolve));
    const index = KnowledgeIndex.build(request.articles, request.options);
    if (request.persist) {
      try {
        writeSnapshotFile(request.persist.file, encodeSnapshot(index, request.persist.fingerprint));
      } catch (err) {
        log?.(`[knowledge] writing the search snapshot file failed (the index is live; a restart rebuilds it): ${(err as Error).message}`);
      }
    }
    return index;
  };
}

export const buildInProcess: IndexBuilder = inProcessBuilder();

type WorkerReply = { id: number; ok: true; built: HalfMessage } | { id: number; ok: false; message: string };

/**
 * A build that has not come back in this long is given up (the worker is ended and the build fails, to be done
 * in-process): a hung worker would otherwise hold every later publish. 10k articles take about two seconds.
 */
const BUILD_TIMEOUT_MS = 5 * 60_000;

/** Articles per message to a build worker: about a millisecond of copying each. */
const ARTICLES_PER_MESSAGE = 1000;

interface PendingHalf {
  resolve(built: HalfMessage): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

/** One worker thread and the builds it owes. */
interface RunningWorker {
  thread: Worker;
  pending: Map<number, PendingHalf>;
}

/**
 * One build worker thread, kept between builds: starting one costs a few hundred milliseconds of module loading,
 * and a warm one builds faster. It holds no state between builds. It keeps the process alive only while a build is
 * owed, so an idle worker never holds up exit; if it dies or hangs, the builds it owed fail and the next build
 * starts a new one.
 */
class HalfWorker {
  private running?: RunningWorker;
  private nextId = 1;

  /**
   * Sends the articles a chunk at a time, giving the event loop back between chunks (copying 10k articles to the
   * thread in one message held it for ~12 ms), then the request that starts the build.
   */
  async build(request: HalfRequest): Promise<HalfMessage> {
    const id = this.nextId++;
    const running = this.started();
    const built = new Promise<HalfMessage>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(running, new Error(`the index build worker gave no answer in ${BUILD_TIMEOUT_MS / 1000} s`)), BUILD_TIMEOUT_MS);
      timer.unref();
      running.pending.set(id, { resolve, reject, timer });
    });
    // Handled here, awaited below: the worker may fail while the chunks are still being sent.
    built.catch(() => undefined);
    running.thread.ref();
    for (let from = 0; from < request.articles.length; from += ARTICLES_PER_MESSAGE) {
      if (!running.pending.has(id)) break;
      running.thread.postMessage({ id, articles: request.articles.slice(from, from + ARTICLES_PER_MESSAGE) });
      await yieldToEventLoop();
    }
    if (running.pending.has(id)) running.thread.postMessage({ id, request: { ...request, articles: [] } });
    return built;
  }

  async close(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (running) {
      this.fail(running, new Error('the index builder was closed'));
      await running.thread.terminate();
    }
  }

  /** Fails what `running` owes and retires it; a later build starts a fresh worker. */
  private fail(running: RunningWorker, err: Error): void {
    if (this.running === running) this.running = undefined;
    for (const build of running.pending.values()) {
      clearTimeout(build.timer);
      build.reject(err);
    }
    running.pending.clear();
    void running.thread.terminate();
  }

  private started(): RunningWorker {
    if (this.running) return this.running;
    const running: RunningWorker = { thread: new Worker(path.join(__dirname, 'build-worker.js')), pending: new Map() };
    running.thread.on('message', (reply: WorkerReply) => {
      const build = running.pending.get(reply.id);
      running.pending.delete(reply.id);
      if (running.pending.size === 0) running.thread.unref();
      if (!build) return;
      clearTimeout(build.timer);
      if (reply.ok) build.resolve(reply.built);
      else build.reject(new Error(`building the search index failed: ${reply.message}`));
    });
    running.thread.on('messageerror', (err) => this.fail(running, err));
    running.thread.once('error', (err) => this.fail(running, err));
    running.thread.once('exit', (code) => this.fail(running, new Error(`the index build worker exited with code ${code}`)));
    this.running = running;
    return running;
  }
}

/** The two kept workers (the field index half on one, the classifier half on the other) and the snapshot writer. */
export class BuildWorkers {
  private readonly fieldIndex = new HalfWorker();
  private readonly classifier = new HalfWorker();
  private persisting: Promise<void> = Promise.resolve();
  /** The newest index waiting to be written: only it is, when the writer gets to it. */
  private unwritten?: { index: KnowledgeIndex; file: string; fingerprint: string };

  constructor(private readonly log?: (line: string) => void) {}

  readonly build = async (request: BuildRequest): Promise<KnowledgeIndex> => {
    const common = KnowledgeIndex.commonParts(request.articles, request.options);
    const fieldIndex = this.fieldIndex.build({ half: 'fieldIndex', articles: request.articles, boosts: common.options.boosts });
    // The classifier reads titles and questions only; leaving answers out halves what is copied to its thread.
    const classifierArticles = request.articles.map((a) => ({ ...a, answer: '', tags: [] }));
    const classifier = this.classifier.build({ half: 'classifier', articles: classifierArticles, idf: common.options.classifierIdf });
    // Both are awaited together below; either may fail first.
    fieldIndex.catch(() => undefined);
    const [fieldIndexHalf, classifierHalf] = await Promise.all([fieldIndex, classifier]);
    if (fieldIndexHalf.half !== 'fieldIndex' || classifierHalf.half !== 'classifier') throw new Error('a build worker sent the wrong half');
    const index = await runInSlices(fromHalvesSteps(common, fieldIndexHalf.fieldIndex, classifierHalf.classifier));
    if (request.persist) this.persist({ index, ...request.persist });
    return index;
  };

  /** Writes the snapshot file of the newest index after any write under way; older unwritten ones are skipped. */
  private persist(latest: { index: KnowledgeIndex; file: string; fingerprint: string }): void {
    const queued = this.unwritten !== undefined;
    this.unwritten = latest;
    if (queued) return;
    this.persisting = this.persisting.then(async () => {
      const next = this.unwritten;
      this.unwritten = undefined;
      if (!next) return;
      try {
        await writeSnapshotFileInSlices(next.file, next.index, next.fingerprint);
      } catch (err) {
        this.log?.(`[knowledge] writing the search snapshot file failed (the index is live; a restart rebuilds it): ${(err as Error).message}`);
      }
    });
  }

  /** Starts both worker threads and has each build a one-article half, loading its modules. */
  async warm(): Promise<void> {
    const articles = [{ id: 'warm-up', lang: 'en' as const, title: 'Warm up', questions: ['How do I warm up?'], answer: 'Slowly.', tags: [] }];
    await Promise.all([
      this.fieldIndex.build({ half: 'fieldIndex', articles, boosts: KnowledgeIndex.commonParts(articles).options.boosts }),
      this.classifier.build({ half: 'classifier', articles, idf: 'article' }),
    ]);
  }

  /** Resolves once the snapshot files of finished builds are written. */
  persisted(): Promise<void> {
    return this.persisting;
  }

  async close(): Promise<void> {
    await this.persisting;
    await Promise.all([this.fieldIndex.close(), this.classifier.close()]);
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
  const buildInProcess = inProcessBuilder(options.log);
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
    if (articles < threshold) return;
    try {
      await workers.warm();
    } catch (err) {
      // Builds fall back to in-process when the workers cannot run; startup goes on either way.
      options.log?.(`[knowledge] starting the index build workers failed: ${(err as Error).message}`);
    }
  };
  return builder;
}
