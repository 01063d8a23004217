/**
 * The frame of a message written as a letter: "Dear Sir or Madam, … Yours faithfully, Margaret Oduya", 尊敬的客服您好，…,
 * 敬啟者：… 此致 敬禮. A Chinese letter in the formal register is read in everyday words too (formal-chinese.ts).
 * Customers who write to a shop the way they write to a bank or a council put the question between a salutation and a
 * signature; the salutation, the closing formula and the name under it are words no article has, and they spread the
 * message thin enough to read as out of scope. Only the frame goes: what the letter says stays.
 */
import type { Lang } from '../../contracts';
import { inEverydayWords } from './formal-chinese';

/** "Dear Sir/Madam,", "Dear Baton team:", "To whom it may concern,": a salutation ends at its first punctuation. */
const EN_SALUTATION = /^\s*(?:dear\b[^,:;!.?\n]{0,40}|to whom it may concern)[,:;!.\n]\s*/i;
/** 尊敬的客服您好，… : the honorific address and the greeting after it. */
const ZH_SALUTATION =
  /^\s*(?:尊敬的[^，,：:！!。？?\s]{0,12}[，,：:！!]?\s*(?:您好|你好)?|敬[启啟]者|致[^，,：:！!。？?\s]{1,12}[：:])[，,：:！!。]?\s*/;
/** The formal closing of a Chinese letter (此致 敬礼, 顺颂商祺), read from where it starts near the end. */
const ZH_CLOSING = /此致|[顺順][颂頌](?:商|时|時)[祺安绥綏]/g;
/** A closing starts within this many characters of the end (what follows it is the formula and a name). */
const ZH_CLOSING_REACH = 24;

/** A closing formula at a sentence or clause boundary: the last one in the message is the one that may close it. */
const EN_CLOSING =
  /(?:^|[.!?,;\n]\s{0,3})(?:yours (?:faithfully|sincerely|truly)|yours|(?:kind(?:est)?|best|warm(?:est)?|with) regards|regards|sincerely|respectfully|best wishes|with thanks|many thanks|thanks in advance|thank you in advance)\b/gi;
/** What may follow the closing formula: a comma and a name of up to four capitalised words ("Mr G. Ellis"). */
const SIGNATURE = /^[,.!]?(?:[ \t]{1,3}[A-Z][\w.'-]{0,30}){0,4}[ \t]{0,3}[.!]?\s{0,3}$/;

/** The message without its salutation and its closing (the whole message when nothing else would be left). */
export function withoutLetterFrame(text: string, lang: Lang): string {
  const salutation = (lang === 'zh' ? ZH_SALUTATION : EN_SALUTATION).exec(text);
  let body = salutation ? text.slice(salutation[0].length) : text;
  if (lang !== 'zh') body = withoutClosing(body);
  else body = inEverydayWords(withoutChineseClosing(body));
  return body.trim().length > 0 ? body : text;
}

function withoutClosing(text: string): string {
  let last: RegExpExecArray | undefined;
  EN_CLOSING.lastIndex = 0;
  for (let match = EN_CLOSING.exec(text); match; match = EN_CLOSING.exec(text)) last = match;
  if (!last || !SIGNATURE.test(text.slice(last.index + last[0].length))) return text;
  return text.slice(0, last.index + (/^[.!?]/.test(last[0]) ? 1 : 0));
}

function withoutChineseClosing(text: string): string {
  let last = -1;
  ZH_CLOSING.lastIndex = 0;
  for (let match = ZH_CLOSING.exec(text); match; match = ZH_CLOSING.exec(text)) last = match.index;
  return last >= 0 && text.length - last <= ZH_CLOSING_REACH ? text.slice(0, last) : text;
}
