/**
 * CPU per turn of one Baton server process on PostgreSQL, at a fixed open-loop rate over Direct Line (the cluster
 * bench's customers and questions): the server's own CPU (user and kernel, from /proc), and the CPU of every PostgreSQL
 * process meanwhile, each per turn. On a shared 2-core machine the knee moves with whatever else runs; CPU per turn
 * moves much less, so a change's effect shows there first. Not a benchmark (`npm run bench` skips it: no `.bench.ts`):
 *
 *   BATON_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx test/bench/server-cpu.ts [rate] [seconds] [profile dir]
 *
 * With a third argument the server runs under `node --cpu-prof` and writes its profile there when it exits.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDemoArticles } from '../../knowledge';
import { createTestDatabase } from '../support/databases';
import { startCustomer } from '../support/direct-line-client';
import { startServerProcess, SOURCE_ENTRY } from '../support/server-process';
import { summarize } from './stats';
import { postgresReachable, UNLIMITED } from './support';

const QUESTIONS = loadDemoArticles()
  .filter((a) => a.lang === 'en')
  .flatMap((a) => a.questions.slice(0, 2));

/** utime and stime of a process in seconds (/proc/<pid>/stat fields 14 and 15, after the name in parentheses). */
function cpuOf(pid: string | number): { user: number; system: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
}

/** CPU seconds of every PostgreSQL process on the machine (the server's backends, its writer, the listener's). */
function postgresCpu(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/stat`, 'utf8').includes('(postgres)')) continue;
      const { user, system } = cpuOf(pid);
      total += user + system;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

async function main(): Promise<void> {
  const rate = Number(process.argv[2] ?? 150);
  const seconds = Number(process.argv[3] ?? 15);
  const profileDir = process.argv[4];
  if (!(await postgresReachable())) throw new Error('PostgreSQL is not reachable (BATON_TEST_DATABASE_URL)');
  const database = await createTestDatabase('postgres');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'baton-server-cpu-'));
  const entry = { args: [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...SOURCE_ENTRY.args] };
  const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: database.url!, ...UNLIMITED }, 90_000, entry);
  const pid = server.child.pid!;
  try {
    const customers = await Promise.all(Array.from({ length: 200 }, () => startCustomer(server.origin)));
    const openLoop = async (perSecond: number, forSeconds: number) => {
      const latencies: number[] = [];
      let errors = 0;
      const pending: Promise<void>[] = [];
      const started = performance.now();
      for (let i = 0; i < perSecond * forSeconds; i++) {
        const wait = started + (i * 1000) / perSecond - performance.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
        const at = performance.now();
        const answer = customers[i % customers.length]!.say(QUESTIONS[(i * 7) % QUESTIONS.length]!);
        pending.push(answer.then((a) => void (a.status === 200 ? latencies.push(performance.now() - at) : (errors += 1)), () => void (errors += 1)));
      }
      await Promise.all(pending);
      return { ...summarize(latencies), errors };
    };
    await openLoop(20, 3); // warm-up: JIT, pools, the search snapshot
    const before = { server: cpuOf(pid), postgres: postgresCpu() };
    const step = await openLoop(rate, seconds);
    const turns = rate * seconds;
    const after = cpuOf(pid);
    const perTurnMs = (cpuSeconds: number) => Math.round((cpuSeconds / turns) * 1000 * 100) / 100;
    console.log(
      JSON.stringify({
        rate,
        seconds,
        p50: Math.round(step.p50),
        p99: Math.round(step.p99),
        errors: step.errors,
        serverCpuMsPerTurn: perTurnMs(after.user + after.system - before.server.user - before.server.system),
        serverKernelMsPerTurn: perTurnMs(after.system - before.server.system),
        postgresCpuMsPerTurn: perTurnMs(postgresCpu() - before.postgres),
        loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      }),
    );
  } finally {
    // SIGTERM: a graceful exit, so that --cpu-prof writes its profile.
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
