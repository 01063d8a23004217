/**
 * Asks the knowledge base about a customer message in the conversation's context (follow-up.ts): a follow-up
 * without a topic is asked together with the last answer's title; a message with several questions is also asked
 * part by part, so the first answerable part is answered and the next one offered as a choice.
 */
import type { Article, KnowledgeAnswer } from '../../knowledge';
import { textForMatching } from './customer-language';
import type { KnowledgeLookup } from './engine';
import { exclaimsSlowness, withoutExclaimed } from './exclaimed';
import { withoutFeelingSaid } from './feeling-said';
import { clausesLastFirst, isTopicless, splitQuestions, withoutOpener } from './follow-up';
import { withoutLetterFrame } from './letter-frame';
import { namesAnotherShop } from './organisation-kind';
import { namesAnotherCompany } from './other-company';
import { READS_THE_QUESTION, withProblemNamed } from './problem-shape';
import { deviceOfHowTo } from './product-how-to';
import { stem } from '../../knowledge/search';
import { asksOfUnknownHead } from './unknown-head';
import { isAside } from './aside-clause';
import { questionBesideAside } from './aside-told';
import { readSupposition } from './supposition';
import { turnedQuestion } from './turned-question';
import { detectWholeMessageSmallTalk } from './small-talk';
import { asks } from './signals/question-form';
import type { Lang } from '../../contracts';
import type { EngineState } from './turn';

export interface Lookup {
  knowledge: KnowledgeAnswer;
  /** A follow-up without a topic: asked with the last topic, or (`no-topic`) there is none to ask with. */
  context?: 'last-topic' | 'no-topic';
  /** Another question of the same message the knowledge base answers: offered after the answer. */
  alsoAsked?: Article;
  /**
   * Another shop's story told first, then a question of how this store does a thing (之前在别家买的电视碎了 你们大件怎么包装的,
   * "another site lost my parcel, how long do you take to deliver"): the question is this store's, whatever the story
   * names (turnedToThisStore).
   */
  turnedToStore?: true;
  /** The question the message turns to (turned-question.ts), answered alone: what came before is a story. */
  turnedQuestion?: string;
}

/** Parts of one message searched on their own, at most. */
const MAX_PARTS = 4;
/** A part is asked on its own only when it reads as a question. */
const QUESTION_CUE =
  /[?？]|^(?:how|what|when|where|which|who|why|can|could|do|does|did|is|are|will|would|should)\b|吗|呢|[吧嘛]$|怎么|什么|哪|几|多久|多少|能不能|可不可以|可以|咋|啥|是否|不$/i;

/** Whether a clause reads as a question (a question mark, a question word, a question particle). */
function asksSomething(clause: string): boolean {
  return QUESTION_CUE.test(textForMatching(clause).trim());
}

export function lookUp(message: string, matching: string, lang: Lang, state: EngineState, knowledge: KnowledgeLookup): Lookup {
  // "hello? …", "在吗 …": the greeting is no part of the question (and would match "talk to a person").
  // "Dear Sir or Madam, … Yours faithfully, Margaret": the letter's frame is no part of it either.
  const framed = withoutOpener(withoutLetterFrame(message, lang), lang);
  const turned = turnedToThisStore(framed, lang);
  const opened = turned ?? framed;
  // The problem a message tells by its facts is read where it is asked: not in another shop's story told before.
  const told = turned ? textForMatching(turned) : matching;
  const exclaimed = withoutExclaimed(opened, lang, asksSomething);
  // Slowness exclaimed and nothing else asked ("退款怎么这么慢", "why is my refund so slow"): how long the thing takes.
  const slow = exclaimed === opened && exclaimsSlowness(textForMatching(opened), lang);
  // A feeling said at a clause's head beside a question ("slightly irritated my parcel is late, when…", 有点不爽): no topic.
  const text = withoutFeelingSaid(exclaimed, lang, (clause) => asksSomething(clause) || asks(textForMatching(clause).trim(), lang === 'zh'));
  if (isTopicless(matching, lang)) {
    const last = state.lastArticleId ? knowledge.getPublished(state.lastArticleId) : undefined;
    if (!last || last.lang !== lang) return { knowledge: knowledge.ask(text, { lang }), context: 'no-topic' };
    return { knowledge: askAbout(last, text, lang, knowledge), context: 'last-topic' };
  }
  // How to work a device (路由器怎么设置): the maker's manual, whatever article of the store's own settings it matched,
  // unless the article found names the device itself (an editor's "Pair the Zorblax headset").
  const device = deviceOfHowTo(matching, lang === 'zh');
  if (device) {
    const asked = knowledge.ask(text, { lang });
    if (!titleNamesDevice(asked, device, lang, knowledge)) return { knowledge: outOfScope(asked) };
  }
  const whole = askNamingTheProblem(text, told, lang, knowledge, slow);
  // "do you do gift wrapping": the article matched the compound's modifier (gift), the thing asked (wrapping) is none.
  if (lang !== 'zh' && whole.decision.kind !== 'fallback' && asksOfUnknownHead(text, unknownOf(whole), matchedOf(whole))) {
    return { knowledge: declined(whole) };
  }
  // The question a message turns to (想问下…, 係喎…, "quick question, …"), answered alone when the whole is not: what
  // came before is thanks, a story or a circumstance (turned-question.ts).
  // A story the customer says is not the store's fault ("the dog chewed it, not your fault") is no problem to answer
  // either, however well the search matched it.
  const turnedTo = answerAfterTurn(text, lang, knowledge, whole.decision.kind === 'answer');
  if (turnedTo) return { knowledge: turnedTo.answer, turnedQuestion: turnedTo.question };
  const supposed = whole.decision.kind === 'answer' ? undefined : answerOfSupposition(text, lang, knowledge);
  if (supposed) return { knowledge: supposed };
  const turnedToStore = turned !== undefined && asksHowThisStoreDoes(turned) ? ({ turnedToStore: true } as const) : {};
  const besideAside = whole.decision.kind === 'answer' ? undefined : answerBesideAside(text, lang, knowledge, whole);
  if (besideAside) return { knowledge: besideAside, ...turnedToStore };
  // An aside with a question's word (没什么大事, 什么运气, 太好看了吧) is no question of its own (aside-clause.ts): in a
  // message whose scope is in doubt it would be the declined part that declines the whole (doubtsScope), and the
  // question beside it is read as the one asked. Where the scope is not in doubt, parts are read as they always are.
  const setAside = (part: string) => doubtsScope(whole) && isAside(textForMatching(part), lang, asksSomething);
  const parts = splitQuestions(text, lang).filter((part) => QUESTION_CUE.test(textForMatching(part)) && !setAside(part));
  if (parts.length < 2) return { knowledge: whole.decision.kind !== 'answer' ? (askedLast(text, lang, knowledge, whole) ?? whole) : whole, ...turnedToStore };
  // The parts the knowledge base answers, in the order asked; the whole message's answer after them.
  const inScope = whole.decision.kind !== 'fallback';
  // A part with no topic of its own ("在哪看呀" after "我的退款到哪一步了") is no question alone: the whole message asks it.
  const asked = parts
    .slice(0, MAX_PARTS)
    .filter((part) => !isTopicless(textForMatching(part), lang))
    .map((part) => knowledge.ask(part, { lang }));
  if (doubtsScope(whole) && asked.some((part) => part.decision.kind === 'fallback')) return { knowledge: declined(whole) };
  const answered = asked.map((part) => answerOfPart(part, inScope)).filter((a): a is KnowledgeAnswer => a !== undefined);
  if (answered.length === 0) return { knowledge: whole, ...turnedToStore };
  const ids = [...answered, whole].map((a) => (a.decision.kind === 'answer' ? a.decision.hit.articleId : undefined));
  const first = answered[0];
  const other = ids.find((id) => id !== undefined && id !== ids[0]);
  const alsoAsked = other ? knowledge.getPublished(other) : undefined;
  return { knowledge: first, ...(alsoAsked ? { alsoAsked } : {}), ...turnedToStore };
}

/**
 * The question a message asks after a story that tells the knowledge base nothing (这个月房贷压力好大 能不能用优惠码,
 * 上个月在别家买到山寨货 现在还很怕 你们这里能七天无理由退货吗): its last asking clause, when that clause alone is answered
 * confidently, has a topic of its own and does not point back at the story's thing ("how do i stop it"), and the words
 * before it, asked alone, find nothing. Whether another party the story names is what is asked is then read in this
 * clause alone (another-party.ts). A story that tells a problem the store knows (在别家买的东西坏了 你们能修吗: 坏了 is a
 * damaged item) is no silent story: the question asks about that problem.
 */
export function questionAfterSilentStory(message: string, lang: Lang, knowledge: KnowledgeLookup): string | undefined {
  const text = withoutOpener(withoutLetterFrame(message, lang), lang);
  const clauses = clausesLastFirst(text, lang);
  if (clauses.length < 2) return undefined;
  const question = clauses.find((clause) => asksAnyForm(clause, lang));
  if (!question || question === clauses[clauses.length - 1]) return undefined;
  if (isTopicless(withoutThisStore(textForMatching(question)), lang)) return undefined;
  if (knowledge.ask(question, { lang }).decision.kind !== 'answer') return undefined;
  return toldNothingBefore(text, question, lang, knowledge) ? textForMatching(question) : undefined;
}

/**
 * The store's question after another party named only as the reason for what the customer does ("my electric bill was
 * crazy this month so i'm returning the heater, it's unused. how do i return it", 淘宝发货太慢了 所以换到这边买 …):
 * the part of the message the reason word ("so", "because", 所以, 因为) leads from or to, without the party's part, asked
 * alone. The party's part must come before the asking clause and be cut off by the reason word; what is left must be
 * answered confidently and name no party (`namesParty`). A question about the party itself ("my electric bill is crazy
 * so how do i lower it") leaves nothing the knowledge base answers: the bill is what is asked.
 */
export function questionAfterReason(
  message: string,
  lang: Lang,
  knowledge: KnowledgeLookup,
  namesParty: (clause: string) => boolean,
): { question: string; answer: KnowledgeAnswer } | undefined {
  const text = textForMatching(withoutOpener(withoutLetterFrame(message, lang), lang));
  const parts = clausesLastFirst(text, lang).reverse().flatMap((clause) => splitAtReason(clause, lang));
  const asking = parts.map((part) => asksAnyForm(part.text, lang)).lastIndexOf(true);
  if (asking < 1) return undefined;
  const party = parts.map((part, i) => (i < asking && namesParty(part.text) ? i : -1)).filter((i) => i >= 0);
  if (party.length === 0 || parts.slice(asking).some((part) => namesParty(part.text))) return undefined;
  // Only as the reason: every part naming the party is cut off from the rest by a reason word.
  if (!party.every((i) => parts[i].reason || parts[i + 1]?.afterSo === true)) return undefined;
  // What is done for that reason names its own thing: "so i'm cancelling it" does what it does to the party's thing.
  const done = party.flatMap((i) => [parts[i - 1], parts[i + 1]]).filter((part): part is ReasonPart => part !== undefined && !party.includes(parts.indexOf(part)));
  if (done.some((part) => POINTS_BACK.test(part.text) || NAMES_STORY_THING.test(part.text))) return undefined;
  const question = parts.filter((_, i) => !party.includes(i)).map((part) => part.text).join(lang === 'zh' ? ' ' : ', ');
  if (namesParty(question) || isTopicless(withoutThisStore(question), lang)) return undefined;
  const answer = knowledge.ask(question, { lang });
  return answer.decision.kind === 'answer' ? { question, answer } : undefined;
}

interface ReasonPart {
  text: string;
  /** The part a reason word introduces ("because my bill was crazy", 因为电费太贵). */
  reason?: true;
  /** The part after "so" / 所以: what came before it is the reason. */
  afterSo?: true;
}

/** Words that make what follows the consequence of what came before ("so", 所以). */
const SO_WORDS = { en: [' so ', ' which is why ', ' thats why ', " that's why "], zh: ['所以', '因此', '于是'] } as const;
/** Words that make what follows the reason ("because", 因为). */
const BECAUSE_WORDS = { en: ['because ', 'since ', 'cause ', 'coz ', 'cos '], zh: ['因为', '由于'] } as const;

/**
 * A clause cut at its reason word, in code (indexOf): "my bill was crazy so i'm returning it" is the reason and what
 * is done; "i'm returning it because my bill was crazy" what is done and the reason.
 */
function splitAtReason(clause: string, lang: Lang): ReasonPart[] {
  const script = lang === 'zh' ? 'zh' : 'en';
  const lower = ` ${clause.toLowerCase()} `;
  for (const word of SO_WORDS[script]) {
    const at = lower.indexOf(word);
    if (at < 0) continue;
    const before = lower.slice(0, at).trim();
    const after = lower.slice(at + word.length).trim();
    // "so" opening the clause (", so i'm returning it", 所以 after a space) leads from the clause before.
    if (after.length > 0) return [...(before.length > 0 ? [{ text: before }] : []), { text: after, afterSo: true }];
  }
  for (const word of BECAUSE_WORDS[script]) {
    const at = script === 'zh' ? lower.indexOf(word) : lower.indexOf(` ${word}`);
    if (at < 0) continue;
    const start = script === 'zh' ? at : at + 1;
    const before = lower.slice(0, start).trim();
    const after = lower.slice(start + word.length).trim();
    if (after.length === 0) continue;
    return [...(before.length > 0 ? [{ text: before }] : []), { text: after, reason: true }];
  }
  return [{ text: clause.trim() }];
}

/** Whether a clause (folded) turns to this store ("you", 你们). */
export function addressesThisStore(clause: string): boolean {
  return ADDRESSES_THIS_STORE.test(clause);
}

/** Words that turn to this store: "you", "your shop", 你们, 贵店 (Cantonese 你哋 folds to 你们). */
const ADDRESSES_THIS_STORE = /你们|你家|贵店|本店|\b(?:you|u|ya)(?: guys| lot| people)?\b|\byours\b|\byour (?:store|shop|site|website|app)\b/i;

/**
 * Another shop's story told before a question put to this store ("蝦皮那家把我的東西寄丟了，你們一般幾天會到？", "ebay lost
 * my last parcel, how long do you take to deliver"): the story is the other shop's, and its words (lost, 寄丢) would
 * pick this store's article about its own failure. The message is asked from the clause that turns to this store on.
 * (Whether the message is about the other company at all is other-company.ts's to say, on the whole message.)
 */
function turnedToThisStore(text: string, lang: Lang): string | undefined {
  const clauses = clausesLastFirst(text, lang).reverse();
  const named = clauses.findIndex((clause) => {
    const matching = textForMatching(clause);
    return namesAnotherCompany(matching) || namesAnotherShop(matching);
  });
  if (named < 0) return undefined;
  const turned = clauses.findIndex((clause, i) => i > named && ADDRESSES_THIS_STORE.test(textForMatching(clause)));
  if (turned < 0) return undefined;
  const joiner = lang === 'zh' ? '，' : ', ';
  const question = clauses.slice(turned).join(joiner);
  // The same thing asked of this store with no word of what it is ("蝦皮退款好快 你們大概要多久", "拼多多退款当天就到账
  // 你们这边呢", "amazon refunds me in a day, how long do yours take?"), or by pointing back at it ("do you offer anything
  // like that"): the thing is the one the other shop's clause names, so the message is asked from that clause on.
  const matching = textForMatching(question);
  return isTopicless(withoutThisStore(matching), lang) || REFERS_BACK.test(matching) ? clauses.slice(named).join(joiner) : question;
}

/** A question that points back at the other shop's thing ("anything like that", "the same", 类似的, 一样吗). */
const REFERS_BACK = /\b(?:(?:anything|something|one) like (?:that|this|it)|the same(?: thing)?|similar)\b|一样|同样|类似|这种|那种|这样的|那样的/i;

/** Words that only address this store, dropped to see whether a turned question names a thing of its own. */
const THIS_STORE_WORDS = /你们(?:这边|那边|这里|这儿|家|店)?|你家|贵店|本店|\b(?:yours|your (?:store|shop|site|website|app))\b/gi;

function withoutThisStore(question: string): string {
  return question.replace(THIS_STORE_WORDS, ' ');
}

/**
 * A question of how this store does a thing, asked with a question word (怎么, 多久, 哪些, 几天, 什么; how, what, which,
 * when): a question about its own service. A yes-or-no request to act ("你们能修吗", "can you fix it") is not: it asks
 * the store to take on the other shop's thing, which stays the other shop's.
 */
const HOW_THIS_STORE_DOES = /怎么|怎样|如何|多久|多长时间|几天|哪些|哪种|什么|啥|\b(?:how|what|which|when|whats)\b/i;
/**
 * Whether this store offers a thing, asked yes or no (你们支持七天无理由退货吗, 你们有没有分期, "do you offer anything like
 * that", "do you accept klarna"), or the other shop's thing asked back of this store (你们这边呢, "what about you"): the
 * store's own service, as a question word asks it. Not a request to act (你们能修吗, "can you fix it").
 */
const WHAT_THIS_STORE_OFFERS =
  /(?:你们|你家|贵店|本店)(?:家|这边|那边|这里|店)?(?:也|都|会|可以)?(?:支持|有没有|有无|提供|接受|能不能用|可不可以用|可以用|能用)|(?:你们|你家|贵店)(?:家|这边|那边|这里|店)?呢|\b(?:do|does|will|would) (?:you|u|ya)(?: guys| lot)? (?:also )?(?:offer|have|support|accept|allow|take|do)\b|\b(?:what|how) about (?:you|u|yours|your (?:store|shop|site))\b/i;

function asksHowThisStoreDoes(turned: string): boolean {
  const matching = textForMatching(turned);
  return HOW_THIS_STORE_DOES.test(matching) || WHAT_THIS_STORE_OFFERS.test(matching);
}

/** The confident answer to the question the message turns to (turned-question.ts), if it has one. */
function answerAfterTurn(
  text: string,
  lang: Lang,
  knowledge: KnowledgeLookup,
  wholeAnswered: boolean,
): { answer: KnowledgeAnswer; question: string } | undefined {
  const turned = turnedQuestion(textForMatching(text), lang);
  // Small talk before the turn ("你是機器人嗎 哈哈 好啦 怎麼換email", "are you a bot lol, anyway…") is no topic, however
  // well the whole message matched (the article about reaching a person, for "bot").
  const storyIsSmallTalk = turned !== undefined && detectWholeMessageSmallTalk(turned.story) !== undefined;
  if (turned === undefined || (wholeAnswered && !turned.storyDisowned && !storyIsSmallTalk)) return undefined;
  const answer = knowledge.ask(turned.question, { lang });
  return answer.decision.kind === 'answer' ? { answer, question: turned.question } : undefined;
}

/**
 * The question told after the customer's aside about their own life (aside-told.ts: a feeling, an emoji, a figure of
 * speech, family, health, work), asked alone, when it reads better than the whole message: answered, or offered first
 * with an article the whole message leaned to (one of its best three) and likelier than the whole's best. The question
 * must name nothing the knowledge base has nowhere ("how do i get paint off walls", "how long is the isolation period",
 * 隔离要几天: the thing asked is the customer's life, not the store's); one that alone finds nothing, or only of doubtful
 * scope ("any tips for calming her down", "what should I take for it"), leaves the whole message's decision as it was.
 */
function answerBesideAside(text: string, lang: Lang, knowledge: KnowledgeLookup, whole: KnowledgeAnswer): KnowledgeAnswer | undefined {
  const split = questionBesideAside(textForMatching(text), lang, (clause) => asksAnyForm(clause, lang));
  if (!split || isTopicless(withoutThisStore(split.question), lang)) return undefined;
  const answer = knowledge.ask(split.question, { lang });
  if ((answer.hits[0]?.explanation?.unknownWords ?? []).length > 0) return undefined;
  const { decision } = answer;
  if (decision.kind === 'answer') return answer;
  if (decision.kind !== 'clarify' || decision.rule === 'uncertain-scope') return undefined;
  const first = decision.choices[0];
  const wholeFirst = whole.decision.kind === 'clarify' ? whole.decision.choices[0]?.articleId : undefined;
  const leaned = whole.hits.slice(0, LEANED_TO).some((hit) => hit.articleId === first?.articleId);
  return first !== undefined && leaned && first.articleId !== wholeFirst && first.score > (whole.hits[0]?.score ?? 0) ? answer : undefined;
}

/**
 * The confident answer to a question asked of a supposition (supposition.ts): its main clause alone. Not the message
 * without the supposition word: the condition's verb (退货 in 萬一我想退貨，要幾耐先收到退款) says what would happen, not
 * what is asked, and would draw the search to its own article.
 */
function answerOfSupposition(text: string, lang: Lang, knowledge: KnowledgeLookup): KnowledgeAnswer | undefined {
  const supposition = readSupposition(textForMatching(text), lang);
  // No clause after the condition ("hypothetically if my package got stolen off the porch what would i do", 假設個包裹俾人
  // 偷咗點算): the condition is what is asked, and the supposition word, which no article has, only spread it thin.
  const asked = supposition?.mainClause ?? supposition?.unframed;
  if (asked === undefined) return undefined;
  const answer = knowledge.ask(asked, { lang });
  return answer.decision.kind === 'answer' ? answer : undefined;
}

/**
 * The whole message, with the name of a problem it tells by its facts ("it said Saturday, it's Monday": a late
 * delivery; problem-shape.ts) added to the words searched. A question of the customer's own that the message answers
 * as typed keeps its answer: the facts are then the story told before it ("…the box it came in. Can she still return
 * it?"), unless the shape reads a word of that question ("12 dollars missing?": money, not an item).
 */
function askNamingTheProblem(text: string, matching: string, lang: Lang, knowledge: KnowledgeLookup, slow: boolean): KnowledgeAnswer {
  const named = withProblemNamed(text, matching, lang);
  if (!named.shape) return knowledge.ask(slow ? `${text} ${SLOW_CONCEPT[lang === 'zh' ? 'zh' : 'en']}` : text, { lang });
  if (ASKED.test(text) && !READS_THE_QUESTION.has(named.shape)) {
    const asTyped = knowledge.ask(text, { lang });
    if (asTyped.decision.kind === 'answer') return asTyped;
  }
  return knowledge.ask(named.text, { lang });
}

/**
 * What a thing exclaimed slow is asked about: how long it takes. The thing decides the article (退款 the refund's
 * timing, 快递 a late parcel).
 */
const SLOW_CONCEPT = { en: 'taking so long', zh: '要多久' } as const;

/** A question of the customer's own: a question mark. */
const ASKED = /[?？]/;

/** Sentences that make a story before a question. */
const STORY_SENTENCES = 4;
const SENTENCE_END = /[.!?。！？](?=\s|$)/g;

function sentencesIn(text: string): number {
  return text.split(SENTENCE_END).filter((sentence) => sentence.trim().length > 0).length;
}

/** A message found nothing likely (below the clarify threshold): the articles it leaned to, best first. */
const LEANED_TO = 3;

/** The clause asked last, at least this long (characters; a Chinese clause is denser), and with a topic of its own. */
const MIN_CLAUSE = { en: 12, zh: 6 } as const;

/**
 * The answer to the message's last asking clause, when the whole message found nothing, or only choices among which
 * the question picks one: the story told before a question spreads the message over words no article has, or over
 * several articles' words ("I bought a cardigan… far too big… send it back. … Can she still return it this late?").
 * Only a confident answer counts.
 */
function askedLast(text: string, lang: Lang, knowledge: KnowledgeLookup, whole: KnowledgeAnswer): KnowledgeAnswer | undefined {
  const clauses = clausesLastFirst(text, lang);
  if (clauses.length < 2) return undefined;
  // Declined as a whole by the scope gate: the story told around the question (a feeling, an illness, who the gift is
  // for) is read as the message's subject. The store's question is what is left without the clauses that tell the
  // knowledge base nothing on their own; its asking clause is read by the shared reader of question forms too
  // (聽日到唔到 asks as 到不到 does).
  const storyDropped = whole.decision.kind === 'fallback' && whole.decision.rule === 'out-of-scope';
  const question = clauses.find((clause) => (storyDropped ? asksAnyForm(clause, lang) : QUESTION_CUE.test(textForMatching(clause))));
  if (!question) return undefined;
  const withoutStory = storyDropped ? storeQuestion(clauses, question, lang, knowledge) : undefined;
  const script = lang === 'zh' ? 'zh' : 'en';
  const asked = withoutStory ?? (whole.decision.kind === 'fallback' ? withStateBefore(clauses, question, MIN_CLAUSE[script]) : question);
  if (isTopicless(withoutThisStore(textForMatching(asked)), lang)) return undefined;
  const short = asked.length < (withoutStory !== undefined ? minAskedAlone(asked, script) : MIN_CLAUSE[script]);
  if (short && withoutStory === undefined) return undefined;
  const answer = knowledge.ask(asked, { lang });
  // A short question whose story was dropped (可以换吗) is answered only when it picks, with confidence, the article the
  // whole message leaned to: the story's thing is then the store's (买给我爸的礼物颜色不对 可以换吗), and what the story added
  // was the customer's life (who it was for), which only made the message read out of scope.
  if (short && !(answer.decision.kind === 'answer' && leanedTo(whole) === answer.decision.hit.articleId)) return undefined;
  // A question that, alone, is itself of doubtful scope (开锁师傅电话多少 after 把自己锁在门外了 什么运气: a locksmith's
  // number) is no store question the story hid: the whole message's decline stands.
  if (storyDropped && answer.decision.kind === 'clarify' && answer.decision.rule === 'uncertain-scope') return undefined;
  // Out of scope as a whole, or nothing likely enough to offer, but the question's own choices lead with the article
  // the whole message leaned to (its best, or one of its best three when nothing reached the clarify band): the story
  // around it ("honestly this is ridiculous…", 绝绝子…, 速递员话听日再送) spread the message thin, and the question is
  // the store's.
  if (answer.decision.kind === 'clarify' && whole.decision.kind === 'fallback') {
    const first = answer.decision.choices[0]?.articleId;
    const leaned = whole.decision.rule === 'out-of-scope' ? [whole.decision.best] : whole.hits.slice(0, LEANED_TO);
    return leaned.some((hit) => hit !== undefined && hit.articleId === first) ? answer : undefined;
  }
  if (answer.decision.kind !== 'answer') return undefined;
  // Choices of the whole message give way only to the question of a story (several sentences told before it), or of
  // words before it that tell the knowledge base nothing (a feeling, an occasion: "今日升職好開心 想買部相機獎勵自己 可唔可以用
  // 八達通俾錢", "so excited!! …, how many days until it arrives?"), and only to one of them: "I put the wrong house number
  // on my order, can I change it?" asks about the address, which "can I change it?" alone does not say.
  if (whole.decision.kind === 'clarify') {
    const chosen = answer.decision.hit.articleId;
    if (!whole.decision.choices.some((choice) => choice.articleId === chosen)) return undefined;
    if (sentencesIn(text) < STORY_SENTENCES && !toldNothingBefore(text, question, lang, knowledge)) return undefined;
  }
  return answer;
}

/**
 * The article a message declined as out of scope leaned to: its best hit, when it scored at least LEANED_ENOUGH. A
 * weaker lean is one word the short question shares with the article (件衫洗完缩得好厉害 可以退吗 leans 0.33 to the article
 * about goods that cannot be returned, by 退 alone), not the message's topic.
 */
function leanedTo(whole: KnowledgeAnswer): string | undefined {
  const { decision } = whole;
  return decision.kind === 'fallback' && decision.best !== undefined && decision.best.score >= LEANED_ENOUGH ? decision.best.articleId : undefined;
}

/** A lean of the whole message as likely as not (the search's score, 0 to 1). */
const LEANED_ENOUGH = 0.5;

/**
 * A question too short to name its thing (退得吗, 能改吗) read with the clause told just before it, the state of the thing
 * it asks about (未拆 退得吗: unopened, can it go back; 地址写错了 能改吗): not the whole story, whose first clauses say
 * who it was for and why (买了件外套给老公, 结果他自己也买了). Only when the whole message found nothing likely: choices
 * the whole offers are not narrowed by a question that names no thing (the state's words, 拆封, would pick the article
 * about opened goods for goods not opened).
 */
function withStateBefore(clauses: readonly string[], question: string, minLength: number): string {
  const before = clauses[clauses.indexOf(question) + 1];
  return question.length < minLength && before !== undefined ? `${before} ${question}` : question;
}

/**
 * A question whose story was dropped is asked alone: a short one ("后天能到吗", "聽日到唔到") is read when it is all that is
 * left of the message's topic, but not a verb with only a modal (可以退吗): what it would return is the story's thing.
 */
const MIN_ASKED_ALONE = { en: 12, zh: 5 } as const;
/**
 * A Chinese question asked by a question word (几天能到, 什么时候到, 多少钱) names what it asks, whatever the story
 * around it said (在备考法考 急需这本书 几天能到: the exam and the need are the story; how many days is asked): four
 * characters are enough. A verb with only a modal (可以退吗) is not: what it would return is the story's thing.
 * So is one naming its thing first (ASKS_BY_MODAL_ZH).
 */
const MIN_ASKED_BY_QUESTION_WORD_ZH = 4;

/**
 * A Chinese question that names its thing before asking of it (库存够吗, 运费多少) names what it asks as well: four
 * characters are enough. One opening with a modal or a verb's potential (可以退吗, 能换吗, 退得了吗) does not: what it
 * would return is the story's thing.
 */
const ASKS_BY_MODAL_ZH = /^(?:还|那|就|也)?(?:可以|可不可以|能|能不能|能否|可否|会|会不会|要|要不要|行不行|得)|^\p{Script=Han}得/u;

function minAskedAlone(asked: string, script: 'en' | 'zh'): number {
  if (script !== 'zh') return MIN_ASKED_ALONE[script];
  const matching = textForMatching(asked).trim();
  return HOW_THIS_STORE_DOES.test(matching) || !ASKS_BY_MODAL_ZH.test(matching) ? MIN_ASKED_BY_QUESTION_WORD_ZH : MIN_ASKED_ALONE[script];
}
/**
 * A question whose subject or object is the story's thing or person by a pronoun ("is it safe", "can he play with it",
 * 他能玩吗): without the story it asks about nothing, so the story is not dropped.
 */
const NAMES_STORY_THING = /\b(?:it|its|they|them|he|him|she|her)\b|它|他|她/i;
/** Clauses read, at most, to find which of them tell the knowledge base nothing. */
const MAX_STORY_CLAUSES = 6;

/**
 * The store's question in a message declined as a whole: the asking clause, with the clauses before it that find
 * something of the store's on their own ("买的衣服", "遲咗退貨", "the page says order placed"), without those that find
 * nothing (好紧张啊, 我早排病咗, "I was in hospital for three weeks"): a feeling or a circumstance is no topic. A question
 * pointing back at the story's thing ("how do i stop it", "is it safe", 那个怎么弄) keeps its story (undefined): the thing is
 * the story's, and the question is read alone only as any question is.
 */
function storeQuestion(clauses: readonly string[], question: string, lang: Lang, knowledge: KnowledgeLookup): string | undefined {
  if (POINTS_BACK.test(textForMatching(question)) || NAMES_STORY_THING.test(textForMatching(question))) return undefined;
  const before = clauses.slice(clauses.indexOf(question) + 1, clauses.indexOf(question) + 1 + MAX_STORY_CLAUSES);
  // An aside with a question's word (佢话你们的东西几好, 没什么大事) is the customer's remark, not the store's topic.
  const told = before.filter((clause) => !isAside(textForMatching(clause), lang, asksSomething) && knowledge.ask(clause, { lang }).decision.kind !== 'fallback');
  return [...told.reverse(), question].join(lang === 'zh' ? ' ' : ', ');
}

/** A clause asks, by this module's cues or by the shared reader of question forms (question-form.ts). */
function asksAnyForm(clause: string, lang: Lang): boolean {
  const matching = textForMatching(clause).trim();
  return QUESTION_CUE.test(matching) || asks(matching.toLowerCase(), lang === 'zh');
}

/** A question whose object is the story's thing: "… stop it", "… fix them", 它, 这个, 那个. */
const POINTS_BACK = /\b(?:it|them|that|this|one)\W{0,3}$|它|这个|那个/i;

/**
 * Whether the words before the question, asked alone, find nothing to offer (declined, or below the clarify band): they
 * are how the customer feels or what the occasion is, not the topic.
 */
function toldNothingBefore(text: string, question: string, lang: Lang, knowledge: KnowledgeLookup): boolean {
  // A question about the story's thing ("my cat keeps scratching the sofa, how do i stop it", 那个怎么弄) asks about
  // what the story tells, which the store may not cover: the story is no mere feeling then.
  if (POINTS_BACK.test(textForMatching(question))) return false;
  const at = text.lastIndexOf(question);
  const before = at > 0 ? text.slice(0, at).trim() : '';
  if (before.length === 0) return false;
  return knowledge.ask(before, { lang }).decision.kind === 'fallback';
}

/**
 * Whether the whole message may not be about the store: declined, or a likely article offered only as a choice
 * (`uncertain-scope`). Then a part answered alone does not speak for the message when another of its questions is
 * declined: the declined question names the thing, the answered one only asks about it ("孩子的化学实验套装 6岁能玩吗
 * 安全吗": 安全吗 alone reads as data privacy; "can you recycle my old phone? how much is it worth": "how much is it
 * worth" alone reads as what points are worth). The declined question settles the doubt: the message is declined.
 * Two questions that each stand alone are answered when the message as a whole is in scope.
 */
function doubtsScope(whole: KnowledgeAnswer): boolean {
  const { decision } = whole;
  return decision.kind === 'fallback' || (decision.kind === 'clarify' && decision.rule === 'uncertain-scope');
}

/** The whole message declined as out of scope, its best hit kept for the explanation. */
function declined(whole: KnowledgeAnswer): KnowledgeAnswer {
  const { decision } = whole;
  if (decision.kind === 'fallback') return whole;
  const best = decision.kind === 'answer' ? decision.hit : decision.choices[0];
  return { ...whole, decision: { kind: 'fallback', ...(best ? { best } : {}), rule: 'out-of-scope' } };
}

/** The message declined as out of scope whatever the search found (below the clarify band too): not the store's. */
function outOfScope(whole: KnowledgeAnswer): KnowledgeAnswer {
  const { decision } = whole;
  if (decision.kind !== 'fallback') return declined(whole);
  return { ...whole, decision: { ...decision, rule: 'out-of-scope' } };
}

/**
 * A part's answer. Whether a message is about the store at all belongs to the whole message: a part the search
 * would have answered but for doubt about its scope ("do you ship to australia", `uncertain-scope`) is answered when
 * the whole message is in scope.
 */
function answerOfPart(part: KnowledgeAnswer, wholeInScope: boolean): KnowledgeAnswer | undefined {
  const { decision } = part;
  if (decision.kind === 'answer') return part;
  if (wholeInScope && decision.kind === 'clarify' && decision.rule === 'uncertain-scope') {
    return { ...part, decision: { kind: 'answer', hit: decision.choices[0], rule: 'confident' } };
  }
  return undefined;
}

/**
 * A follow-up about the last answer's topic: asked together with that article's title, and answered from another
 * article (the customer has read that one; "and how long does that take" asks what it did not say).
 */
function askAbout(last: Article, text: string, lang: Lang, knowledge: KnowledgeLookup): KnowledgeAnswer {
  return knowledge.ask(`${last.title} ${text}`, { lang, exclude: [last.id] });
}

/** The terms of the message the knowledge base has nowhere (the search's explanation of its best hit). */
function unknownOf(answer: KnowledgeAnswer): ReadonlySet<string> {
  return new Set(answer.hits[0]?.explanation?.unknownWords ?? []);
}

/**
 * Whether the article found is about the device asked of: its title names it ("Pair the Zorblax headset" for "how do I
 * pair my Zorblax headset"; in Chinese the device's last two characters, 耳机 of 蓝牙耳机). A store's own settings article
 * found by the shared verb names no device.
 */
function titleNamesDevice(answer: KnowledgeAnswer, device: readonly string[], lang: Lang, knowledge: KnowledgeLookup): boolean {
  const { decision } = answer;
  const best = decision.kind === 'answer' ? decision.hit : decision.kind === 'clarify' ? decision.choices[0] : undefined;
  const title = best ? knowledge.getPublished(best.articleId)?.title.toLowerCase() : undefined;
  if (!title) return false;
  if (lang === 'zh') return device.some((word) => word.length >= 2 && title.includes(word.slice(-2)));
  const titleStems = new Set(title.split(/[^a-z0-9]+/).filter(Boolean).map(stem));
  return device.some((word) => titleStems.has(stem(word)));
}

/** The terms of the message the answered or first offered article matched. */
function matchedOf(answer: KnowledgeAnswer): readonly string[] {
  const { decision } = answer;
  const best = decision.kind === 'answer' ? decision.hit : decision.kind === 'clarify' ? decision.choices[0] : decision.best;
  const hit = answer.hits.find((h) => h.articleId === best?.articleId);
  return hit?.explanation?.matchedTerms ?? [];
}
