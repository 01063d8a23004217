import request from 'supertest';
import { startConnectorDouble, type ConnectorDouble } from '../../../support/connector-double';
import { startTestBaton, type TestBaton } from '../../../support/services';

let baton: TestBaton;
beforeAll(async () => {
  baton = await startTestBaton();
});
afterAll(() => baton.close());

const activity = (text: string, overrides: Record<string, unknown> = {}) => ({
  type: 'message',
  id: `act-${Math.random().toString(36).slice(2)}`,
  text,
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9/unused',
  conversation: { id: `conv-${Math.random().toString(36).slice(2)}` },
  from: { id: 'user-1', name: 'Customer' },
  recipient: { id: 'bot-1', name: 'Baton' },
  deliveryMode: 'expectReplies',
  ...overrides,
});

describe('POST /api/messages through the real Agents SDK adapter', () => {
  test.each([
    ['How do I return an item?', /return label/, 'en-US'],
    ['怎么退货？', /退货/, 'zh-CN'],
  ])('expectReplies returns the answer to %s in the response body', async (text, answer, locale) => {
    const res = await request(baton.app).post('/api/messages').send(activity(text)).expect(200);
    expect(res.body.activities).toHaveLength(1);
    expect(res.body.activities[0]).toMatchObject({ type: 'message', textFormat: 'markdown', locale });
    expect(res.body.activities[0].text).toMatch(answer);
  });

  test('inbound and outbound activities are in the transcript when the response arrives', async () => {
    const sent = activity('where is my parcel');
    await request(baton.app).post('/api/messages').send(sent).expect(200);
    const stored = await baton.parts.conversations.list(sent.conversation.id);
    expect(stored.map((a) => [a.direction, a.role, a.type])).toEqual([
      ['in', 'customer', 'message'],
      ['out', 'bot', 'message'],
    ]);
    expect(stored[0].id).toBe(sent.id);
    expect((await baton.parts.conversations.get(sent.conversation.id))!.reference).toMatchObject({
      conversation: { id: sent.conversation.id },
      serviceUrl: sent.serviceUrl,
    });
  });

  test('a redelivered activity (same id) gets no second turn', async () => {
    const sent = activity('forgot my password');
    await request(baton.app).post('/api/messages').send(sent).expect(200);
    const again = await request(baton.app).post('/api/messages').send(sent).expect(200);
    expect(again.body.activities).toEqual([]);
    expect(await baton.parts.conversations.list(sent.conversation.id)).toHaveLength(2);
  });

  test('a too-long text is answered politely and not searched', async () => {
    const res = await request(baton.app).post('/api/messages').send(activity('a'.repeat(4001))).expect(200);
    expect(res.body.activities[0].text).toMatch(/4001 characters; the limit is 4000/);
  });

  test('a conversationUpdate that adds the customer gets a welcome', async () => {
    const res = await request(baton.app)
      .post('/api/messages')
      .send(activity('', { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-1' }], locale: 'zh-CN' }))
      .expect(200);
    expect(res.body.activities[0].text).toMatch(/智能助手/);
  });

  test.each([
    ['malformed JSON', (r: request.Test) => r.set('Content-Type', 'application/json').send('{"type":'), 400, /not valid JSON/],
    ['no conversation', (r: request.Test) => r.send({ type: 'message', text: 'hi' }), 400, /conversation.id is required/],
    ['no type', (r: request.Test) => r.send({ text: 'hi', conversation: { id: 'x' } }), 400, /type/],
    ['a body over 256 KiB', (r: request.Test) => r.send(activity('x'.repeat(300 * 1024))), 413, /256 KiB/],
  ])('%s → a 4xx with a message', async (_name, send, status, message) => {
    const res = await send(request(baton.app).post('/api/messages'));
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(message);
  });
});

describe('Teams-shaped activities with replies posted to the connector (anonymous local mode)', () => {
  let connector: ConnectorDouble;
  beforeAll(async () => {
    connector = await startConnectorDouble();
  });
  afterAll(() => connector?.close());

  const teams = (overrides: Record<string, unknown> = {}) => ({
    type: 'message',
    id: `teams-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    locale: 'en-US',
    from: { id: '29:user-1', name: 'Customer', aadObjectId: '00000000-0000-4000-8000-00000000beef' },
    recipient: { id: '28:bot-1', name: 'Baton' },
    conversation: { id: `a:personal-${Math.random().toString(36).slice(2)}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    ...overrides,
  });

  test('a personal-chat question: the answer is posted as a reply to the question', async () => {
    const question = teams({ text: 'How do I return an item?' });
    await request(baton.app).post('/api/messages').send(question).expect(200);
    const reply = await connector.waitFor((s) => s.replyToId === question.id);
    expect(reply.conversationId).toBe(question.conversation.id);
    expect(reply.activity).toMatchObject({ type: 'message', replyToId: question.id, conversation: { id: question.conversation.id } });
    expect(JSON.stringify(reply.activity)).toMatch(/return label/);
  });

  test('installing the app (conversationUpdate adding the user) posts a welcome', async () => {
    const install = teams({ type: 'conversationUpdate', membersAdded: [{ id: '29:user-1' }, { id: '28:bot-1' }] });
    await request(baton.app).post('/api/messages').send(install).expect(200);
    const welcome = await connector.waitFor((s) => s.conversationId === install.conversation.id);
    expect(JSON.stringify(welcome.activity)).toMatch(/store assistant/);
  });

  test('a channel message that @mentions the bot gets a reply in that channel thread', async () => {
    const conversationId = `19:general@thread.tacv2;messageid=${Date.now()}`;
    const mention = teams({
      text: '<at>Baton</at> How do I return an item?',
      conversation: { id: conversationId, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      entities: [{ type: 'mention', text: '<at>Baton</at>', mentioned: { id: '28:bot-1', name: 'Baton' } }],
      channelData: { tenant: { id: 'tenant-1' }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:general@thread.tacv2' } },
    });
    await request(baton.app).post('/api/messages').send(mention).expect(200);
    const reply = await connector.waitFor((s) => s.replyToId === mention.id);
    expect(reply.conversationId).toBe(conversationId);
  });

  test.each([
    ['a host that is not an allowed connector', 'https://evil.example.com/'],
    ['plain http to a non-loopback address', 'http://10.1.2.3/'],
    ['cloud metadata', 'http://169.254.169.254/'],
  ])('a serviceUrl on %s: 403, no turn, nothing sent', async (_name, serviceUrl) => {
    const before = connector.sent.length;
    const activity = teams({ text: 'How do I return an item?', serviceUrl });
    const res = await request(baton.app).post('/api/messages').send(activity);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('service_url_not_allowed');
    expect(await baton.parts.conversations.get(activity.conversation.id)).toBeFalsy();
    expect(connector.sent.length).toBe(before);
  });
});
