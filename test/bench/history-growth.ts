/**
 * Issue 14 (soak): does a turn cost more as its conversation's history grows? One in-process Baton, one Direct Line
 * conversation driven to `turns` turns, each a message and a read of what is new (by watermark, as Web Chat polls);
 * prints per block of turns the turn time, CPU, activities per read, statements (PostgreSQL) and memory. Not a benchmark (no
 * `.bench.ts`):
 *
 *   npx tsx test/bench/history-growth.ts [sqlite|postgres] [turns] [block]
 */
import { createTestDatabase } from '../support/databases';
import { startCustomer } from '../support/direct-line-client';
import { summarize } from './stats';
import { postgresReachable, startInProcessBaton } from './support';
import { answerableQuestions } from './turn-latency.bench';

/** Resident and heap memory in MB; after a full collection when run with --expose-gc (so growth is what stays). */
function memory(): Record<string, number> {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 2 ** 20);
  return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), externalMb: mb(m.external) };
}

async function main(): Promise<void> {
  const kind = (process.argv[2] ?? 'sqlite') as 'sqlite' | 'postgres';
  const turns = Number(process.argv[3] ?? 2000);
  const block = Number(process.argv[4] ?? 200);
  const texts = await answerableQuestions();
  if (kind === 'postgres' && !(await postgresReachable())) throw new Error('PostgreSQL is not reachable (BATON_TEST_DATABASE_URL)');
  const database = kind === 'postgres' ? await createTestDatabase('postgres') : undefined;
  const baton = await startInProcessBaton(database);
  const { origin } = baton;
  const customer = await startCustomer(origin);
  const counters = baton.parts.database.counters;
  const blocks: Array<Record<string, number>> = [];
  try {
    let times: number[] = [];
    let statementsAt = counters?.statements ?? 0;
    let cpuAt = process.cpuUsage();
    let readAt = 0;
    let watermark = 0;
    for (let i = 1; i <= turns; i++) {
      const at = performance.now();
      const answer = await customer.say(texts[i % texts.length]);
      if (answer.status !== 200) throw new Error(`turn ${i} → ${answer.status}`);
      // As Web Chat polling does: what is new since the last read, by watermark.
      const read = await customer.activities(watermark);
      watermark = Number(read.watermark);
      readAt += read.activities.length;
      times.push(performance.now() - at);
      if (i === 10 || i % block === 0) {
        const { p50, p99 } = summarize(times);
        const statements = counters ? Math.round(((counters.statements - statementsAt) / times.length) * 10) / 10 : undefined;
        // CPU per turn (this process runs both the server and the client): less moved by other work on the machine.
        const cpu = process.cpuUsage(cpuAt);
        const cpuMsPerTurn = Math.round(((cpu.user + cpu.system) / 1000 / times.length) * 100) / 100;
        const activitiesPerRead = Math.round((readAt / times.length) * 100) / 100;
        blocks.push({ upToTurn: i, meanMs: Math.round((times.reduce((a, b) => a + b, 0) / times.length) * 100) / 100, p50: Math.round(p50 * 100) / 100, p99: Math.round(p99 * 100) / 100, cpuMsPerTurn, activitiesPerRead, ...(statements !== undefined ? { statementsPerTurn: statements } : {}), ...memory() });
        process.stderr.write(`${JSON.stringify(blocks.at(-1))}\n`);
        cpuAt = process.cpuUsage();
        readAt = 0;
        times = [];
        statementsAt = counters?.statements ?? 0;
      }
    }
    process.stdout.write(`${JSON.stringify({ kind, turns, blocks })}\n`);
  } finally {
    await baton.stop();
    await database?.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
