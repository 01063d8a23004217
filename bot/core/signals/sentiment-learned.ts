import { z } from 'zod';
import { squash, SQUASH_SLOPE_INVERSE, unsquash } from './sentiment-scale';
import { own } from './own';

/**
 * A learned correction to a lexicon's sentiment score, shared by the languages that have one (sentiment-en-learned.ts,
 * sentiment-zh-learned.ts): a logistic regression over a text's features with the lexicon's score as one more input,
 * fitted offline (test/bench/train-sentiment-*.ts). Each language says what its features are; the weights file holds
 * no intercept, so a text none of whose features the model knows keeps the lexicon's reading.
 */
export interface LearnedWeights {
  /** Logit units per unit of the lexicon score (-1 … 1): turns the model's sum into the lexicon's scale. */
  lexicon: number;
  /** How much of the model's own shift is applied (0 … 1); each trainer says why its value. */
  strength: number;
  /** Feature → weight in logit units; negative = reads negative. */
  features: Record<string, number>;
}

const LearnedWeightsSchema = z.object({
  lexicon: z.number().positive(),
  strength: z.number().min(0).max(1),
  features: z.record(z.string(), z.number()),
});

/** A weights file checked once at load: a hand-edited or truncated file fails there, not as NaN scores. */
export function parseLearnedWeights(raw: unknown): LearnedWeights {
  const parsed = LearnedWeightsSchema.parse(raw);
  return {
    lexicon: parsed.lexicon,
    strength: parsed.strength,
    features: Object.assign(Object.create(null) as Record<string, number>, parsed.features),
  };
}

/** The model's sum over the features in logit units, 0 when it knows none of them. */
function sumOfFeatures(features: readonly string[], weights: LearnedWeights): number {
  let sum = 0;
  for (const feature of features) sum += own(weights.features, feature) ?? 0;
  return sum;
}

/** The learned shift of the lexicon score (-1 … 1 scale). */
export function shiftOfFeatures(features: readonly string[], weights: LearnedWeights): number {
  return (weights.strength * sumOfFeatures(features, weights)) / weights.lexicon;
}

/** A score of exactly ±1 has no raw sum (the squash only nears it). */
const MAX_ABS_SCORE = 0.999;

/**
 * The lexicon score moved by the learned shift. The shift is added before the lexicon's squash (sentiment-scale.ts),
 * so that near 0 it moves the score by about its own size, while a reading already near ±1 is not pushed past the end
 * of the scale and two readings keep their order.
 */
export function shiftScore(score: number, features: readonly string[], weights: LearnedWeights): number {
  const shift = shiftOfFeatures(features, weights);
  if (shift === 0) return score;
  const bounded = Math.max(-MAX_ABS_SCORE, Math.min(MAX_ABS_SCORE, score));
  return squash(unsquash(bounded) + shift * SQUASH_SLOPE_INVERSE);
}
