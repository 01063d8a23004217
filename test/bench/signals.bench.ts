/**
 * Signals benchmark (issues 4 and 12): negative sentiment in English and Chinese on real customer text, strong emotion
 * on realistic chat messages, agent requests, the slowest hostile input per detector, and the per-message latency of
 * analyzeMessage. natural's AFINN analyzer and vader-sentiment are measured in the same run as peers. Data is read by
 * path from ../shared/data (never copied).
 *
 * Every development set is split: the rows with odd line numbers are the ones the rules were tuned on (`tuning`), the
 * even ones were never read while tuning (`check`). Figures on `check` are the honest ones; a rule that helps only one
 * half is fitted to rows, not to customers.
 *
 * What is measured:
 * - English negatives (target: precision ≥ 0.90 at recall ≥ 0.70 on real text):
 *   - womens_ecommerce_reviews: real reviews of one clothing store, negative = 1–2 stars; against all other reviews,
 *     and against 4–5 stars only (3 stars are mixed). Reviews are long and weigh praise against complaint, and only
 *     about 10 % are negative, so precision here is far lower than on complaint-heavy text such as support tweets.
 *   - stc3 English: the customer side of real Weibo support exchanges (official translations), negative = the
 *     annotators' mean satisfaction below zero (a proxy: a complaint well handled can end satisfied).
 *   - Bitext (synthetic): intent `complaint` against the 26 other intents. Problem reports in other intents ("I can't
 *     pay", "I lost my invoice") read negative by design, so precision against this label is not the aim.
 *   Baton counts a message as negative when its label is `negative`; AFINN when its score is below 0; VADER when its
 *   compound score is at or below -0.05 (the threshold its authors recommend).
 * - Chinese negatives (label 0; target ≥ 0.90 at ≥ 0.80): online_shopping_10_cats without the reviews also in
 *   ChnSentiCorp (the lexicon was tuned on it), ChnSentiCorp_htl_all (never used for tuning), stc3 (the customer side
 *   of each dialogue, negative = mean satisfaction below zero).
 * - Strong emotion (a person takes over) on realistic_dev: how many plain problem statements and answerable questions
 *   read as strongly upset (should be none), and how many abuse and repeated-failure escalations do.
 * - Agent requests (target: recall ≥ 0.95 at a false-positive rate ≤ 0.02): Bitext `contact_human_agent` and the
 *   `contact_customer_service` messages that ask to talk (those asking for hours, a number or an address are questions
 *   about support, answered from the knowledge base: reported apart; so are those asking how to reach a person, "how
 *   to speak with an operator", by realistic_dev's convention) against the 25 other intents; realistic_dev
 *   requests for a person against its other non-escalation rows (traditional Chinese folded to simplified, as the
 *   engine does); banking77 + clinc150 questions (none asks for a person by label) flagged.
 * - `atTargetRecall`: the best precision any threshold on the score reaches at the target recall — what the scorer
 *   could do, as opposed to what its label does. `byLength`: the Chinese figures by review length in characters.
 * - `hostile`: the slowest of 120 generated hostile messages of up to 4,000 characters, per detector (milliseconds).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SentimentAnalyzer } from 'natural/lib/natural/sentiment';
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import {
  analyzeEmotion, analyzeMessage, analyzeSentiment, detectAgentRequest, detectComplaintLevel, detectHighValue,
} from '../../bot/core/signals';
import { readEnglishLexicon } from '../../bot/core/signals/sentiment-en';
import type { Lang } from '../../contracts';
import { foldChinese } from '../../knowledge';
import { hostileMessages } from '../support/hostile-text';
import { loadRealisticDev } from './realistic-dev';
import {
  halves, loadBitext, loadChnSentiCorp, loadOnlineShopping, loadStc3, loadWomensReviews, readCsv, SHARED_DATA,
  type LabelledReview, type LabelledText,
} from './signals-data';
import { detection, percentile, precisionAtRecall, round } from './signals-metrics';

// Chinese is folded (traditional to simplified, written Cantonese to Mandarin) before the detectors, as the engine does.
const toSimplified = foldChinese;

process.env.DOTENV_CONFIG_QUIET = 'true';

interface VaderModule {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}
// vader-sentiment ships no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const vader = require('vader-sentiment') as VaderModule;
const afinn = new SentimentAnalyzer('English', PorterStemmer, 'afinn');

interface Scorer {
  /** Lower = more negative. */
  score(text: string): number;
  isNegative(text: string): boolean;
}

const SCORERS_EN: Record<string, Scorer> = {
  baton: {
    score: (t) => analyzeSentiment(t, 'en').score,
    isNegative: (t) => analyzeSentiment(t, 'en').label === 'negative',
  },
  // The lexicon and rules without the learned correction (sentiment-en-learned.ts): what the correction adds.
  batonLexiconOnly: {
    score: (t) => readEnglishLexicon(t).sentiment.score,
    isNegative: (t) => readEnglishLexicon(t).sentiment.label === 'negative',
  },
  naturalAfinn: { score: afinnScore, isNegative: (t) => afinnScore(t) < 0 },
  vader: { score: vaderScore, isNegative: (t) => vaderScore(t) <= -0.05 },
};

export async function run(): Promise<Record<string, unknown>> {
  const bitext = loadBitext();
  progress(`bitext: ${bitext.length} messages`);
  const englishNegatives = measureEnglishNegatives(bitext);
  progress('english negatives done');
  const chineseNegatives = measureChineseNegatives();
  progress('chinese negatives done');
  const strongEmotion = measureStrongEmotion();
  const agentRequests = measureAgentRequests(bitext);
  progress('agent requests done');
  const hostile = measureHostile();
  const latency = measureLatency(bitext.map((r) => r.instruction));
  progress('latency done');
  return { englishNegatives, chineseNegatives, strongEmotion, agentRequests, hostile, latency };
}

function measureEnglishNegatives(bitext: ReturnType<typeof loadBitext>): Record<string, unknown> {
  const split = (rows: LabelledText[]) => {
    const { tuning, check } = halves(rows);
    return { tuning: englishFigures(tuning), check: englishFigures(check) };
  };
  return {
    target: { precision: 0.9, recall: 0.7 },
    womensReviews: {
      data: 'womens_ecommerce_reviews (real): negative = 1–2 stars',
      againstAllOthers: split(loadWomensReviews()),
      againstFourAndFiveStars: split(loadWomensReviews(true)),
    },
    stc3English: {
      data: 'stc3_dch1 English translations (real exchanges): customer turns, negative = mean satisfaction < 0',
      ...split(loadStc3('en')),
    },
    bitext: {
      data: 'Bitext (synthetic): intent complaint vs the 26 other intents; problem reports elsewhere read negative by design',
      ...split(bitext.map((r, i) => ({ text: r.instruction, positive: r.intent === 'complaint', line: i + 2 }))),
    },
  };
}

function englishFigures(rows: readonly LabelledText[]): Record<string, unknown> {
  const texts = rows.map((r) => r.text);
  const gold = rows.map((r) => r.positive);
  const figures: Record<string, unknown> = { messages: texts.length, negatives: gold.filter(Boolean).length };
  for (const [name, scorer] of Object.entries(SCORERS_EN)) {
    figures[name] = {
      ...detection(texts.map(scorer.isNegative), gold),
      atTargetRecall: precisionAtRecall(texts.map(scorer.score), gold, 0.7),
    };
  }
  return figures;
}

function measureChineseNegatives(): Record<string, unknown> {
  const heldOut = loadChnSentiCorp();
  const heldOutTexts = new Set(heldOut.map((r) => r.review));
  const tuning = loadOnlineShopping().filter((r) => !heldOutTexts.has(r.review));
  return {
    target: { precision: 0.9, recall: 0.8 },
    tuning: {
      data: 'online_shopping_10_cats without the reviews also in ChnSentiCorp (lexicon tuned on it)',
      ...chineseFigures(tuning, false),
      withoutHotels: chineseFigures(tuning.filter((r) => r.cat !== '酒店'), false),
    },
    heldOut: { data: 'ChnSentiCorp_htl_all (hotel reviews; never used for tuning)', ...chineseFigures(heldOut, true) },
    stc3: {
      data: 'stc3_dch1 (real Weibo exchanges): customer turns, negative = mean satisfaction < 0',
      ...stc3Figures(),
    },
  };
}

function stc3Figures(): Record<string, unknown> {
  const { tuning, check } = halves(loadStc3('zh'));
  const figures = (rows: LabelledText[]) => {
    const gold = rows.map((r) => r.positive);
    const results = rows.map((r) => analyzeSentiment(r.text, 'zh'));
    return {
      messages: rows.length,
      negatives: gold.filter(Boolean).length,
      baton: { ...detection(results.map((s) => s.label === 'negative'), gold), atTargetRecall: precisionAtRecall(results.map((s) => s.score), gold, 0.8) },
    };
  };
  return { tuning: figures(tuning), check: figures(check) };
}

/**
 * realistic_dev: a plain problem or question should not read as strongly upset (it would go to a person); abuse and
 * repeated-failure escalations should (or be caught by the abuse and repeated-contact detectors, also counted).
 */
function measureStrongEmotion(): Record<string, unknown> {
  const rows = loadRealisticDev().map((r) => ({ ...r, text: r.lang === 'zh-Hant' ? toSimplified(r.text) : r.text }));
  const figures = (subset: typeof rows) => {
    const langOf = (lang: string): Lang => (lang === 'en' ? 'en' : 'zh');
    const calm = subset.filter((r) => r.group === 'answerable' || r.group === 'problem-statement');
    const upset = subset.filter((r) => r.kind === 'abuse' || r.kind === 'repeated-failure');
    const strongCalm = calm.filter((r) => analyzeEmotion(r.text, langOf(r.lang)).strong);
    const caught = upset.filter((r) => {
      const kinds = detectComplaintLevel(r.text, langOf(r.lang)).complaints.map((c) => c.kind);
      return analyzeEmotion(r.text, langOf(r.lang)).strong || kinds.includes('abuse') || kinds.includes('repeated_contact');
    });
    return {
      questionsAndProblems: calm.length,
      readAsStronglyUpset: strongCalm.length,
      examples: strongCalm.slice(0, 5).map((r) => r.text),
      abuseAndRepeatedFailures: upset.length,
      caught: caught.length,
    };
  };
  const { tuning, check } = halves(rows);
  return { data: 'realistic_dev (synthetic, realistic)', tuning: figures(tuning), check: figures(check) };
}

function chineseFigures(rows: readonly LabelledReview[], withPeers: boolean): Record<string, unknown> {
  const gold = rows.map((r) => r.label === 0);
  const results = rows.map((r) => analyzeSentiment(r.review, 'zh'));
  const figures: Record<string, unknown> = {
    reviews: rows.length,
    negatives: gold.filter(Boolean).length,
    baton: {
      ...detection(results.map((s) => s.label === 'negative'), gold),
      atTargetRecall: precisionAtRecall(results.map((s) => s.score), gold, 0.8),
      byLength: byLength(rows, results.map((s) => s.label === 'negative'), gold),
      halves: reviewHalves(gold, results),
    },
  };
  if (withPeers) {
    // English-only lexicons: they find no words in Chinese text, which is the point of measuring them here.
    for (const name of ['naturalAfinn', 'vader'] as const) {
      figures[name] = detection(rows.map((r) => SCORERS_EN[name].isNegative(r.review)), gold);
    }
  }
  return figures;
}

/**
 * The same figures on the odd and even rows of the list (in file order): rules are written from the odd half's
 * errors and checked on the even half.
 */
function reviewHalves(gold: readonly boolean[], results: ReadonlyArray<{ label: string; score: number }>): Record<string, unknown> {
  const half = (parity: number) => {
    const rows = gold.map((g, i) => i).filter((i) => (i + 1) % 2 === parity);
    return {
      ...detection(rows.map((i) => results[i].label === 'negative'), rows.map((i) => gold[i])),
      atTargetRecall: precisionAtRecall(rows.map((i) => results[i].score), rows.map((i) => gold[i]), 0.8),
    };
  };
  return { tuning: half(1), check: half(0) };
}

/** Review lengths (characters) the Chinese figures are broken down by: long reviews mix praise and complaint. */
const LENGTH_BANDS: ReadonlyArray<[number, number]> = [[0, 40], [40, 80], [80, 150], [150, Infinity]];

function byLength(
  rows: readonly LabelledReview[],
  predicted: readonly boolean[],
  gold: readonly boolean[],
): Record<string, unknown> {
  const bands: Record<string, unknown> = {};
  for (const [from, to] of LENGTH_BANDS) {
    const inBand = rows.map((r, i) => i).filter((i) => rows[i].review.length >= from && rows[i].review.length < to);
    const { precision, recall, falsePositiveRate } = detection(
      inBand.map((i) => predicted[i]),
      inBand.map((i) => gold[i]),
    );
    const name = to === Infinity ? `${from}+` : `${from}-${to - 1}`;
    bands[name] = { reviews: inBand.length, precision, recall, falsePositiveRate };
  }
  return bands;
}

/** Bitext `contact_customer_service` messages that ask for hours, a number or an address: questions about support. */
const ABOUT_SUPPORT = /\b(?:hours?|time|when|number|phone|call|mail|e-?mail|open)\b/i;
/**
 * Bitext requests that ask how to reach a person ("how to speak with an operator", "I don't know what I need to do to
 * contact customer service"): answered from the knowledge base by realistic_dev's convention, so reported apart.
 */
const HOW_TO_REACH = /\bhow\b|\bwhat (?:do |should )?i (?:have|need) to do\b/i;

function measureAgentRequests(bitext: ReturnType<typeof loadBitext>): Record<string, unknown> {
  const bitextRows = bitext.map((r, i) => ({
    text: r.instruction,
    line: i + 2,
    kind:
      r.intent === 'contact_human_agent' || (r.intent === 'contact_customer_service' && !ABOUT_SUPPORT.test(r.instruction))
        ? HOW_TO_REACH.test(r.instruction)
          ? 'how-to-reach'
          : 'request'
        : r.intent === 'contact_customer_service'
          ? 'about-support'
          : 'other',
  }));
  const bitextFigures = (rows: typeof bitextRows) => {
    const judged = rows.filter((r) => r.kind === 'request' || r.kind === 'other');
    const about = rows.filter((r) => r.kind === 'about-support');
    const how = rows.filter((r) => r.kind === 'how-to-reach');
    return {
      ...detection(judged.map((r) => detectAgentRequest(r.text, 'en').requested), judged.map((r) => r.kind === 'request')),
      questionsAboutSupport: about.length,
      questionsAboutSupportFlagged: about.filter((r) => detectAgentRequest(r.text, 'en').requested).length,
      // Flagged when a request is made beside the question ("I want to speak with customer support, how can I do it?").
      howToReachQuestions: how.length,
      howToReachFlagged: how.filter((r) => detectAgentRequest(r.text, 'en').requested).length,
    };
  };
  const realistic = loadRealisticDev()
    .filter((r) => r.group !== 'escalation')
    .map((r) => ({ text: r.lang === 'zh-Hant' ? toSimplified(r.text) : r.text, lang: (r.lang === 'en' ? 'en' : 'zh') as Lang, line: r.line, request: r.group === 'human-request' }));
  const realisticFigures = (rows: typeof realistic) => ({
    ...detection(rows.map((r) => detectAgentRequest(r.text, r.lang).requested), rows.map((r) => r.request)),
    requests: rows.filter((r) => r.request).length,
    missed: rows.filter((r) => r.request && !detectAgentRequest(r.text, r.lang).requested).map((r) => r.text),
    flagged: rows.filter((r) => !r.request && detectAgentRequest(r.text, r.lang).requested).map((r) => r.text),
  });
  const outOfDomain = loadOutOfDomainQuestions();
  const flagged = outOfDomain.filter((q) => detectAgentRequest(q, 'en').requested);
  const b = halves(bitextRows);
  const rd = halves(realistic);
  return {
    target: { recall: 0.95, falsePositiveRate: 0.02 },
    bitext: {
      data: 'Bitext (synthetic): contact_human_agent and the contact_customer_service messages asking to talk vs the 25 other intents',
      tuning: bitextFigures(b.tuning),
      check: bitextFigures(b.check),
    },
    realisticDev: {
      data: 'realistic_dev: requests for a person vs answerable, problem-statement and out-of-scope rows (en, zh, zh-Hant)',
      tuning: realisticFigures(rd.tuning),
      check: realisticFigures(rd.check),
    },
    banking77AndClinc150: { questions: outOfDomain.length, flagged: flagged.length, falsePositiveRate: round(flagged.length / outOfDomain.length), examples: flagged.slice(0, 5) },
  };
}

/** The slowest hostile message per detector: each must stay far below what catastrophic backtracking costs. */
function measureHostile(): Record<string, unknown> {
  const messages = hostileMessages(120, 20261203);
  const detectors: Record<string, (text: string) => unknown> = {
    complaintEn: (t) => detectComplaintLevel(t, 'en'),
    complaintZh: (t) => detectComplaintLevel(t, 'zh'),
    agentRequestEn: (t) => detectAgentRequest(t, 'en'),
    agentRequestZh: (t) => detectAgentRequest(t, 'zh'),
    amount: (t) => detectHighValue(t),
    sentimentEn: (t) => analyzeSentiment(t, 'en'),
    sentimentZh: (t) => analyzeSentiment(t, 'zh'),
    analyzeMessage: (t) => analyzeMessage(t),
  };
  const figures: Record<string, number> = {};
  for (const [name, detect] of Object.entries(detectors)) {
    for (const m of messages.slice(0, 10)) detect(m); // warm up
    let worst = 0;
    for (const m of messages) {
      const started = process.hrtime.bigint();
      detect(m);
      worst = Math.max(worst, Number(process.hrtime.bigint() - started) / 1e6);
    }
    figures[name] = round(worst);
  }
  return { note: 'max milliseconds over 120 generated hostile messages of up to 4,000 characters', longestChars: Math.max(...messages.map((m) => m.length)), ...figures };
}

function measureLatency(englishMessages: readonly string[]): Record<string, unknown> {
  const chineseReviews = loadChnSentiCorp().map((r) => r.review);
  // Warm up the JIT, and let the collector catch up with the data the earlier measurements loaded: timed right after
  // them, p99 measured those collections rather than analyzeMessage.
  for (const m of [...englishMessages, ...chineseReviews]) analyzeMessage(m);
  const lengths = chineseReviews.map((c) => c.length).sort((a, b) => a - b);
  return {
    note: 'milliseconds per analyzeMessage call; max includes garbage-collection pauses',
    englishChat: { messages: englishMessages.length, ...timeEach(englishMessages) },
    chineseReviews: {
      messages: chineseReviews.length,
      medianChars: percentile(lengths, 50),
      longestChars: lengths[lengths.length - 1],
      ...timeEach(chineseReviews),
    },
  };
}

function timeEach(messages: readonly string[]): { p50: number; p99: number; max: number } {
  const timings = messages.map((m) => {
    const started = process.hrtime.bigint();
    analyzeMessage(m);
    return Number(process.hrtime.bigint() - started) / 1e6;
  });
  timings.sort((a, b) => a - b);
  return { p50: round(percentile(timings, 50)), p99: round(percentile(timings, 99)), max: round(timings[timings.length - 1]) };
}

function loadOutOfDomainQuestions(): string[] {
  const banking = readCsv(path.join(SHARED_DATA, 'banking77/train.csv')).map((r) => r.text);
  const clinc = JSON.parse(readFileSync(path.join(SHARED_DATA, 'clinc150/data_trainval.json'), 'utf8')) as Record<
    string,
    Array<[string, string]>
  >;
  return [...banking, ...Object.values(clinc).flatMap((pairs) => pairs.map(([text]) => text))];
}

function afinnScore(text: string): number {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.length === 0 ? 0 : afinn.getSentiment(words);
}

function vaderScore(text: string): number {
  return vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
}

function progress(message: string): void {
  process.stderr.write(`  signals: ${message}\n`);
}
