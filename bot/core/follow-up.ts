/**
 * Reading a message in the conversation's context.
 * - A follow-up without a topic ("and how long does that take", 那要多久) is made of question words, pronouns and
 *   particles only: it means the conversation's last topic.
 * - A message may hold several questions ("how long does delivery take? and can I track it"): its parts are
 *   searched one by one, so the first is answered and the next offered.
 * - A greeting before the question ("hello? …", "在吗 在吗 …") is no part of it, nor a self-introduction by the customer's
 *   job ("office manager here, …": signals/self-introduction.ts).
 * Text arrives normalised.
 */
import { detectSmallTalk } from './small-talk';
import { withoutSelfIntroduction } from './signals/self-introduction';
import type { Lang } from '../../contracts';

/** Words that carry no topic in a question: function words, question words, pronouns, light verbs. */
const ENGLISH_TOPICLESS = new Set(
  (
    'a an the and or but so then also too ok okay oh well and what about how if when where which who why whats ' +
    'long much many soon often does do did is are was were will would can could should shall may might must be been ' +
    'it its that this these those them they there here one ones thing things i me my we us our you your he she him her ' +
    'to of for on in at by with from up about than as usually normally typically generally roughly approximately ' +
    'take takes taking took get gets cost costs last lasts work works need needs have has had usually then again ' +
    'time times day days week weeks long before after just still yet now please pls thanks any anything more'
  ).split(' '),
);

/** The same for Chinese, longest first (removed from the text in this order). */
const CHINESE_TOPICLESS = [
  '什么时候', '多长时间', '多少钱', '怎么样', '怎么办', '需要', '大概', '一般', '通常', '那么', '然后', '还有', '另外', '这个',
  '那个', '这样', '那样', '多久', '多少', '几天', '要多', '时间', '可以', '能不能', '怎么', '呢', '吗', '啊', '呀', '吧', '哦',
  '嘛', '了', '的', '那', '这', '它', '要', '会', '得', '能', '就', '还', '也', '又', '再', '几', '多', '久', '是', '有',
  '我', '你', '请', '问', '下',
  // Colloquial and written "how", "what": 咋看, 啥时候, 如何查.
  '咋样', '咋', '啥时候', '啥', '如何', '怎样',
  // Where, and verbs that need an object to be about anything: "在哪看呀", "怎么弄", "去哪查".
  '在哪里', '在哪儿', '在哪', '哪里', '哪儿', '哪', '在', '去', '看', '查', '弄', '搞', '办', '找', '做', '一下',
];

const LATIN_WORD = /[a-z']+/g;
const HAN = /\p{Script=Han}/u;

/** Whether the message has no topic of its own: only words that could follow any question. */
export function isTopicless(text: string, lang: Lang): boolean {
  const lower = text.toLowerCase();
  if (lang === 'zh') {
    let rest = lower;
    for (const word of CHINESE_TOPICLESS) if (rest.includes(word)) rest = rest.split(word).join(' ');
    if (HAN.test(rest)) return false;
    return (rest.match(LATIN_WORD) ?? []).every((word) => ENGLISH_TOPICLESS.has(word));
  }
  const words = (lower.match(LATIN_WORD) ?? []).map((w) => w.replace(/'/g, ''));
  return words.length > 0 && words.every((word) => ENGLISH_TOPICLESS.has(word) || ENGLISH_TOPICLESS.has(word.replace(/s$/, '')));
}

/** Sentence ends, and the breaks Chinese chat puts between clauses (spaces, commas). */
const SENTENCE_END = /[?？!！。;；\n]+/;
const CHINESE_CLAUSE_BREAK = /[\s,，]+/;
/** "… and can I …", "… also how …": a second question joined to the first. */
const ENGLISH_SECOND_QUESTION = / (?:and|also|plus) (?=(?:can|could|how|what|when|where|do|does|is|are|will|would|should) )/i;

/** The message's parts that could each be a question (the whole message when it has one part). */
export function splitQuestions(text: string, lang: Lang): string[] {
  const sentences = text.split(SENTENCE_END).flatMap((s) => s.split(lang === 'zh' ? CHINESE_CLAUSE_BREAK : ENGLISH_SECOND_QUESTION));
  return sentences.map((s) => s.trim()).filter((s) => s.length >= (lang === 'zh' ? 2 : 6));
}

/** Where a clause ends inside a sentence: a comma, a full stop, a dash between spaces. */
const CLAUSE_BREAK = /[,，.。;；:：!！?？\n]+|\s[-–—]\s/;
/** In Chinese a space ends a clause too: customers type one where a comma would go (绝绝子 衣服不对 退货入口在哪). */
const CHINESE_CLAUSE_BREAK_OR_SPACE = /[,，.。;；:：!！?？\s]+/;

/**
 * The message's clauses, last first: where a customer tells the story before asking ("my daughter sent me a link…,
 * I'm not good with computers, can you walk me through how I buy one"), the question is the last clause that asks.
 */
export function clausesLastFirst(text: string, lang: Lang = 'en'): string[] {
  return text
    .split(lang === 'zh' ? CHINESE_CLAUSE_BREAK_OR_SPACE : CLAUSE_BREAK)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .reverse();
}

const OPENER_BREAK = /[\s,，!！?？.。~]+/;
/** Greetings that open a message, at most this many. */
const MAX_OPENERS = 3;

/**
 * The message without the greetings it opens with (the whole message when it is nothing but greetings), and without an
 * English self-introduction after them.
 */
export function withoutOpener(text: string, lang: Lang): string {
  let rest = text;
  for (let i = 0; i < MAX_OPENERS; i++) {
    const match = OPENER_BREAK.exec(rest);
    if (!match) break;
    const first = rest.slice(0, match.index);
    const after = rest.slice(match.index + match[0].length);
    const greeting = detectSmallTalk(first) === 'greeting' || (lang === 'zh' && /^(亲+|亲爱的|您好|你好)$/.test(first));
    if (!greeting || !after.trim()) break;
    rest = after;
  }
  return lang === 'en' ? withoutSelfIntroduction(rest) : rest;
}
