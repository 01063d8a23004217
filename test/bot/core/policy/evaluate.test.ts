import { DEFAULT_POLICY, evaluatePolicy, PolicySchema, type TurnSignals } from '../../../../bot/core/policy';
import type { Complaint } from '../../../../bot/core/signals';

const calm: TurnSignals = {
  lang: 'en',
  sentiment: { label: 'neutral', score: 0, evidence: [] },
  emotion: { label: 'neutral', score: 0, strong: false, evidence: [] },
  agentRequest: false,
  complaintLevel: 'L3',
  complaintKind: null,
  complaints: [],
  amount: null,
  highValue: false,
  evidence: { agentRequest: [], complaint: [], amount: [] },
  skipped: [],
  rolling: { score: 0, label: 'neutral', negativeTurns: 0 },
  tier: null,
  repeatedFailure: false,
  repeatedProblem: false,
  context: { repeatedProblem: [] },
  recognized: null,
};

const complaining = (...complaints: Complaint[]): Partial<TurnSignals> => ({
  complaints,
  complaintKind: complaints[0].kind,
  complaintLevel: complaints[0].level,
  evidence: { ...calm.evidence, complaint: complaints.flatMap((c) => c.evidence) },
});
const upset = (score: number, negativeTurns = 1): Partial<TurnSignals> => ({
  sentiment: { label: 'negative', score, evidence: ['terrible'] },
  emotion: { label: 'negative', score, strong: score <= -0.65, evidence: ['terrible'] },
  rolling: { score, label: 'negative', negativeTurns },
});
const problem = complaining({ kind: 'service_failure', level: 'L2', evidence: ["hasn't arrived"] });

// [situation, signals, handoff?, level, reason codes]
const table: Array<[string, Partial<TurnSignals>, boolean, string | null, string[]]> = [
  ['an ordinary question', {}, false, null, []],
  ['a plain problem is answered, not handed off', problem, false, null, []],
  ['a complaint stated plainly is answered first', complaining({ kind: 'complaint', level: 'L2', evidence: ['complain'] }), false, null, []],
  ['a locked account is answered first', complaining({ kind: 'account_locked', level: 'L2', evidence: ['account is locked'] }), false, null, []],
  ['asks for a person', { agentRequest: true, evidence: { ...calm.evidence, agentRequest: ['talk to a person'] } }, true, 'L3', ['agent-request']],
  ['a safety incident', complaining({ kind: 'safety', level: 'L1', evidence: ['caught fire'] }), true, 'L1', ['safety']],
  ['a legal threat', complaining({ kind: 'legal', level: 'L1', evidence: ['lawyer'] }), true, 'L1', ['legal']],
  ['an account taken over', complaining({ kind: 'account_takeover', level: 'L1', evidence: ['hacked'] }), true, 'L1', ['account-takeover']],
  ['abuse', { ...complaining({ kind: 'abuse', level: 'L2', evidence: ['idiots'] }), emotion: { ...calm.emotion, strong: true } }, true, 'L2', ['abuse', 'strong-emotion']],
  ['contacted before about it', complaining({ kind: 'repeated_contact', level: 'L2', evidence: ['fourth time'] }), true, 'L2', ['repeated-contact']],
  ['the same problem after the answer', { ...problem, repeatedProblem: true, context: { repeatedProblem: ['still', 'after the answer shipping-delayed-en'] } }, true, 'L2', ['repeated-problem']],
  ['mildly upset once', upset(-0.4), false, null, []],
  ['strongly upset once', upset(-0.8), true, 'L2', ['strong-emotion']],
  ['upset twice', upset(-0.4, 2), true, 'L2', ['upset-twice']],
  ['a high amount', { amount: { value: 600000, currency: 'CNY' }, highValue: true, evidence: { ...calm.evidence, amount: ['60万'] } }, true, 'L2', ['high-value']],
  ['the bot failed twice', { repeatedFailure: true }, true, 'L2', ['repeated-failure']],
  ['a VIP asking for a person is raised to L2', { tier: 'vip', agentRequest: true }, true, 'L2', ['agent-request', 'tier-raise']],
  ['a VIP strongly upset is L1', { tier: 'vip', ...upset(-0.7) }, true, 'L1', ['vip-strong-emotion', 'strong-emotion']],
  ['a VIP with a plain problem is answered', { tier: 'vip', ...problem }, false, null, []],
  ['a safety incident while asking for a person stays L1 with both reasons', { ...complaining({ kind: 'safety', level: 'L1', evidence: ['smoke'] }), agentRequest: true }, true, 'L1', ['safety', 'agent-request']],
];

test.each(table)('%s', (_situation, overrides, handoff, level, codes) => {
  const outcome = evaluatePolicy({ ...calm, ...overrides }, DEFAULT_POLICY);
  expect(outcome.handoff).toBe(handoff);
  expect(outcome.level).toBe(level);
  expect(outcome.reasons.map((r) => r.code)).toEqual(codes);
});

test('reasons carry the evidence that fired them', () => {
  const outcome = evaluatePolicy({ ...calm, amount: { value: 5e5, currency: 'CNY' }, highValue: true, evidence: { ...calm.evidence, amount: ['50万'] } }, DEFAULT_POLICY);
  expect(outcome.reasons).toEqual([{ code: 'high-value', detail: expect.any(String), evidence: ['50万'] }]);
  const abuse = evaluatePolicy(
    { ...calm, ...complaining({ kind: 'abuse', level: 'L2', evidence: ['idiots'] }, { kind: 'service_failure', level: 'L2', evidence: ['damaged'] }) },
    DEFAULT_POLICY,
  );
  // Each reason quotes its own kind's words, not every complaint's.
  expect(abuse.reasons).toEqual([{ code: 'abuse', detail: expect.any(String), evidence: ['idiots'] }]);
  const repeated = evaluatePolicy({ ...calm, ...problem, repeatedProblem: true, context: { repeatedProblem: ['still', 'after the answer x'] } }, DEFAULT_POLICY);
  expect(repeated.reasons[0].evidence).toEqual(['still', 'after the answer x']);
});

test('the category follows what the message complains of when the deciding rule names none', () => {
  expect(evaluatePolicy({ ...calm, ...problem, repeatedProblem: true }, DEFAULT_POLICY).category).toBe('after-sales');
  expect(evaluatePolicy({ ...calm, ...problem, agentRequest: true }, DEFAULT_POLICY).category).toBe('after-sales');
  expect(evaluatePolicy({ ...calm, agentRequest: true }, DEFAULT_POLICY).category).toBe('inquiry');
  expect(evaluatePolicy({ ...calm, highValue: true }, DEFAULT_POLICY).category).toBe('inquiry');
  expect(evaluatePolicy({ ...calm, ...complaining({ kind: 'safety', level: 'L1', evidence: ['fire'] }) }, DEFAULT_POLICY).category).toBe('complaint');
});

test('upset customers get an apology first; safety and legal their own, with no article; a plain agent request none', () => {
  expect(evaluatePolicy({ ...calm, ...upset(-0.8) }, DEFAULT_POLICY)).toMatchObject({ empathize: true, reply: 'empathy', withArticle: true });
  expect(evaluatePolicy({ ...calm, agentRequest: true }, DEFAULT_POLICY)).toMatchObject({ empathize: false, reply: null, withArticle: true });
  const safety = evaluatePolicy({ ...calm, ...upset(-0.8), ...complaining({ kind: 'safety', level: 'L1', evidence: ['fire'] }) }, DEFAULT_POLICY);
  expect(safety).toMatchObject({ reply: 'safety', withArticle: false });
  expect(evaluatePolicy({ ...calm, ...complaining({ kind: 'legal', level: 'L1', evidence: ['sue'] }) }, DEFAULT_POLICY)).toMatchObject({ reply: 'legal', withArticle: false });
});

describe('PolicySchema rejects rule sets an admin could get wrong', () => {
  test.each([
    [{ rules: [{ id: 'x1', when: {}, then: { handoff: true, level: 'L2' } }] }, /at least one condition/],
    [{ rules: [{ id: 'x1', when: { moon: 'full' }, then: { handoff: true, level: 'L2' } }] }, /moon/],
    [{ rules: [{ id: 'x1', when: { agentRequest: true }, then: { handoff: true, level: 'L9' } }] }, /level/],
    [{ rules: [{ id: 'x1', when: { complaintKind: 'grumpy' }, then: { handoff: true, level: 'L2' } }] }, /complaintKind/],
    [{ rules: [{ id: 'x1', when: { agentRequest: true }, then: { handoff: true, level: 'L2', reply: 'sing' } }] }, /reply/],
    [{ rules: [{ id: 'Bad Id', when: { agentRequest: true }, then: { handoff: true, level: 'L2' } }] }, /lowercase/],
    [{ rules: [], highValueThresholds: { usd: 100 } }, /ISO 4217/],
    [
      { rules: [1, 2].map(() => ({ id: 'same', when: { agentRequest: true }, then: { handoff: true, level: 'L2' } })) },
      /used twice/,
    ],
  ])('%j', (policy, message) => {
    const result = PolicySchema.safeParse(policy);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toMatch(message);
  });

  test('the default policy round-trips through JSON', () => {
    expect(PolicySchema.parse(JSON.parse(JSON.stringify(DEFAULT_POLICY)))).toEqual(DEFAULT_POLICY);
  });

  test('a policy saved before per-currency thresholds still loads, with the defaults for them', () => {
    const saved = { rules: [{ id: 'agent-request', when: { agentRequest: true }, then: { handoff: true, level: 'L3', category: 'inquiry' } }], highValueThreshold: 500000 };
    expect(PolicySchema.parse(saved)).toMatchObject({ highValueThreshold: 500000, highValueThresholds: { USD: 20000, CNY: 200000 } });
    // A policy saved before costly orders were read gets their figures too.
    expect(PolicySchema.parse(saved)).toMatchObject({ costlyOrderThreshold: 40000, costlyOrderThresholds: { USD: 1500, CNY: 5000 } });
  });
});
