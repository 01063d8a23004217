/**
 * Turns raw retrieval signals into a confidence in 0..1 that reads as "probability this article is what the customer
 * asked for". Two steps:
 * 1. relevance: a weighted blend of signals already on a 0..1 scale whatever the knowledge base (cosine similarities,
 *    naive Bayes and the field index's BM25 relative to this query's best), used to rank;
 * 2. confidence: logistic regression on the hit's relevance, its lead over the best other candidate, the absolute
 *    similarities and how much of the message the article covers (coverage.ts) — the absolute signals are what tell
 *    an out-of-scope question: everything is relatively best at something.
 * A third model reads a whole result: the probability that the message is about anything the knowledge base covers
 * (inScopeProbability), which separates "which of these did you mean?" from "that is not something I can help with".
 * Coefficients are fitted on tuning data (test/bench/knowledge-tuning.ts, decisions-tuning.ts), so thresholds mean the
 * same on any KB.
 */

export interface RetrievalSignals {
  /** Cosine to the closest question variant. */
  nearest: number;
  /** Cosine to the article's variant centroid. */
  centroid: number;
  /** exp(τ·(naive Bayes score − best naive Bayes score of this query)): 1 for the Bayes favourite. */
  bayesRelative: number;
  /** BM25 score divided by this query's best BM25 score (0 when the field index did not find the article). */
  bm25Relative: number;
}

export interface LogisticModel {
  intercept: number;
  weights: number[];
}

export interface CalibrationModel {
  relevance: { nearest: number; centroid: number; bayesRelative: number; bm25Relative: number };
  /** Logistic regression over calibrationFeatures(): intercept + Σ weights[i]·feature[i]. */
  confidence: LogisticModel;
  /** Logistic regression over inScopeFeatures(). */
  inScope: LogisticModel;
}

export const DEFAULT_CALIBRATION: CalibrationModel = {
  // Ranking weights tuned for top-1 accuracy on BANKING77 splits (seeds 2 and 3; the benchmark reports seed 1).
  relevance: { nearest: 0, centroid: 0.29, bayesRelative: 0.57, bm25Relative: 0.14 },
  // Fitted by test/bench/knowledge-tuning.ts on CLINC150 train (80/20 per intent) + oos_train.
  confidence: { intercept: -2.105, weights: [-0.346, 7.959, 2.875, 2.916, 0.947] },
  // Fitted by `npx tsx test/bench/decisions-refit.ts`: the demo store asked realistic_dev's odd rows, CLINC150's
  // oos_train and a stratified sample of Bitext's shop questions, and CLINC150's tuning split (its own knowledge base).
  // Weights in inScopeFeatures' order: best confidence, highest coverage, nearest, centroid, best coverage, domain.
  // Not refitted with issue 12's near misses, which the script now fits on too: that fit turns Cantonese answers into
  // choices for little gain in English (decisions-refit.ts); English answers get a stricter gate instead (decide.ts).
  inScope: { intercept: -4.618, weights: [1.197, 0.828, 0.849, 8.299, 0.815, 1.903] },
};

export interface CalibrationInput {
  relevance: number;
  nearest: number;
  centroid: number;
  /** Weighted share of the message's terms the article has (coverage.ts). */
  coverage: number;
}

export function relevanceOf(signals: RetrievalSignals, model: CalibrationModel = DEFAULT_CALIBRATION): number {
  const w = model.relevance;
  return (
    w.nearest * signals.nearest +
    w.centroid * signals.centroid +
    w.bayesRelative * signals.bayesRelative +
    w.bm25Relative * signals.bm25Relative
  );
}

/** The two highest relevances (above 0) and where the highest is: each candidate's best other is one of them. */
interface Leaders {
  first: number;
  firstRelevance: number;
  secondRelevance: number;
}

function leadersOf(candidates: readonly CalibrationInput[]): Leaders {
  const leaders = { first: -1, firstRelevance: 0, secondRelevance: 0 };
  for (let i = 0; i < candidates.length; i++) {
    const relevance = candidates[i].relevance;
    if (relevance > leaders.firstRelevance) {
      leaders.secondRelevance = leaders.firstRelevance;
      leaders.firstRelevance = relevance;
      leaders.first = i;
    } else if (relevance > leaders.secondRelevance) leaders.secondRelevance = relevance;
  }
  return leaders;
}

function featuresAt(candidates: readonly CalibrationInput[], at: number, leaders: Leaders): number[] {
  const bestOther = at === leaders.first ? leaders.secondRelevance : leaders.firstRelevance;
  const { relevance, nearest, centroid, coverage } = candidates[at];
  return [relevance, relevance - bestOther, nearest, centroid, coverage];
}

/** [relevance, lead over the best other candidate (negative unless best), nearest, centroid, coverage] of candidate `at`. */
export function calibrationFeatures(candidates: readonly CalibrationInput[], at: number): number[] {
  return featuresAt(candidates, at, leadersOf(candidates));
}

/** Confidence of every candidate, in the same order. Linear in the candidates: the leaders are found once. */
export function calibrate(
  candidates: readonly CalibrationInput[],
  model: CalibrationModel = DEFAULT_CALIBRATION,
): number[] {
  const leaders = leadersOf(candidates);
  return candidates.map((_, at) => logistic(model.confidence, featuresAt(candidates, at, leaders)));
}

export function logistic({ intercept, weights }: LogisticModel, features: readonly number[]): number {
  let z = intercept;
  for (let i = 0; i < features.length; i++) z += (weights[i] ?? 0) * features[i];
  return 1 / (1 + Math.exp(-z));
}

/** What the in-scope model reads of a result's best few hits. */
export interface ScopeInput {
  confidence: number;
  coverage: number;
  nearest: number;
  centroid: number;
  /** Share of the message's terms the knowledge base has anywhere (coverage.ts); the same for every hit of a search. */
  domainCoverage?: number;
}

/** Hits the in-scope model looks at: the ones a clarification could offer. */
export const IN_SCOPE_HITS = 3;

/**
 * [best confidence, highest coverage, highest nearest similarity, highest centroid similarity, the best hit's
 * coverage, domain coverage] over the best IN_SCOPE_HITS hits (best first). Domain coverage is whether the message
 * speaks the store's vocabulary at all, whichever article it is about; hits that do not carry it (made by another
 * search) count their highest coverage, which it is never below.
 *
 * Measured and not read (decisions-refit.ts): brevity (1 / `termCount`) took a negative weight (chit-chat is short)
 * and turned one-word questions into choices; the count of unknown words (`unknownTerms`) added nothing to domain
 * coverage once single Chinese characters (pieces of names: 八达通) were not counted as unknown. For issue 12's near
 * misses ("can i gift wrap this": one word of an article carries the match), measured on the fixture's even rows and not
 * read: the best hit's coverage without its heaviest matched term, the same as a share of the rest of the message, the
 * number of terms matched, the heaviest unmatched term, coverage by titles and questions only, and a match only through
 * another word of the same stem (install / installments). None kept more than three of the 129 English near misses out
 * of answers at the same cost in right answers, and the first three cost short questions and Bitext's.
 */
export function inScopeFeatures(best: readonly ScopeInput[]): number[] {
  const top = best.slice(0, IN_SCOPE_HITS);
  if (top.length === 0) return [0, 0, 0, 0, 0, 0];
  const highest = (pick: (hit: ScopeInput) => number) => Math.max(...top.map(pick));
  const highestCoverage = highest((h) => h.coverage);
  const domain = top[0].domainCoverage ?? highestCoverage;
  return [top[0].confidence, highestCoverage, highest((h) => h.nearest), highest((h) => h.centroid), top[0].coverage, domain];
}

/** Probability that the message is about something the knowledge base covers, from its best hits (best first). */
export function inScopeProbability(best: readonly ScopeInput[], model: CalibrationModel = DEFAULT_CALIBRATION): number {
  return best.length === 0 ? 0 : logistic(model.inScope, inScopeFeatures(best));
}
