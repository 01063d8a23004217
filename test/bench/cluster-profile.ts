/**
 * Where a knowledge-answer turn over `/api/messages` spends its time and its database round trips, for profiling
 * (issue 14's efficiency item): an in-process Baton on SQLite or PostgreSQL answering `turns` sequential turns, run
 * under a profiler. Not a benchmark (`npm run bench` skips it: no `.bench.ts`):
 *
 *   npx tsx test/bench/cluster-profile.ts [sqlite|postgres] [turns] [api|directline]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/bench/cluster-profile.ts sqlite 2000
 *   valgrind --tool=callgrind node --import tsx test/bench/cluster-profile.ts sqlite 300   (instruction counts)
 *
 * BATON_PROFILE_STATEMENTS=1 prints the SQL of one measured turn (PostgreSQL: every statement through the pool and the
 * notifier, with BEGIN/COMMIT), so a change in round trips per turn shows statement by statement.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { createBaton } from '../../bot/baton';
import { seedDemoKnowledge } from '../../bot/composition/knowledge';
import { loadConfig } from '../../bot/config';
import { createTestDatabase } from '../support/databases';
import { startCustomer } from '../support/direct-line-client';
import { postgresReachable } from './support';
import { answerableQuestions } from './turn-latency.bench';

const UNLIMITED = {
  LIMIT_MESSAGES_PER_CONVERSATION: '1000000',
  LIMIT_MESSAGES_PER_ADDRESS: '1000000',
  LIMIT_CONVERSATIONS_PER_ADDRESS: '1000000',
};

/** Statements seen while `recording` is on (both pool clients and plain pool.query go through Client.prototype.query). */
const statements: string[] = [];
let recording = false;
const query = Client.prototype.query as (...args: unknown[]) => unknown;
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  if (recording) {
    const first = args[0] as string | { text?: string };
    statements.push((typeof first === 'string' ? first : (first?.text ?? '?')).replace(/\s+/g, ' ').slice(0, 160));
  }
  return query.apply(this, args);
} as typeof Client.prototype.query;
void Pool;

async function main(): Promise<void> {
  const kind = (process.argv[2] ?? 'sqlite') as 'sqlite' | 'postgres';
  const turns = Number(process.argv[3] ?? 500);
  const channel = process.argv[4] === 'directline' ? 'directline' : 'api';
  const texts = await answerableQuestions();
  if (kind === 'postgres' && !(await postgresReachable())) throw new Error('PostgreSQL is not reachable (BATON_TEST_DATABASE_URL)');
  const database = kind === 'postgres' ? await createTestDatabase('postgres') : undefined;
  const dataDir = database?.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'baton-profile-'));
  const baton = await createBaton(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, ...(database?.url ? { DATABASE_URL: database.url } : {}), ...UNLIMITED }), { log: () => undefined });
  await seedDemoKnowledge(baton.parts);
  const { createServer } = await import('node:http');
  const server = createServer(baton.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const customer = channel === 'directline' ? await startCustomer(origin) : undefined;
  const turn = async (i: number) => {
    if (customer) {
      const answer = await customer.say(texts[i % texts.length]);
      if (answer.status !== 200) throw new Error(`turn ${i} → ${answer.status}`);
      return;
    }
    const res = await fetch(`${origin}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `p-${i}`,
        text: texts[i % texts.length],
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9/unused',
        conversation: { id: `profile-${Math.floor(i / 20)}` },
        from: { id: 'profile-user' },
        recipient: { id: 'baton' },
        deliveryMode: 'expectReplies',
      }),
    });
    if (res.status !== 200) throw new Error(`turn ${i} → ${res.status} ${await res.text()}`);
    await res.text();
  };
  try {
    for (let i = 0; i < 3; i++) await turn(i);
    if (process.env.BATON_PROFILE_STATEMENTS === '1') {
      recording = true;
      await turn(3);
      recording = false;
      process.stdout.write(`statements of one turn (${kind}, ${channel}):\n${statements.map((s) => `  ${s}`).join('\n')}\n`);
    }
    const counters = baton.parts.database.counters;
    const before = counters ? { ...counters } : undefined;
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 4; i < turns + 4; i++) await turn(i);
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - started;
    const perTurn = (n: number) => Math.round((n / turns) * 100) / 100;
    process.stdout.write(
      `${JSON.stringify({
        kind,
        channel,
        turns,
        wallMsPerTurn: perTurn(ms),
        cpuMsPerTurn: perTurn((used.user + used.system) / 1000),
        ...(counters && before ? { transactionsPerTurn: perTurn(counters.transactions - before.transactions), statementsPerTurn: perTurn(counters.statements - before.statements) } : {}),
      })}\n`,
    );
  } finally {
    server.closeAllConnections();
    server.close();
    await baton.stop();
    if (database) await database.drop();
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
