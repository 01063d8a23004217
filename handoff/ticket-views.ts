/**
 * Tickets as the console and scripts read them: each with its running SLA clock (state, due time, time left) and,
 * while queued, its place in the queue; one ticket in full with the conversation transcript, its history, the
 * customer's recent tickets and what this person may do next.
 */
import type { HandoffContext, SuggestedArticle, TranscriptLine } from './deps';
import { type Agent, type Ticket, type TicketEntry, type TicketEvent, type TicketStatus } from './model';
import { canSee, visibilityFor } from './scope';
import { slaView, type SlaView } from './sla';
import { OPEN_STATUSES } from './state-machine';
import type { TicketListPosition } from './handoff-store';
import { type Actor, isSupervisor } from '../contracts';

export type TicketView = Omit<Ticket, 'sla'> & {
  sla: Ticket['sla'] & SlaView;
  mode: 'bot' | 'queued' | 'assigned';
  /** 1-based place among the queued tickets of its skill group (queued tickets only). */
  queuePosition?: number;
};

/** The most tickets one list call returns; `next` says where the following page starts. */
export const MAX_PAGE = 500;

export interface TicketListFilter {
  statuses?: TicketStatus[];
  mine?: boolean;
  /** Page size, at most MAX_PAGE (the default). */
  limit?: number;
  /** Start after this ticket (a previous page's `next`). */
  after?: TicketListPosition;
}

export interface TicketPage {
  tickets: TicketView[];
  /** Present when more tickets follow: pass it as `after` for the next page. */
  next?: TicketListPosition;
}

export interface RecentTicket {
  id: string;
  status: TicketStatus;
  level: Ticket['level'];
  category: Ticket['category'];
  channel: string;
  createdAt: string;
  resolutionCode: string | null;
  surveyScore: number | null;
}

export type TicketDetail = TicketView & {
  transcript: TranscriptLine[];
  history: TicketEntry[];
  events: TicketEvent[];
  recentTickets: RecentTicket[];
  /** What this person may do now: claim, message, note, coach, transfer, resolve, return-to-bot. */
  allowedActions: string[];
};

const RECENT_TICKETS = 10;

export function toView(ticket: Ticket, now: Date, queuePosition?: number): TicketView {
  const mode = ticket.status === 'queued' || ticket.status === 'assigned' ? ticket.status : 'bot';
  return { ...ticket, sla: { ...ticket.sla, ...slaView(ticket, now) }, mode, ...(queuePosition ? { queuePosition } : {}) };
}

export function allowedActions(actor: Actor, ticket: Ticket): string[] {
  const supervisor = isSupervisor(actor);
  const handles = ticket.assignee?.id === actor.id || supervisor;
  const actions = ['note'];
  if (supervisor) actions.push('coach');
  if (ticket.status === 'queued' && (!ticket.reservedFor || ticket.reservedFor.id === actor.id || supervisor)) actions.push('claim');
  if (ticket.status === 'queued') actions.push('return-to-bot');
  if (ticket.status === 'assigned' && handles) actions.push('message', 'transfer', 'resolve', 'return-to-bot');
  if (ticket.status === 'resolved' && (ticket.resolution?.by.id === actor.id || supervisor)) actions.push('return-to-bot');
  return actions;
}

export function createTicketViews(ctx: HandoffContext) {
  const { store, config } = ctx;

  /** Positions for queued tickets, computed from one ordered list rather than a query each. */
  async function withPositions(tickets: Ticket[]): Promise<TicketView[]> {
    const now = ctx.now();
    const groups = [...new Set(tickets.filter((t) => t.status === 'queued').map((t) => t.skillGroup))];
    const positions = new Map<string, number>();
    for (const group of groups) {
      const queue = await store.listTickets({ statuses: ['queued'], skillGroups: [group], limit: 10_000 });
      queue.forEach((t, i) => positions.set(t.id, i + 1));
    }
    return tickets.map((t) => toView(t, now, positions.get(t.id)));
  }

  async function safeTranscript(conversationId: string): Promise<TranscriptLine[]> {
    try {
      return await ctx.deps.transcript(conversationId);
    } catch (err) {
      ctx.log(`[handoff] transcript of ${conversationId} could not be read: ${(err as Error).message}`);
      return [];
    }
  }

  /**
   * The conversation as the agent follows it: the ticket's own transcript, and when the customer joined it from other
   * conversations (another channel), theirs too from the ticket's creation on, woven in by time and marked by channel.
   */
  async function ticketTranscript(ticket: Ticket): Promise<TranscriptLine[]> {
    const conversations = await store.listConversations(ticket);
    if (conversations.length === 1) return safeTranscript(ticket.conversationId);
    const parts = await Promise.all(
      conversations.map(async (c, i) =>
        (await safeTranscript(c.conversationId)).filter((line) => i === 0 || line.timestamp >= ticket.createdAt).map((line) => ({ ...line, channel: c.channel })),
      ),
    );
    // A stable sort: lines of one conversation keep their order when two share a timestamp.
    return parts.flat().sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  }

  return {
    withPositions,

    async list(actor: Actor, filter: TicketListFilter = {}): Promise<TicketPage> {
      const agent = await store.getAgent(actor.id);
      const visibility = visibilityFor(actor, agent, config);
      const limit = Math.min(filter.limit ?? MAX_PAGE, MAX_PAGE);
      // One more than asked for tells whether another page follows.
      const tickets = await store.listTickets({
        statuses: filter.statuses?.length ? filter.statuses : OPEN_STATUSES,
        ...(filter.mine ? { assigneeId: actor.id } : {}),
        ...(visibility.all ? {} : { visibleTo: { groups: visibility.groups, personId: visibility.personId } }),
        ...(filter.after ? { after: filter.after } : {}),
        limit: limit + 1,
      });
      const page = tickets.slice(0, limit);
      const last = page[page.length - 1];
      return {
        tickets: await withPositions(page),
        ...(tickets.length > limit && last ? { next: { level: last.level, queuedAt: last.queuedAt, id: last.id } } : {}),
      };
    },

    async detail(actor: Actor, ticket: Ticket): Promise<TicketDetail> {
      const [transcript, entries, events, customerTickets, [view], agent] = await Promise.all([
        ticketTranscript(ticket),
        store.listEntries(ticket.id),
        store.listEvents(ticket.id, { limit: 100 }),
        store.listTickets({ customerId: ticket.customer.id, limit: 200 }),
        withPositions([ticket]),
        store.getAgent(actor.id),
      ]);
      // Another team's tickets stay invisible here too, as they are everywhere else.
      const visibility = visibilityFor(actor, agent, config);
      // Coaching is between the supervisor and the agent handling the ticket.
      const seesCoaching = isSupervisor(actor) || ticket.assignee?.id === actor.id;
      const recentTickets = customerTickets
        .filter((t) => t.id !== ticket.id && canSee(visibility, t))
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
        .slice(0, RECENT_TICKETS)
        .map((t) => ({
          id: t.id,
          status: t.status,
          level: t.level,
          category: t.category,
          channel: t.channel,
          createdAt: t.createdAt,
          resolutionCode: t.resolution?.code ?? null,
          surveyScore: t.survey?.score ?? null,
        }));
      return {
        ...view,
        transcript,
        history: entries.filter((e) => e.kind !== 'coaching' || seesCoaching),
        events,
        recentTickets,
        allowedActions: allowedActions(actor, ticket),
      };
    },

    async suggestions(ticket: Ticket): Promise<SuggestedArticle[]> {
      if (!ctx.deps.suggestArticles) return [];
      let text = ticket.lastCustomerMessage;
      if (!text) {
        const transcript = await safeTranscript(ticket.conversationId);
        text = transcript.filter((l) => l.role === 'customer').at(-1)?.text ?? null;
      }
      if (!text) return [];
      try {
        return (await ctx.deps.suggestArticles(text)).slice(0, 5);
      } catch (err) {
        ctx.log(`[handoff] article suggestions failed: ${(err as Error).message}`);
        return [];
      }
    },

    /** A filter for the live stream: decided once per connection, refreshed when the agent's groups change. */
    async visibilityOf(actor: Actor, agent?: Agent) {
      const visibility = visibilityFor(actor, agent ?? (await store.getAgent(actor.id)), config);
      return (ticket: Ticket) => canSee(visibility, ticket);
    },
  };
}
