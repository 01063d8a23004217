import { createConversationRuntime, type ConversationRuntime } from '../../../bot/conversations/conversation-runtime';
import { KyselyConversationStore } from '../../../bot/stores/conversation-store';
import { openSqlite, tablesOf, type DatabaseHandle } from '../../../bot/stores/database';
import { migrateToLatest } from '../../../bot/stores/migrate';
import { botMigrations } from '../../../bot/stores/migrations';
import type { BotTables } from '../../../bot/stores/schema';
import type { TurnInput } from '../../../bot/core/turn';
import { demoKnowledge } from '../../support/demo-knowledge';
import { FakeHandoff } from '../../fakes/fake-handoff';

let handle: DatabaseHandle<unknown>;
let store: KyselyConversationStore;
let handoff: FakeHandoff;
let runtime: ConversationRuntime;
const tiers = new Map<string, 'vip' | 'regular' | 'new'>();

let knowledge: Awaited<ReturnType<typeof demoKnowledge>>;
beforeAll(async () => {
  knowledge = await demoKnowledge();
});

beforeEach(async () => {
  handle = openSqlite(':memory:');
  await migrateToLatest(handle.db, botMigrations);
  store = new KyselyConversationStore(tablesOf<BotTables>(handle.db));
  handoff = new FakeHandoff();
  runtime = createConversationRuntime({
    store,
    knowledge,
    handoff,
    customers: { tierOf: async ({ userId }) => tiers.get(userId) },
  });
});
afterEach(() => handle.close());

async function say(conversationId: string, text: string, extra: Partial<TurnInput> = {}) {
  await store.ensure({ id: conversationId, channel: 'webchat', userId: extra.userId ?? 'u1' });
  return runtime.respond({ conversationId, channel: 'webchat', userId: 'u1', text, ...extra });
}

test('asking for a person creates a ticket request with reasons and tells the customer where they stand', async () => {
  const result = await say('c1', 'I want to talk to a real person');
  expect(handoff.requests).toEqual([
    expect.objectContaining({
      conversationId: 'c1',
      channel: 'webchat',
      level: 'L3',
      category: 'inquiry',
      lang: 'en',
      reasons: [expect.objectContaining({ code: 'agent-request', evidence: expect.arrayContaining([expect.stringMatching(/person/)]) })],
    }),
  ]);
  expect(result.replies.at(-1)!.text).toMatch(/number 2 in the queue; the expected wait is about 6 minutes.*T-20261122-0001/);
});

test('while a person owns the conversation the bot stays silent and relays', async () => {
  handoff.modes.set('c2', 'assigned');
  const result = await say('c2', 'How do I return an item?');
  expect(result.replies).toEqual([]);
  expect(handoff.relayed).toEqual([{ conversationId: 'c2', text: 'How do I return an item?' }]);
  expect(handoff.requests).toEqual([]);
});

test('while queued the bot still answers and the console sees the message; asking again repeats the position', async () => {
  await say('c3', '转人工');
  const answered = await say('c3', '怎么退货？');
  expect(answered.replies[0].articleId).toBe('returns-start-zh');
  expect(handoff.relayed.map((r) => r.text)).toEqual(['怎么退货？']);
  const again = await say('c3', '人工客服');
  expect(again.replies.at(-1)!.text).toMatch(/您已经在排队中/);
});

test.each([
  // [browser locale, what the customer writes, where they stand, in their language and script]
  ['zh-TW', '轉人工', /您目前排在第 2 位，預計等待約 6 分鐘。工單編號：T-20261122-0001/],
  ['zh-CN', '轉人工', /您目前排在第 2 位，預計等待約 6 分鐘。工單編號：T-20261122-0001/],
  ['zh-CN', '转人工', /您目前排在第 2 位，预计等待约 6 分钟。工单号：T-20261122-0001/],
  ['zh-TW', 'I want to talk to a person', /You're number 2 in the queue/],
])('a %s customer writing "%s" is told where they stand as they read', async (locale, text, told) => {
  const result = await say(`c-${locale}-${text}`, text, { locale });
  expect(result.replies.at(-1)!.text).toMatch(told);
});

test('the customer tier from the directory raises the level', async () => {
  tiers.set('vip-user', 'vip');
  await say('c4', 'agent please', { userId: 'vip-user' });
  expect(handoff.requests[0]).toMatchObject({ level: 'L2', customer: { id: 'vip-user', tier: 'vip' } });
});

test('survey answers reach the handoff service for this conversation, even while the ticket is still assigned', async () => {
  handoff.modes.set('c5', 'assigned');
  // The ticket id in the button payload is customer input: it goes with the customer's own conversation, which the
  // handoff service checks it against.
  await say('c5', '5', { action: { type: 'survey', ticketId: 'T-20261122-0009', score: 5 } });
  handoff.modes.set('c5', 'bot');
  await say('c5', 'quick and friendly, thanks');
  expect(handoff.surveys).toEqual([
    { conversationId: 'c5', answer: { score: 5, nps: undefined, comment: undefined }, ticketId: 'T-20261122-0009' },
    { conversationId: 'c5', answer: { score: undefined, nps: undefined, comment: 'quick and friendly, thanks' }, ticketId: 'T-20261122-0009' },
  ]);
});

test('a refused survey answer (an old button, a closed ticket) is logged, and the turn goes on', async () => {
  const lines: string[] = [];
  handoff.recordSurvey = async () => {
    throw Object.assign(new Error('ticket T-20261122-0009 is closed: its rating cannot change'), { status: 409 });
  };
  runtime = createConversationRuntime({ store, knowledge, handoff, log: (line) => lines.push(line) });
  const result = await say('c5b', '5', { action: { type: 'survey', ticketId: 'T-20261122-0009', score: 5 } });
  expect(result.replies.length).toBeGreaterThan(0);
  expect(lines).toEqual([expect.stringMatching(/survey answer in c5b not recorded: .*closed/)]);
});

test('engine state is saved between turns', async () => {
  await say('c6', 'blorp fizzbuzz quux');
  expect((await store.get('c6'))!.state).toMatchObject({ consecutiveFailures: expect.any(Number), recentEmotion: [expect.any(Number)] });
});

describe('with an intent recognizer', () => {
  const recognizerSaying = (mode: 'local' | 'clu', intent: string, calls: string[]) => ({
    mode,
    async recognize(text: string) {
      calls.push(text);
      return { intent, confidence: 0.93, source: mode, entities: [], alternatives: [] } as const;
    },
  });

  test("CLU's reading counts: an agent request the word lists miss still reaches a person", async () => {
    const calls: string[] = [];
    const withClu = createConversationRuntime({ store, knowledge, handoff, recognizer: recognizerSaying('clu', 'agent_request', calls) });
    await store.ensure({ id: 'r1', channel: 'webchat', userId: 'u1' });
    const result = await withClu.respond({ conversationId: 'r1', channel: 'webchat', userId: 'u1', text: 'this needs a pair of eyes from your side, not a script' });
    expect(calls).toEqual(['this needs a pair of eyes from your side, not a script']);
    expect(result.explanation.signals).toMatchObject({ agentRequest: true, recognized: { intent: 'agent_request', source: 'clu' } });
    expect(result.explanation.recognized).toEqual({ intent: 'agent_request', confidence: 0.93, source: 'clu' });
    expect(handoff.requests[0].reasons[0].evidence).toContain('recognizer (clu): agent_request 0.93');
  });

  test('the local recognizer is not asked again: the engine runs the same detectors and search itself', async () => {
    const calls: string[] = [];
    const local = createConversationRuntime({ store, knowledge, handoff, recognizer: recognizerSaying('local', 'agent_request', calls) });
    await store.ensure({ id: 'r2', channel: 'webchat', userId: 'u1' });
    const result = await local.respond({ conversationId: 'r2', channel: 'webchat', userId: 'u1', text: 'How do I return an item?' });
    expect(calls).toEqual([]);
    expect(result.replies[0].articleId).toBe('returns-start-en');
  });
});

test('the engine reads a redacted message without its placeholders; what it records keeps them', async () => {
  const effects: unknown[] = [];
  runtime = createConversationRuntime({ store, knowledge, handoff, onEffects: async (e) => void effects.push(...e) });
  // "[phone] [email]" alone would find the contact article; without the placeholders nothing is asked.
  const placeholdersOnly = await say('c-redacted', '[phone] [email]');
  expect(placeholdersOnly.explanation.articleId).toBeUndefined();
  await say('c-redacted-2', 'xyzzy plugh frobnicate [phone]');
  expect(effects).toEqual([expect.objectContaining({ type: 'unanswered', text: 'xyzzy plugh frobnicate [phone]' })]);
});
