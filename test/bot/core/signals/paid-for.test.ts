import { detectHighValue } from '../../../../bot/core/signals/high-value';
import { paidForGoods, thingPaidFor } from '../../../../bot/core/signals/paid-for';

/** Where the first number in the text ends. */
const endOfAmount = (text: string): number => {
  const hit = /\d[\d,]*\b/.exec(text);
  return hit ? hit.index + hit[0].length : 0;
};

describe('the thing an amount was paid for', () => {
  test.each<[string, string | null]>([
    ['We paid $3,400 for a sofa set for our new flat', 'sofa set'],
    ['I spent £2,000 on a new fridge', 'new fridge'],
    ['paid $3,400 for it', null],
    ['paid 3,400 in total', null],
  ])('%s → %s', (text, thing) => {
    expect(thingPaidFor(text, endOfAmount(text))).toBe(thing);
  });

  test('goods head the amount; a car or a house is the customer\'s own', () => {
    for (const [text, goods] of [
      ['paid $3,400 for a sofa set for our flat', true],
      ['paid $32,000 for a car last month', false],
      ['paid $400,000 for a house in june', false],
    ] as const) expect(paidForGoods(text, endOfAmount(text))).toBe(goods);
  });
});

describe('a costly purchase of goods told with where they go', () => {
  // The flat is where the sofa goes, not what the money bought: the amount stands for the order.
  test('the sofa set for our new flat keeps its amount', () => {
    expect(detectHighValue('We paid $3,400 for a sofa set for our new flat and what arrived is the wrong colour').amount).toEqual({ value: 3400, currency: 'USD' });
  });
  test('a car bought is still the customer\'s own money', () => {
    expect(detectHighValue('we paid $32,000 for a car last month, can i pay this order in installments?').amount).toBeNull();
  });
});
