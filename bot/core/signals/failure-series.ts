import { adviceFailed } from './advice-failed';
/**
 * The store's failures counted or told as a series: the same failure on one occasion after another, which is a repeated
 * contact however few times the customer wrote (complaint.ts reads the set phrases, narrated-repeat.ts stories of
 * chasing, repeat-told.ts the words of exasperation). Customers count failures in four shapes:
 *
 * - an ordinal series, each step a failure or the first step's failure shared by the later ones: "first order wrong
 *   item, second order wrong item, and now this one's wrong too", "first the charger was missing, then the cable, now
 *   the adapter", 第一次发错颜色，第二次少发一件，这次又发错了;
 * - an ordinal time that counts the failure or the contact: "third time my order has come in the wrong size", "third
 *   time im writing about the same missing item" (not "third time buying from you, love it": what is counted is the
 *   buying);
 * - a frequency, with the failure in its sentence: "delivery failed again, thats every week for a month now", 每个礼拜都
 *   送错地址, 又系迟到，成个月次次都咁;
 * - the earlier orders named: "same problem as my last two orders", 同上两次一样，又是少了东西, 上两张单都寄错尺寸，今次又系.
 *
 * Not a series of failures: the customer's own tries ("tried to log in 3 times"), a stay counted ("booked me 3 weeks in
 * Spain"), loyalty ("third time buying from you", 第三次在你们家买了), an order counted for a routine question ("second
 * order this month, can I combine shipping", "I ordered 3 shirts"), a failure supposed ("if it happens again"): none tells
 * a failure of the store on two occasions. Each shape needs a failure told; suppositions are set aside after (supposed.ts).
 *
 * Customers drop apostrophes ("im", "thats", "dont", "ive"): the English is read with them put back.
 */

// --- English -------------------------------------------------------------------------------------------------------

const CONTRACTIONS: Readonly<Record<string, string>> = {
  im: "i'm", ive: "i've", dont: "don't", thats: "that's", didnt: "didn't", doesnt: "doesn't", hasnt: "hasn't",
  havent: "haven't", wasnt: "wasn't", isnt: "isn't", wont: "won't", cant: "can't", youve: "you've", weve: "we've",
  theyve: "they've", theres: "there's", whats: "what's", arent: "aren't", werent: "weren't", hadnt: "hadn't",
};
const WORD = /[a-z]{2,8}/g;

/** Lower-case English with the apostrophes customers leave out put back: "im" is "i'm", "thats" "that's". */
export function withApostrophes(english: string): string {
  return english.replace(WORD, (word) => (Object.hasOwn(CONTRACTIONS, word) ? CONTRACTIONS[word] : word));
}

/** A failure of the store's: what came wrong, late, broken or not at all. */
const EN_FAILURE =
  /\b(?:wrong|missing|missed|late|delayed|broken|broke|damaged|crushed|smashed|cracked|dented|faulty|defective|lost|failed|fails|short|skip(?:s|ped)?|leaking|leaked|torn|stolen|misdelivered|no[- ]show|no delivery|never (?:arrive[sd]?|came|comes?|turn(?:s|ed)? up|show(?:s|ed)? up|appl(?:y|ies|ied)|work(?:s|ed)?|get delivered)|(?:hasn't|hadn't|didn't|doesn't|wasn't|isn't|haven't|not|won't|don't) (?:arrived?|come|came|shown up|show up|showed up|turn(?:ed)? up|been delivered|delivered|here|appl(?:y|ied)|work(?:ed|ing)?))\b/;
const EN_HYPOTHETICAL = /\b(?:if|whether|in case|unless|suppose|what happens|what if)\b/;

/** A step of a series: an occasion named in its clause ("second order", "now", "last week", "the week before"). */
const EN_STEP_MARKER =
  /\b(?:first(?:ly)?|1st|second|2nd|third|3rd|fourth|4th|then|next|now|this time|today|last (?:time|week|month|order)|the (?:week|month|time|order) before(?: that)?)\b/;
/** The first occasion of a series: "first", "last week", "the week before". */
const EN_FIRST = /\b(?:first(?:ly)?|1st|last (?:time|week|month|order)|the (?:week|month|time|order) before(?: that)?)\b(?! time (?:i|we|ordering|buying|shopping|using))/;
/** A later occasion told as the same again: "second", "again", "too", "the week before". */
const EN_AGAIN_STEP = /\b(?:second|2nd|third|3rd|fourth|4th|again|too|as well|also|another|the (?:week|month|time|order) before)\b/;
/** A step told by ellipsis, sharing the first step's failure: "then the cable", "now the adapter". */
const EN_ELLIPTICAL = /^(?:and |but )?(?:then|next|now|second|2nd|third|3rd|this time)(?: it's| it was)?,? (?:the|my|a|an|your) [a-z]{2,14}(?: [a-z]{2,14})?(?: too| as well| again)?$/;
/** The customer's own act in a step: "first i clicked pay, then it asked for a code" is one failure, told step by step. */
const EN_OWN_STEP = /\b(?:i|we)(?: (?:then|just|also))? (?:tried|clicked|pressed|entered|typed|logged|reset|went|opened|added|paid|selected|chose|filled|signed)\b/;

/**
 * Occasions one after another, each failing: two failing steps with a later one the same again ("first order wrong
 * item, second order wrong item"), three failing steps, or a first failure shared by two steps told by ellipsis. A
 * failure told on two days with nothing again ("last week tracking said delayed, today it's still not here") is one
 * late parcel.
 */
function ordinalSeries(message: string): string | undefined {
  if (EN_HYPOTHETICAL.test(message)) return undefined;
  const clauses = message.split(/[,;.!]| and (?=now|then|this time|second|third|today)/).map((c) => c.trim()).filter(Boolean);
  const start = clauses.findIndex((c) => EN_FIRST.test(c));
  if (start < 0) return undefined;
  const steps = clauses.slice(start).filter((c) => EN_STEP_MARKER.test(c) || EN_FAILURE.test(c));
  if (steps.some((s) => EN_OWN_STEP.test(s))) return undefined;
  const failing = steps.filter((s) => EN_STEP_MARKER.test(s) && EN_FAILURE.test(s));
  const again = failing.slice(1).some((s) => EN_AGAIN_STEP.test(s));
  const elliptical = steps.slice(1).filter((s) => EN_ELLIPTICAL.test(s));
  const told = failing.length >= 3 || (failing.length >= 2 && again) || (EN_FAILURE.test(steps[0]) && elliptical.length >= 2);
  return told ? steps.join(', ') : undefined;
}

const EN_ORDINAL_TIME = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|[2-9](?:nd|rd|th)|1[0-9]th) time\b/;
/** What follows the count when it counts the customer's buying or visits: "third time buying from you", "second time ordering". */
const EN_COUNTS_BUYING = /^(?:now |this (?:week|month|year) )?(?:(?:i(?:'ve| have)? |we(?:'ve| have)? )?(?:order(?:ing|ed)?|buy(?:ing)?|bought|shop(?:ping|ped)?|purchas(?:ing|ed)|using|used|visit(?:ing|ed)?|here|with you|at your)|lucky|round)\b/;
/**
 * What follows the count when it counts the customer's contact: "third time im writing about", "second time i've asked";
 * not the customer asking or telling themself ("3rd time asking myself why i keep buying stuff"), which reaches no one.
 */
const EN_COUNTS_CONTACT =
  /^(?:now |this (?:week|month) )?(?:that )?(?:(?:i'm|i am|i've|i have|i|we're|we've|we) )?(?:writing|written|wrote|asking|asked|contacting|contacted|calling|called|chasing|chased|emailing|emailed|messaging|messaged|reporting|reported|complaining|complained|raising|raised|telling|told|explaining|explained)\b(?! (?:myself|ourselves)\b)/;
/** What follows the count when it is a question or a supposition. */
const EN_COUNT_ASKED = /^(?:\S+ ){0,3}\S*\?/;

/** The customer's own tries or lapses before the count: "tried to log in for the third time", "wrong password for the third time". */
const EN_OWN_TRY = /\b(?:tried|trying|try|attempted|attempting|clicked|entered|typed|log(?:ged)? in|login|reset|forgot|forgotten|password|passcode|pin)\b/;

function ordinalTime(sentence: string): string | undefined {
  const count = EN_ORDINAL_TIME.exec(sentence);
  if (!count) return undefined;
  const before = sentence.slice(0, count.index);
  const rest = sentence.slice(count.index + count[0].length).trim();
  if (EN_COUNTS_BUYING.test(rest) || EN_HYPOTHETICAL.test(before) || EN_OWN_TRY.test(before) || EN_COUNT_ASKED.test(rest)) return undefined;
  if (EN_COUNTS_CONTACT.test(rest)) return `${count[0]} ${rest}`.trim();
  // The failure told in the clause the count opens: "third time my order has come in the wrong size".
  const clause = rest.split(/,| but | and (?:i|can|could|would|please)\b/)[0];
  return EN_FAILURE.test(clause) ? `${count[0]} ${clause}`.trim() : undefined;
}

/** A frequency of the store's failure: "every week", "each delivery", "every time i order". */
const EN_FREQUENCY =
  /\b(?:every|each)(?: single)? (?:day|week|weekend|month|delivery|order|(?:mon|tues|wednes|thurs|fri|satur|sun)day|time (?:i|we) (?:order|buy|shop|get (?:a )?deliver(?:y|ies)))\b|\b(?:this|it|that) (?:happens|keeps happening|has happened) (?:every|each)\b/;
/** The customer's own habit or plans: "i order every week", "we're away every weekend". */
const EN_OWN_HABIT = /\b(?:i|we)(?: (?:usually|always|normally))? (?:order|buy|shop|get|come|visit|travel|work|am away|'m away|are away)\b[^,.]{0,20}$/;

/** The frequency's clause asks: "has every order been delayed by the strike". */
const EN_ASKING_HEAD = /^(?:has|have|had|is|are|was|were|does|do|did|will|would|can|could|should)\b/;
/** The failure named by a word for it, told in the sentence before: "late again. its been like this every week". */
const EN_LIKE_THIS = /\b(?:like this|like that|the same|this happens|it happens|same (?:thing|problem|issue|story))\b/;

function frequency(sentence: string, message: string): string | undefined {
  if (EN_HYPOTHETICAL.test(sentence) || /\?\s*$/.test(sentence)) return undefined;
  const often = EN_FREQUENCY.exec(sentence);
  if (!often) return undefined;
  const before = sentence.slice(0, often.index);
  // The customer's own tries at the site: "i tried to log in every day this week and it says wrong password".
  if (EN_OWN_HABIT.test(before) || EN_OWN_TRY.test(before) || EN_ASKING_HEAD.test(before.slice(before.lastIndexOf(',') + 1).trim())) return undefined;
  return EN_FAILURE.test(sentence) || (EN_LIKE_THIS.test(sentence) && EN_FAILURE.test(message)) ? sentence.trim() : undefined;
}

/**
 * Occasions counted running, with the failure in the sentence: "3 weeks running my box is missing stuff", "four
 * deliveries straight". Ordinals running are read by repeat-told.ts.
 */
const EN_RUNNING =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9]) (?:weeks|days|months|weekends|orders|deliveries|times|(?:mon|tues|wednes|thurs|fri|satur|sun)days) (?:running|straight|on the (?:trot|bounce))\b/;

function running(sentence: string): string | undefined {
  const run = EN_RUNNING.exec(sentence);
  return run && EN_FAILURE.test(sentence) && !EN_HYPOTHETICAL.test(sentence) ? sentence.trim() : undefined;
}

/** The earlier orders named as failing the same way: "same problem as my last two orders", "just like my previous 3 orders". */
const EN_LIKE_EARLIER =
  /\b(?:same|like|as with|just like|happened|happens)(?: (?:thing|problem|issue|fault|mistake|story|again))?(?: as| with| to| on)? (?:my|the|your) (?:last|previous|past|other) (?:(?:\d|two|three|four|five|few|couple of|several) )?(?:orders?|deliveries|delivery|parcels?|times|ones|purchases|boxes)\b/;
const EN_SAME_TROUBLE = /\bsame (?:thing|problem|issue|fault|mistake|story)\b/;

function likeEarlier(sentence: string, message: string): string | undefined {
  const earlier = EN_LIKE_EARLIER.exec(sentence);
  if (!earlier || EN_HYPOTHETICAL.test(sentence.slice(0, earlier.index))) return undefined;
  // "it happened with my last 2 deliveries too": the failure told in the message around it.
  const failure = earlier[0].startsWith('happen') ? EN_FAILURE.test(message) : EN_FAILURE.test(sentence);
  return failure || EN_SAME_TROUBLE.test(earlier[0]) ? earlier[0] : undefined;
}

function englishSeries(english: string): string[] {
  const text = withApostrophes(english);
  const found: string[] = [];
  const series = ordinalSeries(text);
  if (series) found.push(series);
  for (const sentence of text.split(/[.!?;]+/)) {
    const read = ordinalTime(sentence) ?? frequency(sentence, text) ?? running(sentence) ?? likeEarlier(sentence, text);
    if (read) found.push(read.trim());
  }
  return found;
}

// --- Chinese (simplified, no spaces) --------------------------------------------------------------------------------

/** A failure of the store's (not 不错, which praises). */
const ZH_FAULT =
  /(?:发|寄|送|搞|弄|拿|装)(?:错|漏|少)|漏(?:发|寄|件)|少(?:发|寄|了|东西|件|货)|坏|烂|破|裂|碎|没(?:有)?(?:到|送到|收到|送来|来)|未(?:到|收到|送到)|冇(?:到|收到|送到)|延迟|延误|迟到|晚到|迟了|不见了|丢了|弄丢|不能用|用不了|(?<!不)错/;
const ZH_SUPPOSED = /如果|要是|假如|万一|若是|假设|的话/;
const ZH_CLAUSES = /[，,；;。！？!?\n]/;

/** A step of a series: 第一次, 第二单, 上次, 这次, 今次. */
const ZH_STEP = /^(?:第[一二两三四五六七八九十0-9]{1,2}(?:次|回|单|订单|张订单|个订单|批|趟)|头一[次回单]|上上次|上次|上回|上一单|这次|这回|今次|今回|今日|今天|这一?单)/;

/**
 * An earlier step told as put right, in a message that thanks for it: 上次杯子碎了你们很快就处理好了，谢谢！这次盘子碎了. The
 * customer tells a failure the store settled, and then a new one, not the same failing again; told as again (这次又碎了)
 * it still counts.
 */
const ZH_STEP_SETTLED = /(?:处理|解决|搞定|弄好|搞掂|补发|补寄|换|退|赔)(?:好|完|妥)?了|很快就?(?:处理|解决|搞定|补|换|退)/;
const ZH_THANKS = /谢谢|感谢|多谢|唔该|谢啦|辛苦了/;

function chineseOrdinalSeries(text: string): string | undefined {
  if (ZH_SUPPOSED.test(text)) return undefined;
  const thanked = ZH_THANKS.test(text) && !/又/.test(text);
  const failing = text
    .split(ZH_CLAUSES)
    .filter((clause) => ZH_STEP.test(clause) && (ZH_FAULT.test(clause) || /又/.test(clause)) && !(thanked && ZH_STEP_SETTLED.test(clause)));
  // Two occasions at least, one of them a failure told in words (又 alone shares it).
  return failing.length >= 2 && failing.some((c) => ZH_FAULT.test(c)) ? failing.join('，') : undefined;
}

/** A frequency: 每个礼拜, 每周, 每次, 每单, 次次, 天天 (都). */
const ZH_FREQUENCY = /(?:每一?个?(?:天|日|周|星期|礼拜|月|次|回|单|批)|次次|回回|天天|单单)(?:都|也|总是|总|老是)?/;
/** The customer's own habit or wish at that frequency: 我每个礼拜都会在你们这里买菜, 每周都想订. */
const ZH_OWN_HABIT = /^(?:会|要|想|可以|能|订|买|下单|来)/;
/** Always like this, the failure told beside it: 又系迟到，成个月次次都咁. */
const ZH_ALWAYS_SO = /(?:每一?个?(?:天|日|周|星期|礼拜|月|次|回|单)|次次|回回|天天|单单)都(?:是)?(?:这样|咁|如此|这么样|一样|同样)/;

function chineseFrequency(text: string): string | undefined {
  if (ZH_SUPPOSED.test(text)) return undefined;
  for (const clause of text.split(ZH_CLAUSES)) {
    const often = ZH_FREQUENCY.exec(clause);
    if (!often) continue;
    const after = clause.slice(often.index + often[0].length);
    if (ZH_OWN_HABIT.test(after) || /[吗么]$/.test(clause)) continue;
    if (ZH_FAULT.test(after)) return clause;
    if (ZH_ALWAYS_SO.test(clause) && ZH_FAULT.test(text)) return clause;
  }
  return undefined;
}

/** The earlier orders named, failing alike: 同上两次一样, 跟前两单一样, 上两张单都寄错. */
const ZH_EARLIER = /(?:上|前)(?:[两二三四五几0-9]|好几)(?:次|回|订单|张订单|单|张单|个订单|笔订单|批|趟)/;
const ZH_ALIKE = /^(?:的)?(?:一样|一模一样|同样|相同|都|也)/;

function chineseLikeEarlier(text: string): string | undefined {
  if (ZH_SUPPOSED.test(text)) return undefined;
  const earlier = ZH_EARLIER.exec(text);
  if (!earlier || !ZH_ALIKE.test(text.slice(earlier.index + earlier[0].length))) return undefined;
  const after = text.slice(earlier.index);
  return ZH_FAULT.test(after) || /又/.test(after) ? earlier[0] + text.slice(earlier.index + earlier[0].length).split(ZH_CLAUSES)[0] : undefined;
}

/** Occasions in a row with the failure after: 连续三周都没送到, 连续第三个礼拜没送到 (not 连续三年都在这里买). */
const ZH_IN_A_ROW = /连续(?:第)?(?:[两二三四五六七八九十几0-9]{1,2}|好几)(?:个)?(?:周|星期|礼拜|天|日|次|回|单|订单|张订单|个订单|批|趟|月)/;

function chineseInARow(text: string): string | undefined {
  if (ZH_SUPPOSED.test(text)) return undefined;
  for (const clause of text.split(ZH_CLAUSES)) {
    const row = ZH_IN_A_ROW.exec(clause);
    if (row && ZH_FAULT.test(clause.slice(row.index + row[0].length)) && !/[吗么]$/.test(clause)) return clause;
  }
  return undefined;
}

function chineseSeries(chinese: string): string[] {
  return [chineseOrdinalSeries(chinese), chineseFrequency(chinese), chineseLikeEarlier(chinese), chineseInARow(chinese)].filter(
    (s): s is string => s !== undefined,
  );
}

/** The store's failures counted or told as a series, in a message (normalised English and Chinese), as evidence. */
export function failureSeries(english: string, chinese: string): string[] {
  // The store's advice followed several times and failing still (advice-failed.ts): the same failure after the answer.
  return [...(english ? englishSeries(english) : []), ...(chinese ? chineseSeries(chinese) : []), ...adviceFailed(english, chinese)];
}
