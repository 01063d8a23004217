/**
 * What the two learned readings of a message's words share (train-escalation.ts, train-agent-request.ts): a binary
 * logistic model over escalation-learned.ts's features, balanced so each class weighs half of the fit; out-of-fold
 * probabilities by row position; a threshold per language set by the share of routine rows it may claim; and the
 * routine messages nobody fitted on that a final model is checked against.
 */
import { escalationFeatures, probabilityOf } from '../../bot/core/signals/escalation-learned';
import type { Lang } from '../../contracts';
import { toSimplified } from '../../knowledge/text';
import { buildVocabulary, fit as fitLogistic, type Example } from './logistic-fit';
import { loadRealisticDev } from './realistic-dev';
import { loadBitext } from './signals-data';

export interface BinarySettings {
  l2: number;
  epochs: number;
  /** Features seen in fewer rows are left out. */
  minDocs: number;
}

export interface BinaryModel {
  bias: number;
  weights: Record<string, number>;
}

export interface LabelledFeatures {
  features: readonly string[];
  positive: boolean;
}

export const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Positives are few: each class weighs half of the fit (with every row weighing the same, the models learned little
 * beyond the bias). logistic-fit scores its "negative" class low, so the positive class is fitted as "negative" and the
 * signs turned: the probability is σ(bias + Σ w).
 */
export function fitBinary(rows: readonly LabelledFeatures[], settings: BinarySettings): BinaryModel {
  const index = buildVocabulary(rows.map((r) => [...r.features]), settings.minDocs);
  const positives = rows.filter((r) => r.positive).length;
  const examples: Example[] = rows.map((r) => ({
    features: r.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    lexicon: 0,
    negative: r.positive,
    weight: r.positive ? 0.5 / Math.max(1, positives) : 0.5 / Math.max(1, rows.length - positives),
  }));
  const fitted = fitLogistic(examples, index.size, settings.l2, settings.epochs);
  return { bias: -fitted.bias, weights: Object.fromEntries([...index].map(([f, i]) => [f, -fitted.weights[i]])) };
}

export const probability = (model: BinaryModel, features: readonly string[]) =>
  probabilityOf(features, { bias: model.bias, threshold: { en: 0, zh: 0 }, weights: model.weights });

/** Each row's probability from a model fitted without it: folds by row position (every `folds`-th row), the same every run. */
export function outOfFold<R>(rows: readonly R[], folds: number, fitOn: (training: R[]) => (row: R) => number): number[] {
  const probabilities = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < folds; fold++) {
    const score = fitOn(rows.filter((_, i) => i % folds !== fold));
    rows.forEach((row, i) => {
      if (i % folds === fold) probabilities[i] = score(row);
    });
  }
  return probabilities;
}

/** The lowest threshold at which at most `maxFalseAlarms` of the routine rows' probabilities reach it. */
export function thresholdAtFalseAlarms(routine: readonly number[], maxFalseAlarms: number): number {
  const sorted = [...routine].sort((a, b) => b - a);
  return round(Math.min(0.99, Math.max(0.05, (sorted[Math.floor(sorted.length * maxFalseAlarms)] ?? 0) + 1e-4)), 4);
}

/** The weights worth shipping: those at least `keep` in size, rounded. */
export function shippedWeights(model: BinaryModel, keep: number): Record<string, number> {
  return Object.fromEntries(Object.entries(model.weights).filter(([, w]) => Math.abs(w) >= keep).map(([f, w]) => [f, round(w)]));
}

/**
 * Routine messages nobody fitted on, as the engine reads them (traditional Chinese folded): realistic_dev's answerable,
 * problem and out-of-scope rows, and Bitext's shop questions (every intent but complaints and agent requests).
 */
export function routineMessages(): { realisticDev: Array<{ text: string; lang: Lang }>; bitext: Array<{ text: string; lang: Lang }> } {
  const realisticDev = loadRealisticDev()
    .filter((r) => r.expected !== 'HANDOFF')
    .map((r) => ({ text: r.lang === 'zh-Hant' ? toSimplified(r.text) : r.text, lang: (r.lang === 'en' ? 'en' : 'zh') as Lang }));
  const bitext = loadBitext()
    .filter((r) => !['complaint', 'contact_human_agent'].includes(r.intent))
    .map((r) => ({ text: r.instruction, lang: 'en' as Lang }));
  return { realisticDev, bitext };
}

/** How many of `texts` a final model claims at its thresholds, with a few examples to read. */
export function claimedBy(model: BinaryModel, threshold: Record<Lang, number>, texts: ReadonlyArray<{ text: string; lang: Lang }>) {
  const hits = texts.filter(({ text, lang }) => probability(model, escalationFeatures(text, lang)) >= threshold[lang]);
  return { rows: texts.length, claimed: hits.length, examples: hits.slice(0, 5).map((h) => h.text) };
}
