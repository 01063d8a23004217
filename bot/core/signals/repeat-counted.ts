/**
 * The same thing gone through again, counted or named as again, in words the contact readers miss:
 *
 * - an answer read again and again: "I have already read the tracking page you keep sending", "you keep pasting the same
 *   faq link" — the store's answer has come back and not helped;
 * - an exchange or replacement counted: "same headset, same dead left ear, second exchange already", "not doing a fourth
 *   round of this", "this is my third replacement and it's faulty too";
 * - a failure told as the same as the times before: 退货面单又打不开了，和之前三次一模一样, 跟上次一样又坏了.
 *
 * Not read: a routine counted with nothing gone wrong ("second exchange went smoothly thanks, can i exchange another"),
 * a likeness asked about (和之前买的一样吗), a page read once ("I read the tracking page, when will it move?").
 *
 * English arrives lower-cased (normalizeEnglish), Chinese folded to simplified Mandarin. Each pattern is bounded.
 */

/** The store's answer sent again: "the tracking page you keep sending", "you keep linking me the same article". */
const EN_ANSWER_RESENT =
  /\b(?:(?:the|that|this|your|same) (?:[a-z-]{1,14} ){0,2}(?:page|link|article|faq|guide|answer|reply|response|steps|instructions|template|script|email) (?:you|u|ya|your (?:bot|team|agents?)) (?:keep|kept|keeps) (?:sending|linking|giving|pasting|posting|pointing me to|copying)|(?:you|u|ya|your (?:bot|team|agents?)) (?:keep|kept|keeps) (?:sending|linking|giving|pasting|posting) (?:me )?(?:the same|that same|that|this) (?:[a-z-]{1,14} ){0,2}(?:page|link|article|faq|guide|answer|reply|response|steps|instructions|template|script))\b/;
/** An exchange or replacement counted, told as already so or refused again. */
const EN_EXCHANGE_COUNTED =
  /\b(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:exchange|replacement|repair|swap)s? (?:already|now|in a row|and (?:it|this|the same|still))|(?:my|the|this is (?:my|the)) (?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:exchange|replacement|repair|swap) (?:and|is|was|has|already)(?! (?:went|arrived fine|was fine|worked|is fine|is perfect|was perfect))|(?:not|won't|wont|will not|not going to|refuse to|i'm not|im not) (?:do|doing|go through|going through|sit through|sitting through) (?:a|another) (?:third|fourth|fifth|sixth|3rd|4th|5th|6th) (?:round|time|exchange|replacement|go))\b/;
/** What was gone through came back, told beside it: "same dead left ear", "still broken", "same fault". */
const EN_SAME_FAULT = /\b(?:same (?:[a-z-]{1,12} ){0,2}(?:fault|problem|issue|defect|dead|broken|crack|noise|error)|still (?:broken|faulty|dead|not working|doesn'?t work)|(?:also|too|again) (?:broken|faulty|dead|defective)|not doing (?:a|another))\b|\b(?:dead|broken|faulty|defective)\b/;

/** Told as the same as the times before: 和之前三次一模一样, 跟上次一样, 同前几次一样. */
const ZH_SAME_AS_BEFORE = /(?:和|跟|同)(?:之前|上次|前|以前)(?:[一两二三四五六七八九十几\d]{1,2}次|几次|那次|那几次)?(?:的情况)?(?:一模一样|完全一样|一样|相同)/;
/** Something gone wrong again: 又打不开了, 又坏了, 又没到. */
const ZH_AGAIN = /又(?:[^，。！？,!?]{0,6}?)(?:不|没|坏|错|丢|卡|失败|打不开|用不了|出问题|漏|破|裂)/;
const ZH_ASKS = /[吗么][？?]?$|[？?]|是不是|是否/;

/** The evidence of something gone through again, or nothing. */
export function repeatCounted(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english) {
    const resent = EN_ANSWER_RESENT.exec(english);
    if (resent) found.push(resent[0]);
    const exchange = EN_EXCHANGE_COUNTED.exec(english);
    if (exchange && EN_SAME_FAULT.test(english)) found.push(exchange[0]);
  }
  if (chinese) {
    const same = ZH_SAME_AS_BEFORE.exec(chinese);
    if (same && ZH_AGAIN.test(chinese) && !ZH_ASKS.test(chinese)) found.push(same[0]);
  }
  return found;
}
