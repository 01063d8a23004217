/**
 * Fits the learned reading of repeated contact (bot/core/signals/repeat-learned.ts) and writes its weights
 * (bot/core/signals/repeat-weights.json): `npx tsx test/bench/train-repeat.ts`.
 *
 * Data: Baton's own examples, written for Baton and none of them from a held-out set: the rows of
 * test/fixtures/escalation-training.{en,zh}.tsv (`repeated` is a repeat, every other label is not) and
 * test/fixtures/repeat-training.tsv (`lang\tlabel\ttext`, lang en, zh or zh-Hant, label repeated or none: repeats told
 * without a count, in many wordings, beside routine messages that name an earlier contact or a promise and report
 * nothing failed, ask about a promise, or report a late parcel for the first time). Chinese is folded as the engine
 * folds it. The features and the fit are the escalation models' (escalation-learned.ts, binary-reading.ts).
 *
 * The model is read only behind earlier-contact.ts's structural test (an earlier contact or a promise, no outcome the
 * rules know: `untoldOutcome`), so its threshold is set where it is read: per language, the lowest at which at most
 * MAX_FALSE_ALARMS of the routine rows that pass the test read as a repeat out of fold (five folds by row position).
 * Prints, as JSON: out-of-fold recall of the repeats the test lets through, the routine rows claimed, and what the final
 * model claims through the test on realistic_dev's routine messages and Bitext's shop questions.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { earlierContact, untoldOutcome } from '../../bot/core/signals/earlier-contact';
import { escalationFeatures } from '../../bot/core/signals/escalation-learned';
import { normalizeChinese, normalizeEnglish } from '../../bot/core/signals/patterns';
import type { Lang } from '../../contracts';
import { foldChinese } from '../../knowledge';
import { fitBinary, outOfFold, probability, round, routineMessages, shippedWeights, thresholdAtFalseAlarms } from './binary-reading';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const OUT = path.join(ROOT, 'bot', 'core', 'signals', 'repeat-weights.json');
/** As the other learned readings (train-escalation.ts): a light L2 lets a few strong pairs carry a reading. */
const SETTINGS = { l2: 0.001, epochs: 300, minDocs: 3 };
const FOLDS = 5;
/** Share of the routine rows behind the structural test a language's threshold may claim out of fold. */
const MAX_FALSE_ALARMS = 0.02;
const KEEP_WEIGHT = 0.02;

interface Row {
  lang: Lang;
  written: string;
  text: string;
  positive: boolean;
  features: readonly string[];
  /** The structural test passes: the model may read this row. */
  gated: boolean;
  /** The rules of earlier-contact.ts read a repeat in it already. */
  ruled: boolean;
}

function row(written: string, raw: string, positive: boolean): Row {
  const lang: Lang = written === 'en' ? 'en' : 'zh';
  const text = lang === 'zh' ? foldChinese(raw) : raw;
  const english = lang === 'en' || /[a-z]{2}/i.test(text) ? normalizeEnglish(text) : '';
  const chinese = lang === 'zh' ? normalizeChinese(text) : '';
  return {
    lang, written, text, positive, features: escalationFeatures(text, lang),
    gated: untoldOutcome(english, chinese).length > 0, ruled: earlierContact(english, chinese).length > 0,
  };
}

function load(): Row[] {
  const lines = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  const rows: Row[] = [];
  for (const lang of ['en', 'zh']) for (const [label, text] of lines(`escalation-training.${lang}.tsv`)) rows.push(row(lang, text, label === 'repeated'));
  for (const [written, label, text] of lines('repeat-training.tsv')) {
    if (label !== 'repeated' && label !== 'none') throw new Error(`repeat-training.tsv: unknown label ${label}`);
    rows.push(row(written, text, label === 'repeated'));
  }
  return rows;
}

function main(): void {
  const rows = load();
  const probabilities = outOfFold(rows, FOLDS, (training) => {
    const model = fitBinary(training, SETTINGS);
    return (r) => probability(model, r.features);
  });
  const threshold = { en: 0.5, zh: 0.5 };
  const crossValidated: Record<string, unknown> = {};
  for (const lang of ['en', 'zh'] as const) {
    const at = rows.map((r, i) => ({ r, p: probabilities[i] })).filter(({ r }) => r.lang === lang);
    threshold[lang] = thresholdAtFalseAlarms(at.filter(({ r }) => !r.positive && r.gated).map(({ p }) => p), MAX_FALSE_ALARMS);
    for (const written of new Set(at.map(({ r }) => r.written))) {
      const mine = at.filter(({ r }) => r.written === written);
      const positives = mine.filter(({ r }) => r.positive);
      const gatedPositives = positives.filter(({ r }) => r.gated);
      const gatedRoutine = mine.filter(({ r }) => !r.positive && r.gated);
      crossValidated[written] = {
        threshold: threshold[lang],
        repeats: positives.length,
        readByRules: positives.filter(({ r }) => r.ruled).length,
        behindTheTest: gatedPositives.length,
        readByModel: gatedPositives.filter(({ p }) => p >= threshold[lang]).length,
        routineBehindTheTest: gatedRoutine.length,
        routineClaimed: gatedRoutine.filter(({ p }) => p >= threshold[lang]).map(({ r }) => r.text),
        missedBehindTheTest: gatedPositives.filter(({ p }) => p < threshold[lang]).slice(0, 6).map(({ r }) => r.text),
      };
    }
  }
  const model = fitBinary(rows, SETTINGS);
  const weights = shippedWeights(model, KEEP_WEIGHT);
  writeFileSync(OUT, JSON.stringify({ bias: round(model.bias), threshold, weights }) + '\n');
  const unseen = routineMessages();
  const claimed = (texts: ReadonlyArray<{ text: string; lang: Lang }>) => {
    const hits = texts.filter(({ text, lang }) => {
      const r = row(lang, text, false);
      return r.gated && probability(model, r.features) >= threshold[lang];
    });
    return { rows: texts.length, claimed: hits.length, examples: hits.slice(0, 5).map((h) => h.text) };
  };
  console.log(JSON.stringify({
    data: ['test/fixtures/escalation-training.{en,zh}.tsv', 'test/fixtures/repeat-training.tsv'],
    rows: rows.length,
    crossValidated,
    features: Object.keys(weights).length,
    // Through the structural test, as repeat-learned.ts reads them.
    realisticDevRoutine: claimed(unseen.realisticDev),
    bitextShopQuestions: claimed(unseen.bitext),
  }, null, 2));
}

main();
