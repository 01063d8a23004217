/**
 * The serialized search index on disk, so a restart loads it (well under 2 s at 10k articles) instead of rebuilding.
 * Format: one JSON header line with the fingerprint, then the index JSON. Written to a temporary file and renamed, so
 * a reader never sees half a snapshot.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KnowledgeIndex } from '../search';

/** Bumped when this file's layout changes. */
export const SNAPSHOT_FORMAT_TAG = 'baton.snapshot-file/1';

const HeaderSchema = z.object({ format: z.literal(SNAPSHOT_FORMAT_TAG), fingerprint: z.string(), builtAt: z.string() });

export function writeSnapshotFile(file: string, fingerprint: string, serializedIndex: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const header = JSON.stringify({ format: SNAPSHOT_FORMAT_TAG, fingerprint, builtAt: new Date().toISOString() });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, `${header}\n${serializedIndex}`);
  renameSync(temporary, file);
}

/** The index stored in `file` when it was built from exactly the content with `fingerprint`; otherwise undefined. */
export function readSnapshotFile(file: string, fingerprint: string): KnowledgeIndex | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const newline = text.indexOf('\n');
    if (newline < 0) return undefined;
    const header = HeaderSchema.safeParse(JSON.parse(text.slice(0, newline)));
    if (!header.success || header.data.fingerprint !== fingerprint) return undefined;
    return KnowledgeIndex.load(JSON.parse(text.slice(newline + 1)));
  } catch {
    // Unreadable, or written by an incompatible search core (load() checks the format and version): rebuild instead.
    return undefined;
  }
}
