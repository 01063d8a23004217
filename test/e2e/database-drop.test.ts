/**
 * PostgreSQL drops Baton's connections under load (pg_terminate_backend, as a failover or an operator would): the
 * process stays up, requests caught in the drop answer 503 with Retry-After (never a 500, never a hang), and the pool
 * reconnects so later requests succeed.
 */
import { Client } from 'pg';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases';
import { startCustomer, type DirectLineCustomer } from '../support/direct-line-client';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { sleep, waitFor } from '../support/wait';

const maybe = postgresAvailable() ? describe : describe.skip;

async function terminateBatonConnections(adminUrl: string, database: string): Promise<number> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const result = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

maybe('PostgreSQL connections dropped under load', () => {
  let database: TestDatabase;
  let server: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    server = await startServerProcess({
      DATA_DIR: database.dataDir,
      DATABASE_URL: database.url!,
      LIMIT_MESSAGES_PER_CONVERSATION: '100000',
      LIMIT_MESSAGES_PER_ADDRESS: '100000',
    }, 60_000);
  }, 90_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    await database?.drop();
  });

  test('no crash; requests in the drop get 503 + Retry-After; the pool reconnects', async () => {
    const customers: DirectLineCustomer[] = await Promise.all(Array.from({ length: 6 }, () => startCustomer(server.origin)));
    const statuses: number[] = [];
    const retryAfter: Array<string | null> = [];
    let stop = false;
    // About 30 messages a second over six conversations, as in the report.
    const load = Promise.all(
      customers.map(async (customer, i) => {
        for (let n = 0; !stop; n++) {
          try {
            const answer = await customer.say(`where is my order ${i}-${n}?`);
            statuses.push(answer.status);
            if (answer.status === 503) retryAfter.push(answer.headers.get('retry-after'));
          } catch {
            statuses.push(-1); // the socket itself failed: counted, and must not happen
          }
          await sleep(200);
        }
      }),
    );
    const name = new URL(database.url!).pathname.slice(1);
    let terminated = 0;
    for (let round = 0; round < 4; round++) {
      await sleep(700);
      terminated += await terminateBatonConnections(process.env.BATON_TEST_PG_URL!, name);
    }
    await sleep(1000);
    stop = true;
    await load;

    expect(terminated).toBeGreaterThan(0);
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).not.toMatch(/Unhandled 'error' event/);
    // Every request was answered: a success, or a 503 that says when to come back.
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(retryAfter.every((value) => value !== null && Number(value) > 0)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(10);

    // Later requests succeed and are answered: the pool opened new connections.
    const later = await startCustomer(server.origin);
    const sent = await later.say('where is my order?');
    expect(sent.status).toBe(200);
    await waitFor(async () => (await later.activities()).activities.some((a) => a.replyToId === sent.body!.id), { what: 'the bot to answer after the drop' });
  }, 60_000);
});
