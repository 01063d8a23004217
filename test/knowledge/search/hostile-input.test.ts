import { KnowledgeIndex, MAX_QUERY_CHARS } from '../../../knowledge/search';
import { FIXTURE_ARTICLES } from './fixture-articles';

const index = KnowledgeIndex.build(FIXTURE_ARTICLES);

describe('customer text is plain text, never query syntax', () => {
  const syntax = ['+*', '*', '^', '~', ':', '-', '+', 'title:foo~2', 'pass*', '*word', 'password^10', '-password'];
  const oddities = ['+password', '\\', '"', '""', '\u0000', '\ud800', '😀🔥🙈', '', '   ', '\n\t'];
  it.each([...syntax, ...oddities])('does not throw on %j', (text) => {
    expect(() => index.search(text)).not.toThrow();
  });

  it('treats lunr field and wildcard syntax as the words it contains', () => {
    // With lunr's parser "title:password" would restrict to the title field and "pass*" would be a wildcard.
    expect(index.search('password:reset')[0]?.articleId).toBe('password');
    const wildcard = index.search('pass*');
    expect(wildcard.find((h) => h.articleId === 'password')?.explanation?.matchedTerms ?? []).not.toContain('password');
  });

  it('returns nothing for text without words', () => {
    for (const text of ['+*', '^', '*', '', '😀🔥🙈', '~~~ ::: ^^^']) expect(index.search(text)).toEqual([]);
  });

  it('bounds the work on very long input: text past MAX_QUERY_CHARS is not read', () => {
    const head = ('refund password delivery card 花呗 退款 ' + 'x'.repeat(50) + ' ').repeat(400).slice(0, MAX_QUERY_CHARS);
    expect(index.search(head + ' 信用卡 '.repeat(5000))).toEqual(index.search(head));
    expect(index.search(head).length).toBeGreaterThan(0);
  });

  it('indexes articles as long as an article may be (1,000-character questions, 20,000-character answers)', () => {
    const long = KnowledgeIndex.build([
      { id: 'long', title: '长', questions: ['花呗'.repeat(500), 'refund '.repeat(140)], answer: '退款原路退回 refund '.repeat(1_300), tags: [], lang: 'zh' },
    ]);
    expect(long.search('花呗')[0]?.articleId).toBe('long');
  });

  it('ignores text beyond MAX_QUERY_CHARS', () => {
    const head = 'how do i reset my password';
    const padded = head + ' '.repeat(MAX_QUERY_CHARS) + ' refund delivery';
    expect(index.search(padded)).toEqual(index.search(head));
  });
});
