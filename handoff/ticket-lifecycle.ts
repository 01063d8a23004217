/**
 * The one writer of ticket status. Every status change is looked up in the state-machine table, applied by the store
 * as a conditional update together with its event, and published to the console only after it was committed.
 * Changes that keep the status (notes, SLA marks, merged reasons) also pass through here so each one is an event.
 */
import type { EventBus } from './events';
import type { ChangeGuard, HandoffStore, TicketChange } from './handoff-store';
import type { NewTicket, PersonRef, Ticket, TicketEntry, TicketPatch } from './model';
import { canApply, TRANSITIONS, type TicketAction } from './state-machine';
import { fail } from '../contracts';

export interface TicketLifecycle {
  /** bot → queued for a conversation without an active ticket; its active ticket otherwise. */
  create(ticket: NewTicket, day: string, data: Record<string, unknown>): Promise<{ ticket: Ticket; created: boolean }>;
  /**
   * Applies an action to the ticket as last read. Throws 409 when the table forbids it from that status; returns
   * undefined when someone else changed the ticket first (the caller decides whether that is a 409 or a retry).
   */
  apply(
    ticket: Ticket,
    action: TicketAction,
    options: { actor: PersonRef | null; patch?: TicketPatch; guard?: Omit<ChangeGuard, 'statuses'>; data?: Record<string, unknown> },
  ): Promise<Ticket | undefined>;
  /** A change that keeps the status; undefined when its guard does not hold. */
  change(ticketId: string, change: TicketChange): Promise<{ ticket: Ticket; entry?: TicketEntry } | undefined>;
}

export function createTicketLifecycle(deps: { store: HandoffStore; bus: EventBus; now: () => Date }): TicketLifecycle {
  const { store, bus } = deps;
  return {
    async create(ticket, day, data) {
      const result = await store.createTicket(ticket, day, { type: 'ticket.created', actor: null, at: deps.now().toISOString(), data });
      if (result.created && result.event) bus.publish({ kind: 'ticket', event: result.event, ticket: result.ticket });
      return { ticket: result.ticket, created: result.created };
    },
    async apply(ticket, action, options) {
      const rule = TRANSITIONS[action];
      if (!canApply(ticket.status, action)) {
        throw fail.conflict(`ticket ${ticket.id} is ${ticket.status}; ${action} needs it to be ${rule.from.join(' or ')}`);
      }
      const result = await store.transition(ticket.id, {
        from: ticket.status,
        to: rule.to,
        patch: options.patch ?? {},
        guard: options.guard,
        event: { type: rule.event, actor: options.actor, at: deps.now().toISOString(), data: options.data },
      });
      if (!result) return undefined;
      bus.publish({ kind: 'ticket', event: result.event, ticket: result.ticket });
      return result.ticket;
    },
    async change(ticketId, change) {
      const result = await store.update(ticketId, change);
      if (!result) return undefined;
      bus.publish({ kind: 'ticket', event: result.event, ticket: result.ticket });
      return { ticket: result.ticket, entry: result.entry };
    },
  };
}
