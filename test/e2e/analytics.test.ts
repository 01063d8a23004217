/**
 * Analytics end to end: real conversations driven through the built-in Direct Line (the bot answers one, hands the
 * other to a person who replies through the ticket API and resolves it), and the summary reflects them within a
 * second of the last change.
 */
import request from 'supertest';
import { startTestBaton, type TestBaton } from '../support/services';
import { staffToken } from '../support/staff-token';

const SECRET = 'local-secret-0123456789';
let baton: TestBaton;
let admin: string;

beforeAll(async () => {
  baton = await startTestBaton({ env: { DIRECTLINE_SECRET: SECRET } });
  admin = await staffToken(baton.app, 'admin@example.com', 'correct horse battery');
});
afterAll(() => baton.close());

async function converse(...texts: string[]): Promise<string> {
  const started = await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${SECRET}`).expect(201);
  const { conversationId, token } = started.body as { conversationId: string; token: string };
  for (const text of texts) {
    await request(baton.app)
      .post(`/v3/directline/conversations/${conversationId}/activities`)
      .set('Authorization', `Bearer ${token}`)
      .send({ type: 'message', from: { id: 'customer' }, text, locale: 'en-US' })
      .expect(200);
  }
  return conversationId;
}

const staff = (method: 'get' | 'post', path: string) => request(baton.app)[method](path).set('Authorization', `Bearer ${admin}`);

test('the summary counts Direct Line conversations, the handoff and the agent reply within a second', async () => {
  await converse('How do I return an item?');
  const handedOff = await converse('I want to talk to a person');
  const tickets = (await staff('get', '/api/tickets?status=queued').expect(200)).body as { tickets: Array<{ id: string; conversationId: string }> };
  const ticket = tickets.tickets.find((t) => t.conversationId === handedOff)!;
  await staff('post', `/api/tickets/${ticket.id}/claim`).expect(200);
  await staff('post', `/api/tickets/${ticket.id}/messages`).send({ text: 'Hello, I can help.' }).expect(201);
  await staff('post', `/api/tickets/${ticket.id}/resolve`).send({ code: 'solved' }).expect(200);
  const changed = Date.now();

  let summary: Record<string, unknown> = {};
  while (Date.now() - changed < 1000) {
    summary = (await staff('get', '/api/analytics/summary').expect(200)).body;
    if (summary.conversations === 2 && summary.handoffs === 1 && (summary.resolutionSeconds as { n: number }).n === 1) break;
  }
  expect(Date.now() - changed).toBeLessThan(1000);
  expect(summary).toMatchObject({
    conversations: 2,
    selfServed: 1,
    selfServiceRate: 0.5,
    handoffs: 1,
    handoffsByReason: { 'agent-request': 1 },
    firstResponseSeconds: { n: 1 },
    resolutionSeconds: { n: 1 },
    firstContactResolutionRate: 1,
  });
  const csv = (await staff('get', '/api/analytics/export.csv').expect(200)).text;
  expect(csv).not.toContain(handedOff);
  expect(csv).toContain(ticket.id);
});
