import type { Emotion, RollingMood, SentimentResult } from './schema';
import { readEnglishSentiment } from './sentiment-en';
import { NEGATIVE_SCORE, round, sentimentLabel, type SentimentReading } from './sentiment-scale';
import { readChineseSentiment } from './sentiment-zh';
import type { Lang } from '../../../contracts';

/** Sentiment and emotion of one message, in one pass. */
export function readSentiment(text: string, lang: Lang): SentimentReading {
  return lang === 'zh' ? readChineseSentiment(text) : readEnglishSentiment(text);
}

/** How the message reads overall: what happened and how the customer feels about it. */
export function analyzeSentiment(text: string, lang: Lang): SentimentResult {
  return readSentiment(text, lang).sentiment;
}

/** How upset the customer sounds, apart from the facts they report. */
export function analyzeEmotion(text: string, lang: Lang): Emotion {
  return readSentiment(text, lang).emotion;
}

/** Mean score of the last `window` turns, and how many of them were negative on their own. */
export type RollingSentiment = RollingMood;

/** Turns a conversation's mood is judged on: enough to see a trend, recent enough that an apology can repair it. */
export const DEFAULT_SENTIMENT_WINDOW = 3;

/**
 * The conversation's mood from its customer turns' scores, oldest first (the engine passes emotion scores): the mean
 * of the last `window` of them and how many of those were negative ("upset twice" in the policy).
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
