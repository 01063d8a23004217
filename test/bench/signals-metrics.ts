/** Detection figures for the signals benchmark. */

export interface Detection {
  precision: number;
  recall: number;
  f1: number;
  falsePositiveRate: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Figures of a yes/no detector against gold labels (`true` = the class being detected). */
export function detection(predicted: readonly boolean[], gold: readonly boolean[]): Detection {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let negatives = 0;
  predicted.forEach((p, i) => {
    if (!gold[i]) negatives++;
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
    falsePositiveRate: round(negatives === 0 ? 0 : fp / negatives),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}

/**
 * The best precision any threshold on `scores` reaches while keeping recall at or above `minRecall` (lower score =
 * more likely the detected class). Shows what a scorer could do at the target recall, apart from its own label.
 */
export function precisionAtRecall(scores: readonly number[], gold: readonly boolean[], minRecall: number): {
  threshold: number | null;
  precision: number;
  recall: number;
} {
  const order = scores.map((score, i) => ({ score, gold: gold[i] })).sort((a, b) => a.score - b.score);
  const positives = gold.filter(Boolean).length;
  let tp = 0;
  let best = { threshold: null as number | null, precision: 0, recall: 0 };
  for (let i = 0; i < order.length; i++) {
    if (order[i].gold) tp++;
    const atBoundary = i === order.length - 1 || order[i + 1].score !== order[i].score;
    const recall = tp / positives;
    if (!atBoundary || recall < minRecall) continue;
    const precision = tp / (i + 1);
    if (precision > best.precision) best = { threshold: round(order[i].score), precision: round(precision), recall: round(recall) };
  }
  return best;
}

export function percentile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) return 0;
  const index = Math.min(sortedValues.length - 1, Math.ceil((p / 100) * sortedValues.length) - 1);
  return sortedValues[Math.max(0, index)];
}

export function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** One line for a trainer's report: the label's precision and recall at `negativeAt`, and precision at `targetRecall`. */
export function labelAndRanking(scores: readonly number[], gold: readonly boolean[], negativeAt: number, targetRecall: number): string {
  const d = detection(scores.map((s) => s <= negativeAt), gold);
  const t = precisionAtRecall(scores, gold, targetRecall);
  return `P ${d.precision.toFixed(3)} R ${d.recall.toFixed(3)} | @R${targetRecall.toFixed(2).slice(1)} P ${t.precision.toFixed(3)} (thr ${t.threshold})`;
}
