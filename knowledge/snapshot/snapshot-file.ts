/**
 * The serialized search index on disk, so a restart loads it (well under 2 s at 10k articles) instead of rebuilding.
 * Format: one JSON header line with the fingerprint, then the index as lines (snapshot-lines.ts), so that neither
 * writing nor reading ever handles the tens of megabytes of a 10k-article index in one piece. Written to a temporary
 * file and renamed, so a reader never sees half a snapshot.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { z } from 'zod';
import { KnowledgeIndex } from '../search';
import { DEFAULT_SLICE_MS, runToEnd, type Steps } from '../search/steps';
import { fromSnapshotLines, snapshotLines } from './snapshot-lines';

/** Bumped when this file's layout changes. */
export const SNAPSHOT_FORMAT_TAG = 'baton.snapshot-file/3';

const HeaderSchema = z.object({ format: z.literal(SNAPSHOT_FORMAT_TAG), fingerprint: z.string(), builtAt: z.string() });

const NEWLINE = 0x0a;

function headerLine(fingerprint: string): string {
  return JSON.stringify({ format: SNAPSHOT_FORMAT_TAG, fingerprint, builtAt: new Date().toISOString() });
}

function temporaryNameFor(file: string): string {
  return `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
}

/**
 * Removes temporary files of `file` left by writes that never finished (a crash, a kill -9, a shutdown cut short):
 * tens of megabytes each at 10k articles. Only those older than `olderThanMs`, so another process's write under way
 * is left alone.
 */
export function removeStaleTemporaries(file: string, olderThanMs = 10 * 60_000, now = Date.now()): string[] {
  const directory = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const temporary = path.join(directory, name);
    try {
      if (now - statSync(temporary).mtimeMs < olderThanMs) continue;
      rmSync(temporary, { force: true });
      removed.push(temporary);
    } catch {
      // Gone already, or not ours to remove: nothing to do.
    }
  }
  return removed;
}

/** The snapshot of `index` as the bytes of a snapshot file. */
export function encodeSnapshot(index: KnowledgeIndex, fingerprint: string): Uint8Array {
  return new TextEncoder().encode([headerLine(fingerprint), ...snapshotLines(index)].join('\n'));
}

export function writeSnapshotFile(file: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = temporaryNameFor(file);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
}

/**
 * Writes `index`'s snapshot a line at a time, giving the event loop back between slices: for a snapshot of an index
 * the main thread already serves, packing tens of megabytes at once would hold every request meanwhile.
 */
export async function writeSnapshotFileInSlices(file: string, index: KnowledgeIndex, fingerprint: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = temporaryNameFor(file);
  const handle = await open(temporary, 'w');
  try {
    let pending: Buffer[] = [Buffer.from(headerLine(fingerprint))];
    let started = performance.now();
    for (const line of snapshotLines(index)) {
      pending.push(Buffer.from('\n' + line));
      if (performance.now() - started >= DEFAULT_SLICE_MS) {
        await handle.writev(pending);
        pending = [];
        await yieldToEventLoop();
        started = performance.now();
      }
    }
    await handle.writev(pending);
    await handle.close();
    await rename(temporary, file);
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw err;
  }
}

function* linesOf(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    yield decoder.decode(bytes.subarray(start, end));
    start = end + 1;
  }
}

/**
 * The index in snapshot `bytes`, in steps; undefined when it was built from other content than `fingerprint` says
 * (when given). Throws on a damaged snapshot.
 */
export function* loadSnapshotSteps(bytes: Uint8Array, fingerprint?: string): Steps<KnowledgeIndex | undefined> {
  const lines = linesOf(bytes);
  const first = lines.next();
  if (first.done) return undefined;
  const header = HeaderSchema.safeParse(JSON.parse(first.value));
  if (!header.success || (fingerprint !== undefined && header.data.fingerprint !== fingerprint)) return undefined;
  const json = yield* fromSnapshotLines({ [Symbol.iterator]: () => lines });
  return yield* KnowledgeIndex.loadSteps(json);
}

/** The index stored in `file` when it was built from exactly the content with `fingerprint`; otherwise undefined. */
export function readSnapshotFile(file: string, fingerprint: string): KnowledgeIndex | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    return runToEnd(loadSnapshotSteps(bytes, fingerprint));
  } catch {
    // Unreadable, or written by an incompatible search core (load() checks the format and version): rebuild instead.
    return undefined;
  }
}
