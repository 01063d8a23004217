/** Shapes shared by the signal detectors. Every result is plain JSON: it is logged, stored and printed by the CLI. */

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface SentimentResult {
  label: SentimentLabel;
  /** -1 (very negative) … 1 (very positive). */
  score: number;
  /** The words, phrases and cues that moved the score, e.g. `["not happy", "!!!"]`. */
  evidence: string[];
}

export interface MoneyAmount {
  value: number;
  /** ISO 4217 code; `XXX` when the text names no currency ("paid 3000", "50万"). */
  currency: string;
}
