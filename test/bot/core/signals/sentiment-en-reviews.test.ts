import { analyzeSentiment } from '../../../../bot/core/signals';
import { readEnglishLexicon } from '../../../../bot/core/signals/sentiment-en';
import { CHAT_LENGTH, learnedFeatures, withLearnedShift } from '../../../../bot/core/signals/sentiment-en-learned';
import { parseLearnedWeights, shiftScore } from '../../../../bot/core/signals/sentiment-learned';
import shipped from '../../../../bot/core/signals/sentiment-en-weights.json';

/**
 * Reviews and other long texts a shopper writes (hand-written, the way shoppers type): where a negation stops, who a
 * hedge is addressed to, a return that is an exchange, and how far the reviews' learned correction reaches.
 */
const isNegative = (text: string) => analyzeSentiment(text, 'en').label === 'negative';

describe('a dash ends the clause a negator reaches', () => {
  test.each([
    "I thought this top would wash me out, but it absolutely doesn't--gorgeous deep colour and the fit is spot on. Already had two compliments.",
    "Was worried it would be itchy like most wool, but it isn't — soft, warm and it layers well under my coat.",
    "Expected it to fall apart in the wash, it didn't – still lovely after five washes.",
  ])('%s', (text) => {
    expect(isNegative(text)).toBe(false);
  });

  test('within a clause the negator still turns praise', () => {
    expect(isNegative("the fabric isn't soft at all and the seams itch, sending it back")).toBe(true);
  });

  test('a hyphen inside a word is no dash', () => {
    expect(readEnglishLexicon('it is not well-made').sentiment.score).toBeLessThanOrEqual(0);
  });
});

describe('a hedge in a review is an opinion, not a calm request for help', () => {
  test.each([
    "Seems like the quality has really dropped since last year. I have three of these tops from older seasons and this one is nowhere near them. the buttons were hanging by a thread, the lining bunches up and the colour is nothing like the listing. It might suit someone else but it's going straight back.",
    "I think the fabric is going to pill after a couple of washes, it already looks fuzzy under the arms. the seams on the shoulders are crooked too and the hem was coming loose when it arrived. I expected better for the price and I'm sending it back.",
  ])('%s', (text) => {
    expect(isNegative(text)).toBe(true);
    expect(readEnglishLexicon(text).sentiment.evidence.join(' ')).not.toContain('(asked calmly)');
  });

  test('in a chat message a fault put as a guess is still asked calmly', () => {
    const text = 'I think I was charged twice for my last order, could you check?';
    expect(readEnglishLexicon(text).sentiment.evidence.join(' ')).toContain('(asked calmly)');
  });
});

describe('a return for another size is an exchange, not a verdict', () => {
  test.each([
    "Sent it back for a size up, the chest was snug but the style is exactly what I wanted.",
    'the medium was roomy so I am returning it for a small',
    'I will exchange them for a larger size, the colour is great',
  ])('%s', (text) => {
    expect(isNegative(text)).toBe(false);
  });

  test.each([
    'Returned it. the stitching came apart on the first wear.',
    'returned it for a refund, the zip broke straight away',
    'sent it back, way too small and the fabric is cheap',
  ])('a return that is not for a size: %s', (text) => {
    expect(isNegative(text)).toBe(true);
  });
});

describe("the reviews' learned correction in full on long texts", () => {
  const weights = parseLearnedWeights(shipped);
  const review =
    'Ordered my usual size in the blue. The fabric is thin and the cut is boxy, it hangs off the shoulders and the hem twists after one wash. Not what the photos show at all.';
  const chat = 'the hem twists after one wash';

  test('a text longer than chat gets the whole learned shift', () => {
    expect(review.length).toBeGreaterThan(CHAT_LENGTH);
    const lexicon = readEnglishLexicon(review).sentiment.score;
    expect(withLearnedShift(lexicon, review)).toBeCloseTo(shiftScore(lexicon, learnedFeatures(review), { ...weights, strength: 1 }), 6);
  });

  test("a chat message keeps the weights file's strength, so the conversation decisions do not move", () => {
    const lexicon = readEnglishLexicon(chat).sentiment.score;
    expect(withLearnedShift(lexicon, chat)).toBeCloseTo(shiftScore(lexicon, learnedFeatures(chat), weights), 6);
  });
});
