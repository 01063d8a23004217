import { EN_NEGATORS } from './lexicon-en';
import { CHAT_LENGTH, learnedFeatures } from './sentiment-en-learned';
import { parseLearnedWeights, shiftOfFeatures, shiftScore, type LearnedWeights } from './sentiment-learned';
import shipped from './sentiment-en-customer-weights.json';

/**
 * A second learned correction of the English sentiment, fitted only on messages customers write to companies (Baton's
 * own hand-written set, test/fixtures/sentiment/en-customer.tsv, with the demo store's questions as not negative;
 * test/bench/train-sentiment-en-customer.ts) on top of the reviews' correction (sentiment-en-learned.ts). Reviews and
 * chat are different registers: a complaint to a company is told as facts ("charged twice", "and nobody called back",
 * "three times") or sarcasm, which a shopper reviewing a dress never writes. Fitting both in one model read a shop's
 * nouns ("size", "order") as not negative in reviews too; kept apart, each model learns its own register and the
 * reviews' correction stays as it was.
 *
 * It reads only messages of chat length (what the customer set spans); a longer text is a review, an email or a
 * pasted document, where the reviews' correction alone applies. And it only moves a score down: it adds the evidence of
 * a complaint that the reviews' model misses, while what it learned as not negative is mostly a shop's topics
 * ("order", "delivery", "change my": the store's questions), which may offset that evidence in the same message but
 * must not make "I can't log in to check my order" or a plain question read as content.
 */

export { CHAT_LENGTH } from './sentiment-en-learned';

/**
 * The features of a message for this correction: the reviews' features (learnedFeatures) but for a "@handle", which
 * names a company, not a feeling, and pairs ending in a negator ("is not", "i can't"): these stand for the negator
 * alone, which the lexicon already turns and which complaints use so often that "not bad" would read as one. What is
 * negated is still learned ("not_working").
 */
export function customerFeatures(text: string): string[] {
  return learnedFeatures(text.replace(/@\w+/g, ' ')).filter((feature) => {
    const space = feature.indexOf(' ');
    return space < 0 || !EN_NEGATORS.has(feature.slice(space + 1));
  });
}

/** The score moved down by the customer-message correction; a text longer than chat keeps its score. */
export function withCustomerShift(score: number, text: string, weights: LearnedWeights = WEIGHTS): number {
  if (text.length > CHAT_LENGTH) return score;
  const features = customerFeatures(text);
  if (shiftOfFeatures(features, weights) >= 0) return score;
  return shiftScore(score, features, weights);
}

// Checked once at load: a hand-edited or truncated file fails here, not as NaN scores.
const WEIGHTS: LearnedWeights = parseLearnedWeights(shipped);
