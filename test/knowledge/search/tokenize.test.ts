import { analyzeText } from '../../../knowledge/search/tokenize';

describe('analyzeText', () => {
  it('stems English and drops stop words but keeps negations', () => {
    expect(analyzeText('The cards were not arriving').terms).toEqual(['card', 'not', 'arriv']);
  });

  it('expands contractions', () => {
    expect(analyzeText("My card hasn't arrived, I can't pay").words).toEqual(
      ['my', 'card', 'has', 'not', 'arrived', 'i', 'can', 'not', 'pay'],
    );
  });

  it('segments Chinese into words and character bigrams', () => {
    const analysis = analyzeText('花呗怎么还款');
    expect(analysis.hanBigrams).toEqual(['花呗', '呗怎', '怎么', '么还', '还款']);
    expect(analysis.hanWords.length).toBeGreaterThan(0);
    expect(analysis.hanWords.join('')).not.toBe('');
  });

  // [customer says, words it must have, words it must not have]: a complement of direction glued to its particle
  // (登 / 不 / 上了, 登 / 不上去) is read as the complement, as an article's 登不上 is.
  it.each([
    ['现在登不上了', ['不', '上'], ['上了']],
    ['一直登不上去', ['不上'], ['不上去']],
    ['帳號登不進去了', ['不进'], ['不进去']],
  ])('reads a complement of direction apart from its particle: %s', (text, has, hasNot) => {
    const { hanWords } = analyzeText(text);
    expect(hanWords).toEqual(expect.arrayContaining(has));
    for (const word of hasNot) expect(hanWords).not.toContain(word);
  });

  it('handles mixed English and Chinese', () => {
    const { terms } = analyzeText('iPhone 退款 refund');
    expect(terms).toEqual(expect.arrayContaining(['iphon', 'refund', '退款']));
  });

  it('leaves out e-mail and web addresses, and "my email is" before one', () => {
    expect(analyzeText('acct tom.b.fake@example.com - track pls').terms).toEqual(analyzeText('acct - track pls').terms);
    expect(analyzeText("I can't log in, my email is jane@example.com").terms).toEqual(analyzeText("I can't log in,").terms);
    expect(analyzeText('see https://example.com/deals?x=1 for the code').terms).toEqual(analyzeText('see for the code').terms);
    expect(analyzeText('change my email please').terms).toContain('email');
    // Chinese running into the address keeps its words.
    expect(analyzeText('我的邮箱是abc@qq.com 收不到验证码').terms).toEqual(analyzeText('我的邮箱是 收不到验证码').terms);
  });

  it('reads a hedge on a quantity (大概, 大约) as no term, in articles and questions alike', () => {
    expect(analyzeText('退款大概要多久').terms).toEqual(analyzeText('退款 要多久').terms);
    expect(analyzeText('寄过去大约几天').terms).toEqual(analyzeText('寄过去 几天').terms);
    expect(analyzeText('大家都说好').terms).toContain('大家');
  });

  it('never yields a term with query syntax characters', () => {
    const { terms } = analyzeText('title:foo~2 +bar -baz ^3 qu*x "quoted" 花*呗');
    for (const term of terms) expect(term).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
  });
});
