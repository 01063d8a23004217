/**
 * No customer message can hold the event loop: generated hostile messages of up to 4,000 characters (the longest a
 * channel accepts) go through every detector, the local recognizer, the knowledge search and whole turns. The bound
 * asserted is far above what a detector takes (well under a millisecond; `npm run bench` prints the figures) and far
 * below what catastrophic backtracking costs (seconds): it catches the bug, not a slow machine.
 */
import { handleTurn } from '../../../bot/core/engine';
import { normalizeText } from '../../../bot/core/normalize';
import { redactPersonalData } from '../../../bot/core/redact';
import {
  analyzeMessage,
  DETECTOR_BUDGET_MS,
  processCpuMs,
  analyzeSentiment,
  detectAgentRequest,
  detectComplaintLevel,
  detectHighValue,
  detectLanguage,
  detectRepeatedProblem,
  parseMoneyAmounts,
} from '../../../bot/core/signals';
import { lodgedComplaint } from '../../../bot/core/signals/lodged-complaint';
import { unmaskProfanity } from '../../../bot/core/signals/profanity';
import { foldRequestHomophones } from '../../../bot/core/signals/request-homophones';
import { respellKeyWords } from '../../../bot/core/signals/respell';
import { detectSmallTalk, detectWholeMessageSmallTalk } from '../../../bot/core/small-talk';
import { EngineStateSchema } from '../../../bot/core/turn';
import { createLocalRecognizer } from '../../../bot/recognizers';
import type { KnowledgeService } from '../../../knowledge';
import { demoKnowledge } from '../../support/demo-knowledge';
import { hostileMessages } from '../../support/hostile-text';

// Generous: a loaded 2-core CI machine runs several test workers at once; catastrophic backtracking takes seconds.
const BOUND_MS = 1000;
const MESSAGES = hostileMessages(120, 20261203);

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await demoKnowledge();
});

function slowest(run: (text: string) => unknown): { ms: number; text: string } {
  let worst = { ms: 0, text: '' };
  for (const text of MESSAGES) {
    const started = performance.now();
    run(text);
    const ms = performance.now() - started;
    if (ms > worst.ms) worst = { ms, text };
  }
  return worst;
}

const detectors: Array<[string, (text: string) => unknown]> = [
  ['normalizeText', normalizeText],
  ['detectLanguage', (t) => detectLanguage(t)],
  ['detectSmallTalk', detectSmallTalk],
  ['analyzeSentiment en', (t) => analyzeSentiment(t, 'en')],
  ['analyzeSentiment zh', (t) => analyzeSentiment(t, 'zh')],
  ['detectAgentRequest en', (t) => detectAgentRequest(t, 'en')],
  ['detectAgentRequest zh', (t) => detectAgentRequest(t, 'zh')],
  ['lodgedComplaint en', (t) => lodgedComplaint(t, 'en')],
  ['lodgedComplaint zh', (t) => lodgedComplaint(t, 'zh')],
  ['detectComplaintLevel en', (t) => detectComplaintLevel(t, 'en')],
  ['detectComplaintLevel zh', (t) => detectComplaintLevel(t, 'zh')],
  ['parseMoneyAmounts', (t) => parseMoneyAmounts(t)],
  ['detectHighValue', (t) => detectHighValue(t, 500_000)],
  ['redactPersonalData', redactPersonalData],
  ['analyzeMessage', (t) => analyzeMessage(t)],
  ['unmaskProfanity', unmaskProfanity],
  ['respellKeyWords', (t) => respellKeyWords(t.toLowerCase())],
  ['foldRequestHomophones', foldRequestHomophones],
  ['detectWholeMessageSmallTalk', detectWholeMessageSmallTalk],
  [
    'detectRepeatedProblem',
    (t) => detectRepeatedProblem(t, analyzeMessage(t), { articleId: 'a', evidence: ['broken'], turnsAgo: 0 }, 'a'),
  ],
];

describe('hostile customer messages', () => {
  it('are long and repetitive, as an attacker would write them', () => {
    expect(MESSAGES.length).toBe(120);
    expect(Math.max(...MESSAGES.map((m) => m.length))).toBeGreaterThan(3500);
    expect(MESSAGES.every((m) => m.length <= 4000)).toBe(true);
  });

  it.each(detectors)('%s stays fast on every one', (_name, detect) => {
    expect(slowest(detect).ms).toBeLessThan(BOUND_MS);
  });

  it('the message that froze the server is read at once, and still asks for a person', () => {
    for (const repeats of [27, 1999]) {
      const attack = '找' + '你们'.repeat(repeats) + 'x';
      const started = performance.now();
      detectAgentRequest(attack, 'zh');
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
    }
    expect(detectAgentRequest('找你们的客服', 'zh').requested).toBe(true);
    expect(detectAgentRequest('找一下你们客服', 'zh').requested).toBe(true);
  });

  // The clause readings (signals/person-request.ts) look at every person word of every clause: clauses just under
  // their length limits, packed with person words and cues, are the worst case they can meet.
  it.each([
    ['en', 'can a real human agent person please someone real staff manager now get me want need talk '.repeat(60)],
    ['en', 'human, '.repeat(570)],
    ['zh', '让客服人工真人专人经理主管找要转接叫请在吗，'.repeat(190)],
    ['zh', '人'.repeat(4000)],
    ['zh', '你是真人吗'.repeat(800)],
    ['en', 'my son got a rash fever blisters swollen battery bulging toddler fell '.repeat(55)],
    ['zh', '起了好多红疹发烧头晕想吐都吐了电池鼓包孩子摔下来'.repeat(160)],
    // Typos, homophones, masks and call-backs: every word a near key word, every pair a near request word.
    ['en', 'conect agnet hooman supervsor represntative f***ing $h!t sh1t call me back give me a call '.repeat(45)],
    ['en', '$!$!$!@#'.repeat(500) + 'a'],
    ['zh', '转人公真仁人宫客户打电话给我回电给我安排人工机械人听不明找返个人烂晒'.repeat(110)],
    ['zh', 'f**k wtf 烂晒了'.repeat(300)],
  ] as const)('packed person words and symptoms (%s) are read at once', (lang, packed) => {
    const text = packed.slice(0, 4000);
    for (const detect of [() => detectAgentRequest(text, lang), () => detectComplaintLevel(text, lang), () => analyzeMessage(text, { lang })]) {
      const started = performance.now();
      detect();
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
    }
  });

  it('the local recognizer stays fast on every one', () => {
    const recognizer = createLocalRecognizer(knowledge);
    expect(slowest((t) => recognizer.recognizeSync(t, { lang: detectLanguage(t) })).ms).toBeLessThan(BOUND_MS);
  });

  it('a whole turn (signals, search, policy, reply) stays fast on every one', () => {
    const state = EngineStateSchema.parse({});
    const worst = slowest((text) => handleTurn({ conversationId: 'c', channel: 'test', userId: 'u', text }, state, { knowledge }));
    expect(worst.ms).toBeLessThan(BOUND_MS);
  });
});

// Word tables are object literals and parsed JSON: a lookup that is not an own-property test also finds what every
// object inherits. "constructor" once threw in the middle of a turn and "toString" turned a sentiment score into NaN.
const INHERITED_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe('words every JavaScript object inherits', () => {
  const messages = INHERITED_NAMES.flatMap((name) => [
    name,
    `my ${name} kit arrived broken`,
    `I want a ${name} now!! this is the third time`,
    `I paid ${name} dollars for two ${name} and one hundred ${name}`,
    `我的${name}订单还没到，${name}坏了`,
    `${name} 退貨 幾時到`,
  ]);

  it.each(['en', 'zh'] as const)('are read as words in %s: no detector throws and every score is a finite number', (lang) => {
    for (const text of messages) {
      const signals = analyzeMessage(text, { lang });
      expect(Number.isFinite(signals.sentiment.score)).toBe(true);
      expect(signals.sentiment.evidence.every((word) => typeof word === 'string')).toBe(true);
      expect(typeof detectAgentRequest(text, lang).requested).toBe('boolean');
      parseMoneyAmounts(text).forEach((amount) => expect(Number.isFinite(amount.value)).toBe(true));
    }
  });

  it('go through whole turns and the local recognizer without an error', () => {
    const recognizer = createLocalRecognizer(knowledge);
    const state = EngineStateSchema.parse({});
    for (const text of messages) {
      expect(() => recognizer.recognizeSync(text, { lang: detectLanguage(text) })).not.toThrow();
      const result = handleTurn({ conversationId: 'c', channel: 'test', userId: 'u', text }, state, { knowledge });
      // A handoff's reply is sent by the handoff effect; any reply the engine writes is text a person can read.
      expect(result.replies.length + result.effects.length).toBeGreaterThan(0);
      expect(result.replies.every((reply) => typeof reply.text === 'string' && !/\[object|NaN|undefined/.test(reply.text))).toBe(true);
    }
  });
});

describe('the detectors share a time budget', () => {
  test('skips the detectors still to run once the budget is spent, most consequential first', () => {
    let now = 0;
    // Each reading of the clock moves it past the budget: the budget is spent before the sentiment is read.
    const signals = analyzeMessage('the charger caught fire, I want a person, I paid $900 and I am furious', {
      lang: 'en',
      clock: () => (now += DETECTOR_BUDGET_MS + 10),
    });
    expect(signals.complaintLevel).toBe('L1');
    expect(signals.agentRequest).toBe(true);
    expect(signals.amount).toEqual({ value: 900, currency: 'USD' });
    expect(signals.skipped).toEqual(['sentiment']);
  });

  test('complaints, agent requests and amounts are read even when the clock says the budget is gone (a starved machine)', () => {
    let now = 0;
    const signals = analyzeMessage('the charger caught fire, I want a person, I paid $900 and I am furious', {
      lang: 'en',
      clock: () => (now += 1000),
    });
    expect(signals).toMatchObject({ complaintLevel: 'L1', complaintKind: 'safety', agentRequest: true, amount: { value: 900, currency: 'USD' } });
    expect(signals.sentiment).toEqual({ label: 'neutral', score: 0, evidence: [] });
    expect(signals.skipped).toEqual(['sentiment']);
  });

  test('the budget counts work, not waiting: time spent off the CPU (a busy machine, a blocked thread) does not spend it', () => {
    // The process's own CPU time counts its helper threads too: after the heavy tests above, V8 may still be collecting
    // garbage or compiling on them. Let that settle first, so that only the waiting below is measured.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    const before = processCpuMs();
    const wallBefore = performance.now();
    // Blocks this thread for 400 ms (eight budgets) without running anything: the wall clock moves, this process's CPU
    // time hardly (its other threads — the collector, the compiler — may still run a little, more on a loaded machine).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 8 * DETECTOR_BUDGET_MS);
    const wall = performance.now() - wallBefore;
    expect(wall).toBeGreaterThanOrEqual(8 * DETECTOR_BUDGET_MS - 1);
    expect(processCpuMs() - before).toBeLessThan(wall / 2);
  });

  test('runs every detector when time allows', () => {
    const signals = analyzeMessage('I paid $900 and want a person', { lang: 'en' });
    expect(signals.skipped).toEqual([]);
    expect(signals.amount).toEqual({ value: 900, currency: 'USD' });
  });
});
