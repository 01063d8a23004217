/**
 * A regulator, a legal letter, a court or a right asked about for information, not taken up against the shop: "what's
 * the trading standards number", "what does a letter before action mean?", "is the ombudsman the same as trading
 * standards?", "what's the difference between a refund and a chargeback", 12315是什么电话, 律师函是什么意思, 消协一般管什么的,
 * 消委会有冇测试过呢个牌子. The legal and threat rules read the name as a dispute taken outside, which most messages that
 * name one mean; here the name is what the question is about: a definition, a number, a rating, what it covers, how it
 * compares, or asked out of curiosity or for schoolwork.
 *
 * Only in a message that asks and tells nothing of its own against the shop: a report, a complaint, "I'll", "unless",
 * a grievance (a refund withheld, a scam, something broken) keeps the name the customer's threat ("what's the trading
 * standards number, I'm reporting you", 12315电话多少 我要投诉你们). Only the names asked about are set aside.
 */
import { EN_THREAT, ZH_THREAT } from './regulator-cited';
import { withoutSupposedClauses } from './supposed';

/** What is asked of the name, right after it: its number, its meaning, its rules, its rating, what it covers. */
const EN_ABOUT_AFTER =
  /^(?:'s?)? (?:(?:phone |contact |helpline |hotline )?(?:number|phone|hotline|helpline|website|site|web ?page|address|email|logo|mark|badge|sticker|rating|score|rules?|regulations?|guidelines?|laws?|act|registration)\b|(?:mean|means|meant|stand for|stands for)\b|(?:have|has) (?:any )?(?:rules?|guidelines?|laws?|regulations?|a (?:number|website|logo))\b|(?:the )?same (?:thing )?as\b|(?:a|an) (?:thing|real thing)\b|(?:cover|covers|apply|applies|apply to|deal with|deals with|handle|handles)\b)/;
/** What frames the name as the subject of a question: "what is a…", "the difference between … and", "same as". */
const EN_ABOUT_BEFORE =
  /(?:(?:^|[.,;:!?] ?)(?:what|who|whats|what's|which)(?:'s| is| are| does| do)? (?:a |an |the |this |that |my |our |your )?|(?:^|[.,;:!?] ?)is (?:a |an |the )?|(?:difference|differences) between (?:a |an |the )?(?:[a-z]{1,14} (?:and|or|vs) (?:a |an |the )?)?|(?:same as|different from|compared to|compared with|vs\.?|versus) (?:a |an |the )?|(?:heard of|heard about|read about|saw|seen) (?:a |an |the )?|(?:number|phone|hotline|helpline|website|site|address|email|contact details|logo|rating) (?:for|of) (?:the |a )?|(?:what|which) (?:phone )?(?:number|website|email|address) (?:is|for) (?:the )?)$/;
/**
 * Asked out of curiosity or for a piece of schoolwork, or said outright to be no complaint. Schoolwork is named by its
 * own nouns wherever they stand ("uni assignment on consumer protection law", "writing my law school essay on consumer
 * rights", "my dissertation"), or by a project, a paper or a report of a course ("for my uni project").
 */
const EN_CURIOUS =
  /\b(?:just (?:curious|wondering|checking|asking)|just so (?:i|we) know|out of curiosity|i'm curious|im curious|essays?|assignments?|dissertations?|thesis|coursework|homework|(?:uni|university|school|college|class|course|law|module|seminar|student) (?:project|paper|report|presentation|research)|not complaining|not a complaint|for my records|for future reference|(?:i'm|im|i am) (?:studying|reading|taking|doing) (?:a )?(?:[a-z]{2,12} )?(?:law|laws|degree|course|module|class))\b/;
/** Something the customer is watching or reading: "watching a court drama on telly while i shop". */
export const EN_MEDIA_MET =
  /\b(?:watching|watched|binging|bingeing|streaming|reading) (?:a |an |the |some |this |that |my )?(?:[a-z]{2,12} )?(?:drama|dramas|show|shows|series|film|films|movie|movies|documentary|novel|thriller|tv|telly|podcast)\b/;
const EN_ASKS = /\?|(?:^|[.!,;:] ?)(?:how|what|whats|what's|where|when|which|who|can|could|may|do|does|is|are|will|would|should)\b/;
/** Something of the customer's own held against the shop. */
const EN_GRIEVANCE =
  /\b(?:scam\w{0,4}|fraud\w{0,4}|ripped off|rip[- ]off|refund me|my money back|never (?:arrived|came)|still (?:waiting|not|haven't)|broken|faulty|you (?:lot|people|guys) (?:are|have)|hear about this|know about this|find out about|tak(?:e|ing) (?:this|it|things|the matter) (?:further|elsewhere|up)|(?:hasn't|has not|haven't|have not|didn't|did not|won't|will not|never) (?:arrived|come|came|refunded|responded|replied|answered|been (?:refunded|answered|delivered)))\b/;

const ZH_ABOUT_AFTER =
  /^(?:函|信|信函|状|书|令)?(?:(?:是|系|係)[^，,。！？!?]{0,10}(?:吗|嘛|㗎|咩|(?:嚟|来)?(?:㗎|的)?[?？])|(?:一般|通常)?(?:是|系|係)?(?:谁|哪个|什么人|边个)(?:发|写|出|管)|(?:是|系|係)(?:什么|啥|乜|咩|做什么|干什么|干嘛|做乜|做咩|哪个|边个|什么意思|啥意思)|(?:什么|啥|乜|咩|乜嘢)意思|(?:的|嘅)?(?:电话|号码|热线|网址|官网|网站)(?:是|系)?(?:多少|几多|什么|啥|乜|咩)?|(?:一般|主要|平时)?(?:管|负责|处理)(?:啲|些|的)?(?:什么|啥|哪些|乜|咩|乜嘢)|(?:有冇|有没有|有无|会不会|有)?(?:测试|测评|评测|检测|抽检|验)(?:过)?|对[^，,。！？!?]{0,8}(?:有)?(?:什么|啥|哪些|乜|咩)?(?:规定|要求|规矩))/;
const ZH_ABOUT_BEFORE = /(?:什么是|啥是|乜嘢系|咩系|什么叫|啥叫|请问|问下|问一下|想问)$/;
// Schoolwork by its nouns, its subject between (我在写消费者权益法的论文, 做一份关于消保法的作业).
const ZH_CURIOUS = /(?:看|睇)(?:电视剧|新闻|剧|视频|网上|书|戏)(?:看|睇)?(?:到|见)|好奇|了解一下|想了解|论文|作业|功课|课题|毕业设计|(?:写|做)(?:一份|一篇|个)?报告|只是问问|随便问问|就是问问|纯问|问问而已/;
const ZH_ASKS = /[?？]|[吗呢么嘛]|谁|边个|什么|啥|乜|咩|多少|几多|怎么|怎样|如何|哪|能不能|可不可以|是不是|有没有|有冇|点样|几时|边度/;
const ZH_GRIEVANCE = /骗|不退|退款|退钱|坏了|差评|曝光|告你|告到|黑店|维权|凭什么|我要|我会|我就(?!是问)|已经/;

function askedAt(text: string, phrase: string, before: RegExp, after: RegExp): boolean {
  let any = false;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    any = true;
    if (!before.test(text.slice(Math.max(0, at - 40), at)) && !after.test(text.slice(at + phrase.length, at + phrase.length + 30))) return false;
  }
  return any;
}

// A grievance inside a supposed clause ("what are my consumer rights if something turns out faulty", 要是商品有质量问题)
// is the case asked about, not one the customer holds (supposed.ts).
function englishAsks(english: string): boolean {
  return !!english && EN_ASKS.test(english) && !EN_THREAT.test(english) && !EN_GRIEVANCE.test(withoutSupposedClauses(english, false));
}

function chineseAsks(chinese: string): boolean {
  return !!chinese && ZH_ASKS.test(chinese) && !ZH_THREAT.test(chinese) && !ZH_GRIEVANCE.test(withoutSupposedClauses(chinese, true));
}

function askedAbout(phrase: string, english: string, chinese: string): boolean {
  const chineseWord = /[\u4e00-\u9fff]/.test(phrase) || (!!chinese && /^\d+$/.test(phrase));
  if (chineseWord) {
    if (!chineseAsks(chinese)) return false;
    return ZH_CURIOUS.test(chinese) ? chinese.includes(phrase) : askedAt(chinese, phrase, ZH_ABOUT_BEFORE, ZH_ABOUT_AFTER);
  }
  if (!englishAsks(english)) return false;
  return EN_CURIOUS.test(english) ? english.includes(phrase) : askedAt(english, phrase, EN_ABOUT_BEFORE, EN_ABOUT_AFTER);
}

/** The legal or threat phrases without those asked about for information (see the file's comment). */
export function withoutLegalAskedAbout(found: readonly string[], english: string, chinese: string): string[] {
  return found.filter((phrase) => !askedAbout(phrase, english, chinese));
}
