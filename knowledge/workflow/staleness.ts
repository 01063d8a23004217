/** Review-by dates: every article is checked again after a while, and flagged stale once its date has passed. */

/** Published articles without a review-by date get one this many days ahead. */
export const DEFAULT_REVIEW_INTERVAL_DAYS = 180;

const day = (date: Date) => date.toISOString().slice(0, 10);

export function isStale(reviewBy: string | null, now: Date): boolean {
  return reviewBy !== null && reviewBy < day(now);
}

export function reviewByFrom(now: Date, days: number = DEFAULT_REVIEW_INTERVAL_DAYS): string {
  return day(new Date(now.getTime() + days * 24 * 60 * 60 * 1000));
}
