/**
 * A service asked of by a compound whose head no article has (unknown-head.ts): the modifier alone found the article.
 * Not a verb before its unknown object ("can i return xbox"), nor a bare "the" before a verb ("when will the refund land").
 */
import { asksOfUnknownHead } from '../../../bot/core/unknown-head';

describe('asksOfUnknownHead', () => {
  // [customer says, unknown terms, matched terms, read as an unknown thing]
  test.each([
    ['do you do gift wrapping', ['wrap'], ['gift'], true],
    ['do you offer gift wrapping for presents', ['wrap'], ['gift', 'present'], true],
    ['is there a gift wrap option?', ['wrap'], ['gift', 'option'], true],
    ['do you do gift cards', [], ['gift', 'card'], false],
    ['can i return xbox', ['xbox'], ['return'], false],
    ['returned it two weeks ago, when will the refund land', ['land'], ['refund', 'return'], false],
    ['do you sell gift wrapping', ['wrap'], ['card'], false],
  ])('%s → %s', (text, unknown, matched, expected) => {
    expect(asksOfUnknownHead(text as string, new Set(unknown as string[]), matched as string[])).toBe(expected);
  });
});
