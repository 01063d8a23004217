/**
 * A mild feeling said at the head of a clause — "slightly irritated my parcel is a day late, when can i expect it?", "a bit
 * annoyed, the parcel is late", 有点不爽，包裹晚了一天，什么时候到, Cantonese 有少少唔開心 包裹遲咗兩日 幾時到 (folded 有少少不开心)
 * — is how the customer feels, not what they ask. Beside a clause that asks, its words draw
 * the search away from the question's article (none of the articles writes "irritated" or 不爽), and a mild feeling
 * pushed a plain late-parcel question out of scope: the message is searched without them. The signals still read the
 * whole message: a strong feeling at the store goes to a person whatever the search finds.
 *
 * Which words are the feeling is the sentiment readers' business (their emotion evidence, read clause by clause); this
 * module only reads where they stand: at the clause's head, after at most the customer as subject and a hedge or a degree
 * ("i'm", "so", 我, 有点, 有少少, 真的), so that a feeling told of the goods inside the clause ("the colour is disappointing")
 * stays part of the question.
 *
 * Every pattern is bounded and reads one clause at a time.
 */
import type { Lang } from '../../contracts';
import { textForMatching } from './customer-language';
import { readSentiment } from './signals';
import { AGREEING_TURNS_ZH, TURN_WORDS_EN, TURN_WORDS_ZH } from './turn-words';

/** Words that turn to the question (算了, "anyway"): the sentiment may weigh them as a sigh, but they mark the turn. */
const TURNS: ReadonlySet<string> = new Set([...TURN_WORDS_EN, ...TURN_WORDS_ZH, ...AGREEING_TURNS_ZH]);

/** Where a clause ends: sentence marks and commas; in Chinese, a space too (as exclaimed.ts cuts). */
const CLAUSE = { en: /[^,，.。;；!！?？\n]+[,，.。;；!！?？\n]*/g, zh: /[^,，.。;；!！?？\s]+[,，.。;；!！?？\s]*/gu } as const;

/** Before the feeling: the customer as subject, a hedge or a degree (English, lower case). */
const EN_HEAD =
  /^\s*(?:(?:ugh|honestly|tbh|well|ok|okay|hmm|i'm|im|i am|i feel|feeling|i was|we're|we are|just|so|such an?|really|very|pretty|quite|slightly|somewhat|mildly|kinda|kind of|a bit|a little|a tad|bit|little) ){0,4}/;
const EN_HEAD_ONLY = new RegExp(`${EN_HEAD.source}$`);
/** After the feeling: "that", "because", "as", a comma, or a second feeling joined by "and" (read on its own). */
const EN_TAIL = /^(?:\s*(?:that|because|cause|cos|coz|as|since|now)\b)?/;
/** Before the feeling (folded Chinese): 我, 真的, a hedge (有点, 有些, 有少少, 有一点点) or a degree (好, 超, 太). */
const ZH_HEAD = /^(?:唉|哎|我|我真的|真的|真是|实在|今天|今日)?(?:有点|有些|有少少|有一点点?|一点点|少少|好|很|超|太|特别|非常)?/;
const ZH_HEAD_ONLY = new RegExp(`${ZH_HEAD.source}$`);
/** After the feeling: its particles (了, 啊, 哦). */
const ZH_TAIL = /^(?:死|炸|爆)?(?:我|人)?(?:了|啦|呀|啊|哦|喔|咯|呢){0,2}/;

/**
 * The message without a feeling said at the head of a clause when another clause asks (`asks`: whether a clause reads
 * as a question); the message as it is otherwise.
 */
export function withoutFeelingSaid(text: string, lang: Lang, asks: (clause: string) => boolean): string {
  const clauses = text.match(lang === 'zh' ? CLAUSE.zh : CLAUSE.en) ?? [];
  if (clauses.length < 2) return text;
  const read = clauses.map((clause) => (asks(clause) ? undefined : feelingAtHead(clause, lang)));
  if (read.every((r) => r === undefined)) return text;
  if (!clauses.some((clause, i) => read[i] === undefined && asks(clause))) return text;
  return clauses.map((clause, i) => read[i] ?? clause).join('');
}

/** The clause with the feeling at its head taken out, or undefined when none stands there. */
function feelingAtHead(clause: string, lang: Lang): string | undefined {
  const chinese = lang === 'zh';
  const plain = chinese ? textForMatching(clause) : clause.toLowerCase();
  const emotion = readSentiment(plain, lang).emotion;
  // A mild feeling only: a strong one ("so stupid", 气死了) is the customer's state the search has long weighed as it is.
  if (emotion.score >= 0 || emotion.strong) return undefined;
  // The feeling's own words, not a question's frame ("when…?") nor a cue of punctuation.
  const words = emotion.evidence.map((e) => e.toLowerCase()).filter((e) => !e.includes('…') && !TURNS.has(e) && /[a-z\u4e00-\u9fff]/.test(e));
  // The feeling word (its hedge may be its own: "slightly irritated", 有点不爽) right after a head and nothing else.
  const headOnly = chinese ? ZH_HEAD_ONLY : EN_HEAD_ONLY;
  const at = (w: string) => plain.indexOf(w);
  const word = words.find((w) => at(w) >= 0 && headOnly.test(plain.slice(0, at(w))) && (chinese || !/^[a-z']/.test(plain.slice(at(w) + w.length))));
  if (!word) return undefined;
  const rest = plain.slice(at(word) + word.length);
  const tail = (chinese ? ZH_TAIL : EN_TAIL).exec(rest)?.[0] ?? '';
  return ` ${rest.slice(tail.length).replace(/^[\s,，、]+/, '')}`;
}
