import { hashtagWords } from '../../../../bot/core/signals/hashtag-en';

/** Hashtags are read as the words they are written from (bot/core/signals/hashtag-en.ts). */
const HASHTAGS: Array<[string, string]> = [
  ['NeverAgain', 'never again'],
  ['neveragain', 'never again'],
  ['epicfail', 'epic fail'],
  ['worstserviceever', 'worst service ever'],
  ['customerservicefail', 'customer service fail'],
  ['notimpressed', 'not impressed'],
  ['thanksfornothing', 'thanks for nothing'],
  ['lostluggage', 'lost luggage'],
  ['ryanairfail', 'ryanair fail'],
  ['BestAirlineEver', 'best airline ever'],
  // Whole: one word already, a name the lexicons do not know, a code, a name that would spell words ("smart is an").
  ['fail', 'fail'],
  ['Smartisan', 'smartisan'],
  ['BA287', 'ba287'],
  ['qwertyzxcv', 'qwertyzxcv'],
];

describe('hashtagWords', () => {
  test.each(HASHTAGS)('#%s → %s', (tag, words) => {
    expect(hashtagWords(tag).join(' ')).toBe(words);
  });

  test('a tag longer than the split reads is left whole, at once', () => {
    const tag = 'never'.repeat(2000);
    const started = process.hrtime.bigint();
    expect(hashtagWords(tag)).toEqual([tag]);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(50);
  });
});
