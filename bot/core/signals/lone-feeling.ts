import type { ComplaintResult } from './complaint';
import { goodsMissing } from './goods-missing';
import type { SentimentReading } from './sentiment-scale';
import { asks } from './question-form';
import { shopScorn } from './shop-scorn';
import { ZH_DISTRESS_TEARS } from './breaking-point';

/**
 * One feeling of annoyance, disappointment or dislike about a thing, a process or shopping in general, beside a routine
 * question or problem: "so annoying, the parcel hasn't moved in 5 days, where is it", "really disappointed, the shoes
 * don't fit, how do I swap them", "customs fees are the worst, do you ship to canada", "the worst part of online
 * shopping is the wait for refunds, how long does yours take", 好烦 包裹少了一件 怎么办, 网购最讨厌的就是等退款 你们退款要几天,
 * 真的很扯 付款一直失败 是怎样. With a degree word ("really", "so", 太, 最) one such word reaches a strong emotion on the
 * lexicons' scale; but it is said of the situation, and the customer asks for the routine help the bot gives.
 *
 * The reading looks at what the feeling is and at whom it is aimed, not at the score:
 *
 * - the feeling is a single cue, and one of annoyance, disappointment or a general verdict ("annoying", "frustrating",
 *   "disappointed", "the worst", 烦, 失望, 讨厌, 扯, 夸张, an eye-roll: "ugh the parcel is behind schedule 🙄 any news?"
 *   is a first report grumbled, not a grievance pressed); anger, contempt, disgust, swearing and exasperation put to the
 *   listener ("furious", "appalled", "wtf", "how dare", 气死, 嬲, 恶心, 有没有搞错) are not this reading's to soften, and two
 *   cues or a run of "??" are more than one feeling about a thing;
 * - the shop and its people are not its target anywhere in the message, outside a routine question put to them: "you
 *   people", "at you guys", "you lied", "your staff/service/team", "how this was handled", 你们太过分, 客服都不回,
 *   你们客服到底在干嘛 aim it at the shop; "do you ship to canada", "how long does yours take", 你们退款要几天 only ask them;
 * - the message asks something or reports a routine problem (the complaint reader's service failure), and nothing
 *   else is complained of (abuse, a threat, a legal matter, repeated contact…).
 *
 * Abuse, shouting and breaking-point idioms are read after this, and make the emotion strong again (index.ts).
 */

/**
 * A feeling of annoyance, disappointment or a general verdict (English, lower case): the word inside a cue. Worry and
 * strain are the customer's own state ("so stressed this week", "so worried"), said of no one: they are read the same.
 */
const EN_MILD =
  /\b(?:annoy(?:ing|ed|s)?|irritat(?:ing|ed)|frustrat(?:ing|ed|ion)|disappoint(?:ing|ed|ment)|gutted|bummed|sad|upset(?:ting)?|a pain|not (?:thrilled|happy|pleased|impressed|keen|a (?:big )?fan)|sucks?|worst|bad|terrible|awful|horrible|fake|insane|crazy|stress(?:ed|ful)?|worried|worrying|anxious|nervous|tired|exhausted)\b/;
/**
 * The same in Chinese (folded to simplified): 烦, 讨厌, 失望, 郁闷, 无语, 扯, 夸张, 离谱, 不靠谱, 头疼, 糟糕; worry and strain
 * (着急, 焦虑, 担心) as in English.
 */
const ZH_MILD = /烦|讨厌|失望|郁闷|无语|扯|夸张|离谱|不靠谱|头疼|头痛|糟糕|难受|心累|着急|焦虑|担心/;
/**
 * A face of weary annoyance, in either language: an eye-roll, an unamused or a weary face ("ugh, my order is running
 * late 🙄 when will it get here?"). Faces of anger (😡, 🤬, 😠, 😤) are not among them.
 */
const MILD_FACE = /^(?:🙄|😒|😑|😩|😫|😮‍💨|🤦(?:‍[♀♂]️?)?)$/u;
/** Anger, contempt, disgust or a swear inside the same cue keeps it what it is: "so angry and disappointed", 气到失望. */
const EN_HOT = /\b(?:angry|mad|furious|livid|fuming|pissed|rage|outraged|appall(?:ed|ing)|disgust(?:ed|ing)|disgrace|shocking|pathetic|useless|joke|scam|dare|wtf|hell|damn|fuck\w*|shit\w*|crap\w*|bloody)\b/;
/** 靠 as a swear, not 靠谱 (reliable): 不靠谱 is a verdict on a thing. */
const ZH_HOT = /气|怒|嬲|激死|火大|恶心|垃圾|骗|坑|搞|操|靠(?!谱)|妈的|tm|滚/;

/** Evidence that is no feeling cue of its own: an interjection, the question's own frame, an ask after what happened. */
const NOT_A_CUE = /^(?:u+g+h+|a+r+g+h+|sigh|meh|唉+|哎+|哎呀|唉呀|!{1,2}|！{1,2}|(?:what'?s|whats|what is) (?:going on|happening|up))$|…|^(?:怎么回事|咋回事|是怎样|怎么了)$/;

/** The shop or its people as the feeling's target (English, lower case, one space). */
export const EN_AT_SHOP = new RegExp(
  [
    // "at you", "with you people", "how dare you", "by you lot".
    String.raw`\b(?:at|with|dare|by|of) (?:you|u|ya|y'all|yall)\b`,
    // "you guys are…", "you people", "you lot" — not a question put to them ("can you guys ship to…").
    String.raw`(?<!\b(?:do|does|did|can|could|will|would|have|are|should|may|might) )\b(?:you|u) (?:guys|people|lot|all)\b`,
    // "you" as the doer of a statement, at the head of a clause: "you lied", "you never reply", "you people".
    String.raw`(?:^|[,.;:!?] ?)(?:you|u|ya) (?:[a-z]{2,12}ed|never|keep|kept|always|are|were|have|had|did|lied|sent|lost|sold|took|just|clearly|obviously|seriously|still|can't|cant|don't|dont|won't|wont)\b`,
    // "your staff", "the customer service", "this company", "your team's attitude".
    String.raw`\b(?:your|ur|this|the|that) (?:customer )?(?:services?|support|staff|team|company|shop|store|people|agents?|employees?|business|manager|management|attitude)\b`,
    // What the shop's people did to the customer: "how this order was handled", "the way i was treated".
    String.raw`\b(?:handled|treated|dealt with|ignor(?:ed|ing)|lied|fobbed off|messed (?:me )?(?:up|around)|scammed|ripped off|nobody (?:replies|answers|cares|helps)|no one (?:replies|answers|cares|helps))\b`,
  ].join('|'),
);

/** The shop's people or their conduct named in a Chinese clause, question or not: 客服, 这家店, 服务, 态度, 对待. */
const ZH_SHOP_PEOPLE = /客服|商家|卖家|店家|这家|这店|这间|公司|平台|服务|态度|售后|对待|处理|不回|不理|没人/;
/** The shop addressed: 你们, 你哋 (folded), 您, 贵店. */
const ZH_YOU = /你|您|贵/;
/** A routine question put to the shop (folded): 你们退款要几天, 你们有没有…, 可以寄到台中吗. */
const ZH_ASKS = /[?？吗]|几|多少|多久|怎么|怎样|如何|哪|能不能|能否|能|可不可以|可以|可唔可以|点样|点算|是否|有没有|有冇|有无|什么时候|何时|支持/;
/** A question put to the shop in exasperation is aimed at it: 你们到底什么时候发货, 凭什么, 怎么能这样. */
const ZH_AT_THEM = /到底|究竟|干嘛|干什么|搞|凭什么|怎么能|怎么可以|还不|又|都不|老是|总是/;

/** What says a problem is not told for the first time: again, still, another time, 又, 还是, 再次. */
const FIRST_REPORT_BROKEN = /\b(?:again|still|another time|every time|as usual|twice|second|third)\b|又|还是|再次|仍然|依然|每次|第二次|第三次/;

const EN_ASKS = /\?|(?:^|[.,;:!] ?)(?:is|are|was|were|does|do|did|how|what|what's|whats|when|where|which|why|can|could|will|would|should|do i|do you|does it|is there|are there|is it|any)\s/;
/** Kinds that are a routine problem, not a complaint of the shop: the item arrived broken, the card failed. */
const ROUTINE_KINDS: ReadonlySet<string> = new Set(['service_failure']);

export function aimedAtShopChinese(text: string): boolean {
  return text.split(/[，,。.！!？?；;：:\s~～]+/).some((clause) => {
    if (ZH_SHOP_PEOPLE.test(clause)) return true;
    if (!ZH_YOU.test(clause)) return false;
    return !ZH_ASKS.test(clause) || ZH_AT_THEM.test(clause);
  });
}

/** The emotion, no longer strong when it is one mild feeling about a thing beside a routine question or problem. */
export function withoutLoneFeeling(
  reading: SentimentReading['emotion'], complaint: ComplaintResult, text: string, chinese: boolean,
): SentimentReading['emotion'] {
  if (!reading.strong || complaint.complaints.some((c) => !ROUTINE_KINDS.has(c.kind))) return reading;
  const lower = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  // A routine problem's own words ("broken", 碎了) are the situation, not a feeling about it.
  const situation = complaint.complaints.flatMap((c) => c.evidence.map((e) => e.toLowerCase()));
  const cues = reading.evidence.filter((e) => !NOT_A_CUE.test(e.toLowerCase()) && !situation.includes(e.toLowerCase()));
  if (cues.length !== 1) return reading;
  const cue = cues[0].toLowerCase();
  if (!MILD_FACE.test(cue) && (chinese ? !ZH_MILD.test(cue) || ZH_HOT.test(cue) : !EN_MILD.test(cue) || EN_HOT.test(cue))) return reading;
  // "??" and "?!" press the listener; they are a second cue whatever the words.
  if (/[?？][?？!！]|[!！][?？]|[!！]{3}/.test(lower)) return reading;
  if (chinese ? aimedAtShopChinese(lower) : EN_AT_SHOP.test(lower)) return reading;
  // Goods missing from the box or a failure, told for the first time, are the routine problem of a statement with no
  // question in it ("so frustrating, opened the box and half the cutlery set isnt there"); told again (again, still, 又), a
  // chase (太烦了 又少了两个碗).
  const firstReport = !FIRST_REPORT_BROKEN.test(lower);
  const firstReportOfMissing = firstReport && goodsMissing(chinese ? '' : lower, chinese ? lower : '');
  const routine = (chinese ? ZH_ASKS : EN_ASKS).test(lower) || (complaint.complaints.length > 0 && firstReport) || firstReportOfMissing;
  return routine ? { ...reading, strong: false } : reading;
}

/**
 * The customer weighs their own message down: "not urgent, just wanted to mention the packaging was a bit flimsy",
 * 怎么投诉 不是很急 就是想反映一下包装太简陋, Cantonese 唔係好急 只係想講下 (folded 不是好急 只是想讲下), 提个小建议. Whatever the
 * verdict word weighs on the lexicons' scale (太简陋 reaches a strong emotion), the customer says it is feedback, not a
 * grievance pressed; with a question of how to give it (the complaints process, the feedback form) the bot answers.
 *
 * Only when nothing hot is said (anger, contempt, swearing: EN_HOT, ZH_HOT), the message asks, and nothing is complained
 * of but a routine problem or the word of a complaint itself (the one the customer asks how to make): a threat, abuse,
 * a legal matter, an incident or repeated contact keep the feeling strong.
 */
const ZH_HEDGE =
  /(?:不是|不|并不|也不|没有|没)(?:很|太|特别|那么|好|十分|非常)?(?:急|着急|赶时间|紧急)|(?:就|只|只不过|仅仅)是?想(?:反映|反馈|说|讲|提|告诉|提醒)|(?:提|给)(?:个|一个|点)?小?(?:建议|意见)|小建议|随便说说|不是(?:要|想)投诉|没什么大不了/;
const EN_HEDGE =
  /\b(?:not (?:urgent|a big deal|a huge deal|a major (?:issue|problem)|serious|a complaint as such|really a complaint|a big issue)|no (?:rush|hurry|biggie)|nothing (?:serious|major|urgent)|just (?:wanted|want|thought|wanting) (?:to )?(?:mention|flag|let you know|say|point out|give (?:some )?feedback|share|note)|(?:minor|small) (?:thing|point|suggestion|niggle|gripe)|just a heads ?up)\b/;
/** Kinds a hedged message may carry: the routine problem, and the complaint word of a complaint asked how to make. */
const HEDGED_KINDS: ReadonlySet<string> = new Set(['service_failure', 'complaint']);

export function withoutHedgedFeeling(
  reading: SentimentReading['emotion'], complaint: ComplaintResult, text: string, chinese: boolean,
): SentimentReading['emotion'] {
  if (!reading.strong || complaint.complaints.some((c) => !HEDGED_KINDS.has(c.kind))) return reading;
  const lower = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!(chinese ? ZH_HEDGE : EN_HEDGE).test(chinese ? lower.replace(/ /g, '') : lower)) return reading;
  const cues = reading.evidence.filter((e) => !NOT_A_CUE.test(e.toLowerCase()));
  if (cues.some((cue) => (chinese ? ZH_HOT : EN_HOT).test(cue.toLowerCase()))) return reading;
  if ((chinese ? ZH_HOT : EN_HOT).test(lower)) return reading;
  const asked = lower.split(chinese ? /[，,。.！!？?；;\s]+|(?<=[?？])/ : /(?<=[?？])|[.!\n]+/).some((sentence) => sentence.trim() && asks(sentence, chinese));
  return asked ? { ...reading, strong: false } : reading;
}

/**
 * The customer's own state before something coming in their life: nerves, worry, fear, excitement, tears, a heavy heart
 * ("my daughter flies to Toronto for uni and I'm a nervous wreck, do you ship phone chargers to Canada", "moving house
 * Saturday and I'm terrified!!", 女儿要出嫁了 我又开心又紧张 哭了一整晚 喜糖盒可以批量订吗).
 * However strongly it is said, such a feeling is about the move, the wedding, the operation; it judges no one, and the
 * shop is only asked for what the occasion needs.
 *
 * At least one cue of the feeling must be such a state word, and every other stand in the clause of one ("a nervous
 * wreck", "a bundle of nerves") or of a question that does not reproach ("can I add a gift note"), none hot (anger,
 * contempt, a swear); the message asks, presses no one ("?!", "??"), scorns no one ("do you even care": shop-scorn.ts),
 * aims at the shop nowhere outside its question (you people, your staff, 你们太…), and nothing is complained of, not
 * even a routine problem: "so worried, my parcel still hasn't come and it's for her birthday" is a problem with the
 * shop, and its worry stays what the lexicons read.
 */
const EN_STATE =
  /\b(?:nervous|nerves|anxious|anxiety|worried|worry|worrying|terrified|scared|afraid|frightened|petrified|panick?(?:ing|ed)?|stress(?:ed)?|emotional|heartbroken|heartbreaking|teary|tearful|tears|crying|cried|cry|sobbing|excited|exciting|thrilled|overwhelmed|jittery|butterflies|dreading|sad)\b/;
const ZH_STATE = /紧张|担心|担忧|害怕|怕|惊|慌|焦虑|不安|舍不得|难舍|哭|流泪|眼泪|激动|兴奋|开心|高兴|难过|伤心|压力|睡不着|忐忑/;
/** A question that reproaches: why, how come, 为什么, 凭什么, 到底. */
const REPROACH = /\bwhy\b|\bhow come\b|为什么|为何|凭什么|到底|究竟|点解/;
/** The feeling's clause, around its cue: up to the marks of punctuation either side. */
function clauseAround(text: string, cue: string, chinese: boolean): string {
  const at = text.indexOf(cue);
  if (at < 0) return cue;
  const marks = chinese ? /[，,。.！!？?；;\s]/ : /[,.;:!?]/;
  let start = at;
  while (start > 0 && !marks.test(text[start - 1]) && at - start < 80) start--;
  let end = at + cue.length;
  while (end < text.length && !marks.test(text[end]) && end - at < 80) end++;
  return text.slice(start, end);
}

export function withoutAnticipation(
  reading: SentimentReading['emotion'], complaint: ComplaintResult, text: string, chinese: boolean,
): SentimentReading['emotion'] {
  if (!reading.strong || complaint.complaints.length > 0) return reading;
  const lower = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  // Runs of "!" are the excitement itself; "?!" and "??" press the listener.
  const cues = reading.evidence.filter((e) => !NOT_A_CUE.test(e.toLowerCase()) && !/^[!！]{1,6}$/.test(e)).map((e) => e.toLowerCase());
  if (cues.length === 0 || /[?？][?？!！]|[!！][?？]/.test(lower)) return reading;
  const state = chinese ? ZH_STATE : EN_STATE;
  const hot = chinese ? ZH_HOT : EN_HOT;
  // A cue in a clause that asks is the question's own word ("can I add a gift note"), not the feeling.
  const ofState = (cue: string) => {
    const clause = clauseAround(lower, cue, chinese);
    return state.test(cue) || state.test(clause) || (asks(clause, chinese) && !REPROACH.test(clause));
  };
  if (!cues.some((cue) => state.test(cue)) || !cues.every((cue) => !hot.test(cue) && ofState(cue))) return reading;
  // Tears of anger or panic (急得哭了, 我都快哭了: breaking-point.ts) are no occasion's nerves: 婚礼用的东西没到 我急得哭了
  // 什么时候能到 is a customer let down, whatever the occasion.
  if (chinese && cues.some((cue) => ZH_DISTRESS_TEARS.test(cue))) return reading;
  // Told off for how it treats the customer ("do you even care"): aimed at the shop whatever else is felt.
  if (shopScorn(chinese ? '' : lower, chinese ? lower.replace(/ /g, '') : '')) return reading;
  if (chinese ? aimedAtShopChinese(lower) : EN_AT_SHOP.test(lower)) return reading;
  const asked = lower.split(chinese ? /[，,。.！!？?；;\s]+|(?<=[?？])/ : /(?<=[?？])|[.!\n]+/).some((sentence) => sentence.trim() && asks(sentence, chinese));
  return asked ? { ...reading, strong: false } : reading;
}
