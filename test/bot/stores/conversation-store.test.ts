import path from 'node:path';
import { StateConflictError } from '../../../bot/conversations/conversation-store';
import { KyselyConversationStore } from '../../../bot/stores/conversation-store';
import { openDatabase, tablesOf, type DatabaseHandle } from '../../../bot/stores/database';
import { migrateToLatest } from '../../../bot/stores/migrate';
import { botMigrations } from '../../../bot/stores/migrations';
import type { BotTables } from '../../../bot/stores/schema';
import { Client } from 'pg';
import { sql } from 'kysely';
import { NOTIFY_CHANNEL } from '../../../bot/stores/postgres-notifier';
import { expectRejection } from '../../support/expect-rejection';
import { createTestDatabase, forEachDatabase, type TestDatabase } from '../../support/databases';
import { waitFor } from '../../support/wait';

forEachDatabase('ConversationStore contract', (kind) => {
  let database: TestDatabase;
  let handle: DatabaseHandle<unknown>;
  let store: KyselyConversationStore;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    handle = openDatabase({ databaseUrl: database.url, sqliteFile: path.join(database.dataDir, 'baton.db') });
    await migrateToLatest(handle.db, botMigrations);
    // Running migrations twice is a no-op (every start runs them).
    await migrateToLatest(handle.db, botMigrations);
    store = new KyselyConversationStore(tablesOf<BotTables>(handle.db));
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  const message = (text: string, direction: 'in' | 'out' = 'in') => ({
    direction,
    role: direction === 'in' ? ('customer' as const) : ('bot' as const),
    type: 'message',
    text,
    activity: { type: 'message', text },
  });

  test('ensure creates once and returns the same conversation afterwards', async () => {
    const first = await store.ensure({ id: 'conv-a', channel: 'webchat', userId: 'u1', locale: 'zh-CN' });
    const again = await store.ensure({ id: 'conv-a', channel: 'msteams', userId: 'other' });
    expect(again).toEqual(first);
    expect(first).toMatchObject({ channel: 'webchat', userId: 'u1', locale: 'zh-CN', lastSeq: 0, state: {}, stateVersion: 0 });
  });

  test('append hands out gap-free sequence numbers, even concurrently', async () => {
    await store.ensure({ id: 'conv-b', channel: 'webchat', userId: 'u1' });
    const appended = await Promise.all(Array.from({ length: 25 }, (_, i) => store.append('conv-b', message(`m${i}`))));
    expect(appended.map((a) => a.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const listed = await store.list('conv-b');
    expect(listed.map((a) => a.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect((await store.get('conv-b'))!.lastSeq).toBe(25);
  });

  test('list pages after a watermark and keeps the activity body', async () => {
    await store.ensure({ id: 'conv-c', channel: 'webchat', userId: 'u1' });
    await store.append('conv-c', message('hello'));
    await store.append('conv-c', message('hi there', 'out'));
    await store.append('conv-c', { ...message('third'), id: 'client-id-3' });
    const after1 = await store.list('conv-c', { afterSeq: 1 });
    expect(after1.map((a) => [a.seq, a.text, a.role])).toEqual([
      [2, 'hi there', 'bot'],
      [3, 'third', 'customer'],
    ]);
    expect(after1[1].id).toBe('client-id-3');
    expect(after1[1].activity).toMatchObject({ type: 'message', text: 'third', id: 'client-id-3' });
    expect(await store.findActivity('conv-c', 'client-id-3')).toMatchObject({ seq: 3 });
    expect(await store.list('conv-c', { afterSeq: 1, limit: 1 })).toHaveLength(1);
  });

  test('a repeated activity id in one conversation is refused', async () => {
    await store.ensure({ id: 'conv-d', channel: 'msteams', userId: 'u1' });
    await store.append('conv-d', { ...message('once'), id: 'teams-1' });
    await expectRejection(store.append('conv-d', { ...message('twice'), id: 'teams-1' }), /unique|duplicate/i);
    expect(await store.list('conv-d')).toHaveLength(1);
  });

  test('appendOnce stores one of several parallel deliveries of an id and refuses none', async () => {
    await store.ensure({ id: 'conv-once', channel: 'msteams', userId: 'u1' });
    await store.append('conv-once', message('before'));
    const results = await Promise.all(Array.from({ length: 5 }, () => store.appendOnce('conv-once', { ...message('hello'), id: 'retried-1' })));
    expect(results.filter((r) => r !== undefined).map((r) => [r!.seq, r!.id])).toEqual([[2, 'retried-1']]);
    // A duplicate takes no seq: the next activity follows without a gap.
    const next = await store.append('conv-once', message('after'));
    expect(next.seq).toBe(3);
    expect((await store.list('conv-once')).map((a) => a.text)).toEqual(['before', 'hello', 'after']);
  });

  test('appendInbound creates the conversation with its first activity and returns it, state included, in one go', async () => {
    const first = await store.appendInbound({ id: 'conv-in', channel: 'msteams', userId: 'u9', locale: 'en-US' }, { ...message('hi'), id: 'in-1' });
    expect(first!.activity).toMatchObject({ seq: 1, id: 'in-1', text: 'hi' });
    expect(first!.conversation).toMatchObject({ id: 'conv-in', channel: 'msteams', userId: 'u9', lastSeq: 1, state: {}, stateVersion: 0 });
    expect(await store.saveState('conv-in', { turns: 1 }, 0)).toBe(true);
    const second = await store.appendInbound({ id: 'conv-in', channel: 'other', userId: 'someone' }, message('again'));
    expect(second!.conversation).toMatchObject({ channel: 'msteams', userId: 'u9', lastSeq: 2, state: { turns: 1 }, stateVersion: 1 });
    const repeats = await Promise.all([1, 2, 3].map(() => store.appendInbound({ id: 'conv-in', channel: 'msteams', userId: 'u9' }, { ...message('hi'), id: 'in-1' })));
    expect(repeats).toEqual([undefined, undefined, undefined]);
    expect((await store.get('conv-in'))!.lastSeq).toBe(2);
  });

  test('appendInbound carries a companion read in its statement on PostgreSQL (its rows, read in the same snapshot), not on SQLite', async () => {
    // A read whose literal holds a $ and whose placeholders come after the statement's own: renumbered, literal kept.
    const companion = {
      sql: "select id, last_seq, 'costs $1' as note from conversations where id = $1 or id = $2 order by id",
      parameters: ['conv-companion', 'conv-companion-peer'],
      read: (rows: Record<string, unknown>[]) => rows,
    };
    await store.ensure({ id: 'conv-companion-peer', channel: 'msteams', userId: 'u5' });
    const first = await store.appendInbound({ id: 'conv-companion', channel: 'msteams', userId: 'u5' }, { ...message('hi'), id: 'c-1' }, companion);
    expect(first!.activity).toMatchObject({ seq: 1, id: 'c-1' });
    if (kind === 'postgres') {
      // The read sees the snapshot the statement started in: not the conversation its own upsert creates.
      expect(first!.companion).toEqual({ value: [{ id: 'conv-companion-peer', last_seq: 0, note: 'costs $1' }] });
      const second = await store.appendInbound({ id: 'conv-companion', channel: 'msteams', userId: 'u5' }, { ...message('again'), id: 'c-2' }, companion);
      expect(second!.companion!.value).toEqual([
        { id: 'conv-companion', last_seq: 1, note: 'costs $1' },
        { id: 'conv-companion-peer', last_seq: 0, note: 'costs $1' },
      ]);
      expect(second!.activity.seq).toBe(2);
    } else {
      expect(first!.companion).toBeUndefined();
    }
    // A redelivery stores nothing and reads nothing.
    expect(await store.appendInbound({ id: 'conv-companion', channel: 'msteams', userId: 'u5' }, { ...message('hi'), id: 'c-1' }, companion)).toBeUndefined();
  });

  test('parallel first deliveries of an inbound id create the conversation once and store the activity once, as returned', async () => {
    const deliveries = await Promise.all([1, 2, 3, 4].map(() => store.appendInbound({ id: 'conv-race', channel: 'msteams', userId: 'u3' }, { ...message('first words'), id: 'r-1' })));
    const owners = deliveries.filter((d) => d !== undefined);
    expect(owners).toHaveLength(1);
    expect(owners[0]!.conversation).toMatchObject({ id: 'conv-race', lastSeq: 1, stateVersion: 0 });
    expect(await store.list('conv-race')).toEqual([owners[0]!.activity]);
    expect(await store.turnOf('conv-race', 'r-1')).toBe('running');
    // The replies after it take the next seqs: the refused deliveries used none.
    const replies = await store.appendReplies('conv-race', [{ ...message('hello', 'out') }], { completes: 'r-1' });
    expect(replies.map((r) => r.seq)).toEqual([2]);
    expect(await store.turnOf('conv-race', 'r-1')).toBe('done');
  });

  describe('turns of inbound activities', () => {
    const conv = (id: string) => ({ id, channel: 'msteams', userId: 'u1' });
    const inbound = (id: string) => ({ ...message('where is my order?'), id });
    const reply = (text: string) => ({ ...message(text, 'out'), activity: { type: 'message', text, replyToId: 'x' } });

    test('a stored activity whose turn finished is a plain duplicate: its replies and the done mark were stored together', async () => {
      const first = await store.appendInbound(conv('turn-done'), inbound('a1'));
      expect(first).toMatchObject({ activity: { id: 'a1' } });
      expect(first!.retry).toBeUndefined();
      expect(await store.turnOf('turn-done', 'a1')).toBe('running');
      const replies = await store.appendReplies('turn-done', [reply('one'), reply('two')], { completes: 'a1' });
      expect(replies.map((r) => [r.seq, r.text])).toEqual([[2, 'one'], [3, 'two']]);
      expect(await store.turnOf('turn-done', 'a1')).toBe('done');
      expect(await store.appendInbound(conv('turn-done'), inbound('a1'))).toBeUndefined();
      expect((await store.list('turn-done')).map((a) => a.seq)).toEqual([1, 2, 3]);
    });

    test('a duplicate while the turn runs gets nothing; after the failed turn released its claim, one of several retries gets the turn', async () => {
      await store.appendInbound(conv('turn-cut'), inbound('b1'));
      expect(await store.appendInbound(conv('turn-cut'), inbound('b1'))).toBeUndefined();
      await store.saveState('turn-cut', { turns: 1 }, 0);
      await store.releaseTurn('turn-cut', 'b1');
      expect(await store.turnOf('turn-cut', 'b1')).toBe('unclaimed');
      const retries = await Promise.all([1, 2, 3].map(() => store.appendInbound(conv('turn-cut'), inbound('b1'))));
      const owners = retries.filter((r) => r !== undefined);
      expect(owners).toHaveLength(1);
      // The retry runs with the activity as first stored and the conversation as it stands now.
      expect(owners[0]).toMatchObject({ retry: true, activity: { id: 'b1', seq: 1, text: 'where is my order?' }, conversation: { state: { turns: 1 }, stateVersion: 1 } });
      expect(await store.turnOf('turn-cut', 'b1')).toBe('running');
      expect((await store.get('turn-cut'))!.lastSeq).toBe(1);
      // Releasing a finished turn changes nothing.
      await store.appendReplies('turn-cut', [], { completes: 'b1' });
      await store.releaseTurn('turn-cut', 'b1');
      expect(await store.turnOf('turn-cut', 'b1')).toBe('done');
      expect(await store.appendInbound(conv('turn-cut'), inbound('b1'))).toBeUndefined();
    });

    test("a turn's end is one transaction: replies, state and done mark together, or nothing when the state changed meanwhile", async () => {
      const turn = await store.appendInbound(conv('turn-end'), inbound('e1'));
      const expectedVersion = turn!.conversation.stateVersion;
      // Another turn of the conversation saves its state first: this turn's end stores nothing and says why.
      expect(await store.saveState('turn-end', { turns: 1 }, expectedVersion)).toBe(true);
      await expect(store.appendReplies('turn-end', [reply('stale')], { completes: 'e1', state: { state: { turns: 9 }, expectedVersion } })).rejects.toBeInstanceOf(StateConflictError);
      expect((await store.list('turn-end')).map((a) => a.id)).toEqual(['e1']);
      expect(await store.turnOf('turn-end', 'e1')).toBe('running');
      expect(await store.get('turn-end')).toMatchObject({ state: { turns: 1 }, stateVersion: 1, lastSeq: 1 });
      // On the fresh state it goes through, all of it at once.
      const written: string[] = [];
      const replies = await store.appendReplies('turn-end', [reply('fresh')], {
        completes: 'e1',
        state: { state: { turns: 2 }, expectedVersion: 1 },
        announce: { write: async () => void written.push('announced') },
      });
      expect(replies.map((r) => [r.seq, r.text])).toEqual([[2, 'fresh']]);
      expect(written).toEqual(['announced']);
      expect(await store.turnOf('turn-end', 'e1')).toBe('done');
      expect(await store.get('turn-end')).toMatchObject({ state: { turns: 2 }, stateVersion: 2, lastSeq: 2 });
    });

    test("a turn's end numbered after the turn's last seq is stored whole, and takes the next seqs when something came between", async () => {
      const first = await store.appendInbound(conv('turn-seq'), inbound('s1'));
      const lastSeq = first!.conversation.lastSeq;
      const replies = await store.appendReplies('turn-seq', [reply('one'), reply('two')], { completes: 's1', state: { state: { turns: 1 }, expectedVersion: 0 }, lastSeq });
      expect(replies.map((r) => [r.seq, r.id, r.text])).toEqual([
        [2, 'turn-seq|0000002', 'one'],
        [3, 'turn-seq|0000003', 'two'],
      ]);
      expect(await store.turnOf('turn-seq', 's1')).toBe('done');
      expect(await store.get('turn-seq')).toMatchObject({ state: { turns: 1 }, stateVersion: 1, lastSeq: 3 });
      expect(await store.list('turn-seq')).toEqual([first!.activity, ...replies]);

      // An agent's message lands between the next inbound activity and its replies: they follow it, nothing is lost.
      const second = await store.appendInbound(conv('turn-seq'), inbound('s2'));
      const between = await store.append('turn-seq', message('an agent writes', 'out'));
      const later = await store.appendReplies('turn-seq', [reply('three')], { completes: 's2', state: { state: { turns: 2 }, expectedVersion: 1 }, lastSeq: second!.conversation.lastSeq });
      expect(later.map((r) => [r.seq, r.id])).toEqual([[6, 'turn-seq|0000006']]);
      expect((await store.list('turn-seq')).map((a) => [a.seq, a.text])).toEqual([
        [1, 'where is my order?'],
        [2, 'one'],
        [3, 'two'],
        [4, 'where is my order?'],
        [between.seq, 'an agent writes'],
        [6, 'three'],
      ]);
      expect(await store.turnOf('turn-seq', 's2')).toBe('done');
      expect(await store.get('turn-seq')).toMatchObject({ state: { turns: 2 }, stateVersion: 2, lastSeq: 6 });

      // A stale state still loses, with the last seq right: nothing of the turn's end is stored.
      const third = await store.appendInbound(conv('turn-seq'), inbound('s3'));
      await expect(
        store.appendReplies('turn-seq', [reply('stale')], { completes: 's3', state: { state: { turns: 9 }, expectedVersion: 1 }, lastSeq: third!.conversation.lastSeq }),
      ).rejects.toBeInstanceOf(StateConflictError);
      expect((await store.list('turn-seq', { afterSeq: 6 })).map((a) => a.id)).toEqual(['s3']);
      expect(await store.turnOf('turn-seq', 's3')).toBe('running');
      // A turn without replies marks its end all the same.
      expect(await store.appendReplies('turn-seq', [], { completes: 's3', state: { state: { turns: 3 }, expectedVersion: 2 }, lastSeq: 7 })).toEqual([]);
      expect(await store.turnOf('turn-seq', 's3')).toBe('done');
      expect(await store.get('turn-seq')).toMatchObject({ state: { turns: 3 }, stateVersion: 3, lastSeq: 7 });
    });

    (kind === 'postgres' ? test : test.skip)("on PostgreSQL an announcement's record rides in the turn's end: its row and NOTIFY come with it, neither without it", async () => {
      const listener = new Client({ connectionString: database.url });
      await listener.connect();
      const heard: string[] = [];
      listener.on('notification', (n) => heard.push(n.payload ?? ''));
      await listener.query(`LISTEN ${NOTIFY_CHANNEL}`);
      try {
        const record = (id: string) => ({ id, topic: 't', payload: '{}', origin: 'test', channel: NOTIFY_CHANNEL, message: JSON.stringify({ id }) });
        // `write` would fail the turn: a store that has the record does not call it.
        const announce = (id: string) => ({ record: record(id), write: async () => Promise.reject(new Error('write called')) });
        const turn = await store.appendInbound(conv('turn-notify'), inbound('n1'));
        await store.appendReplies('turn-notify', [reply('hi')], { completes: 'n1', state: { state: {}, expectedVersion: 0 }, lastSeq: turn!.conversation.lastSeq, announce: announce('note-1') });
        await waitFor(() => heard.length === 1, { what: 'the NOTIFY of the turn end' });
        expect(JSON.parse(heard[0]!)).toEqual({ id: 'note-1' });

        const next = await store.appendInbound(conv('turn-notify'), inbound('n2'));
        await expect(
          store.appendReplies('turn-notify', [reply('stale')], { completes: 'n2', state: { state: {}, expectedVersion: 0 }, lastSeq: next!.conversation.lastSeq, announce: announce('note-2') }),
        ).rejects.toBeInstanceOf(StateConflictError);
        // A turn without replies announces too (its inbound activity was not announced yet).
        await store.appendReplies('turn-notify', [], { completes: 'n2', announce: announce('note-3') });
        await waitFor(() => heard.length === 2, { what: 'the NOTIFY of the silent turn end' });
        const rows = await tablesOf<{ notifications: { id: string } }>(handle.db).selectFrom('notifications').select('id').where('id', 'like', 'note-%').orderBy('id').execute();
        expect(rows.map((r) => r.id)).toEqual(['note-1', 'note-3']);
        expect(heard.map((h) => JSON.parse(h).id)).toEqual(['note-1', 'note-3']);
      } finally {
        await listener.end();
      }
    });

    test('PostgreSQL: an arrival commits without waiting for the disk (its own transaction only); a redelivery answered as a duplicate first makes it durable', async () => {
      if (kind !== 'postgres') return;
      // One connection, so the session the arrival ran in is the one asked afterwards.
      const single = openDatabase({ databaseUrl: database.url, sqliteFile: '', pool: { max: 1 } });
      const sent: string[] = [];
      const query = Client.prototype.query;
      Client.prototype.query = function (this: Client, ...args: unknown[]) {
        const first = args[0] as string | { text?: string };
        sent.push(typeof first === 'string' ? first : (first?.text ?? ''));
        return (query as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof query;
      try {
        const store1 = new KyselyConversationStore(tablesOf<BotTables>(single.db));
        expect(await store1.appendInbound(conv('turn-durable'), inbound('d1'))).toBeDefined();
        expect(sent.filter((t) => t.includes("set_config('synchronous_commit', 'off', true)"))).toHaveLength(1);
        const setting = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(single.db);
        expect(setting.rows[0]!.synchronous_commit).toBe('on');
        sent.length = 0;
        expect(await store1.appendInbound(conv('turn-durable'), inbound('d1'))).toBeUndefined();
        expect(sent.some((t) => t.startsWith('update activities set turn_claimed_at = turn_claimed_at'))).toBe(true);
        expect(await store1.turnOf('turn-durable', 'd1')).toBe('running');
      } finally {
        Client.prototype.query = query;
        await single.close();
      }
    });

    test('an announcement that fails rolls the turn end back', async () => {
      await store.appendInbound(conv('turn-end-2'), inbound('f1'));
      const failing = async () => {
        throw new Error('notify failed');
      };
      await expect(store.appendReplies('turn-end-2', [reply('lost')], { completes: 'f1', state: { state: { turns: 1 }, expectedVersion: 0 }, announce: { write: failing } })).rejects.toThrow('notify failed');
      expect((await store.list('turn-end-2')).map((a) => a.id)).toEqual(['f1']);
      expect(await store.get('turn-end-2')).toMatchObject({ stateVersion: 0, lastSeq: 1 });
    });

    test('a claim left by a turn that never came back (a crash, a dropped database) expires after the lease', async () => {
      let now = new Date('2026-12-01T10:00:00.000Z');
      const clocked = new KyselyConversationStore(tablesOf<BotTables>(handle.db), () => now, 5_000);
      await clocked.appendInbound(conv('turn-lost'), inbound('c1'));
      now = new Date('2026-12-01T10:00:04.000Z');
      expect(await clocked.turnOf('turn-lost', 'c1')).toBe('running');
      expect(await clocked.appendInbound(conv('turn-lost'), inbound('c1'))).toBeUndefined();
      now = new Date('2026-12-01T10:00:06.000Z');
      expect(await clocked.turnOf('turn-lost', 'c1')).toBe('unclaimed');
      expect(await clocked.appendInbound(conv('turn-lost'), inbound('c1'))).toMatchObject({ retry: true });
      expect(await clocked.appendInbound(conv('turn-lost'), inbound('c1'))).toBeUndefined();
    });

    test('rows stored before turns were tracked count as done: upgrading never re-runs old turns', async () => {
      await store.appendInbound(conv('turn-old'), inbound('d1'));
      await tablesOf<BotTables>(handle.db).updateTable('activities').set({ turn_claimed_at: null }).where('conversation_id', '=', 'turn-old').execute();
      expect(await store.turnOf('turn-old', 'd1')).toBe('done');
      expect(await store.appendInbound(conv('turn-old'), inbound('d1'))).toBeUndefined();
      expect(await store.turnOf('turn-old', 'nope')).toBeUndefined();
    });
  });

  test('append to an unknown conversation fails and stores nothing', async () => {
    await expectRejection(store.append('nope', message('x')), /unknown conversation/);
    expect(await store.list('nope')).toEqual([]);
  });

  test('saveState is optimistic: a stale version loses', async () => {
    await store.ensure({ id: 'conv-e', channel: 'webchat', userId: 'u1' });
    expect(await store.saveState('conv-e', { consecutiveFailures: 1 }, 0)).toBe(true);
    expect(await store.saveState('conv-e', { consecutiveFailures: 9 }, 0)).toBe(false);
    expect(await store.get('conv-e')).toMatchObject({ state: { consecutiveFailures: 1 }, stateVersion: 1 });
  });

  test('saveReference keeps the conversation reference for proactive messages', async () => {
    await store.ensure({ id: 'conv-f', channel: 'msteams', userId: 'u1' });
    await store.saveReference('conv-f', { serviceUrl: 'https://smba.example/', conversation: { id: 'conv-f' } });
    expect((await store.get('conv-f'))!.reference).toEqual({ serviceUrl: 'https://smba.example/', conversation: { id: 'conv-f' } });
  });
});
