// @ts-check
// The console's data as the API sends it: the handoff library's own types, read by the page (JSDoc only, no code).

/** @typedef {import('../ticket-views').TicketView} TicketView */
/** @typedef {import('../ticket-views').TicketDetail} TicketDetail */
/** @typedef {import('../handoff-service').ConsoleSettings} ConsoleSettings */
/** @typedef {import('../supervision').SupervisorOverview} SupervisorOverview */
/** @typedef {import('../deps').SuggestedArticle} SuggestedArticle */
/** @typedef {import('../deps').TranscriptLine} TranscriptLine */
/** @typedef {TicketView['sla']} TicketSla */
/**
 * What the live feed sends (handoff/http/event-stream.ts): ticket events with the ticket as it is now, presence
 * changes, and `ticket.gone` when a ticket leaves this person's view.
 * @typedef {{ type: string, at?: string, ticketId?: string, ticket?: TicketView }} LiveEvent
 */

export {};
