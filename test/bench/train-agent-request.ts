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
 * Beside them, rows composed from parts (agent-request-generated.ts: the shop's people in frames that ask for them now,
 * and in frames that do not), so the model weighs the parts of a request rather than a few hundred phrasings. The
 * composed rows are always fitted on and never scored: the folds run over the hand-written rows, whose out-of-fold
 * figures say how far what was learned from the composed rows carries to wording written apart from them.
 *
 * Threshold per language: the lowest at which at most MAX_FALSE_ALARMS of the hand-written routine rows read as a
 * request out of fold (five folds by row position). Prints out-of-fold recall, and the requests read on realistic_dev's
 * routine messages and Bitext's shop questions by the final model, as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { namesSomeone, tellsRatherThanAsks } from '../../bot/core/signals/agent-request-learned';
import { escalationFeatures } from '../../bot/core/signals/escalation-learned';
import type { Lang } from '../../contracts';
import { toSimplified } from '../../knowledge/text';
import { generatedAgentRequestRows } from './agent-request-generated';
import {
  claimedBy, fitBinary, outOfFold, probability, round, routineMessages, shippedWeights, thresholdAtFalseAlarms,
} from './binary-reading';

const ROOT = path.resolve(__dirname, '..', '..');
const DATA = path.join(ROOT, 'test', 'fixtures', 'agent-request-training.tsv');
const OUT = path.join(ROOT, 'bot', 'core', 'signals', 'agent-request-weights.json');
/** As the escalation models (train-escalation.ts): lighter L2 lets a few strong pairs carry a reading. */
const SETTINGS = { l2: 0.001, epochs: 300, minDocs: 3 };
const FOLDS = 5;
const MAX_FALSE_ALARMS = 0.01;
const KEEP_WEIGHT = 0.02;

interface Row {
  lang: Lang;
  written: string;
  text: string;
  request: boolean;
  features: readonly string[];
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


/** The composed rows (agent-request-generated.ts), read as the hand-written ones are. */
function composed(): Row[] {
  return generatedAgentRequestRows().map(({ lang, request, text }) => ({ lang, written: `${lang} (composed)`, text, request, features: escalationFeatures(text, lang) }));
}

function main(): void {
  const rows = load();
  const labelled = rows.map((r) => ({ ...r, positive: r.request }));
  const extra = composed().map((r) => ({ ...r, positive: r.request }));
  const probabilities = outOfFold(labelled, FOLDS, (training) => {
    const model = fitBinary([...training, ...extra], SETTINGS);
    return (row) => probability(model, row.features);
  });
  const threshold = { en: 0.5, zh: 0.5 };
  const crossValidated: Record<string, unknown> = {};
  for (const lang of ['en', 'zh'] as const) {
    const at = rows.map((r, i) => ({ r, p: probabilities[i] })).filter(({ r }) => r.lang === lang);
    threshold[lang] = thresholdAtFalseAlarms(at.filter(({ r }) => !r.request).map(({ p }) => p), MAX_FALSE_ALARMS);
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
  const model = fitBinary([...labelled, ...extra], SETTINGS);
  const weights = shippedWeights(model, KEEP_WEIGHT);
  writeFileSync(OUT, JSON.stringify({ bias: round(model.bias), threshold, weights }) + '\n');
  const unseen = routineMessages();
  console.log(JSON.stringify({
    data: path.relative(ROOT, DATA),
    rows: rows.length,
    composedRows: extra.length,
    crossValidated,
    features: Object.keys(weights).length,
    // Before the gates of agent-request-learned.ts (content words, questions about support).
    realisticDevRoutine: claimedBy(model, threshold, unseen.realisticDev),
    bitextShopQuestions: claimedBy(model, threshold, unseen.bitext),
  }, null, 2));
}

main();
