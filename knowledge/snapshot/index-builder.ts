/**
 * How a new search snapshot gets built. Small knowledge bases build in-process (milliseconds); large ones in a worker
 * thread, because building 10k articles takes seconds of CPU that would otherwise freeze every request meanwhile.
 * The worker's snapshot is then loaded in slices (steps.ts): taking in a 10k-article index is about half a second of
 * work, which in one piece would hold every request that arrived meanwhile. Either way the result is a complete
 * index; the service swaps it in with one assignment.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { KnowledgeIndex } from '../search';
import { runInSlices } from '../search/steps';
import type { BuildRequest } from './build-task';
import { encodeSnapshot, loadSnapshotSteps, writeSnapshotFile } from './snapshot-file';

export type IndexBuilder = (request: BuildRequest) => Promise<KnowledgeIndex>;

/** Builds on the calling thread after yielding once, so the request that triggered it is answered first. */
export const buildInProcess: IndexBuilder = async (request) => {
  await new Promise((resolve) => setImmediate(resolve));
  const index = KnowledgeIndex.build(request.articles, request.options);
  if (request.persist) writeSnapshotFile(request.persist.file, encodeSnapshot(index.toJSON(), request.persist.fingerprint));
  return index;
};

/** Builds in a short-lived worker thread and loads its snapshot a slice at a time. */
export const buildInWorker: IndexBuilder = (request) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'build-worker.js'), { workerData: request });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (message: { ok: true; bytes: Uint8Array } | { ok: false; message: string }) =>
      finish(() => {
        if (!message.ok) return reject(new Error(`building the search index failed: ${message.message}`));
        runInSlices(loadSnapshotSteps(message.bytes)).then((index) => {
          if (index) resolve(index);
          else reject(new Error('the index build worker sent an unreadable snapshot'));
        }, reject);
      }),
    );
    worker.once('error', (err) => finish(() => reject(err)));
    worker.once('exit', (code) => finish(() => reject(new Error(`the index build worker exited with code ${code}`))));
  });

/** In-process below `workerThreshold` articles, in a worker at or above it (falling back in-process if it fails). */
export function createIndexBuilder(options: { workerThreshold?: number; log?: (line: string) => void } = {}): IndexBuilder {
  const threshold = options.workerThreshold ?? 1000;
  return async (request) => {
    if (request.articles.length < threshold) return buildInProcess(request);
    try {
      return await buildInWorker(request);
    } catch (err) {
      options.log?.(`[knowledge] worker build failed, building in-process: ${(err as Error).message}`);
      return buildInProcess(request);
    }
  };
}
