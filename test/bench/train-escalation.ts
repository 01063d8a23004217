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
import { escalationFeatures, LEARNED_ESCALATION_KINDS, type LearnedEscalationKind } from '../../bot/core/signals/escalation-learned';
import type { Lang } from '../../contracts';
import {
  claimedBy, fitBinary, outOfFold, probability, round, routineMessages, shippedWeights, thresholdAtFalseAlarms,
} from './binary-reading';

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
const SETTINGS = { l2: 0.001, epochs: 300, minDocs: 3 };
const FOLDS = 5;
/** Share of routine rows a kind may claim out of fold. */
const MAX_FALSE_ALARMS = 0.01;
/** Weights smaller than this are left out of the shipped file. */
const KEEP_WEIGHT = 0.02;

interface Row {
  lang: Lang;
  text: string;
  kind: string | null;
  features: readonly string[];
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

/** Rows labelled for one kind against every other row. */
const forKind = (rows: readonly Row[], kind: LearnedEscalationKind) => rows.map((r) => ({ ...r, positive: r.kind === kind }));

function main(): void {
  const rows = [...load('escalation-training.en.tsv', 'en'), ...load('escalation-training.zh.tsv', 'zh')];
  const outOfFoldByKind = new Map(
    LEARNED_ESCALATION_KINDS.map((kind) => [
      kind,
      outOfFold(forKind(rows, kind), FOLDS, (training) => {
        const model = fitBinary(training, SETTINGS);
        return (row) => probability(model, row.features);
      }),
    ]),
  );
  const shipped: Record<string, unknown> = {};
  const report: Record<string, unknown> = {};
  const unseen = routineMessages();
  for (const kind of LEARNED_ESCALATION_KINDS) {
    const probabilities = outOfFoldByKind.get(kind)!;
    const threshold = { en: 0.5, zh: 0.5 };
    const crossValidated: Record<string, unknown> = {};
    for (const lang of ['en', 'zh'] as const) {
      const at = rows.map((r, i) => ({ r, p: probabilities[i] })).filter(({ r }) => r.lang === lang);
      threshold[lang] = thresholdAtFalseAlarms(at.filter(({ r }) => r.kind === null).map(({ p }) => p), MAX_FALSE_ALARMS);
      const positives = at.filter(({ r }) => r.kind === kind);
      const routine = at.filter(({ r }) => r.kind === null);
      crossValidated[lang] = {
        threshold: threshold[lang],
        recall: round(positives.filter(({ p }) => p >= threshold[lang]).length / positives.length),
        falseAlarmsOnRoutine: round(routine.filter(({ p }) => p >= threshold[lang]).length / routine.length),
        otherKindsClaimed: at.filter(({ r, p }) => r.kind !== null && r.kind !== kind && p >= threshold[lang]).length,
      };
    }
    const model = fitBinary(forKind(rows, kind), SETTINGS);
    const weights = shippedWeights(model, KEEP_WEIGHT);
    shipped[kind] = { bias: round(model.bias), threshold, weights };
    report[kind] = {
      crossValidated,
      features: Object.keys(weights).length,
      realisticDevRoutine: claimedBy(model, threshold, unseen.realisticDev),
      bitextShopQuestions: claimedBy(model, threshold, unseen.bitext),
    };
  }
  writeFileSync(OUT, JSON.stringify(shipped) + '\n');
  console.log(JSON.stringify({ data: 'test/fixtures/escalation-training.{en,zh}.tsv', rows: rows.length, ...report }, null, 2));
}

main();
