/**
 * Fits what DEFAULT_CALIBRATION and DEFAULT_THRESHOLDS hold, on tuning data only (CLINC150 train + oos_train, never
 * the val split the benchmark reports). The benchmark prints the fitted values beside the ones in use, so a drift
 * between code and data shows.
 */
import { calibrate, calibrationFeatures, type CalibrationInput, type CalibrationModel, type LogisticModel } from '../../knowledge/search/calibrate';
import { decideWith, type DecisionThresholds, type SearchHit } from '../../knowledge/search';
import { round } from './knowledge-eval';

export interface TuningQuestion {
  /** Hits for the question (a generous limit so runner-ups are present). */
  hits: SearchHit[];
  /** Expected article id, or undefined for an out-of-scope question. */
  expected?: string;
}

function calibrationInput(hit: SearchHit): CalibrationInput {
  const e = hit.explanation;
  return { relevance: e?.relevance ?? 0, nearest: e?.nearestSimilarity ?? 0, centroid: e?.centroidSimilarity ?? 0, coverage: e?.coverage ?? 0 };
}

function mostRelevant(hits: readonly SearchHit[]): number {
  let best = 0;
  hits.forEach((hit, i) => {
    if ((hit.explanation?.relevance ?? 0) > (hits[best].explanation?.relevance ?? 0)) best = i;
  });
  return best;
}

/** One example for a logistic regression: features, label, weight. */
export interface LogisticRow {
  x: number[];
  y: 0 | 1;
  weight?: number;
}

/** Weighted logistic regression by batch gradient descent. */
export function fitLogistic(rows: readonly LogisticRow[], epochs = 3000): LogisticModel {
  const dims = rows[0]?.x.length ?? 0;
  const weights = new Array<number>(dims).fill(0);
  let intercept = 0;
  const rate = 0.5;
  const totalWeight = rows.reduce((sum, row) => sum + (row.weight ?? 1), 0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Array<number>(dims).fill(0);
    let gradientIntercept = 0;
    for (const { x, y, weight = 1 } of rows) {
      let z = intercept;
      for (let d = 0; d < dims; d++) z += weights[d] * x[d];
      const error = (1 / (1 + Math.exp(-z)) - y) * weight;
      gradientIntercept += error;
      for (let d = 0; d < dims; d++) gradient[d] += error * x[d];
    }
    intercept -= (rate * gradientIntercept) / totalWeight;
    for (let d = 0; d < dims; d++) weights[d] -= (rate * gradient[d]) / totalWeight;
  }
  return { intercept: round(intercept, 3), weights: weights.map((w) => round(w, 3)) };
}

/**
 * Logistic regression of "the most relevant hit is right" on its calibration features (batch gradient descent).
 * Relevance does not depend on the confidence model, so the fit does not depend on the model in use.
 */
export function fitConfidence(questions: readonly TuningQuestion[]): CalibrationModel['confidence'] {
  const rows = questions
    .filter((q) => q.hits.length > 0)
    .map((q): LogisticRow => {
      const best = mostRelevant(q.hits);
      return { x: calibrationFeatures(q.hits.map(calibrationInput), best), y: q.hits[best].articleId === q.expected ? 1 : 0 };
    });
  return fitLogistic(rows);
}

/** The questions' hits with confidences recomputed under another calibration, best first (as search returns them). */
export function rescore(questions: readonly TuningQuestion[], model: CalibrationModel): TuningQuestion[] {
  return questions.map(({ hits, expected }) => {
    const confidences = calibrate(hits.map(calibrationInput), model);
    const rescored = hits.map((hit, i) => ({ ...hit, score: confidences[i] })).sort((a, b) => b.score - a.score);
    return { hits: rescored, expected };
  });
}

export interface DecisionFigures {
  /** In-scope questions answered (decision "answer") with the right article. */
  inScopeAnsweredCorrectly: number;
  /** In-scope questions answered with a wrong article. */
  inScopeAnsweredWrongly: number;
  /** In-scope questions met with a clarification that offers the right article. */
  inScopeClarifiedWithRightChoice: number;
  /** In-scope questions that fell back. */
  inScopeFallback: number;
  /** Out-of-scope questions that fell back (the only right outcome for them). */
  outOfScopeRecall: number;
  /** Out-of-scope questions answered (with some article). */
  outOfScopeAnswered: number;
}

export function decisionFigures(questions: readonly TuningQuestion[], thresholds: DecisionThresholds): DecisionFigures {
  let inScope = 0;
  let outOfScope = 0;
  const counts = { right: 0, wrong: 0, clarified: 0, inFallback: 0, oosFallback: 0, oosAnswered: 0 };
  for (const { hits, expected } of questions) {
    const decision = decideWith(hits, thresholds);
    if (expected === undefined) {
      outOfScope++;
      if (decision.kind === 'fallback') counts.oosFallback++;
      if (decision.kind === 'answer') counts.oosAnswered++;
      continue;
    }
    inScope++;
    if (decision.kind === 'answer') {
      if (decision.hit.articleId === expected) counts.right++;
      else counts.wrong++;
    } else if (decision.kind === 'clarify') {
      if (decision.choices.some((c) => c.articleId === expected)) counts.clarified++;
    } else counts.inFallback++;
  }
  const share = (n: number, of: number): number => round(n / Math.max(1, of));
  return {
    inScopeAnsweredCorrectly: share(counts.right, inScope),
    inScopeAnsweredWrongly: share(counts.wrong, inScope),
    inScopeClarifiedWithRightChoice: share(counts.clarified, inScope),
    inScopeFallback: share(counts.inFallback, inScope),
    outOfScopeRecall: share(counts.oosFallback, outOfScope),
    outOfScopeAnswered: share(counts.oosAnswered, outOfScope),
  };
}

/**
 * Thresholds that answer the most in-scope questions correctly (within `ANSWER_SLACK` of the best possible) while at
 * least `minOutOfScopeRecall` of out-of-scope ones fall back; among those, the ones whose clarifications offer the
 * right article most often net of wrong answers.
 */
const ANSWER_SLACK = 0.005;

export function tuneThresholds(questions: readonly TuningQuestion[], minOutOfScopeRecall: number): DecisionThresholds | undefined {
  const feasible: Array<{ thresholds: DecisionThresholds; figures: DecisionFigures }> = [];
  for (let answer = 0.3; answer <= 0.951; answer += 0.025) {
    for (const margin of [0, 0.05, 0.1, 0.2]) {
      for (let clarify = 0.1; clarify <= answer + 1e-9; clarify += 0.05) {
        for (const choice of [0.02, 0.05, 0.1, 0.2]) {
          if (choice > clarify) continue;
          const thresholds = { answer: round(answer, 3), margin, clarify: round(clarify, 3), inScope: 0, answerInScope: 0, answerInScopeByLanguage: {}, choice, maxChoices: 3 };
          const figures = decisionFigures(questions, thresholds);
          if (figures.outOfScopeRecall >= minOutOfScopeRecall) feasible.push({ thresholds, figures });
        }
      }
    }
  }
  const bestAnswered = Math.max(...feasible.map((f) => f.figures.inScopeAnsweredCorrectly));
  const secondary = (f: DecisionFigures): number => f.inScopeClarifiedWithRightChoice - f.inScopeAnsweredWrongly;
  return feasible
    .filter((f) => f.figures.inScopeAnsweredCorrectly >= bestAnswered - ANSWER_SLACK)
    .sort((a, b) => secondary(b.figures) - secondary(a.figures))[0]?.thresholds;
}
