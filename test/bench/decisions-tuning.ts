/**
 * Fits the in-scope model (calibrate.ts) and the decision thresholds (decide.ts) on development data, never on the
 * rows a benchmark reports as held out:
 * - the demo store (Baton's own knowledge base) with realistic_dev's odd rows (answerable and out-of-scope), and
 *   CLINC150's oos_train questions asked of the same store (questions no store answers);
 * - CLINC150's tuning split (train: 80 questions per intent as the knowledge base, the other 20 asked; oos_train), so
 *   the model also holds on a knowledge base of another size and domain.
 * The decisions benchmark prints the fitted values beside the ones in use, so a drift between code and data shows.
 */
import { DEFAULT_CALIBRATION, inScopeFeatures, type LogisticModel } from '../../knowledge/search/calibrate';
import { decideWith, KnowledgeIndex, type DecisionThresholds, type SearchHit } from '../../knowledge/search';
import { clincTuningSplit } from './knowledge-clinc';
import { articlesFromIntents, round } from './knowledge-eval';
import { fitLogistic, type LogisticRow } from './knowledge-tuning';

export interface ScopeQuestion {
  /** Hits, best first. */
  hits: SearchHit[];
  /** Article ids that answer the question; empty when it is out of scope. */
  expected: string[];
  /** Where the question comes from (questions of each source weigh the same in total). */
  source: string;
}

export function scopeInputs(hits: readonly SearchHit[]) {
  return hits.map((hit) => ({
    confidence: hit.score,
    coverage: hit.explanation?.coverage ?? 0,
    nearest: hit.explanation?.nearestSimilarity ?? 0,
    centroid: hit.explanation?.centroidSimilarity ?? 0,
    domainCoverage: hit.explanation?.domainCoverage,
  }));
}

/** CLINC150's tuning split (knowledge-clinc.ts): its own knowledge base, 20 questions per intent and oos_train. */
export function clincScopeQuestions(): ScopeQuestion[] {
  const { tuningKb, tuningQuestions } = clincTuningSplit();
  const index = KnowledgeIndex.build(articlesFromIntents(tuningKb, 'en'));
  return tuningQuestions.map(({ text, label }) => ({
    hits: index.search(text, { limit: 10 }),
    expected: label === 'oos' ? [] : [label],
    source: 'clinc',
  }));
}

/**
 * In-scope model: logistic regression of "the message is about something the knowledge base covers" on
 * inScopeFeatures of its hits. Each source, and within it each class, weighs the same in total.
 */
export function fitInScope(questions: readonly ScopeQuestion[]): LogisticModel {
  const groups = new Map<string, ScopeQuestion[]>();
  for (const q of questions) {
    const key = `${q.source}/${q.expected.length > 0}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const rows: LogisticRow[] = [];
  for (const group of groups.values()) {
    for (const q of group) {
      rows.push({ x: inScopeFeatures(scopeInputs(q.hits)), y: q.expected.length > 0 ? 1 : 0, weight: 1000 / group.length });
    }
  }
  return fitLogistic(rows);
}

export interface DecisionOutcome {
  /** In-scope questions answered with a right article or offered one among the choices. */
  served: number;
  /** In-scope questions answered with a wrong article. */
  wrong: number;
  /** Out-of-scope questions declined outright (neither answered nor clarified). */
  outOfScopeDeclined: number;
  /** Out-of-scope questions answered with an article. */
  outOfScopeAnswered: number;
}

/** How decide() with these thresholds does on the questions (the in-scope model in use: DEFAULT_CALIBRATION's). */
export function decisionOutcome(questions: readonly ScopeQuestion[], thresholds: DecisionThresholds): DecisionOutcome {
  let inScope = 0;
  let outOfScope = 0;
  const counts = { served: 0, wrong: 0, declined: 0, answered: 0 };
  for (const { hits, expected } of questions) {
    const decision = decideWith(hits, thresholds);
    if (expected.length === 0) {
      outOfScope++;
      if (decision.kind === 'fallback') counts.declined++;
      if (decision.kind === 'answer') counts.answered++;
      continue;
    }
    inScope++;
    if (decision.kind === 'answer') {
      if (expected.includes(decision.hit.articleId)) counts.served++;
      else counts.wrong++;
    } else if (decision.kind === 'clarify' && decision.choices.some((c) => expected.includes(c.articleId))) counts.served++;
  }
  const share = (n: number, of: number) => round(n / Math.max(1, of), 3);
  return {
    served: share(counts.served, inScope),
    wrong: share(counts.wrong, inScope),
    outOfScopeDeclined: share(counts.declined, outOfScope),
    outOfScopeAnswered: share(counts.answered, outOfScope),
  };
}

/** The in-scope model the code ships, for comparison with a fit. */
export const IN_SCOPE_IN_USE = DEFAULT_CALIBRATION.inScope;
