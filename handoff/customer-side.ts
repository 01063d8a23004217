/**
 * The bot's side of a handoff: ask for a person (creating, reusing or re-queueing the conversation's ticket), ask who
 * talks now, relay what the customer writes while a person is involved, and record the survey.
 */
import { z } from 'zod';
import type { HandoffContext } from './deps';
import type { RowsRead } from './handoff-store';
import { HandoffRequestSchema, SurveyAnswerSchema, type HandoffRequest, type NewTicket, type Reason, type SurveyAnswer, type Ticket } from './model';
import { offerMessage, overflowRoute } from './overflow';
import { queueStanding } from './queue-estimate';
import { backoff, MAX_ATTEMPTS } from './retry';
import { routeHandoff } from './routing';
import { customerReplied, higherLevel, newSla, retarget } from './sla';
import { modeFor } from './state-machine';
import { mergeAnswer, surveyComplete } from './survey';
import { ticketDay } from './ticket-id';
import { fail } from '../contracts';

export interface HandoffResult {
  ticket: Ticket;
  /** False when the conversation's active ticket was reused (merged or re-queued). */
  created: boolean;
  queuePosition: number;
  expectedWaitMinutes: number;
  /** Set when nobody is working now: when a person will answer (the first-response deadline) and when hours start. */
  outOfHours?: { answerBy: string; opensAt: string };
  /** The queue is busy: offer the customer to leave a message and be answered later instead of waiting. */
  offerMessage?: boolean;
  /** The customer already had this ticket open from another conversation (another channel): the request joined it. */
  joined?: boolean;
}

const MAX_REASONS = 50;
/** The reason code of a ticket whose customer left a message instead of waiting. */
export const LEFT_MESSAGE = 'left-message';

export function createCustomerSide(ctx: HandoffContext) {
  const { store, lifecycle, config } = ctx;

  async function standing(ticket: Ticket, created: boolean): Promise<HandoffResult> {
    const now = ctx.now();
    const { queuePosition, expectedWaitMinutes } = await queueStanding(ctx, ticket);
    const result: HandoffResult = { ticket, created, queuePosition, expectedWaitMinutes };
    if (ticket.status === 'queued' && !ctx.hours.isOpen(now)) {
      result.outOfHours = { answerBy: ticket.sla.firstResponseDueAt, opensAt: ctx.hours.nextOpening(now).toISOString() };
    }
    const leftMessage = ticket.reasons.some((r) => r.code === LEFT_MESSAGE);
    if (ticket.status === 'queued' && !result.outOfHours && !leftMessage && (await offerMessage(ctx, ticket.skillGroup, queuePosition))) result.offerMessage = true;
    return result;
  }

  function newTicket(request: HandoffRequest, now: Date, group: string): { ticket: NewTicket; rule: string | null } {
    const at = now.toISOString();
    const route = { ...routeHandoff(config.routing, request), group };
    const policy = { targets: structuredClone(config.sla.targets), warnAt: config.sla.warnAt };
    return {
      rule: route.rule,
      ticket: {
        conversationId: request.conversationId,
        channel: request.channel,
        level: request.level,
        category: request.category,
        skillGroup: route.group,
        lang: request.lang,
        customer: request.customer,
        reasons: mergeReasons([], request.reasons),
        lastCustomerMessage: request.lastCustomerMessage ?? null,
        replyTo: { conversationId: request.conversationId, channel: request.channel },
        assignee: null,
        reservedFor: null,
        sla: newSla(policy, request.level, now, ctx.hours),
        resolution: null,
        survey: null,
        createdAt: at,
        queuedAt: at,
        assignedAt: null,
        resolvedAt: null,
        closedAt: null,
      },
    };
  }

  /**
   * The conversation's ticket is waiting or being handled: add what is new; a higher level tightens the clocks. `join`:
   * the customer asks from another of their conversations (another channel), which follows the ticket from now on.
   * Either way the customer wrote from here last, so replies come here.
   */
  async function mergeInto(ticket: Ticket, request: HandoffRequest, join = false): Promise<Ticket | undefined> {
    const level = higherLevel(ticket.level, request.level);
    const reasons = mergeReasons(ticket.reasons, request.reasons);
    const raised = level !== ticket.level;
    const newReasons = reasons.length - ticket.reasons.length;
    const message = request.lastCustomerMessage ?? ticket.lastCustomerMessage;
    const here = { conversationId: request.conversationId, channel: request.channel };
    const moved = here.conversationId !== ticket.replyTo.conversationId;
    if (!raised && newReasons === 0 && message === ticket.lastCustomerMessage && !moved && !join) return ticket;
    const changed = await lifecycle.change(ticket.id, {
      patch: {
        level,
        reasons,
        lastCustomerMessage: message,
        ...(moved ? { replyTo: here } : {}),
        ...(raised ? { sla: retarget(ticket.sla, level, ctx.now(), ctx.hours) } : {}),
      },
      guard: { version: ticket.version, statuses: ['queued', 'assigned'] },
      event: {
        type: 'ticket.updated',
        actor: null,
        at: ctx.now().toISOString(),
        data: {
          ...(raised ? { levelFrom: ticket.level, levelTo: level } : {}),
          reasonsAdded: newReasons,
          // The question came from another of the customer's conversations (say Teams, for a web chat ticket).
          ...(join ? { joinedFrom: here } : {}),
          ...(moved ? { replyTo: here } : {}),
        },
      },
      ...(join ? { join: here } : {}),
    });
    return changed?.ticket;
  }

  /** A ticket handed back to the bot earlier: the same id goes back to the queue with fresh clocks. */
  async function requeue(ticket: Ticket, request: HandoffRequest): Promise<Ticket | undefined> {
    const now = ctx.now();
    const route = routeHandoff(config.routing, request);
    const level = request.level;
    return lifecycle.apply(ticket, 'request', {
      actor: null,
      guard: { version: ticket.version },
      data: { group: route.group, rule: route.rule },
      patch: {
        level,
        category: request.category,
        skillGroup: route.group,
        reasons: mergeReasons(ticket.reasons, request.reasons),
        lastCustomerMessage: request.lastCustomerMessage ?? ticket.lastCustomerMessage,
        replyTo: { conversationId: request.conversationId, channel: request.channel },
        assignee: null,
        reservedFor: null,
        // The policy frozen at creation still applies; only the clocks start again.
        sla: newSla(ticket.sla.policy, level, now, ctx.hours),
        resolution: null,
        survey: null,
        queuedAt: now.toISOString(),
        assignedAt: null,
        resolvedAt: null,
        closedAt: null,
      },
    });
  }

  return {
    async requestHandoff(input: z.input<typeof HandoffRequestSchema>): Promise<HandoffResult> {
      const parsed = HandoffRequestSchema.safeParse(input);
      if (!parsed.success) throw fail.invalid(`the handoff request is not valid: ${z.prettifyError(parsed.error)}`, parsed.error.issues);
      const request = parsed.data;
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        await backoff(attempt);
        const active = await store.findActiveTicket(request.conversationId);
        if (active && active.status !== 'bot') {
          const merged = await mergeInto(active, request);
          if (merged) return standing(merged, false);
          continue;
        }
        // One customer, one open ticket: a new question from another channel joins the ticket they already have,
        // rather than opening a second one (or re-queueing one of this conversation's that was handed back to the bot).
        const [open] = request.joinOpenTicket ? await store.listTickets({ customerId: request.customer.id, statuses: ['queued', 'assigned'], limit: 1 }) : [];
        if (open && open.conversationId !== request.conversationId) {
          const joined = await mergeInto(open, request, true);
          if (joined) return { ...(await standing(joined, false)), joined: true };
          continue;
        }
        if (active) {
          const requeued = await requeue(active, request);
          if (requeued) return standing(requeued, false);
          continue;
        }
        const now = ctx.now();
        const overflow = await overflowRoute(ctx, routeHandoff(config.routing, request).group);
        const { ticket, rule } = newTicket(request, now, overflow.group);
        const created = await lifecycle.create(ticket, ticketDay(now, config.businessHours.timeZone), {
          group: ticket.skillGroup,
          ...(overflow.overflowFrom ? { overflowFrom: overflow.overflowFrom } : {}),
          rule,
          reasons: request.reasons.map((r) => r.code),
        });
        if (created.created) return standing(created.ticket, true);
        // Another request for this conversation won the race: merge into its ticket on the next pass.
      }
      throw fail.conflict(`the ticket of conversation ${request.conversationId} kept changing; try again`);
    },

    /**
     * The customer leaves a message instead of waiting: the queued ticket stays in the queue, marked, with its clocks
     * started again from now. Returns when a person will answer at the latest.
     */
    async leaveMessage(conversationId: string): Promise<{ ticketId: string; answerBy: string }> {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        await backoff(attempt);
        const ticket = await store.findActiveTicket(conversationId);
        if (!ticket || ticket.status !== 'queued') throw fail.conflict(`conversation ${conversationId} has no ticket waiting in the queue`);
        if (ticket.reasons.some((r) => r.code === LEFT_MESSAGE)) return { ticketId: ticket.id, answerBy: ticket.sla.firstResponseDueAt };
        const now = ctx.now();
        const changed = await lifecycle.change(ticket.id, {
          patch: {
            reasons: mergeReasons(ticket.reasons, [{ code: LEFT_MESSAGE, detail: 'the customer left a message to be answered later' }]),
            sla: newSla(ticket.sla.policy, ticket.level, now, ctx.hours),
          },
          guard: { version: ticket.version, statuses: ['queued'] },
          event: { type: 'ticket.updated', actor: null, at: now.toISOString(), data: { leftMessage: true } },
        });
        if (changed) return { ticketId: changed.ticket.id, answerBy: changed.ticket.sla.firstResponseDueAt };
      }
      throw fail.conflict(`the ticket of conversation ${conversationId} kept changing; try again`);
    },

    async modeOf(conversationId: string): Promise<'bot' | 'queued' | 'assigned'> {
      const active = await store.findActiveTicket(conversationId);
      return modeFor(active?.status);
    },

    async modeAndTicketOf(conversationId: string): Promise<{ mode: 'bot' | 'queued' | 'assigned'; ticket?: Ticket }> {
      return modeAndTicket(await store.findActiveTicket(conversationId));
    },

    modeAndTicketRead(conversationId: string): RowsRead<{ mode: 'bot' | 'queued' | 'assigned'; ticket?: Ticket }> | undefined {
      const read = store.activeTicketRead?.(conversationId);
      return read && { sql: read.sql, parameters: read.parameters, read: (rows) => modeAndTicket(read.read(rows)) };
    },

    async customerMessage(conversationId: string, text: string, known?: Ticket): Promise<void> {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        await backoff(attempt);
        // The first attempt may go on the ticket as the turn read it: the version guard below catches any change since.
        const ticket = attempt === 0 && known ? known : await store.findActiveTicket(conversationId);
        if (!ticket || (ticket.status !== 'queued' && ticket.status !== 'assigned')) return;
        // The customer wrote from another of the ticket's conversations than the last one: replies follow them there.
        const moved = conversationId !== ticket.replyTo.conversationId;
        const here = moved ? (await store.listConversations(ticket)).find((c) => c.conversationId === conversationId) : undefined;
        const replyTo = here ? { conversationId: here.conversationId, channel: here.channel } : undefined;
        const changed = await lifecycle.change(ticket.id, {
          patch: { lastCustomerMessage: text.slice(0, 4000), sla: customerReplied(ticket.sla, ctx.now(), ctx.hours), ...(replyTo ? { replyTo } : {}) },
          guard: { version: ticket.version },
          // The text itself is in the conversation transcript; the event only says that it arrived.
          event: { type: 'ticket.customer-message', actor: null, at: ctx.now().toISOString(), data: { chars: text.length, ...(replyTo ? { replyTo } : {}) } },
        });
        if (changed) return;
      }
      ctx.log(`[handoff] could not record a customer message on conversation ${conversationId}: the ticket kept changing`);
    },

    /**
     * A survey answer, only ever for one of this conversation's tickets (its own, or one whose replies came here): the one `ticketId` names (a survey button's
     * payload) or else the latest resolved one. A closed ticket keeps its rating (a first comment is still welcome);
     * an NPS is kept only when it was asked.
     */
    async recordSurvey(conversationId: string, input: SurveyAnswer, ticketId?: string): Promise<void> {
      const parsed = SurveyAnswerSchema.safeParse(input);
      if (!parsed.success) throw fail.invalid(`the survey answer is not valid: ${z.prettifyError(parsed.error)}`, parsed.error.issues);
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        await backoff(attempt);
        const ticket = ticketId ? await store.getTicket(ticketId) : await store.findLatestTicket(conversationId, ['resolved', 'closed']);
        // The survey went where the customer last wrote: their answer comes from there (or the ticket's own conversation).
        const ours = ticket && (ticket.conversationId === conversationId || ticket.replyTo.conversationId === conversationId);
        const surveyed = ticket && ours && ticket.survey && (ticket.status === 'resolved' || ticket.status === 'closed');
        if (!ticket?.survey || !surveyed) throw fail.notFound(`a survey for conversation ${conversationId}${ticketId ? ` and ticket ${ticketId}` : ''}`);
        const answer: SurveyAnswer = { ...parsed.data, nps: ticket.survey.npsRequested ? parsed.data.nps : undefined };
        if (parsed.data.nps !== undefined && answer.nps === undefined && answer.score === undefined && !answer.comment) {
          throw fail.invalid(`ticket ${ticket.id} was not sampled for NPS; only a score and a comment are asked`);
        }
        if (ticket.status === 'closed') {
          if (answer.score !== undefined || answer.nps !== undefined) throw fail.conflict(`ticket ${ticket.id} is closed: its rating cannot change`);
          if (ticket.survey.comment !== null) throw fail.conflict(`ticket ${ticket.id} is closed and has its comment`);
        }
        const at = ctx.now().toISOString();
        const survey = mergeAnswer(ticket.survey, answer, at);
        const data = { score: survey.score, nps: survey.nps, commented: survey.comment !== null };
        const done =
          ticket.status === 'resolved' && surveyComplete(survey)
            ? await lifecycle.apply(ticket, 'close', { actor: null, guard: { version: ticket.version }, patch: { survey, closedAt: at }, data })
            : (
                await lifecycle.change(ticket.id, {
                  patch: { survey },
                  guard: { version: ticket.version, statuses: [ticket.status] },
                  event: { type: 'ticket.survey', actor: null, at, data },
                })
              )?.ticket;
        if (done) return;
      }
      throw fail.conflict(`the survey for conversation ${conversationId} could not be saved; try again`);
    },
  };
}

export function mergeReasons(existing: Reason[], incoming: Reason[]): Reason[] {
  const seen = new Set(existing.map((r) => `${r.code}\u0000${r.detail}`));
  const merged = [...existing];
  for (const reason of incoming) {
    const key = `${reason.code}\u0000${reason.detail}`;
    if (seen.has(key) || merged.length >= MAX_REASONS) continue;
    seen.add(key);
    merged.push(reason);
  }
  return merged;
}

function modeAndTicket(active: Ticket | undefined): { mode: 'bot' | 'queued' | 'assigned'; ticket?: Ticket } {
  return { mode: modeFor(active?.status), ...(active ? { ticket: active } : {}) };
}
