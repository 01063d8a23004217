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
import type { Lang, MoneyAmount, SentimentLabel } from './types';

export type { Lang, MoneyAmount, SentimentLabel, SentimentResult } from './types';
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
}

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
}

export function analyzeMessage(text: string, options: AnalyzeOptions = {}): MessageSignals {
  const lang = options.lang ?? detectLanguage(text, options.locale);
  const sentiment = analyzeSentiment(text, lang);
  const agent = detectAgentRequest(text, lang);
  const complaint = detectComplaintLevel(text, lang);
  const money = detectHighValue(text, options.highValueThreshold ?? DEFAULT_HIGH_VALUE_THRESHOLD, options.currency);
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
  };
}
