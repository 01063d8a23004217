import { analyzeEnglishSentiment } from './sentiment-en';
import { NEGATIVE_SCORE, round, sentimentLabel } from './sentiment-scale';
import { analyzeChineseSentiment } from './sentiment-zh';
import type { SentimentLabel, SentimentResult } from './types';
import type { Lang } from '../../../contracts';

export function analyzeSentiment(text: string, lang: Lang): SentimentResult {
  return lang === 'zh' ? analyzeChineseSentiment(text) : analyzeEnglishSentiment(text);
}

export interface RollingSentiment {
  /** Mean score of the last `window` turns. */
  score: number;
  label: SentimentLabel;
  /** How many of those turns were negative on their own. */
  negativeTurns: number;
}

/** Turns a conversation's mood is judged on: enough to see a trend, recent enough that an apology can repair it. */
export const DEFAULT_SENTIMENT_WINDOW = 3;

/**
 * The conversation's mood from its customer turns' scores (oldest first): the mean of the last `window` of them and
 * how many of those were negative ("negative twice" in the policy).
 */
export function rollingSentiment(
  scores: readonly number[],
  window: number = DEFAULT_SENTIMENT_WINDOW,
): RollingSentiment {
  const recent = scores.slice(-Math.max(1, Math.floor(window)));
  if (recent.length === 0) return { score: 0, label: 'neutral', negativeTurns: 0 };
  const score = round(recent.reduce((sum, s) => sum + s, 0) / recent.length);
  return { score, label: sentimentLabel(score), negativeTurns: recent.filter((s) => s <= NEGATIVE_SCORE).length };
}
