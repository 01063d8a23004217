/**
 * What agents and supervisors do to a ticket: claim, reply, write notes, transfer, hand back to the bot, resolve.
 * Each action checks that the ticket is visible to the person (otherwise it does not exist for them), that they own
 * it where ownership matters, and leaves the status change to the lifecycle, the one writer.
 */
import { claimedNotice, returnedToBotNotice, surveyNotice, transferredNotice } from './customer-notices';
import type { HandoffContext } from './deps';
import { handoffErrors } from './errors';
import { type Agent, type EntryKind, type PersonRef, type Ticket, type TicketEntry } from './model';
import { notify } from './notify';
import type { createPresence } from './presence';
import { queueStanding } from './queue-estimate';
import { backoff, MAX_ATTEMPTS } from './retry';
import { canSee, visibilityFor } from './scope';
import { agentReplied } from './sla';
import { newSurvey } from './survey';
import { type Actor, CodedError, fail, isSupervisor } from '../contracts';

const ref = (actor: Actor): PersonRef => ({ id: actor.id, name: actor.name });

export type TransferTarget = { group: string; note?: string } | { agentId: string; note?: string };

export function createAgentDesk(ctx: HandoffContext, presence: ReturnType<typeof createPresence>) {
  const { store, lifecycle, config } = ctx;

  /** The ticket if this person may see it; the same 404 for a missing id and another team's ticket. */
  async function visibleTicket(actor: Actor, id: string, agent?: Agent): Promise<Ticket> {
    const ticket = await store.getTicket(id);
    if (!ticket) throw handoffErrors.ticketNotFound(id);
    const visibility = visibilityFor(actor, agent ?? (await store.getAgent(actor.id)), config);
    if (!canSee(visibility, ticket)) throw handoffErrors.ticketNotFound(id);
    return ticket;
  }

  /** Replies, transfers and resolutions belong to the assigned agent; supervisors may step in. */
  function ensureHandler(actor: Actor, ticket: Ticket, what: string): void {
    if (ticket.status !== 'assigned') {
      throw fail.conflict(`ticket ${ticket.id} is ${ticket.status}; claim it before you ${what}`);
    }
    if (ticket.assignee?.id !== actor.id && !isSupervisor(actor)) {
      throw fail.forbidden(`ticket ${ticket.id} is handled by ${ticket.assignee?.name ?? 'someone else'}; only they or a supervisor can ${what}`);
    }
  }

  async function addEntry(actor: Actor, ticket: Ticket, kind: EntryKind, text: string): Promise<TicketEntry> {
    const at = ctx.now().toISOString();
    const type = kind === 'coaching' ? 'ticket.coaching' : 'ticket.note';
    const changed = await lifecycle.change(ticket.id, { event: { type, actor: ref(actor), at }, entry: { kind, author: ref(actor), text, at } });
    if (!changed?.entry) throw handoffErrors.ticketNotFound(ticket.id);
    return changed.entry;
  }

  /** Retries a change that lost an optimistic race against another writer (an SLA mark, a customer message). */
  async function withFreshTicket<T>(actor: Actor, id: string, attempt: (ticket: Ticket) => Promise<T | undefined>, agent?: Agent): Promise<T> {
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await backoff(i);
      const result = await attempt(await visibleTicket(actor, id, agent));
      if (result !== undefined) return result;
    }
    throw fail.conflict(`ticket ${id} kept changing while you acted on it; try again`);
  }

  return {
    visibleTicket,

    async claim(actor: Actor, id: string): Promise<Ticket> {
      const agent = await presence.touch(actor);
      const ticket = await visibleTicket(actor, id, agent);
      if (ticket.status === 'assigned') throw alreadyClaimed(ticket);
      if (ticket.reservedFor && ticket.reservedFor.id !== actor.id && !isSupervisor(actor)) {
        throw new CodedError('reserved', `ticket ${id} was transferred to ${ticket.reservedFor.name}; only they or a supervisor can claim it`);
      }
      const at = ctx.now().toISOString();
      // The store's conditional UPDATE … WHERE status = 'queued' lets exactly one concurrent claim win.
      const claimed = await lifecycle.apply(ticket, 'claim', {
        actor: ref(actor),
        guard: isSupervisor(actor) ? {} : { claimableBy: actor.id },
        patch: { assignee: ref(actor), assignedAt: at, reservedFor: null },
      });
      if (!claimed) {
        const now = await store.getTicket(id);
        throw now?.status === 'assigned' ? alreadyClaimed(now) : fail.conflict(`ticket ${id} changed (${now?.status}) before you claimed it`);
      }
      await notify(ctx, claimed.replyTo.conversationId, { kind: 'status', notice: claimedNotice(actor.name), agentName: actor.name, ticketId: id });
      return claimed;
    },

    async sendMessage(actor: Actor, id: string, text: string): Promise<TicketEntry> {
      const agent = await presence.touch(actor);
      const ticket = await visibleTicket(actor, id, agent);
      ensureHandler(actor, ticket, 'reply');
      // Delivered first: the ticket's history records what the customer actually received.
      try {
        await ctx.deps.customerChannel.send(ticket.replyTo.conversationId, { kind: 'agent-message', text, agentName: actor.name, ticketId: id });
      } catch (err) {
        throw handoffErrors.deliveryFailed(`the message could not be delivered to the customer: ${(err as Error).message}`);
      }
      return withFreshTicket(
        actor,
        id,
        async (fresh) => {
          const at = ctx.now().toISOString();
          const changed = await lifecycle.change(id, {
            // The first reply stops the first-response clock; the resolution clock now waits on the customer.
            patch: { sla: agentReplied(fresh.sla, ctx.now()) },
            guard: { version: fresh.version },
            event: { type: 'ticket.message', actor: ref(actor), at, data: { firstResponse: !fresh.sla.firstRespondedAt } },
            entry: { kind: 'agent-message', author: ref(actor), text, at },
          });
          return changed?.entry;
        },
        agent,
      );
    },

    async addNote(actor: Actor, id: string, text: string): Promise<TicketEntry> {
      const agent = await presence.touch(actor);
      return addEntry(actor, await visibleTicket(actor, id, agent), 'note', text);
    },

    async addCoachingNote(actor: Actor, id: string, text: string): Promise<TicketEntry> {
      if (!isSupervisor(actor)) throw fail.forbidden('coaching notes are for supervisors');
      return addEntry(actor, await visibleTicket(actor, id), 'coaching', text);
    },

    async transfer(actor: Actor, id: string, target: TransferTarget): Promise<Ticket> {
      const agent = await presence.touch(actor);
      let to: { skillGroup?: string; reservedFor: PersonRef | null; label: string };
      if ('group' in target) {
        const group = config.routing.groups.find((g) => g.id === target.group);
        if (!group) throw fail.invalid(`there is no skill group ${target.group}; groups: ${config.routing.groups.map((g) => g.id).join(', ')}`);
        to = { skillGroup: group.id, reservedFor: null, label: group.name };
      } else {
        const colleague = await store.getAgent(target.agentId);
        if (!colleague) throw fail.invalid(`there is no agent ${target.agentId} (agents appear once they have used the console)`);
        to = { reservedFor: { id: colleague.id, name: colleague.name }, label: colleague.name };
      }
      const transferred = await withFreshTicket(
        actor,
        id,
        async (ticket) => {
          ensureHandler(actor, ticket, 'transfer it');
          return lifecycle.apply(ticket, 'transfer', {
            actor: ref(actor),
            guard: { version: ticket.version },
            patch: { assignee: null, assignedAt: null, reservedFor: to.reservedFor, ...(to.skillGroup ? { skillGroup: to.skillGroup } : {}) },
            data: {
              fromGroup: ticket.skillGroup,
              toGroup: to.skillGroup ?? ticket.skillGroup,
              toAgent: to.reservedFor,
              // Who had it before (a supervisor may move someone else's ticket): their consoles must drop it.
              fromAssignee: ticket.assignee,
              fromReservedFor: ticket.reservedFor,
            },
          });
        },
        agent,
      );
      if (target.note) await addEntry(actor, transferred, 'note', target.note);
      const { queuePosition } = await queueStanding(ctx, transferred);
      await notify(ctx, transferred.replyTo.conversationId, { kind: 'status', notice: transferredNotice(to.label, queuePosition), ticketId: id });
      return transferred;
    },

    async returnToBot(actor: Actor, id: string, note?: string): Promise<Ticket> {
      const agent = await presence.touch(actor);
      const returned = await withFreshTicket(
        actor,
        id,
        async (ticket) => {
          let current: Ticket | undefined = ticket;
          if (ticket.status === 'assigned') {
            ensureHandler(actor, ticket, 'return it to the bot');
            // The table has no assigned → bot: the agent lets go (back to queued), then the queue hands it to the bot.
            current = await lifecycle.apply(ticket, 'release', {
              actor: ref(actor),
              guard: { version: ticket.version },
              patch: { assignee: null, assignedAt: null, reservedFor: null },
              data: { reason: 'return-to-bot' },
            });
            if (!current) return undefined;
          } else if (ticket.status === 'resolved' && ticket.resolution?.by.id !== actor.id && !isSupervisor(actor)) {
            throw fail.forbidden(`ticket ${id} was resolved by ${ticket.resolution?.by.name}; only they or a supervisor can reopen it`);
          }
          return lifecycle.apply(current, 'return-to-bot', {
            actor: ref(actor),
            guard: { version: current.version },
            patch: { reservedFor: null },
            data: { from: current.status },
          });
        },
        agent,
      );
      if (note) await addEntry(actor, returned, 'note', note);
      if (!returned.resolution) {
        await notify(ctx, returned.replyTo.conversationId, { kind: 'status', notice: returnedToBotNotice(), ticketId: id });
      }
      return returned;
    },

    async resolve(actor: Actor, id: string, resolution: { code: string; note?: string }): Promise<Ticket> {
      if (!config.resolutionCodes.includes(resolution.code)) {
        throw fail.invalid(`resolution code ${resolution.code} is not one of ${config.resolutionCodes.join(', ')}`);
      }
      const agent = await presence.touch(actor);
      const resolved = await withFreshTicket(
        actor,
        id,
        async (ticket) => {
          ensureHandler(actor, ticket, 'resolve it');
          const at = ctx.now().toISOString();
          return lifecycle.apply(ticket, 'resolve', {
            actor: ref(actor),
            guard: { version: ticket.version },
            patch: {
              resolution: { code: resolution.code, note: resolution.note ?? null, at, by: ref(actor) },
              resolvedAt: at,
              survey: newSurvey(ticket.id, config.survey.npsSampleRate, at),
            },
            data: { code: resolution.code },
          });
        },
        agent,
      );
      await notify(ctx, resolved.replyTo.conversationId, {
        kind: 'survey',
        notice: surveyNotice(resolved.survey?.npsRequested ?? false),
        ticketId: id,
      });
      return resolved;
    },
  };
}

function alreadyClaimed(ticket: Ticket): CodedError {
  return new CodedError('already_claimed', `ticket ${ticket.id} was claimed by ${ticket.assignee?.name ?? 'another agent'}`);
}
