/** Service analytics: the numbers of the customer-service standards, from stored conversations and tickets. */
export { createAnalyticsService, type AnalyticsService } from './analytics-service';
export { createAnalyticsRouter, type AnalyticsRouterDeps } from './routes';
export { KyselyAnalyticsStore, type AnalyticsTables } from './stores/analytics-store';
export { KyselyKnowledgeAnalyticsStore } from './stores/knowledge-analytics-store';
export type { TrendAlert } from './trends';
export type { KnowledgeRates } from './analytics-service';
export type { AnalyticsStore, ConversationCount, ConversationFact, TicketFact } from './model';
export type { Summary } from './summary';
export { FilterQuerySchema, TimeseriesQuerySchema, resolveFilter, type AnalyticsFilter } from './query';
