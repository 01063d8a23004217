/**
 * One customer, one open ticket, followed on every channel they write from: a request from another of the customer's
 * conversations joins their open ticket; that conversation finds the ticket (what the customer writes there reaches the
 * agent); replies, notices, progress updates and the survey go to the conversation the customer last wrote from; the
 * console's transcript weaves both conversations. On SQLite and PostgreSQL.
 */
import { sql } from 'kysely';
import { forEachDatabase } from '../support/databases';
import { agent, createHandoffFixture, handoffRequest, supervisor, type HandoffFixture } from './support/handoff-fixture';

forEachDatabase('replies follow the customer across channels', (kind) => {
  let fx: HandoffFixture;
  const ann = agent('ann');

  beforeAll(async () => {
    // Monday 2 March 2026, 10:00 UTC: inside the default business hours.
    fx = await createHandoffFixture({ kind, start: '2026-03-02T10:00:00.000Z' });
  });
  afterAll(() => fx.close());

  const lastSentTo = () => fx.sent.at(-1)?.conversationId;

  test('joined from Teams: the Teams conversation finds the ticket, replies go where the customer last wrote, and back', async () => {
    const customer = { id: 'cust-ada', name: 'Ada' };
    const web = await fx.service.requestHandoff(handoffRequest({ conversationId: 'web-ada', channel: 'webchat', customer, joinOpenTicket: true }));
    await fx.service.claim(ann, web.ticket.id);
    expect(lastSentTo()).toBe('web-ada');
    expect(await fx.service.modeOf('teams-ada')).toBe('bot');

    const teams = await fx.service.requestHandoff(
      handoffRequest({ conversationId: 'teams-ada', channel: 'msteams', customer, joinOpenTicket: true, lastCustomerMessage: 'my refund is missing' }),
    );
    expect([teams.ticket.id, teams.created, teams.joined]).toEqual([web.ticket.id, false, true]);
    expect(teams.ticket.replyTo).toEqual({ conversationId: 'teams-ada', channel: 'msteams' });
    expect(await fx.service.modeOf('teams-ada')).toBe('assigned');
    expect((await fx.store.findActiveTicket('teams-ada'))?.id).toBe(web.ticket.id);
    expect(await fx.store.listConversations(teams.ticket)).toEqual([
      { conversationId: 'web-ada', channel: 'webchat', since: web.ticket.createdAt },
      { conversationId: 'teams-ada', channel: 'msteams', since: expect.any(String) },
    ]);

    await fx.service.sendMessage(ann, web.ticket.id, 'Found it.');
    expect(fx.sent.at(-1)).toMatchObject({ conversationId: 'teams-ada', message: { kind: 'agent-message', text: 'Found it.' } });

    // Back on the web: replies follow; then Teams again.
    await fx.service.customerMessage('web-ada', 'I am on the website now');
    await fx.service.sendMessage(ann, web.ticket.id, 'Here you go.');
    expect(lastSentTo()).toBe('web-ada');
    await fx.service.customerMessage('teams-ada', 'and now on Teams');
    expect((await fx.store.getTicket(web.ticket.id))?.replyTo).toEqual({ conversationId: 'teams-ada', channel: 'msteams' });
    expect((await fx.store.getTicket(web.ticket.id))?.lastCustomerMessage).toBe('and now on Teams');

    // Asking again from Teams is no second join.
    await fx.service.requestHandoff(handoffRequest({ conversationId: 'teams-ada', channel: 'msteams', customer, joinOpenTicket: true }));
    const events = await fx.store.listEvents(web.ticket.id);
    expect(events.filter((e) => e.data.joinedFrom)).toHaveLength(1);
    expect(await fx.store.listConversations(web.ticket)).toHaveLength(2);

    // Progress updates go there too: 4 business hours after Ann's last reply.
    fx.clock.set('2026-03-02T14:30:00.000Z');
    await fx.service.heartbeat(ann);
    expect(await fx.service.tick()).toMatchObject({ progressUpdates: 1 });
    expect(fx.sent.at(-1)).toMatchObject({ conversationId: 'teams-ada', message: { kind: 'status', notice: { key: expect.stringMatching(/^customer\.progress\.assigned/) } } });

    // Resolved: the survey goes to Teams, is answered from there, and Teams is the bot's again.
    await fx.service.resolve(ann, web.ticket.id, { code: 'solved' });
    expect(fx.sent.at(-1)).toMatchObject({ conversationId: 'teams-ada', message: { kind: 'survey' } });
    await fx.service.recordSurvey('teams-ada', { score: 5 }, web.ticket.id);
    expect((await fx.store.getTicket(web.ticket.id))?.survey?.score).toBe(5);
    expect(await fx.service.modeOf('teams-ada')).toBe('bot');
    expect(await fx.store.findActiveTicket('teams-ada')).toBeUndefined();
    // Nobody else may answer it: a conversation the ticket never wrote to.
    await expect(fx.service.recordSurvey('elsewhere', { comment: 'hi' }, web.ticket.id)).rejects.toMatchObject({ status: 404 });
  });

  test('a Teams conversation whose own ticket went back to the bot: asking there joins the open web ticket, not the old one', async () => {
    const customer = { id: 'cust-cy', name: 'Cy' };
    const old = await fx.service.requestHandoff(handoffRequest({ conversationId: 'teams-cy', channel: 'msteams', customer, joinOpenTicket: true }));
    await fx.service.returnToBot(supervisor(), old.ticket.id);
    expect((await fx.store.getTicket(old.ticket.id))?.status).toBe('bot');
    const web = await fx.service.requestHandoff(handoffRequest({ conversationId: 'web-cy', channel: 'webchat', customer, joinOpenTicket: true }));
    expect(web.created).toBe(true);

    const again = await fx.service.requestHandoff(handoffRequest({ conversationId: 'teams-cy', channel: 'msteams', customer, joinOpenTicket: true }));
    expect([again.ticket.id, again.joined]).toEqual([web.ticket.id, true]);
    expect((await fx.store.getTicket(old.ticket.id))?.status).toBe('bot');
    expect(await fx.service.modeOf('teams-cy')).toBe('queued');
    await fx.service.customerMessage('teams-cy', 'still there?');
    expect((await fx.store.getTicket(web.ticket.id))?.lastCustomerMessage).toBe('still there?');

    // Once the web ticket is done, the Teams conversation's own ticket is the one a new request re-queues.
    await fx.service.claim(ann, web.ticket.id);
    await fx.service.resolve(ann, web.ticket.id, { code: 'solved' });
    expect(await fx.service.modeOf('teams-cy')).toBe('bot');
    const later = await fx.service.requestHandoff(handoffRequest({ conversationId: 'teams-cy', channel: 'msteams', customer, joinOpenTicket: true }));
    expect([later.ticket.id, later.created, later.joined]).toEqual([old.ticket.id, false, undefined]);
  });

  test('the console transcript weaves both conversations by time, marked by channel; the joined one only from the ticket on', async () => {
    fx.clock.set('2026-03-03T10:00:00.000Z');
    const customer = { id: 'cust-bo', name: 'Bo' };
    fx.transcripts.set('teams-bo', [{ role: 'customer', text: 'an old Teams question', timestamp: '2026-03-01T09:00:00.000Z' }]);
    const web = await fx.service.requestHandoff(handoffRequest({ conversationId: 'web-bo', channel: 'webchat', customer, joinOpenTicket: true }));
    await fx.service.requestHandoff(handoffRequest({ conversationId: 'teams-bo', channel: 'msteams', customer, joinOpenTicket: true }));
    fx.transcripts.set('web-bo', [
      { role: 'customer', text: 'web 1', timestamp: '2026-03-03T10:00:00.000Z' },
      { role: 'customer', text: 'web 2', timestamp: '2026-03-03T10:02:00.000Z' },
    ]);
    fx.transcripts.get('teams-bo')!.push({ role: 'customer', text: 'teams 1', timestamp: '2026-03-03T10:01:00.000Z' });
    const detail = await fx.service.getTicket(supervisor(), web.ticket.id);
    expect(detail.transcript.map((l) => [l.text, l.channel])).toEqual([
      ['web 1', 'webchat'],
      ['teams 1', 'msteams'],
      ['web 2', 'webchat'],
    ]);
    expect(detail.replyTo).toEqual({ conversationId: 'teams-bo', channel: 'msteams' });
  });

  test('a ticket stored before replies could move reads as replying to its own conversation', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest({ conversationId: 'old-conv', channel: 'webchat' }));
    await sql`update handoff_tickets set reply_conversation_id = null, reply_channel = null where id = ${ticket.id}`.execute(fx.handle.db as never);
    expect((await fx.store.getTicket(ticket.id))?.replyTo).toEqual({ conversationId: 'old-conv', channel: 'webchat' });
    // Its own conversation's transcript alone, unmarked.
    fx.transcripts.set('old-conv', [{ role: 'customer', text: 'hello', timestamp: new Date().toISOString() }]);
    expect((await fx.service.getTicket(supervisor(), ticket.id)).transcript).toEqual([{ role: 'customer', text: 'hello', timestamp: expect.any(String) }]);
  });
});
