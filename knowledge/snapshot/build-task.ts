/** Builds and serializes an index; runs in the build worker (or in-process for small knowledge bases). */
import { KnowledgeIndex, type IndexableArticle, type IndexOptions } from '../search';
import { writeSnapshotFile } from './snapshot-file';

export interface BuildRequest {
  articles: IndexableArticle[];
  options: Partial<IndexOptions>;
  /** Where to persist the snapshot, with the fingerprint of what it was built from. */
  persist?: { file: string; fingerprint: string };
}

export function buildSerialized(request: BuildRequest): string {
  const serialized = JSON.stringify(KnowledgeIndex.build(request.articles, request.options).toJSON());
  if (request.persist) writeSnapshotFile(request.persist.file, request.persist.fingerprint, serialized);
  return serialized;
}
