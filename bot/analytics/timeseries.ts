/** A metric over time: the period cut into UTC hours or days, each bucket summarised on its own. */
import type { ConversationCount, TicketFact } from './model';
import type { AnalyticsFilter, Interval, TimeseriesMetric } from './query';
import { summarize, type Summary } from './summary';

export interface TimeseriesPoint {
  /** The bucket's start (ISO). */
  at: string;
  value: number | null;
}

const STEP_MS: Record<Interval, number> = { hour: 3_600_000, day: 86_400_000 };
const KEY_LENGTH: Record<Interval, number> = { hour: 13, day: 10 };

const PICK: Record<TimeseriesMetric, (s: Summary) => number | null> = {
  conversations: (s) => s.conversations,
  selfServiceRate: (s) => s.selfServiceRate,
  handoffs: (s) => s.handoffs,
  handoffRate: (s) => s.handoffRate,
  firstResponseMedian: (s) => s.firstResponseSeconds.median,
  resolutionMedian: (s) => s.resolutionSeconds.median,
  firstContactResolutionRate: (s) => s.firstContactResolutionRate,
  csat: (s) => s.csat.score,
  nps: (s) => s.nps.score,
};

/** The starts of the buckets that overlap the period. */
export function bucketStarts(filter: AnalyticsFilter, interval: Interval): string[] {
  const step = STEP_MS[interval];
  const starts: string[] = [];
  for (let at = Math.floor(Date.parse(filter.from) / step) * step; at < Date.parse(filter.to); at += step) starts.push(new Date(at).toISOString());
  return starts;
}

export function timeseries(
  metric: TimeseriesMetric,
  interval: Interval,
  filter: AnalyticsFilter,
  conversations: readonly ConversationCount[],
  tickets: readonly TicketFact[],
): TimeseriesPoint[] {
  const length = KEY_LENGTH[interval];
  const conversationsIn = groupBy(conversations, (c) => c.bucket);
  const ticketsIn = groupBy(tickets, (t) => t.queuedAt.slice(0, length));
  return bucketStarts(filter, interval).map((at) => {
    const key = at.slice(0, length);
    return { at, value: PICK[metric](summarize(conversationsIn.get(key) ?? [], ticketsIn.get(key) ?? [])) };
  });
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
