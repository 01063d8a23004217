import { coverageOf, coverageTerms, domainCoverageOf, domainEvidenceOf, unknownTermsOf, type TermLookup } from '../../../knowledge/search/coverage';
import { analyzeText } from '../../../knowledge/search/tokenize';

/** A knowledge base of two articles, given as the analysed terms each has. */
function lookupOf(articles: string[][]): TermLookup {
  const terms = [...new Set(articles.flat())];
  const ids = new Map(terms.map((t, i) => [t, i]));
  return {
    documentCount: articles.length,
    termIndex: (term) => ids.get(term),
    documentFrequency: (index) => articles.filter((a) => a.includes(terms[index])).length,
    documentHas: (document, index) => articles[document].includes(terms[index]),
  };
}

const termsOf = (text: string) => analyzeText(text).terms;
const international = [...termsOf('International shipping: we ship to over 40 countries'), ...termsOf('国际配送 可以寄到国外')];
const currency = [...termsOf('Currency: prices are shown in US dollars, switch currency at checkout'), ...termsOf('币种 人民币')];
const items = [...termsOf('Warranty: every item has a one-year warranty'), ...termsOf('商品 保修')];
const lookup = lookupOf([international, currency, items]);
const search = (text: string) => coverageTerms(analyzeText(text), () => [], lookup);

describe('coverage through term classes', () => {
  it('credits a place by name to the article about shipping abroad, in English and Chinese', () => {
    expect(coverageOf(0, search('ship to germany'), lookup)).toBe(1);
    expect(coverageOf(1, search('ship to germany'), lookup)).toBe(0);
    expect(domainCoverageOf(search('我人在马来西亚'))).toBeGreaterThan(domainCoverageOf(search('我人在火星')));
  });

  it('reads a Chinese place the segmenter cut in two as one term', () => {
    const cut = search('马来西亚');
    expect(cut).toHaveLength(1);
    expect(coverageOf(0, cut, lookup)).toBe(1);
  });

  it('credits a currency by name to the currency article, and a product by name to an article about items', () => {
    expect(coverageOf(1, search('prices in euros'), lookup)).toBe(1);
    expect(coverageOf(1, search('可以用台币吗'), lookup)).toBeGreaterThan(0);
    expect(domainEvidenceOf(search('the kettle warranty'))).toEqual({ terms: 2, known: 2, unknown: 0 });
  });

  it('does not count fillers or amounts: "u guys" and 十块钱 say nothing of the topic', () => {
    expect(domainEvidenceOf(search('u guys got currency or smth'))).toEqual({ terms: 2, known: 1, unknown: 1 });
    expect(domainEvidenceOf(search('币种少了十块钱'))).toEqual(domainEvidenceOf(search('币种少了')));
  });

  it('does not count numbers spelled out, counts (三十张) or a letter alone ("g" of G\'day)', () => {
    expect(domainEvidenceOf(search('two of the thirty currency'))).toEqual(domainEvidenceOf(search('currency')));
    expect(domainEvidenceOf(search('三十张 币种'))).toEqual(domainEvidenceOf(search('币种')));
    expect(domainEvidenceOf(search("g'day currency"))).toEqual(domainEvidenceOf(search('currency')));
  });

  it('does not count a single Chinese character the knowledge base lacks (a piece of a name) for or against the domain', () => {
    const pieces = search('币种收不收八达通');
    expect(pieces.length).toBeGreaterThan(domainEvidenceOf(pieces).terms);
    expect(domainCoverageOf(pieces)).toBeGreaterThan(domainEvidenceOf(pieces).known / pieces.length);
  });

  it('still counts words the knowledge base never uses', () => {
    expect(domainEvidenceOf(search('tell me a joke about germany'))).toEqual({ terms: 3, known: 1, unknown: 2 });
  });
});

describe('an item named where an item goes', () => {
  it('credits an unknown word after "purchased one" to an article about items, not a known one', () => {
    // "purchased" is unknown to this knowledge base either way; "kurta" only where no item is named.
    expect(domainEvidenceOf(search('purchased one kurta warranty'))).toMatchObject({ unknown: 1 });
    expect(domainEvidenceOf(search('purchased kurta warranty'))).toMatchObject({ unknown: 2 });
  });

  it('names the words the knowledge base never uses: a service it has never seen, not a place or a piece of a name', () => {
    expect(unknownTermsOf(search('my xbox warranty'))).toEqual(['xbox']);
    expect(unknownTermsOf(search('ship to germany'))).toEqual([]);
    expect(unknownTermsOf(search('币种收不收八达通'))).not.toContain('八');
  });
});

describe('a word of two senses: "safe" about a thing bought or about data', () => {
  const privacy = [...termsOf('Privacy: your personal data is safe with us, we never sell it'), ...termsOf('隐私 你的个人信息很安全')];
  const hygiene = [...termsOf('Items we cannot take back: opened cosmetics are not safe to sell again'), ...termsOf('出于安全原因 拆封的商品不退')];
  const senses = lookupOf([privacy, hygiene]);
  const searchSenses = (text: string) => coverageTerms(analyzeText(text), () => [], senses);
  const coverageOfSafety = (document: number, text: string) => {
    const terms = searchSenses(text);
    const safety = terms.filter((term) => ['safe', '安全'].includes(term.term));
    return coverageOf(document, safety, senses);
  };

  it('credits "safe" next to a child, an age or a thing bought only to an article that speaks of items', () => {
    expect(coverageOfSafety(0, 'is the wooden puzzle safe for my 2 year old')).toBe(0);
    expect(coverageOfSafety(1, 'is the wooden puzzle safe for my 2 year old')).toBe(1);
    expect(coverageOfSafety(0, '这个吹风机安全吗')).toBe(0);
    expect(coverageOfSafety(1, '这个吹风机安全吗')).toBe(1);
    expect(coverageOfSafety(0, '给宝宝玩的积木安全吗')).toBe(0);
  });

  it('keeps the word as written when the message speaks of data, a card or an account, or of nothing else', () => {
    expect(coverageOfSafety(0, 'is my card information safe on your site')).toBe(1);
    expect(coverageOfSafety(0, '我的个人信息安全吗')).toBe(1);
    expect(coverageOfSafety(0, 'is it safe')).toBe(1);
    expect(coverageOfSafety(0, '安全吗')).toBe(1);
  });

  it('counts the word as unknown in the sense of things when the knowledge base never speaks of items', () => {
    const dataOnly = lookupOf([privacy]);
    const terms = coverageTerms(analyzeText('is this toy safe for a baby'), () => [], dataOnly);
    expect(unknownTermsOf(terms)).toContain('safe');
  });
});
