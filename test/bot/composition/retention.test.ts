/**
 * Retention: transcripts idle for RETENTION_DAYS and finished tickets untouched as long are deleted; a conversation
 * whose ticket is still in progress is kept however old; the purge runs once per cluster (an advisory lock on
 * PostgreSQL, and not again within the hour on any instance).
 */
import { sql, type Kysely } from 'kysely';
import { purgeExpired } from '../../../bot/composition/retention';
import { forEachDatabase } from '../../support/databases';
import { startTestBaton, type TestBaton } from '../../support/services';

const DAY = 86_400_000;
const NOW = new Date('2026-12-01T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

forEachDatabase('retention purge', (kind) => {
  let baton: TestBaton;
  let db: Kysely<any>;
  beforeEach(async () => {
    baton = await startTestBaton({ database: kind, demo: false, env: { RETENTION_DAYS: '30' } });
    db = baton.parts.database.db as Kysely<any>;
  });
  afterEach(() => baton.close());

  /** A conversation of three stored activities, last written `idleDays` ago, with a ticket in `ticket` status if given. */
  async function conversation(id: string, idleDays: number, ticket?: 'queued' | 'closed') {
    const { conversations, handoff } = baton.parts;
    await conversations.ensure({ id, channel: 'webchat', userId: `user-${id}` });
    for (const [role, text] of [['customer', 'my parcel is lost'], ['bot', 'Here is how to trace it'], ['customer', 'a person please']] as const) {
      await conversations.append(id, { direction: role === 'customer' ? 'in' : 'out', role, type: 'message', text, activity: { type: 'message', text } });
    }
    await db.updateTable('conversations').set({ updated_at: daysAgo(idleDays) }).where('id', '=', id).execute();
    if (!ticket) return undefined;
    const { ticket: made } = await handoff.requestHandoff({
      conversationId: id,
      channel: 'webchat',
      customer: { id: `customer-${id}` },
      lang: 'en',
      level: 'L3',
      category: 'inquiry',
      reasons: [{ code: 'agent_request', detail: 'asked for a person' }],
    });
    const closed = ticket === 'closed' ? { status: 'closed', active_conversation_id: null, closed_at: daysAgo(idleDays) } : {};
    await db.updateTable('handoff_tickets').set({ ...closed, updated_at: daysAgo(idleDays) }).where('id', '=', made.id).execute();
    return made.id;
  }

  const count = async (table: string, column: string, value: string) =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where(column, '=', value).executeTakeFirstOrThrow()).n);

  test('deletes what is past retention, keeps the recent and what a person is still working on', async () => {
    await conversation('old', 40);
    await conversation('recent', 5);
    const open = await conversation('old-open-ticket', 40, 'queued');
    const closed = await conversation('old-closed-ticket', 40, 'closed');
    expect(await count('handoff_events', 'ticket_id', closed!)).toBeGreaterThan(0);

    const report = await purgeExpired(baton.parts.database, { days: 30, now: NOW });
    expect(report).toMatchObject({ ran: true, conversations: 2, activities: 6, tickets: 1 });
    expect(report.events).toBeGreaterThan(0);

    const left = (await db.selectFrom('conversations').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(left).toEqual(['old-open-ticket', 'recent']);
    expect(await count('activities', 'conversation_id', 'old')).toBe(0);
    expect(await count('activities', 'conversation_id', 'old-open-ticket')).toBe(3);
    expect(await count('handoff_tickets', 'id', closed!)).toBe(0);
    expect(await count('handoff_events', 'ticket_id', closed!)).toBe(0);
    expect(await count('handoff_tickets', 'id', open!)).toBe(1);
  });

  test('an old Teams conversation that joined an open web ticket is kept while the ticket is open; its link goes with the ticket', async () => {
    const ticketId = await conversation('web-open', 40, 'queued');
    await conversation('teams-joined', 40);
    await baton.parts.handoff.requestHandoff({
      conversationId: 'teams-joined',
      channel: 'msteams',
      customer: { id: 'customer-web-open' },
      lang: 'en',
      level: 'L3',
      category: 'inquiry',
      reasons: [{ code: 'agent_request', detail: 'asked again on Teams' }],
      joinOpenTicket: true,
    });
    await db.updateTable('handoff_tickets').set({ updated_at: daysAgo(40) }).where('id', '=', ticketId!).execute();
    expect(await purgeExpired(baton.parts.database, { days: 30, now: NOW })).toMatchObject({ ran: true, conversations: 0, tickets: 0 });
    expect(await count('activities', 'conversation_id', 'teams-joined')).toBe(3);

    await db.updateTable('handoff_tickets').set({ status: 'closed', active_conversation_id: null, updated_at: daysAgo(40) }).where('id', '=', ticketId!).execute();
    const later = new Date(NOW.getTime() + 2 * 3_600_000);
    expect(await purgeExpired(baton.parts.database, { days: 30, now: later })).toMatchObject({ ran: true, conversations: 2, tickets: 1 });
    expect(await count('handoff_ticket_conversations', 'ticket_id', ticketId!)).toBe(0);
  });

  test('runs once per hour across instances: a second run within the hour does nothing', async () => {
    await conversation('old', 40);
    expect(await purgeExpired(baton.parts.database, { days: 30, now: NOW })).toMatchObject({ ran: true, conversations: 1 });
    await conversation('old-2', 40);
    expect(await purgeExpired(baton.parts.database, { days: 30, now: new Date(NOW.getTime() + 10 * 60_000) })).toMatchObject({ ran: false, conversations: 0 });
    expect(await purgeExpired(baton.parts.database, { days: 30, now: new Date(NOW.getTime() + 61 * 60_000) })).toMatchObject({ ran: true, conversations: 1 });
  });

  test('RETENTION_DAYS registers the purge job with Baton', () => {
    expect(baton.baton.jobs.names).toContain('retention.purge');
  });

  if (kind === 'postgres') {
    test('while another instance holds the lock, the purge steps aside', async () => {
      await conversation('old', 40);
      await db.connection().execute(async (other) => {
        await sql`select pg_advisory_lock(hashtext('baton.retention'))`.execute(other);
        try {
          expect(await purgeExpired(baton.parts.database, { days: 30, now: NOW })).toMatchObject({ ran: false });
        } finally {
          await sql`select pg_advisory_unlock(hashtext('baton.retention'))`.execute(other);
        }
      });
      expect(await purgeExpired(baton.parts.database, { days: 30, now: NOW })).toMatchObject({ ran: true, conversations: 1 });
    });
  }
});

test('without RETENTION_DAYS nothing is purged: no job is registered', async () => {
  const baton = await startTestBaton({ demo: false });
  try {
    expect(baton.baton.jobs.names).not.toContain('retention.purge');
  } finally {
    await baton.close();
  }
});
