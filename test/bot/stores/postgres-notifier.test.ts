/**
 * The PostgreSQL notifier across two instances on one database: LISTEN/NOTIFY delivery, each id once, the fallback
 * poll while the listening connection is down (within 5 s), and the listener coming back.
 */
import path from 'node:path';
import { Client } from 'pg';
import { openDatabase, type DatabaseHandle } from '../../../bot/stores/database';
import { migrateToLatest } from '../../../bot/stores/migrate';
import { botMigrations } from '../../../bot/stores/migrations';
import { createPostgresNotifier } from '../../../bot/stores/postgres-notifier';
import type { Notification } from '../../../bot/cluster/notifier';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../../support/databases';
import { sleep, waitFor } from '../../support/wait';

const maybe = postgresAvailable() ? describe : describe.skip;

maybe('PostgreSQL notifier', () => {
  let database: TestDatabase;
  let handle: DatabaseHandle<unknown>;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    handle = openDatabase({ databaseUrl: database.url, sqliteFile: path.join(database.dataDir, 'baton.db') });
    await migrateToLatest(handle.db, botMigrations);
  });
  afterAll(async () => {
    for (const close of closers) await close();
    await handle.close();
    await database.drop();
  });

  async function instance(options: { reconnectMs?: number } = {}) {
    const notifier = createPostgresNotifier({ pool: handle.pgPool!, connectionString: database.url!, log: () => undefined, ...options });
    closers.push(() => notifier.close());
    await notifier.start();
    const heard: Notification[] = [];
    notifier.subscribe('t', (n) => heard.push(n));
    return { notifier, heard };
  }

  async function terminate(pid: number) {
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await admin.end();
  }

  test('a publish on A is heard once on A (at once) and once on B', async () => {
    const a = await instance();
    const b = await instance();
    expect(a.notifier.listening() && b.notifier.listening()).toBe(true);
    await a.notifier.publish('t', { ticket: 'T-1' });
    expect(a.heard.map((n) => n.payload)).toEqual([{ ticket: 'T-1' }]);
    await waitFor(() => b.heard.length === 1, { what: 'B to hear A' });
    expect(b.heard[0]).toMatchObject({ id: a.heard[0].id, origin: a.notifier.instanceId, payload: { ticket: 'T-1' } });
    await sleep(300); // the NOTIFY echo reaches A too, and is dropped by id
    expect(a.heard).toHaveLength(1);
    expect(b.heard).toHaveLength(1);
  });

  test("a notification staged in a transaction reaches B at commit, and never when it rolls back; A hears it on committed()", async () => {
    const a = await instance();
    const b = await instance();
    const staged = a.notifier.stage('t', { turn: 'kept' });
    await handle.db.transaction().execute(async (trx) => {
      await staged.write!(trx);
      await sleep(300);
      // Not before the commit: a listener would read activities that are not there yet.
      expect(b.heard).toHaveLength(0);
      expect(a.heard).toHaveLength(0);
    });
    // After the commit A hears it once, whichever comes first: committed() or its own listener's NOTIFY echo.
    staged.committed();
    expect(a.heard.map((n) => n.payload)).toEqual([{ turn: 'kept' }]);
    await waitFor(() => b.heard.length === 1, { what: 'B to hear the committed notification' });
    expect(b.heard[0]).toMatchObject({ id: a.heard[0].id, payload: { turn: 'kept' } });

    const rolledBack = a.notifier.stage('t', { turn: 'lost' });
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await rolledBack.write!(trx);
        throw new Error('the turn failed');
      }),
    ).rejects.toThrow('the turn failed');
    await sleep(1_500);
    expect(b.heard.map((n) => n.payload)).toEqual([{ turn: 'kept' }]);
    // Neither the rolled-back one nor the echo of the committed one is heard a second time on A.
    expect(a.heard.map((n) => n.payload)).toEqual([{ turn: 'kept' }]);
  });

  test('a payload too big for NOTIFY goes by id and arrives whole', async () => {
    const a = await instance();
    const b = await instance();
    const big = { text: 'x'.repeat(20_000) };
    await a.notifier.publish('t', big);
    await waitFor(() => b.heard.length === 1, { what: 'B to read the big notification' });
    expect(b.heard[0].payload).toEqual(big);
  });

  test('while B cannot listen, the fallback poll delivers within 5 s, once; then the listener comes back', async () => {
    const a = await instance();
    const b = await instance({ reconnectMs: 8_000 });
    await terminate(b.notifier.listenerPid()!);
    await waitFor(() => !b.notifier.listening(), { what: 'B to notice its listener is gone' });
    const sentAt = Date.now();
    await a.notifier.publish('t', { n: 1 });
    await waitFor(() => b.heard.length === 1, { timeoutMs: 5_000, what: 'the fallback poll' });
    expect(Date.now() - sentAt).toBeLessThan(5_000);
    expect(b.notifier.listening()).toBe(false); // it came by the poll
    await waitFor(() => b.notifier.listening(), { timeoutMs: 15_000, what: 'the listener to reconnect' });
    await a.notifier.publish('t', { n: 2 });
    await waitFor(() => b.heard.length === 2, { what: 'delivery after reconnecting' });
    await sleep(1_500);
    expect(b.heard.map((n) => n.payload)).toEqual([{ n: 1 }, { n: 2 }]);
  }, 30_000);
});
