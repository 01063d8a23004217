import request from 'supertest';
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
    const stored = await baton.services.conversations.list(sent.conversation.id);
    expect(stored.map((a) => [a.direction, a.role, a.type])).toEqual([
      ['in', 'customer', 'message'],
      ['out', 'bot', 'message'],
    ]);
    expect(stored[0].id).toBe(sent.id);
    expect((await baton.services.conversations.get(sent.conversation.id))!.reference).toMatchObject({
      conversation: { id: sent.conversation.id },
      serviceUrl: sent.serviceUrl,
    });
  });

  test('a redelivered activity (same id) gets no second turn', async () => {
    const sent = activity('forgot my password');
    await request(baton.app).post('/api/messages').send(sent).expect(200);
    const again = await request(baton.app).post('/api/messages').send(sent).expect(200);
    expect(again.body.activities).toEqual([]);
    expect(await baton.services.conversations.list(sent.conversation.id)).toHaveLength(2);
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
