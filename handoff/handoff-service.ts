/**
 * The handoff service: the bot's side (request a person, who talks now, relay, survey), the agents' side (the ticket
 * desk behind the console and the ticket API), the supervisors' view, and `tick()`, the timer work (SLA sweep,
 * presence expiry, closing resolved tickets nobody rated, progress updates). Built from injected parts; holds no module state.
 */
import { createAgentDesk, type TransferTarget } from './agent-desk';
import { createBusinessClock } from './business-hours';
import type { HandoffConfig } from './config';
import { createCustomerSide, type HandoffResult } from './customer-side';
import type { HandoffContext, HandoffDeps, SuggestedArticle } from './deps';
import type { RowsRead } from './handoff-store';
import { createEventBus, type HandoffEvent } from './events';
import { type Agent, type HandoffRequest, type SurveyAnswer, type Ticket, type TicketEntry, type TicketStatus } from './model';
import { createPresence } from './presence';
import { createProgressUpdates } from './progress-updates';
import { sweepSla } from './sla-monitor';
import { createSupervision, type SupervisorOverview } from './supervision';
import { createTicketLifecycle } from './ticket-lifecycle';
import { createTicketViews, type TicketDetail, type TicketListFilter, type TicketPage, type TicketView } from './ticket-views';
import { groupsOf } from './scope';
import { type Actor, isSupervisor } from '../contracts';

export interface TickReport {
  warned: number;
  breached: number;
  agentsOffline: number;
  released: number;
  closed: number;
  /** Progress updates sent to customers, and reminders to agents that one is due. */
  progressUpdates: number;
  progressReminders: number;
}

export interface ConsoleSettings {
  me: { id: string; name: string; roles: string[]; supervisor: boolean; groups: string[] };
  groups: Array<{ id: string; name: string }>;
  agents: Array<Pick<Agent, 'id' | 'name' | 'online'>>;
  resolutionCodes: string[];
  heartbeatSeconds: number;
  timeZone: string;
}

export interface HandoffService {
  readonly config: HandoffConfig;
  /** The service's clock (a fake one in tests). */
  now(): Date;

  // The bot's side.
  /** Idempotent per conversation: an open ticket comes back with the reasons merged and the level raised if higher. */
  requestHandoff(request: HandoffRequest): Promise<HandoffResult>;
  /** The customer leaves a message instead of waiting (when offered): answered later, the SLA counting from now. */
  leaveMessage(conversationId: string): Promise<{ ticketId: string; answerBy: string }>;
  /** The bot never answers while 'assigned'; while 'queued' it may still help. */
  modeOf(conversationId: string): Promise<'bot' | 'queued' | 'assigned'>;
  /** `modeOf` with the ticket it was read from, to hand to `customerMessage` later in the same turn. */
  modeAndTicketOf(conversationId: string): Promise<{ mode: 'bot' | 'queued' | 'assigned'; ticket?: Ticket }>;
  /**
   * `modeAndTicketOf` as a read another statement can carry (the one storing the customer's message, on PostgreSQL);
   * undefined where the store offers none: call `modeAndTicketOf`.
   */
  modeAndTicketRead(conversationId: string): RowsRead<{ mode: 'bot' | 'queued' | 'assigned'; ticket?: Ticket }> | undefined;
  /**
   * A customer message arrived while queued or assigned: live to the console, and the SLA clock resumes. `known`: the
   * conversation's active ticket as this turn read it moments ago (`modeAndTicketOf`), so it is not read again; the
   * change is guarded by the ticket's version, so a ticket changed meanwhile is read afresh and the change retried.
   */
  customerMessage(conversationId: string, text: string, known?: Ticket): Promise<void>;
  /** Only for this conversation's own tickets (`ticketId`, when given, must be one of them); closed tickets keep their rating. */
  recordSurvey(conversationId: string, answer: SurveyAnswer, ticketId?: string): Promise<void>;
  /** Timer work; call every few seconds (server.ts does). Safe to call concurrently and from several instances. */
  tick(): Promise<TickReport>;

  // The agents' side: every call acts as the signed-in person, within what they may see.
  /** The first page (up to 500 tickets, L1 first, then level, then oldest); listTicketPage pages on. */
  listTickets(actor: Actor, filter?: { statuses?: TicketStatus[]; mine?: boolean }): Promise<TicketView[]>;
  listTicketPage(actor: Actor, filter?: TicketListFilter): Promise<TicketPage>;
  getTicket(actor: Actor, id: string): Promise<TicketDetail>;
  suggestArticles(actor: Actor, id: string): Promise<SuggestedArticle[]>;
  claim(actor: Actor, id: string): Promise<TicketView>;
  sendMessage(actor: Actor, id: string, text: string): Promise<TicketEntry>;
  addNote(actor: Actor, id: string, text: string): Promise<TicketEntry>;
  addCoachingNote(actor: Actor, id: string, text: string): Promise<TicketEntry>;
  transfer(actor: Actor, id: string, target: TransferTarget): Promise<TicketView>;
  returnToBot(actor: Actor, id: string, note?: string): Promise<TicketView>;
  resolve(actor: Actor, id: string, resolution: { code: string; note?: string }): Promise<TicketView>;
  heartbeat(actor: Actor): Promise<{ agent: Agent; timeoutSeconds: number }>;
  settings(actor: Actor): Promise<ConsoleSettings>;

  // Supervisors.
  overview(actor: Actor): Promise<SupervisorOverview>;
  setAgentGroups(actor: Actor, agent: { id: string; name?: string }, groups: string[]): Promise<Agent>;

  // Live events.
  /** Every event, from every instance (the consoles). */
  subscribe(listener: (event: HandoffEvent) => void): () => void;
  /** Only the events of changes this instance made: counting them once across instances (metrics). */
  subscribeOwn(listener: (event: HandoffEvent) => void): () => void;
  /** Whether this person may see a ticket; decided from their groups now. */
  visibilityOf(actor: Actor): Promise<(ticket: Ticket) => boolean>;
}

const CLOSE_BATCH = 200;

export function createHandoffService(deps: HandoffDeps): HandoffService {
  const log = deps.log ?? (() => undefined);
  const now = () => deps.clock();
  const bus = deps.bus ?? createEventBus((err) => log(`[handoff] event listener failed: ${(err as Error)?.message ?? String(err)}`));
  const lifecycle = createTicketLifecycle({ store: deps.store, bus, now });
  const ctx: HandoffContext = {
    store: deps.store,
    config: deps.config,
    now,
    hours: createBusinessClock(deps.config.businessHours),
    bus,
    lifecycle,
    deps,
    log,
  };
  const customer = createCustomerSide(ctx);
  const presence = createPresence(ctx);
  const desk = createAgentDesk(ctx, presence);
  const views = createTicketViews(ctx);
  const supervision = createSupervision(ctx);
  const progress = deps.progress ? createProgressUpdates(ctx, deps.progress) : undefined;
  // Once per change across instances: the instance that made it notes what the customer was told (every instance
  // hears every event; each writing the same row would cost one database write per instance per event).
  const subscribeOwn = (listener: (event: HandoffEvent) => void) => (bus.subscribeOwn ?? bus.subscribe)(listener);
  if (progress) subscribeOwn(progress.observe);
  const view = async (ticket: Ticket) => (await views.withPositions([ticket]))[0];
  // What staff type is redacted once, here, before it reaches the customer, the ticket's history or the transcript.
  const clean = deps.redactText ?? ((text: string) => text);
  const cleanNote = <T extends { note?: string }>(value: T): T => (value.note === undefined ? value : { ...value, note: clean(value.note) });
  // One sweep at a time per instance; a second caller waits for the running one.
  let running: Promise<TickReport> | undefined;

  async function closeUnrated(): Promise<number> {
    const before = new Date(now().getTime() - deps.config.closeResolvedAfterMinutes * 60_000).toISOString();
    let closed = 0;
    for (const ticket of await deps.store.resolvedBefore(before, CLOSE_BATCH)) {
      const done = await lifecycle.apply(ticket, 'close', {
        actor: null,
        guard: { version: ticket.version },
        patch: { closedAt: now().toISOString() },
        data: { reason: 'survey-window-ended' },
      });
      if (done) closed++;
    }
    return closed;
  }

  async function runTick(): Promise<TickReport> {
    const sla = await sweepSla(ctx);
    const gone = await presence.expire();
    const closed = await closeUnrated();
    const told = progress ? await progress.tick() : { updates: 0, reminders: 0 };
    return { ...sla, agentsOffline: gone.agents, released: gone.released, closed, progressUpdates: told.updates, progressReminders: told.reminders };
  }

  return {
    config: deps.config,
    now,
    requestHandoff: customer.requestHandoff,
    modeOf: customer.modeOf,
    modeAndTicketOf: customer.modeAndTicketOf,
    modeAndTicketRead: customer.modeAndTicketRead,
    leaveMessage: customer.leaveMessage,
    customerMessage: customer.customerMessage,
    recordSurvey: customer.recordSurvey,
    tick() {
      running ??= runTick().finally(() => {
        running = undefined;
      });
      return running;
    },

    listTickets: async (actor, filter) => (await views.list(actor, filter)).tickets,
    listTicketPage: (actor, filter) => views.list(actor, filter),
    async getTicket(actor, id) {
      return views.detail(actor, await desk.visibleTicket(actor, id));
    },
    async suggestArticles(actor, id) {
      return views.suggestions(await desk.visibleTicket(actor, id));
    },
    claim: async (actor, id) => view(await desk.claim(actor, id)),
    sendMessage: (actor, id, text) => desk.sendMessage(actor, id, clean(text)),
    addNote: (actor, id, text) => desk.addNote(actor, id, clean(text)),
    addCoachingNote: (actor, id, text) => desk.addCoachingNote(actor, id, clean(text)),
    transfer: async (actor, id, target) => view(await desk.transfer(actor, id, cleanNote(target))),
    returnToBot: async (actor, id, note) => view(await desk.returnToBot(actor, id, note === undefined ? undefined : clean(note))),
    resolve: async (actor, id, resolution) => view(await desk.resolve(actor, id, cleanNote(resolution))),
    async heartbeat(actor) {
      return { agent: await presence.touch(actor), timeoutSeconds: deps.config.presence.timeoutMinutes * 60 };
    },
    async settings(actor) {
      const [agent, agents] = await Promise.all([deps.store.getAgent(actor.id), deps.store.listAgents()]);
      return {
        me: { id: actor.id, name: actor.name, roles: actor.roles, supervisor: isSupervisor(actor), groups: groupsOf(agent, deps.config) },
        groups: deps.config.routing.groups,
        agents: agents.map((a) => ({ id: a.id, name: a.name, online: a.online })),
        resolutionCodes: deps.config.resolutionCodes,
        heartbeatSeconds: Math.max(10, Math.min(60, Math.floor((deps.config.presence.timeoutMinutes * 60) / 4))),
        timeZone: deps.config.businessHours.timeZone,
      };
    },

    overview: (actor) => supervision.overview(actor),
    setAgentGroups: (actor, agent, groups) => supervision.setAgentGroups(actor, agent, groups),

    subscribe: (listener) => bus.subscribe(listener),
    subscribeOwn,
    visibilityOf: (actor) => views.visibilityOf(actor),
  };
}
