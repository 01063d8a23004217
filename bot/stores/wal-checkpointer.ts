/**
 * SQLite's WAL checkpoints, off the request path. By default the connection that commits a transaction past 1,000 WAL
 * pages copies them into the database file then and there, with an fsync of each file: about one commit in a hundred
 * took 2–36 ms instead of 0.02 (a customer turn commits twice), which was most of what SQLite cost a turn on average
 * and its p99. A worker thread with a connection of its own checkpoints instead, every `intervalMs`, in PASSIVE mode:
 * it never waits for the writer or readers and never blocks them, and SQLite restarts the WAL at its beginning once a
 * checkpoint has copied all of it. What a commit guarantees does not change (WAL, synchronous=NORMAL): a checkpoint
 * only moves committed pages from one file to the other.
 *
 * The connection that writes keeps an automatic checkpoint as a backstop, at `backstopPages` (if the worker stopped or
 * fell behind, the WAL would still not grow without bound).
 */
import { Worker } from 'node:worker_threads';

export interface WalCheckpointer {
  stop(): Promise<void>;
}

export const CHECKPOINT_INTERVAL_MS = 200;
/** 10,000 pages of 4 KiB: 40 MB of WAL before the writing connection checkpoints itself. */
export const BACKSTOP_PAGES = 10_000;

/** The worker: plain JavaScript (it runs without tsx), given the driver's resolved path, the file and the interval. */
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const checkpoint = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: the next round, or the backstop, will do */ }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export function startWalCheckpointer(file: string, options: { intervalMs?: number } = {}): WalCheckpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver: require.resolve('better-sqlite3'), file, intervalMs: options.intervalMs ?? CHECKPOINT_INTERVAL_MS },
  });
  // Never what keeps a process alive; a worker that fails leaves the backstop checkpoint in charge.
  worker.unref();
  worker.on('error', () => undefined);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      // Held open until it has stopped: a caller awaiting this must not see the process run out of work first.
      worker.ref();
      worker.postMessage('stop');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, 1_000)));
      await Promise.race([exited, timeout]);
      clearTimeout(timer);
      await worker.terminate();
    },
  };
}
