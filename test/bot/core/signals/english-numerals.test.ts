import { spelledNumbers } from '../../../../bot/core/signals/english-numerals';

/** [text, the numbers read in it as [words, value]]. */
const NUMBERS: Array<[string, Array<[string, number]>]> = [
  ['twenty-two thousand', [['twenty-two thousand', 22_000]]],
  ['Twenty Two Thousand', [['Twenty Two Thousand', 22_000]]],
  ['a hundred and twenty thousand', [['a hundred and twenty thousand', 120_000]]],
  ['one point two million', [['one point two million', 1_200_000]]],
  ['half a million', [['half a million', 500_000]]],
  ['one million two hundred thousand', [['one million two hundred thousand', 1_200_000]]],
  ['two thousand five hundred and fifty', [['two thousand five hundred and fifty', 2550]]],
  ['seven hundred thousand', [['seven hundred thousand', 700_000]]],
  ['nineteen hundred', [['nineteen hundred', 1900]]],
  ['one hundred five', [['one hundred five', 105]]],
  ['ninety nine', [['ninety nine', 99]]],
  ['thirty grand', [['thirty', 30]]],
  // About a round figure, a half, and a compound adjective's number.
  ['twenty-odd thousand', [['twenty-odd thousand', 20_000]]],
  ['two and a half million', [['two and a half million', 2_500_000]]],
  ['a million and a half', [['a million and a half', 1_500_000]]],
  ['a fifty-thousand-dollar order', [['fifty-thousand', 50_000]]],
  ['one and a half', [['one', 1]]],
  // Where the grammar of numerals ends a number: a second number, "and" with no number after it, a hyphenated word.
  ['one two three', [['one', 1], ['two', 2], ['three', 3]]],
  ['twenty twenty-three', [['twenty', 20], ['twenty-three', 23]]],
  ['two thousand and counting', [['two thousand', 2000]]],
  ['three thousand thousand', [['three thousand', 3000]]],
  ['a one-off', [['one', 1]]],
  ['twenty-something', [['twenty', 20]]],
];

/** Words that open no number: "a" and "half" before what is not a scale. */
const NO_NUMBER: string[] = ['a dollar', 'an hour', 'half an hour', 'a thousandth', 'someone', 'often', 'tension', 'a lot of money'];

describe('spelledNumbers', () => {
  test.each(NUMBERS)('%s', (text, expected) => {
    expect(spelledNumbers(text).map((n) => [text.slice(n.start, n.end), n.value])).toEqual(expected);
  });

  test.each(NO_NUMBER)('no number: %s', (text) => {
    expect(spelledNumbers(text)).toEqual([]);
  });

  test('a scale word marks the number', () => {
    expect(spelledNumbers('two thousand or two').map((n) => n.scaled)).toEqual([true, false]);
  });

  test('reads a long run of number words in linear time', () => {
    const started = performance.now();
    spelledNumbers('one hundred and '.repeat(2000) + 'twenty-'.repeat(1000));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
