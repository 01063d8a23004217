import { wordTable } from './own';
import { parseChineseNumber } from './chinese-numerals';
import { anotherShopsClause, clauseHolding } from './another-shop';

/**
 * Repeated contact told as a story rather than with a count of contacts ("the fourth time", 第三次, which complaint.ts
 * reads): a long chase, a promise repeated for weeks, a replacement that failed again.
 *
 * - A chase: a verb of chasing, promising or being passed around with a duration in the same sentence, long enough to be
 *   more than one wait ("I've been chasing this refund for five weeks", "six weeks of back and forth", 催了半个多月, 拖了
 *   四十多天, 前后找了你们两个月). Waiting alone needs a longer duration: "I returned it two weeks ago and haven't had
 *   the refund" is a question about refund times, "等了五个礼拜还没退款" is a chase.
 * - Separate occasions: "on hold across four different days".
 * - A failure again: a replacement, exchange or repair that failed ("the replacement arrived cracked", "second
 *   replacement, same dead screen", 补发的那件又是破的, 换了三次货), or something after the first that failed the same way
 *   ("the new one broke exactly like the first one"). Asking for a replacement because of a failure is not one ("can I
 *   get a replacement, it's broken"): the replacement must be a definite one that came, not one wanted.
 *
 * Durations are read into days (a week 7, a month 30, "since March" a month); counts as numbers, Chinese numerals too.
 * A duration in a clause of another shop's story is that shop's wait, not this store's (another-shop.ts): "I waited a
 * month for a refund from another shop, how long do yours take", 之前在别家退款等了一个月，你们一般多久到账.
 */

/** Days of chasing that make a chase: more than one ordinary wait. */
export const CHASE_DAYS = 7;
/** Days of waiting alone that make a chase: a refund or delivery late by more than any article's "when". */
export const WAIT_DAYS = 28;

const EN_NUMBER: Readonly<Record<string, number>> = wordTable({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, several: 3, few: 3, couple: 2, many: 4, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, whole: 1,
  full: 1, half: 0.5,
});
const EN_UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, fortnight: 14, month: 30, year: 365 };
const EN_DURATION =
  /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple|many|second|third|fourth|fifth|sixth|whole|full|half)(?: of)?(?: (?:more|whole|full|long|entire|straight|different|separate))? (day|week|fortnight|month|year)s?\b/g;
/** "for weeks", "for months": a long time, uncounted. */
const EN_UNCOUNTED: Readonly<Record<string, number>> = { weeks: 14, months: 60, ages: 14 };
const EN_FOR_LONG = /\bfor (?:weeks|months|ages)\b/;
const EN_SINCE = /\bsince (?:january|february|march|april|may|june|july|august|september|october|november|december|last (?:week|month|year)|the start of)\b/;
const EN_CHASE =
  /\b(?:chas(?:e|ed|ing)(?! [a-z]{1,12} (?:around|after)\b)|back and forth|(?:round|around) in circles|runaround|run around|nagging|been trying to|been (?:saying|promising|telling me|promised|fobbed|passed)|keep(?:s)? (?:saying|promising|telling)|kept (?:saying|promising|telling))\b/;
const EN_WAIT = /\b(?:waited|waiting|still (?:nothing|no|not))\b/;
/** A promise made again: "promised two weeks ago and then again last week". */
const EN_PROMISED_AGAIN = /\b(?:promised|assured)\b(?! myself)[^.!?]{0,40}\b(?:again|once more|another time)\b/;
/** "less than a month", "within 7 days", 不到两个月, 还没有两个月: an upper bound, not a time that passed. */
const EN_LESS_THAN = /\b(?:less than|under|within|in under|not even)\s$/;
const ZH_LESS_THAN = /(?:不到|没到|还没有|还没|没有|未满|不满|不足)$/;
/** "across four different days", "on three separate occasions". */
const EN_OCCASIONS = /\b(?:across|over|on) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:different|separate) (?:days|occasions|calls|times)\b/;
const EN_CONTACT_WORD = /\b(?:on hold|call(?:ed|ing)?|rang|phoned|emailed|tried|chat(?:ted)?|contacted|wrote|written)\b/;

/**
 * A replacement that came: definite, or counted ("the replacement", "every replacement", "second replacement"). A noun
 * it qualifies is something else: "my exchange rate was wrong" is currency, not a swap that failed.
 */
const EN_REPLACEMENT =
  /\b(?:the|this|my|your|every|each|(?:every|each) single|second|third|fourth|fifth|another|all the|all)\s(?:new\s|latest\s)?(?:replacements?|exchanges?|repaired one|new one|one you (?:re)?sent|one you sent back)\b(?!\s(?:parts?|battery|batteries|filters?|heads?|bulbs?|cartridges?|pads?|blades?|straps?|cables?|charger|lens|covers?|case|remote|policy|process|form|request|option|rates?|fees?|window|period))/;
/**
 * Right after a replacement, closing its clause: it shared the failure told before it ("and the replacement too", "the
 * new one as well"). Not "also" or "again" with more after them: "can the replacement also come in blue" asks for one.
 */
const EN_SHARED_AFTER = /^\s(?:(?:was|is|did|came|arrived|one)\s)?(?:too|as well)(?=\s*(?:$|,|\s(?:and|but|so|now)\b))/;
/**
 * An order, parcel or replacement counted, with what went wrong told in its sentence: "this is the third parcel you've
 * lost", "the second delivery running left at the wrong house", "the 3rd order to arrive broken". An ordinal alone
 * counts items ("how do i track the second parcel", "can the second order ship with the first").
 */
const EN_COUNTED_ITEM =
  /\b(?:the|this|my|your|a) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|[0-9]{1,3}(?:st|nd|rd|th)) (?:[a-z]{1,12} )?(?:orders?|parcels?|packages?|replacements?|deliver(?:y|ies)|refunds?|shipments?|slots?)\b/;
const EN_COUNTED_WRONG =
  /\b(?:running|in a row|again|another|either|as well|same|missed|missing|lost|late|delayed|wrong|broken|damaged|faulty|never|failed|cancell?ed|(?:hasn't|has not|didn't|did not|wasn't|was not|not) (?:arrived|come|turned up|been delivered|shown up|delivered))\b/;
/** Like the first one, the same fault: a failure again. */
const EN_LIKE_BEFORE = /\b(?:like|same as|as) the (?:first|other|last|previous|old|original) (?:one|ones|two|three)\b|\blike the original\b|\b(?:like|as) the first (?:did|was|had)\b|\blike the others\b/;
const EN_FAILED =
  /\b(?:broke|broken|cracked|dented|scratched|torn|ripped|shattered|damaged|dead|faulty|defective|leak(?:s|ed|ing)?|missing (?:parts?|pieces?)|stopped working|not working|(?:doesn't|does not|didn't|won't) (?:work|turn on|charge)|wrong)\b/;
/** What a replacement that came may have "had": "every replacement has had the same fault". */
const EN_SAME_FAULT = /\bsame (?:[a-z]{1,12} )?(?:fault|problem|issue|defect|screen|crack|damage|error)\b/;

/**
 * Every order the customer made failed: "every single order I've made with you has gone wrong", "all three of my
 * orders arrived damaged", "my last 3 orders all arrived late", "4 out of 4 deliveries late". The orders are the customer's ("my", "I've made", "from you"):
 * "all deliveries are delayed by the snow" is news, not a record. Questions ("has every order been delayed?", "what
 * if every order is late") are not one.
 */
const EN_EVERY_ORDER =
  /\b(?:every|each|all|both)(?: single)?(?: (?:one|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))?(?: of)?(?: (?:my|the|your|our|these|those))?(?: (?:last|past|previous))?(?: (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))? (?:orders?|deliveries|delivery|purchases?|parcels?|packages?|shipments?)\b|\b(?:every|each) time (?:i|we) (?:order|ordered|buy|bought|shop|shopped)\b|\b(?:my|our) (?:last|past|previous) (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|few|several) (?:orders|deliveries|purchases|parcels|packages|shipments)\b/;
const EN_TALLY = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:out of|of|for|from) (?:my )?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b/;
const EN_MINE = /\b(?:my|i|i've|ive|i'd|we|we've|our|with you|from you|from your)\b/;
const EN_WENT_WRONG =
  /\b(?:(?:gone|went|goes|go|been|was|were|is|are|came|come|arrived|turned up|sent) wrong|broken|broke|damaged|late|delayed|missing|faulty|defective|messed up|screwed up|(?:had|has|have|with) (?:a problem|problems|an issue|issues|something wrong)|failed|lost|never (?:arrived|came|turned up))\b/;
const EN_NOT_WRONG = /\b(?:no|not|never|without|none|nothing|isn't|wasn't|weren't|aren't|hasn't|haven't|didn't|don't|doesn't)\s(?:[a-z']+\s){0,2}$/;
const EN_QUESTION_START = /^(?:is|are|was|were|does|do|did|has|have|will|would|can|could|should|what if|if|whether)\b/;

// Days and years are left out: "3月20日", "2023年" are dates. A month needs 个 ("两个月"): "三月" is March.
const ZH_UNIT_DAYS: Readonly<Record<string, number>> = wordTable({ 天: 1, 周: 7, 星期: 7, 礼拜: 7, 禮拜: 7, 月: 30 });
const ZH_DURATION = /(半|[一二两三四五六七八九十百几0-9]{1,4}|成|整整)(个|個)?(多|半)?(个|個)?(天|周|星期|礼拜|禮拜|月)/g;
// "说了三天到" states a delivery time, not a chase ("说了好几次" is one; "说了三次" is counted by complaint.ts).
// 追 chases, but 追踪 is tracking (追踪都没有更新); 拖 drags on, but 拖鞋 are slippers.
const ZH_CHASE = /催|追(?!踪|蹤)|拖(?!鞋|把|地)|跟进|推来推去|踢皮球|找了?你们|找咗你哋|联系了?你们|反映了|问了?你们|每次都|每回都|天天说|一直(?:跟我|和我|都)?(?:说|讲|话)|老是说|总是说|说了(?![一二两三四五六七八九十几半0-9])/;
const ZH_WAIT = /等|还没|仍没|都没|未|冇|没消息|没有消息|没影|没下文|没结果/;
/** A replacement, exchange or repair that came back: "换的", "补发的", "维修回来", "第二部". */
const ZH_REPLACEMENT =
  /换来的|换的|换回来的|新换的|补发的|补寄的|重发的|重新发的|新发的|寄来的新|维修回来|修回来|返修回来|第[二三四五六2-6]次(?:换货|换|补发|修|寄)/;
/** "第二部都係壞嘅": the second one of a kind, failed as well (not "买了两个，第二个是坏的"). */
const ZH_ORDINAL_ITEM = /第[二三四五六2-6](?:个|件|部|台|双|次)|新(?:品|的|机|货|件)/;
const ZH_AS_WELL = /也|都|又|还是|照样|同样|一样/;
/** Exchanged or repaired more than once: "换了三次", "修过两次", "换咗两次". */
const ZH_REDONE = /(?:换|修|补发|退换)(?:了|过|咗)?(?:货)?([二两三四五六七八九十几2-9])次/;
const ZH_FAILED = /坏|破|裂|碎|烂|少件|少了|缺|发错|错了|不对|不能用|用不了|不行|没一次是好的|(?:一样|同样|相同)的?(?:问题|毛病|故障)|老问题|有问题|毛病|故障/;
const ZH_SENTENCE = /[。！？!?\n]/;
/** Every order the customer made failed: "每一单都出问题", "每次下单都发错", "五单全都有问题", "没有一单是好的". */
const ZH_EVERY_ORDER =
  /每一?(?:单|笔订单|个订单|次(?:下单|买|订|购买|网购|在你们))|所有(?:的)?(?:订单|单)|[二两三四五六七八九十几0-9]{1,3}(?:单|个订单|笔订单)(?=全|都|每|没)/;
const ZH_ALL_FAILED =
  /(?:都|全|全都|总是|老是|次次|单单)(?:是|会|有|被)?(?:出问题|有问题|出错|错|发错|送错|坏|破|烂|晚到|迟到|延误|延迟|丢|少|没到|漏发|不对)|没(?:有)?一[单次个](?:是)?(?:好的|对的|准时|正常|没问题)/;
const ZH_QUESTION_END = /[吗么嘛]$/;

export function narratedRepeats(english: string, chinese: string): string[] {
  return [...(english ? englishRepeats(english) : []), ...(chinese ? chineseRepeats(chinese) : [])];
}

function englishRepeats(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/[.!?;]+/)) {
    const durations = [...sentence.matchAll(EN_DURATION)].filter((m) => !EN_LESS_THAN.test(sentence.slice(0, m.index)) && !anotherShopsWait(sentence, m, false));
    const uncounted = EN_FOR_LONG.exec(sentence);
    const days = Math.max(...durations.map(englishDays), EN_SINCE.test(sentence) ? 30 : 0, uncounted ? EN_UNCOUNTED[uncounted[0].slice(4)] : 0);
    const chase = EN_CHASE.exec(sentence);
    if (chase && days >= CHASE_DAYS) found.push(sentence.trim());
    else if (EN_WAIT.test(sentence) && days >= WAIT_DAYS) found.push(sentence.trim());
    else if (EN_OCCASIONS.test(sentence) && EN_CONTACT_WORD.test(sentence)) found.push(sentence.trim());
    else if (failedAgain(sentence) || EN_PROMISED_AGAIN.test(sentence) || everyOrderFailed(sentence) || countedItemFailed(sentence)) found.push(sentence.trim());
  }
  return found;
}

/** A replacement that failed, or a second failure said to be like the first. */
function failedAgain(sentence: string): boolean {
  const replacement = EN_REPLACEMENT.exec(sentence);
  const after = replacement ? sentence.slice(replacement.index) : '';
  if (replacement && (EN_FAILED.test(after) || EN_SAME_FAULT.test(after))) return true;
  // The failure told first, the replacement sharing it: "my order came damaged and the replacement too".
  if (replacement && EN_FAILED.test(sentence.slice(0, replacement.index)) && EN_SHARED_AFTER.test(sentence.slice(replacement.index + replacement[0].length))) return true;
  return EN_LIKE_BEFORE.test(sentence) && EN_FAILED.test(sentence);
}

/** A counted order or parcel with what went wrong after it, told as a statement. */
function countedItemFailed(sentence: string): boolean {
  const trimmed = sentence.trim();
  const counted = EN_COUNTED_ITEM.exec(trimmed);
  return counted !== null && !EN_QUESTION_START.test(trimmed) && EN_COUNTED_WRONG.test(trimmed.slice(counted.index + counted[0].length));
}

/** Every order of the customer's failed, or all of a tally ("5 out of 5"), told as a statement. */
function everyOrderFailed(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (EN_QUESTION_START.test(trimmed) || !EN_MINE.test(trimmed)) return false;
  const every = EN_EVERY_ORDER.exec(trimmed);
  const tally = EN_TALLY.exec(trimmed);
  const allOfThem = tally !== null && countOf(tally[1]) >= 2 && countOf(tally[1]) === countOf(tally[2]);
  const from = every ? every.index + every[0].length : allOfThem ? 0 : -1;
  if (from < 0) return false;
  const wrong = EN_WENT_WRONG.exec(trimmed.slice(from));
  return wrong !== null && !EN_NOT_WRONG.test(trimmed.slice(0, from + wrong.index));
}

function countOf(word: string): number {
  return /^\d/.test(word) ? Number(word) : EN_NUMBER[word] ?? 0;
}

/** The duration stands in a clause of another shop's story (another-shop.ts). */
function anotherShopsWait(sentence: string, match: RegExpMatchArray, chinese: boolean): boolean {
  const index = match.index ?? 0;
  return anotherShopsClause(clauseHolding(sentence, index, index + match[0].length, chinese));
}

function englishDays(match: RegExpMatchArray): number {
  const count = /^\d/.test(match[1]) ? Number(match[1]) : EN_NUMBER[match[1]] ?? 1;
  // "the third week" has lasted two weeks at least.
  const ordinal = /^(?:second|third|fourth|fifth|sixth)$/.test(match[1]) ? count - 1 : count;
  return ordinal * EN_UNIT_DAYS[match[2]];
}

function chineseRepeats(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.split(ZH_SENTENCE)) {
    if (!sentence) continue;
    const durations = [...sentence.matchAll(ZH_DURATION)].filter(
      (m) => !ZH_LESS_THAN.test(sentence.slice(Math.max(0, (m.index ?? 0) - 3), m.index)) && !anotherShopsWait(sentence, m, true),
    );
    const days = Math.max(0, ...durations.map(chineseDays));
    if (ZH_CHASE.test(sentence) && days >= CHASE_DAYS) found.push(sentence);
    else if (ZH_WAIT.test(sentence) && days >= WAIT_DAYS) found.push(sentence);
    else if (ZH_REDONE.test(sentence)) found.push(sentence);
    else if (failedAgainZh(sentence) || everyOrderFailedZh(sentence)) found.push(sentence);
  }
  return found;
}

function failedAgainZh(sentence: string): boolean {
  const replacement = ZH_REPLACEMENT.exec(sentence);
  if (replacement && ZH_FAILED.test(sentence.slice(replacement.index + replacement[0].length))) return true;
  const ordinal = ZH_ORDINAL_ITEM.exec(sentence);
  if (!ordinal) return false;
  const after = sentence.slice(ordinal.index + ordinal[0].length);
  const again = ZH_AS_WELL.exec(after);
  return again !== null && ZH_FAILED.test(after.slice(again.index));
}

function everyOrderFailedZh(sentence: string): boolean {
  const every = ZH_EVERY_ORDER.exec(sentence);
  if (!every || ZH_QUESTION_END.test(sentence)) return false;
  return ZH_ALL_FAILED.test(sentence.slice(every.index + every[0].length));
}

function chineseDays(match: RegExpMatchArray): number {
  const [, count, measure, extra, measureAfter, unit] = match;
  if (unit === '月' && !measure && !measureAfter) return 0;
  const n = count === '半' ? 0.5 : count === '成' || count === '整整' ? 1 : count === '几' ? 3 : /^\d+$/.test(count) ? Number(count) : parseChineseNumber(count) ?? 0;
  return (n + (extra === '半' ? 0.5 : 0)) * ZH_UNIT_DAYS[unit];
}
