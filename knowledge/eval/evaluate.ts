/**
 * The knowledge base's own regression test: labelled questions (`text,expected_article_id`; an empty id means the
 * bot should not answer) run through search and decision, scored as accuracy, mean reciprocal rank, how often the bot
 * answered, out-of-scope recall, and the article pairs it confuses most.
 */
import type { Decision, SearchHit } from '../search';
import { parseCsv } from '../transfer/csv';
import { ImportError, type ImportIssue } from '../transfer/import-issues';

export interface LabelledQuestion {
  line: number;
  text: string;
  /** null: out of scope, the bot should fall back. */
  expected: string | null;
}

export function parseLabelledQuestions(text: string): LabelledQuestion[] {
  const { records, issues } = parseCsv(text);
  const [header, ...rows] = records;
  const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const textAt = names.indexOf('text');
  const expectedAt = names.indexOf('expected_article_id');
  if (textAt < 0 || expectedAt < 0) {
    throw new ImportError([...issues, { line: header?.line ?? 1, message: 'the header must name the columns text,expected_article_id' }]);
  }
  const questions: LabelledQuestion[] = [];
  const problems: ImportIssue[] = [...issues];
  for (const row of rows) {
    const question = (row.fields[textAt] ?? '').trim();
    if (!question) {
      problems.push({ line: row.line, message: 'text is empty' });
      continue;
    }
    questions.push({ line: row.line, text: question, expected: (row.fields[expectedAt] ?? '').trim() || null });
  }
  if (problems.length) throw new ImportError(problems);
  return questions;
}

export interface Evaluation {
  questions: number;
  inScope: number;
  outOfScope: number;
  /** In-scope questions whose best hit is the expected article. */
  accuracy: number;
  /** In-scope questions the bot answers directly with the expected article. */
  answerAccuracy: number;
  /** Mean reciprocal rank of the expected article among the hits (0 when absent). */
  mrr: number;
  /** Share of in-scope questions the bot answers directly (right or wrong). */
  answerRate: number;
  /** Share of out-of-scope questions the bot does not answer. */
  outOfScopeRecall: number | null;
  confusedPairs: Array<{ expected: string; got: string; count: number }>;
  /** Questions whose best hit was wrong, first ones first. */
  misses: Array<{ line: number; text: string; expected: string | null; got: string | null; score: number | null; decision: Decision['kind'] }>;
}

export type Ranker = (text: string) => { hits: SearchHit[]; decision: Decision };

const ratio = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 10000) / 10000);

export function evaluate(questions: readonly LabelledQuestion[], rank: Ranker, options: { topPairs?: number; maxMisses?: number } = {}): Evaluation {
  let correctTop = 0;
  let correctAnswers = 0;
  let answered = 0;
  let reciprocal = 0;
  let declined = 0;
  const pairs = new Map<string, { expected: string; got: string; count: number }>();
  const misses: Evaluation['misses'] = [];
  const inScope = questions.filter((q) => q.expected !== null);

  for (const question of questions) {
    const { hits, decision } = rank(question.text);
    const best = hits[0]?.articleId ?? null;
    const answeredWith = decision.kind === 'answer' ? decision.hit.articleId : null;
    if (question.expected === null) {
      if (!answeredWith) declined++;
      else misses.push({ line: question.line, text: question.text, expected: null, got: answeredWith, score: decision.kind === 'answer' ? decision.hit.score : null, decision: decision.kind });
      continue;
    }
    const position = hits.findIndex((h) => h.articleId === question.expected);
    if (position >= 0) reciprocal += 1 / (position + 1);
    if (best === question.expected) correctTop++;
    if (answeredWith) answered++;
    if (answeredWith === question.expected) correctAnswers++;
    if (best !== question.expected) {
      if (best) {
        const key = `${question.expected}\u0000${best}`;
        const pair = pairs.get(key) ?? { expected: question.expected, got: best, count: 0 };
        pair.count++;
        pairs.set(key, pair);
      }
      misses.push({ line: question.line, text: question.text, expected: question.expected, got: best, score: hits[0]?.score ?? null, decision: decision.kind });
    }
  }
  const outOfScope = questions.length - inScope.length;
  return {
    questions: questions.length,
    inScope: inScope.length,
    outOfScope,
    accuracy: ratio(correctTop, inScope.length),
    answerAccuracy: ratio(correctAnswers, inScope.length),
    mrr: ratio(reciprocal, inScope.length),
    answerRate: ratio(answered, inScope.length),
    outOfScopeRecall: outOfScope ? ratio(declined, outOfScope) : null,
    confusedPairs: [...pairs.values()].sort((a, b) => b.count - a.count || (a.expected < b.expected ? -1 : 1)).slice(0, options.topPairs ?? 10),
    misses: misses.slice(0, options.maxMisses ?? 20),
  };
}
