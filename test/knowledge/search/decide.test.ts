import {
  decide,
  DEFAULT_THRESHOLDS,
  DecisionThresholdsSchema,
  type Decision,
  type SearchHit,
} from '../../../knowledge/search';

const hit = (articleId: string, score: number): SearchHit => ({ articleId, score });
const thresholds = { answer: 0.6, margin: 0.1, clarify: 0.3, choice: 0.1, maxChoices: 3 };

function chosenIds(decision: Decision): string[] {
  if (decision.kind === 'answer') return [decision.hit.articleId];
  if (decision.kind === 'clarify') return decision.choices.map((h) => h.articleId);
  return decision.best ? [decision.best.articleId] : [];
}

describe('decide', () => {
  // [case, hits (score per article), decision kind, rule, articles chosen]
  it.each<[string, Array<[string, number]>, string, string, string[]]>([
    ['no hits', [], 'fallback', 'no-hits', []],
    ['best below clarify', [['a', 0.2], ['b', 0.1]], 'fallback', 'below-clarify-threshold', ['a']],
    ['confident and clear lead', [['a', 0.9], ['b', 0.5]], 'answer', 'confident', ['a']],
    ['single confident hit', [['a', 0.65]], 'answer', 'confident', ['a']],
    ['close runner-up', [['a', 0.9], ['b', 0.85], ['c', 0.05]], 'clarify', 'close-runner-up', ['a', 'b']],
    [
      'between clarify and answer',
      [['a', 0.5], ['b', 0.4], ['c', 0.35], ['d', 0.31]],
      'clarify',
      'below-answer-threshold',
      ['a', 'b', 'c'],
    ],
    ['unsorted input', [['b', 0.4], ['a', 0.95]], 'answer', 'confident', ['a']],
    ['runner-ups below choice left out', [['a', 0.5], ['b', 0.12], ['c', 0.05]], 'clarify', 'below-answer-threshold', ['a', 'b']],
    ['a single choice', [['a', 0.45], ['b', 0.01]], 'clarify', 'below-answer-threshold', ['a']],
  ])('%s', (_name, scores, kind, rule, ids) => {
    const decision = decide(
      scores.map(([id, score]) => hit(id, score)),
      thresholds,
    );
    expect(decision.kind).toBe(kind);
    expect(decision.rule).toBe(rule);
    expect(chosenIds(decision)).toEqual(ids);
  });

  describe('in the clarify band, the message must be in scope', () => {
    // A message of four terms, `domainCoverage` of them known to the knowledge base (the rest unknown), as a search
    // reports it; without domainCoverage, as another search would (no term counts either).
    const explained = (articleId: string, score: number, coverage: number, similarity: number, domainCoverage?: number): SearchHit => ({
      articleId,
      score,
      explanation: {
        lunrScore: 1,
        nearestSimilarity: similarity,
        centroidSimilarity: similarity,
        relevance: score,
        coverage,
        matchedTerms: [],
        ...(domainCoverage === undefined ? {} : { domainCoverage, termCount: 4, unknownTerms: Math.round(4 * (1 - domainCoverage)) }),
      },
    });
    const withGate = { ...thresholds, inScope: 0.25, answerInScope: 0.5 };

    it('clarifies when the articles cover the message', () => {
      const decision = decide([explained('a', 0.5, 0.9, 0.5), explained('b', 0.35, 0.8, 0.4)], withGate);
      expect(decision).toMatchObject({ kind: 'clarify', rule: 'below-answer-threshold' });
    });

    it('declines as out of scope when no article covers it and its words are not the store\'s', () => {
      const decision = decide([explained('a', 0.5, 0.1, 0.1, 0.25), explained('b', 0.35, 0, 0.05, 0.25)], withGate);
      expect(decision).toMatchObject({ kind: 'fallback', rule: 'out-of-scope' });
    });

    it('answers a confident hit on a message in the store vocabulary', () => {
      expect(decide([explained('a', 0.95, 0.5, 0.3, 0.75)], withGate).kind).toBe('answer');
    });

    it('declines even a confident hit when the message is mostly outside the store vocabulary and like no article', () => {
      // "how do i return something to ikea": one word of an article, another shop's name.
      expect(decide([explained('a', 0.95, 0.1, 0.1, 0.1)], withGate)).toMatchObject({ kind: 'fallback', rule: 'out-of-scope' });
    });

    it('offers a confident hit as a choice when the message is only maybe in scope (answerInScope)', () => {
      const hits = [explained('a', 0.95, 0.3, 0.3, 0.75)];
      expect(decide(hits, withGate).kind).toBe('answer');
      expect(decide(hits, { ...withGate, answerInScope: 0.95 })).toMatchObject({ kind: 'clarify', rule: 'uncertain-scope', choices: [{ articleId: 'a' }] });
    });

    it('asks more of an answer in a language that has its own answer gate (answerInScopeByLanguage)', () => {
      const inLang = (lang?: 'en' | 'zh') => [{ ...explained('a', 0.95, 0.3, 0.3, 0.75), explanation: { ...explained('a', 0.95, 0.3, 0.3, 0.75).explanation!, ...(lang ? { lang } : {}) } }];
      const strictEnglish = { ...withGate, answerInScopeByLanguage: { en: 0.95 } };
      expect(decide(inLang('en'), strictEnglish)).toMatchObject({ kind: 'clarify', rule: 'uncertain-scope' });
      // Chinese, or a hit that does not say its language, keeps answerInScope.
      expect(decide(inLang('zh'), strictEnglish).kind).toBe('answer');
      expect(decide(inLang(), strictEnglish).kind).toBe('answer');
      expect(decide(inLang('en'), { ...strictEnglish, answerInScopeByLanguage: {} }).kind).toBe('answer');
    });

    it('offers, never answers, a confident hit that has none of the message\'s words (coverage 0)', () => {
      // "is this lamp safe": the privacy article's "is my data safe" is alike, but "safe" there is about data.
      const alike = explained('a', 0.95, 0, 0.3, 0.75);
      expect(decide([alike], withGate)).toMatchObject({ kind: 'clarify', rule: 'uncertain-scope', choices: [{ articleId: 'a' }] });
      expect(decide([explained('a', 0.95, 0.2, 0.3, 0.75)], withGate).kind).toBe('answer');
      // A message with no telling words at all (every one a filler) is not held against the hit.
      const noTerms = { ...alike, explanation: { ...alike.explanation!, termCount: 0 } };
      expect(decide([noTerms], withGate).kind).toBe('answer');
    });

    it('clarifies rather than declines a message the store vocabulary covers though no article does well', () => {
      const hits = [explained('a', 0.4, 0.4, 0.1, 1), explained('b', 0.3, 0.4, 0.05, 1)];
      expect(decide(hits, withGate).kind).toBe('clarify');
      // The same hits for a message of words the store never uses: declined.
      expect(decide(hits.map((h) => ({ ...h, explanation: { ...h.explanation!, domainCoverage: 0.25, unknownTerms: 3 } })), withGate).kind).toBe('fallback');
    });
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
