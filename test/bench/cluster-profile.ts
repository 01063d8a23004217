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
import { Client, Pool } from 'pg';
import { createTestDatabase } from '../support/databases';
import { startCustomer } from '../support/direct-line-client';
import { postgresReachable, startInProcessBaton } from './support';
import { answerableQuestions } from './turn-latency.bench';

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
  const baton = await startInProcessBaton(database);
  const { origin } = baton;
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
    await baton.stop();
    await database?.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
