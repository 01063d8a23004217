/** What a build worker does: build one half of an index (build-parts.ts) and hand it over. */
import { buildClassifierHalf, buildLunrHalf } from '../search/build-parts';
import type { FieldBoosts, IndexableArticle, IndexOptions } from '../search';
import { toClassifierHalfMessage, toLunrHalfMessage, type ClassifierHalfMessage, type LunrHalfMessage, type Transferable } from './index-transfer';

export interface BuildRequest {
  articles: IndexableArticle[];
  options: Partial<IndexOptions>;
  /** Where to persist the snapshot, with the fingerprint of what it was built from. */
  persist?: { file: string; fingerprint: string };
}

export type HalfRequest =
  | { half: 'lunr'; articles: IndexableArticle[]; boosts: FieldBoosts }
  | { half: 'classifier'; articles: IndexableArticle[]; idf: IndexOptions['classifierIdf'] };

export type HalfMessage = { half: 'lunr'; lunr: LunrHalfMessage } | { half: 'classifier'; classifier: ClassifierHalfMessage };

export function buildHalf(request: HalfRequest): Transferable<HalfMessage> {
  if (request.half === 'lunr') {
    const { message, transfer } = toLunrHalfMessage(buildLunrHalf(request.articles, request.boosts));
    return { message: { half: 'lunr', lunr: message }, transfer };
  }
  const { message, transfer } = toClassifierHalfMessage(buildClassifierHalf(request.articles, request.idf));
  return { message: { half: 'classifier', classifier: message }, transfer };
}
