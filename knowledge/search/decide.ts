/**
 * What the bot does with search hits: answer the best one, ask which of a few was meant, or say it does not know.
 * Every decision names the rule that produced it so the editor's test box can show why.
 */
import { DecisionThresholdsSchema, type DecisionThresholds } from './schemas';
import type { SearchHit } from './search-hit';

/**
 * Tuned on CLINC150's train and oos_train splits, never on the split the benchmark reports (test/bench/
 * knowledge-tuning.ts): the most in-scope questions answered right while ≥ 75 % of out-of-scope ones fall back, then
 * the most clarifications offering the right article net of wrong answers. They assume DEFAULT_CALIBRATION.
 */
export const DEFAULT_THRESHOLDS: DecisionThresholds = Object.freeze({
  answer: 0.55,
  margin: 0.1,
  clarify: 0.55,
  choice: 0.02,
  maxChoices: 3,
});

export type Decision =
  | { kind: 'answer'; hit: SearchHit; rule: string }
  | { kind: 'clarify'; choices: SearchHit[]; rule: string }
  | { kind: 'fallback'; best?: SearchHit; rule: string };

export function resolveThresholds(overrides: Partial<DecisionThresholds> = {}): DecisionThresholds {
  return DecisionThresholdsSchema.parse({ ...DEFAULT_THRESHOLDS, ...overrides });
}

/** Decides on hits (any order; `KnowledgeIndex.search` returns them best first). Thresholds are validated. */
export function decide(hits: readonly SearchHit[], thresholds: Partial<DecisionThresholds> = {}): Decision {
  return decideWith(hits, resolveThresholds(thresholds));
}

/** decide() with thresholds already validated (for tuning loops that try thousands of them). */
export function decideWith(hits: readonly SearchHit[], t: DecisionThresholds): Decision {
  const ranked = [...hits].sort((a, b) => b.score - a.score);
  const [best, runnerUp] = ranked;
  if (!best) return { kind: 'fallback', rule: 'no-hits' };
  if (best.score < t.clarify) return { kind: 'fallback', best, rule: 'below-clarify-threshold' };
  const lead = best.score - (runnerUp?.score ?? 0);
  if (best.score >= t.answer && lead >= t.margin) return { kind: 'answer', hit: best, rule: 'confident' };
  const choices = [best, ...ranked.slice(1).filter((hit) => hit.score >= t.choice)].slice(0, t.maxChoices);
  if (best.score >= t.answer) return { kind: 'clarify', choices, rule: 'close-runner-up' };
  return { kind: 'clarify', choices, rule: 'below-answer-threshold' };
}
