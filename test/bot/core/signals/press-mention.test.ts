import { withoutJournalistAsTrade } from '../../../../bot/core/signals/press-mention';
import { normalizeEnglish } from '../../../../bot/core/signals/patterns';

const en = (phrases: string[], text: string) => withoutJournalistAsTrade(phrases, normalizeEnglish(text));

describe('a journalist named as a trade', () => {
  test.each([
    [['journalist'], "my husband's a freelance journalist and works from home, can I get a weekday slot"],
    [['journalist'], 'as a journalist I travel a lot, can I pause my subscription'],
    // A piece on a subject of its own, which the question serves.
    [['journalist'], "I'm a journalist writing a piece on sustainable fashion, do you ship in recycled packaging?"],
    [['journalist'], "I'm a reporter doing a story on local businesses, what are your opening hours?"],
  ])('set aside: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual([]));

  test.each([
    [['journalist'], "I'm a journalist and this would make a great story"],
    [['journalist'], 'my sister is a journalist and she will write about how you treat customers'],
    [['journalist'], "I've contacted a journalist"],
    // A piece being written, a comment asked for: the press acting on the matter.
    [['journalist'], "Hi, I'm a journalist writing a piece on online retailers that don't honour refunds and would like a comment"],
    // The piece's subject is the store or a wrong done.
    [['journalist'], "I'm a journalist writing a piece on your company, what are your opening hours?"],
    [['journalist'], "I'm a journalist writing a piece on online retailers that don't honour refunds, do you ship to France?"],
    [['journalist'], "I'm a journalist writing a piece on sustainable fashion and would like a comment from your team"],
  ])('kept: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual(phrases));
});
