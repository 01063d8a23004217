/** The handoff library: tickets, queue, routing, SLA timers, agent sessions, CSAT, the ticket API and the agent console. */
export { createHandoffService, type HandoffService, type TickReport, type ConsoleSettings } from './handoff-service';
export type { HandoffResult } from './customer-side';
export type { HandoffDeps, CustomerChannel, CustomerMessage, TranscriptLine, SuggestedArticle } from './deps';
export type { HandoffStore, RowsRead } from './handoff-store';
export type { EventBus, HandoffEvent } from './events';
export type { TicketView, TicketDetail } from './ticket-views';
export type { TransferTarget } from './agent-desk';
export {
  HandoffConfigSchema,
  parseHandoffConfig,
  loadHandoffConfigFile,
  RoutingConfigSchema,
  BusinessCalendarSchema,
  type HandoffConfig,
  type HandoffConfigInput,
  type RoutingConfig,
  type BusinessCalendar,
} from './config';
export { createBusinessClock, type BusinessClock } from './business-hours';
export * from './model';
export { TRANSITIONS, type TicketAction } from './state-machine';
export { createHandoffRouter } from './http/handoff-router';
export type { HandoffRouterDeps } from './http/tickets-router';
export { KyselyHandoffStore } from './stores/kysely-handoff-store';
export { KyselyProgressStore } from './stores/kysely-progress-store';
export type { ProgressStore, ProgressState } from './progress-store';
export { KyselyTicketRetention, type TicketRetention } from './stores/ticket-retention';
export { handoffMigrations } from './stores/migrations';
export type { HandoffTables } from './stores/schema';
