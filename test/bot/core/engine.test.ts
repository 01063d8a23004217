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
  ['how do i send back an item', 'answer', 'returns-start-en'],
  ['where is my parcel', 'answer', 'orders-track-en'],
  // The commonest problem statement, answered (not handed off, not a choice among wrong items).
  ["my order hasn't arrived", 'answer', 'shipping-delayed-en'],
  ['还没收到货', 'answer', 'shipping-delayed-zh'],
  ['what payment methods do you take', 'answer', 'payments-methods-en'],
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
  // [customer says, language, reply, reported to editors as unanswered]
  test.each([
    ['What is the airspeed velocity of an unladen swallow?', 'en', /not something I can help with/, true],
    ['明天北京天气怎么样', 'zh', /帮不上忙/, true],
  ])('%s', (customer, lang, reply, unanswered) => {
    const [turn] = play([customer]);
    expect(turn.replies).toHaveLength(1);
    expect(turn.replies[0].articleId).toBeUndefined();
    expect(turn.replies[0].lang).toBe(lang);
    expect(turn.replies[0].text).toMatch(reply);
    expect(turn.replies[0].suggestedActions?.at(-1)?.action).toEqual({ type: 'talk-to-person' });
    expect(turn.effects).toEqual(unanswered ? [expect.objectContaining({ type: 'unanswered', text: customer, lang })] : []);
  });

  test('two unhelpful answers in a row hand the customer to a person (L2), and an answer resets the count', () => {
    const turns = play(['blorp fizzbuzz quux', 'How do I return an item?', 'blorp fizzbuzz quux', 'zzzz qqqq wwww']);
    expect(turns.map((t) => t.explanation.decision)).toEqual(['fallback', 'answer', 'fallback', 'handoff']);
    expect(turns[3].explanation.level).toBe('L2');
    expect(turns[3].effects).toContainEqual(expect.objectContaining({ type: 'handoff', level: 'L2', reasons: [expect.objectContaining({ code: 'repeated-failure' })] }));
    // The gap is still reported to editors.
    expect(turns[3].effects).toContainEqual(expect.objectContaining({ type: 'unanswered', text: 'zzzz qqqq wwww' }));
  });
});

// [customer says, level, the rule that decides, bot's first reply (when it says something before the queue status)]
const handoffs: Array<[string, string, string, RegExp | null]> = [
  ['I want to talk to a person', 'L3', 'agent-request', null],
  ['转人工', 'L3', 'agent-request', null],
  ['my phone charger caught fire and burned my hand', 'L1', 'safety', /emergency/],
  ['我要起诉你们', 'L1', 'legal', /资深同事/],
  ['stupid bot, you are all useless', 'L2', 'abuse', /really sorry/],
  ['This is the worst service ever, absolutely unacceptable!!!', 'L2', 'strong-emotion', /really sorry/],
  ['I need to discuss an order of $650,000 for my company', 'L2', 'high-value', null],
];

describe('the policy hands upset, urgent, high-value and asking customers to a person', () => {
  test.each(handoffs)('%s → %s (%s)', (customer, level, rule, firstReply) => {
    const [turn] = play([customer]);
    expect(turn.explanation.decision).toBe('handoff');
    expect(turn.explanation.level).toBe(level);
    const handoff = turn.effects.find((e) => e.type === 'handoff');
    expect(handoff).toMatchObject({ type: 'handoff', level, text: customer });
    expect(handoff!.type === 'handoff' && handoff!.reasons.map((r) => r.code)).toContain(rule);
    if (firstReply) expect(turn.replies[0].text).toMatch(firstReply);
    expect(turn.explanation.signals).toBeDefined();
  });

  test('a service failure stated plainly gets the answer, not a person', () => {
    const [turn] = play(['I was charged twice for one order']);
    expect(turn.explanation.decision).toBe('answer');
    expect(turn.replies.map((r) => r.articleId)).toContain('payments-double-charge-en');
    expect(turn.effects.filter((e) => e.type === 'handoff')).toEqual([]);
  });

  test('a message that merely mentions a person is answered, not handed off', () => {
    const [turn] = play(['the delivery agent left my parcel in the rain, where is my order now?']);
    expect(turn.explanation.signals!.agentRequest).toBe(false);
  });

  test('negative twice in a row hands off on the second message', () => {
    const turns = play(['my refund still has not arrived, this is annoying', 'still nothing, I am really disappointed']);
    expect(turns[1].explanation.decision).toBe('handoff');
    expect(turns[1].explanation.level).toBe('L2');
  });

  test('a VIP asking for a person is raised to L2', () => {
    const result = handleTurn(
      { conversationId: 'c', channel: 'test', userId: 'u', text: 'agent please', customerTier: 'vip' },
      EngineStateSchema.parse({}),
      { knowledge },
    );
    expect(result.explanation.level).toBe('L2');
  });

  test('while queued, the bot still answers questions', () => {
    const result = handleTurn(
      { conversationId: 'c', channel: 'test', userId: 'u', text: 'How do I return an item?', queued: true },
      EngineStateSchema.parse({}),
      { knowledge },
    );
    expect(result.replies[0]).toMatchObject({ kind: 'answer', articleId: 'returns-start-en' });
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

  test('"talk to a person" asks for a handoff at L3', () => {
    const result = handleTurn(
      { conversationId: 'c', channel: 'test', userId: 'u', text: '', action: { type: 'talk-to-person' } },
      EngineStateSchema.parse({}),
      { knowledge },
    );
    expect(result.effects).toEqual([expect.objectContaining({ type: 'handoff', level: 'L3', category: 'inquiry' })]);
  });

  test('a survey score is recorded and the next text is taken as its comment', () => {
    const scored = handleTurn(
      { conversationId: 'c', channel: 'test', userId: 'u', text: '4', action: { type: 'survey', ticketId: 'T-20261122-0001', score: 4 } },
      EngineStateSchema.parse({}),
      { knowledge },
    );
    expect(scored.effects).toEqual([{ type: 'survey', ticketId: 'T-20261122-0001', score: 4, nps: undefined }]);
    const comment = handleTurn({ conversationId: 'c', channel: 'test', userId: 'u', text: 'Anna was very helpful' }, scored.state, { knowledge });
    expect(comment.effects).toEqual([{ type: 'survey', ticketId: 'T-20261122-0001', comment: 'Anna was very helpful' }]);
    expect(comment.state.awaitingSurveyComment).toBeUndefined();
    // A question instead of a comment is answered as a question.
    const question = handleTurn({ conversationId: 'c', channel: 'test', userId: 'u', text: 'How do I return an item?' }, scored.state, { knowledge });
    expect(question.effects.filter((e) => e.type === 'survey')).toEqual([]);
    expect(question.replies[0]).toMatchObject({ kind: 'answer', articleId: 'returns-start-en' });
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
