/**
 * The customer's aside about their own life told before a routine question, in one run: "my wife is going to kill me when
 * she sees I bought another monitor 😅 can I send back the unopened one", "home sick with flu so retail therapy time 🤒 do
 * you have afterpay or klarna", "deadline at work is killing me, how many days till it arrives", 攰到死 琴日落咗嘅單想加多張櫈
 * 得唔得. The aside's words (wife, flu, deadline, killing) draw the search to no article, or away from the asked one, and
 * the message is declined as out of scope though its question is the store's.
 *
 * The split is where the message turns to ask: the last English question opener (can i, how do i, do you have, when will)
 * after words that do not ask, or, in Chinese, the last clause that asks. What comes before is an aside only when it says
 * so by its form, told in the customer's own voice: an emoji or a laugh, a figure of speech (killing me, 到死), a person
 * or pet of the customer's life (my wife, my cat, 老公), their health or their work (sick with flu, deadline at work, 返工).
 * Whether the question alone is the store's is the search's to say (knowledge-lookup.ts): "any tips for calming her down"
 * and "what should I take for it" find nothing, and a question naming the aside's person ("her", "him") is about them.
 *
 * Every pattern is bounded; text arrives folded (traditional and Cantonese to simplified Mandarin).
 */
import type { Lang } from '../../contracts';
import { clausesLastFirst } from './follow-up';

/** Where an English question starts, mid-run or after a clause break (lower case). */
const OPENER_EN =
  /(?:^|[\s,.;:!?)\p{Extended_Pictographic}\uFE0F])((?:so |but |and |also |anyway |now )?(?:(?:can|could|may|do|should) (?:i|we|u|you)|how (?:do|can|long|many|much|soon) |do (?:you|u|ya) (?:have|offer|take|accept|ship|sell|do)\b|is there|are there|when (?:will|does|do|is|can)|where (?:is|are|do|can) |what(?:'s| is) the))\b/giu;

/** The aside's form (lower case): an emoji, a laugh, a figure of speech, the customer's people, health or work. */
const ASIDE_EN: readonly RegExp[] = [
  /\p{Extended_Pictographic}/u,
  /\b(?:haha\w{0,6}|hehe\w{0,4}|lol|lmao|rofl)\b/,
  /\b(?:kill(?:s|ing)? me|going to kill|gonna kill|dying|crying|tears|exploding|losing my mind|driving me (?:crazy|mad|nuts)|retail therapy)\b/,
  /\bmy (?:wife|husband|partner|hubby|bf|gf|boyfriend|girlfriend|mum|mom|mother|dad|father|kids?|son|daughter|cat|dog|puppy|kitten|skin|inbox|boss)\b/,
  /\b(?:sick|flu|cold|fever|ill|hospital|headache|hungover|exhausted|tired)\b/,
  /\b(?:at work|deadline|shift|overtime|the office)\b/,
];

/** The same in Chinese (folded): a figure of speech, the customer's people, health, work; a laugh or an emoji. */
const ASIDE_ZH: readonly RegExp[] = [
  /\p{Extended_Pictographic}/u,
  /哈哈|呵呵|嘻嘻/,
  /[到得]死|就死|要死|死了|颈都长|头都大|累死|累瘫|崩溃|心累|[攰累]/,
  /(?:我|我的)(?:老公|老婆|妈|爸|男朋友|女朋友|孩子|仔|女儿|儿子|猫|狗)/,
  /生病|发烧|感冒|病了|住院/,
  /返工|上班|加班|开会|赶稿|deadline/,
  /技术菜|手残|手滑/,
];

/** A question naming the aside's person ("calming her down", 哄他): it asks about them. */
const NAMES_PERSON = /\b(?:her|him|his|she|he|hers)\b|他|她/;
/**
 * A question whose object is the aside's thing by a pronoun after its verb ("my cat keeps scratching the sofa, how do i
 * stop it", 怎么弄它): it asks about what the aside tells. Not a pronoun after a preposition ("send the lamp back without
 * it": the lamp is the question's own thing).
 */
const VERB_ON_PRONOUN = /\b(?!(?:without|with|for|in|on|to|of|about|from|before|after|into|than)\b)[a-z']{1,20} (?:it|them|this|that)\W{0,3}$|它/;

/**
 * A question that names again what the aside told of ("my kids broke the tv remote haha how do i fix a remote", 宝宝闹了一
 * 整晚 宝宝怎么才能睡整觉) asks about the aside's thing: the aside is then its story, not a remark beside it. Shared are
 * English words of four letters or more that are not the frame of a sentence, or two Han characters that are not
 * function words.
 */
const FRAME_WORDS_EN = new Set(
  'that this what when where with have from your just will been they them their there about into more some very really much today again know want need like make still also does doing would could should after before over then than even'.split(' '),
);
const FUNCTION_HAN = /[我你他她它的了是在有么怎什吗呢吧啊呀哈嘛就都也又还很好太]/u;

function wordsOf(text: string, lang: Lang): Set<string> {
  if (lang === 'zh') {
    const han = text.replace(/[^\p{Script=Han}]/gu, ' ');
    const pairs = new Set<string>();
    for (const run of han.split(' ')) {
      for (let i = 0; i + 1 < run.length; i++) {
        const pair = run.slice(i, i + 2);
        if (!FUNCTION_HAN.test(pair)) pairs.add(pair);
      }
    }
    return pairs;
  }
  const words = text.toLowerCase().match(/[a-z]{4,20}/g) ?? [];
  return new Set(words.filter((word) => !FRAME_WORDS_EN.has(word)).map((word) => word.replace(/s$/, '')));
}

function namesAsideAgain(split: AsideAndQuestion, lang: Lang): boolean {
  const told = wordsOf(split.aside, lang);
  return [...wordsOf(split.question, lang)].some((word) => told.has(word)) || (lang === 'zh' && countsAsideAgain(split));
}

/**
 * A Chinese question that counts goods with no noun after the measure word (哈哈 买了两条一样的裤子 能退一条吗: 一条 is one of
 * the trousers told before): it points back, so the aside told the goods asked about, not the customer's life.
 */
const ZH_ONE_OF_THEM = /[一两二几](?:条|件|个|双|套|张|只|台|盒|瓶|支|包|本|把|份|块)(?:吗|嘛|呢|吧|啊|呀|得唔得|可以吗|行吗|[\s?？!！。.,，~]|$)/u;
function countsAsideAgain(split: AsideAndQuestion): boolean {
  return ZH_ONE_OF_THEM.test(split.question);
}

/** At least this much of the message before the question, and this much question (characters). */
const MIN_ASIDE = { en: 6, zh: 2 } as const;
const MIN_QUESTION = { en: 10, zh: 4 } as const;

export interface AsideAndQuestion {
  aside: string;
  question: string;
}

/**
 * The question after an aside told by its form, or undefined. `asks` reads whether a Chinese clause asks (the caller's
 * reader of question forms).
 */
export function questionBesideAside(text: string, lang: Lang, asks: (clause: string) => boolean): AsideAndQuestion | undefined {
  const split = lang === 'zh' ? splitChinese(text, asks) : splitEnglish(text);
  if (!split) return undefined;
  const script = lang === 'zh' ? 'zh' : 'en';
  if (split.aside.length < MIN_ASIDE[script] || split.question.length < MIN_QUESTION[script]) return undefined;
  const question = split.question.toLowerCase();
  if (NAMES_PERSON.test(question) || VERB_ON_PRONOUN.test(question) || namesAsideAgain(split, lang)) return undefined;
  const marks = lang === 'zh' ? ASIDE_ZH : ASIDE_EN;
  return marks.some((mark) => mark.test(split.aside.toLowerCase())) ? split : undefined;
}

function splitEnglish(text: string): AsideAndQuestion | undefined {
  const lower = text.toLowerCase();
  let at = -1;
  OPENER_EN.lastIndex = 0;
  for (let match = OPENER_EN.exec(lower); match; match = OPENER_EN.exec(lower)) {
    at = match.index + match[0].length - match[1].length;
  }
  if (at <= 0) return undefined;
  return { aside: text.slice(0, at).trim(), question: text.slice(at).trim() };
}

function splitChinese(text: string, asks: (clause: string) => boolean): AsideAndQuestion | undefined {
  const clauses = clausesLastFirst(text, 'zh');
  const question = clauses.find(asks);
  if (question === undefined) return undefined;
  const at = text.lastIndexOf(question);
  if (at <= 0) return undefined;
  return { aside: text.slice(0, at).trim(), question };
}
