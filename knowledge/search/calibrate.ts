/**
 * Turns raw retrieval signals into a confidence in 0..1 that reads as "probability this article is what the customer
 * asked for". Two steps:
 * 1. relevance: a weighted blend of signals already on a 0..1 scale whatever the knowledge base (cosine similarities,
 *    naive Bayes and lunr relative to this query's best), used to rank;
 * 2. confidence: logistic regression on the hit's relevance, its lead over the best other candidate and the absolute
 *    similarities (which is what tells an out-of-scope question: everything is relatively best at something).
 * Coefficients are fitted on tuning data (test/bench/knowledge-tuning.ts), so thresholds mean the same on any KB.
 */

export interface RetrievalSignals {
  /** Cosine to the closest question variant. */
  nearest: number;
  /** Cosine to the article's variant centroid. */
  centroid: number;
  /** exp(τ·(naive Bayes score − best naive Bayes score of this query)): 1 for the Bayes favourite. */
  bayesRelative: number;
  /** lunr score divided by the best lunr score of this query (0 when lunr did not find the article). */
  lunrRelative: number;
}

export interface CalibrationModel {
  relevance: { nearest: number; centroid: number; bayesRelative: number; lunrRelative: number };
  /** Logistic regression over calibrationFeatures(): intercept + Σ weights[i]·feature[i]. */
  confidence: { intercept: number; weights: number[] };
}

export const DEFAULT_CALIBRATION: CalibrationModel = {
  // Ranking weights tuned for top-1 accuracy on BANKING77 splits (seeds 2 and 3; the benchmark reports seed 1).
  relevance: { nearest: 0, centroid: 0.29, bayesRelative: 0.57, lunrRelative: 0.14 },
  // Fitted by test/bench/knowledge-tuning.ts on CLINC150 train (80/20 per intent) + oos_train.
  confidence: { intercept: -2.218, weights: [0.162, 7.97, 3.701, 3.801] },
};

export interface CalibrationInput {
  relevance: number;
  nearest: number;
  centroid: number;
}

export function relevanceOf(signals: RetrievalSignals, model: CalibrationModel = DEFAULT_CALIBRATION): number {
  const w = model.relevance;
  return (
    w.nearest * signals.nearest +
    w.centroid * signals.centroid +
    w.bayesRelative * signals.bayesRelative +
    w.lunrRelative * signals.lunrRelative
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
  const { relevance, nearest, centroid } = candidates[at];
  return [relevance, relevance - bestOther, nearest, centroid];
}

/** [relevance, lead over the best other candidate (negative unless best), nearest, centroid] of candidate `at`. */
export function calibrationFeatures(candidates: readonly CalibrationInput[], at: number): number[] {
  return featuresAt(candidates, at, leadersOf(candidates));
}

/** Confidence of every candidate, in the same order. Linear in the candidates: the leaders are found once. */
export function calibrate(
  candidates: readonly CalibrationInput[],
  model: CalibrationModel = DEFAULT_CALIBRATION,
): number[] {
  const { intercept, weights } = model.confidence;
  const leaders = leadersOf(candidates);
  return candidates.map((_, at) => {
    const features = featuresAt(candidates, at, leaders);
    let z = intercept;
    for (let i = 0; i < features.length; i++) z += (weights[i] ?? 0) * features[i];
    return 1 / (1 + Math.exp(-z));
  });
}
