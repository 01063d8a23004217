import { withoutHarmIdioms } from '../../../../bot/core/signals/harm-idiom';
import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { normalizeEnglish } from '../../../../bot/core/signals/patterns';

const en = (phrases: string[], text: string) => withoutHarmIdioms(phrases, normalizeEnglish(text));

// [safety phrases found, message]: a harm word inside a figure of speech.
const FIGURES: Array<[string[], string]> = [
  [['poison'], "Pick your poison they said 😄 I picked the wrong one. Unopened wine glasses, what's the return window?"],
  [['poison'], "what's your poison? we stock gin and whisky glasses, do you ship to ireland"],
  [['poison'], 'coffee is my poison of choice, when is the grinder back in stock?'],
];
// The same word told as a harm, beside the figure or without it.
const HARMS: Array<[string[], string]> = [
  [['poison'], 'the dog got into the rat poison you sold us'],
  [['poison', 'poisoned'], 'pick your poison they say, well my cat was poisoned by your flea spray'],
];

describe('a harm word inside a figure of speech (harm-idiom.ts)', () => {
  test.each(FIGURES)('%j set aside: %s', (phrases, text) => expect(en(phrases, text)).toEqual([]));
  test.each(HARMS)('%j kept: %s', (phrases, text) => expect(en(phrases, text).length).toBeGreaterThan(0));
  test('the figure beside a return window is no incident', () =>
    expect(detectComplaintLevel("Pick your poison they said 😄 I picked the wrong one. Unopened wine glasses, what's the return window?", 'en').kind).not.toBe('safety'));
  test('a poisoning told beside the figure is one', () =>
    expect(detectComplaintLevel('pick your poison they say, well my cat was poisoned by your flea spray', 'en').kind).toBe('safety'));
});
