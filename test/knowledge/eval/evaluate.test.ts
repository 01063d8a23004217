import { evaluate, parseLabelledQuestions, type Decision, type SearchHit } from '../../../knowledge';

const hit = (articleId: string, score: number): SearchHit => ({ articleId, score });
// A ranker scripted per question: [hits best first, the decision].
const script: Record<string, [SearchHit[], Decision['kind']]> = {
  'return item': [[hit('returns', 0.9), hit('refunds', 0.2)], 'answer'],
  'money back': [[hit('returns', 0.5), hit('refunds', 0.45)], 'clarify'],
  'where parcel': [[hit('tracking', 0.8)], 'answer'],
  'weather today': [[hit('tracking', 0.1)], 'fallback'],
  'tell a joke': [[hit('returns', 0.7)], 'answer'],
};
const rank = (text: string) => {
  const [hits, kind] = script[text];
  const decision: Decision =
    kind === 'answer' ? { kind, hit: hits[0], rule: 'confident' } : kind === 'clarify' ? { kind, choices: hits, rule: 'close' } : { kind, rule: 'low' };
  return { hits, decision };
};

test('scores accuracy, MRR, answer rate, out-of-scope recall and confused pairs', () => {
  const questions = parseLabelledQuestions(
    'text,expected_article_id\nreturn item,returns\nmoney back,refunds\nwhere parcel,tracking\nweather today,\ntell a joke,\n',
  );
  const result = evaluate(questions, rank);
  expect(result).toMatchObject({
    questions: 5,
    inScope: 3,
    outOfScope: 2,
    accuracy: 0.6667,
    answerAccuracy: 0.6667,
    mrr: 0.8333,
    answerRate: 0.6667,
    outOfScopeRecall: 0.5,
    confusedPairs: [{ expected: 'refunds', got: 'returns', count: 1 }],
  });
  expect(result.misses.map((m) => m.line)).toEqual([3, 6]);
});

test('a file without the right header is refused with its line', () => {
  expect(() => parseLabelledQuestions('question,answer\nx,y\n')).toThrow(/line 1: the header must name the columns text,expected_article_id/);
});
