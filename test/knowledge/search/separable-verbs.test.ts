import { closeSeparableVerbs } from '../../../knowledge/search/separable-verbs';

describe('closeSeparableVerbs', () => {
  const known = new Set(['下单', '付款', '退款']);
  const isKnown = (term: string) => known.has(term);

  it.each([
    ['我刚下了单 想加一件', '我刚下单 想加一件'],
    ['已经付过款了', '已经付款了'],
    ['退完款多久到账', '退款多久到账'],
  ])('closes a verb-object word the knowledge base uses: %s → %s', (opened, closed) => {
    expect(closeSeparableVerbs(opened, isKnown)).toBe(closed);
  });

  it.each([['我到了家'], ['买了书'], ['order 了 twice']])('leaves other text alone: %s', (text) => {
    expect(closeSeparableVerbs(text, isKnown)).toBe(text);
  });
});
