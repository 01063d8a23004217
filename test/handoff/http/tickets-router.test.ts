import http from 'node:http';
import request from 'supertest';
import type { HandoffRequest } from '../../../handoff';
import { listenTestBaton, startTestBaton, type TestBaton } from '../../support/services';
import { onServerSentEvents } from '../../support/sse';
import { sleep, waitFor } from '../../support/wait';

/** The ticket API on the real app: role checks, team scoping, validation, the live stream, the console page. */
describe('ticket API', () => {
  let baton: TestBaton;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  async function login(email: string, password: string): Promise<string> {
    const res = await request(baton.app).post('/api/auth/token').send({ email, password }).expect(200);
    return res.body.token as string;
  }

  /** A real Web Chat conversation over Direct Line, so the ticket's transcript comes from the bot's store. */
  async function webChatConversation(text: string): Promise<{ conversationId: string; token: string }> {
    const started = await request(baton.app).post('/api/webchat/token').send({}).expect(200);
    const { conversationId, token } = started.body as { conversationId: string; token: string };
    await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${token}`).expect((r) => expect(r.status).toBeLessThan(300));
    await request(baton.app)
      .post(`/v3/directline/conversations/${conversationId}/activities`)
      .set('Authorization', `Bearer ${token}`)
      .send({ type: 'message', from: { id: 'customer' }, text })
      .expect(200);
    return { conversationId, token };
  }

  const handoff = (conversationId: string, overrides: Partial<HandoffRequest> = {}) =>
    baton.parts.handoff.requestHandoff({
      conversationId,
      channel: 'webchat',
      customer: { id: `cust-${conversationId}`, name: 'Grace Customer', tier: 'regular' },
      lang: 'en',
      level: 'L3',
      category: 'inquiry',
      reasons: [{ code: 'agent-request', detail: 'asked for a person' }],
      ...overrides,
    });

  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    baton = await startTestBaton({
      handoff: {
        config: {
          routing: {
            groups: [
              { id: 'general', name: 'General' },
              { id: 'billing', name: 'Billing' },
              { id: 'returns', name: 'Returns' },
            ],
            rules: [{ group: 'billing', keywords: ['refund'] }],
          },
        },
      },
    });
    const { auth } = baton.parts;
    const password = 'a long enough password';
    await auth.createUser({ email: 'ann@example.com', name: 'Ann Agent', password, roles: ['agent'] });
    await auth.createUser({ email: 'bill@example.com', name: 'Bill Billing', password, roles: ['agent'] });
    await auth.createUser({ email: 'sue@example.com', name: 'Sue Supervisor', password, roles: ['supervisor'] });
    await auth.createUser({ email: 'ed@example.com', name: 'Ed Editor', password, roles: ['editor'] });
    tokens.admin = await login('admin@example.com', 'correct horse battery');
    for (const who of ['ann', 'bill', 'sue', 'ed']) tokens[who] = await login(`${who}@example.com`, password);
    const me = async (who: string) => (await request(baton.app).get('/api/auth/me').set(as(who)).expect(200)).body.user as { id: string };
    for (const who of ['ann', 'bill']) ids[who] = (await me(who)).id;
    await request(baton.app).put(`/api/handoff/agents/${ids.bill}/groups`).set(as('sue')).send({ groups: ['billing'], name: 'Bill Billing' }).expect(200);
  });
  afterAll(async () => {
    await baton.close();
  });

  test('who may use it: nobody without a session (401), not an editor (403), agents, supervisors and admins', async () => {
    for (const path of ['/api/tickets', '/api/tickets/events', '/api/tickets/T-20260101-0001', '/api/handoff/settings']) {
      await request(baton.app).get(path).expect(401);
      await request(baton.app).get(path).set(as('ed')).expect(403);
    }
    await request(baton.app).post('/api/tickets/T-20260101-0001/claim').expect(401);
    for (const who of ['ann', 'sue', 'admin']) await request(baton.app).get('/api/tickets').set(as(who)).expect(200);
    await request(baton.app).get('/api/handoff/overview').set(as('ann')).expect(403);
    await request(baton.app).get('/api/handoff/overview').set(as('sue')).expect(200);
    await request(baton.app).put(`/api/handoff/agents/${ids.ann}/groups`).set(as('ann')).send({ groups: ['billing'] }).expect(403);
  });

  test('the DESIGN.md shapes: list with id, conversationId, channel, status, level, reasons, sla; one ticket with the transcript', async () => {
    const { conversationId } = await webChatConversation('Where is my parcel?');
    const { ticket } = await handoff(conversationId, { lastCustomerMessage: 'Where is my parcel?' });
    const list = await request(baton.app).get('/api/tickets?status=queued').set(as('ann')).expect(200);
    const listed = (list.body.tickets as Array<Record<string, unknown>>).find((t) => t.id === ticket.id)!;
    expect(listed).toMatchObject({ id: ticket.id, conversationId, channel: 'webchat', status: 'queued', level: 'L3', reasons: ticket.reasons });
    expect(listed.sla).toMatchObject({ clock: 'first-response', state: 'ok', dueAt: expect.any(String), secondsLeft: expect.any(Number) });
    expect(list.headers['cache-control']).toBe('no-store');

    const one = await request(baton.app).get(`/api/tickets/${ticket.id}`).set(as('ann')).expect(200);
    expect(one.body).toMatchObject({ id: ticket.id, status: 'queued', allowedActions: expect.arrayContaining(['claim', 'note']) });
    // The welcome, the question, the bot's answer: bot turns are marked as such.
    expect(one.body.transcript).toContainEqual({ role: 'customer', text: 'Where is my parcel?', timestamp: expect.any(String) });
    expect(one.body.transcript.filter((l: { role: string }) => l.role === 'bot').length).toBeGreaterThanOrEqual(2);
    expect(one.body.recentTickets).toEqual([]);

    await request(baton.app).get('/api/tickets?status=nonsense').set(as('ann')).expect(400);
  });

  test('team scoping: another team’s ticket and a guessed id are both 404 with no data, for reads and writes', async () => {
    const { conversationId } = await webChatConversation('I want a refund');
    const { ticket } = await handoff(conversationId, { lastCustomerMessage: 'I want a refund for order 7' });
    expect(ticket.skillGroup).toBe('billing');

    const billList = await request(baton.app).get('/api/tickets').set(as('bill')).expect(200);
    expect(billList.body.tickets.map((t: { id: string }) => t.id)).toEqual([ticket.id]);
    const annList = await request(baton.app).get('/api/tickets').set(as('ann')).expect(200);
    expect(annList.body.tickets.map((t: { id: string }) => t.id)).not.toContain(ticket.id);

    for (const id of [ticket.id, 'T-20990101-0001', 'not-a-ticket', "T-1' OR 1=1 --"]) {
      for (const [method, path] of [
        ['get', ''],
        ['get', '/suggestions'],
        ['post', '/claim'],
        ['post', '/messages'],
        ['post', '/notes'],
        ['post', '/transfer'],
        ['post', '/resolve'],
        ['post', '/return-to-bot'],
      ] as const) {
        const body = path === '/messages' || path === '/notes' ? { text: 'hi' } : path === '/transfer' ? { group: 'general' } : path === '/resolve' ? { code: 'solved' } : {};
        const res = await request(baton.app)[method](`/api/tickets/${encodeURIComponent(id)}${path}`).set(as('ann')).send(body);
        expect([res.status, `${method} ${path}`]).toEqual([404, `${method} ${path}`]);
        expect(JSON.stringify(res.body)).not.toContain('Grace');
        expect(JSON.stringify(res.body)).not.toContain('refund');
      }
    }
    // The supervisor and the admin see every team.
    await request(baton.app).get(`/api/tickets/${ticket.id}`).set(as('sue')).expect(200);
    await request(baton.app).get(`/api/tickets/${ticket.id}`).set(as('admin')).expect(200);
  });

  test('claim is exclusive (409 for the second), replies reach the customer in Web Chat, resolve sends the survey', async () => {
    const { conversationId, token } = await webChatConversation('hello');
    const { ticket } = await handoff(conversationId);
    const claims = await Promise.all([
      request(baton.app).post(`/api/tickets/${ticket.id}/claim`).set(as('ann')),
      request(baton.app).post(`/api/tickets/${ticket.id}/claim`).set(as('sue')),
    ]);
    expect(claims.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = claims.find((r) => r.status === 200)!;
    const loser = claims.find((r) => r.status === 409)!;
    expect(loser.body.error.code).toBe('already_claimed');
    const who = winner.body.ticket.assignee.name === 'Ann Agent' ? 'ann' : 'sue';

    await request(baton.app).post(`/api/tickets/${ticket.id}/messages`).set(as(who)).send({ text: '' }).expect(400);
    await request(baton.app).post(`/api/tickets/${ticket.id}/messages`).set(as(who)).send({ text: 'x'.repeat(4001) }).expect(400);
    await request(baton.app).post(`/api/tickets/${ticket.id}/messages`).set(as(who)).send('not json').set('content-type', 'application/json').expect(400);
    const sent = await request(baton.app).post(`/api/tickets/${ticket.id}/messages`).set(as(who)).send({ text: 'Hi, I am here to help.' }).expect(201);
    expect(sent.body.message).toMatchObject({ kind: 'agent-message', text: 'Hi, I am here to help.' });
    await request(baton.app).post(`/api/tickets/${ticket.id}/notes`).set(as(who)).send({ text: 'internal only' }).expect(201);
    await request(baton.app).post(`/api/tickets/${ticket.id}/coaching`).set(as('ann')).send({ text: 'coach' }).expect(403);
    await request(baton.app).post(`/api/tickets/${ticket.id}/transfer`).set(as(who)).send({ group: 'general', agentId: 'x' }).expect(400);
    await request(baton.app).post(`/api/tickets/${ticket.id}/resolve`).set(as(who)).send({ code: 'nope' }).expect(400);
    const resolved = await request(baton.app).post(`/api/tickets/${ticket.id}/resolve`).set(as(who)).send({ code: 'solved' }).expect(200);
    expect(resolved.body.ticket).toMatchObject({ status: 'resolved', mode: 'bot' });

    const seen = await request(baton.app).get(`/v3/directline/conversations/${conversationId}/activities`).set('Authorization', `Bearer ${token}`).expect(200);
    const texts = (seen.body.activities as Array<{ text?: string }>).map((a) => a.text ?? '');
    expect(texts).toEqual(expect.arrayContaining(['Hi, I am here to help.', expect.stringMatching(/has joined the conversation/), expect.stringMatching(/1 \(very unhappy\) to 5/)]));
    expect(texts.join('\n')).not.toContain('internal only');
  });

  test('the live stream: an agent hears a new ticket of their team within a second, and nothing of other teams', async () => {
    const live = await listenTestBaton(baton);
    const received: Record<string, Array<{ type: string; ticketId?: string; ticket?: { customer: { name: string } } }>> = { ann: [], bill: [] };
    const streams = ['ann', 'bill'].map(
      (who) =>
        new Promise<http.ClientRequest>((resolve) => {
          const req = http.get(`${live.origin}/api/tickets/events`, { headers: as(who) }, (res) => {
            expect(res.statusCode).toBe(200);
            expect(res.headers['content-type']).toMatch(/text\/event-stream/);
            onServerSentEvents<(typeof received)[string][number]>(res, (event) => received[who].push(event));
            resolve(req);
          });
        }),
    );
    const requests = await Promise.all(streams);
    try {
      await waitFor(() => received.ann.some((e) => e.type === 'ready') && received.bill.some((e) => e.type === 'ready'));
      const started = Date.now();
      const { ticket } = await handoff(`live-${Date.now()}`);
      await waitFor(() => received.ann.some((e) => e.ticketId === ticket.id));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(received.ann.find((e) => e.ticketId === ticket.id)).toMatchObject({ type: 'ticket.created', ticket: { customer: { name: 'Grace Customer' } } });
      const billing = await handoff(`live-refund-${Date.now()}`, { lastCustomerMessage: 'refund' });
      await waitFor(() => received.bill.some((e) => e.ticketId === billing.ticket.id));
      expect(received.bill.some((e) => e.ticketId === ticket.id)).toBe(false);
      expect(received.ann.some((e) => e.ticketId === billing.ticket.id)).toBe(false);
    } finally {
      requests.forEach((r) => r.destroy());
      await live.close();
    }
  });

  test('a ticket transferred away disappears from the consoles that saw it, and only from those', async () => {
    const live = await listenTestBaton(baton);
    const received: Record<string, Array<{ type: string; ticketId?: string }>> = { ann: [], bill: [] };
    const requests = await Promise.all(
      ['ann', 'bill'].map(
        (who) =>
          new Promise<http.ClientRequest>((resolve) => {
            const req = http.get(`${live.origin}/api/tickets/events`, { headers: as(who) }, (res) => {
              onServerSentEvents<(typeof received)[string][number]>(res, (event) => received[who].push(event));
              resolve(req);
            });
          }),
      ),
    );
    try {
      await waitFor(() => received.ann.some((e) => e.type === 'ready') && received.bill.some((e) => e.type === 'ready'));
      const { ticket } = await handoff(`gone-${Date.now()}`);
      await request(baton.app).post(`/api/tickets/${ticket.id}/claim`).set(as('ann')).expect(200);
      await request(baton.app).post(`/api/tickets/${ticket.id}/transfer`).set(as('ann')).send({ group: 'returns' }).expect(200);
      await waitFor(() => received.ann.some((e) => e.type === 'ticket.gone' && e.ticketId === ticket.id));
      // Bill (billing) never saw it: he hears nothing of it, not even its id.
      await sleep(100);
      expect(received.bill.filter((e) => e.ticketId === ticket.id)).toEqual([]);

      // A general ticket handed to Bill personally, which a supervisor then moves on: Bill saw it only as its
      // assignee, and his console drops it too.
      const handed = await handoff(`gone-handed-${Date.now()}`);
      await request(baton.app).post(`/api/tickets/${handed.ticket.id}/claim`).set(as('ann')).expect(200);
      await request(baton.app).post(`/api/tickets/${handed.ticket.id}/transfer`).set(as('ann')).send({ agentId: ids.bill }).expect(200);
      await request(baton.app).post(`/api/tickets/${handed.ticket.id}/claim`).set(as('bill')).expect(200);
      await request(baton.app).post(`/api/tickets/${handed.ticket.id}/transfer`).set(as('sue')).send({ group: 'returns' }).expect(200);
      await waitFor(() => received.bill.some((e) => e.type === 'ticket.gone' && e.ticketId === handed.ticket.id));
    } finally {
      requests.forEach((r) => r.destroy());
      await live.close();
    }
  });

  test('the list pages: ?limit and the previous page\'s next walk it all once; bad paging values are refused', async () => {
    await handoff(`page-a-${Date.now()}`);
    await handoff(`page-b-${Date.now()}`);
    const whole = (await request(baton.app).get('/api/tickets?status=all').set(as('sue')).expect(200)).body as { tickets: Array<{ id: string }>; next?: string };
    expect(whole.next).toBeUndefined();
    expect(whole.tickets.length).toBeGreaterThanOrEqual(2);
    const paged: string[] = [];
    let next: string | undefined;
    do {
      const url = `/api/tickets?status=all&limit=1${next ? `&after=${encodeURIComponent(next)}` : ''}`;
      const page = (await request(baton.app).get(url).set(as('sue')).expect(200)).body as { tickets: Array<{ id: string }>; next?: string };
      expect(page.tickets).toHaveLength(1);
      paged.push(page.tickets[0].id);
      next = page.next;
    } while (next && paged.length <= whole.tickets.length);
    expect(paged).toEqual(whole.tickets.map((t) => t.id));

    for (const [query, message] of [
      ['limit=0', /limit must be at least 1/],
      ['limit=501', /limit must be at most 500/],
      ['limit=ten', /limit must be a number/],
      ['after=not-a-cursor', /after must be the next value of a previous page/],
    ] as const) {
      const res = await request(baton.app).get(`/api/tickets?${query}`).set(as('sue')).expect(400);
      expect(JSON.stringify(res.body)).toMatch(message);
    }
  });

  test('the console page is served with the strict CSP and no inline script', async () => {
    const page = await request(baton.app).get('/console').expect(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.text).toContain('src="/console/console.js"');
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page.text).not.toMatch(/\son[a-z]+=/i);
    await request(baton.app).get('/console/console.js').expect(200).expect('content-type', /javascript/);
    await request(baton.app).get('/console/queue-view.js').expect(200);
    await request(baton.app).get('/console/../handoff-service.ts').expect(404);
  });
});
