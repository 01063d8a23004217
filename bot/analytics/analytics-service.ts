/** Analytics over the stored conversations and tickets: the summary, a metric over time, the CSV export. */
import { redactPersonalData } from '../core/redact';
import { rate } from './definitions';
import { exportCsv } from './export-csv';
import type { KyselyKnowledgeAnalyticsStore } from './stores/knowledge-analytics-store';
import { BASELINE_DAYS, risingTopics, type TrendAlert } from './trends';
import type { AnalyticsStore } from './model';
import type { AnalyticsFilter, Interval, TimeseriesMetric } from './query';
import { summarize, type BusinessSeconds, type Summary } from './summary';
import { timeseries, type TimeseriesPoint } from './timeseries';
import { TopicTally } from './topic-tally';

/** How many unanswered questions the summary lists, and articles the knowledge numbers list. */
export const TOP_UNANSWERED = 10;
const DAY_MS = 86_400_000;

export interface KnowledgeRates {
  /** Bot replies that answered, clarified or declined (the `fallback` reply). */
  replies: number;
  answer: number | null;
  clarify: number | null;
  decline: number | null;
  votes: number;
  helpful: number;
  helpfulRate: number | null;
  /** Articles the bot last answered with before a ticket was queued, most often first. */
  handoffArticles: Array<{ articleId: string; title: string | null; count: number }>;
}

export interface AnalyticsService {
  summary(filter: AnalyticsFilter): Promise<Summary & { period: { from: string; to: string } }>;
  timeseries(filter: AnalyticsFilter, metric: TimeseriesMetric, interval: Interval): Promise<TimeseriesPoint[]>;
  exportCsv(filter: AnalyticsFilter): Promise<string>;
  knowledge(filter: AnalyticsFilter): Promise<KnowledgeRates>;
  /** Topics rising on `day` (YYYY-MM-DD, UTC) against the days before; new alerts also go to the subscribers. */
  trends(day: string): Promise<TrendAlert[]>;
  /** Called once per (day, topic) the first time a rising topic is seen. */
  onTrendAlert(listener: (alert: TrendAlert) => void): () => void;
}

export function createAnalyticsService(deps: {
  store: AnalyticsStore;
  knowledge?: KyselyKnowledgeAnalyticsStore;
  /** The handoff calendar's business time, for first response and resolution in business seconds. */
  businessSeconds?: BusinessSeconds;
  now?: () => number;
}): AnalyticsService {
  const { store } = deps;
  const listeners = new Set<(alert: TrendAlert) => void>();
  const raised = new Set<string>();
  const knowledgeStore = () => {
    if (!deps.knowledge) throw new Error('knowledge analytics are not configured');
    return deps.knowledge;
  };
  const topicTally = new TopicTally({
    read: (from, to) => knowledgeStore().topicsPerDay({ from, to }),
    replyTimeAfter: (from, n) => knowledgeStore().replyTimeAfter(from, n),
    ...(deps.now ? { now: deps.now } : {}),
  });

  async function trends(day: string): Promise<TrendAlert[]> {
    const start = Date.parse(`${day}T00:00:00.000Z`);
    const rows = await topicTally.topics(start - BASELINE_DAYS * DAY_MS, start + DAY_MS);
    const alerts = risingTopics(rows, day).map((a) => ({ ...a, label: redactPersonalData(a.label).text }));
    for (const alert of alerts) {
      const key = `${alert.day}|${alert.topic}`;
      if (raised.has(key)) continue;
      raised.add(key);
      for (const listener of listeners) listener(alert);
    }
    return alerts;
  }

  return {
    async knowledge(filter) {
      const k = knowledgeStore();
      const [kinds, votes, handoffArticles] = await Promise.all([k.replyKinds(filter), k.votes(filter), k.articlesBeforeHandoff(filter, TOP_UNANSWERED)]);
      const answer = kinds.answer ?? 0;
      const clarify = kinds.clarify ?? 0;
      const decline = kinds.fallback ?? 0;
      const replies = answer + clarify + decline;
      return {
        replies,
        answer: rate(answer, replies),
        clarify: rate(clarify, replies),
        decline: rate(decline, replies),
        ...votes,
        helpfulRate: rate(votes.helpful, votes.votes),
        handoffArticles,
      };
    },
    trends,
    onTrendAlert(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async summary(filter) {
      const [conversations, tickets, unanswered] = await Promise.all([store.conversations(filter), store.tickets(filter), store.topUnanswered(filter, TOP_UNANSWERED)]);
      // Stored questions were redacted when recorded; redacting again costs little and covers rows from before that.
      const topUnanswered = unanswered.map((q) => ({ ...q, text: redactPersonalData(q.text).text }));
      return { period: { from: filter.from, to: filter.to }, ...summarize(conversations, tickets, topUnanswered, deps.businessSeconds) };
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
