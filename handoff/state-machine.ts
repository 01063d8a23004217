/**
 * The ticket state machine as a table. `ticket-lifecycle.ts` is its one writer: it looks every action up here before it
 * asks the store for the conditional update, and the store has no other way to change a status.
 *
 *   bot → queued → assigned → resolved → closed
 *   assigned → queued            (transfer; agent lost or released)
 *   queued | resolved → bot      (return to bot; from resolved it withdraws the resolution, keeping the ticket id)
 */
import type { TicketEventType, TicketStatus } from './model';

export const TRANSITIONS = {
  /** A handoff request: a new ticket starts here too (from the conversation's implicit `bot` state). */
  request: { from: ['bot'], to: 'queued', event: 'ticket.requeued' },
  claim: { from: ['queued'], to: 'assigned', event: 'ticket.claimed' },
  transfer: { from: ['assigned'], to: 'queued', event: 'ticket.transferred' },
  /** The agent went silent (presence expired) or let go: back to the queue, keeping its place. */
  release: { from: ['assigned'], to: 'queued', event: 'ticket.released' },
  resolve: { from: ['assigned'], to: 'resolved', event: 'ticket.resolved' },
  close: { from: ['resolved'], to: 'closed', event: 'ticket.closed' },
  'return-to-bot': { from: ['queued', 'resolved'], to: 'bot', event: 'ticket.returned-to-bot' },
} as const satisfies Record<string, { from: readonly TicketStatus[]; to: TicketStatus; event: TicketEventType }>;

export type TicketAction = keyof typeof TRANSITIONS;

export const ACTIONS = Object.keys(TRANSITIONS) as TicketAction[];

export function canApply(status: TicketStatus, action: TicketAction): boolean {
  return (TRANSITIONS[action].from as readonly TicketStatus[]).includes(status);
}

export function targetOf(action: TicketAction): TicketStatus {
  return TRANSITIONS[action].to;
}

export function actionsFrom(status: TicketStatus): TicketAction[] {
  return ACTIONS.filter((action) => canApply(status, action));
}

/** Statuses in which the ticket is the conversation's one live handoff: a new request reuses it. */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['bot', 'queued', 'assigned'];
/** Statuses in which a person may still act for the customer. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['queued', 'assigned'];

export const isActive = (status: TicketStatus) => ACTIVE_STATUSES.includes(status);

/** Who talks to the customer: the bot never answers while a person owns the conversation. */
export function modeFor(status: TicketStatus | undefined): 'bot' | 'queued' | 'assigned' {
  return status === 'queued' || status === 'assigned' ? status : 'bot';
}
