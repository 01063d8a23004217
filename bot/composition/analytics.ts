/**
 * Service analytics (bot/analytics) on the shared database: the summary, timeseries, export, knowledge numbers and
 * rising topics, with business seconds by the handoff calendar. A rising topic is raised to the operators (metric, log)
 * by a job that checks today's topics, so an alert does not wait for someone to open the report.
 */
import { createBusinessClock, type BusinessCalendar } from '../../handoff';
import { createAnalyticsService, KyselyAnalyticsStore, KyselyKnowledgeAnalyticsStore, type AnalyticsService, type AnalyticsTables } from '../analytics';
import type { Metrics } from '../operations';
import { tablesOf } from '../stores/database';
import { intervalJob, type Job } from './jobs';
import type { Storage } from './storage';

/** How often an instance looks for rising topics. */
export const TRENDS_CHECK_MS = 10 * 60_000;

export interface AnalyticsParts {
  analytics: AnalyticsService;
}

export function buildAnalytics(deps: {
  storage: Storage;
  businessHours: BusinessCalendar;
  metrics: Metrics;
  log: (line: string) => void;
  clock?: () => Date;
}): AnalyticsParts & { trendsJob: Job } {
  const { storage, metrics, log } = deps;
  const db = tablesOf<AnalyticsTables>(storage.database.db);
  const store = new KyselyAnalyticsStore(db, storage.database.kind);
  const businessClock = createBusinessClock(deps.businessHours);
  const clock = deps.clock ?? (() => new Date());
  const analytics = createAnalyticsService({
    store,
    knowledge: new KyselyKnowledgeAnalyticsStore(db, storage.database.kind),
    businessSeconds: (from, to) => businessClock.minutesBetween(new Date(from), new Date(to)) * 60,
    now: () => clock().getTime(),
  });
  metrics.readQueue(() => store.queueLengths());
  analytics.onTrendAlert((alert) => {
    metrics.trendAlert(alert.topic);
    log(`[analytics] rising topic ${alert.topic}: ${alert.count} on ${alert.day}, baseline ${alert.baseline} a day`);
  });
  const trendsJob = intervalJob('analytics.trends', TRENDS_CHECK_MS, () => analytics.trends(clock().toISOString().slice(0, 10)), log);
  return { analytics, trendsJob };
}
