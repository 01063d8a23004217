/**
 * What several benchmarks share: a JSON POST that fails loudly, whether the test PostgreSQL is reachable, and a Baton in
 * this process on a loopback port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createBaton } from '../../bot/baton';
import type { handleTurn } from '../../bot/core/engine';
import { seedDemoKnowledge } from '../../bot/composition/knowledge';
import { loadConfig } from '../../bot/config';
import { DEFAULT_TEST_PG_URL } from '../global-setup';

/** The per-conversation and per-address limits (a guard against abuse) lifted: one bench client sends every message. */
export const UNLIMITED = {
  LIMIT_MESSAGES_PER_CONVERSATION: '1000000',
  LIMIT_MESSAGES_PER_ADDRESS: '1000000',
  LIMIT_CONVERSATIONS_PER_ADDRESS: '1000000',
};

export async function postJson(url: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url} → ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** True when PostgreSQL answers at BATON_TEST_DATABASE_URL (or the default); sets BATON_TEST_PG_URL for test databases. */
export async function postgresReachable(): Promise<boolean> {
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

/**
 * An in-process Baton on loopback with the demo knowledge base and the limits lifted; on PostgreSQL when given a test
 * database (which the caller drops), else on SQLite in a temporary directory that stop() removes. Its request log is
 * off as under NODE_ENV=test; BATON_BENCH_LOG_LEVEL=info writes it to stdout as in production (with
 * BATON_BENCH_LOG_SYNC=true written synchronously), to measure what logging costs a turn.
 */
/**
 * An engine that only repeats the text: Baton's runtime, state and transcript with nothing to decide. Beside the SDK's
 * echo bot it measures what Baton's own storage and plumbing cost a turn, apart from the engine.
 */
export const echoEngine: typeof handleTurn = (input, state) => ({
  replies: [{ kind: 'small-talk', lang: 'en', text: `You said: ${input.text}` }],
  effects: [],
  state,
  explanation: { lang: 'en', decision: 'small-talk', rule: 'echo', candidates: [], level: null },
});

export async function startInProcessBaton(database?: { url?: string; dataDir: string }, engine?: typeof handleTurn) {
  const dataDir = database?.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'baton-bench-'));
  const logging = {
    ...(process.env.BATON_BENCH_LOG_LEVEL ? { BATON_LOG_LEVEL: process.env.BATON_BENCH_LOG_LEVEL } : {}),
    ...(process.env.BATON_BENCH_LOG_SYNC ? { BATON_LOG_SYNC: process.env.BATON_BENCH_LOG_SYNC } : {}),
  };
  const env = { NODE_ENV: 'test', DATA_DIR: dataDir, ...(database?.url ? { DATABASE_URL: database.url } : {}), ...UNLIMITED, ...logging };
  const baton = await createBaton(loadConfig(env), { log: () => undefined, engine });
  await seedDemoKnowledge(baton.parts);
  const server = createServer(baton.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    parts: baton.parts,
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    async stop() {
      server.closeAllConnections();
      server.close();
      await baton.stop();
      if (!database) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
