import type { Actor } from '../../contracts';
/**
 * Handoff benchmarks, on SQLite and (when reachable) PostgreSQL:
 * - notification latency: `requestHandoff` → the event arrives at a console's SSE connection over HTTP (p50/p99);
 * - claim throughput: 50 agents pulling from one shared queue at once, each claim a conditional UPDATE that exactly
 *   one of the contenders wins (claims/s, and how many attempts lost the race).
 */
import http from 'node:http';
import path from 'node:path';
import { Client } from 'pg';
import { openDatabase, tablesOf } from '../../bot/stores/database';
import { migrateToLatest } from '../../bot/stores/migrate';
import { createHandoffService, handoffMigrations, KyselyHandoffStore, parseHandoffConfig, type HandoffTables } from '../../handoff';
import { DEFAULT_TEST_PG_URL } from '../global-setup';
import { createTestDatabase, type TestDatabaseKind } from '../support/databases';
import { listenTestBaton, startTestBaton } from '../support/services';
import { onServerSentEvents } from '../support/sse';

const NOTIFICATIONS = 300;
const AGENTS = 50;
const TICKETS = 500;
const RACES = 40;

const progress = (line: string) => process.stderr.write(`  [handoff] ${line}\n`);

export async function run(): Promise<Record<string, unknown>> {
  const kinds: TestDatabaseKind[] = ['sqlite'];
  if (await postgresReachable()) kinds.push('postgres');
  else progress('PostgreSQL not reachable: SQLite only');
  const results: Record<string, unknown> = {};
  for (const kind of kinds) {
    results[kind] = {
      notificationLatencyMs: await notificationLatency(kind),
      claims: await claimThroughput(kind),
    };
  }
  return results;
}

async function postgresReachable(): Promise<boolean> {
  const url = process.env.BATON_TEST_DATABASE_URL || DEFAULT_TEST_PG_URL;
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.BATON_TEST_PG_URL = url;
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function notificationLatency(kind: TestDatabaseKind) {
  const baton = await startTestBaton({ database: kind, demo: false, log: () => undefined });
  const server = await listenTestBaton(baton);
  try {
    const login = await fetch(`${server.origin}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'correct horse battery' }),
    });
    const { token } = (await login.json()) as { token: string };
    const waiting = new Map<string, (at: number) => void>();
    let ready: () => void = () => undefined;
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    const stream = http.get(`${server.origin}/api/tickets/events`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      onServerSentEvents<{ type: string; ticket?: { conversationId: string } }>(res, (event) => {
        if (event.type === 'ready') ready();
        if (event.type === 'ticket.created' && event.ticket) waiting.get(event.ticket.conversationId)?.(performance.now());
      });
    });
    await isReady;
    const samples: number[] = [];
    for (let i = 0; i < NOTIFICATIONS; i++) {
      const conversationId = `bench-${kind}-${i}`;
      const heard = new Promise<number>((resolve) => waiting.set(conversationId, resolve));
      const started = performance.now();
      await baton.parts.handoff.requestHandoff({
        conversationId,
        channel: 'webchat',
        customer: { id: `bench-customer-${i}` },
        lang: 'en',
        level: (['L1', 'L2', 'L3'] as const)[i % 3],
        category: 'inquiry',
        reasons: [{ code: 'agent-request', detail: 'asked for a person' }],
        lastCustomerMessage: 'I want to talk to a person',
      });
      samples.push((await heard) - started);
      waiting.delete(conversationId);
    }
    stream.destroy();
    const figures = percentiles(samples);
    progress(`${kind}: notification p50 ${figures.p50} ms, p99 ${figures.p99} ms over ${NOTIFICATIONS}`);
    return figures;
  } finally {
    await server.close();
    await baton.close();
  }
}

async function claimThroughput(kind: TestDatabaseKind) {
  const database = await createTestDatabase(kind);
  const handle = openDatabase<unknown>({ databaseUrl: database.url, sqliteFile: path.join(database.dataDir, 'baton.db') });
  try {
    await migrateToLatest(handle.db, handoffMigrations);
    const store = new KyselyHandoffStore(tablesOf<HandoffTables>(handle.db));
    const service = createHandoffService({
      store,
      config: parseHandoffConfig({}),
      clock: () => new Date(),
      transcript: async () => [],
      customerChannel: { send: async () => undefined },
    });
    for (let i = 0; i < TICKETS; i++) {
      await service.requestHandoff({
        conversationId: `claim-${i}`,
        channel: 'webchat',
        customer: { id: `c-${i}` },
        lang: 'en',
        level: 'L3',
        category: 'inquiry',
        reasons: [{ code: 'agent-request', detail: 'asked for a person' }],
      });
    }
    let won = 0;
    let lost = 0;
    const started = performance.now();
    // Every agent takes the head of the queue (what a "next ticket" button does), so they really contend.
    await Promise.all(
      Array.from({ length: AGENTS }, async (_, a) => {
        const agent: Actor = { id: `agent-${a}`, name: `Agent ${a}`, roles: ['agent'] };
        for (;;) {
          const head = await store.listTickets({ statuses: ['queued'], limit: 3 });
          if (head.length === 0) return;
          const pick = head[Math.floor(Math.random() * head.length)];
          try {
            await service.claim(agent, pick.id);
            won++;
          } catch (err) {
            if ((err as { status?: number }).status !== 409) throw err;
            lost++;
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    // 50 agents press "claim" on the same new ticket at the same moment: one wins, 49 get 409.
    const raceMs: number[] = [];
    for (let r = 0; r < RACES; r++) {
      const { ticket } = await service.requestHandoff({
        conversationId: `race-${r}`,
        channel: 'webchat',
        customer: { id: `race-${r}` },
        lang: 'en',
        level: 'L1',
        category: 'complaint',
        reasons: [{ code: 'agent-request', detail: 'asked for a person' }],
      });
      const raceStart = performance.now();
      const outcomes = await Promise.allSettled(
        Array.from({ length: AGENTS }, (_, a) => service.claim({ id: `agent-${a}`, name: `Agent ${a}`, roles: ['agent'] }, ticket.id)),
      );
      raceMs.push(performance.now() - raceStart);
      const winners = outcomes.filter((o) => o.status === 'fulfilled').length;
      if (winners !== 1) throw new Error(`${winners} agents won the race for ${ticket.id}`);
    }
    const figures = {
      agents: AGENTS,
      tickets: TICKETS,
      claimed: won,
      lostRaces: lost,
      seconds: round(seconds),
      claimsPerSecond: round(won / seconds),
      oneTicketRaceOf50Ms: percentiles(raceMs),
    };
    if (won !== TICKETS) throw new Error(`${won} claims won for ${TICKETS} tickets: a ticket was claimed twice or not at all`);
    progress(`${kind}: ${figures.claimsPerSecond} claims/s with ${AGENTS} agents (${lost} lost races)`);
    return figures;
  } finally {
    await handle.close();
    await database.drop();
  }
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
  return { samples: sorted.length, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: round(sorted.at(-1) ?? 0) };
}

const round = (n: number) => Math.round(n * 100) / 100;
