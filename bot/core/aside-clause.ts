/**
 * A clause that has a question's word but asks nothing: the customer's aside about their day or a feeling, told
 * beside the question they do ask (没什么大事 包裹能改寄吗, 什么运气 账户怎么解锁, 这个也太好看了吧 还有货吗, 佢話你哋啲嘢幾好
 * 門市幾點開). Read as a question of its own, the aside finds nothing, and a message with one part declined and one
 * answered is declined whole (knowledge-lookup.ts's doubtsScope); read as what it is, it leaves the one question asked.
 *
 * Three forms, each read on the clause (folded: Cantonese 幾好 → 几好), and the clause is an aside only when, without
 * the form, nothing in it asks:
 * - a question word made indefinite by the negation before it (没什么大事, 没啥, 不怎么): it says there is nothing;
 * - a degree word and a quality ending the clause, only particles after (太好看了吧, 几好, 好开心呀): an exclamation;
 * - 什么 and a short noun, the whole clause (什么运气, 什么鬼): the customer exclaims over the noun.
 */
import type { Lang } from '../../contracts';
import { asksChinese } from './signals/question-form';

/** 没什么, 没有啥, 不怎么; not 有没有什么 (有没有 asks). */
const NEGATED_QUESTION_WORD_ZH = /(?<!有)(?:没有?|冇|不)(?:什么|啥|怎么|咋|多少)/gu;
/**
 * A degree word and one to three characters of quality at the clause's end, particles after: 太好看了吧, 好开心呀, 几好.
 * 几 before a measure (几天, 几点, 几号, 几个) counts things: that asks.
 */
const EXCLAIMED_QUALITY_ZH =
  /(?<![不没])(?:太|好|真|超|几(?![点天号时个件次日月年岁位只张分周星钟多]))(?:(?![不没吗么呢多])\p{Script=Han}){1,3}?(?:了)?(?:吧|啊|呀|啦|哦|喔|哈|嘿)?$/u;
/** 什么运气, 什么鬼, 什么天气啊: the whole clause. */
const EXCLAIMED_NOUN_ZH = /^(?:这|真是)?什么\p{Script=Han}{1,2}(?:啊|呀|嘛|哦)?$/u;

const TRAILING_MARKS: ReadonlySet<string> = new Set([...' \t\n,，.。!！~']);

/** The clause without the spaces and marks that end it (a loop: a regex of a run at the end backtracks on long runs). */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_MARKS.has(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * Whether a clause (folded, trimmed) that reads as a question by `asksClause` (the caller's reader of question cues, or
 * asksChinese) asks nothing once its aside's form is set apart: an aside. Chinese only; a question mark always asks.
 */
export function isAside(clause: string, lang: Lang, asksClause: (clause: string) => boolean = asksChinese): boolean {
  if (lang !== 'zh') return false;
  const text = withoutTrailingMarks(clause.trim());
  if (text.length === 0 || /[?？]/.test(text)) return false;
  if (EXCLAIMED_NOUN_ZH.test(text)) return true;
  const rest = text.replace(NEGATED_QUESTION_WORD_ZH, ' ').replace(EXCLAIMED_QUALITY_ZH, ' ');
  const reads = (t: string) => asksClause(t) || asksChinese(t);
  return rest !== text && reads(text) && !reads(rest);
}
