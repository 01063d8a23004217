/**
 * Engine CPU per message (issue 14's efficiency item): the realistic dev messages run through `handleTurn` with the
 * demo knowledge, conversations of ten turns, for profiling. Not a benchmark (`npm run bench` skips it):
 *
 *   npx tsx test/bench/engine-profile.ts [turns] [answerable]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/bench/engine-profile.ts 4000
 *
 * Prints p50 and mean CPU (µs) per message over the measured turns, after a warm-up pass, the mean of the quietest of
 * five passes over every message (steadier on a shared machine), and a digest of the
 * decisions so a change in mechanics that moved a decision shows (BATON_PROFILE_DUMP=<file> writes them one a line).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { handleTurn } from '../../bot/core/engine';
import { EngineStateSchema, type EngineState } from '../../bot/core/turn';
import { demoKnowledge } from '../support/demo-knowledge';
import { answerableQuestions } from './turn-latency.bench';

const MESSAGES = path.join(__dirname, '../../../shared/data/realistic_dev/messages.tsv');
const TURNS_PER_CONVERSATION = 10;

function texts(): string[] {
  return readFileSync(MESSAGES, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t')[1]);
}

async function main(): Promise<void> {
  const turns = Number(process.argv[2] ?? 4000);
  const knowledge = await demoKnowledge();
  // `answerable`: the demo question variants the side-by-side bench sends (turn-latency.bench.ts), not the dev set.
  const all = process.argv[3] === 'answerable' ? await answerableQuestions() : texts();
  let state: EngineState = EngineStateSchema.parse({});
  const digest = createHash('sha256');
  const dump: string[] = [];
  const runTurn = (i: number) => {
    if (i % TURNS_PER_CONVERSATION === 0) state = EngineStateSchema.parse({});
    const result = handleTurn({ conversationId: 'profile', channel: 'bench', userId: 'profile', text: all[i % all.length] }, state, { knowledge });
    state = result.state;
    return result;
  };
  // Warm-up: every message once (JIT, lazily built tables): on a cold start the detectors' time budget can skip a
  // sentiment, so the decisions' digest is taken from a second pass.
  for (let i = 0; i < all.length; i++) runTurn(i);
  for (let i = 0; i < all.length; i++) {
    const r = runTurn(i);
    const line = JSON.stringify([r.explanation, r.replies, r.effects]);
    digest.update(line);
    dump.push(line);
  }
  if (process.env.BATON_PROFILE_DUMP) writeFileSync(process.env.BATON_PROFILE_DUMP, dump.join('\n') + '\n');
  const samples: number[] = [];
  for (let i = 0; i < turns; i++) {
    const started = process.cpuUsage();
    runTurn(i);
    const used = process.cpuUsage(started);
    samples.push(used.user + used.system);
  }
  // The quietest pass over every message: on a shared machine other work adds to some passes, never takes away.
  let bestPass = Infinity;
  for (let pass = 0; pass < 5; pass++) {
    const started = process.cpuUsage();
    for (let i = 0; i < all.length; i++) runTurn(i);
    const used = process.cpuUsage(started);
    bestPass = Math.min(bestPass, (used.user + used.system) / all.length);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  process.stdout.write(
    `${JSON.stringify({
      turns,
      messages: all.length,
      cpuMicrosPerMessage: { p50: samples[Math.floor(samples.length / 2)], mean: Math.round(mean), p90: samples[Math.floor(samples.length * 0.9)], bestPassMean: Math.round(bestPass) },
      decisionsDigest: digest.digest('hex').slice(0, 16),
    })}\n`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
