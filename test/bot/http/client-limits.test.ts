/**
 * What one anonymous client may do: start conversations (Direct Line or the page's token exchange, one limit for
 * both), post messages (per conversation and per address), hold live streams open (per user). Client addresses come
 * from the connection unless TRUST_PROXY names the proxies whose X-Forwarded-For may be believed.
 */
import request from 'supertest';
import WebSocket from 'ws';
import { listenTestBaton, startTestBaton, type TestBaton } from '../../support/services';

const limits = {
  LIMIT_CONVERSATIONS_PER_ADDRESS: '3',
  LIMIT_MESSAGES_PER_CONVERSATION: '4',
  LIMIT_MESSAGES_PER_ADDRESS: '6',
  LIMIT_STREAMS_PER_USER: '2',
};

describe('with the default proxy setting (trust nobody)', () => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton({ env: limits, demo: false });
  });
  afterAll(() => baton.close());

  test('conversations per address: Direct Line starts and web chat tokens share one limit; X-Forwarded-For changes nothing', async () => {
    await request(baton.app).post('/v3/directline/conversations').expect(201);
    const page = await request(baton.app).post('/api/webchat/token').set('X-Forwarded-For', '198.51.100.1').send({}).expect(200);
    await request(baton.app).post('/v3/directline/conversations').set('X-Forwarded-For', '198.51.100.2').expect(201);
    const refused = await request(baton.app).post('/v3/directline/conversations').set('X-Forwarded-For', '198.51.100.3').expect(429);
    expect(refused.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/too many new conversations from this address; try again in \d+ s/) });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await request(baton.app).post('/api/webchat/token').send({}).expect(429);
    // Resuming one's own conversation with its token is not a new conversation.
    await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${page.body.token}`).expect(201);
    await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${page.body.token}`).expect(200);
  });
});

describe('messages and streams', () => {
  let baton: TestBaton;
  let listening: Awaited<ReturnType<typeof listenTestBaton>>;
  beforeAll(async () => {
    baton = await startTestBaton({ env: { ...limits, LIMIT_CONVERSATIONS_PER_ADDRESS: '100' }, demo: false });
    listening = await listenTestBaton(baton);
  });
  afterAll(async () => {
    await listening.close();
    await baton.close();
  });

  const start = async () => (await request(baton.app).post('/v3/directline/conversations').expect(201)).body as { conversationId: string; token: string; streamUrl: string };
  const say = (chat: { conversationId: string; token: string }, text: string) =>
    request(baton.app).post(`/v3/directline/conversations/${chat.conversationId}/activities`).set('Authorization', `Bearer ${chat.token}`).send({ type: 'message', text });

  test('per conversation, then per address; nothing past the limit reaches the transcript', async () => {
    const first = await start();
    for (let i = 0; i < 4; i++) await say(first, `hello ${i}`).expect(200);
    const refused = await say(first, 'one too many').expect(429);
    expect(refused.body.error.message).toMatch(/too many messages in this conversation/);
    const second = await start();
    await say(second, 'hello 4').expect(200);
    await say(second, 'hello 5').expect(200);
    expect((await say(second, 'hello 6').expect(429)).body.error.message).toMatch(/too many messages from this address/);
    const stored = (await baton.parts.conversations.list(first.conversationId)).filter((a) => a.role === 'customer').map((a) => a.text);
    expect(stored).not.toContain('one too many');
  });

  test('WebSocket streams per user: past the limit the upgrade is refused with 429; closing one makes room', async () => {
    const chat = await start();
    const url = `${listening.origin.replace('http', 'ws')}/v3/directline/conversations/${chat.conversationId}/stream?t=${encodeURIComponent(chat.token)}`;
    const open = () =>
      new Promise<WebSocket | number>((resolve) => {
        const ws = new WebSocket(url);
        ws.once('open', () => resolve(ws));
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      });
    const a = (await open()) as WebSocket;
    const b = (await open()) as WebSocket;
    expect(await open()).toBe(429);
    await new Promise((resolve) => {
      a.once('close', resolve);
      a.close();
    });
    const c = await open();
    expect(c).toBeInstanceOf(WebSocket);
    b.close();
    (c as WebSocket).close();
  });

  test('a malformed stream URL is a 400 with a plain message, never a 500 with internals', async () => {
    const statusOf = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve) => {
        const ws = new WebSocket(`${listening.origin.replace('http', 'ws')}${path}`);
        ws.once('unexpected-response', (_req, res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
      });
    for (const path of ['/v3/directline/conversations/bad%20id%21/stream?t=x', '/v3/directline/conversations/%E0%A4%A/stream?t=x']) {
      const { status, body } = await statusOf(path);
      expect(status).toBe(400);
      expect(body).not.toMatch(/ZodError|"code"|URIError|at /);
    }
  });

  test('console event streams per person: the next is a 429 until one closes', async () => {
    const { token } = (await request(baton.app).post('/api/auth/token').send({ email: 'admin@example.com', password: 'correct horse battery' })).body;
    const controllers: AbortController[] = [];
    const open = async () => {
      const controller = new AbortController();
      controllers.push(controller);
      const res = await fetch(`${listening.origin}/api/tickets/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
      if (res.status === 200) await res.body!.getReader().read();
      return res.status;
    };
    expect([await open(), await open(), await open()]).toEqual([200, 200, 429]);
    controllers[0].abort();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await open();
    }
    expect(status).toBe(200);
    for (const c of controllers) c.abort();
  });
});

describe('TRUST_PROXY', () => {
  test('names the proxies whose X-Forwarded-For is believed: then addresses behind it are counted apart', async () => {
    const baton = await startTestBaton({ env: { ...limits, TRUST_PROXY: 'loopback' }, demo: false });
    try {
      for (const address of ['198.51.100.1', '198.51.100.2']) {
        for (let i = 0; i < 3; i++) await request(baton.app).post('/v3/directline/conversations').set('X-Forwarded-For', address).expect(201);
        await request(baton.app).post('/v3/directline/conversations').set('X-Forwarded-For', address).expect(429);
      }
    } finally {
      await baton.close();
    }
  });
});
