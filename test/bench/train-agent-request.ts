/**
 * Fits the learned reading of requests for a person (bot/core/signals/agent-request-learned.ts) and writes its weights
 * (bot/core/signals/agent-request-weights.json): `npx tsx test/bench/train-agent-request.ts`.
 *
 * Data: Baton's own examples, test/fixtures/agent-request-training.tsv (`lang\tlabel\ttext`; lang en, zh or zh-Hant,
 * label request or none — written for Baton, none of them from a held-out set). The requests mostly avoid the words the
 * rules know (human, agent, 人工, 真人): someone asked to look at a case, to make contact, to decide, to take over. The
 * routine rows share their words: questions about support (hours, numbers, whether people read the chat, how to
 * complain), store questions, plain problem reports and people mentioned in passing (the courier, my manager wants an
 * invoice). The features and the fit are the escalation models' (escalation-learned.ts, logistic-fit.ts).
 *
 * Threshold per language: the lowest at which at most MAX_FALSE_ALARMS of the routine rows read as a request out of
 * fold (five folds by row position). Prints out-of-fold recall, and the requests read on realistic_dev's routine
 * messages and Bitext's shop questions by the final model, as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { namesSomeone, tellsRatherThanAsks } from '../../bot/core/signals/agent-request-learned';
import { escalationFeatures, probabilityOf } from '../../bot/core/signals/escalation-learned';
import type { Lang } from '../../contracts';
import { toSimplified } from '../../knowledge/text';
import { loadRealisticDev } from './realistic-dev';
import { buildVocabulary, fit as fitLogistic, type Example } from './logistic-fit';
import { loadBitext } from './signals-data';

const ROOT = path.resolve(__dirname, '..', '..');
const DATA = path.join(ROOT, 'test', 'fixtures', 'agent-request-training.tsv');
const OUT = path.join(ROOT, 'bot', 'core', 'signals', 'agent-request-weights.json');
/** As the escalation models (train-escalation.ts): lighter L2 lets a few strong pairs carry a reading. */
const L2 = 0.001;
const EPOCHS = 300;
const MIN_DOCS = 3;
const FOLDS = 5;
const MAX_FALSE_ALARMS = 0.01;
const KEEP_WEIGHT = 0.02;

interface Row {
  lang: Lang;
  written: string;
  text: string;
  request: boolean;
  features: string[];
}

function load(): Row[] {
  return readFileSync(DATA, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [written, label, raw] = line.split('\t');
      if (label !== 'request' && label !== 'none') throw new Error(`unknown label ${label}`);
      const lang: Lang = written === 'en' ? 'en' : 'zh';
      const text = written === 'zh-Hant' ? toSimplified(raw) : raw;
      return { lang, written, text, request: label === 'request', features: escalationFeatures(text, lang) };
    });
}

interface Model {
  bias: number;
  weights: Record<string, number>;
}

function fit(rows: readonly Row[]): Model {
  const index = buildVocabulary(rows.map((r) => r.features), MIN_DOCS);
  const positives = rows.filter((r) => r.request).length;
  const examples: Example[] = rows.map((r) => ({
    features: r.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    lexicon: 0,
    negative: r.request,
    weight: r.request ? 0.5 / Math.max(1, positives) : 0.5 / Math.max(1, rows.length - positives),
  }));
  // logistic-fit scores its "negative" class low: a request's probability is σ(−z).
  const fitted = fitLogistic(examples, index.size, L2, EPOCHS);
  return { bias: -fitted.bias, weights: Object.fromEntries([...index].map(([f, i]) => [f, -fitted.weights[i]])) };
}

const probability = (model: Model, features: readonly string[]) =>
  probabilityOf(features, { bias: model.bias, threshold: { en: 0, zh: 0 }, weights: model.weights });

function thresholdFor(routine: readonly number[]): number {
  const sorted = [...routine].sort((a, b) => b - a);
  return Math.min(0.99, Math.max(0.05, (sorted[Math.floor(sorted.length * MAX_FALSE_ALARMS)] ?? 0) + 1e-4));
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

function main(): void {
  const rows = load();
  const outOfFold = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fit(rows.filter((_, i) => i % FOLDS !== fold));
    rows.forEach((r, i) => {
      if (i % FOLDS === fold) outOfFold[i] = probability(model, r.features);
    });
  }
  const threshold = { en: 0.5, zh: 0.5 };
  const crossValidated: Record<string, unknown> = {};
  for (const lang of ['en', 'zh'] as const) {
    const at = rows.map((r, i) => ({ r, p: outOfFold[i] })).filter(({ r }) => r.lang === lang);
    threshold[lang] = round(thresholdFor(at.filter(({ r }) => !r.request).map(({ p }) => p)), 4);
    for (const written of new Set(at.map(({ r }) => r.written))) {
      const requests = at.filter(({ r }) => r.request && r.written === written);
      const routine = at.filter(({ r }) => !r.request && r.written === written);
      crossValidated[written] = {
        threshold: threshold[lang],
        recall: round(requests.filter(({ p }) => p >= threshold[lang]).length / requests.length),
        falseAlarmsOnRoutine: round(routine.filter(({ p }) => p >= threshold[lang]).length / routine.length),
        // Through agent-request-learned.ts's gates: the message names someone to deal with, and asks rather than tells.
        recallThroughGates: round(
          requests.filter(({ r, p }) => p >= threshold[lang] && namesSomeone(r.text, lang) && !tellsRatherThanAsks(r.text, lang)).length / requests.length,
        ),
        missed: requests.filter(({ p }) => p < threshold[lang]).slice(0, 4).map(({ r }) => r.text),
      };
    }
  }
  const model = fit(rows);
  const weights = Object.fromEntries(
    Object.entries(model.weights).filter(([, w]) => Math.abs(w) >= KEEP_WEIGHT).map(([f, w]) => [f, round(w)]),
  );
  writeFileSync(OUT, JSON.stringify({ bias: round(model.bias), threshold, weights }) + '\n');
  const claimed = (texts: Array<{ text: string; lang: Lang }>) => {
    const hits = texts.filter(({ text, lang }) => probability(model, escalationFeatures(text, lang)) >= threshold[lang]);
    return { rows: texts.length, claimed: hits.length, examples: hits.slice(0, 5).map((h) => h.text) };
  };
  const devRows = loadRealisticDev().filter((r) => r.expected !== 'HANDOFF');
  const bitext = loadBitext().filter((r) => !['complaint', 'contact_human_agent'].includes(r.intent));
  console.log(JSON.stringify({
    data: path.relative(ROOT, DATA),
    rows: rows.length,
    crossValidated,
    features: Object.keys(weights).length,
    // Before the gates of agent-request-learned.ts (content words, questions about support).
    realisticDevRoutine: claimed(devRows.map((r) => ({ text: r.lang === 'zh-Hant' ? toSimplified(r.text) : r.text, lang: r.lang === 'en' ? 'en' : 'zh' }))),
    bitextShopQuestions: claimed(bitext.map((r) => ({ text: r.instruction, lang: 'en' as const }))),
  }, null, 2));
}

main();
