/** Analytics over the stored conversations and tickets: the summary, a metric over time, the CSV export. */
import { redactPersonalData } from '../core/redact';
import { exportCsv } from './export-csv';
import type { AnalyticsStore } from './model';
import type { AnalyticsFilter, Interval, TimeseriesMetric } from './query';
import { summarize, type Summary } from './summary';
import { timeseries, type TimeseriesPoint } from './timeseries';

/** How many unanswered questions the summary lists. */
export const TOP_UNANSWERED = 10;

export interface AnalyticsService {
  summary(filter: AnalyticsFilter): Promise<Summary & { period: { from: string; to: string } }>;
  timeseries(filter: AnalyticsFilter, metric: TimeseriesMetric, interval: Interval): Promise<TimeseriesPoint[]>;
  exportCsv(filter: AnalyticsFilter): Promise<string>;
}

export function createAnalyticsService(deps: { store: AnalyticsStore }): AnalyticsService {
  const { store } = deps;
  return {
    async summary(filter) {
      const [conversations, tickets, unanswered] = await Promise.all([store.conversations(filter), store.tickets(filter), store.topUnanswered(filter, TOP_UNANSWERED)]);
      // Stored questions were redacted when recorded; redacting again costs little and covers rows from before that.
      const topUnanswered = unanswered.map((q) => ({ ...q, text: redactPersonalData(q.text).text }));
      return { period: { from: filter.from, to: filter.to }, ...summarize(conversations, tickets, topUnanswered) };
    },
    async timeseries(filter, metric, interval) {
      const [conversations, tickets] = await Promise.all([store.conversations(filter, interval), store.tickets(filter)]);
      return timeseries(metric, interval, filter, conversations, tickets);
    },
    async exportCsv(filter) {
      const [conversations, tickets] = await Promise.all([store.conversationList(filter), store.tickets(filter)]);
      return exportCsv(conversations, tickets);
    },
  };
}
