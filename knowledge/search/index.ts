/**
 * Retrieval core of the knowledge base: a pure library (no I/O, no shared mutable state). Build an index from published
 * articles, search it with customer text, decide whether to answer, clarify or fall back, persist it as a snapshot.
 */
export { KnowledgeIndex, DEFAULT_INDEX_OPTIONS, MAX_QUERY_CHARS, type IndexParts } from './knowledge-index';
export { runInSlices, runToEnd, type Steps } from './steps';
export { decide, decideWith, DEFAULT_THRESHOLDS, resolveThresholds, type Decision } from './decide';
export type { SearchHit, HitExplanation } from './search-hit';
export {
  DecisionThresholdsSchema,
  IndexableArticleSchema,
  IndexOptionsSchema,
  SearchOptionsSchema,
  FieldBoostsSchema,
  type DecisionThresholds,
  type IndexableArticle,
  type IndexOptions,
  type SearchOptions,
  type FieldBoosts,
} from './schemas';
export { SerializedIndexSchema, type SerializedIndex } from './snapshot';
export { analyzeText, type TextAnalysis } from './tokenize';
export { stem } from './stemmer';
