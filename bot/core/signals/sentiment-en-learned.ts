import { EN_CONTRACTIONS, EN_CONTRAST, EN_NEGATORS } from './lexicon-en';
import { execAll } from './patterns';
import { parseLearnedWeights, shiftOfFeatures, shiftScore, type LearnedWeights } from './sentiment-learned';
import shipped from './sentiment-en-weights.json';

export type { LearnedWeights } from './sentiment-learned';

/**
 * A small learned correction to the English sentiment score: a logistic regression over lower-cased words and word
 * pairs (words after a negator marked, "not_flattering"), fitted on the odd rows of the CC0 women's clothing reviews
 * (test/bench/train-sentiment-en.ts) with the lexicon's score as one more input. What it adds is the weight of words
 * the lexicon cannot rate one by one: how shoppers report a let-down ("sent it back", "runs small", "see through",
 * "wanted to love") and how they praise ("compliments", "perfect"). Only the sentiment moves; the emotion (who needs a
 * person) stays the lexicon's.
 *
 * The weights file holds no intercept: a message none of whose words the model knows is left as the lexicon read it,
 * so short chat messages keep their reading.
 */

/**
 * The longest customer message the customer correction was fitted on is 141 characters (sentiment-en-customer.ts);
 * a tweet-sized margin above it. A longer text is a review, an email or a thread.
 */
export const CHAT_LENGTH = 160;

/**
 * How much of the model's shift a text longer than chat gets (the weights file's `strength`, 0.5, is for chat). The
 * model was fitted on reviews, and reviews are where it knows the register: fitted on one quarter of the reviews' tuning
 * half and read on another, precision at recall 0.70 went .781 → .792 from 0.5 to 1, and stc3's tuning half (long
 * multi-turn exchanges) kept its figures. Chat messages keep 0.5, so the conversation decisions (which read chat) do
 * not move.
 */
export const LONG_TEXT_STRENGTH = 1;

/** How many words after a negator are marked (same clause), as far as the lexicon's negation reaches. */
const NEGATION_MARK_REACH = 3;
const CLAUSE_END = /^[.,;:!?]+$/;

/**
 * Words that carry grammar, not judgement. In reviews "it", "i", "my" lean positive and "was" negative (a let-down is
 * told in the past tense), which is how reviews are written, not how customers feel: a complaint to an airline says
 * "my" and "was" as much as praise does. Features made of these words alone are not learned. Negators are not among
 * them: "not_flattering" is the point.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'about',
  'as', 'than', 'then', 'that', 'this', 'these', 'those', 'there', 'here', 'it', "it's", 'its', 'i', "i'm", "i've",
  "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'you', "you're", 'your', 'yours', 'we', 'our', 'us', 'they', 'them',
  'their', 'he', 'she', 'him', 'her', 'his', 'hers', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'have',
  'has', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'so',
  'if', 'when', 'what', 'which', 'who', 'whom', 'where', 'why', 'how', 'all', 'any', 'some', 'each', 'both', 'other',
  'also', 'just', 'up', 'down', 'out', 'off', 'over', 'again', 'one', 'because', 'while', 'after', 'before', 'now',
  'get', 'got', 'go', 'went', 'im', 'ive', 'id', 'its', 'thats', "that's", 'there', "there's", 'which', 'though',
  'since', 'still', 'even', 'very', 'really', 'too', 'more', 'most', 'much', 'many', 'well', 'only', 'own', 'same',
  'such', 'again', 'ever', 'every', 'back', 'way', 'make', 'made', 'makes', 'bit', 'little', 'lot', 'am', 'pm',
]);

/**
 * What a message to a shop calls the thing: "the product", "the item". In reviews, calling a dress "the product" is a
 * cold sign (a happy shopper says "this dress"); a customer writing to support says "the product" whatever they feel.
 */
const GENERIC_NOUNS: ReadonlySet<string> = new Set(['product', 'products', 'item', 'items']);


/**
 * The features of a text: each word (marked "not_" within reach after a negator) and each pair of neighbouring words
 * in one clause, once each. The trainer and the reader share this function, so they cannot disagree.
 */
export function learnedFeatures(text: string): string[] {
  const features = new Set<string>();
  let previous: string | undefined;
  let negatedFor = 0;
  for (const match of execAll(/[a-z]+(?:'[a-z]+)?|[.,;:!?]+/g, text.toLowerCase().replace(/[\u2018\u2019`]/g, "'"))) {
    const token = match[0];
    if (CLAUSE_END.test(token)) {
      previous = undefined;
      negatedFor = 0;
      continue;
    }
    const word = EN_CONTRACTIONS[token] ?? token;
    const grammar = FUNCTION_WORDS.has(word) || GENERIC_NOUNS.has(word);
    // A negator or "but" alone is not learned: the lexicon already turns what it negates and weighs what follows
    // "but"; in reviews "not" marks a let-down so often that it would read "not bad" as a complaint.
    if (!grammar && !EN_NEGATORS.has(word) && !EN_CONTRAST.has(word)) features.add(negatedFor > 0 ? `not_${word}` : word);
    if (previous !== undefined && !(grammar && FUNCTION_WORDS.has(previous))) features.add(`${previous} ${word}`);
    previous = word;
    if (EN_NEGATORS.has(word)) negatedFor = NEGATION_MARK_REACH;
    else if (negatedFor > 0) negatedFor--;
  }
  return [...features];
}

/** The learned shift of the lexicon score (-1 … 1 scale). */
export function learnedShift(text: string, weights: LearnedWeights = WEIGHTS): number {
  return shiftOfFeatures(learnedFeatures(text), weights);
}

/** The lexicon score moved by the learned shift (sentiment-learned.ts). */
export function withLearnedShift(score: number, text: string, weights: LearnedWeights = WEIGHTS): number {
  if (text.length > CHAT_LENGTH) return shiftScore(score, learnedFeatures(text), { ...weights, strength: LONG_TEXT_STRENGTH });
  return shiftScore(score, learnedFeatures(text), weights);
}

// Checked once at load: a hand-edited or truncated file fails here, not as NaN scores.
const WEIGHTS: LearnedWeights = parseLearnedWeights(shipped);
