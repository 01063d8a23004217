/**
 * Two real Baton processes on one PostgreSQL database are one Baton: what happens on one instance is live on the
 * other (tickets in the console, agent replies on the customer's stream, the policy, knowledge publishes).
 */
import http from 'node:http';
import WebSocket from 'ws';
import { postgresAvailable } from '../support/databases';
import { CLUSTER_ADMIN, startCluster, type TestCluster } from '../support/cluster';
import { getJson, postJson, startCustomer } from '../support/direct-line-client';
import { onServerSentEvents } from '../support/sse';
import { waitFor } from '../support/wait';

const maybe = postgresAvailable() ? describe : describe.skip;

interface ConsoleEvent {
  type: string;
  ticketId?: string;
}

maybe('two instances on one PostgreSQL', () => {
  let cluster: TestCluster;
  let A: string;
  let B: string;
  let admin: string;

  beforeAll(async () => {
    // Both start at once on an empty database: seeding and the first admin are guarded by database locks.
    cluster = await startCluster(2, { LIMIT_MESSAGES_PER_CONVERSATION: '1000', LIMIT_MESSAGES_PER_ADDRESS: '100000', LIMIT_CONVERSATIONS_PER_ADDRESS: '100000' });
    [A, B] = cluster.origins;
    const login = await postJson<{ token: string }>(`${A}/api/auth/token`, CLUSTER_ADMIN);
    admin = login.body!.token;
  }, 120_000);
  afterAll(() => cluster?.close());

  const put = async (url: string, body: unknown) => {
    const res = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`PUT ${url} → ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };

  test('both came up with the demo knowledge (seeded once)', async () => {
    for (const origin of [A, B]) {
      const status = await (await fetch(`${origin}/readyz`)).json();
      expect(status.knowledgeArticles).toBeGreaterThan(10);
    }
  });

  test('tickets created on A appear in a console stream on B within 1 s', async () => {
    const events: Array<ConsoleEvent & { receivedAt: number }> = [];
    const stream = await new Promise<http.ClientRequest>((resolve) => {
      const req = http.get(`${B}/api/tickets/events`, { headers: { authorization: `Bearer ${admin}` } }, (res) => {
        onServerSentEvents<ConsoleEvent>(res, (event) => events.push({ ...event, receivedAt: Date.now() }));
        resolve(req);
      });
    });
    try {
      await waitFor(() => events.some((e) => e.type === 'ready'), { what: 'the console stream on B' });
      const delays: number[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < 10; i++) {
        const customer = await startCustomer(A);
        const sentAt = Date.now();
        expect((await customer.say('I want to talk to a person')).status).toBe(200);
        const ticketEvent = () => events.find((e) => e.type === 'ticket.created' && !seen.has(e.ticketId!));
        await waitFor(() => ticketEvent() !== undefined, { timeoutMs: 3_000, what: `ticket ${i} on B's console` });
        const event = ticketEvent()!;
        seen.add(event.ticketId!);
        delays.push(event.receivedAt - sentAt);
      }
      expect(Math.max(...delays)).toBeLessThan(1_000);
    } finally {
      stream.destroy();
    }
  }, 60_000);

  test("an agent's reply on B reaches the customer's WebSocket on A", async () => {
    const customer = await startCustomer(A);
    const ws = new WebSocket(customer.streamUrl!);
    const texts: string[] = [];
    ws.on('message', (data) => {
      for (const activity of (JSON.parse(String(data)) as { activities: Array<{ text?: string }> }).activities) if (activity.text) texts.push(activity.text);
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    try {
      await customer.say('I want to talk to a person');
      const tickets = await getJson<{ tickets: Array<{ id: string; conversationId: string }> }>(`${B}/api/tickets?status=queued`, admin);
      const ticket = tickets.tickets.find((t) => t.conversationId === customer.conversationId)!;
      expect((await postJson(`${B}/api/tickets/${ticket.id}/claim`, {}, admin)).status).toBe(200);
      const reply = `Hello from instance B ${Date.now()}`;
      expect((await postJson(`${B}/api/tickets/${ticket.id}/messages`, { text: reply }, admin)).status).toBeLessThan(300);
      await waitFor(() => texts.includes(reply), { timeoutMs: 2_000, what: "the agent's reply on A's stream" });
    } finally {
      ws.close();
    }
  });

  test('a policy change on A applies on B at once', async () => {
    const policy = await getJson<{ rules: Array<{ id: string; then: Record<string, unknown> }> }>(`${A}/api/admin/policy`, admin);
    const level = async () => {
      const customer = await startCustomer(B);
      await customer.say('I want to talk to a person');
      const tickets = await getJson<{ tickets: Array<{ conversationId: string; level: string }> }>(`${B}/api/tickets?status=queued`, admin);
      return tickets.tickets.find((t) => t.conversationId === customer.conversationId)?.level;
    };
    expect(await level()).toBe('L3');
    const rules = policy.rules.map((r) => (r.id === 'agent-request' ? { ...r, then: { ...r.then, level: 'L1' } } : r));
    await put(`${A}/api/admin/policy`, { ...policy, rules });
    expect(await level()).toBe('L1');
    await put(`${A}/api/admin/policy`, policy);
  });

  test('a publish on A answers on B within 2 s', async () => {
    const article = {
      id: 'cluster-kettle-en',
      lang: 'en',
      title: 'Descale the Brewmaster kettle',
      questions: ['How do I descale my Brewmaster kettle?', 'brewmaster kettle limescale'],
      answer: 'Fill the Brewmaster with vinegar and water, boil, and rinse twice.',
      tags: ['kettle'],
    };
    const created = await postJson<{ revision: number }>(`${A}/api/knowledge/articles`, article, admin);
    expect(created.status).toBe(201);
    const submitted = await postJson<{ revision: number }>(`${A}/api/knowledge/articles/${article.id}/submit`, { revision: created.body!.revision }, admin);
    expect(submitted.status).toBe(200);
    const publishedAt = Date.now();
    const published = await postJson(`${A}/api/knowledge/articles/${article.id}/publish`, { revision: submitted.body!.revision }, admin);
    expect(published.status).toBe(200);
    await waitFor(
      async () => {
        const answer = await postJson<{ answer?: { articleId: string } }>(`${B}/api/knowledge/test`, { text: 'How do I descale my Brewmaster kettle?' }, admin);
        return answer.body?.answer?.articleId === article.id;
      },
      { timeoutMs: 2_000, intervalMs: 50, what: 'B to answer with the article published on A' },
    );
    expect(Date.now() - publishedAt).toBeLessThan(2_000);
  });
});
