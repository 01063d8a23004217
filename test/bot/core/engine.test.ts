import { handleTurn } from '../../../bot/core/engine';
import { EngineStateSchema, type EngineState, type TurnResult } from '../../../bot/core/turn';
import type { KnowledgeService } from '../../../knowledge';
import { demoKnowledge } from '../../support/demo-knowledge';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await demoKnowledge();
});

/** Plays a conversation: each customer line through the engine with the state the previous turn left. */
function play(lines: string[], locale?: string): TurnResult[] {
  let state: EngineState = EngineStateSchema.parse({});
  return lines.map((text) => {
    const result = handleTurn({ conversationId: 'c1', channel: 'test', userId: 'u1', text, locale }, state, { knowledge });
    state = result.state;
    return result;
  });
}

// [customer says, the bot's decision, the article it answers with (for answers)]
const answers: Array<[string, 'answer', string]> = [
  ['How do I return an item?', 'answer', 'returns-start-en'],
  ['i want to send back the shoes i bought', 'answer', 'returns-start-en'],
  ['where is my parcel', 'answer', 'orders-track-en'],
  ['I was charged twice for one order', 'answer', 'payments-double-charge-en'],
  ['forgot my password', 'answer', 'account-reset-password-en'],
  ['how long until I get my money back', 'answer', 'refunds-timing-en'],
  ['怎么退货？', 'answer', 'returns-start-zh'],
  ['我的快递到哪了', 'answer', 'orders-track-zh'],
  ['忘记密码了怎么办', 'answer', 'account-reset-password-zh'],
  ['可以分期付款吗', 'answer', 'payments-installments-zh'],
];

describe('engine answers from the knowledge base', () => {
  test.each(answers)('%s → %s %s', (customer, decision, articleId) => {
    const [turn] = play([customer]);
    expect(turn.explanation.decision).toBe(decision);
    expect(turn.replies[0].articleId).toBe(articleId);
    expect(turn.replies[0].text).toBe(knowledge.getPublished(articleId)!.answer);
    expect(turn.replies[0].lang).toBe(articleId.endsWith('-zh') ? 'zh' : 'en');
  });
});

describe('engine says honestly when it has no answer', () => {
  test.each([
    ['What is the airspeed velocity of an unladen swallow?', 'en', /don't have a good answer/],
    ['明天北京天气怎么样', 'zh', /没有找到合适的答案/],
  ])('%s', (customer, lang, reply) => {
    const [turn] = play([customer]);
    expect(turn.explanation.decision).toBe('fallback');
    expect(turn.replies[0].lang).toBe(lang);
    expect(turn.replies[0].text).toMatch(reply);
    expect(turn.replies[0].suggestedActions?.[0].action).toEqual({ type: 'talk-to-person' });
    expect(turn.effects).toEqual([expect.objectContaining({ type: 'unanswered', text: customer, lang })]);
  });

  test('two fallbacks in a row offer a person more firmly, and an answer resets the count', () => {
    const turns = play(['blorp fizzbuzz quux', 'zzzz qqqq wwww', 'How do I return an item?', 'blorp fizzbuzz quux']);
    expect(turns.map((t) => t.explanation.decision)).toEqual(['fallback', 'fallback', 'answer', 'fallback']);
    expect(turns.map((t) => t.state.consecutiveFailures)).toEqual([1, 2, 0, 1]);
    expect(turns[1].replies[0].text).toMatch(/A person from our team can help/);
    expect(turns[3].replies[0].text).not.toMatch(/A person from our team can help/);
  });
});

describe('small talk and empty input', () => {
  const table: Array<[string, RegExp]> = [
    ['hello', /store assistant/],
    ['你好', /智能助手/],
    ['thanks!', /welcome/],
    ['谢谢', /不客气/],
    ['   ', /type your question/],
  ];
  test.each(table)('%j', (customer, reply) => {
    const [turn] = play([customer]);
    expect(turn.replies[0].text).toMatch(reply);
    expect(turn.effects).toEqual([]);
  });
});

describe('button presses', () => {
  test('choosing an article from "did you mean" answers it', () => {
    const state = EngineStateSchema.parse({});
    const result = handleTurn(
      { conversationId: 'c', channel: 'test', userId: 'u', text: '', action: { type: 'choose-article', articleId: 'refunds-timing-en' } },
      state,
      { knowledge },
    );
    expect(result.replies[0]).toMatchObject({ kind: 'answer', articleId: 'refunds-timing-en' });
  });

  test('"not helpful" feedback counts as a failure and is reported as an effect', () => {
    const state = EngineStateSchema.parse({ consecutiveFailures: 1 });
    const result = handleTurn(
      { conversationId: 'c', channel: 'test', userId: 'u', text: '', action: { type: 'feedback', articleId: 'refunds-timing-en', helpful: false } },
      state,
      { knowledge },
    );
    expect(result.state.consecutiveFailures).toBe(2);
    expect(result.effects).toContainEqual({ type: 'feedback', articleId: 'refunds-timing-en', helpful: false });
  });
});
