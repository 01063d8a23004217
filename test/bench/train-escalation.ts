/**
 * Fits the learned escalation models (bot/core/signals/escalation-learned.ts) and writes their weights
 * (bot/core/signals/escalation-weights.json): `npx tsx test/bench/train-escalation.ts`.
 *
 * Data: Baton's own examples, test/fixtures/escalation-training.en.tsv and .zh.tsv (`label\ttext`; safety, legal,
 * regulator, public, repeated, none — written for Baton, none of them from a held-out set). Regulators and going public
 * are the legal kind, as the rules count them. Routine rows include questions told as stories (who it was for, a
 * child's age, a trip to the post office, a message sent through the contact form) and displeasure that threatens
 * nothing (太让人失望了), as long as the escalations: with short routine rows only, a long message's family and time words
 * read as safety and its "post", "send" and "contact" as legal. One logistic regression per kind against every other
 * row, fitted as the sentiment corrections are (logistic-fit.ts: full-batch Adam steps with L2; every run gives the
 * same weights).
 *
 * Thresholds: five-fold cross-validation gives every row a probability from a model that did not see it; each kind's
 * threshold, per language, is the lowest at which at most MAX_FALSE_ALARMS of the routine rows ("none") read as that
 * kind out of fold. Then, with the final models, the false alarms on routine messages nobody fitted on: realistic_dev's
 * answerable, problem and out-of-scope rows, and Bitext's shop questions (all intents but complaints and agent requests).
 * Prints the figures as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  escalationFeatures, LEARNED_ESCALATION_KINDS, probabilityOf, type LearnedEscalationKind,
} from '../../bot/core/signals/escalation-learned';
import type { Lang } from '../../contracts';
import { toSimplified } from '../../knowledge/text';
import { loadRealisticDev } from './realistic-dev';
import { buildVocabulary, fit as fitLogistic, type Example } from './logistic-fit';
import { loadBitext } from './signals-data';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'bot', 'core', 'signals', 'escalation-weights.json');
/** The kind a row is an example of; repeated contact rows are no learned kind's, and none is routine. */
const KIND_OF: Record<string, string | null> = {
  safety: 'safety', legal: 'legal', regulator: 'legal', public: 'legal', repeated: 'repeated_contact', none: null,
};
/**
 * Lighter than the sentiment trainers' 0.01: at 0.01 every weight stayed small and a reading was a sum of many weak
 * words (a routine question of twenty words read as legal on "post · send · office"). Out of fold on the same rows, at
 * the same 1 % of routine rows claimed, 0.001 reads far more of each kind (safety en 0.58 → 0.73, zh 0.57 → 0.78; legal
 * en 0.44 → 0.54, zh 0.59 → 0.74) and claims as few of realistic_dev's routine messages (legal 2 → 1; safety none).
 */
const L2 = 0.001;
const EPOCHS = 300;
const MIN_DOCS = 3;
const FOLDS = 5;
/** Share of routine rows a kind may claim out of fold. */
const MAX_FALSE_ALARMS = 0.01;
/** Weights smaller than this are left out of the shipped file. */
const KEEP_WEIGHT = 0.02;

interface Row {
  lang: Lang;
  text: string;
  kind: string | null;
  features: string[];
}

function load(file: string, lang: Lang): Row[] {
  return readFileSync(path.join(ROOT, 'test', 'fixtures', file), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [label, text] = line.split('\t');
      if (!(label in KIND_OF)) throw new Error(`${file}: unknown label ${label}`);
      return { lang, text, kind: KIND_OF[label], features: escalationFeatures(text, lang) };
    });
}

interface Model {
  bias: number;
  weights: Map<string, number>;
}

function fit(rows: readonly Row[], kind: LearnedEscalationKind): Model {
  const index = buildVocabulary(rows.map((r) => r.features), MIN_DOCS);
  // Positives are few: each side weighs half of the fit (with every row weighing the same, the models learned little
  // beyond the bias: cross-validated recall 0.03–0.2 at the same false alarms).
  const positives = rows.filter((r) => r.kind === kind).length;
  const examples: Example[] = rows.map((r) => {
    const positive = r.kind === kind;
    return {
      features: r.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
      lexicon: 0,
      negative: positive,
      weight: positive ? 0.5 / Math.max(1, positives) : 0.5 / Math.max(1, rows.length - positives),
    };
  });
  // The sentiment trainers' fit (full-batch Adam, L2) scores its "negative" class low: the kind's probability is σ(−z).
  const fitted = fitLogistic(examples, index.size, L2, EPOCHS);
  return { bias: -fitted.bias, weights: new Map([...index].map(([f, i]) => [f, -fitted.weights[i]])) };
}

const probability = (model: Model, features: readonly string[]) =>
  probabilityOf(features, { bias: model.bias, threshold: { en: 0, zh: 0 }, weights: Object.fromEntries(model.weights) });

/** The lowest threshold at which at most MAX_FALSE_ALARMS of the routine rows read as the kind. */
function thresholdFor(routine: readonly number[]): number {
  const sorted = [...routine].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * MAX_FALSE_ALARMS);
  return Math.min(0.99, Math.max(0.05, (sorted[allowed] ?? 0) + 1e-4));
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

function main(): void {
  const rows = [...load('escalation-training.en.tsv', 'en'), ...load('escalation-training.zh.tsv', 'zh')];
  // Out-of-fold probabilities, folds by row position (every fifth row), the same every run.
  const outOfFold = new Map<LearnedEscalationKind, number[]>(LEARNED_ESCALATION_KINDS.map((k) => [k, new Array<number>(rows.length).fill(0)]));
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = rows.filter((_, i) => i % FOLDS !== fold);
    for (const kind of LEARNED_ESCALATION_KINDS) {
      const model = fit(training, kind);
      rows.forEach((r, i) => {
        if (i % FOLDS === fold) outOfFold.get(kind)![i] = probability(model, r.features);
      });
    }
  }
  const shipped: Record<string, unknown> = {};
  const report: Record<string, unknown> = {};
  const devRows = loadRealisticDev().filter((r) => r.expected !== 'HANDOFF');
  const bitext = loadBitext().filter((r) => !['complaint', 'contact_human_agent'].includes(r.intent));
  for (const kind of LEARNED_ESCALATION_KINDS) {
    const probabilities = outOfFold.get(kind)!;
    const threshold = { en: 0.5, zh: 0.5 };
    const crossValidated: Record<string, unknown> = {};
    for (const lang of ['en', 'zh'] as const) {
      const at = rows.map((r, i) => ({ r, p: probabilities[i] })).filter(({ r }) => r.lang === lang);
      threshold[lang] = round(thresholdFor(at.filter(({ r }) => r.kind === null).map(({ p }) => p)), 4);
      const positives = at.filter(({ r }) => r.kind === kind);
      const routine = at.filter(({ r }) => r.kind === null);
      crossValidated[lang] = {
        threshold: threshold[lang],
        recall: round(positives.filter(({ p }) => p >= threshold[lang]).length / positives.length),
        falseAlarmsOnRoutine: round(routine.filter(({ p }) => p >= threshold[lang]).length / routine.length),
        otherKindsClaimed: at.filter(({ r, p }) => r.kind !== null && r.kind !== kind && p >= threshold[lang]).length,
      };
    }
    const model = fit(rows, kind);
    const weights = Object.fromEntries([...model.weights].filter(([, w]) => Math.abs(w) >= KEEP_WEIGHT).map(([f, w]) => [f, round(w)]));
    shipped[kind] = { bias: round(model.bias), threshold, weights };
    const claimed = (texts: Array<{ text: string; lang: Lang }>) => {
      const hits = texts.filter(({ text, lang }) => probability(model, escalationFeatures(text, lang)) >= threshold[lang]);
      return { rows: texts.length, claimed: hits.length, examples: hits.slice(0, 5).map((h) => h.text) };
    };
    report[kind] = {
      crossValidated,
      features: Object.keys(weights).length,
      realisticDevRoutine: claimed(devRows.map((r) => ({ text: r.lang === 'zh-Hant' ? toSimplified(r.text) : r.text, lang: r.lang === 'en' ? 'en' : 'zh' }))),
      bitextShopQuestions: claimed(bitext.map((r) => ({ text: r.instruction, lang: 'en' as const }))),
    };
  }
  writeFileSync(OUT, JSON.stringify(shipped) + '\n');
  console.log(JSON.stringify({ data: 'test/fixtures/escalation-training.{en,zh}.tsv', rows: rows.length, ...report }, null, 2));
}

main();
