/**
 * Two versions of Baton side by side with the SDK echo bot, in one process: this checkout and another one (a git
 * worktree at the commit to compare with), each an in-process Baton answering knowledge-answer turns over
 * `/api/messages`, in alternating rounds of 20 turns. On a shared machine the load moves the figures of separate runs by
 * a third or more; here it falls on both versions alike, so their difference shows even when the machine is busy.
 * Not a benchmark (`npm run bench` skips it: no `.bench.ts`):
 *
 *   git worktree add --detach ../baton-before <commit>   (and link node_modules into it)
 *   npx tsx test/bench/version-ab.ts ../baton-before [sqlite|postgres] [rounds]
 *
 * BATON_BENCH_LOG_LEVEL=info runs both with the production request log on stdout (send stdout to a pipe or a file; the
 * figures are printed on stderr).
 */
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../support/databases';
import { startSdkEchoBot } from './sdk-echo';
import { summarize, timed } from './stats';
import * as current from './support';
import { answerableQuestions } from './turn-latency.bench';

const TURNS_PER_ROUND = 20;
const WARMUP = 60;

async function main(): Promise<void> {
  const otherCheckout = process.argv[2];
  if (!otherCheckout) throw new Error('usage: version-ab.ts <other checkout> [sqlite|postgres] [rounds]');
  const kind = process.argv[3] === 'postgres' ? 'postgres' : 'sqlite';
  const rounds = Number(process.argv[4] ?? 30);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const other = require(path.resolve(otherCheckout, 'test/bench/support')) as typeof current;
  const texts = await answerableQuestions();
  if (kind === 'postgres' && !(await current.postgresReachable())) throw new Error('PostgreSQL is not reachable (BATON_TEST_DATABASE_URL)');
  const databases = kind === 'postgres' ? [await createTestDatabase('postgres'), await createTestDatabase('postgres')] : [undefined, undefined];
  const targets = {
    sdkEcho: await startSdkEchoBot(),
    other: await other.startInProcessBaton(databases[0]),
    this: await current.startInProcessBaton(databases[1]),
  };
  const names = Object.keys(targets) as Array<keyof typeof targets>;
  const samples: Record<keyof typeof targets, number[]> = { sdkEcho: [], other: [], this: [] };
  let counter = 0;
  const turn = (name: keyof typeof targets) => {
    const i = counter++;
    return current.postJson(`${targets[name].origin}/api/messages`, {
      type: 'message',
      id: `ab-${i}`,
      text: texts[i % texts.length],
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9/unused',
      conversation: { id: `ab-${name}-${Math.floor(i / 20)}` },
      from: { id: 'bench-user' },
      recipient: { id: 'baton' },
      deliveryMode: 'expectReplies',
    });
  };
  try {
    for (const name of names) for (let i = 0; i < WARMUP; i++) await turn(name);
    for (let round = 0; round < rounds; round++) {
      // Every other round in reverse, so neither version always runs right after the other.
      for (const name of round % 2 ? [...names].reverse() : names) {
        for (let i = 0; i < TURNS_PER_ROUND; i++) samples[name].push(await timed(() => turn(name)));
      }
    }
  } finally {
    for (const target of Object.values(targets)) await target.stop();
    for (const database of databases) await database?.drop();
  }
  const summaries = Object.fromEntries(names.map((name) => [name, summarize(samples[name])])) as Record<keyof typeof targets, ReturnType<typeof summarize>>;
  const over = (name: 'other' | 'this', p: 'p50' | 'mean') => Math.round((summaries[name][p] / summaries.sdkEcho[p]) * 100) / 100;
  const figures = {
    kind,
    turns: rounds * TURNS_PER_ROUND,
    loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    ...summaries,
    overSdkEcho: { other: { p50: over('other', 'p50'), mean: over('other', 'mean') }, this: { p50: over('this', 'p50'), mean: over('this', 'mean') } },
  };
  process.stderr.write(`${JSON.stringify(figures, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
