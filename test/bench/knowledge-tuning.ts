/**
 * Fits what DEFAULT_CALIBRATION and DEFAULT_THRESHOLDS hold, on tuning data only (CLINC150 train + oos_train, never
 * the val split the benchmark reports). The benchmark prints the fitted values beside the ones in use, so a drift
 * between code and data shows.
 */
import { calibrationFeatures, type CalibrationInput, type CalibrationModel } from '../../knowledge/search/calibrate';
import { decide, type DecisionThresholds, type SearchHit } from '../../knowledge/search';
import { round } from './knowledge-eval';

export interface TuningQuestion {
  /** Hits for the question (a generous limit so runner-ups are present). */
  hits: SearchHit[];
  /** Expected article id, or undefined for an out-of-scope question. */
  expected?: string;
}

function calibrationInput(hit: SearchHit): CalibrationInput {
  const e = hit.explanation;
  return { relevance: e?.relevance ?? 0, nearest: e?.nearestSimilarity ?? 0, centroid: e?.centroidSimilarity ?? 0 };
}

/** Logistic regression of "the best hit is right" on the calibration features of the best hit (batch gradient). */
export function fitConfidence(questions: readonly TuningQuestion[], base: CalibrationModel): CalibrationModel['confidence'] {
  const rows = questions
    .filter((q) => q.hits.length > 0)
    .map((q) => ({ x: calibrationFeatures(q.hits.map(calibrationInput), 0), y: q.hits[0].articleId === q.expected ? 1 : 0 }));
  const dims = rows[0]?.x.length ?? 0;
  const weights = new Array<number>(dims).fill(0);
  let intercept = 0;
  const rate = 0.5;
  for (let epoch = 0; epoch < 3000; epoch++) {
    const gradient = new Array<number>(dims).fill(0);
    let gradientIntercept = 0;
    for (const { x, y } of rows) {
      let z = intercept;
      for (let d = 0; d < dims; d++) z += weights[d] * x[d];
      const error = 1 / (1 + Math.exp(-z)) - y;
      gradientIntercept += error;
      for (let d = 0; d < dims; d++) gradient[d] += error * x[d];
    }
    intercept -= (rate * gradientIntercept) / rows.length;
    for (let d = 0; d < dims; d++) weights[d] -= (rate * gradient[d]) / rows.length;
  }
  return { ...base.confidence, intercept: round(intercept, 3), weights: weights.map((w) => round(w, 3)) };
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
    const decision = decide(hits, thresholds);
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
 * Thresholds that answer the most in-scope questions correctly while at least `minOutOfScopeRecall` of out-of-scope
 * ones fall back; ties go to more clarifications that contain the right article.
 */
export function tuneThresholds(questions: readonly TuningQuestion[], minOutOfScopeRecall: number): DecisionThresholds {
  let best: { thresholds: DecisionThresholds; key: [number, number] } | undefined;
  for (let answer = 0.3; answer <= 0.951; answer += 0.025) {
    for (const margin of [0, 0.05, 0.1, 0.2, 0.3]) {
      for (let clarify = 0.1; clarify <= answer + 1e-9; clarify += 0.05) {
        const thresholds = { answer: round(answer, 3), margin, clarify: round(clarify, 3), maxChoices: 3 };
        const figures = decisionFigures(questions, thresholds);
        if (figures.outOfScopeRecall < minOutOfScopeRecall) continue;
        const key: [number, number] = [figures.inScopeAnsweredCorrectly, figures.inScopeClarifiedWithRightChoice];
        if (!best || key[0] > best.key[0] || (key[0] === best.key[0] && key[1] > best.key[1])) best = { thresholds, key };
      }
    }
  }
  if (!best) throw new Error('no thresholds reach the out-of-scope recall asked for');
  return best.thresholds;
}
