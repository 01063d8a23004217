/** What a build worker does: build one half of an index (build-parts.ts) and hand it over. */
import { buildClassifierHalf, buildFieldIndexHalf } from '../search/build-parts';
import type { FieldBoosts, IndexableArticle, IndexOptions } from '../search';
import {
  toClassifierHalfMessage,
  toFieldIndexHalfMessage,
  type ClassifierHalfMessage,
  type FieldIndexHalfMessage,
  type Transferable,
} from './index-transfer';

export interface BuildRequest {
  articles: IndexableArticle[];
  options: Partial<IndexOptions>;
  /** Where to persist the snapshot, with the fingerprint of what it was built from. */
  persist?: { file: string; fingerprint: string };
}

export type HalfRequest =
  | { half: 'fieldIndex'; articles: IndexableArticle[]; boosts: FieldBoosts }
  | { half: 'classifier'; articles: IndexableArticle[]; idf: IndexOptions['classifierIdf'] };

export type HalfMessage =
  | { half: 'fieldIndex'; fieldIndex: FieldIndexHalfMessage }
  | { half: 'classifier'; classifier: ClassifierHalfMessage };

export function buildHalf(request: HalfRequest): Transferable<HalfMessage> {
  if (request.half === 'fieldIndex') {
    const { message, transfer } = toFieldIndexHalfMessage(buildFieldIndexHalf(request.articles, request.boosts));
    return { message: { half: 'fieldIndex', fieldIndex: message }, transfer };
  }
  const { message, transfer } = toClassifierHalfMessage(buildClassifierHalf(request.articles, request.idf));
  return { message: { half: 'classifier', classifier: message }, transfer };
}
