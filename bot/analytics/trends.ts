/**
 * Rising topics: a topic (an article the bot answered with, or a group of unanswered questions) whose count on a day
 * rises well above its recent baseline — at least MIN_COUNT questions and at least RISE times the mean of the
 * BASELINE_DAYS before (a topic new in the window has a baseline of 0 and is judged against 1 a day).
 */
import type { TopicDay } from './stores/knowledge-analytics-store';

export const BASELINE_DAYS = 7;
export const MIN_COUNT = 5;
export const RISE = 3;

export interface TrendAlert {
  day: string;
  topic: string;
  /** The article's title or the question as customers asked it (redacted when stored). */
  label: string;
  count: number;
  baseline: number;
}

/** The alerts for `day` (YYYY-MM-DD) from topic counts covering that day and the BASELINE_DAYS before it. */
export function risingTopics(rows: readonly TopicDay[], day: string): TrendAlert[] {
  const baselineDays = new Set(Array.from({ length: BASELINE_DAYS }, (_, i) => new Date(Date.parse(`${day}T00:00:00Z`) - (i + 1) * 86_400_000).toISOString().slice(0, 10)));
  const today = new Map<string, TopicDay>();
  const before = new Map<string, number>();
  for (const row of rows) {
    if (row.day === day) today.set(row.topic, row);
    else if (baselineDays.has(row.day)) before.set(row.topic, (before.get(row.topic) ?? 0) + row.count);
  }
  const alerts: TrendAlert[] = [];
  for (const [topic, row] of today) {
    const baseline = (before.get(topic) ?? 0) / BASELINE_DAYS;
    if (row.count >= MIN_COUNT && row.count >= RISE * Math.max(baseline, 1)) {
      alerts.push({ day, topic, label: row.label, count: row.count, baseline: Math.round(baseline * 10) / 10 });
    }
  }
  return alerts.sort((a, b) => b.count / Math.max(b.baseline, 1) - a.count / Math.max(a.baseline, 1) || a.topic.localeCompare(b.topic));
}
