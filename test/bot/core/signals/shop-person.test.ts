import { EN_PERSON_ASKED_TO_ACT, EN_SHOP_PERSON } from '../../../../bot/core/signals/shop-person';

/** A source as agent-request.ts reads it: whole words, against normalised English. */
const reads = (sources: readonly string[], text: string): boolean =>
  sources.some((source) => new RegExp(String.raw`\b(?:${source})\b`).test(text));

// [normalised English, names one of the shop's people]
const SHOP_PEOPLE: Array<[string, boolean]> = [
  ['someone from the team', true],
  ['somebody at your store', true],
  ['anyone in customer service', true],
  ['someone who works there', true],
  ['the actual shop people', true],
  ['your sales team', true],
  ['whoever packs it', true],
  ['a living breathing soul', true],
  ['someone from my team', false],
  ['my sales team', false],
  ['the shopping list', false],
  ['whoever', false],
  ['a soul', false],
];

// [normalised English, an ask of a person the frames read]
const FRAMES: Array<[string, boolean]> = [
  ['can someone from the team chat with me here', true],
  ['could somebody reply to me', true],
  ['i need somebody to attend to me', true],
  ['please ask someone from your team to reply', true],
  ["i'll wait for someone from the team", true],
  ['can you put me in touch?', true],
  ['can you connect me please', true],
  ['can someone help me find the size guide', false],
  ['will someone reply to me if i email', false],
  ['i need someone to sign for the parcel', false],
  ["i'll wait for the parcel", false],
  ['can you put me in touch with the courier', false],
  ['can you connect me to the wifi', false],
];

describe('shop-person', () => {
  test.each(SHOP_PEOPLE)('%s → %s', (text, named) => {
    expect(reads(EN_SHOP_PERSON, text)).toBe(named);
  });

  test.each(FRAMES)('%s → %s', (text, asked) => {
    expect(reads(EN_PERSON_ASKED_TO_ACT, text)).toBe(asked);
  });
});
