/** What a search returns for one article. */
import type { Lang } from '../../contracts';

export interface HitExplanation {
  /**
   * The field index's BM25 score (field boosts applied; field-index.ts), the score lunr.Index#query gives; 0 when the
   * field index did not find the article. Named for lunr when the index was lunr's objects; kept for API clients.
   */
  lunrScore: number;
  /** Cosine similarity to the closest question variant (0..1). */
  nearestSimilarity: number;
  /** Cosine similarity to the article's variant centroid (0..1). */
  centroidSimilarity: number;
  /** Naive Bayes log-likelihood per unit of query weight (compare between hits of one search only); absent when the
   * article shares no feature with the question. */
  bayesScore?: number;
  /** Blend of the signals before calibration (0..1). */
  relevance: number;
  /** Weighted share of the message's terms the article has (coverage.ts), 0..1. */
  coverage: number;
  /** Share of the message's terms the knowledge base has anywhere (coverage.ts `domainCoverageOf`); the same for
   * every hit of one search. Absent from explanations made before it existed. */
  domainCoverage?: number;
  /** How many terms of the message coverage weighs (coverage.ts: fillers and bare numbers left out), and how many of
   * them the knowledge base has nowhere (single Chinese characters not counted); the same for every hit of one search.
   * Absent from older explanations. */
  termCount?: number;
  unknownTerms?: number;
  /** Those terms the knowledge base has nowhere, as index terms (English stems, Chinese words): a name it has never
   * seen ("xbox", "linkedin") is one. The same for every hit of one search; absent from older explanations. */
  unknownWords?: string[];
  /** Index terms of the query that the field index matched in this article. */
  matchedTerms: string[];
  /** The article's language: which answer gate the decision applies (decide.ts). Absent from older explanations. */
  lang?: Lang;
}

export interface SearchHit {
  articleId: string;
  /** Calibrated confidence, 0..1, that this article answers the question. */
  score: number;
  /** The article's question variant closest to the customer's text. */
  matchedQuestion?: string;
  explanation?: HitExplanation;
}
