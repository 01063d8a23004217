/**
 * Issue 14: Baton as operators run it — real server processes on 127.0.0.1, customers over Direct Line.
 *
 * - Throughput knee, open loop: messages are sent at a fixed rate whatever the answers do, one rate step after
 *   another; the knee is the highest rate whose p99 stays under 100 ms with under 0.1 % errors. SQLite (one instance),
 *   PostgreSQL with one instance and with two (requests spread over both, as a load balancer would).
 * - Cross-instance notification latency: a message posted on A until the customer's WebSocket on B has it.
 * - Transactions per turn on PostgreSQL (query layer and notifier), for a knowledge answer over Direct Line and over
 *   /api/messages.
 * - Side by side, one client, one run: a bare Agents SDK echo bot's turn over /api/messages (test/bench/sdk-echo.ts)
 *   against Baton's knowledge-answer turn over /api/messages on SQLite and on PostgreSQL; the ratio's goal is ≤ 1.5.
 * BATON_BENCH_CLUSTER_ONLY=efficiency runs only these last two (transactions per turn and the side-by-side);
 * BATON_BENCH_CLUSTER_ONLY=postgres only the two PostgreSQL knees.
 * Quick by default (4 s per step); BATON_BENCH_SOAK=1 runs 30 s steps and adds a 10-minute soak at 100 msg/s on SQLite
 * with RSS at start and end. BATON_BENCH_CLUSTER_ONLY=soak runs only the soak (after a warm-up, without the knee);
 * BATON_BENCH_CLUSTER_ONLY=soak-postgres the same soak on one instance over PostgreSQL;
 * BATON_BENCH_SOAK_SECONDS sets its length. The soak also reports p50/p99, errors and the server's RSS per window, and
 * the CPU share of the server and of this client: on a busy machine a server short of CPU falls behind at any history.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { loadDemoArticles } from '../../knowledge';
import { startCluster, type TestCluster } from '../support/cluster';
import { createTestDatabase } from '../support/databases';
import { customerOf, startCustomer, type DirectLineCustomer } from '../support/direct-line-client';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { startSdkEchoBot } from './sdk-echo';
import { percentile, summarize, timed } from './stats';
import { spreadOver } from './spread';
import { echoEngine, postJson, postgresReachable, startInProcessBaton, UNLIMITED } from './support';
import { answerableQuestions } from './turn-latency.bench';

const SOAK = process.env.BATON_BENCH_SOAK === '1';
const STEP_SECONDS = SOAK ? 30 : 4;
const RATES = [50, 100, 150, 200, 300, 400, 500];
const CONVERSATIONS = 200;
const MAX_IN_FLIGHT = 2_000;

/** English questions from the demo knowledge base: turns that search and answer, one per message. */
const QUESTIONS = loadDemoArticles()
  .filter((a) => a.lang === 'en')
  .flatMap((a) => a.questions.slice(0, 2));

interface Step {
  rate: number;
  sent: number;
  errors: number;
  errorRate: number;
  p50: number;
  p99: number;
  /** With `windowSeconds`: p50 and p99 of the messages sent in each window, so growth over the run shows. */
  windows?: Array<{ fromSecond: number; p50: number; p99: number; errors: number; rssMb?: number }>;
}

interface WindowOptions {
  windowSeconds: number;
  /** The server's RSS in MB, sampled as each window ends. */
  rssMb?: () => number;
}

async function openLoop(customers: DirectLineCustomer[] | ((i: number) => DirectLineCustomer), rate: number, seconds: number, windowed?: WindowOptions): Promise<Step> {
  const latencies: number[] = [];
  let errors = 0;
  let inFlight = 0;
  let sent = 0;
  const total = rate * seconds;
  const started = performance.now();
  const perWindow: Array<{ latencies: number[]; errors: number; rssMb?: number }> = [];
  const windowOf = (at: number) => {
    const index = windowed ? Math.floor((at - started) / 1000 / windowed.windowSeconds) : 0;
    while (perWindow.length <= index) perWindow.push({ latencies: [], errors: 0 });
    return perWindow[index];
  };
  const sampler = windowed?.rssMb
    ? setInterval(() => {
        const ended = perWindow[Math.round((performance.now() - started) / 1000 / windowed.windowSeconds) - 1];
        if (ended) ended.rssMb = windowed.rssMb!();
      }, windowed.windowSeconds * 1000)
    : undefined;
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    if (inFlight >= MAX_IN_FLIGHT) {
      errors += 1; // the server is so far behind that the client gives up on this one
      if (windowed) windowOf(due).errors += 1;
      continue;
    }
    const customer = typeof customers === 'function' ? customers(i) : customers[i % customers.length]!;
    const text = QUESTIONS[(i * 7) % QUESTIONS.length];
    inFlight += 1;
    sent += 1;
    const at = performance.now();
    const window = windowed ? windowOf(due) : undefined;
    pending.push(
      customer
        .say(text)
        .then(
          (answer) => {
            if (answer.status === 200) {
              latencies.push(performance.now() - at);
              window?.latencies.push(performance.now() - at);
            } else {
              errors += 1;
              if (window) window.errors += 1;
            }
          },
          () => {
            errors += 1;
            if (window) window.errors += 1;
          },
        )
        .finally(() => {
          inFlight -= 1;
        }),
    );
  }
  await Promise.all(pending);
  clearInterval(sampler);
  const { p50, p99 } = summarize(latencies);
  const step: Step = { rate, sent, errors, errorRate: errors / Math.max(1, sent), p50: Math.round(p50), p99: Math.round(p99) };
  if (windowed) {
    if (windowed.rssMb && perWindow.length > 0) perWindow.at(-1)!.rssMb ??= windowed.rssMb();
    step.windows = perWindow.map((w, i) => {
      const s = summarize(w.latencies);
      return { fromSecond: i * windowed.windowSeconds, p50: Math.round(s.p50), p99: Math.round(s.p99), errors: w.errors, ...(w.rssMb !== undefined ? { rssMb: w.rssMb } : {}) };
    });
  }
  return step;
}

/** Rate steps until one fails the goal (p99 < 100 ms, < 0.1 % errors); the knee is the last that passed. */
async function knee(origins: string[]): Promise<{ kneeMsgPerSecond: number; steps: Step[] }> {
  const customers = await Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => startCustomer(origins[i % origins.length])));
  // Every customer's messages go round the instances (no sticky sessions): conversation i, message n → instance (i+n).
  const spread = spreadOver(customers, origins);
  await openLoop(spread, 20, 2); // warm-up: JIT, pools, the search snapshot
  const steps: Step[] = [];
  let best = 0;
  for (const rate of RATES) {
    const step = await openLoop(spread, rate, STEP_SECONDS);
    steps.push(step);
    if (step.p99 >= 100 || step.errorRate >= 0.001) break;
    best = rate;
  }
  return { kneeMsgPerSecond: best, steps };
}

async function sqliteKnee(soakOnly = false) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'baton-bench-sqlite-'));
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess({ DATA_DIR: dataDir, ...UNLIMITED }, 90_000);
    if (soakOnly) return { soak: await soakRun(server) };
    const result = await knee([server.origin]);
    let soak: Record<string, unknown> | undefined;
    if (SOAK) soak = await soakRun(server);
    return { ...result, ...(soak ? { soak } : {}) };
  } finally {
    server?.child.kill('SIGKILL');
    await server?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function rssOf(pid: number): number {
  // /proc/<pid>/status VmRSS in kB: the server's own resident memory, not this process's.
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/** BATON_BENCH_SOAK_SECONDS shortens (or lengthens) the soak; its figures come per minute as well as overall. */
const SOAK_SECONDS = Number(process.env.BATON_BENCH_SOAK_SECONDS ?? 600);

function cpuSecondsOf(pid: number): number {
  // /proc/<pid>/stat fields 14 and 15 (utime, stime) in clock ticks, after the command name in parentheses.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function soakRun(server: ServerProcess): Promise<Record<string, unknown>> {
  const customers = await Promise.all(Array.from({ length: CONVERSATIONS }, () => startCustomer(server.origin)));
  await openLoop(customers, 20, 2); // warm-up: JIT, the search snapshot (the knee's steps do it when they run first)
  const rssStartMb = rssOf(server.child.pid!);
  const loadAverageAtStart = os.loadavg().map((l) => Math.round(l * 10) / 10);
  const windowSeconds = SOAK_SECONDS >= 300 ? 60 : 30;
  const clientCpu = process.cpuUsage();
  const serverCpuAtStart = cpuSecondsOf(server.child.pid!);
  const step = await openLoop(customers, 100, SOAK_SECONDS, { windowSeconds, rssMb: () => rssOf(server.child.pid!) });
  const { user, system } = process.cpuUsage(clientCpu);
  // CPU share of one core over the soak: the server's, and this client's own (which shares the machine with it).
  const cpuPercent = {
    server: Math.round(((cpuSecondsOf(server.child.pid!) - serverCpuAtStart) / SOAK_SECONDS) * 100),
    client: Math.round(((user + system) / 1e6 / SOAK_SECONDS) * 100),
  };
  return { seconds: SOAK_SECONDS, ...step, rssStartMb, rssEndMb: rssOf(server.child.pid!), cpuPercent, loadAverageAtStart, loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 10) / 10) };
}

/** The soak on one instance over PostgreSQL (`BATON_BENCH_CLUSTER_ONLY=soak-postgres`). */
async function postgresSoak(): Promise<Record<string, unknown>> {
  let cluster: TestCluster | undefined;
  try {
    cluster = await startCluster(1, UNLIMITED);
    return await soakRun(cluster.instances[0]);
  } finally {
    await cluster?.close();
  }
}

async function postgresKnee(instances: number) {
  let cluster: TestCluster | undefined;
  try {
    cluster = await startCluster(instances, { ...UNLIMITED, BATON_INSTANCES: String(instances) });
    return await knee(cluster.origins);
  } finally {
    await cluster?.close();
  }
}

/** A message posted on A (with its own id) until the customer's WebSocket on B delivers it. */
async function notificationLatency(samples = 50) {
  let cluster: TestCluster | undefined;
  try {
    cluster = await startCluster(2, UNLIMITED);
    const [A, B] = cluster.origins;
    const onB = await startCustomer(B);
    const ws = new WebSocket(onB.streamUrl!);
    const arrived = new Map<string, number>();
    ws.on('message', (data) => {
      for (const a of (JSON.parse(String(data)) as { activities: Array<{ id: string }> }).activities) arrived.set(a.id, performance.now());
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const onA = customerOf(A, onB.conversationId, onB.token);
    const delays: number[] = [];
    for (let i = 0; i < samples; i++) {
      const id = `bench-${i}`;
      const at = performance.now();
      const sending = onA.post({ id, text: QUESTIONS[i % QUESTIONS.length] });
      while (!arrived.has(id) && performance.now() - at < 5_000) await new Promise((resolve) => setTimeout(resolve, 2));
      await sending;
      delays.push((arrived.get(id) ?? Infinity) - at);
    }
    ws.close();
    const sorted = [...delays].sort((a, b) => a - b);
    return { samples, p50Ms: Math.round(percentile(sorted, 50)), p99Ms: Math.round(percentile(sorted, 99)), lost: delays.filter((d) => d === Infinity).length };
  } finally {
    await cluster?.close();
  }
}

/** Counted in the query layer and the notifier, in-process, over turns that each answer from the knowledge base. */
async function transactionsPerTurn(turns = 40) {
  const database = await createTestDatabase('postgres');
  const baton = await startInProcessBaton(database);
  try {
    const { origin } = baton;
    const counters = baton.parts.database.counters!;
    const measure = async (turn: (i: number) => Promise<unknown>) => {
      await turn(-1);
      const before = { ...counters };
      for (let i = 0; i < turns; i++) await turn(i);
      return {
        transactions: Math.round(((counters.transactions - before.transactions) / turns) * 10) / 10,
        statements: Math.round(((counters.statements - before.statements) / turns) * 10) / 10,
      };
    };
    const customer = await startCustomer(origin);
    const directLine = await measure((i) => customer.say(QUESTIONS[(i + 1) % QUESTIONS.length]));
    const apiMessages = await measure((i) =>
      fetch(`${origin}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `m-${i}`,
          text: QUESTIONS[(i + 1) % QUESTIONS.length],
          channelId: 'emulator',
          serviceUrl: 'http://127.0.0.1:9/unused',
          conversation: { id: `bench-conv-${i + 1}` },
          from: { id: 'u' },
          recipient: { id: 'baton' },
          deliveryMode: 'expectReplies',
        }),
      }),
    );
    return { directLine, apiMessages };
  } finally {
    await baton.stop();
    await database.drop();
  }
}

/**
 * The yardstick: the same sequential /api/messages harness against a bare SDK echo bot and against Baton
 * answering from its knowledge base, in rounds that alternate between them so the machine's load moves all alike.
 */
async function sdkEchoSideBySide(rounds = 4, turnsPerRound = 100, warmup = 40) {
  const texts = await answerableQuestions();
  const database = await createTestDatabase('postgres');
  const targets = {
    sdkEcho: await startSdkEchoBot(),
    batonEchoSqlite: await startInProcessBaton(undefined, echoEngine),
    batonSqlite: await startInProcessBaton(),
    batonPostgres: await startInProcessBaton(database),
  };
  const samples: Record<keyof typeof targets, number[]> = { sdkEcho: [], batonEchoSqlite: [], batonSqlite: [], batonPostgres: [] };
  let counter = 0;
  const turn = (origin: string, name: string) => {
    const i = counter++;
    return postJson(`${origin}/api/messages`, {
      type: 'message',
      id: `side-${i}`,
      text: texts[i % texts.length],
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9/unused',
      conversation: { id: `side-${name}-${Math.floor(i / 20)}` },
      from: { id: 'bench-user' },
      recipient: { id: 'baton' },
      deliveryMode: 'expectReplies',
    });
  };
  try {
    for (const [name, target] of Object.entries(targets)) for (let i = 0; i < warmup; i++) await turn(target.origin, name);
    for (let round = 0; round < rounds; round++) {
      for (const [name, target] of Object.entries(targets) as Array<[keyof typeof targets, { origin: string }]>) {
        for (let i = 0; i < turnsPerRound; i++) samples[name].push(await timed(() => turn(target.origin, name)));
      }
    }
  } finally {
    for (const target of Object.values(targets)) await target.stop();
    await database.drop();
  }
  const summaries = Object.fromEntries(Object.entries(samples).map(([name, ms]) => [name, summarize(ms)])) as Record<keyof typeof targets, ReturnType<typeof summarize>>;
  const ratio = (name: Exclude<keyof typeof targets, 'sdkEcho'>, p: 'p50' | 'p99') => Math.round((summaries[name][p] / summaries.sdkEcho[p]) * 100) / 100;
  return {
    unit: 'ms per turn, HTTP round trip on loopback, one client, expectReplies',
    turns: rounds * turnsPerRound,
    ...summaries,
    knowledgeOverSdkEcho: {
      sqlite: { p50: ratio('batonSqlite', 'p50'), p99: ratio('batonSqlite', 'p99') },
      postgres: { p50: ratio('batonPostgres', 'p50'), p99: ratio('batonPostgres', 'p99') },
      goal: '≤ 1.5',
    },
    // Baton's runtime with an engine that only repeats the text: the floor under any engine, on SQLite (durable
    // inbound message, state and transcript before the reply).
    runtimeOverSdkEcho: { sqlite: { p50: ratio('batonEchoSqlite', 'p50'), p99: ratio('batonEchoSqlite', 'p99') } },
  };
}

export async function run(): Promise<Record<string, unknown>> {
  // The machine's load says how far to trust the figures: on a shared 2-core machine other work moves the knee a lot.
  const figures: Record<string, unknown> = { stepSeconds: STEP_SECONDS, conversations: CONVERSATIONS, goal: 'p99 < 100 ms and < 0.1 % errors', loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 10) / 10) };
  if (process.env.BATON_BENCH_CLUSTER_ONLY === 'soak') return { ...figures, sqlite: await sqliteKnee(true) };
  if (process.env.BATON_BENCH_CLUSTER_ONLY === 'soak-postgres') {
    if (!(await postgresReachable())) return { ...figures, postgres: 'skipped: PostgreSQL not reachable (set BATON_TEST_DATABASE_URL)' };
    return { ...figures, postgres: { soak: await postgresSoak() } };
  }
  if (!(await postgresReachable())) return { ...figures, sqlite: await sqliteKnee(), postgres: 'skipped: PostgreSQL not reachable (set BATON_TEST_DATABASE_URL)' };
  if (process.env.BATON_BENCH_CLUSTER_ONLY === 'efficiency') {
    figures.transactionsPerTurn = await transactionsPerTurn();
    figures.sdkEchoSideBySide = await sdkEchoSideBySide();
    figures.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 10) / 10);
    return figures;
  }
  if (process.env.BATON_BENCH_CLUSTER_ONLY === 'postgres') {
    figures.postgresOneInstance = await postgresKnee(1);
    figures.postgresTwoInstances = await postgresKnee(2);
    figures.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 10) / 10);
    return figures;
  }
  figures.sqlite = await sqliteKnee();
  figures.postgresOneInstance = await postgresKnee(1);
  figures.postgresTwoInstances = await postgresKnee(2);
  figures.crossInstanceNotification = await notificationLatency();
  figures.transactionsPerTurn = await transactionsPerTurn();
  figures.sdkEchoSideBySide = await sdkEchoSideBySide();
  figures.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 10) / 10);
  return figures;
}
