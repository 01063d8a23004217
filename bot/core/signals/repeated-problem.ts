import { z } from 'zod';
import { normalizeChinese, normalizeEnglish } from './patterns';
import type { ComplaintKind, MessageSignals } from './schema';
import { NEGATIVE_SCORE } from './sentiment-scale';

/**
 * The same problem again after the bot answered it: the standards hand a customer to a person when a problem is not
 * solved "after one or two turns". The engine remembers the last problem a customer reported (and the article it was
 * answered with); within the next two messages, the problem counts as repeated when the customer
 * - says the answer did not help ("that didn't help", "still not working", "还是不行", "没用"), or
 * - reports a problem again and it is the same one (the knowledge base's best article is the one answered before), or
 *   says it happened again ("again", "又").
 * A different problem is a new question and is answered.
 */

/** What the engine keeps between turns about the last problem reported. */
export const PreviousProblemSchema = z.object({
  /** The article the problem was answered with (null: the bot had no answer). */
  articleId: z.string().nullable(),
  /** The words that made it a problem, e.g. `["hasn't arrived"]`. */
  evidence: z.array(z.string()).max(10),
  /** Customer messages read since the one that reported it. */
  turnsAgo: z.number().int().nonnegative(),
});
export type PreviousProblem = z.infer<typeof PreviousProblemSchema>;

export interface RepeatedProblem {
  repeated: boolean;
  evidence: string[];
}

/** A problem is taken up again within this many customer messages after it was answered. */
const REPEAT_WINDOW = 2;

/** Kinds of complaint that are problems to answer (the rest go to a person at once, or are abuse). */
const PROBLEM_KINDS: ReadonlySet<ComplaintKind> = new Set(['service_failure', 'complaint', 'account_locked', 'repeated_contact']);

// "that didn't help", "still not working", "same problem": the answer did not solve it.
const EN_NOT_SOLVED =
  /\b(?:(?:didn't|did not|doesn't|does not|won't|isn't|wasn't) (?:help|work|solve|fix)|not (?:helpful|working|solved|fixed|resolved)|still (?:not|no|nothing|haven't|hasn't|doesn't|don't|can't|isn't|the same|waiting|broken)|same (?:problem|issue|thing|error)|nothing (?:has )?changed|(?:already )?tried that|no luck|useless answer|that's not (?:it|what i asked)|not what i asked)\b/;
const EN_AGAIN = /\b(?:again|another|once more)\b/;
const ZH_NOT_SOLVED = /没用|不管用|没解决|没有解决|还是不行|还是没|还是不|试过了|一样的问题|同样的问题|问题依旧|依然|仍然|还是一样|不是我问的/;
const ZH_AGAIN = /又|再次/;

export function detectRepeatedProblem(
  text: string,
  signals: Pick<MessageSignals, 'lang' | 'complaints' | 'sentiment'>,
  previous: PreviousProblem | undefined,
  /** The article the knowledge base would answer this message with, if any. */
  articleId: string | null,
): RepeatedProblem {
  if (!previous || previous.turnsAgo >= REPEAT_WINDOW) return { repeated: false, evidence: [] };
  const english = normalizeEnglish(text);
  const chinese = signals.lang === 'zh' ? normalizeChinese(text) : '';
  const notSolved = EN_NOT_SOLVED.exec(english) ?? (chinese ? ZH_NOT_SOLVED.exec(chinese) : null);
  const since = previous.articleId ? `after the answer ${previous.articleId}` : 'after the bot could not answer';
  if (notSolved) return { repeated: true, evidence: [notSolved[0], since] };
  if (!isProblem(signals)) return { repeated: false, evidence: [] };
  const sameArticle = articleId !== null && articleId === previous.articleId;
  const again = EN_AGAIN.exec(english) ?? (chinese ? ZH_AGAIN.exec(chinese) : null);
  if (!sameArticle && !again) return { repeated: false, evidence: [] };
  const words = problemWords(signals);
  return { repeated: true, evidence: [...(again ? [again[0]] : []), ...words.slice(0, 3), since] };
}

/**
 * Whether a message reports a problem: a complaint to answer, or plainly negative. Plainly: at the emotion's mark
 * (NEGATIVE_SCORE), not at the sentiment label's, which reads lower so that reports count complaints told as facts;
 * "where is my order?" asked twice is a question asked twice, and handing it to a person was fitted at this mark.
 */
export function isProblem(signals: Pick<MessageSignals, 'complaints' | 'sentiment'>): boolean {
  return signals.complaints.some((c) => PROBLEM_KINDS.has(c.kind)) || signals.sentiment.score <= NEGATIVE_SCORE;
}

/** The words that make a message a problem, to remember and to quote. */
export function problemWords(signals: Pick<MessageSignals, 'complaints' | 'sentiment'>): string[] {
  const complaint = signals.complaints.filter((c) => PROBLEM_KINDS.has(c.kind)).flatMap((c) => c.evidence);
  return complaint.length > 0 ? complaint : signals.sentiment.evidence;
}

/** The problem to remember after this turn: this one, if it reported one; else the last one, a turn older. */
export function nextPreviousProblem(
  signals: Pick<MessageSignals, 'complaints' | 'sentiment'>,
  previous: PreviousProblem | undefined,
  articleId: string | null,
): PreviousProblem | undefined {
  if (isProblem(signals)) return { articleId, evidence: problemWords(signals).slice(0, 10), turnsAgo: 0 };
  if (!previous || previous.turnsAgo + 1 >= REPEAT_WINDOW) return undefined;
  return { ...previous, turnsAgo: previous.turnsAgo + 1 };
}
