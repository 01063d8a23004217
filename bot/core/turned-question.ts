/**
 * The question a message turns to after what it tells first: thanks for a problem already solved, a day at the
 * hospital, a toast that set off the fire alarm, a pet that broke the thing ("not your fault"). Customers mark the turn
 * with words that announce a question (想问下, 请问, 顺便问下, 对了, 係喎, "quick question", "by the way", "just
 * curious") or that take the story off the store's hands (不怪你们, "not your fault"): what follows the last such word is
 * the question, and what came before is context the knowledge base need not match. A marker that ends the message
 * (包裹幾時到 想查下, "…, just checking") points back: the question is the clause before it.
 *
 * Text arrives folded (traditional and Cantonese to simplified Mandarin: 係喎 → 是了, 想問下 → 想问下).
 */
import type { Lang } from '../../contracts';
import { clausesLastFirst, isTopicless } from './follow-up';
import { anyOf } from './signals/patterns';
import { ASKING_WORDS_ZH, AGREEING_TURNS_ZH, TURN_WORDS_EN, TURN_WORDS_ZH } from './turn-words';

/**
 * Where a turn stands in Chinese: at a clause's start, words announcing the question (turn-words.ts: 请问, 想问下, perhaps
 * after 对了 or 顺便), 不怪你们 and 不关你们事 (the story is nobody's fault here), or a turn word between clauses (对了, 是了 as
 * Cantonese 係喎 folds, 算了, 好啦, 言归正传).
 */
const CLAUSE_MARK = String.raw`[\s，,。.！!？?]`;
const TURN_ZH = new RegExp(
  String.raw`(?:^|[\s，,。.！!？?：:；;~])(?:另外|还有|顺便|对了|是了|话说)?(?:想|就|我想|我就|再)?${anyOf(ASKING_WORDS_ZH)}|不怪你们|不关你们(?:的)?事|不是你们的错|(?:^|${CLAUSE_MARK})${anyOf([...TURN_WORDS_ZH, ...AGREEING_TURNS_ZH])}(?=${CLAUSE_MARK})`,
  'g',
);
/** The same in English (lower case): the turns every story has, words announcing a question, a story disowned. */
const TURN_EN = new RegExp(
  String.raw`\b(?:${anyOf(TURN_WORDS_EN)}|just (?:wondering|curious|checking|asking|wanted to (?:ask|know|check))|i (?:was|am|'m) (?:just )?(?:wondering|curious)|(?:i'd|i would|i'd just) like to (?:know|ask|check)|(?:i )?(?:also )?wanted to (?:ask|know|check)|can i ask|(?:it's |its |it is )?not your fault(?: at all)?|no fault of yours)\b`,
  'g',
);

/** Words that take the story off the store's hands: what it tells is no problem to answer. */
const DISOWNS_STORY = /不怪你们|不关你们|不是你们的错|not your fault|no fault of yours/;

export interface TurnedQuestion {
  question: string;
  /** The marker says the story is nobody's fault here (不怪你们, "not your fault"): its problem is not asked about. */
  storyDisowned: boolean;
  /** What the message told before the marker. */
  story: string;
}

/** Fewer characters after the marker than this and the marker ends the message ("想查下", "just checking."): it points back. */
const MIN_AFTER = { en: 8, zh: 3 } as const;

/**
 * The question after the message's last turn marker, or the clause before a marker that ends it; undefined when the
 * message has no marker, nothing before it (the marker opens the message: nothing to drop), or no topic in what is left.
 */
export function turnedQuestion(text: string, lang: Lang): TurnedQuestion | undefined {
  const zh = lang === 'zh';
  const pattern = zh ? TURN_ZH : TURN_EN;
  const lower = text.toLowerCase();
  let last: RegExpExecArray | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
    last = match;
    if (match[0].length === 0) pattern.lastIndex++;
  }
  if (!last) return undefined;
  const before = text.slice(0, last.index).trim();
  const after = text.slice(last.index + last[0].length).replace(/^[\s,，:：.。!！~-]+/, '').trim();
  const script = zh ? 'zh' : 'en';
  // Something after the marker with no topic of its own (不急 就问问到哪了) leaves the topic in the story: no turn.
  const endsMessage = after.length < MIN_AFTER[script];
  if (!endsMessage && isTopicless(after, lang)) return undefined;
  const question = endsMessage ? clausesLastFirst(before, lang)[0] : after;
  if (question === undefined || before.length === 0 || isTopicless(question, lang)) return undefined;
  return { question, storyDisowned: DISOWNS_STORY.test(last[0]), story: before };
}
