/**
 * The service promises on Teams, through the Microsoft 365 Agents Playground (Teams-shaped activities, the real Agents
 * SDK adapter, replies read from the playground's chat stream), with a handoff clock the test controls:
 * - progress updates for a ticket opened from Teams arrive in the Teams chat, proactively: at 4 business hours for an
 *   ordinary ticket, at 1 for an urgent one, in English and in Chinese;
 * - one customer across channels: Ada is known to the customer directory by her e-mail (the website signs her in and
 *   gives it as the Direct Line user) and by her Teams id. The console's view of her Teams ticket shows her web ticket;
 *   a new question from Teams about her open web ticket joins it; and replies follow her to the channel she last wrote
 *   from (web → Teams and Teams → web), progress updates too, while the console's transcript keeps both.
 * On SQLite and PostgreSQL.
 */
import request from 'supertest';
import type { Actor } from '../../contracts';
import type { Ticket } from '../../handoff';
import { fakeClock } from '../handoff/support/handoff-fixture';
import { forEachDatabase } from '../support/databases';
import { describeWithPlayground, startPlayground, type BotMessage, type Playground } from '../support/playground';
import { listenTestBaton, startTestBaton, type TestBaton } from '../support/services';
import { staffToken } from '../support/staff-token';
import { sleep, waitFor } from '../support/wait';
import { arriveSignedIn } from '../support/web-chat-customer';

const SECRET = 'local-secret-0123456789';
const ann: Actor = { id: 'ann', name: 'Ann Agent', roles: ['agent'] };
const sue: Actor = { id: 'sue', name: 'Sue Supervisor', roles: ['supervisor'] };
// Business hours 09:00–18:00 UTC on weekdays; Monday 2 March 2026.
const MONDAY = '2026-03-02';
const TUESDAY = '2026-03-03';
const WEDNESDAY = '2026-03-04';
const THURSDAY = '2026-03-05';
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00.000Z`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers may be plain text or Adaptive Cards: look at both. */
const shown = (message: BotMessage) => `${message.text}\n${JSON.stringify(message.attachments)}`;

forEachDatabase('Teams in the Agents Playground: progress updates and one customer across channels', (kind) => {
  describeWithPlayground('Teams', () => {
    let baton: TestBaton;
    let live: Awaited<ReturnType<typeof listenTestBaton>>;
    let playground: Playground;
    let admin: string;
    const clock = fakeClock(at(MONDAY, '09:00'));

    beforeAll(async () => {
      const weekday = ['09:00-18:00'];
      baton = await startTestBaton({
        database: kind,
        env: { DIRECTLINE_SECRET: SECRET },
        handoff: { clock, config: { businessHours: { timeZone: 'UTC', weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } } } },
      });
      live = await listenTestBaton(baton);
      playground = await startPlayground({ botEndpoint: `${live.origin}/api/messages` });
      // Ada: her e-mail (the website's signed-in user) and her Teams id, the playground's current user.
      await baton.parts.customers.upsertAll([{ email: 'ada@example.com', channel: 'msteams', userId: playground.config.currentUser.id, name: 'Ada', tier: 'regular' }]);
      admin = await staffToken(baton.app, 'admin@example.com', 'correct horse battery');
      await playground.installApp();
      await playground.waitForBotMessage((m) => /store assistant/.test(shown(m)));
    }, 90_000);
    afterAll(async () => {
      await playground?.close();
      await live?.close();
      await baton?.close();
    }, 30_000);

    const teamsConversation = () => playground.personalConversationId;

    /** Ada types in Teams; resolves with the first bot message since that matches. */
    async function inTeams(text: string, expected?: RegExp): Promise<BotMessage | undefined> {
      const since = playground.botMessages().length;
      await playground.sendTeamsMessage(text);
      return expected ? playground.waitForBotMessage((m) => expected.test(shown(m)), { since }) : undefined;
    }

    /** Runs the timer work at `time`, Ann's console open, and returns what it did and what Teams showed since. */
    async function tickAt(time: string): Promise<{ updates: number; reminders: number; teams: string[] }> {
      clock.set(time);
      await baton.parts.handoff.heartbeat(ann);
      const since = playground.botMessages().length;
      const report = await baton.parts.handoff.tick();
      // A proactive message is posted to the playground before tick() returns; the stream event may trail it a little.
      if (report.progressUpdates > 0) await waitFor(() => playground.botMessages().length > since, { timeoutMs: 10_000 });
      else await sleep(200);
      return { updates: report.progressUpdates, reminders: report.progressReminders, teams: playground.botMessages().slice(since).map((m) => m.text) };
    }

    async function ticketOf(conversationId: string): Promise<Ticket> {
      const tickets = await baton.parts.handoff.listTickets(sue, { statuses: ['queued', 'assigned'] });
      const ticket = tickets.find((t) => t.conversationId === conversationId);
      if (!ticket) throw new Error(`no open ticket of conversation ${conversationId}`);
      return ticket;
    }

    /** The ticket as the agent console reads it. */
    const consoleView = async (id: string) => (await request(baton.app).get(`/api/tickets/${id}`).set('Authorization', `Bearer ${admin}`).expect(200)).body;

    /** Ada on the website, signed in: the site gives her e-mail as the Direct Line user. */
    const adaOnTheWeb = () => arriveSignedIn(baton.app, SECRET, 'ada@example.com');

    test('an ordinary ticket opened from Teams: reminded at 3 h 45, the update arrives in the Teams chat at 4 business hours', async () => {
      await inTeams('I want to talk to a person', /number 1 in the queue/);
      const ticket = await ticketOf(teamsConversation());
      expect([ticket.channel, ticket.level]).toEqual(['msteams', 'L3']);
      clock.set(at(MONDAY, '09:05'));
      const since = playground.botMessages().length;
      await baton.parts.handoff.claim(ann, ticket.id);
      await playground.waitForBotMessage((m) => /Ann Agent has joined/.test(m.text), { since });
      clock.set(at(MONDAY, '09:10'));
      await baton.parts.handoff.sendMessage(ann, ticket.id, 'Looking into it now.');
      await playground.waitForBotMessage((m) => m.text === 'Looking into it now.', { since });
      // Ada answers: the ticket waits on Ann again, and the update can say by when she expects to answer.
      clock.set(at(MONDAY, '09:12'));
      await inTeams('thanks');
      await waitFor(async () => (await baton.parts.handoff.getTicket(sue, ticket.id)).lastCustomerMessage === 'thanks', { timeoutMs: 10_000 });
      const due = (await ticketOf(teamsConversation())).sla.resolutionDueAt;
      const when = new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC', timeZoneName: 'short' }).format(new Date(due));

      expect(await tickAt(at(MONDAY, '12:54'))).toEqual({ updates: 0, reminders: 0, teams: [] });
      expect(await tickAt(at(MONDAY, '12:55'))).toEqual({ updates: 0, reminders: 1, teams: [] });
      expect(await tickAt(at(MONDAY, '13:09'))).toEqual({ updates: 0, reminders: 0, teams: [] });
      const update = await tickAt(at(MONDAY, '13:10'));
      expect(update).toMatchObject({ updates: 1, reminders: 0 });
      expect(update.teams).toEqual([`An update on your ticket ${ticket.id}: it is with Ann Agent, and we expect to answer by ${when}.`]);
      const [message] = playground.botMessages().slice(-1);
      expect(message.conversationId).toBe(teamsConversation());
      // The next one counts from this update: nothing more until 17:10.
      expect(await tickAt(at(MONDAY, '17:09'))).toMatchObject({ updates: 0, teams: [] });

      clock.set(at(MONDAY, '17:30'));
      await baton.parts.handoff.resolve(ann, ticket.id, { code: 'solved' });
    });

    test('an urgent ticket in Chinese from Teams, waiting in the queue: hourly updates in business minutes, in Chinese, in Teams', async () => {
      clock.set(at(TUESDAY, '17:30'));
      await inTeams('充电器着火了，把我的手烫伤了，我要找人工', /工单/);
      const ticket = await ticketOf(teamsConversation());
      expect([ticket.channel, ticket.level, ticket.status]).toEqual(['msteams', 'L1', 'queued']);
      // 30 business minutes on Tuesday, 30 more on Wednesday morning; nothing in the quiet hours between.
      expect(await tickAt(at(TUESDAY, '17:59'))).toEqual({ updates: 0, reminders: 0, teams: [] });
      expect(await tickAt(at(TUESDAY, '22:00'))).toEqual({ updates: 0, reminders: 0, teams: [] });
      expect(await tickAt(at(WEDNESDAY, '09:29'))).toMatchObject({ updates: 0, teams: [] });
      const first = await tickAt(at(WEDNESDAY, '09:30'));
      expect(first).toMatchObject({ updates: 1 });
      expect(first.teams).toEqual([expect.stringMatching(new RegExp(`^工单 ${escape(ticket.id)} 进展：您目前排在第 1 位`))]);
      expect(await tickAt(at(WEDNESDAY, '10:29'))).toMatchObject({ updates: 0, teams: [] });
      const second = await tickAt(at(WEDNESDAY, '10:30'));
      expect(second).toMatchObject({ updates: 1 });
      expect(second.teams).toEqual([expect.stringMatching(new RegExp(`^工单 ${escape(ticket.id)} 进展`))]);

      clock.set(at(WEDNESDAY, '10:40'));
      await baton.parts.handoff.claim(ann, ticket.id);
      await baton.parts.handoff.resolve(ann, ticket.id, { code: 'solved' });
    });

    test('web → Teams: a question from Teams joins the open web ticket; replies and progress updates follow Ada to Teams, and back to the web when she writes there', async () => {
      clock.set(at(THURSDAY, '09:00'));
      const web = await adaOnTheWeb();
      await web.say('I want to talk to a person about my refund');
      const ticket = await ticketOf(web.conversationId);
      expect(ticket.channel).toBe('webchat');
      clock.set(at(THURSDAY, '09:05'));
      await baton.parts.handoff.claim(ann, ticket.id);
      expect(await web.readTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Ann Agent has joined/)]));

      // From Teams: no second ticket; the question joins the web one, and Ada is told the answer comes here.
      clock.set(at(THURSDAY, '09:10'));
      const told = await inTeams('I want to talk to a person, my refund is still missing', /already have an open request/);
      expect(told!.text).toBe(`You already have an open request with us (ticket ${ticket.id}, from our web chat), so I've added this to it rather than opening another. The person handling it will answer you here.`);
      expect((await baton.parts.handoff.listTickets(sue, { statuses: ['queued', 'assigned'] })).map((t) => t.id)).toEqual([ticket.id]);

      // Ann's reply goes to Teams, where Ada last wrote, not to the web chat.
      let since = playground.botMessages().length;
      await baton.parts.handoff.sendMessage(ann, ticket.id, 'I see the refund: it leaves our bank today.');
      const reply = await playground.waitForBotMessage((m) => m.text === 'I see the refund: it leaves our bank today.', { since });
      expect(reply.conversationId).toBe(teamsConversation());
      expect(await web.readTexts()).toEqual([]);

      // What Ada writes in Teams now reaches Ann (the bot stays quiet there), and the console shows both channels.
      since = playground.botMessages().length;
      await inTeams('Thanks! Which bank account?');
      await waitFor(async () => (await baton.parts.handoff.getTicket(sue, ticket.id)).lastCustomerMessage === 'Thanks! Which bank account?', { timeoutMs: 10_000 });
      await sleep(300);
      expect(playground.botMessages().slice(since)).toEqual([]);
      const view = await consoleView(ticket.id);
      expect(view.replyTo).toEqual({ conversationId: teamsConversation(), channel: 'msteams' });
      const lines = (view.transcript as Array<{ role: string; text: string; channel?: string }>).map((l) => [l.role, l.text, l.channel]);
      expect(lines).toEqual(
        expect.arrayContaining([
          ['customer', 'I want to talk to a person about my refund', 'webchat'],
          ['customer', 'I want to talk to a person, my refund is still missing', 'msteams'],
          ['agent', 'I see the refund: it leaves our bank today.', 'msteams'],
          ['customer', 'Thanks! Which bank account?', 'msteams'],
        ]),
      );
      const order = lines.map(([, text]) => text);
      expect(order.indexOf('I want to talk to a person about my refund')).toBeLessThan(order.indexOf('Thanks! Which bank account?'));

      // The progress update, 4 business hours after Ann's reply, goes to Teams too.
      const update = await tickAt(at(THURSDAY, '13:10'));
      expect(update).toMatchObject({ updates: 1 });
      expect(update.teams).toEqual([expect.stringMatching(new RegExp(`^An update on your ticket ${escape(ticket.id)}: it is with Ann Agent`))]);
      expect(await web.readTexts()).toEqual([]);

      // Ada writes on the website again: the next reply goes there, and no longer to Teams.
      await web.say('I am back on the website: the account ending 1234');
      await web.readTexts();
      since = playground.botMessages().length;
      await baton.parts.handoff.sendMessage(ann, ticket.id, 'Yes, the one ending 1234.');
      expect(await web.readTexts()).toEqual(['Yes, the one ending 1234.']);
      await sleep(300);
      expect(playground.botMessages().slice(since)).toEqual([]);
      expect((await consoleView(ticket.id)).replyTo).toEqual({ conversationId: web.conversationId, channel: 'webchat' });

      // Resolved: the survey goes to the web chat, where she is now.
      clock.set(at(THURSDAY, '13:30'));
      await baton.parts.handoff.resolve(ann, ticket.id, { code: 'solved' });
      expect(await web.readTexts()).toEqual([expect.stringMatching(/1 \(very unhappy\) to 5/)]);
      // And Teams is the bot's again.
      expect(await baton.parts.handoff.modeOf(teamsConversation())).toBe('bot');
    });

    test('Teams → web: the console view of the Teams ticket shows her web ticket; a question from the web joins it, and replies go to the web until she writes in Teams again', async () => {
      const [earlierWeb] = (await baton.parts.handoff.listTickets(sue, { statuses: ['resolved', 'closed'] })).filter((t) => t.channel === 'webchat');
      clock.set(at(THURSDAY, '14:00'));
      await inTeams('I want to talk to a person about a missing parcel', /in the queue/);
      const ticket = await ticketOf(teamsConversation());
      expect(ticket.channel).toBe('msteams');
      const view = await consoleView(ticket.id);
      expect(view.recentTickets).toEqual(expect.arrayContaining([expect.objectContaining({ id: earlierWeb.id, channel: 'webchat' })]));
      expect(view.recentTickets.length).toBe(3);

      const web = await adaOnTheWeb();
      await web.say('I want to talk to a person, the parcel never came');
      expect(await web.readTexts()).toEqual(
        expect.arrayContaining([
          `You already have an open request with us (ticket ${ticket.id}, from Teams), so I've added this to it rather than opening another. The person handling it will answer you here.`,
        ]),
      );
      expect((await baton.parts.handoff.listTickets(sue, { statuses: ['queued', 'assigned'] })).map((t) => t.id)).toEqual([ticket.id]);

      // Ann takes it: she is announced, and answers, on the web.
      let since = playground.botMessages().length;
      clock.set(at(THURSDAY, '14:05'));
      await baton.parts.handoff.claim(ann, ticket.id);
      await baton.parts.handoff.sendMessage(ann, ticket.id, 'The parcel is at the depot.');
      expect(await web.readTexts()).toEqual([expect.stringMatching(/Ann Agent has joined/), 'The parcel is at the depot.']);
      await sleep(300);
      expect(playground.botMessages().slice(since)).toEqual([]);

      // Ada writes in Teams again: the next reply goes to Teams.
      await inTeams('Can you send it to my office instead?');
      await waitFor(async () => (await baton.parts.handoff.getTicket(sue, ticket.id)).replyTo.conversationId === teamsConversation(), { timeoutMs: 10_000 });
      since = playground.botMessages().length;
      await baton.parts.handoff.sendMessage(ann, ticket.id, 'Done: it goes to your office tomorrow.');
      const reply = await playground.waitForBotMessage((m) => m.text === 'Done: it goes to your office tomorrow.', { since });
      expect(reply.conversationId).toBe(teamsConversation());
      expect(await web.readTexts()).toEqual([]);

      clock.set(at(THURSDAY, '14:30'));
      await baton.parts.handoff.resolve(ann, ticket.id, { code: 'solved' });
    });
  });
});
