/**
 * A question asked of a supposition (假设我现在退货 退款要多久到账, 萬一我想退貨，要幾耐先收到退款, "say I return it, how long
 * until I get my money back"): the supposition word frames the question, it names no topic and no party. The condition
 * clause says what would happen; the clause after it asks. The supposition word is words no article has, and it spreads
 * the message thin: what is asked is the main clause.
 *
 * Text arrives folded (traditional and Cantonese to simplified Mandarin); English is read in lower case.
 */
import type { Lang } from '../../contracts';
import { isTopicless } from './follow-up';

/** A supposition opening the message (after an optional 我/那): 假设, 假如, 如果, 万一, 要是, 倘若, 比如说. */
const SUPPOSITION_ZH = /^(?:那|我)?(?:假设|假如|假使|如果|万一|要是|倘若|比如说|比方说)(?:说)?/;
/** 的话 closing the condition clause. */
const CONDITION_END_ZH = /的话(?=[\s，,。！!？?]|$)/;
/** "suppose …", "say …", "what if …", "hypothetically, …", "if …" opening the message. */
const SUPPOSITION_EN = /^(?:hypothetically(?: speaking)?,? |(?:let's |lets )?say |suppos(?:e|ing) |what if |if )/;

/**
 * A supposition said after the question (如果快递被人偷了会怎么处理 假设啊, "what would happen if it got stolen, hypothetically"):
 * the same frame, added as an afterthought. Bounded: one optional lead word, the word, at most two particles.
 */
// The marks around it are bounded too: an open run of them on both sides would read a long run of "。" twice over.
const TRAILING_SUPPOSITION_ZH = /[\s，,。]{0,3}(?:只是|我是说|就是)?(?:假设|假如|打个比方|比如说|比方说)(?:一下|下)?(?:啊|呀|哈|嘛|啦|而已|的话|咋)?(?:啊|呀|哈|嘛|啦|而已)?[。!！?？~～]{0,6}$/;
const TRAILING_SUPPOSITION_EN = /[\s,.;-]{0,3}(?:just |purely |asking )?hypothetically(?: speaking)?[\s.!?]{0,6}$/;

/** Where the condition clause ends: a comma or a space in Chinese, a comma in English. */
const CONDITION_BREAK_ZH = /[\s，,。；;]+/;
const CONDITION_BREAK_EN = /,\s*/;

export interface Supposition {
  /** The message without the supposition word (and its 的话). */
  unframed: string;
  /** The clause after the condition, when it has a topic of its own. */
  mainClause?: string;
}

/** The message read without its supposition, if it opens with one. */
export function readSupposition(text: string, lang: Lang): Supposition | undefined {
  const zh = lang === 'zh';
  const typed = zh ? text.trim() : text.trim().toLowerCase();
  // A supposition said last frames the question as one said first does: without it, the question may open with 如果.
  const trailing = (zh ? TRAILING_SUPPOSITION_ZH : TRAILING_SUPPOSITION_EN).exec(typed);
  const trimmed = trailing && trailing.index > 0 ? typed.slice(0, trailing.index).trim() : typed;
  const opener = (zh ? SUPPOSITION_ZH : SUPPOSITION_EN).exec(trimmed);
  if (!opener) return trailing && trailing.index > 0 ? { unframed: trimmed } : undefined;
  const rest = trimmed.slice(opener[0].length).replace(CONDITION_END_ZH, '').trim();
  if (rest.length === 0) return undefined;
  const cut = (zh ? CONDITION_BREAK_ZH : CONDITION_BREAK_EN).exec(rest);
  const main = cut ? rest.slice(cut.index + cut[0].length).trim() : '';
  const mainClause = main.length > 0 && !isTopicless(main, lang) ? main : undefined;
  return { unframed: rest, ...(mainClause ? { mainClause } : {}) };
}
