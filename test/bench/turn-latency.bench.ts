/**
 * Issue 2: server-side turn latency of a knowledge answer against an echo reply, measured in the same run through the
 * same pipeline (HTTP on loopback → Agents SDK adapter → transcript → conversation runtime → reply), over Baton's Direct
 * Line and over `/api/messages` (deliveryMode expectReplies). The echo bot differs only in its engine: it repeats the
 * text instead of reading signals and searching the knowledge base. Goal: knowledge answer ≤ 1.5 × echo.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/config';
import { createBaton, type BatonParts } from '../../bot/baton';
import { seedDemoKnowledge } from '../../bot/composition/knowledge';
import { EngineStateSchema } from '../../bot/core/turn';
import { handleTurn } from '../../bot/core/engine';
import { createKnowledgeService, loadDemoArticles } from '../../knowledge';
import { InMemoryArticleStore } from '../fakes/in-memory-article-store';
import { summarize, timed } from './stats';
import { echoEngine, postJson as post } from './support';

const TURNS = 400;
const WARMUP = 40;
const TURNS_PER_CONVERSATION = 20;

type Mode = 'knowledge' | 'echo';

async function startBaton(mode: Mode): Promise<{ parts: BatonParts; stop(): Promise<void>; origin: string; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `baton-bench-${mode}-`));
  // One client sends every turn as fast as it can: the per-address limits (a guard against abuse) are lifted here.
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LIMIT_MESSAGES_PER_ADDRESS: '1000000', LIMIT_CONVERSATIONS_PER_ADDRESS: '1000000' });
  const baton = await createBaton(config, { log: () => undefined, engine: mode === 'echo' ? echoEngine : undefined });
  await seedDemoKnowledge(baton.parts);
  const server: Server = createServer(baton.app);
  baton.attach(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { parts: baton.parts, stop: () => baton.stop(), origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, dataDir };
}

/**
 * Question variants of the demo knowledge base that the engine answers from an article (no handoff, no clarify), so
 * the knowledge path measured is a knowledge answer and nothing else. Negative ones are left out too: two of them in
 * one conversation would hand it to a person, and the turns after that would measure the handoff relay.
 */
export async function answerableQuestions(): Promise<string[]> {
  const knowledge = createKnowledgeService({ store: new InMemoryArticleStore() });
  await knowledge.publish(loadDemoArticles());
  return loadDemoArticles()
    .flatMap((a) => a.questions.slice(1, 3))
    .filter((text) => {
      const turn = handleTurn({ conversationId: 'bench', channel: 'bench', userId: 'bench', text }, EngineStateSchema.parse({}), { knowledge });
      return turn.explanation.decision === 'answer' && turn.explanation.signals?.sentiment.label !== 'negative';
    });
}


async function measureDirectLine(origin: string, texts: string[]): Promise<number[]> {
  const samples: number[] = [];
  let conversation: { conversationId: string; token: string } | undefined;
  for (let i = 0; i < WARMUP + TURNS; i++) {
    if (i % TURNS_PER_CONVERSATION === 0) {
      const { token } = await post(`${origin}/api/webchat/token`, {});
      conversation = (await post(`${origin}/v3/directline/conversations`, {}, token as string)) as never;
    }
    const { conversationId, token } = conversation!;
    const text = texts[i % texts.length];
    const ms = await timed(() => post(`${origin}/v3/directline/conversations/${conversationId}/activities`, { type: 'message', text }, token));
    if (i >= WARMUP) samples.push(ms);
  }
  return samples;
}

async function measureMessages(origin: string, texts: string[]): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + TURNS; i++) {
    const text = texts[i % texts.length];
    const activity = {
      type: 'message',
      id: `bench-${i}`,
      text,
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9/unused',
      conversation: { id: `bench-conv-${Math.floor(i / TURNS_PER_CONVERSATION)}` },
      from: { id: 'bench-user' },
      recipient: { id: 'baton' },
      deliveryMode: 'expectReplies',
    };
    const ms = await timed(() => post(`${origin}/api/messages`, activity));
    if (i >= WARMUP) samples.push(ms);
  }
  return samples;
}

export async function run(): Promise<Record<string, unknown>> {
  const texts = await answerableQuestions();
  const results: Record<string, Record<string, ReturnType<typeof summarize>>> = { directLine: {}, apiMessages: {} };
  for (const mode of ['echo', 'knowledge'] as const) {
    const baton = await startBaton(mode);
    try {
      results.directLine[mode] = summarize(await measureDirectLine(baton.origin, texts));
      results.apiMessages[mode] = summarize(await measureMessages(baton.origin, texts));
      const tickets = await baton.parts.handoff.listTickets({ id: 'bench', name: 'bench', roles: ['admin'] }, { statuses: ['queued', 'assigned'] });
      if (tickets.length > 0) throw new Error(`the ${mode} run handed ${tickets.length} conversations to a person: it would not measure answers alone`);
    } finally {
      await baton.stop();
      rmSync(baton.dataDir, { recursive: true, force: true });
    }
  }
  const ratio = (channel: 'directLine' | 'apiMessages', p: 'p50' | 'p99') =>
    Math.round((results[channel].knowledge[p] / results[channel].echo[p]) * 100) / 100;
  return {
    unit: 'ms per turn, HTTP round trip on loopback, SQLite, one client',
    questions: `${texts.length} demo question variants the engine answers from an article`,
    turns: TURNS,
    ...results,
    knowledgeOverEcho: {
      directLine: { p50: ratio('directLine', 'p50'), p99: ratio('directLine', 'p99') },
      apiMessages: { p50: ratio('apiMessages', 'p50'), p99: ratio('apiMessages', 'p99') },
      goal: '≤ 1.5',
    },
  };
}
