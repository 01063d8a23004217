/** The arithmetic of the definitions, on values worked out by hand. */
import { countInto, csat, distribution, nps, quantile, rate } from '../../../bot/analytics/definitions';

test.each([
  [[30, 120], 0.5, 75],
  [[30, 120], 0.9, 111],
  [[1, 2, 3], 0.5, 2],
  [[5], 0.9, 5],
])('quantile(%j, %d) = %d (linear between closest ranks)', (values, p, expected) => {
  expect(quantile(values, p)).toBe(expected);
});

test('a distribution of nothing is unknown, not zero', () => {
  expect(distribution([])).toEqual({ median: null, p90: null, mean: null, n: 0 });
  expect(distribution([120, 30])).toEqual({ median: 75, p90: 111, mean: 75, n: 2 });
});

test('CSAT is the share of 4 and 5; NPS is promoters minus detractors in percent', () => {
  expect(csat([5, 2])).toEqual({ responses: 2, score: 0.5 });
  expect(csat([4, 4, 3, 1])).toEqual({ responses: 4, score: 0.5 });
  expect(nps([10, 9, 8, 6])).toEqual({ responses: 4, score: 25 });
  expect(nps([0, 7])).toEqual({ responses: 2, score: -50 });
  expect(nps([])).toEqual({ responses: 0, score: null });
  expect(rate(0, 0)).toBeNull();
});

describe('countInto', () => {
  test('counts any key as its own entry, including names every object inherits', () => {
    const counts: Record<string, number> = {};
    for (const key of ['web', 'constructor', 'toString', '__proto__', 'web']) countInto(counts, key);
    expect(counts).toEqual({ web: 2, constructor: 1, toString: 1, ['__proto__']: 1 });
    expect(Object.getPrototypeOf(counts)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(counts))).toEqual({ web: 2, constructor: 1, toString: 1, ['__proto__']: 1 });
  });
});
