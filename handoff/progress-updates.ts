/**
 * Progress updates, the standards' promise that a customer with an open ticket hears how it is going: every hour when
 * urgent, every 4 hours otherwise (per level in `progressUpdates`), counted in business minutes so quiet hours stay
 * quiet. The assigned agent is reminded a little before (a `progress.reminder` event the console shows); whatever the
 * customer hears from us in the meantime (an agent's reply, being claimed, transferred or re-queued) restarts the
 * count, so an agent who writes their own update replaces the automatic one.
 *
 * A job: `tick()` does the work and is run by the handoff service's own tick; `observe` feeds it the ticket events.
 * Several instances may tick together: each update and reminder is a version-guarded ticket change, so one wins.
 */
import { progressNotice } from './customer-notices';
import type { HandoffContext } from './deps';
import type { HandoffEvent } from './events';
import type { TicketListPosition } from './handoff-store';
import type { Ticket, TicketEventType } from './model';
import { notify } from './notify';
import type { ProgressStore } from './progress-store';
import { OPEN_STATUSES } from './state-machine';

/** Events after which the customer knows where they stand. */
const TOLD: ReadonlySet<TicketEventType> = new Set(['ticket.created', 'ticket.requeued', 'ticket.claimed', 'ticket.message', 'ticket.transferred', 'ticket.released']);
const PAGE = 500;

export interface ProgressUpdates {
  /** Sends the updates and reminders due now. */
  tick(): Promise<{ updates: number; reminders: number }>;
  /** Notes what the customer was told; give it every handoff event. */
  observe(event: HandoffEvent): void;
}

export function createProgressUpdates(ctx: HandoffContext, store: ProgressStore): ProgressUpdates {
  const settings = () => ctx.config.progressUpdates;
  // Writes started by observe(); a tick waits for them so it never works from a count that is about to restart.
  const pending = new Set<Promise<void>>();

  async function* openTickets(): AsyncGenerator<Ticket> {
    let after: TicketListPosition | undefined;
    for (;;) {
      const page = await ctx.store.listTickets({ statuses: OPEN_STATUSES, limit: PAGE, after });
      yield* page;
      if (page.length < PAGE) return;
      const last = page[page.length - 1];
      after = { level: last.level, queuedAt: last.queuedAt, id: last.id };
    }
  }

  /** The next deadline the customer is waiting on, unless it has passed or the ticket waits on the customer. */
  function answerBy(ticket: Ticket, now: Date): { at: string; timeZone: string } | undefined {
    if (ticket.sla.pausedAt) return undefined;
    const at = ticket.status === 'assigned' && ticket.sla.firstRespondedAt ? ticket.sla.resolutionDueAt : ticket.sla.firstResponseDueAt;
    return new Date(at) > now ? { at, timeZone: ctx.config.businessHours.timeZone } : undefined;
  }

  async function sendUpdate(ticket: Ticket, dueAt: Date, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const changed = await ctx.lifecycle.change(ticket.id, {
      guard: { version: ticket.version, statuses: OPEN_STATUSES },
      event: { type: 'progress.update', actor: null, at, data: { dueAt: dueAt.toISOString() } },
    });
    // Lost to a concurrent change (a reply, another instance): the next tick looks again.
    if (!changed) return false;
    await store.told(ticket.id, at);
    const current = changed.ticket;
    const position = current.status === 'queued' ? await ctx.store.queuePosition(current) : undefined;
    const notice = progressNotice({ id: current.id, agent: current.assignee?.name, position }, answerBy(current, now));
    await notify(ctx, current.replyTo.conversationId, { kind: 'status', notice, ticketId: current.id });
    return true;
  }

  async function remind(ticket: Ticket, dueAt: Date, lastToldAt: string, now: Date): Promise<boolean> {
    const changed = await ctx.lifecycle.change(ticket.id, {
      guard: { version: ticket.version, statuses: OPEN_STATUSES },
      event: { type: 'progress.reminder', actor: null, at: now.toISOString(), data: { dueAt: dueAt.toISOString(), assignee: ticket.assignee?.id ?? null } },
    });
    if (!changed) return false;
    await store.reminded(ticket.id, dueAt.toISOString(), lastToldAt);
    return true;
  }

  return {
    observe(event) {
      if (event.kind !== 'ticket' || !TOLD.has(event.event.type)) return;
      const write = store
        .told(event.ticket.id, event.event.at)
        .catch((err: Error) => ctx.log(`[handoff] progress bookkeeping failed for ${event.ticket.id}: ${err.message}`))
        .finally(() => pending.delete(write));
      pending.add(write);
    },

    async tick() {
      const done = { updates: 0, reminders: 0 };
      const config = settings();
      if (!config.enabled) return done;
      await Promise.all([...pending]);
      const now = ctx.now();
      // Counted in business minutes, every due time lies in business hours; closed, nothing is due yet.
      if (!ctx.hours.isOpen(now)) return done;
      const batch: Ticket[] = [];
      for await (const ticket of openTickets()) batch.push(ticket);
      const states = await store.get(batch.map((t) => t.id));
      for (const ticket of batch) {
        const state = states.get(ticket.id);
        const lastToldAt = [state?.lastToldAt, ticket.queuedAt, ticket.assignedAt].filter((t): t is string => Boolean(t)).sort().at(-1)!;
        const every = config.everyMinutes[ticket.level];
        const dueAt = ctx.hours.addMinutes(new Date(lastToldAt), every);
        if (now >= dueAt) {
          if (await sendUpdate(ticket, dueAt, now)) done.updates++;
          continue;
        }
        const before = Math.min(config.remindAgentMinutesBefore, every);
        if (before <= 0 || state?.remindedFor === dueAt.toISOString()) continue;
        if (now >= ctx.hours.addMinutes(new Date(lastToldAt), every - before) && (await remind(ticket, dueAt, lastToldAt, now))) done.reminders++;
      }
      return done;
    },
  };
}
