import { KnowledgeIndex, type SerializedIndex } from '../../../knowledge/search';
import { FIXTURE_ARTICLES } from './fixture-articles';

const index = KnowledgeIndex.build(FIXTURE_ARTICLES, { synonyms: { refund: ['money back', 'reimbursement'] } });

function topId(text: string, lang?: 'en' | 'zh'): string | undefined {
  return index.search(text, lang ? { lang } : {})[0]?.articleId;
}

describe('KnowledgeIndex.search', () => {
  it('counts its articles', () => {
    expect(index.size).toBe(FIXTURE_ARTICLES.length);
  });

  it.each([
    ['how long until my parcel arrives', 'delivery'],
    ['i cannot remember my password', 'password'],
    ['why did my card get declined at the shop', 'card-declined'],
    ['refunding a returned order', 'refund'],
  ])('finds English paraphrases: %s → %s', (text, expected) => {
    expect(topId(text)).toBe(expected);
  });

  it.each([
    ['怎么还花呗的钱', 'huabei-repay'],
    ['借呗的额度为什么降低', 'jiebei-limit'],
    ['申请退款多久能到账', 'refund-zh'],
  ])('finds Chinese questions: %s → %s', (text, expected) => {
    expect(topId(text)).toBe(expected);
  });

  it('normalises full-width and mixed-case input', () => {
    expect(topId('ＦＯＲＧＯＴ my ＰＡＳＳＷＯＲＤ')).toBe('password');
  });

  it('caps the number of hits at 50', () => {
    const many = KnowledgeIndex.build(
      Array.from({ length: 60 }, (_, i) => ({ ...FIXTURE_ARTICLES[1], id: `p${i}`, title: `password ${i}` })),
    );
    expect(many.search('password', { limit: 100 })).toHaveLength(50);
  });

  it('uses editor synonyms', () => {
    const withoutSynonyms = KnowledgeIndex.build(FIXTURE_ARTICLES);
    expect(withoutSynonyms.search('i want my money back').some((h) => h.articleId === 'refund')).toBe(false);
    expect(topId('i want my money back')).toBe('refund');
  });

  it('tolerates one typo in a longer word', () => {
    expect(topId('pasword')).toBe('password');
    expect(topId('delivrey times')).toBe('delivery');
  });

  it('reads a word typed without its space as the two words the articles write side by side', () => {
    const compounds = KnowledgeIndex.build(
      [
        { id: 'top-up', title: 'Adding money', questions: ['How do I top up my account?', 'Can I top up by card?'] },
        { id: 'limits', title: 'Limits', questions: ['What is the most I can add to my account?'] },
      ].map((article) => ({ ...article, answer: '', tags: [], lang: 'en' as const })),
    );
    const hit = compounds.search('topup')[0];
    expect(hit?.articleId).toBe('top-up');
    expect(hit?.explanation?.matchedTerms).toContain('top');
    // Only a pair the variants write side by side: "card" and "top" never are.
    expect(compounds.search('cardtop')[0]?.explanation?.matchedTerms ?? []).not.toContain('top');
  });

  it('takes a word one edit from a known word for a typo before two words run together', () => {
    const typos = KnowledgeIndex.build([
      {
        id: 'cash',
        title: 'Cash',
        questions: ['My cash withdrawal is pending', 'Who drew money with drawled cheques?'],
        answer: '',
        tags: [],
        lang: 'en',
      },
    ]);
    const terms = typos.search('withdrawl pending')[0]?.explanation?.matchedTerms ?? [];
    expect(terms).toContain('withdraw');
    expect(terms).not.toContain('drawl');
  });

  it('does not correct a word of a class (a thing shops sell) into a word one edit away', () => {
    const billing = KnowledgeIndex.build([
      { id: 'charged', title: 'Charged twice', questions: ['I was charged twice for my order'], answer: '', tags: [], lang: 'en' },
    ]);
    const terms = billing.search('the charger was not in the box')[0]?.explanation?.matchedTerms ?? [];
    expect(terms).not.toContain('charg');
  });

  it('does not correct short words into unrelated ones', () => {
    // "cart" is one edit from "card" but too short to be corrected: it must not find the card article through the field index.
    const hit = index.search('cart').find((h) => h.articleId === 'card-declined');
    expect(hit?.explanation?.matchedTerms ?? []).not.toContain('card');
  });

  it('limits results to the requested language', () => {
    const hits = index.search('refund 退款', { lang: 'zh' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => FIXTURE_ARTICLES.find((a) => a.id === h.articleId)?.lang === 'zh')).toBe(true);
    expect(topId('refund 退款', 'en')).toBe('refund');
  });

  it('returns hits best first with confidences in 0..1 and honours limit', () => {
    const hits = index.search('password reset', { limit: 2 });
    expect(hits.length).toBeLessThanOrEqual(2);
    for (const hit of hits) expect(hit.score).toBeGreaterThanOrEqual(0);
    for (const hit of hits) expect(hit.score).toBeLessThanOrEqual(1);
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[hits.length - 1].score);
  });

  it('names the closest question variant and explains the score', () => {
    const [hit] = index.search('i forgot the password');
    expect(hit.matchedQuestion).toBe('I forgot my password');
    // Matched terms are stems of base forms: "forgot" is matched as "forget" (english-forms.ts).
    expect(hit.explanation?.matchedTerms).toEqual(expect.arrayContaining(['forget', 'password']));
  });

  it('is more confident about a close paraphrase than about an unrelated question', () => {
    const close = index.search('how do i get a refund')[0].score;
    const unrelated = index.search('what is the weather like in paris')[0]?.score ?? 0;
    expect(close).toBeGreaterThan(unrelated + 0.3);
  });

  it('rejects duplicate article ids', () => {
    expect(() => KnowledgeIndex.build([FIXTURE_ARTICLES[0], FIXTURE_ARTICLES[0]])).toThrow(/duplicate/);
  });

  it('handles an empty knowledge base', () => {
    expect(KnowledgeIndex.build([]).search('anything')).toEqual([]);
  });
});

describe('KnowledgeIndex serialisation', () => {
  it('gives identical results after a JSON round trip', () => {
    const snapshot = JSON.parse(JSON.stringify(index.toJSON())) as SerializedIndex;
    const loaded = KnowledgeIndex.load(snapshot);
    expect(loaded.size).toBe(index.size);
    for (const text of ['money back please', 'pasword', '花呗怎么还', 'delivery', 'title:foo~2', '']) {
      expect(loaded.search(text)).toEqual(index.search(text));
    }
  });

  it('rejects a snapshot of another format or version', () => {
    const snapshot = index.toJSON();
    expect(() => KnowledgeIndex.load({ ...snapshot, version: 99 } as unknown as SerializedIndex)).toThrow();
    expect(() => KnowledgeIndex.load({ ...snapshot, format: 'x' } as unknown as SerializedIndex)).toThrow();
  });
});

describe("a hit's language", () => {
  it("is its article's, whichever language the search was asked in", () => {
    const langsOf = (text: string) => new Set(index.search(text).map((hit) => [hit.articleId, hit.explanation?.lang]));
    const byId = new Map(FIXTURE_ARTICLES.map((a) => [a.id, a.lang]));
    for (const text of ['refund', '退款', 'refund 退款']) {
      for (const [id, lang] of langsOf(text)) expect(lang).toBe(byId.get(id as string));
    }
    expect(index.search('退款', { lang: 'zh' }).every((hit) => hit.explanation?.lang === 'zh')).toBe(true);
  });
});

describe('domain coverage (the share of the message the knowledge base knows anywhere)', () => {
  const domainOf = (text: string) => index.search(text)[0]?.explanation?.domainCoverage;

  it('is the same for every hit of one search', () => {
    const hits = index.search('my refund for the parcel');
    expect(new Set(hits.map((h) => h.explanation?.domainCoverage)).size).toBe(1);
  });

  it('is higher for a message in the store vocabulary than for one outside it, in either language', () => {
    expect(domainOf('parcel refund password')!).toBeGreaterThan(domainOf('poem about volcanoes and parcel')!);
    expect(domainOf('退款到账')!).toBeGreaterThan(domainOf('世界杯冠军退款')!);
  });

  it('names the words the knowledge base has nowhere, as index terms (a service it never names: another’s account)', () => {
    expect(index.search('my linkedin password')[0]?.explanation?.unknownWords).toEqual(['linkedin']);
    expect(index.search('my refund password')[0]?.explanation?.unknownWords).toEqual([]);
  });
});

describe('a place or currency by name in the ranking', () => {
  const index = KnowledgeIndex.build([
    { id: 'order', title: 'How to place an order', questions: ['how do I place an order', 'can I order by phone', 'how to buy something'], answer: 'Add items to your cart and check out.', tags: [], lang: 'en' },
    { id: 'abroad', title: 'International shipping', questions: ['do you ship internationally', 'can I order from overseas'], answer: 'We ship to 40 countries.', tags: [], lang: 'en' },
    { id: 'order-zh', title: '怎么下单', questions: ['怎么买', '可以电话下单吗'], answer: '加入购物车后结算。', tags: [], lang: 'zh' },
    { id: 'abroad-zh', title: '国际配送', questions: ['能寄到国外吗', '在海外可以买吗'], answer: '我们配送到40个国家。', tags: [], lang: 'zh' },
  ]);

  it.each([
    ['can I order from singapore', 'abroad'],
    ['im in germany, can I buy here', 'abroad'],
    ['我住日本 可以买吗', 'abroad-zh'],
  ])('stands for its class, as a synonym would: %s → %s', (text, expected) => {
    expect(index.search(text)[0]?.articleId).toBe(expected);
  });
});

describe('a thing that stopped doing what it does, and a complaint not resolved', () => {
  const index = KnowledgeIndex.build([
    { id: 'warranty', title: 'Warranty and faulty products', questions: ['is there a warranty', 'my product stopped working after 3 months', 'item is defective'], answer: 'All products come with a 1-year warranty.', tags: [], lang: 'en' },
    { id: 'double-charge', title: 'Charged twice', questions: ['i was charged twice', 'double charge on my card', 'why did you charge me two times'], answer: 'A second charge is usually a pending authorisation.', tags: [], lang: 'en' },
    { id: 'complaint', title: 'Making a complaint', questions: ['how do I make a complaint', 'where do i send a complaint'], answer: 'Use the complaint form; we aim to resolve complaints within 5 business days.', tags: [], lang: 'en' },
    { id: 'escalate', title: 'Escalating an issue', questions: ['how do I escalate my issue', 'escalate my case', 'my problem still isnt solved'], answer: 'Tell the agent you want to escalate.', tags: [], lang: 'en' },
  ]);
  const top = (text: string) => index.search(text)[0]?.articleId;

  it.each([
    ['the laptop charger i bought doesnt charge anymore', 'warranty'],
    ['my power bank stopped charging after a week', 'warranty'],
    ['the kettle doesnt heat anymore', 'warranty'],
    // The card's sense of "charge" stays the card's.
    ['you charged my card twice', 'double-charge'],
    ['why do you keep charging me', 'double-charge'],
  ])('%s → %s', (text, expected) => {
    expect(top(text)).toBe(expected);
  });

  it.each([
    ["what's the process if my complaint isn't resolved", 'escalate'],
    ['I complained last week and nothing has been sorted out', 'escalate'],
    ['how do I make a complaint', 'complaint'],
    ['how long does it take to resolve a complaint', 'complaint'],
  ])('%s → %s', (text, expected) => {
    expect(top(text)).toBe(expected);
  });
});
