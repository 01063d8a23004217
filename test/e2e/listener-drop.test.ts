/**
 * Two instances whose LISTEN connections PostgreSQL keeps dropping (pg_terminate_backend on every listener, again and
 * again, while the pools stay up): a customer's message posted on A still reaches their WebSocket on B, through the
 * notifications-table poll, within 5 s; once the drops stop, both listeners are back and delivery is immediate again.
 */
import { Client } from 'pg';
import WebSocket from 'ws';
import { postgresAvailable } from '../support/databases';
import { startCluster, type TestCluster } from '../support/cluster';
import { customerOf, getJson, startCustomer } from '../support/direct-line-client';
import { sleep, waitFor } from '../support/wait';

const maybe = postgresAvailable() ? describe : describe.skip;

maybe('listeners dropped under traffic', () => {
  let cluster: TestCluster;
  let admin: Client;
  let database: string;
  beforeAll(async () => {
    cluster = await startCluster(2, { LIMIT_MESSAGES_PER_CONVERSATION: '1000', LIMIT_MESSAGES_PER_ADDRESS: '100000', LIMIT_CONVERSATIONS_PER_ADDRESS: '100000' });
    database = new URL(cluster.database.url!).pathname.slice(1);
    admin = new Client({ connectionString: process.env.BATON_TEST_PG_URL });
    await admin.connect();
  }, 120_000);
  afterAll(async () => {
    await admin?.end();
    await cluster?.close();
  });

  const listeners = async () =>
    (await admin.query(`select pid from pg_stat_activity where datname = $1 and application_name = 'baton-listener'`, [database])).rows.length;
  const dropListeners = async () =>
    (await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = 'baton-listener'`, [database])).rowCount ?? 0;

  test('events flow through the fallback while the listeners are down, and the listeners come back', async () => {
    const [A, B] = cluster.origins;
    await waitFor(async () => (await listeners()) === 2, { what: 'both instances listening' });
    const customer = await startCustomer(A);
    const onB = customerOf(B, customer.conversationId, customer.token);
    const { streamUrl } = await getJson<{ streamUrl: string }>(`${B}/v3/directline/conversations/${customer.conversationId}`, customer.token);
    const ws = new WebSocket(streamUrl);
    const arrived = new Map<string, number>();
    ws.on('message', (data) => {
      if (!String(data)) return;
      for (const a of (JSON.parse(String(data)) as { activities: Array<{ id: string; replyToId?: string }> }).activities) {
        if (a.replyToId && !arrived.has(a.replyToId)) arrived.set(a.replyToId, Date.now());
      }
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    try {
      // Keep every listener down: whatever reconnects is dropped again within 100 ms.
      let dropping = true;
      let dropped = 0;
      const dropper = (async () => {
        while (dropping) {
          dropped += await dropListeners();
          await sleep(100);
        }
      })();
      await sleep(300);
      const sent: Array<{ id: string; at: number }> = [];
      for (let n = 0; n < 3; n++) {
        const id = `while-down-${n}`;
        const at = Date.now();
        expect((await customer.post({ id, text: 'how do I return an item?' })).status).toBe(200);
        sent.push({ id, at });
        await sleep(500);
      }
      await waitFor(() => sent.every((s) => arrived.has(s.id)), { timeoutMs: 6_000, what: 'the answers on B through the fallback poll' });
      dropping = false;
      await dropper;
      expect(dropped).toBeGreaterThanOrEqual(2);
      for (const s of sent) expect(arrived.get(s.id)! - s.at).toBeLessThan(5_000);

      // The drops stop: both listeners come back, and delivery needs no poll.
      await waitFor(async () => (await listeners()) === 2, { timeoutMs: 10_000, what: 'both listeners back' });
      const at = Date.now();
      expect((await customer.post({ id: 'after', text: 'how do I return an item?' })).status).toBe(200);
      await waitFor(() => arrived.has('after'), { timeoutMs: 2_000, what: 'the answer on B through LISTEN' });
      expect(arrived.get('after')! - at).toBeLessThan(1_000);
      expect((await onB.activities()).activities.filter((a) => a.id === 'after')).toHaveLength(1);
    } finally {
      ws.close();
    }
  }, 90_000);
});
