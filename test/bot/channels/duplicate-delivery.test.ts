/**
 * Idempotent delivery on every channel and both databases: a client or a channel that retries an activity (same id)
 * gets one turn — one stored row, one reply, one ticket — and parallel duplicates are all answered, none with a 500.
 */
import request from 'supertest';
import { forEachDatabase } from '../../support/databases';
import { startTestBaton, type TestBaton } from '../../support/services';
import { staffToken } from '../../support/staff-token';
import { CodedError } from '../../../contracts';

forEachDatabase('duplicate deliveries', (kind) => {
  let baton: TestBaton;
  let admin: string;
  beforeAll(async () => {
    baton = await startTestBaton({ database: kind, env: { LIMIT_MESSAGES_PER_CONVERSATION: '1000' } });
    admin = await staffToken(baton.app, 'admin@example.com', 'correct horse battery');
  });
  afterAll(() => baton.close());

  /** A Bot Framework activity for /api/messages whose replies come back in the response. */
  const activityIn = (conversationId: string, id: string, text: string) => ({
    type: 'message',
    id,
    text,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/unused',
    conversation: { id: conversationId },
    from: { id: 'user-1', name: 'Customer' },
    recipient: { id: 'bot-1', name: 'Baton' },
    deliveryMode: 'expectReplies',
  });

  async function ticketsOf(conversationId: string) {
    const res = await request(baton.app).get('/api/tickets?status=queued').set('Authorization', `Bearer ${admin}`).expect(200);
    return (res.body.tickets as Array<{ conversationId: string }>).filter((t) => t.conversationId === conversationId);
  }

  async function startDirectLine() {
    const token = await request(baton.app).post('/api/webchat/token').send({}).expect(200);
    const started = await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${token.body.token}`).expect(201);
    return started.body as { conversationId: string; token: string };
  }

  test.each([
    ['one after another', false],
    ['all at once', true],
  ])('a Direct Line message posted three times with one id (%s) → one row, one reply, one ticket', async (_how, parallel) => {
    const { conversationId, token } = await startDirectLine();
    const post = () =>
      request(baton.app)
        .post(`/v3/directline/conversations/${conversationId}/activities`)
        .set('Authorization', `Bearer ${token}`)
        .send({ type: 'message', id: 'client-msg-1', text: 'I want to talk to a person' });
    const answers = parallel ? await Promise.all([post(), post(), post()]) : [await post(), await post(), await post()];
    expect(answers.map((a) => [a.status, a.body.id])).toEqual(Array.from({ length: 3 }, () => [200, 'client-msg-1']));

    const stored = await baton.parts.conversations.list(conversationId);
    expect(stored.filter((a) => a.id === 'client-msg-1')).toHaveLength(1);
    const replies = stored.filter((a) => a.direction === 'out' && a.activity.replyToId === 'client-msg-1');
    expect(replies.filter((a) => a.type === 'message')).toHaveLength(1);
    expect(replies.filter((a) => a.type === 'event' && a.activity.name === 'handoff.initiate')).toHaveLength(1);
    expect(await ticketsOf(conversationId)).toHaveLength(1);
  });

  test('two messages with different ids both have their turn', async () => {
    const { conversationId, token } = await startDirectLine();
    for (const id of ['a-1', 'a-2']) {
      await request(baton.app)
        .post(`/v3/directline/conversations/${conversationId}/activities`)
        .set('Authorization', `Bearer ${token}`)
        .send({ type: 'message', id, text: 'how do I return an item?' })
        .expect(200);
    }
    const stored = await baton.parts.conversations.list(conversationId);
    expect(stored.filter((a) => a.direction === 'in' && a.type === 'message').map((a) => a.id)).toEqual(['a-1', 'a-2']);
    expect(stored.filter((a) => a.direction === 'out' && a.type === 'message' && ['a-1', 'a-2'].includes(a.activity.replyToId as string))).toHaveLength(2);
  });

  test('/api/messages: three simultaneous deliveries of one id → one turn, no 500', async () => {
    const conversationId = `conv-dup-${kind}-${Date.now()}`;
    const activity = activityIn(conversationId, 'teams-act-1', 'I want to talk to a person');
    const answers = await Promise.all(Array.from({ length: 3 }, () => request(baton.app).post('/api/messages').send(activity)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const stored = await baton.parts.conversations.list(conversationId);
    expect(stored.filter((a) => a.direction === 'in')).toHaveLength(1);
    expect(stored.filter((a) => a.direction === 'out' && a.type === 'message')).toHaveLength(1);
    expect(await ticketsOf(conversationId)).toHaveLength(1);
    // Once the turn is over, a late retry gets the stored answer, not an empty one.
    const late = await request(baton.app).post('/api/messages').send(activity).expect(200);
    const first = stored.find((a) => a.direction === 'out' && a.type === 'message')!;
    expect(late.body.activities.filter((a: { type: string }) => a.type === 'message').map((a: { text: string }) => a.text)).toEqual([first.text]);
  });

  describe('a retry of a message whose turn was cut off after it was stored', () => {
    const messagesOf = (body: { activities: Array<{ type: string; text: string; replyToId?: string }> }) =>
      body.activities.filter((a) => a.type === 'message');

    /**
     * The database drops once, mid-turn: the inbound activity is stored (and a handoff's ticket created), storing the
     * turn's end (its replies, state and done mark, one transaction) fails.
     */
    function dropDatabaseOnceMidTurn() {
      const store = baton.parts.conversations;
      const appendReplies = store.appendReplies.bind(store);
      store.appendReplies = async (conversationId, activities, end) => {
        if (!end?.completes) return appendReplies(conversationId, activities, end);
        store.appendReplies = appendReplies;
        throw new CodedError('database_unavailable', 'the database connection dropped');
      };
    }

    test.each([
      ['one retry', 1],
      ['three retries at once', 3],
    ])('is answered once (%s): the first delivery fails with 503, the retry runs the turn and gets the reply', async (_how, retries) => {
      const conversationId = `conv-retry-${kind}-${retries}-${Date.now()}`;
      const activity = activityIn(conversationId, 'retried-1', 'how do I return an item?');
      dropDatabaseOnceMidTurn();
      const failed = await request(baton.app).post('/api/messages').send(activity);
      expect(failed.status).toBe(503);
      expect((await baton.parts.conversations.list(conversationId)).map((a) => a.id)).toEqual(['retried-1']);

      const answers = await Promise.all(Array.from({ length: retries }, () => request(baton.app).post('/api/messages').send(activity)));
      expect(answers.map((a) => a.status)).toEqual(Array.from({ length: retries }, () => 200));
      const stored = await baton.parts.conversations.list(conversationId);
      const replies = stored.filter((a) => a.direction === 'out' && a.type === 'message');
      expect(replies).toHaveLength(1);
      expect(replies[0]!.activity.replyToId).toBe('retried-1');
      // Every retry, the one that ran the turn and those that waited for it, carries the reply.
      for (const answer of answers) expect(messagesOf(answer.body).map((a) => a.text)).toEqual([replies[0]!.text]);
      // And once done, a late retry is a plain duplicate: the stored reply, no second turn.
      const late = await request(baton.app).post('/api/messages').send(activity).expect(200);
      expect(messagesOf(late.body).map((a) => a.text)).toEqual([replies[0]!.text]);
      expect((await baton.parts.conversations.list(conversationId)).filter((a) => a.direction === 'out')).toHaveLength(1);
    });

    test('a handoff turn is answered once: the retry after a 503 sends the queue message and handoff.initiate once, one ticket', async () => {
      const conversationId = `conv-retry-handoff-${kind}-${Date.now()}`;
      const activity = activityIn(conversationId, 'retried-handoff-1', 'I want to talk to a person');
      dropDatabaseOnceMidTurn();
      expect((await request(baton.app).post('/api/messages').send(activity)).status).toBe(503);
      const retried = await request(baton.app).post('/api/messages').send(activity).expect(200);

      const stored = await baton.parts.conversations.list(conversationId);
      const replies = stored.filter((a) => a.direction === 'out' && a.activity.replyToId === 'retried-handoff-1');
      expect(replies.filter((a) => a.type === 'message')).toHaveLength(1);
      expect(replies[0]!.text).toMatch(/in the queue/);
      expect(replies.filter((a) => a.type === 'event' && a.activity.name === 'handoff.initiate')).toHaveLength(1);
      expect(messagesOf(retried.body).map((a) => a.text)).toEqual([replies[0]!.text]);
      expect(await ticketsOf(conversationId)).toHaveLength(1);
    });

    test('over Direct Line too: the client re-posts its message with the same id and the answer reaches the transcript', async () => {
      const { conversationId, token } = await startDirectLine();
      const post = () =>
        request(baton.app)
          .post(`/v3/directline/conversations/${conversationId}/activities`)
          .set('Authorization', `Bearer ${token}`)
          .send({ type: 'message', id: 'dl-retried-1', text: 'how do I return an item?' });
      dropDatabaseOnceMidTurn();
      expect((await post()).status).toBeGreaterThanOrEqual(500);
      await post().expect(200);
      const stored = await baton.parts.conversations.list(conversationId);
      expect(stored.filter((a) => a.id === 'dl-retried-1')).toHaveLength(1);
      expect(stored.filter((a) => a.direction === 'out' && a.type === 'message' && a.activity.replyToId === 'dl-retried-1')).toHaveLength(1);
    });
  });
});
