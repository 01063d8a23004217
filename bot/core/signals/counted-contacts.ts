/**
 * Contacts counted in any words: the customer (or the shop) reached the other many times, whatever the contact is
 * called and however the count is said. complaint.ts reads the set phrases ("the fourth time", "called you 5 times",
 * 第三次联系); customers count in their own ways:
 *
 * - a contact verb with a count of times a few words on: "you've sent me the same copy-paste email five times now",
 *   "I have rung your helpline about this a dozen times";
 * - contacts counted as things: "after six calls and two emails", 我都打了七八个电话了, 打了五通电话, 发了好几封邮件,
 *   电话打了无数个;
 * - time spent in contact: "I've spent hours on hold over the last month", "on hold for 3 hours again", 电话排队等了好几个小时.
 *
 * Not a count of contacts: a question about what would happen ("if I call twice, is that two tickets?"), a third party's
 * visits ("the courier called three times but I was out"), orders counted ("I've ordered five times"), a short wait ("on
 * hold for 20 minutes"). Read in code over sentences (no pattern spans the sentence).
 */
import { ZH_ENDS_ASKING } from './patterns';

// --- English -------------------------------------------------------------------------------------------------------

/** Someone reaching someone: the verb of a contact. */
const EN_CONTACT_VERB =
  /\b(?:called|calling|rang|rung|ringing|phoned|phoning|emailed|e-mailed|emailing|messaged|messaging|texted|wrote|written|writing|chatted|chatting|contacted|contacting|reached out|sent|resent|replied|asked|chased|complained|reported|explained|spoke|spoken|promised|assured|been on (?:the )?(?:phone|hold|chat))\b/g;
/** Who reached whom: the customer or the shop, a word or two before the verb. */
const EN_PARTY = /\b(?:i|i've|ive|i'd|we|we've|you(?: lot| guys| people| all)?|you've|youve|they|they've|your (?:[a-z]{1,12} )?(?:team|staff|support|agents?|people|company|store|shop|department|bot|system))(?: (?:have|has|had|already|literally|now|probably|honestly|just|even|all|keep|kept|only))?(?: (?:have|has|had|been|already))? ?$/;
/** A count of times, beyond once. */
const EN_TIMES =
  /\b(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred|several|multiple|many|numerous|countless|umpteen|a dozen|dozens of|a few|a couple of|so many|too many|a million|like \d{1,3})(?: separate| different| more)? times|twice|over and over|(?:to|with) (?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|several|multiple|many) (?:different |separate )?(?:people|agents|advisors|advisers|reps|staff|members of staff))\b/;
/** How far after the verb its count may stand. */
const EN_COUNT_REACH = 60;
/** Contacts counted as things, with someone who made them in the sentence. */
const EN_COUNTED_CONTACTS =
  /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|numerous|countless|umpteen|a dozen|dozens of|so many|too many|endless) (?:more |different |separate |long |unanswered |phone )?(?:calls|phone calls|emails|e-mails|messages|chats|live chats|tickets|letters|voicemails|texts|complaints|dms)\b/;
/** The customer made them ("after six calls", "I've left 4 voicemails"); "you sent me 3 emails about the sale" is the shop's mail. */
const EN_MAKER = /\b(?:i|i've|ive|we|we've|my|our|after|since)\b/;
/** Hours in contact: "hours on hold", "on hold for 3 hours", "spent days on the phone with you". */
const EN_HOURS_IN_CONTACT =
  /\b(?:(?:hours|ages|days|(?:two|three|four|five|six|several|many|\d{1,2}) hours)(?: and hours)? (?:on hold|on the phone|in (?:your |the )?(?:queue|chat|phone queue))|on hold for (?:hours|ages|(?:over |more than )?(?:two|three|four|five|six|several|[2-9]|\d{2}) hours)|spent (?:hours|days|ages|all day|the whole day|my whole (?:day|morning|afternoon|evening)) (?:on hold|on the phone|calling|chasing|emailing|trying to (?:reach|get through|contact)))\b/;
/** The sentence asks what would happen, or counts as a condition. */
const EN_HYPOTHETICAL = /\b(?:if|whether|in case|unless|suppose|what happens)\b/;
/** Someone else's calls: a courier's or a driver's visits are no contact with the shop. */
const EN_THIRD_PARTY = /\b(?:courier|driver|postman|postie|delivery (?:guy|man|person|driver)|dpd|ups|fedex|dhl|usps|royal mail|evri|hermes|bank|doctor|landlord)\b/;
const EN_NEGATED = /\b(?:not|never|haven't|hasn't|didn't|don't|no need to|without)\s(?:[a-z']+\s){0,2}$/;

/**
 * A contact counted at the head of a message or clause, its article dropped as people type: "third email about this and
 * still no answer", "2nd call today". What follows decides in counted-routine.ts ("2nd message today lol, forgot to ask").
 */
const EN_OPENING_COUNT =
  /(?:^|[,:] ?)((?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th|umpteenth|nth) (?:e-?mail|message|msg|call|phone call|chat|letter|complaint|ticket|attempt|chaser|reminder|follow[- ]?up)(?: (?:today|this (?:week|month|morning|afternoon|evening)|now))?)\b/;

function englishCounts(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/[.!?;]+/)) {
    const trimmed = sentence.trim();
    if (!trimmed || EN_HYPOTHETICAL.test(trimmed) || EN_THIRD_PARTY.test(trimmed)) continue;
    const opening = EN_OPENING_COUNT.exec(trimmed);
    if (opening) {
      found.push(opening[1]);
      continue;
    }
    const hours = EN_HOURS_IN_CONTACT.exec(trimmed);
    if (hours) {
      found.push(hours[0]);
      continue;
    }
    const things = EN_COUNTED_CONTACTS.exec(trimmed);
    if (things && EN_MAKER.test(trimmed)) {
      found.push(things[0]);
      continue;
    }
    for (const verb of trimmed.matchAll(EN_CONTACT_VERB)) {
      const at = verb.index ?? 0;
      const before = trimmed.slice(Math.max(0, at - 40), at);
      if (!EN_PARTY.test(before) || EN_NEGATED.test(before)) continue;
      const after = trimmed.slice(at, at + verb[0].length + EN_COUNT_REACH);
      const count = EN_TIMES.exec(after);
      if (count) {
        found.push(after.slice(0, count.index + count[0].length));
        break;
      }
    }
  }
  return found;
}

// --- Chinese -------------------------------------------------------------------------------------------------------

/** A count beyond one: 七八, 五, 好几, 十几, 无数, n (not 一). */
const ZH_MANY = '(?:[二两三四五六七八九十几0-9]{1,3}|好几|好多|很多|无数|n|N|多少)';
const ZH_CONTACT_THING = '(?:电话|来电|邮件|电邮|短信|信息|消息|留言|私信|工单|投诉|email|mail)';
/** 打了七八个电话, 发了好几封邮件, 打过五通电话, 留了无数条言. */
const ZH_COUNTED_CONTACTS = new RegExp(
  `(?:打|拨|发|写|留|提|开|提交|寄|call|send)(?:了|过|咗)?(?:你们|你哋|给你们|俾你哋)?${ZH_MANY}(?:个|通|次|封|条|张|遍|回|份)(?:的)?${ZH_CONTACT_THING}`,
);
/** The contact first: 电话打了七八个, 邮件都发了好几封. */
const ZH_CONTACTS_COUNTED_AFTER = new RegExp(
  `${ZH_CONTACT_THING}(?:都|也|已经|前后)?(?:打|拨|发|写|留|提交)(?:了|过|咗)?(?:不下)?${ZH_MANY}(?:个|通|次|封|条|张|遍|回|份)`,
);
/** Hours on the line: 电话排队等了好几个小时, 客服热线打了两个钟都没人接. */
const ZH_HOURS_IN_CONTACT = new RegExp(
  `(?:电话|热线|客服|在线|排队)[^，。！？]{0,6}(?:等|排|挂|听|打)(?:了|咗)?(?:好|足足|整整)?(?:几|[二两三四五六七八九十2-9])个(?:多)?(?:小时|钟头|钟)`,
);
const ZH_HYPOTHETICAL = /如果|要是|假如|万一|若是|假设/;
const ZH_QUESTION = ZH_ENDS_ASKING;

function chineseCounts(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/[。！？!?\n]/)) {
    if (!sentence || ZH_HYPOTHETICAL.test(sentence)) continue;
    const counted = ZH_COUNTED_CONTACTS.exec(sentence) ?? ZH_CONTACTS_COUNTED_AFTER.exec(sentence) ?? ZH_HOURS_IN_CONTACT.exec(sentence);
    // A count asked (要打几个电话才行吗) is no count told; a count told before a question of its own (我提了三个工单，回复都是
    // 一样的模板，有意思吗) is: the question is read in the clause that holds the count.
    if (counted && !ZH_QUESTION.test(clauseAround(sentence, counted.index, counted[0].length))) found.push(counted[0]);
  }
  return found;
}

const ZH_CLAUSE_MARK = /[，,；;：:]/;

/** The clause of a sentence that holds the span from `start` (commas and semicolons end a clause). */
function clauseAround(sentence: string, start: number, length: number): string {
  let from = start;
  while (from > 0 && !ZH_CLAUSE_MARK.test(sentence[from - 1])) from--;
  let to = start + length;
  while (to < sentence.length && !ZH_CLAUSE_MARK.test(sentence[to])) to++;
  return sentence.slice(from, to);
}

/** The contacts counted in a message (normalised English and Chinese), as their evidence. */
export function countedContacts(english: string, chinese: string): string[] {
  return [...(english ? englishCounts(english) : []), ...(chinese ? chineseCounts(chinese) : [])];
}
