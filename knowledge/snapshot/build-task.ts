/** Builds an index and encodes it as snapshot bytes; runs in the build worker. */
import { KnowledgeIndex, type IndexableArticle, type IndexOptions } from '../search';
import { encodeSnapshot, writeSnapshotFile } from './snapshot-file';

export interface BuildRequest {
  articles: IndexableArticle[];
  options: Partial<IndexOptions>;
  /** Where to persist the snapshot, with the fingerprint of what it was built from. */
  persist?: { file: string; fingerprint: string };
}

export function buildSnapshotBytes(request: BuildRequest): Uint8Array {
  const index = KnowledgeIndex.build(request.articles, request.options);
  const bytes = encodeSnapshot(index.toJSON(), request.persist?.fingerprint ?? '');
  if (request.persist) writeSnapshotFile(request.persist.file, bytes);
  return bytes;
}
