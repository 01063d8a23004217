import { decide, DEFAULT_THRESHOLDS, DecisionThresholdsSchema, type SearchHit } from '../../../knowledge/search';

const hit = (articleId: string, score: number): SearchHit => ({ articleId, score });
const thresholds = { answer: 0.6, margin: 0.1, clarify: 0.3, choice: 0.1, maxChoices: 3 };

describe('decide', () => {
  it.each<[string, SearchHit[], string, string, string[]]>([
    ['no hits', [], 'fallback', 'no-hits', []],
    ['best below clarify', [hit('a', 0.2), hit('b', 0.1)], 'fallback', 'below-clarify-threshold', ['a']],
    ['confident and clear lead', [hit('a', 0.9), hit('b', 0.5)], 'answer', 'confident', ['a']],
    ['single confident hit', [hit('a', 0.65)], 'answer', 'confident', ['a']],
    ['confident but close runner-up', [hit('a', 0.9), hit('b', 0.85), hit('c', 0.05)], 'clarify', 'close-runner-up', ['a', 'b']],
    ['between clarify and answer', [hit('a', 0.5), hit('b', 0.4), hit('c', 0.35), hit('d', 0.31)], 'clarify', 'below-answer-threshold', ['a', 'b', 'c']],
    ['unsorted input', [hit('b', 0.4), hit('a', 0.95)], 'answer', 'confident', ['a']],
    ['runner-ups below choice are not offered', [hit('a', 0.5), hit('b', 0.12), hit('c', 0.05)], 'clarify', 'below-answer-threshold', ['a', 'b']],
    ['a single choice when nothing else qualifies', [hit('a', 0.45), hit('b', 0.01)], 'clarify', 'below-answer-threshold', ['a']],
  ])('%s', (_name, hits, kind, rule, ids) => {
    const decision = decide(hits, thresholds);
    expect(decision.kind).toBe(kind);
    expect(decision.rule).toBe(rule);
    const chosen =
      decision.kind === 'answer' ? [decision.hit] : decision.kind === 'clarify' ? decision.choices : decision.best ? [decision.best] : [];
    expect(chosen.map((h) => h.articleId)).toEqual(ids);
  });

  it('offers at most maxChoices choices', () => {
    const hits = [hit('a', 0.5), hit('b', 0.5), hit('c', 0.5)];
    const decision = decide(hits, { ...thresholds, maxChoices: 2 });
    expect(decision.kind === 'clarify' && decision.choices.length).toBe(2);
  });

  it('uses DEFAULT_THRESHOLDS when none are given', () => {
    const justAbove = [hit('a', DEFAULT_THRESHOLDS.answer), hit('b', 0)];
    expect(decide(justAbove).kind).toBe(DEFAULT_THRESHOLDS.margin <= DEFAULT_THRESHOLDS.answer ? 'answer' : 'clarify');
    expect(decide([hit('a', DEFAULT_THRESHOLDS.clarify / 2)]).kind).toBe('fallback');
  });

  it.each([
    { answer: 1.5 },
    { clarify: -0.1 },
    { maxChoices: 4 },
    { maxChoices: 0 },
    { answer: 0.2, clarify: 0.5 },
    { clarify: 0.2, choice: 0.3 },
  ])(
    'rejects invalid thresholds %j',
    (bad) => {
      expect(() => decide([hit('a', 0.9)], bad)).toThrow();
      expect(DecisionThresholdsSchema.safeParse({ ...DEFAULT_THRESHOLDS, ...bad }).success).toBe(false);
    },
  );
});
