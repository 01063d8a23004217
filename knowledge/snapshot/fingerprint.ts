/**
 * A digest of everything a search index is built from: the live articles' indexed fields and the index options.
 * A persisted snapshot is used only when its fingerprint matches the current one; otherwise it is rebuilt.
 */
import { createHash } from 'node:crypto';
import { SNAPSHOT_FORMAT_TAG } from './snapshot-file';
import type { IndexableArticle, IndexOptions } from '../search';

export function fingerprintOf(articles: readonly IndexableArticle[], options: Partial<IndexOptions>): string {
  const hash = createHash('sha256');
  hash.update(SNAPSHOT_FORMAT_TAG);
  hash.update(JSON.stringify(options));
  for (const a of [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    hash.update(JSON.stringify([a.id, a.lang, a.title, a.questions, a.answer, a.tags]));
    hash.update('\n');
  }
  return hash.digest('hex');
}
