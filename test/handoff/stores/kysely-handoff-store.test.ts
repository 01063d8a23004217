import { CodedError } from '../../../contracts';
import { forEachDatabase } from '../../support/databases';
import { agent, createHandoffFixture, handoffRequest, supervisor, type HandoffFixture } from '../support/handoff-fixture';

forEachDatabase('HandoffStore contract', (kind) => {
  let fx: HandoffFixture;

  beforeAll(async () => {
    fx = await createHandoffFixture({ kind, start: '2026-11-22T10:00:00.000Z' });
  });
  afterAll(async () => {
    await fx.close();
  });

  test('ticket ids are T-YYYYMMDD-NNNN, consecutive per day, unique under concurrency', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => fx.service.requestHandoff(handoffRequest())));
    const ids = results.map((r) => r.ticket.id).sort();
    expect(new Set(ids).size).toBe(30);
    for (const id of ids) expect(id).toMatch(/^T-20261122-\d{4}$/);
    const numbers = ids.map((id) => Number(id.slice(-4)));
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => numbers[0] + i));
    expect(results.every((r) => r.created)).toBe(true);

    fx.clock.set('2026-11-23T00:30:00.000Z');
    const nextDay = await fx.service.requestHandoff(handoffRequest());
    expect(nextDay.ticket.id).toBe('T-20261123-0001');
    fx.clock.set('2026-11-22T10:00:00.000Z');
  });

  test('one active ticket per conversation, even when requests race', async () => {
    const request = handoffRequest();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => fx.service.requestHandoff({ ...request, reasons: [{ code: `r${i}`, detail: `reason ${i}` }] })),
    );
    expect(new Set(results.map((r) => r.ticket.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const ticket = await fx.store.getTicket(results[0].ticket.id);
    // Every racing request's reasons were merged into the one ticket.
    expect(ticket!.reasons.map((r) => r.code).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `r${i}`).sort());
  });

  test('the active-ticket read another statement carries (PostgreSQL) finds what findActiveTicket finds, rows as JSON', async () => {
    // As the conversation store's turn-start statement runs it: the rows aggregated to JSON, parameters after its own.
    const carried = async (conversationId: string) => {
      const read = fx.store.activeTicketRead(conversationId);
      if (kind === 'sqlite') return expect(read).toBeUndefined();
      const renumbered = read!.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + 1}`);
      const { rows } = await fx.handle.pgPool!.query(`select $1::text as own, (select coalesce(json_agg(c), '[]'::json) from (${renumbered}) as c) as rows`, ['x', ...read!.parameters]);
      expect(read!.read(rows[0].rows)).toEqual(await fx.store.findActiveTicket(conversationId));
    };
    const customer = { id: 'customer-carried', name: 'Ada' };
    await carried('conv-none');
    const web = await fx.service.requestHandoff(handoffRequest({ conversationId: 'carried-web', channel: 'webchat', customer, joinOpenTicket: true }));
    await carried('carried-web');
    // A second channel of the same customer joins the open ticket: found through the join.
    await fx.service.requestHandoff(handoffRequest({ conversationId: 'carried-teams', channel: 'msteams', customer, joinOpenTicket: true }));
    expect((await fx.store.findActiveTicket('carried-teams'))!.id).toBe(web.ticket.id);
    await carried('carried-teams');
    await fx.service.claim(agent('carried-agent'), web.ticket.id);
    await carried('carried-web');
  });

  test('20 agents claiming one ticket at once: exactly one wins, the others get 409', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest());
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => fx.service.claim(agent(`claimer-${i}`), ticket.id)));
    const winners = outcomes.filter((o) => o.status === 'fulfilled');
    const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(loser.reason).toBeInstanceOf(CodedError);
      expect((loser.reason as CodedError).status).toBe(409);
    }
    const stored = await fx.store.getTicket(ticket.id);
    const winner = (winners[0] as PromiseFulfilledResult<{ assignee: { id: string } }>).value;
    expect(stored!.status).toBe('assigned');
    expect(stored!.assignee!.id).toBe(winner.assignee.id);
    // One claimed event, no matter how many tried.
    const events = await fx.store.listEvents(ticket.id);
    expect(events.filter((e) => e.type === 'ticket.claimed')).toHaveLength(1);
  });

  test('every transition is stored as an event with from and to; seqs are gap-free per ticket', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest());
    await fx.service.claim(agent('a1'), ticket.id);
    await fx.service.addNote(agent('a1'), ticket.id, 'checking the order');
    await fx.service.sendMessage(agent('a1'), ticket.id, 'Hello, I am on it');
    await fx.service.resolve(agent('a1'), ticket.id, { code: 'solved' });
    const events = await fx.store.listEvents(ticket.id);
    expect(events.map((e) => [e.type, e.from, e.to])).toEqual([
      ['ticket.created', 'bot', 'queued'],
      ['ticket.claimed', 'queued', 'assigned'],
      ['ticket.note', null, null],
      ['ticket.message', null, null],
      ['ticket.resolved', 'assigned', 'resolved'],
    ]);
    const entries = await fx.store.listEntries(ticket.id);
    const seqs = [...events.map((e) => e.seq), ...entries.map((e) => e.seq)].sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });

  test('a change with its event only: both stored at the next seq, neither when the guard fails; racing changes queue up', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest());
    const at = '2026-11-22T10:05:00.000Z';
    const changed = await fx.store.update(ticket.id, {
      patch: { lastCustomerMessage: 'still there?' },
      guard: { version: ticket.version },
      event: { type: 'ticket.customer-message', actor: null, at, data: { chars: 12 } },
    });
    expect(changed!.ticket).toMatchObject({ id: ticket.id, lastCustomerMessage: 'still there?', version: ticket.version + 1 });
    expect(changed!.event).toMatchObject({ ticketId: ticket.id, seq: 2, type: 'ticket.customer-message', from: null, to: null, actor: null, data: { chars: 12 }, at });
    // The stale version loses: no change and no event.
    const stale = await fx.store.update(ticket.id, { patch: { lastCustomerMessage: 'lost' }, guard: { version: ticket.version }, event: { type: 'ticket.customer-message', actor: null, at, data: {} } });
    expect(stale).toBeUndefined();
    // Unguarded changes at once each get their own event, seqs without gaps.
    const racing = await Promise.all(
      Array.from({ length: 8 }, (_, i) => fx.store.update(ticket.id, { event: { type: 'ticket.updated', actor: { id: 'sweep', name: 'SLA' }, at, data: { i } } })),
    );
    expect(racing.map((r) => r!.event.seq).sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    const events = await fx.store.listEvents(ticket.id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(events[1]).toEqual(changed!.event);
    expect(events.at(-1)).toMatchObject({ actor: { id: 'sweep', name: 'SLA' } });
    expect(await fx.store.getTicket(ticket.id)).toMatchObject({ lastCustomerMessage: 'still there?', version: ticket.version + 9 });
  });

  test('queue order: L1 first regardless of arrival, then level, then oldest', async () => {
    const group = `order-${kind}`;
    const fxOrder = await createHandoffFixture({
      kind,
      config: { routing: { groups: [{ id: 'general', name: 'General' }, { id: group, name: 'Order' }], rules: [{ group, channels: [group] }] } },
    });
    try {
      const make = async (level: 'L1' | 'L2' | 'L3') => {
        fxOrder.clock.advanceMinutes(1);
        return (await fxOrder.service.requestHandoff(handoffRequest({ level, channel: group }))).ticket.id;
      };
      const l3old = await make('L3');
      const l2old = await make('L2');
      const l3new = await make('L3');
      const l1 = await make('L1');
      const l2new = await make('L2');
      const list = await fxOrder.service.listTickets(supervisor(), { statuses: ['queued'] });
      expect(list.map((t) => t.id)).toEqual([l1, l2old, l2new, l3old, l3new]);
      expect(list.map((t) => t.queuePosition)).toEqual([1, 2, 3, 4, 5]);

      // Pages of two walk the same order, each starting after the previous page's last ticket, and end.
      const paged: string[] = [];
      let after: Awaited<ReturnType<typeof fxOrder.service.listTicketPage>>['next'];
      for (let pages = 0; pages < 5; pages++) {
        const page = await fxOrder.service.listTicketPage(supervisor(), { statuses: ['queued'], limit: 2, after });
        paged.push(...page.tickets.map((t) => t.id));
        after = page.next;
        if (!after) break;
      }
      expect(paged).toEqual([l1, l2old, l2new, l3old, l3new]);
      expect(after).toBeUndefined();
      // Two tickets queued in the same millisecond still page by id, without skipping or repeating either.
      const sameTime = [await make('L1'), (await fxOrder.service.requestHandoff(handoffRequest({ level: 'L1', channel: group }))).ticket.id];
      const onePerPage: string[] = [];
      after = undefined;
      for (let pages = 0; pages < 3; pages++) {
        const page = await fxOrder.service.listTicketPage(supervisor(), { statuses: ['queued'], limit: 1, after });
        onePerPage.push(page.tickets[0].id);
        after = page.next;
      }
      expect(onePerPage).toEqual([l1, ...[...sameTime].sort()]);
    } finally {
      await fxOrder.close();
    }
  });

  test('an agent gone silent is taken offline once, even when two sweeps race', async () => {
    await fx.store.touchAgent({ id: 'silent', name: 'Silent' }, '2026-11-22T09:00:00.000Z');
    const [a, b] = await Promise.all([fx.store.expireAgents('2026-11-22T09:30:00.000Z'), fx.store.expireAgents('2026-11-22T09:30:00.000Z')]);
    expect([...a, ...b].filter((x) => x.id === 'silent')).toHaveLength(1);
    const again = await fx.store.touchAgent({ id: 'silent', name: 'Silent' }, '2026-11-22T10:00:00.000Z');
    expect(again.cameOnline).toBe(true);
  });
});
