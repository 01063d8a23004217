import { z } from 'zod';
import { stem } from '../../../knowledge/search';
import { chineseWordSegments, foldChinese } from '../../../knowledge/text';
import { rememberRecent, type Lang } from '../../../contracts';
import type { ComplaintKind } from './schema';
import shipped from './escalation-weights.json';
import { own } from './own';

/**
 * Escalations described rather than named, read by two small learned models: someone hurt or at risk (safety) and a
 * dispute taken outside (legal: courts, regulators, going public). Customers tell these in their own words far more
 * often than with the words the rules know ("the blade went into my thumb, had it glued at the walk-in", "see you at
 * small claims"), and no list of phrases keeps up with them. Each model is a logistic regression over the message's words and neighbouring pairs (English stems; Chinese
 * folded to simplified, the segmenter's words and pairs and character pairs), fitted by test/bench/train-escalation.ts
 * on Baton's own examples (test/fixtures/escalation-training.*.tsv: escalations told in many styles beside routine
 * questions and plain problem reports that share their words). A model reads a message as its kind above a
 * probability set by the trainer for few false alarms on routine messages; its evidence is the words that weighed most.
 * The rules (complaint.ts) still decide the level; these only add what the rules did not see.
 */

/**
 * A third model, of repeated contact, was fitted and left out: it read "every time I log in it asks again", "is the
 * replacement the same colour as the first one" and a first report of a late parcel (话咗三日到 而家一个礼拜都未到) as a
 * chase, where the rules (narrated-repeat.ts) tell them apart, and found a third of the described repeats out of fold.
 */
export const LEARNED_ESCALATION_KINDS = ['safety', 'legal'] as const satisfies readonly ComplaintKind[];
export type LearnedEscalationKind = (typeof LEARNED_ESCALATION_KINDS)[number];

/** One model's shape; the learned reading of requests for a person (agent-request-learned.ts) shares it. */
export const ModelSchema = z.object({
  bias: z.number(),
  /** Probability at which the message reads as this kind, per language. */
  threshold: z.object({ en: z.number(), zh: z.number() }),
  weights: z.record(z.string(), z.number()),
});
const WeightsSchema = z.object({
  safety: ModelSchema,
  legal: ModelSchema,
});
export type EscalationWeights = z.infer<typeof WeightsSchema>;
export type EscalationModel = z.infer<typeof ModelSchema>;

export function parseEscalationWeights(raw: unknown): EscalationWeights {
  return WeightsSchema.parse(raw);
}

// --- Features ------------------------------------------------------------------------------------------------------

const EN_TOKEN = /[a-z]+(?:'[a-z]+)?|\d+|[.!?;,]/g;
const EN_CLAUSE_END = /^[.!?;,]$/;
/**
 * Grammar words: no feature alone, and a pair of two of them ("and the", "to my") is none either. Words of time and
 * repetition (again, same, still, every, time) are not grammar here: they are what a repeated failure is told with.
 */
const EN_GRAMMAR: ReadonlySet<string> = new Set(
  ('a an the and or but so if as of to in on at for with from by about into onto over out off up down is are was were be been ' +
    'being am do does did have has had having i me my mine you your yours we us our they them their he him his she her it its ' +
    "this that these those there here what which who whom when where how why not no just can could will would should shall may " +
    "might must i'm i've i'll i'd you're you've you'll we're we've they're it's that's there's don't didn't doesn't can't " +
    "won't isn't wasn't aren't haven't hasn't im ive ill id dont didnt cant wont also then than too very really like get got " +
    'go going gone went make made give gave know see say said tell told want need one all any some').split(' '),
);

function englishFeatures(text: string, into: Set<string>): void {
  let previous: string | undefined;
  let previousGrammar = false;
  for (const match of text.toLowerCase().matchAll(EN_TOKEN)) {
    const token = match[0];
    if (EN_CLAUSE_END.test(token)) {
      previous = undefined;
      continue;
    }
    const grammar = EN_GRAMMAR.has(token);
    const word = /^\d/.test(token) ? '#' : stem(token.replace(/'s$/, ''));
    if (!grammar && word !== '#') into.add(word);
    if (previous !== undefined && !(grammar && previousGrammar)) into.add(`${previous} ${word}`);
    previous = word;
    previousGrammar = grammar;
  }
}

const HAN = /\p{Script=Han}/u;
const ZH_FUNCTION: ReadonlySet<string> = new Set(
  '的 了 吗 呢 啊 吧 呀 哦 嘛 啦 我 你 您 是 在 有 和 也 都 就 还 这 那 个 一 把 被 给 着 过 得 地 又 很 我们 你们 他们 你哋 我哋 佢哋 已经 我在 会 再 请问 要 能 想 可以 什么 怎么 这件 那件 一下'.split(' '),
);

function chineseFeatures(text: string, into: Set<string>): void {
  const folded = foldChinese(text.normalize('NFKC')).toLowerCase();
  let previous: string | undefined;
  let single: string | undefined; // a character the segmenter left alone, just before
  for (const { segment, isWordLike } of chineseWordSegments(folded)) {
    if (!isWordLike || !HAN.test(segment)) {
      // English words in a Chinese message are read by the English features.
      previous = undefined;
      single = undefined;
      continue;
    }
    const grammar = ZH_FUNCTION.has(segment);
    if (!grammar) into.add(segment);
    if (previous !== undefined && !(grammar && ZH_FUNCTION.has(previous))) into.add(`${previous} ${segment}`);
    // Characters the segmenter left alone are often a word it does not know (砸到, 夹伤, 燶晒): paired again.
    if (segment.length === 1 && single !== undefined && !grammar && !ZH_FUNCTION.has(single)) into.add(`c:${single}${segment}`);
    single = segment.length === 1 ? segment : undefined;
    previous = segment;
  }
}

/** The features the models read: English for any Latin words, Chinese for Chinese text. */
export function escalationFeatures(text: string, lang: Lang): readonly string[] {
  return recentFeatures(`${lang}\u0000${text}`);
}

/**
 * One turn reads a message's features for the escalation models (complaint.ts) and again for the request model
 * (agent-request-learned.ts): the last few are remembered, keyed by language and text. Callers only read them.
 */
const recentFeatures = rememberRecent(4, (key: string): readonly string[] => {
  const at = key.indexOf('\u0000');
  const lang = key.slice(0, at) as Lang;
  const text = key.slice(at + 1);
  const features = new Set<string>();
  if (lang === 'en' || /[a-z]{2}/i.test(text)) englishFeatures(text, features);
  if (lang === 'zh') chineseFeatures(text, features);
  return [...features];
});

// --- Reading -------------------------------------------------------------------------------------------------------

export function probabilityOf(features: readonly string[], model: EscalationModel): number {
  let z = model.bias;
  for (const f of features) z += own(model.weights, f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export interface LearnedEscalation {
  kind: LearnedEscalationKind;
  probability: number;
  /** The words that weighed most toward the kind, shown as the reason. */
  evidence: string[];
}

const EVIDENCE_WORDS = 3;
/**
 * Content words a message needs before the models read it: a described escalation is a description. A word or two
 * ("where is the food court", "my lawyer?") is the rules' to read, and one strong word would decide alone.
 */
const MIN_CONTENT_WORDS = 4;

/** Too few content words (single words, not pairs) for a learned model to read: the rules' to read. */
export function tooFewContentWords(features: readonly string[]): boolean {
  return features.filter((f) => !f.includes(' ')).length < MIN_CONTENT_WORDS;
}

/** The words that weighed most toward a model's kind, shown as its evidence (character pairs without their mark). */
export function weightiestWords(features: readonly string[], model: EscalationModel): string[] {
  return features
    .filter((f) => (own(model.weights, f) ?? 0) > 0)
    .sort((a, b) => model.weights[b] - model.weights[a])
    .map((f) => (f.startsWith('c:') ? f.slice(2) : f))
    .filter((word, i, words) => words.indexOf(word) === i)
    .slice(0, EVIDENCE_WORDS);
}

/** The kinds the models read in a message above their thresholds, most likely first. */
export function learnedEscalations(text: string, lang: Lang, weights: EscalationWeights = WEIGHTS): LearnedEscalation[] {
  const features = escalationFeatures(text, lang);
  const found: LearnedEscalation[] = [];
  if (tooFewContentWords(features)) return found;
  for (const kind of LEARNED_ESCALATION_KINDS) {
    const model = weights[kind];
    const probability = probabilityOf(features, model);
    if (probability < model.threshold[lang]) continue;
    found.push({ kind, probability, evidence: weightiestWords(features, model) });
  }
  return found.sort((a, b) => b.probability - a.probability);
}

const WEIGHTS: EscalationWeights = parseEscalationWeights(shipped);
