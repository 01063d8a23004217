/**
 * Progress updates end to end: customers talk over Direct Line, a person takes over, and with a clock the test
 * controls the customer hears how the ticket is going every 4 business hours (ordinary) or every hour (urgent), in
 * their own language; the agent is reminded before; an agent's own reply replaces the automatic update; nothing is
 * sent outside business hours. On SQLite and PostgreSQL.
 */
import http from 'node:http';
import request from 'supertest';
import type { Actor } from '../../contracts';
import type { Ticket } from '../../handoff';
import { forEachDatabase } from '../support/databases';
import { listenTestBaton, startTestBaton, type TestBaton } from '../support/services';
import { onServerSentEvents } from '../support/sse';
import { waitFor } from '../support/wait';
import { arriveOnWebChat } from '../support/web-chat-customer';
import { fakeClock } from './support/handoff-fixture';

const ann: Actor = { id: 'ann', name: 'Ann Agent', roles: ['agent'] };
// Monday 2 March 2026, business hours 09:00–18:00 UTC on weekdays.
const MONDAY = '2026-03-02';
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00.000Z`;
const TUESDAY = '2026-03-03';
const FRIDAY = '2026-03-06';
const SATURDAY = '2026-03-07';
const SUNDAY = '2026-03-08';
const NEXT_MONDAY = '2026-03-09';
const sue: Actor = { id: 'sup', name: 'Sue', roles: ['supervisor'] };

forEachDatabase('progress updates over Direct Line', (kind) => {
  let baton: TestBaton;
  const clock = fakeClock(at(MONDAY, '09:00'));

  beforeAll(async () => {
    const weekday = ['09:00-18:00'];
    baton = await startTestBaton({
      database: kind,
      handoff: {
        clock,
        config: { businessHours: { timeZone: 'UTC', weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } } },
      },
    });
  });
  afterAll(() => baton.close());

  const customer = (locale: string) => arriveOnWebChat(baton.app, { locale });

  async function ticketOf(conversationId: string): Promise<Ticket> {
    const tickets = await baton.parts.handoff.listTickets({ id: 'sup', name: 'Sue', roles: ['supervisor'] });
    const ticket = tickets.find((t) => t.conversationId === conversationId);
    if (!ticket) throw new Error(`no ticket for ${conversationId}`);
    return ticket;
  }

  async function eventsOf(ticketId: string): Promise<string[]> {
    const detail = await baton.parts.handoff.getTicket({ id: 'sup', name: 'Sue', roles: ['supervisor'] }, ticketId);
    return (detail as unknown as { events: Array<{ type: string }> }).events.map((e) => e.type).filter((t) => t.startsWith('progress.'));
  }

  /** Runs the timer work at each time (the agent keeps her console open) and checks what happened. */
  async function expectSteps(reader: { readTexts(): Promise<string[]> }, steps: Array<[string, number, number, Array<string | RegExp>]>) {
    for (const [time, reminders, updates, reads] of steps) {
      clock.set(time);
      await baton.parts.handoff.heartbeat(ann);
      const report = await baton.parts.handoff.tick();
      const said = await reader.readTexts();
      expect([time, report.progressReminders, report.progressUpdates, said.length]).toEqual([time, reminders, updates, reads.length]);
      reads.forEach((expected, i) => expect(said[i]).toMatch(expected));
    }
  }

  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  test('an ordinary ticket: reminded at 3 h 45, updated at 4 h; an agent’s own update restarts the count; quiet hours wait', async () => {
    const ada = await customer('en-US');
    await ada.say('I want to talk to a person');
    const ticket = await ticketOf(ada.conversationId);
    expect(ticket.level).toBe('L3');
    clock.set(at(MONDAY, '09:05'));
    await baton.parts.handoff.claim(ann, ticket.id);
    clock.set(at(MONDAY, '09:10'));
    await baton.parts.handoff.sendMessage(ann, ticket.id, 'Looking into it now.');
    clock.set(at(MONDAY, '09:12'));
    await ada.say('thanks');
    await ada.readTexts();
    const due = (await ticketOf(ada.conversationId)).sla.resolutionDueAt;
    const when = new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC', timeZoneName: 'short' }).format(new Date(due));

    await expectSteps(ada, [
      [at(MONDAY, '12:54'), 0, 0, []],
      [at(MONDAY, '12:55'), 1, 0, []],
      [at(MONDAY, '13:00'), 0, 0, []],
      [at(MONDAY, '13:10'), 0, 1, [new RegExp(`^An update on your ticket ${ticket.id}: it is with Ann Agent, and we expect to answer by ${escape(when)}\\.$`)]],
      [at(MONDAY, '13:15'), 0, 0, []],
    ]);
    expect(await eventsOf(ticket.id)).toEqual(['progress.reminder', 'progress.update']);

    // Ann writes her own update at 14:00: the automatic one moves to 18:00, the close of business, and waits for the morning.
    clock.set(at(MONDAY, '14:00'));
    await baton.parts.handoff.sendMessage(ann, ticket.id, 'Still on it: the warehouse is checking.');
    expect(await ada.readTexts()).toEqual(['Still on it: the warehouse is checking.']);
    await expectSteps(ada, [
      [at(MONDAY, '17:10'), 0, 0, []],
      [at(MONDAY, '17:45'), 1, 0, []],
      [at(MONDAY, '18:00'), 0, 0, []],
      [at(MONDAY, '23:00'), 0, 0, []],
      [at(TUESDAY, '08:59'), 0, 0, []],
      [at(TUESDAY, '09:00'), 0, 1, [/^An update on your ticket T-\S+: it is with Ann Agent, who is still working on it\./]],
    ]);
    await baton.parts.handoff.resolve(ann, ticket.id, { code: 'solved' });
  });

  test('an urgent ticket in Chinese, waiting in the queue: hourly, in business minutes, in the customer’s language', async () => {
    clock.set(at(TUESDAY, '17:30'));
    const lin = await customer('zh-CN');
    await lin.say('充电器着火了，把我的手烫伤了，我要找人工');
    const ticket = await ticketOf(lin.conversationId);
    expect(ticket.level).toBe('L1');
    await lin.readTexts();
    // 30 business minutes on Tuesday, 30 more on Wednesday morning.
    const WEDNESDAY = '2026-03-04';
    await expectSteps(lin, [
      [at(TUESDAY, '17:59'), 0, 0, []],
      [at(TUESDAY, '22:00'), 0, 0, []],
      [at(WEDNESDAY, '09:14'), 0, 0, []],
      [at(WEDNESDAY, '09:15'), 1, 0, []],
      [at(WEDNESDAY, '09:30'), 0, 1, [new RegExp(`^工单 ${ticket.id} 进展：您目前排在第 1 位`)]],
      [at(WEDNESDAY, '10:14'), 0, 0, []],
      [at(WEDNESDAY, '10:15'), 1, 0, []],
      [at(WEDNESDAY, '10:29'), 0, 0, []],
      [at(WEDNESDAY, '10:30'), 0, 1, [new RegExp(`^工单 ${ticket.id} 进展`)]],
    ]);
  });
  /** Earlier tests' tickets must not be counted in the next one's ticks. */
  async function resolveOpenTickets() {
    for (const ticket of await baton.parts.handoff.listTickets(sue)) {
      if (ticket.status === 'queued') await baton.parts.handoff.claim(sue, ticket.id);
      await baton.parts.handoff.resolve(sue, ticket.id, { code: 'solved' });
    }
  }

  test('quiet hours: told on Friday afternoon, nothing over the weekend; the reminder and the update come on Monday morning, in business minutes', async () => {
    await resolveOpenTickets();
    clock.set(at(FRIDAY, '15:50'));
    const bo = await customer('en-GB');
    await bo.say('I want to talk to a person');
    const ticket = await ticketOf(bo.conversationId);
    clock.set(at(FRIDAY, '16:00'));
    await baton.parts.handoff.claim(ann, ticket.id);
    await bo.readTexts();
    // Told at 16:00 Friday: 2 business hours on Friday, 2 on Monday, so due at 11:00 Monday; the reminder at 10:45.
    await expectSteps(bo, [
      [at(FRIDAY, '17:59'), 0, 0, []],
      [at(FRIDAY, '20:00'), 0, 0, []],
      [at(SATURDAY, '10:45'), 0, 0, []],
      [at(SUNDAY, '11:00'), 0, 0, []],
      [at(NEXT_MONDAY, '09:00'), 0, 0, []],
      [at(NEXT_MONDAY, '10:44'), 0, 0, []],
      [at(NEXT_MONDAY, '10:45'), 1, 0, []],
      [at(NEXT_MONDAY, '10:59'), 0, 0, []],
      [at(NEXT_MONDAY, '11:00'), 0, 1, [new RegExp(`^An update on your ticket ${escape(ticket.id)}: it is with Ann Agent`)]],
    ]);
    expect(await eventsOf(ticket.id)).toEqual(['progress.reminder', 'progress.update']);
    await baton.parts.handoff.resolve(ann, ticket.id, { code: 'solved' });
  });

  test('the reminder reaches the console of the agent handling the ticket, live, once per due update; an agent who replies in time replaces the update', async () => {
    await resolveOpenTickets();
    const user = await baton.parts.auth.createUser({ email: 'cleo@example.com', name: 'Cleo Agent', password: 'cleo correct horse', roles: ['agent'] });
    const cleo: Actor = { id: user.id, name: 'Cleo Agent', roles: ['agent'] };
    const token = (await request(baton.app).post('/api/auth/token').send({ email: 'cleo@example.com', password: 'cleo correct horse' }).expect(200)).body.token as string;
    const live = await listenTestBaton(baton);
    const heard: Array<{ type: string; ticketId?: string; data?: Record<string, unknown>; ticket?: { assignee?: { id: string } | null } }> = [];
    const stream = await new Promise<http.ClientRequest>((resolve) => {
      const req = http.get(`${live.origin}/api/tickets/events`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
        onServerSentEvents<(typeof heard)[number]>(res, (event) => heard.push(event));
        resolve(req);
      });
    });
    try {
      await waitFor(() => heard.some((e) => e.type === 'ready'));
      clock.set(at(NEXT_MONDAY, '13:00'));
      const dee = await customer('en-US');
      await dee.say('I want to talk to a person');
      const ticket = await ticketOf(dee.conversationId);
      clock.set(at(NEXT_MONDAY, '13:05'));
      await request(baton.app).post(`/api/tickets/${ticket.id}/claim`).set('Authorization', `Bearer ${token}`).expect(200);
      await dee.readTexts();
      const reminders = () => heard.filter((e) => e.type === 'progress.reminder' && e.ticketId === ticket.id);

      // Due at 17:05; the reminder at 16:50, on Cleo's console, naming her as the one to act.
      for (const time of ['16:49', '16:50', '16:55']) {
        clock.set(at(NEXT_MONDAY, time));
        await baton.parts.handoff.heartbeat(cleo);
        await baton.parts.handoff.tick();
      }
      await waitFor(() => reminders().length > 0, { timeoutMs: 5_000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reminders()).toEqual([
        expect.objectContaining({ data: { dueAt: at(NEXT_MONDAY, '17:05'), assignee: cleo.id }, ticket: expect.objectContaining({ assignee: { id: cleo.id, name: 'Cleo Agent' } }) }),
      ]);

      // Cleo answers at 17:00, before it is due: no automatic update at 17:05; the next counts from her reply.
      clock.set(at(NEXT_MONDAY, '17:00'));
      await request(baton.app).post(`/api/tickets/${ticket.id}/messages`).set('Authorization', `Bearer ${token}`).send({ text: 'Nearly there.' }).expect(201);
      expect(await dee.readTexts()).toEqual(['Nearly there.']);
      clock.set(at(NEXT_MONDAY, '17:05'));
      await baton.parts.handoff.heartbeat(cleo);
      expect(await baton.parts.handoff.tick()).toMatchObject({ progressUpdates: 0, progressReminders: 0 });
      expect(await dee.readTexts()).toEqual([]);
      expect(await eventsOf(ticket.id)).toEqual(['progress.reminder']);
      await baton.parts.handoff.resolve(cleo, ticket.id, { code: 'solved' });
    } finally {
      stream.destroy();
      await live.close();
    }
  });
});
