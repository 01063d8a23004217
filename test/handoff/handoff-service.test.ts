import { CodedError, word } from '../../contracts';
import type { CustomerMessage, HandoffEvent } from '../../handoff';
import { agent, createHandoffFixture, handoffRequest, supervisor, type HandoffFixture } from './support/handoff-fixture';

async function rejection(promise: Promise<unknown>): Promise<CodedError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(CodedError);
    return err as CodedError;
  }
  throw new Error('expected a CodedError');
}

describe('handoff service', () => {
  let fx: HandoffFixture;
  beforeEach(async () => {
    fx = await createHandoffFixture({
      config: {
        routing: { groups: [{ id: 'general', name: 'General' }, { id: 'billing', name: 'Billing' }], rules: [{ group: 'billing', keywords: ['refund'] }] },
        survey: { npsSampleRate: 1 },
      },
    });
  });
  afterEach(async () => {
    await fx.close();
  });

  // What the customer reads, in English: a person's reply as typed, a notice worded.
  const read = (message: CustomerMessage) => (message.kind === 'agent-message' ? message : { ...message, text: word('en', message.notice) });
  const toCustomer = (conversationId: string) => fx.sent.filter((s) => s.conversationId === conversationId).map((s) => read(s.message));

  test('a handoff tells where the customer stands; asking again is idempotent', async () => {
    const a = await fx.service.requestHandoff(handoffRequest());
    const b = await fx.service.requestHandoff(handoffRequest());
    expect(a).toMatchObject({ created: true, queuePosition: 1, expectedWaitMinutes: 6 });
    expect(b).toMatchObject({ created: true, queuePosition: 2, expectedWaitMinutes: 12 });
    expect(a.outOfHours).toBeUndefined();
    const again = await fx.service.requestHandoff({ ...handoffRequest(), conversationId: a.ticket.conversationId });
    expect(again).toMatchObject({ created: false, queuePosition: 1 });
    expect(again.ticket.id).toBe(a.ticket.id);
    // Two agents online for the group halve the expected wait.
    await fx.service.heartbeat(agent('x'));
    await fx.service.heartbeat(agent('y'));
    expect((await fx.service.requestHandoff({ ...handoffRequest(), conversationId: b.ticket.conversationId })).expectedWaitMinutes).toBe(6);
  });

  test('bad requests are refused with the field named', async () => {
    const err = await rejection(fx.service.requestHandoff({ ...handoffRequest(), level: 'L9' as 'L1' }));
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/level/);
  });

  test('a customer message relayed on the ticket as the turn read it: recorded once, even when the ticket changed since', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest());
    const conv = ticket.conversationId;
    const read = await fx.service.modeAndTicketOf(conv);
    expect(read).toMatchObject({ mode: 'queued', ticket: { id: ticket.id, version: ticket.version } });
    await fx.service.customerMessage(conv, 'first', read.ticket);
    expect(await fx.store.getTicket(ticket.id)).toMatchObject({ lastCustomerMessage: 'first', version: ticket.version + 1 });
    // An agent claims it between the turn's read and its relay: the stale reading loses its guard, the relay reads again.
    await fx.service.claim(agent('ann'), ticket.id);
    await fx.service.customerMessage(conv, 'second', read.ticket);
    expect(await fx.store.getTicket(ticket.id)).toMatchObject({ status: 'assigned', lastCustomerMessage: 'second', assignee: { id: 'ann' } });
    const relayed = (await fx.store.listEvents(ticket.id)).filter((e) => e.type === 'ticket.customer-message');
    expect(relayed).toHaveLength(2);
    expect(await fx.service.modeAndTicketOf('nobody-here')).toEqual({ mode: 'bot' });
  });

  test('the whole path: queued → claimed → replies → resolved → survey → closed, the bot silent while assigned', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest({ lastCustomerMessage: 'I need a refund' }));
    const conv = ticket.conversationId;
    expect(ticket.skillGroup).toBe('billing');
    expect(await fx.service.modeOf(conv)).toBe('queued');
    await fx.service.setAgentGroups(supervisor(), { id: 'ann', name: 'Agent ann' }, ['general', 'billing']);

    const claimed = await fx.service.claim(agent('ann'), ticket.id);
    expect(claimed).toMatchObject({ status: 'assigned', assignee: { id: 'ann', name: 'Agent ann' }, mode: 'assigned' });
    expect(await fx.service.modeOf(conv)).toBe('assigned');
    expect(toCustomer(conv)).toEqual([expect.objectContaining({ kind: 'status', agentName: 'Agent ann', text: expect.stringContaining('Agent ann has joined') })]);

    const live: HandoffEvent[] = [];
    fx.service.subscribe((e) => live.push(e));
    await fx.service.customerMessage(conv, 'are you there?');
    expect(live.map((e) => (e.kind === 'ticket' ? e.event.type : e.type))).toEqual(['ticket.customer-message']);

    const message = await fx.service.sendMessage(agent('ann'), ticket.id, 'Yes! Looking at your refund now.');
    expect(message).toMatchObject({ kind: 'agent-message', author: { id: 'ann' } });
    expect(toCustomer(conv).at(-1)).toEqual({ kind: 'agent-message', text: 'Yes! Looking at your refund now.', agentName: 'Agent ann', ticketId: ticket.id });

    await fx.service.addNote(agent('ann'), ticket.id, 'internal: refund approved by finance');
    expect(toCustomer(conv).some((m) => m.text.includes('internal'))).toBe(false);

    const resolved = await fx.service.resolve(agent('ann'), ticket.id, { code: 'refund-issued', note: 'refunded 20 EUR' });
    expect(resolved).toMatchObject({ status: 'resolved', mode: 'bot', resolution: { code: 'refund-issued', by: { id: 'ann' } } });
    expect(await fx.service.modeOf(conv)).toBe('bot');
    const survey = toCustomer(conv).at(-1)!;
    expect(survey.kind).toBe('survey');
    expect(survey.text).toMatch(/1 \(very unhappy\) to 5/);
    expect(survey.text).toMatch(/0 to 10/); // NPS sample rate 1

    await fx.service.recordSurvey(conv, { score: 5 });
    expect((await fx.store.getTicket(ticket.id))!.status).toBe('resolved'); // NPS still open
    await fx.service.recordSurvey(conv, { nps: 9, comment: 'quick and kind' }, ticket.id);
    const closed = (await fx.store.getTicket(ticket.id))!;
    expect(closed.status).toBe('closed');
    expect(closed.survey).toMatchObject({ score: 5, nps: 9, comment: 'quick and kind', npsRequested: true });

    // The next handoff of the same conversation is a new ticket.
    const next = await fx.service.requestHandoff({ ...handoffRequest(), conversationId: conv });
    expect(next.created).toBe(true);
    expect(next.ticket.id).not.toBe(ticket.id);
    const detail = await fx.service.getTicket(supervisor(), next.ticket.id);
    expect(detail.recentTickets.map((t) => t.id)).toEqual([]);
  });

  describe('survey integrity', () => {
    async function resolvedTicket(sampleRate: number) {
      await fx.close();
      fx = await createHandoffFixture({ config: { survey: { npsSampleRate: sampleRate } } });
      const { ticket } = await fx.service.requestHandoff(handoffRequest());
      await fx.service.claim(agent('ann'), ticket.id);
      await fx.service.resolve(agent('ann'), ticket.id, { code: 'solved' });
      return ticket;
    }
    const surveyOf = async (id: string) => (await fx.store.getTicket(id))!.survey;

    test('a closed ticket keeps its rating; a first comment is still taken, a second is not', async () => {
      const ticket = await resolvedTicket(0);
      await fx.service.recordSurvey(ticket.conversationId, { score: 2 }, ticket.id);
      expect((await fx.store.getTicket(ticket.id))!.status).toBe('closed');
      for (const again of [{ score: 5 }, { score: 5, comment: 'actually great' }]) {
        expect(await rejection(fx.service.recordSurvey(ticket.conversationId, again, ticket.id))).toMatchObject({ status: 409, message: /closed: its rating cannot change/ });
      }
      await fx.service.recordSurvey(ticket.conversationId, { comment: 'slow, but solved' });
      expect(await rejection(fx.service.recordSurvey(ticket.conversationId, { comment: 'one more thing' }))).toMatchObject({ status: 409 });
      expect(await surveyOf(ticket.id)).toMatchObject({ score: 2, comment: 'slow, but solved' });
    });

    test('an NPS is kept only when it was asked', async () => {
      const ticket = await resolvedTicket(0);
      expect(await rejection(fx.service.recordSurvey(ticket.conversationId, { nps: 10 }))).toMatchObject({ status: 400, message: /not sampled for NPS/ });
      await fx.service.recordSurvey(ticket.conversationId, { score: 4, nps: 10 });
      expect(await surveyOf(ticket.id)).toMatchObject({ npsRequested: false, score: 4, nps: null });
    });

    test('answers only ever reach the conversation’s own tickets; a conversation id shaped like a ticket id is not one', async () => {
      const ticket = await resolvedTicket(0);
      // Another conversation names this ticket in a forged button payload, or is itself called like the ticket.
      const other = await fx.service.requestHandoff(handoffRequest({ conversationId: ticket.id }));
      expect(await rejection(fx.service.recordSurvey('conv-somebody-else', { score: 1 }, ticket.id))).toMatchObject({ status: 404 });
      expect(await rejection(fx.service.recordSurvey(ticket.id, { score: 1 }))).toMatchObject({ status: 404 });
      expect(await rejection(fx.service.recordSurvey(ticket.id, { score: 1 }, ticket.id))).toMatchObject({ status: 404 });
      expect(await surveyOf(ticket.id)).toMatchObject({ score: null });
      expect((await fx.store.getTicket(other.ticket.id))!.survey).toBeNull();
      await fx.service.recordSurvey(ticket.conversationId, { score: 3 }, ticket.id);
      expect(await surveyOf(ticket.id)).toMatchObject({ score: 3 });
    });

    test('a ticket still being worked on has no survey to answer', async () => {
      const { ticket } = await fx.service.requestHandoff(handoffRequest());
      expect(await rejection(fx.service.recordSurvey(ticket.conversationId, { score: 5 }, ticket.id))).toMatchObject({ status: 404 });
    });
  });

  test('only the assigned agent (or a supervisor) replies, transfers, resolves', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest());
    expect((await rejection(fx.service.sendMessage(agent('ann'), ticket.id, 'hi'))).status).toBe(409);
    await fx.service.claim(agent('ann'), ticket.id);
    expect((await rejection(fx.service.sendMessage(agent('bob'), ticket.id, 'hi'))).status).toBe(403);
    expect((await rejection(fx.service.resolve(agent('bob'), ticket.id, { code: 'solved' }))).status).toBe(403);
    expect((await rejection(fx.service.resolve(agent('ann'), ticket.id, { code: 'made-up' }))).status).toBe(400);
    await fx.service.sendMessage(supervisor(), ticket.id, 'A supervisor steps in.');
    expect((await rejection(fx.service.claim(agent('bob'), ticket.id))).code).toBe('already_claimed');
  });

  test('coaching notes: supervisors only, seen by the supervisor and the assigned agent, never by the customer', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest());
    await fx.service.claim(agent('ann'), ticket.id);
    expect((await rejection(fx.service.addCoachingNote(agent('ann'), ticket.id, 'x'))).status).toBe(403);
    await fx.service.addCoachingNote(supervisor(), ticket.id, 'Offer the voucher before the refund.');
    const kinds = async (who: ReturnType<typeof agent>) => (await fx.service.getTicket(who, ticket.id)).history.map((h) => h.kind);
    expect(await kinds(agent('ann'))).toEqual(['coaching']);
    expect(await kinds(agent('bob'))).toEqual([]);
    expect(await kinds(supervisor())).toEqual(['coaching']);
    expect(fx.sent.some((s) => read(s.message).text.includes('voucher'))).toBe(false);
  });

  test('transfer to a team or to a named agent puts it back in the queue; a reserved ticket is for that agent', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest());
    await fx.service.claim(agent('ann'), ticket.id);
    const toBilling = await fx.service.transfer(agent('ann'), ticket.id, { group: 'billing', note: 'billing question' });
    expect(toBilling).toMatchObject({ status: 'queued', skillGroup: 'billing', assignee: null, queuePosition: 1 });
    expect(toCustomer(ticket.conversationId).at(-1)!.text).toMatch(/passing your conversation to Billing/);
    expect((await rejection(fx.service.transfer(agent('ann'), ticket.id, { group: 'nowhere' }))).status).toBe(400);

    await fx.service.heartbeat(agent('carl'));
    // Bob, of the general team, cannot even see it now; a billing agent can.
    expect((await rejection(fx.service.claim(agent('bob'), ticket.id))).status).toBe(404);
    await fx.service.setAgentGroups(supervisor(), { id: 'bob', name: 'Agent bob' }, ['billing']);
    await fx.service.claim(agent('bob'), ticket.id);
    const toCarl = await fx.service.transfer(agent('bob'), ticket.id, { agentId: 'carl' });
    expect(toCarl).toMatchObject({ status: 'queued', reservedFor: { id: 'carl' } });
    await fx.service.setAgentGroups(supervisor(), { id: 'dan' }, ['billing']);
    expect((await rejection(fx.service.claim(agent('dan'), ticket.id))).code).toBe('reserved');
    // Carl sees it although billing is not his team (the transfer reserved it for him).
    expect((await fx.service.listTickets(agent('carl'))).map((t) => t.id)).toContain(ticket.id);
    await fx.service.claim(agent('carl'), ticket.id);
    const events = (await fx.store.listEvents(ticket.id)).map((e) => `${e.type}:${e.from ?? ''}>${e.to ?? ''}`);
    expect(events).toEqual([
      'ticket.created:bot>queued',
      'ticket.claimed:queued>assigned',
      'ticket.transferred:assigned>queued',
      'ticket.note:>',
      'ticket.claimed:queued>assigned',
      'ticket.transferred:assigned>queued',
      'ticket.claimed:queued>assigned',
    ]);
  });

  test('return to bot: assigned → queued → bot; the next request re-queues the same ticket', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest());
    await fx.service.claim(agent('ann'), ticket.id);
    const back = await fx.service.returnToBot(agent('ann'), ticket.id, 'customer only wanted tracking info');
    expect(back).toMatchObject({ status: 'bot', mode: 'bot', assignee: null });
    expect(await fx.service.modeOf(ticket.conversationId)).toBe('bot');
    expect(toCustomer(ticket.conversationId).at(-1)!.text).toMatch(/back with the Baton assistant/);
    const again = await fx.service.requestHandoff({ ...handoffRequest({ level: 'L2' }), conversationId: ticket.conversationId });
    expect(again).toMatchObject({ created: false, ticket: { id: ticket.id, status: 'queued', level: 'L2' } });
    const events = (await fx.store.listEvents(ticket.id)).map((e) => e.type);
    expect(events).toEqual(['ticket.created', 'ticket.claimed', 'ticket.released', 'ticket.returned-to-bot', 'ticket.note', 'ticket.requeued']);
  });

  test('an agent silent for 3 minutes goes offline and their tickets go back to the queue', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest());
    const other = await fx.service.requestHandoff(handoffRequest());
    await fx.service.claim(agent('ann'), ticket.id);
    await fx.service.claim(agent('bob'), other.ticket.id);
    fx.clock.advanceMinutes(2);
    await fx.service.heartbeat(agent('bob'));
    fx.clock.advanceMinutes(1.5);
    const report = await fx.service.tick();
    expect(report).toMatchObject({ agentsOffline: 1, released: 1 });
    expect((await fx.store.getTicket(ticket.id))!).toMatchObject({ status: 'queued', assignee: null });
    expect((await fx.store.getTicket(other.ticket.id))!.status).toBe('assigned');
    expect(toCustomer(ticket.conversationId).at(-1)!.text).toMatch(/disconnected.*number 1/);
    expect(await fx.service.modeOf(ticket.conversationId)).toBe('queued');
  });

  test('resolved tickets nobody rates are closed after the survey window', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest());
    await fx.service.claim(agent('ann'), ticket.id);
    await fx.service.resolve(agent('ann'), ticket.id, { code: 'solved' });
    fx.clock.advanceMinutes(24 * 60 - 1);
    await fx.service.heartbeat(agent('ann'));
    expect((await fx.service.tick()).closed).toBe(0);
    fx.clock.advanceMinutes(2);
    await fx.service.heartbeat(agent('ann'));
    expect((await fx.service.tick()).closed).toBe(1);
    expect((await fx.store.getTicket(ticket.id))!.status).toBe('closed');
    await expect(fx.service.recordSurvey('nobody-conversation', { score: 3 })).rejects.toMatchObject({ status: 404 });
  });

  test('team scoping: an agent sees their groups; other ids answer 404 like unknown ones', async () => {
    const refund = await fx.service.requestHandoff(handoffRequest({ lastCustomerMessage: 'refund please' }));
    const general = await fx.service.requestHandoff(handoffRequest());
    await fx.service.setAgentGroups(supervisor(), { id: 'biller', name: 'Bill' }, ['billing']);
    expect((await fx.service.listTickets(agent('biller'))).map((t) => t.id)).toEqual([refund.ticket.id]);
    expect((await fx.service.listTickets(agent('newbie'))).map((t) => t.id)).toEqual([general.ticket.id]);
    expect((await fx.service.listTickets(supervisor())).map((t) => t.id).sort()).toEqual([refund.ticket.id, general.ticket.id].sort());
    const hidden = await rejection(fx.service.getTicket(agent('biller'), general.ticket.id));
    const unknown = await rejection(fx.service.getTicket(agent('biller'), 'T-20260302-9999'));
    expect([hidden.status, hidden.code]).toEqual([404, 'ticket_not_found']);
    expect([unknown.status, unknown.code]).toEqual([404, 'ticket_not_found']);
    expect((await rejection(fx.service.claim(agent('biller'), general.ticket.id))).status).toBe(404);
    expect((await rejection(fx.service.setAgentGroups(agent('biller'), { id: 'biller' }, ['general']))).status).toBe(403);
  });

  test("a customer's other tickets in another team's queue are left out of the ticket's history", async () => {
    const customer = { id: 'customer-shared', name: 'Sam' };
    const billing = await fx.service.requestHandoff(handoffRequest({ customer, lastCustomerMessage: 'refund please' }));
    const general = await fx.service.requestHandoff(handoffRequest({ customer }));
    await fx.service.setAgentGroups(supervisor(), { id: 'biller', name: 'Bill' }, ['billing']);
    expect((await fx.service.getTicket(agent('newbie'), general.ticket.id)).recentTickets).toEqual([]);
    expect((await fx.service.getTicket(supervisor(), general.ticket.id)).recentTickets.map((t) => t.id)).toEqual([billing.ticket.id]);
  });

  test('suggested articles come from the injected knowledge base, for the last customer message', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest({ lastCustomerMessage: 'refund for order 42' }));
    expect(await fx.service.suggestArticles(supervisor(), ticket.id)).toEqual([{ id: 'kb-1', title: 'About refund for order 42', answer: 'An answer.' }]);
  });

  test('the supervisor overview shows queues by level, agents with load, and breaches', async () => {
    const l1 = await fx.service.requestHandoff(handoffRequest({ level: 'L1' }));
    await fx.service.requestHandoff(handoffRequest({ level: 'L3' }));
    await fx.service.requestHandoff(handoffRequest({ level: 'L3', lastCustomerMessage: 'refund' }));
    await fx.service.claim(agent('ann'), l1.ticket.id);
    fx.clock.advanceMinutes(16);
    await fx.service.heartbeat(agent('ann'));
    await fx.service.tick();
    const overview = await fx.service.overview(supervisor());
    expect(overview.queues).toEqual([
      expect.objectContaining({ group: 'general', queued: { L1: 0, L2: 0, L3: 1 }, assigned: 1, agentsOnline: 1 }),
      expect.objectContaining({ group: 'billing', queued: { L1: 0, L2: 0, L3: 1 }, assigned: 0, agentsOnline: 0 }),
    ]);
    expect(overview.agents).toEqual([expect.objectContaining({ id: 'ann', online: true, load: 1, effectiveGroups: ['general'] })]);
    expect(overview.breaches.map((t) => t.id)).toEqual([l1.ticket.id]);
    expect((await rejection(fx.service.overview(agent('ann')))).status).toBe(403);
  });
});
