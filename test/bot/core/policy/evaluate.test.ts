import { DEFAULT_POLICY, evaluatePolicy, PolicySchema, type TurnSignals } from '../../../../bot/core/policy';

const calm: TurnSignals = {
  sentiment: { label: 'neutral', score: 0, evidence: [] },
  rolling: { score: 0, label: 'neutral', negativeTurns: 0 },
  agentRequest: false,
  agentRequestEvidence: [],
  complaintLevel: null,
  complaintKind: null,
  complaintEvidence: [],
  amount: null,
  highValue: false,
  amountEvidence: [],
  tier: null,
  repeatedFailure: false,
};
const negative = (score: number, negativeTurns = 1) => ({
  sentiment: { label: 'negative' as const, score, evidence: ['terrible'] },
  rolling: { score, label: 'negative' as const, negativeTurns },
});

// [situation, signals, handoff?, level, reason codes]
const table: Array<[string, Partial<TurnSignals>, boolean, string | null, string[]]> = [
  ['an ordinary question', {}, false, null, []],
  ['asks for a person', { agentRequest: true, agentRequestEvidence: ['talk to a person'] }, true, 'L3', ['agent-request']],
  ['a safety incident', { complaintLevel: 'L1', complaintKind: 'safety', complaintEvidence: ['caught fire'] }, true, 'L1', ['safety-or-legal']],
  ['a complaint', { complaintLevel: 'L2', complaintKind: 'complaint', complaintEvidence: ['complaint'] }, true, 'L2', ['complaint']],
  ['mildly negative once', negative(-0.3), false, null, []],
  ['strongly negative once', negative(-0.8), true, 'L2', ['strong-negative']],
  ['negative twice', negative(-0.3, 2), true, 'L2', ['negative-twice']],
  ['a high amount', { amount: { value: 600000, currency: 'CNY' }, highValue: true, amountEvidence: ['60万'] }, true, 'L2', ['high-value']],
  ['the bot failed twice', { repeatedFailure: true }, true, 'L2', ['repeated-failure']],
  ['a VIP asking for a person is raised to L2', { tier: 'vip', agentRequest: true }, true, 'L2', ['agent-request', 'tier-raise']],
  ['a VIP strongly negative is L1', { tier: 'vip', ...negative(-0.7) }, true, 'L1', ['vip-strong-negative', 'strong-negative']],
  ['a safety incident while asking for a person stays L1 with both reasons', { complaintLevel: 'L1', agentRequest: true }, true, 'L1', ['safety-or-legal', 'agent-request']],
];

test.each(table)('%s', (_situation, overrides, handoff, level, codes) => {
  const outcome = evaluatePolicy({ ...calm, ...overrides }, DEFAULT_POLICY);
  expect(outcome.handoff).toBe(handoff);
  expect(outcome.level).toBe(level);
  expect(outcome.reasons.map((r) => r.code)).toEqual(codes);
});

test('reasons carry the evidence that fired them', () => {
  const outcome = evaluatePolicy({ ...calm, amount: { value: 5e5, currency: 'CNY' }, highValue: true, amountEvidence: ['50万'] }, DEFAULT_POLICY);
  expect(outcome.reasons).toEqual([{ code: 'high-value', detail: expect.any(String), evidence: ['50万'] }]);
  expect(outcome.category).toBe('after-sales');
});

test('upset customers get an apology first; a plain agent request does not', () => {
  expect(evaluatePolicy({ ...calm, ...negative(-0.8) }, DEFAULT_POLICY).empathize).toBe(true);
  expect(evaluatePolicy({ ...calm, agentRequest: true }, DEFAULT_POLICY).empathize).toBe(false);
});

describe('PolicySchema rejects rule sets an admin could get wrong', () => {
  test.each([
    [{ rules: [{ id: 'x1', when: {}, then: { handoff: true, level: 'L2' } }] }, /at least one condition/],
    [{ rules: [{ id: 'x1', when: { moon: 'full' }, then: { handoff: true, level: 'L2' } }] }, /moon/],
    [{ rules: [{ id: 'x1', when: { agentRequest: true }, then: { handoff: true, level: 'L9' } }] }, /level/],
    [{ rules: [{ id: 'Bad Id', when: { agentRequest: true }, then: { handoff: true, level: 'L2' } }] }, /lowercase/],
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
});
