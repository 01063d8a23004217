/**
 * Signals that decide a handoff, read from one customer message (English or Chinese): sentiment, an explicit request
 * for a person, complaint level, and money amounts. Every detector is a pure function that returns its value and the
 * evidence it saw. Conversation-level signals (rolling sentiment over turns) take their inputs from the caller; the
 * customer tier and repeated failures need state and live elsewhere.
 */
import { detectAgentRequest } from './agent-request';
import { detectComplaintLevel, type ComplaintKind, type ComplaintLevel } from './complaint';
import { DEFAULT_HIGH_VALUE_THRESHOLD, detectHighValue } from './high-value';
import { detectLanguage } from './language';
import { analyzeSentiment } from './sentiment';
import type { MoneyAmount, SentimentLabel } from './types';
import type { Lang } from '../../../contracts';

export type { MoneyAmount, SentimentLabel, SentimentResult } from './types';
export { detectLanguage } from './language';
export { analyzeSentiment, rollingSentiment, DEFAULT_SENTIMENT_WINDOW, type RollingSentiment } from './sentiment';
export { NEGATIVE_SCORE, POSITIVE_SCORE, sentimentLabel } from './sentiment-scale';
export { detectAgentRequest, type AgentRequestResult } from './agent-request';
export { detectComplaintLevel, type ComplaintKind, type ComplaintLevel, type ComplaintResult } from './complaint';
export { parseMoneyAmounts, UNKNOWN_CURRENCY, type MoneyMention } from './money';
export { detectHighValue, DEFAULT_HIGH_VALUE_THRESHOLD, type HighValueResult } from './high-value';
export { parseChineseNumber } from './chinese-numerals';

export interface AnalyzeOptions {
  /** The message's language when already known; otherwise detected from the text (and `locale`). */
  lang?: Lang;
  /** The channel's locale ("zh-CN"), a hint for language detection. */
  locale?: string;
  /** Amount at or above which a message is high value; default 500 000. */
  highValueThreshold?: number;
  /** The account currency, given to amounts written without one ("50万"). */
  currency?: string;
  /** Milliseconds since some origin; the detectors' time budget is measured with it (tests pass their own). */
  clock?: () => number;
}

/**
 * How long one message's detectors may take together. Every pattern is checked to match in linear time
 * (test/regex-safety.test.ts), so a message of the longest allowed length takes well under a millisecond per detector;
 * the budget is the second line of defence: once spent, the detectors still to run are skipped (and named in
 * `skipped`) instead of holding the event loop that serves every other customer.
 */
export const DETECTOR_BUDGET_MS = 50;

/** All per-message signals in one JSON-friendly object (the shape `baton ask --json` prints under `signals`). */
export interface MessageSignals {
  lang: Lang;
  sentiment: { label: SentimentLabel; score: number };
  agentRequest: boolean;
  complaintLevel: ComplaintLevel | null;
  complaintKind: ComplaintKind | null;
  /** The largest amount in the message. */
  amount: MoneyAmount | null;
  highValue: boolean;
  /** What each signal saw, to record with a handoff's reasons. */
  evidence: { sentiment: string[]; agentRequest: string[]; complaint: string[]; amount: string[] };
  /** Detectors not run because the budget was spent (normally empty). */
  skipped: Array<'complaint' | 'agentRequest' | 'amount' | 'sentiment'>;
}

export function analyzeMessage(text: string, options: AnalyzeOptions = {}): MessageSignals {
  const lang = options.lang ?? detectLanguage(text, options.locale);
  const clock = options.clock ?? (() => performance.now());
  const deadline = clock() + DETECTOR_BUDGET_MS;
  const skipped: MessageSignals['skipped'] = [];
  // Most consequential first: a safety or legal complaint must not be the one the budget skips.
  const run = <T>(name: MessageSignals['skipped'][number], detect: () => T, otherwise: T): T => {
    if (clock() > deadline) {
      skipped.push(name);
      return otherwise;
    }
    return detect();
  };
  const complaint = run('complaint', () => detectComplaintLevel(text, lang), { level: null, kind: null, evidence: [] });
  const agent = run('agentRequest', () => detectAgentRequest(text, lang), { requested: false, evidence: [] });
  const threshold = options.highValueThreshold ?? DEFAULT_HIGH_VALUE_THRESHOLD;
  const money = run('amount', () => detectHighValue(text, threshold, options.currency), { amount: null, highValue: false, evidence: [] });
  const sentiment = run('sentiment', () => analyzeSentiment(text, lang), { label: 'neutral' as const, score: 0, evidence: [] });
  return {
    lang,
    sentiment: { label: sentiment.label, score: sentiment.score },
    agentRequest: agent.requested,
    complaintLevel: complaint.level,
    complaintKind: complaint.kind,
    amount: money.amount,
    highValue: money.highValue,
    evidence: {
      sentiment: sentiment.evidence,
      agentRequest: agent.evidence,
      complaint: complaint.evidence,
      amount: money.evidence,
    },
    skipped,
  };
}
