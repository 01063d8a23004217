import { analyzeSentiment } from '../../../../bot/core/signals';
import { readEnglishLexicon } from '../../../../bot/core/signals/sentiment-en';
import { CHAT_LENGTH, customerFeatures, withCustomerShift } from '../../../../bot/core/signals/sentiment-en-customer';
import type { LearnedWeights } from '../../../../bot/core/signals/sentiment-learned';

const weights = (features: Record<string, number>): LearnedWeights => ({ lexicon: 2, strength: 1, features });

describe('customerFeatures', () => {
  test('a @handle names a company, not a feeling, and is no feature', () => {
    expect(customerFeatures('@SkyJet delayed again')).toEqual(customerFeatures('delayed again'));
  });

  test('a pair ending in a negator is no feature; what is negated still is', () => {
    const features = customerFeatures('the app is not working');
    expect(features).not.toContain('is not');
    expect(features).toContain('not_working');
  });
});

describe('the customer-message shift', () => {
  test('moves a chat message down by what its complaint features weigh', () => {
    expect(withCustomerShift(0, 'charged me again', weights({ charged: -1 }))).toBeLessThan(-0.2);
  });

  test('never moves a score up: topic words may offset complaint words, not make a message content', () => {
    const w = weights({ order: 1, charged: -0.2 });
    expect(withCustomerShift(-0.3, 'check my order', w)).toBe(-0.3);
    expect(withCustomerShift(-0.3, 'charged for my order', w)).toBe(-0.3);
  });

  test('leaves a text longer than a chat message to the reviews\' correction', () => {
    const long = `charged ${'and then some more words '.repeat(10)}`;
    expect(long.length).toBeGreaterThan(CHAT_LENGTH);
    expect(withCustomerShift(0, long, weights({ charged: -1 }))).toBe(0);
  });
});

describe('analyzeSentiment (English) with the shipped customer-message correction', () => {
  // Hand-written: complaints told as facts, which the lexicon alone reads as nearly neutral.
  test.each([
    'the courier said 2pm, it is now 9pm and nobody has come',
    'third email this week and the bill is still wrong',
    'app logged me out again in the middle of paying',
  ])('a complaint told as facts reads more negative than the lexicon alone: %s', (text) => {
    expect(analyzeSentiment(text, 'en').score).toBeLessThan(readEnglishLexicon(text).sentiment.score);
  });

  test('one told with a repeat and an interrupted task reads negative', () => {
    expect(analyzeSentiment('app logged me out again in the middle of paying', 'en').label).toBe('negative');
  });

  test.each([
    'How do I change my delivery address?',
    'can I pay for my order by bank transfer',
    'what time does the store open on Sunday',
  ])('a plain question stays neutral: %s', (text) => {
    expect(analyzeSentiment(text, 'en').label).toBe('neutral');
  });
});
