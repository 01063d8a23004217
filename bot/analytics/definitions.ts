/**
 * The arithmetic behind the service numbers, kept apart from SQL so each definition is tested on its own: percentiles,
 * rates, CSAT and NPS. The README's "Analytics" section states the same definitions in words.
 */

/** A duration metric: `median`, `p90` and `mean` in seconds over `n` tickets; null when there are none. */
export interface Distribution {
  median: number | null;
  p90: number | null;
  mean: number | null;
  n: number;
}

/**
 * The p-th quantile (0..1) by linear interpolation between closest ranks (PostgreSQL's `percentile_cont`, R-7), so
 * the median of an even count is the mean of the two middle values: 30 s and 120 s have a median of 75 s.
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.ceil(h);
  return sorted[low] + (sorted[high] - sorted[low]) * (h - low);
}

export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  return {
    median: round(quantile(sorted, 0.5)),
    p90: round(quantile(sorted, 0.9)),
    mean: round(n === 0 ? null : sorted.reduce((s, v) => s + v, 0) / n),
    n,
  };
}

/** part ÷ whole, null when there is nothing to divide (a rate of an empty period is unknown, not 0). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** CSAT: the share of 1–5 satisfaction scores that are 4 or 5. */
export function csat(scores: readonly number[]): { responses: number; score: number | null } {
  return { responses: scores.length, score: rate(scores.filter((s) => s >= 4).length, scores.length) };
}

/** NPS: % promoters (9–10) − % detractors (0–6), from −100 to 100. */
export function nps(scores: readonly number[]): { responses: number; score: number | null } {
  if (scores.length === 0) return { responses: 0, score: null };
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return { responses: scores.length, score: Math.round(((promoters - detractors) / scores.length) * 1000) / 10 };
}

/**
 * Adds one to `key` in a plain count object. Keys come from channels, groups and reasons: an own-property test keeps a
 * channel called "constructor" from adding to Object's constructor, and defining the property counts "__proto__" too.
 */
export function countInto(counts: Record<string, number>, key: string, by = 1): void {
  const value = (Object.hasOwn(counts, key) ? counts[key] : 0) + by;
  Object.defineProperty(counts, key, { value, writable: true, enumerable: true, configurable: true });
}
