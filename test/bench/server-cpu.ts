/**
 * CPU per turn of one Baton server process on PostgreSQL, at a fixed open-loop rate over Direct Line (the cluster
 * bench's customers and questions): the server's own CPU (user and kernel, from /proc), and the CPU of every PostgreSQL
 * process meanwhile, each per turn. On a shared 2-core machine the knee moves with whatever else runs; CPU per turn
 * moves much less, so a change's effect shows there first. Not a benchmark (`npm run bench` skips it: no `.bench.ts`):
 *
 *   BATON_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx test/bench/server-cpu.ts [rate] [seconds] [profile dir]
 *
 * With a third argument the server runs under `node --cpu-prof` and writes its profile there when it exits.
 * BATON_CPU_INSTANCES=2 starts two servers on the one database and spreads each conversation's messages over both,
 * as the cluster bench's two-instance knee does: each server's CPU per turn of the whole run shows what a second
 * instance costs beyond the turns it serves.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadDemoArticles } from '../../knowledge';
import { createTestDatabase } from '../support/databases';
import { startCustomer } from '../support/direct-line-client';
import { startServerProcess, SOURCE_ENTRY } from '../support/server-process';
import { summarize } from './stats';
import { postgresReachable, UNLIMITED } from './support';
import { spreadOver } from './spread';

const QUESTIONS = loadDemoArticles()
  .filter((a) => a.lang === 'en')
  .flatMap((a) => a.questions.slice(0, 2));

/** utime and stime of a process in seconds (/proc/<pid>/stat fields 14 and 15, after the name in parentheses). */
function cpuOf(pid: string | number): { user: number; system: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
}

/** CPU seconds of every PostgreSQL process on the machine (the server's backends, its writer, the listener's). */
/**
 * The bench database's transactions (commits and rollbacks) and rows written, from pg_stat_database: what the turns
 * asked of PostgreSQL whatever else runs on the machine (a turn run again after a state conflict shows here).
 */
async function databaseWork(url: string): Promise<{ commits: number; rollbacks: number; rowsWritten: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // Backends report their counts when idle, at most every second or so: wait for the last turns' to land.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const row = (
      await client.query<{ commits: string; rollbacks: string; written: string }>(
        'select xact_commit as commits, xact_rollback as rollbacks, tup_inserted + tup_updated + tup_deleted as written from pg_stat_database where datname = current_database()',
      )
    ).rows[0]!;
    return { commits: Number(row.commits), rollbacks: Number(row.rollbacks), rowsWritten: Number(row.written) };
  } finally {
    await client.end();
  }
}

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
  const instances = Number(process.env.BATON_CPU_INSTANCES ?? 1);
  const dataDirs = Array.from({ length: instances }, () => mkdtempSync(path.join(os.tmpdir(), 'baton-server-cpu-')));
  const entry = { args: [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...SOURCE_ENTRY.args] };
  const servers = await Promise.all(dataDirs.map((dir) => startServerProcess({ DATA_DIR: dir, DATABASE_URL: database.url!, ...UNLIMITED }, 90_000, entry)));
  const pids = servers.map((s) => s.child.pid!);
  const serversCpu = () => pids.map((pid) => cpuOf(pid));
  try {
    const started = await Promise.all(Array.from({ length: 200 }, (_, i) => startCustomer(servers[i % servers.length]!.origin)));
    // Conversation i, message n → instance (i + n): no sticky sessions, as in the cluster bench.
    const customers = spreadOver(started, servers.map((s) => s.origin));
    const openLoop = async (perSecond: number, forSeconds: number) => {
      const latencies: number[] = [];
      let errors = 0;
      const pending: Promise<void>[] = [];
      const started = performance.now();
      for (let i = 0; i < perSecond * forSeconds; i++) {
        const wait = started + (i * 1000) / perSecond - performance.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
        const at = performance.now();
        const answer = customers(i).say(QUESTIONS[(i * 7) % QUESTIONS.length]!);
        pending.push(answer.then((a) => void (a.status === 200 ? latencies.push(performance.now() - at) : (errors += 1)), () => void (errors += 1)));
      }
      await Promise.all(pending);
      return { ...summarize(latencies), errors };
    };
    await openLoop(20, 3); // warm-up: JIT, pools, the search snapshot
    const workBefore = await databaseWork(database.url!);
    const before = { servers: serversCpu(), postgres: postgresCpu() };
    const step = await openLoop(rate, seconds);
    const turns = rate * seconds;
    const afterAll = serversCpu();
    const postgresAfter = postgresCpu();
    const workAfter = await databaseWork(database.url!);
    const perTurn = (n: number) => Math.round((n / turns) * 100) / 100;
    const sum = (cpus: Array<{ user: number; system: number }>) => cpus.reduce((a, c) => ({ user: a.user + c.user, system: a.system + c.system }), { user: 0, system: 0 });
    const after = sum(afterAll);
    const beforeSum = sum(before.servers);
    const perTurnMs = (cpuSeconds: number) => Math.round((cpuSeconds / turns) * 1000 * 100) / 100;
    console.log(
      JSON.stringify({
        rate,
        seconds,
        p50: Math.round(step.p50),
        p99: Math.round(step.p99),
        errors: step.errors,
        instances,
        serverCpuMsPerTurn: perTurnMs(after.user + after.system - beforeSum.user - beforeSum.system),
        serverKernelMsPerTurn: perTurnMs(after.system - beforeSum.system),
        perInstanceCpuMsPerTurn: afterAll.map((a, i) => perTurnMs(a.user + a.system - before.servers[i]!.user - before.servers[i]!.system)),
        postgresCpuMsPerTurn: perTurnMs(postgresAfter - before.postgres),
        commitsPerTurn: perTurn(workAfter.commits - workBefore.commits),
        rollbacksPerTurn: perTurn(workAfter.rollbacks - workBefore.rollbacks),
        rowsWrittenPerTurn: perTurn(workAfter.rowsWritten - workBefore.rowsWritten),
        loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      }),
    );
  } finally {
    // SIGTERM: a graceful exit, so that --cpu-prof writes its profile.
    for (const server of servers) server.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.exited));
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
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
