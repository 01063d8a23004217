import { analyzeEmotion, analyzeSentiment } from '../../../../bot/core/signals';
import { readEnglishLexicon } from '../../../../bot/core/signals/sentiment-en';
import {
  learnedFeatures, learnedShift, withLearnedShift, type LearnedWeights,
} from '../../../../bot/core/signals/sentiment-en-learned';

const weights = (features: Record<string, number>, strength = 1): LearnedWeights => ({ lexicon: 2, strength, features });

describe('learnedFeatures', () => {
  test('words and neighbouring pairs, lower-cased, pairs not across a clause', () => {
    expect(learnedFeatures('Sent it BACK. Cheap fabric').sort()).toEqual(['cheap', 'cheap fabric', 'fabric', 'sent', 'sent it']);
  });

  test('words after a negator are marked, within three words and one clause; the negator alone is no feature', () => {
    const features = learnedFeatures("didn't look flattering at all, sadly");
    expect(features).toEqual(expect.arrayContaining(['not_look', 'not_flattering', "didn't look"]));
    expect(features).not.toContain("didn't");
    expect(features).toContain('sadly');
    expect(features).not.toContain('not_sadly');
  });

  test('grammar words and what every shop message calls the thing are no feature alone', () => {
    expect(learnedFeatures('it was my product')).toEqual([]);
    expect(learnedFeatures('it was huge').sort()).toEqual(['huge', 'was huge']);
  });
});

describe('the learned shift', () => {
  test('a message with no known feature keeps the lexicon score', () => {
    expect(withLearnedShift(-0.4, 'where is my parcel', weights({}))).toBe(-0.4);
  });

  test('the shift is the features\' sum on the lexicon\'s scale, at the given strength', () => {
    expect(learnedShift('comfy', weights({ comfy: 0.4 }))).toBeCloseTo(0.2);
    expect(learnedShift('boxy and comfy', weights({ boxy: -0.4, comfy: 0.2 }, 0.5))).toBeCloseTo(-0.05);
  });

  test('scores stay inside -1 … 1 and keep their order', () => {
    const w = weights({ lovely: 4 });
    expect(withLearnedShift(0.95, 'lovely', w)).toBeLessThan(1);
    expect(withLearnedShift(0.95, 'lovely', w)).toBeGreaterThan(withLearnedShift(0.9, 'lovely', w));
    expect(withLearnedShift(1, 'lovely', w)).toBeLessThan(1);
  });
});

describe('analyzeSentiment (English) with the shipped learned correction', () => {
  // Hand-written, not rows of the training data: a let-down told with no complaint word reads lower than the lexicon
  // alone reads it; plain praise and plain questions keep their label.
  test.each([
    'The material looked nothing like the picture and it was huge on me',
    'Ordered my usual size and was swimming in it, the fabric is thin too',
  ])('a let-down without complaint words reads more negative than the lexicon alone: %s', (text) => {
    expect(analyzeSentiment(text, 'en').score).toBeLessThan(readEnglishLexicon(text).sentiment.score);
  });

  test.each([
    ['Comfortable and soft, I get compliments every time I wear it', 'positive'],
    ['The product is not bad', 'positive'],
    ['Not a problem at all, thanks for the quick reply', 'neutral'],
    ['Can I change my seat to an aisle?', 'neutral'],
    ['My flight was cancelled and nobody at the desk can tell me anything', 'negative'],
    ['I was really disappointed with the quality, sending it back', 'negative'],
    ['Been on hold for 45 minutes, this is ridiculous', 'negative'],
  ])('%s → %s', (text, label) => {
    expect(analyzeSentiment(text, 'en').label).toBe(label);
  });

  test('the emotion (who needs a person) stays the lexicon’s', () => {
    for (const text of [
      'The material looked nothing like the picture and it was huge on me',
      'worst airline ever, never flying with you again!!!',
      'Comfortable and soft, I get compliments every time I wear it',
    ]) {
      expect(analyzeEmotion(text, 'en')).toEqual(readEnglishLexicon(text).emotion);
    }
  });
});
