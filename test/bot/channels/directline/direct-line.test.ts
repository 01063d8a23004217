import request from 'supertest';
import { connect } from 'node:net';
import WebSocket from 'ws';
import { ACTIVITIES_PER_READ } from '../../../../bot/channels/directline/direct-line';
import { TOKEN_EXPIRED_CLOSE_CODE } from '../../../../bot/channels/directline/stream';
import { createDirectLineTokens, TOKEN_MAX_LIFETIME_SECONDS, TOKEN_TTL_SECONDS } from '../../../../bot/channels/directline/tokens';
import { listenTestBaton, startTestBaton, type TestBaton } from '../../../support/services';

let baton: TestBaton;
beforeAll(async () => {
  baton = await startTestBaton({ env: { DIRECTLINE_SECRET: 'local-secret-0123456789' } });
});
afterAll(() => baton.close());

const SECRET = 'Bearer local-secret-0123456789';

async function startConversation(): Promise<{ conversationId: string; token: string; streamUrl: string }> {
  const res = await request(baton.app).post('/v3/directline/conversations').set('Authorization', SECRET).expect(201);
  return res.body;
}

function say(conversationId: string, token: string, text: string, extra: Record<string, unknown> = {}) {
  return request(baton.app)
    .post(`/v3/directline/conversations/${conversationId}/activities`)
    .set('Authorization', `Bearer ${token}`)
    .send({ type: 'message', from: { id: 'spoofed' }, text, locale: 'en-US', channelData: { clientActivityID: 'c-1' }, ...extra });
}

const messages = (activities: Array<{ type: string; text?: string; from: { role?: string } }>) =>
  activities.filter((a) => a.type === 'message').map((a) => [a.from.role, a.text]);

describe('starting and resuming', () => {
  test('start returns a conversation id, a token and a stream URL, and the bot greets', async () => {
    const started = await startConversation();
    expect(started.conversationId).toMatch(/^[A-Za-z0-9_-]{10,}$/);
    expect(started.streamUrl).toMatch(new RegExp(`^ws://.+/v3/directline/conversations/${started.conversationId}/stream\\?t=`));
    const res = await request(baton.app)
      .get(`/v3/directline/conversations/${started.conversationId}/activities`)
      .set('Authorization', `Bearer ${started.token}`)
      .expect(200);
    expect(messages(res.body.activities)).toEqual([['bot', expect.stringMatching(/store assistant/)]]);
  });

  test('POST /conversations with the token resumes the same conversation without a second greeting', async () => {
    const started = await startConversation();
    const resumed = await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${started.token}`).expect(200);
    expect(resumed.body.conversationId).toBe(started.conversationId);
    const res = await request(baton.app)
      .get(`/v3/directline/conversations/${started.conversationId}/activities`)
      .set('Authorization', `Bearer ${resumed.body.token}`);
    expect(messages(res.body.activities)).toHaveLength(1);
  });

  test('tokens/generate needs the secret and gives a token for a new conversation', async () => {
    await request(baton.app).post('/v3/directline/tokens/generate').expect(401);
    const res = await request(baton.app).post('/v3/directline/tokens/generate').set('Authorization', SECRET).expect(200);
    expect(res.body).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 3600 });
    await request(baton.app).post('/v3/directline/tokens/generate').set('Authorization', `Bearer ${res.body.token}`).expect(403);
    const started = await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${res.body.token}`).expect(201);
    expect(started.body.conversationId).toBe(res.body.conversationId);
  });

  test('the web page token exchange works without the secret', async () => {
    const res = await request(baton.app).post('/api/webchat/token').send({ locale: 'zh-CN' }).expect(200);
    const started = await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${res.body.token}`).expect(201);
    const activities = await request(baton.app)
      .get(`/v3/directline/conversations/${started.body.conversationId}/activities`)
      .set('Authorization', `Bearer ${started.body.token}`);
    // The page's locale picked the greeting's language.
    expect(messages(activities.body.activities)).toEqual([['bot', expect.stringMatching(/智能助手/)]]);
  });

  test('with a secret configured, starting without credentials is refused', async () => {
    const res = await request(baton.app).post('/v3/directline/conversations').expect(401);
    expect(res.body.error.message).toMatch(/Bearer/);
  });
});

describe('posting and reading activities', () => {
  test('the answer arrives after the watermark; the customer message is echoed with the token user, not a spoofed one', async () => {
    const { conversationId, token } = await startConversation();
    const first = await request(baton.app).get(`/v3/directline/conversations/${conversationId}/activities`).set('Authorization', `Bearer ${token}`);
    const watermark = first.body.watermark;

    const posted = await say(conversationId, token, 'How do I return an item?').expect(200);
    expect(posted.body.id).toEqual(expect.stringContaining(conversationId));

    const res = await request(baton.app)
      .get(`/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const [echo, answer] = res.body.activities;
    expect(echo).toMatchObject({ id: posted.body.id, type: 'message', text: 'How do I return an item?', channelData: { clientActivityID: 'c-1' } });
    expect(echo.from.id).not.toBe('spoofed');
    expect(answer).toMatchObject({ type: 'message', replyToId: posted.body.id, from: { role: 'bot' } });
    expect(answer.text).toMatch(/return label/);
    expect(answer.id).toEqual(expect.any(String));
    expect(answer.timestamp).toEqual(expect.any(String));
    expect(Number(res.body.watermark)).toBeGreaterThan(Number(watermark));

    const none = await request(baton.app)
      .get(`/v3/directline/conversations/${conversationId}/activities?watermark=${res.body.watermark}`)
      .set('Authorization', `Bearer ${token}`);
    expect(none.body).toEqual({ activities: [], watermark: res.body.watermark });
  });

  test('personal data in a customer message is redacted before it is stored', async () => {
    const { conversationId, token } = await startConversation();
    await say(conversationId, token, 'my card 4111 1111 1111 1111 and mail jane.doe@example.com').expect(200);
    const stored = await baton.parts.conversations.list(conversationId);
    const texts = stored.map((a) => JSON.stringify(a));
    expect(texts.join()).not.toMatch(/4111|jane\.doe/);
    expect(texts.join()).toMatch(/\[card number\].*\[email\]/);
  });

  test("the bot's own answers reach the customer as written: a support address in an article is not personal data", async () => {
    const { conversationId, token } = await startConversation();
    await say(conversationId, token, 'What are your opening hours?').expect(200);
    const res = await request(baton.app).get(`/v3/directline/conversations/${conversationId}/activities`).set('Authorization', `Bearer ${token}`);
    expect(messages(res.body.activities).at(-1)).toEqual(['bot', expect.stringContaining('support@demo-store.example')]);
  });
});

describe('token scoping', () => {
  test("a token opens only its own conversation", async () => {
    const a = await startConversation();
    const b = await startConversation();
    const read = await request(baton.app).get(`/v3/directline/conversations/${b.conversationId}/activities`).set('Authorization', `Bearer ${a.token}`).expect(403);
    expect(read.body.error.message).toMatch(/another conversation/);
    await say(b.conversationId, a.token, 'hello').expect(403);
    expect(await baton.parts.conversations.list(b.conversationId)).toHaveLength(2); // the start + greeting only
  });

  test('a tampered or garbage token is refused', async () => {
    const a = await startConversation();
    const tampered = a.token.slice(0, -2) + (a.token.endsWith('A') ? 'BB' : 'AA');
    await say(a.conversationId, tampered, 'hello').expect(403);
    await say(a.conversationId, 'garbage', 'hello').expect(403);
  });
});

describe('bad input gets a clear 4xx and loses nothing', () => {
  let conversationId: string;
  let token: string;
  beforeAll(async () => {
    ({ conversationId, token } = await startConversation());
  });

  const post = () => request(baton.app).post(`/v3/directline/conversations/${conversationId}/activities`).set('Authorization', `Bearer ${token}`);

  test.each([
    ['malformed JSON', () => post().set('Content-Type', 'application/json').send('{"type": "message", "text": '), 400, /not valid JSON/],
    ['a body over 256 KiB', () => post().send({ type: 'message', text: 'x', channelData: { blob: 'y'.repeat(300 * 1024) } }), 413, /256 KiB/],
    ['a text over 4,000 characters', () => post().send({ type: 'message', text: 'z'.repeat(4001) }), 400, /4001 characters; the limit is 4000/],
    ['an unknown activity type', () => post().send({ type: 'launchMissiles', text: 'hi' }), 400, /type must be one of/],
    ['a text that is not a string', () => post().send({ type: 'message', text: 42 }), 400, /text/],
  ])('%s', async (_name, send, status, message) => {
    const before = await baton.parts.conversations.list(conversationId);
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(message);
    expect(await baton.parts.conversations.list(conversationId)).toEqual(before);
  });

  test('an unknown conversation is a 404 (with the secret) and a 403 (with another token)', async () => {
    await request(baton.app).get('/v3/directline/conversations/doesnotexist/activities').set('Authorization', SECRET).expect(404);
    await request(baton.app).get('/v3/directline/conversations/doesnotexist/activities').set('Authorization', `Bearer ${token}`).expect(403);
  });

  test('a bad watermark is a 400 that says what to send', async () => {
    const res = await request(baton.app)
      .get(`/v3/directline/conversations/${conversationId}/activities?watermark=abc`)
      .set('Authorization', `Bearer ${token}`)
      .expect(400);
    expect(res.body.error.message).toMatch(/watermark must be a whole number/);
  });

  test('after all that the conversation still works', async () => {
    await say(conversationId, token, 'where is my parcel').expect(200);
    const all = await baton.parts.conversations.list(conversationId);
    expect(all.at(-1)!.role).toBe('bot');
  });
});

describe('WebSocket stream', () => {
  test('pushes the customer echo and the answer as they are stored; refuses a foreign token', async () => {
    const live = await listenTestBaton(baton);
    try {
      const a = await startConversation();
      const b = await startConversation();
      const url = `${live.origin.replace('http', 'ws')}/v3/directline/conversations/${a.conversationId}/stream?t=${encodeURIComponent(a.token)}`;
      const ws = new WebSocket(url);
      const received: Array<{ type: string; text?: string; from: { role?: string } }> = [];
      const watermarks: number[] = [];
      const gotAnswer = new Promise<void>((resolve) => {
        ws.on('message', (data) => {
          const batch = JSON.parse(String(data));
          watermarks.push(Number(batch.watermark));
          received.push(...batch.activities);
          if (received.some((x) => x.from.role === 'bot' && /return label/.test(x.text ?? ''))) resolve();
        });
      });
      await new Promise((resolve) => ws.once('open', resolve));
      await say(a.conversationId, a.token, 'How do I return an item?').expect(200);
      await gotAnswer;
      ws.close();
      expect(messages(received as never).slice(-2)).toEqual([
        [undefined, 'How do I return an item?'].map((v, i) => (i === 0 ? expect.anything() : v)),
        ['bot', expect.stringMatching(/return label/)],
      ]);
      expect([...watermarks].sort((x, y) => x - y)).toEqual(watermarks);

      const foreign = new WebSocket(`${live.origin.replace('http', 'ws')}/v3/directline/conversations/${b.conversationId}/stream?t=${encodeURIComponent(a.token)}`);
      const status = await new Promise<number>((resolve) => foreign.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
      expect(status).toBe(403);
    } finally {
      await live.close();
    }
  });
});

describe('a long conversation', () => {
  // Issue 14's soak: reads must cost what is new, not the whole history. Replies stored straight into the store make
  // the history long without running a thousand turns.
  let conversationId: string;
  let token: string;
  let lastSeq: number;
  beforeAll(async () => {
    ({ conversationId, token } = await startConversation());
    const history = ACTIVITIES_PER_READ + 150;
    for (let i = 1; i <= history; i++) {
      await baton.parts.conversations.append(conversationId, { direction: 'out', role: 'bot', type: 'message', text: `reply ${i}`, activity: { type: 'message', text: `reply ${i}`, from: { id: 'baton', role: 'bot' } } });
    }
    lastSeq = (await baton.parts.conversations.get(conversationId))!.lastSeq;
  });

  const read = (watermark?: number) =>
    request(baton.app)
      .get(`/v3/directline/conversations/${conversationId}/activities${watermark === undefined ? '' : `?watermark=${watermark}`}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);

  test('a read by watermark after a thousand and more activities returns only what came after it', async () => {
    await say(conversationId, token, 'How do I return an item?').expect(200);
    const res = await read(lastSeq);
    expect(messages(res.body.activities)).toEqual([[expect.anything(), 'How do I return an item?'], ['bot', expect.stringMatching(/return label/)]]);
    expect(Number(res.body.watermark)).toBe(lastSeq + 2);
  });

  test('a read from the start returns one page; reading on from its watermark returns the rest, nothing twice', async () => {
    const first = await read();
    // A page is the first ACTIVITIES_PER_READ stored (the conversation's start is one the client does not see).
    expect(first.body.activities.length).toBeGreaterThan(ACTIVITIES_PER_READ - 5);
    expect(first.body.activities.length).toBeLessThanOrEqual(ACTIVITIES_PER_READ);
    expect(Number(first.body.watermark)).toBe(ACTIVITIES_PER_READ);
    const rest = await read(Number(first.body.watermark));
    const texts = [...first.body.activities, ...rest.body.activities].map((a: { text?: string }) => a.text).filter((t: string | undefined) => t?.startsWith('reply '));
    expect(texts).toEqual(Array.from({ length: ACTIVITIES_PER_READ + 150 }, (_, i) => `reply ${i + 1}`));
  });

  test('a stream opened at watermark 0 sends the whole history in pages, without waiting for a new activity', async () => {
    const live = await listenTestBaton(baton);
    try {
      const ws = new WebSocket(`${live.origin.replace('http', 'ws')}/v3/directline/conversations/${conversationId}/stream?t=${encodeURIComponent(token)}`);
      const pages: Array<{ activities: unknown[]; watermark: string }> = [];
      const last = (await baton.parts.conversations.get(conversationId))!.lastSeq;
      await new Promise<void>((resolve, reject) => {
        ws.on('message', (data) => {
          pages.push(JSON.parse(String(data)));
          if (Number(pages.at(-1)!.watermark) === last) resolve();
        });
        ws.on('error', reject);
      });
      ws.close();
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.every((p) => p.activities.length <= ACTIVITIES_PER_READ)).toBe(true);
      expect(pages.map((p) => Number(p.watermark))).toEqual([...pages.map((p) => Number(p.watermark))].sort((x, y) => x - y));
    } finally {
      await live.close();
    }
  });
});

describe('token lifetime', () => {
  const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { u: string; exp: number; s: number };

  test(`refreshing keeps a conversation going, but never past ${TOKEN_MAX_LIFETIME_SECONDS / 3600} h after its first token`, async () => {
    const { conversationId, token } = await startConversation();
    const key = (await baton.parts.settings.get('directline.signingKey'))!;
    // A line of tokens that began a day minus ten minutes ago, its latest token issued twenty minutes ago.
    const began = Math.floor(Date.now() / 1000) - TOKEN_MAX_LIFETIME_SECONDS + 600;
    const latest = createDirectLineTokens(key, () => Date.now() - 1200 * 1000).issue(conversationId, payloadOf(token).u, began)!;
    for (const call of ['/v3/directline/tokens/refresh', '/v3/directline/conversations']) {
      const res = await request(baton.app).post(call).set('Authorization', `Bearer ${latest.token}`).expect((r) => expect(r.status).toBeLessThan(300));
      // Ten minutes left of the line, not another hour; the new token remembers when the line began.
      expect(res.body.expires_in).toBeGreaterThan(590);
      expect(res.body.expires_in).toBeLessThanOrEqual(600);
      expect(payloadOf(res.body.token)).toMatchObject({ s: began, exp: began + TOKEN_MAX_LIFETIME_SECONDS });
    }
    // Once the line has run out there is no next token.
    const tokens = createDirectLineTokens(key, () => (began + TOKEN_MAX_LIFETIME_SECONDS) * 1000);
    expect(tokens.issue(conversationId, payloadOf(token).u, began)).toBeUndefined();
  });
});

describe('stream lifetime', () => {
  test('the stream closes when its token expires', async () => {
    const live = await listenTestBaton(baton);
    try {
      const { conversationId, token } = await startConversation();
      const claims = { ...JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) };
      // The same signing key, a clock an hour minus one second behind: this token has a second to live.
      const key = (await baton.parts.settings.get('directline.signingKey'))!;
      const shortLived = createDirectLineTokens(key, () => Date.now() - (TOKEN_TTL_SECONDS - 1) * 1000).issue(conversationId, claims.u)!.token;
      const ws = new WebSocket(`${live.origin.replace('http', 'ws')}/v3/directline/conversations/${conversationId}/stream?t=${encodeURIComponent(shortLived)}`);
      const closed = await new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
      expect(closed).toBe(TOKEN_EXPIRED_CLOSE_CODE);
    } finally {
      await live.close();
    }
  });
});

describe('without a Direct Line secret (local mode)', () => {
  let open: TestBaton;
  let live: Awaited<ReturnType<typeof listenTestBaton>>;
  beforeAll(async () => {
    open = await startTestBaton({ demo: false });
    live = await listenTestBaton(open);
  });
  afterAll(async () => {
    await live.close();
    await open.close();
  });

  test('anyone may start a conversation, but only its token opens it', async () => {
    const started = await request(open.app).post('/v3/directline/conversations').expect(201);
    const id = started.body.conversationId;
    const anonymous = await request(open.app).get(`/v3/directline/conversations/${id}/activities`).expect(401);
    expect(anonymous.body.error.message).toMatch(/Direct Line token/);
    await request(open.app).post(`/v3/directline/conversations/${id}/activities`).send({ type: 'message', text: 'hi', from: { id: 'someone' } }).expect(401);
    await request(open.app).get(`/v3/directline/conversations/${id}/activities`).set('Authorization', `Bearer ${started.body.token}`).expect(200);
    const stream = new WebSocket(`${live.origin.replace('http', 'ws')}/v3/directline/conversations/${id}/stream`);
    const status = await new Promise<number>((resolve) => stream.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(401);
  });

  test('a malformed or foreign WebSocket upgrade is refused and the server stays up', async () => {
    const { port } = new URL(live.origin);
    const raw = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n');
      });
      let data = '';
      socket.on('data', (d: Buffer) => (data += d));
      socket.on('close', () => resolve(data));
      socket.on('error', () => resolve(data));
    });
    expect(raw).not.toMatch(/101 Switching/);
    const other = new WebSocket(`${live.origin.replace('http', 'ws')}/somewhere-else`);
    const status = await new Promise<number>((resolve) => other.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(404);
    await request(live.origin).get('/healthz').expect(200);
  });
});
