/**
 * Trains the learned correction of the Chinese sentiment (bot/core/signals/sentiment-zh-learned.ts) and writes its
 * weights to bot/core/signals/sentiment-zh-weights.json.
 *
 *   npx tsx test/bench/train-sentiment-zh.ts            # train, write the weights, print the figures
 *   npx tsx test/bench/train-sentiment-zh.ts --dry-run  # the same without writing
 *
 * Data: ONLY Baton's own hand-written Chinese customer messages (test/fixtures/sentiment/zh-customer.tsv, CC0), whose
 * neutral questions (请问怎么退货, 发票怎么开) keep a shop's words from reading as complaints. The demo store's questions
 * were fitted too at first: the model then moved with every edit of the demo articles (one widening made 希望不要让我失望
 * read negative), so they are left out. The public Chinese sets (online_shopping_10_cats, ChnSentiCorp, stc3) state no licence that lets derived data ship,
 * so they are only measured here, never fitted. `SENTIMENT_HELD_OUT=a.tsv` adds sets kept outside the repository
 * (`label\ttext`), by halves.
 *
 * Model: as the English one (logistic-fit.ts): words, negation-marked words and word pairs seen in at least MIN_DOCS
 * messages, plus the lexicon's score; the strongest KEEP features refitted alone; no intercept ships.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readChineseLexicon } from '../../bot/core/signals/sentiment-zh';
import { learnedFeaturesZh, withLearnedShiftZh } from '../../bot/core/signals/sentiment-zh-learned';
import type { LearnedWeights } from '../../bot/core/signals/sentiment-learned';
import { REPORTED_NEGATIVE_SCORE } from '../../bot/core/signals/sentiment-scale';
import { buildVocabulary, fit, type Example } from './logistic-fit';
import { halves, heldOutSentimentSets, loadChnSentiCorp, loadOnlineShopping, loadStc3, readLabelledTsv, type LabelledText } from './signals-data';
import { labelAndRanking } from './signals-metrics';

const MIN_DOCS = Number(process.env.MIN_DOCS ?? 2);
const KEEP = Number(process.env.KEEP ?? 1500);
const L2 = Number(process.env.L2 ?? 0.01);
const EPOCHS = Number(process.env.EPOCHS ?? 300);
/**
 * How much of the model's shift is applied. Of 0.5, 0.75 and 1 on the blind delivery reviews' odd half, 0.75 ranked as
 * well as 1 (precision at recall .80: .97) while leaving the lexicon's reading of the Chinese sentiment tests alone; the
 * public sets moved by under a point either way.
 */
const STRENGTH = Number(process.env.STRENGTH ?? 0.75);
const TRAINING = path.resolve(__dirname, '../fixtures/sentiment/zh-customer.tsv');
const OUT = path.resolve(__dirname, '../../bot/core/signals/sentiment-zh-weights.json');

function main(): void {
  if (!existsSync(TRAINING)) throw new Error(`no training data at ${TRAINING}`);
  const training = readLabelledTsv(TRAINING);
  const docs = training.map((r) => learnedFeaturesZh(r.text));
  const vocabulary = buildVocabulary(docs, MIN_DOCS);
  const names = [...vocabulary.keys()];
  const examplesOf = (vocab: ReadonlyMap<string, number>): Example[] =>
    training.map((r, i) => ({
      features: docs[i].map((f) => vocab.get(f)).filter((k): k is number => k !== undefined),
      lexicon: readChineseLexicon(r.text).sentiment.score,
      negative: r.positive,
      weight: 1,
    }));
  const full = fit(examplesOf(vocabulary), names.length, L2, EPOCHS);
  const order = [...full.weights.keys()].sort((a, b) => Math.abs(full.weights[b]) - Math.abs(full.weights[a]) || a - b);
  const kept = order.slice(0, KEEP).sort((a, b) => a - b);
  const keptVocabulary = new Map(kept.map((index, k) => [names[index], k]));
  const refit = fit(examplesOf(keptVocabulary), kept.length, L2, EPOCHS);
  const features: Record<string, number> = {};
  for (const [name, k] of [...keptVocabulary].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const w = Math.round(refit.weights[k] * 1000) / 1000;
    if (w !== 0) features[name] = w;
  }
  const weights: LearnedWeights = { lexicon: Math.round(refit.lexicon * 1000) / 1000, strength: STRENGTH, features };
  progress(`${training.length} messages, ${names.length} features seen in ≥ ${MIN_DOCS}, ${Object.keys(features).length} kept; bias ${refit.bias.toFixed(3)}, lexicon ${weights.lexicon}`);
  if (!process.argv.includes('--dry-run')) {
    writeFileSync(OUT, JSON.stringify(weights) + '\n');
    progress(`wrote ${OUT}`);
  }
  process.stdout.write(JSON.stringify({ settings: { MIN_DOCS, KEEP, L2, EPOCHS, STRENGTH }, ...figures(weights) }, null, 2) + '\n');
}

function evaluationSets(): Record<string, LabelledText[]> {
  const hotels = loadChnSentiCorp();
  const hotelTexts = new Set(hotels.map((r) => r.review));
  const shopping = loadOnlineShopping().filter((r) => !hotelTexts.has(r.review));
  const asLabelled = (rows: typeof hotels) => rows.map((r, i) => ({ text: r.review, positive: r.label === 0, line: i + 1 }));
  const stc3 = halves(loadStc3('zh'));
  const sets: Record<string, LabelledText[]> = {
    onlineShopping: asLabelled(shopping), chnSentiCorp: asLabelled(hotels), stc3Tuning: stc3.tuning, stc3Check: stc3.check,
  };
  return { ...sets, ...heldOutSentimentSets() };
}

/** Label precision and recall, and precision at recall .80, before (lexicon) and after (with the learned shift). */
function figures(weights: LearnedWeights): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, rows] of Object.entries(evaluationSets())) {
    const gold = rows.map((r) => r.positive);
    const before = rows.map((r) => readChineseLexicon(r.text).sentiment.score);
    const after = rows.map((r, i) => withLearnedShiftZh(before[i], r.text, weights));
    out[name] = { before: labelAndRanking(before, gold, REPORTED_NEGATIVE_SCORE, 0.8), after: labelAndRanking(after, gold, REPORTED_NEGATIVE_SCORE, 0.8) };
  }
  return out;
}

function progress(message: string): void {
  process.stderr.write(`  train-sentiment-zh: ${message}\n`);
}

main();
