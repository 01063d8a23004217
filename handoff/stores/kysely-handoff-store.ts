/**
 * The handoff store over Kysely: the same SQL on SQLite and PostgreSQL. Claims and every other change are single
 * conditional UPDATEs (`… WHERE status = 'queued'`), so exactly one of many concurrent callers wins on either
 * database; each change and its event are written in one transaction.
 */
import { PostgresAdapter, sql, type CompiledQuery, type Kysely, type Selectable, type Transaction, type UpdateQueryBuilder, type UpdateResult } from 'kysely';
import type { ChangeGuard, HandoffStore, RowsRead, TicketChange, TicketFilter, TicketTransition } from '../handoff-store';
import type { Agent, NewEntry, NewTicket, NewTicketEvent, PersonRef, Ticket, TicketEntry, TicketEvent, TicketPatch, TicketStatus } from '../model';
import { isActive, OPEN_STATUSES } from '../state-machine';
import { formatTicketId } from '../ticket-id';
import { newTicketRow, toAgent, toEntry, toEvent, toRowPatch, toTicket } from './rows';
import type { HandoffEntriesTable, HandoffEventsTable, HandoffTables } from './schema';
import type { Level } from '../../contracts';

type Db = Kysely<HandoffTables> | Transaction<HandoffTables>;
type TicketUpdate = UpdateQueryBuilder<HandoffTables, 'handoff_tickets', 'handoff_tickets', UpdateResult>;
type ActiveTicketRow = Selectable<HandoffTables['handoff_tickets']> & { joined_at: string };

/** Stands in for the conversation id while `findActiveTicket`'s query is compiled (a NUL byte is in no real id). */
const CONVERSATION_MARKER = '\u0000conversation-id';

export class KyselyHandoffStore implements HandoffStore {
  constructor(private readonly db: Kysely<HandoffTables>) {
    this.postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  }

  /** PostgreSQL runs a change and its event as one statement (data-modifying CTEs, which SQLite lacks). */
  private readonly postgres: boolean;

  /** `findActiveTicket`'s query, compiled once with a marker for the conversation id (see activeTicketRows). */
  private activeTicketQuery?: CompiledQuery<ActiveTicketRow>;

  async createTicket(ticket: NewTicket, day: string, event: NewTicketEvent) {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const existing = await activeTicket(trx, ticket.conversationId);
        if (existing) return { ticket: existing, created: false };
        await trx
          .insertInto('handoff_ticket_counters')
          .values({ day, last: 0 })
          .onConflict((oc) => oc.column('day').doNothing())
          .execute();
        // The UPDATE row-locks the day's counter: concurrent creators get consecutive numbers, never the same one.
        const { last } = await trx
          .updateTable('handoff_ticket_counters')
          .set((eb) => ({ last: eb('last', '+', 1) }))
          .where('day', '=', day)
          .returning('last')
          .executeTakeFirstOrThrow();
        const row = { ...newTicketRow(formatTicketId(day, Number(last)), ticket, 'queued', event.at), last_seq: 1 };
        await trx.insertInto('handoff_tickets').values(row).execute();
        const storedEvent = await insertEvent(trx, row.id, 1, event, 'bot', 'queued');
        return { ticket: toTicket(row), created: true, event: storedEvent };
      });
    } catch (err) {
      // Two requests for one conversation racing on PostgreSQL: the unique active_conversation_id lets one insert.
      const winner = await this.findActiveTicket(ticket.conversationId);
      if (winner) return { ticket: winner, created: false };
      throw err;
    }
  }

  async getTicket(id: string) {
    const row = await this.db.selectFrom('handoff_tickets').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toTicket(row) : undefined;
  }

  /**
   * Every customer turn runs this query and its SQL never changes, so it is compiled once and run with the
   * conversation id put in place of the marker: building and compiling it anew cost about a tenth of a millisecond.
   */
  private activeTicketStatement(conversationId: string): CompiledQuery<ActiveTicketRow> {
    this.activeTicketQuery ??= this.db
      .selectFrom('handoff_tickets')
      .selectAll()
      .select(sql<string>`''`.as('joined_at'))
      .where('active_conversation_id', '=', CONVERSATION_MARKER)
      .unionAll(
        this.db
          .selectFrom('handoff_ticket_conversations as j')
          .innerJoin('handoff_tickets as t', 't.id', 'j.ticket_id')
          .selectAll('t')
          .select('j.joined_at')
          .where('j.conversation_id', '=', CONVERSATION_MARKER)
          .where('t.status', 'in', [...OPEN_STATUSES]),
      )
      .compile();
    const { sql: text, query, queryId } = this.activeTicketQuery;
    const parameters = this.activeTicketQuery.parameters.map((value) => (value === CONVERSATION_MARKER ? conversationId : value));
    return { sql: text, query, queryId, parameters };
  }

  async findActiveTicket(conversationId: string) {
    // One statement (this runs on every customer turn): the conversation's own active ticket, and the open tickets it
    // joined from another channel, newest join first.
    return chooseActiveTicket((await this.db.executeQuery<ActiveTicketRow>(this.activeTicketStatement(conversationId))).rows);
  }

  /**
   * `findActiveTicket` as a read another statement can carry, on PostgreSQL (the conversation store's, storing the
   * customer's message: a round trip fewer per turn). Every column of the rows is text or integer, so the rows as
   * JSON are the rows as the driver gives them.
   */
  activeTicketRead(conversationId: string): RowsRead<Ticket | undefined> | undefined {
    if (!this.postgres) return undefined;
    const { sql: text, parameters } = this.activeTicketStatement(conversationId);
    return { sql: text, parameters, read: (rows) => chooseActiveTicket(rows as ActiveTicketRow[]) };
  }

  async listConversations(ticket: Ticket) {
    const rows = await this.db.selectFrom('handoff_ticket_conversations').selectAll().where('ticket_id', '=', ticket.id).orderBy('joined_at').orderBy('conversation_id').execute();
    return [
      { conversationId: ticket.conversationId, channel: ticket.channel, since: ticket.createdAt },
      ...rows.map((r) => ({ conversationId: r.conversation_id, channel: r.channel, since: r.joined_at })),
    ];
  }

  async findLatestTicket(conversationId: string, statuses?: readonly TicketStatus[]) {
    let query = this.db
      .selectFrom('handoff_tickets')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1);
    if (statuses?.length) query = query.where('status', 'in', [...statuses]);
    const row = await query.executeTakeFirst();
    return row ? toTicket(row) : undefined;
  }

  async listTickets(filter: TicketFilter) {
    let query = this.db.selectFrom('handoff_tickets').selectAll().orderBy('level').orderBy('queued_at').orderBy('id');
    if (filter.statuses?.length) query = query.where('status', 'in', [...filter.statuses]);
    if (filter.skillGroups?.length) query = query.where('skill_group', 'in', [...filter.skillGroups]);
    if (filter.assigneeId) query = query.where('assignee_id', '=', filter.assigneeId);
    if (filter.customerId) query = query.where('customer_id', '=', filter.customerId);
    if (filter.after) {
      const { level, queuedAt, id } = filter.after;
      query = query.where((eb) =>
        eb.or([
          eb('level', '>', level),
          eb.and([eb('level', '=', level), eb('queued_at', '>', queuedAt)]),
          eb.and([eb('level', '=', level), eb('queued_at', '=', queuedAt), eb('id', '>', id)]),
        ]),
      );
    }
    if (filter.visibleTo) {
      const { groups, personId } = filter.visibleTo;
      query = query.where((eb) =>
        eb.or([
          ...(groups.length ? [eb('skill_group', 'in', [...groups])] : []),
          eb('assignee_id', '=', personId),
          eb('reserved_for_id', '=', personId),
        ]),
      );
    }
    const rows = await query.limit(filter.limit ?? 500).execute();
    return rows.map(toTicket);
  }

  async queuePosition(ticket: Pick<Ticket, 'id' | 'skillGroup' | 'level' | 'queuedAt'>) {
    const row = await this.db
      .selectFrom('handoff_tickets')
      .select((eb) => eb.fn.countAll<number>().as('ahead'))
      .where('status', '=', 'queued')
      .where('skill_group', '=', ticket.skillGroup)
      .where('id', '!=', ticket.id)
      .where((eb) =>
        eb.or([
          eb('level', '<', ticket.level),
          eb.and([
            eb('level', '=', ticket.level),
            eb.or([eb('queued_at', '<', ticket.queuedAt), eb.and([eb('queued_at', '=', ticket.queuedAt), eb('id', '<', ticket.id)])]),
          ]),
        ]),
      )
      .executeTakeFirstOrThrow();
    return Number(row.ahead) + 1;
  }

  async transition(ticketId: string, transition: TicketTransition) {
    const { from, to, patch, guard = {}, event } = transition;
    return this.db.transaction().execute(async (trx) => {
      let query: TicketUpdate = trx
        .updateTable('handoff_tickets')
        .set((eb) => ({
          ...toRowPatch(patch),
          status: to,
          // Resolved and closed tickets step aside, so the conversation's next handoff gets a new ticket.
          active_conversation_id: isActive(to) ? eb.ref('conversation_id') : null,
          version: eb('version', '+', 1),
          last_seq: eb('last_seq', '+', 1),
          updated_at: event.at,
        }))
        .where('id', '=', ticketId)
        .where('status', '=', from);
      query = applyGuard(query, guard);
      const row = await query.returningAll().executeTakeFirst();
      if (!row) return undefined;
      const stored = await insertEvent(trx, ticketId, Number(row.last_seq), event, from, to);
      return { ticket: toTicket(row), event: stored };
    });
  }

  async update(ticketId: string, change: TicketChange) {
    const { patch = {}, guard = {}, event, entry, join } = change;
    if (this.postgres && !entry && !join) return this.updateAtOnce(ticketId, patch, guard, event);
    const seqs = entry ? 2 : 1;
    return this.db.transaction().execute(async (trx) => {
      let query: TicketUpdate = trx
        .updateTable('handoff_tickets')
        .set((eb) => ({
          ...toRowPatch(patch),
          version: eb('version', '+', 1),
          last_seq: eb('last_seq', '+', seqs),
          updated_at: event.at,
        }))
        .where('id', '=', ticketId);
      query = applyGuard(query, guard);
      const row = await query.returningAll().executeTakeFirst();
      if (!row) return undefined;
      const last = Number(row.last_seq);
      if (join && join.conversationId !== row.conversation_id) {
        await trx
          .insertInto('handoff_ticket_conversations')
          .values({ ticket_id: ticketId, conversation_id: join.conversationId, channel: join.channel, joined_at: event.at })
          .onConflict((oc) => oc.columns(['ticket_id', 'conversation_id']).doNothing())
          .execute();
      }
      const storedEntry = entry ? await insertEntry(trx, ticketId, last - 1, entry) : undefined;
      const data = storedEntry ? { ...event.data, entrySeq: storedEntry.seq } : event.data;
      const stored = await insertEvent(trx, ticketId, last, { ...event, data }, null, null);
      return { ticket: toTicket(row), event: stored, entry: storedEntry };
    });
  }

  /**
   * `update` of a change with an event only (a customer message on every queued turn, SLA marks), on PostgreSQL: the
   * ticket's UPDATE and its event's INSERT as one statement (a data-modifying CTE; the event takes the seq the UPDATE
   * hands out), which is a transaction of its own: no BEGIN and COMMIT, two round trips fewer. No row when the guard
   * does not hold, and then no event either.
   */
  private async updateAtOnce(ticketId: string, patch: TicketPatch, guard: ChangeGuard, event: NewTicketEvent) {
    const data = JSON.stringify(event.data ?? {});
    const row = await this.db
      .with('ticket', (db) =>
        applyGuard(
          db
            .updateTable('handoff_tickets')
            .set((eb) => ({ ...toRowPatch(patch), version: eb('version', '+', 1), last_seq: eb('last_seq', '+', 1), updated_at: event.at }))
            .where('id', '=', ticketId),
          guard,
        ).returningAll(),
      )
      .with('event', (db) =>
        db
          .insertInto('handoff_events')
          .columns(['ticket_id', 'seq', 'type', 'from_status', 'to_status', 'actor_id', 'actor_name', 'data', 'created_at'])
          .expression((eb) =>
            eb
              .selectFrom('ticket')
              .select((s) => [
                'ticket.id',
                'ticket.last_seq',
                s.val(event.type).as('type'),
                s.val(null).as('from_status'),
                s.val(null).as('to_status'),
                s.val(event.actor?.id ?? null).as('actor_id'),
                s.val(event.actor?.name ?? null).as('actor_name'),
                s.val(data).as('data'),
                s.val(event.at).as('created_at'),
              ]),
          ),
      )
      .selectFrom('ticket')
      .selectAll()
      .executeTakeFirst();
    if (!row) return undefined;
    const stored: HandoffEventsTable = {
      ticket_id: ticketId,
      seq: Number(row.last_seq),
      type: event.type,
      from_status: null,
      to_status: null,
      actor_id: event.actor?.id ?? null,
      actor_name: event.actor?.name ?? null,
      data,
      created_at: event.at,
    };
    return { ticket: toTicket(row), event: toEvent(stored), entry: undefined };
  }

  async listEntries(ticketId: string) {
    const rows = await this.db.selectFrom('handoff_entries').selectAll().where('ticket_id', '=', ticketId).orderBy('seq').execute();
    return rows.map(toEntry);
  }

  async listEvents(ticketId: string, options: { limit?: number } = {}) {
    const rows = await this.db
      .selectFrom('handoff_events')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .orderBy('seq', 'desc')
      .limit(options.limit ?? 200)
      .execute();
    return rows.reverse().map(toEvent);
  }

  async slaCandidates(now: string) {
    const rows = await this.db
      .selectFrom('handoff_tickets')
      .selectAll()
      .where('status', 'in', [...OPEN_STATUSES])
      .where((eb) =>
        eb.or([
          eb.and([
            eb('first_responded_at', 'is', null),
            eb.or([
              eb.and([eb('first_response_breached', '=', 0), eb('first_response_due_at', '<=', now)]),
              eb.and([eb('first_response_warned', '=', 0), eb('first_response_warn_at', '<=', now)]),
            ]),
          ]),
          eb.and([
            eb('paused_at', 'is', null),
            eb.or([
              eb.and([eb('resolution_breached', '=', 0), eb('resolution_due_at', '<=', now)]),
              eb.and([eb('resolution_warned', '=', 0), eb('resolution_warn_at', '<=', now)]),
            ]),
          ]),
        ]),
      )
      .orderBy('level')
      .orderBy('queued_at')
      .limit(500)
      .execute();
    return rows.map(toTicket);
  }

  async resolvedBefore(before: string, limit: number) {
    const rows = await this.db
      .selectFrom('handoff_tickets')
      .selectAll()
      .where('status', '=', 'resolved')
      .where('resolved_at', '<', before)
      .orderBy('resolved_at')
      .limit(limit)
      .execute();
    return rows.map(toTicket);
  }

  async recentHandleMinutes(group: string, limit: number) {
    const rows = await this.db
      .selectFrom('handoff_tickets')
      .select(['assigned_at', 'resolved_at'])
      .where('skill_group', '=', group)
      .where('resolved_at', 'is not', null)
      .where('assigned_at', 'is not', null)
      .orderBy('resolved_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => (Date.parse(r.resolved_at!) - Date.parse(r.assigned_at!)) / 60_000).filter((m) => m >= 0);
  }

  async countByLevel(statuses: readonly TicketStatus[]) {
    const rows = await this.db
      .selectFrom('handoff_tickets')
      .select((eb) => ['skill_group', 'status', 'level', eb.fn.countAll<number>().as('count'), eb.fn.min('queued_at').as('oldest')])
      .where('status', 'in', [...statuses])
      .groupBy(['skill_group', 'status', 'level'])
      .execute();
    return rows.map((r) => ({
      skillGroup: r.skill_group,
      status: r.status as TicketStatus,
      level: r.level as Level,
      count: Number(r.count),
      oldestQueuedAt: String(r.oldest),
    }));
  }

  async touchAgent(agent: PersonRef & { email?: string | null }, seenAt: string): Promise<{ agent: Agent; cameOnline: boolean }> {
    const details = { name: agent.name, ...(agent.email !== undefined ? { email: agent.email } : {}), last_seen_at: seenAt };
    for (let attempt = 0; attempt < 2; attempt++) {
      const wokeUp = await this.db
        .updateTable('handoff_agents')
        .set({ ...details, online: 1 })
        .where('id', '=', agent.id)
        .where('online', '=', 0)
        .returningAll()
        .executeTakeFirst();
      if (wokeUp) return { agent: toAgent(wokeUp), cameOnline: true };
      const seen = await this.db.updateTable('handoff_agents').set(details).where('id', '=', agent.id).returningAll().executeTakeFirst();
      if (seen) return { agent: toAgent(seen), cameOnline: false };
      const inserted = await this.db
        .insertInto('handoff_agents')
        .values({ id: agent.id, name: agent.name, email: agent.email ?? null, groups: '[]', online: 1, last_seen_at: seenAt })
        .onConflict((oc) => oc.column('id').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { agent: toAgent(inserted), cameOnline: true };
    }
    throw new Error(`agent ${agent.id} could not be recorded`);
  }

  async getAgent(id: string) {
    const row = await this.db.selectFrom('handoff_agents').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAgent(row) : undefined;
  }

  async listAgents() {
    const rows = await this.db.selectFrom('handoff_agents').selectAll().orderBy('name').orderBy('id').execute();
    return rows.map(toAgent);
  }

  async setAgentGroups(agent: PersonRef, groups: string[]) {
    const row = await this.db
      .insertInto('handoff_agents')
      .values({ id: agent.id, name: agent.name, email: null, groups: JSON.stringify(groups), online: 0, last_seen_at: null })
      .onConflict((oc) => oc.column('id').doUpdateSet({ groups: JSON.stringify(groups) }))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAgent(row);
  }

  async expireAgents(cutoff: string) {
    const rows = await this.db
      .updateTable('handoff_agents')
      .set({ online: 0 })
      .where('online', '=', 1)
      .where('last_seen_at', '<', cutoff)
      .returningAll()
      .execute();
    return rows.map(toAgent);
  }
}

async function activeTicket(db: Db, conversationId: string): Promise<Ticket | undefined> {
  const row = await db.selectFrom('handoff_tickets').selectAll().where('active_conversation_id', '=', conversationId).executeTakeFirst();
  return row ? toTicket(row) : undefined;
}

function applyGuard(query: TicketUpdate, guard: ChangeGuard): TicketUpdate {
  let q = query;
  if (guard.version !== undefined) q = q.where('version', '=', guard.version);
  if (guard.statuses?.length) q = q.where('status', 'in', [...guard.statuses]);
  if (guard.assigneeId !== undefined) q = q.where('assignee_id', '=', guard.assigneeId);
  if (guard.claimableBy !== undefined) {
    const agentId = guard.claimableBy;
    q = q.where((eb) => eb.or([eb('reserved_for_id', 'is', null), eb('reserved_for_id', '=', agentId)]));
  }
  return q;
}

async function insertEvent(
  trx: Transaction<HandoffTables>,
  ticketId: string,
  seq: number,
  event: NewTicketEvent,
  from: TicketStatus | null,
  to: TicketStatus | null,
): Promise<TicketEvent> {
  const row: HandoffEventsTable = {
    ticket_id: ticketId,
    seq,
    type: event.type,
    from_status: from,
    to_status: to,
    actor_id: event.actor?.id ?? null,
    actor_name: event.actor?.name ?? null,
    data: JSON.stringify(event.data ?? {}),
    created_at: event.at,
  };
  await trx.insertInto('handoff_events').values(row).execute();
  return toEvent(row);
}

async function insertEntry(trx: Transaction<HandoffTables>, ticketId: string, seq: number, entry: NewEntry): Promise<TicketEntry> {
  const row: HandoffEntriesTable = {
    ticket_id: ticketId,
    seq,
    kind: entry.kind,
    author_id: entry.author.id,
    author_name: entry.author.name,
    text: entry.text,
    created_at: entry.at,
  };
  await trx.insertInto('handoff_entries').values(row).execute();
  return toEntry(row);
}

/** Of a conversation's active-ticket rows (see activeTicketStatement), the ticket its customer's messages go to. */
function chooseActiveTicket(rows: ActiveTicketRow[]): Ticket | undefined {
  const own = rows.find((r) => r.joined_at === '');
  const joined = rows.filter((r) => r.joined_at !== '').sort((a, b) => (a.joined_at < b.joined_at ? 1 : -1))[0];
  // A ticket of its own that was handed back to the bot gives way to an open one the customer joined meanwhile.
  const chosen = own && own.status !== 'bot' ? own : (joined ?? own);
  return chosen ? toTicket(chosen) : undefined;
}
