import { answerFailedAgain } from './answer-failed-again';
/**
 * The store's advice followed several times, and the problem still there: "already reset password like 6 times and
 * still locked out, tried everything u said", "cleared the cache like you said 3 times now and checkout still fails",
 * "did the return label thing twice already and both labels got rejected, again", 我已經照你哋講嘅方法試咗三次 都係登入唔到,
 * 按你们说的重置了五次密码 还是登不上. The answer the bot (or the store) gave has been tried and has failed: the same problem
 * after the answer, which DESIGN.md hands to a person, even when this is the customer's first message here.
 *
 * Three things told together, none of them alone: the advice given (like you said, what you told me, your steps, the X
 * thing, "the help article didn't help", 照你们说的, 按客服教的), a count of tries beyond one (twice, like 6 times, again, 三次, 几次, 又试了), and the
 * failure still there (still locked out, got rejected, didn't work, 都是/还是/仍然 + a failure). The customer's own tries
 * with no advice named ("tried twice to log in, what's the password rule?", 试了两次优惠码都不行 怎么回事, "tried to pay 3
 * times and it keeps failing") are a first problem statement, answered first; a supposition ("what if I follow your
 * steps twice and it still fails") tells nothing.
 */

/** The advice given by the store, the bot or its articles, as what the customer did. */
const EN_ADVICE =
  /\b(?:(?:like|as) (?:you|u|ya|your (?:bot|agent|site|article|email|team|colleague|faq|guide)|the (?:bot|article|agent|email|guide|faq|help page|website|site)) (?:said|say|says|told (?:me|us)|suggested|suggest|advised|recommended|instructed|explained|showed|asked)|(?:everything|every ?thing|what|all|whatever|the (?:steps|things?|stuff)) (?:you|u|ya|your (?:bot|agent|team|site|colleague)|the (?:bot|article|agent|guide|faq)) (?:said|told (?:me|us)|suggested|advised|recommended|sent|gave (?:me|us)|listed|asked)|(?:followed|tried|did|done|used|redid|repeated) (?:all )?(?:your|ur|the) (?:[a-z]{2,12} )?(?:steps|instructions|advice|guide|suggestions?|directions|fix|workaround|tips?|solution|method)(?: (?:you|u|ya) (?:sent|gave|suggested|posted|linked))?|the (?:[a-z]{2,12} )?(?:steps|instructions|fix|workaround|advice|suggestions?|solution|tips?) (?:you|u|ya) (?:sent|gave|suggested|posted|linked)|did the (?:[a-z]{2,12} ){1,3}thing|followed (?:every|each|all (?:the|of the|your|ur)) (?:single )?(?:step|steps|instruction|instructions)|(?:the|your|ur) (?:help |support |faq )?(?:article|articles|guide|faq|help page|instructions|steps|fix|advice|answer|bot's answer|suggestions?) (?:didn't|didnt|did not|doesn't|doesnt|does not|never|won't|wont) (?:help|work|fix)|did what (?:you|u|ya|your [a-z]{2,10}) (?:said|told (?:me|us)|suggested|asked))\b/;

/** A count of tries beyond one; "again" counts the advice tried once more. */
const EN_TRIES =
  /\b(?:twice|(?:like |about |maybe |at least |over )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|multiple|a few|a couple of|many|so many|a bunch of|a million|100) (?:more |separate |different )?times|over and over(?: again)?|again and again|again|both (?:times|labels|codes|links|emails|attempts|ways))\b/;

/** The failure still there, after it. */
const EN_STILL_FAILS =
  /\b(?:still (?:[a-z']{1,12} ){0,2}(?:not|no|nothing|locked|fail\w{0,3}|crash\w{0,3}|won't|wont|can't|cant|cannot|doesn't|doesnt|isn't|isnt|didn't|didnt|broken|rejected|declined|refused|invalid|error\w{0,2}|stuck|same|says|saying|showing|shows|unable|down|frozen|blank|missing|wrong)|(?:got|get|gets|were|was|been|are|is|keep getting|keeps getting) (?:all |both )?(?:rejected|declined|refused|denied|bounced)|keeps? (?:failing|crashing|freezing|saying|rejecting|declining)|(?:didn't|didnt|doesn't|doesnt|did not|does not|won't|wont|never) (?:work|help|fix)(?:ed|s)?|no luck|nothing (?:works|worked|changed|happens|happened)|same (?:error|problem|issue|thing|message|result)|locked out)\b/;
const EN_SUPPOSED = /\b(?:if|what if|whether|in case|unless|suppose|supposing)\b/;

function englishAdviceFailed(english: string): string | undefined {
  if (EN_SUPPOSED.test(english)) return undefined;
  const advice = EN_ADVICE.exec(english);
  if (!advice) return undefined;
  // "again" is the advice tried once more only when the failure is told beside it: "the link failed again" is not
  // counted twice by the advice's "again" and the failure's (the failure reading needs the failure anyway).
  // The evidence is the advice as the customer names it, not the whole message.
  return EN_TRIES.test(english) && EN_STILL_FAILS.test(english) ? advice[0] : undefined;
}

/** The advice, in folded Chinese: 照你们说的, 按客服教的, 你们给的方法, 跟着文章的步骤. */
const ZH_ADVICE =
  /(?:照|按|按照|依照|根据|跟着|跟|依)(?:着)?(?:你们|你|客服|机器人|文章|教程|说明|指引|网站|贵司)(?:的)?(?:所)?(?:说|讲|教|讲的|说的|教的|建议|指示|提示|步骤|方法|办法|指引|话|回复)|(?:你们|你|客服|机器人)(?:所)?(?:说|讲|教|给|发|建议|提供)(?:的)(?:方法|办法|步骤|做法|操作|方式|链接)|(?:用|试)(?:了|过)?(?:你们|客服|你)(?:说|讲|教|给|发)的/;
/** Tries counted beyond one (not 第三次, an ordinal), or 又 before a try. */
const ZH_TRIES = /(?<!第)(?:[两二三四五六七八九十]|\d{1,2}|好几|几|很多|好多|无数|n)(?:次|遍|回)|又(?:试|弄|做|搞|重|按|操作)|一次又一次|反复|重复/;
/** The failure still there: 都是/还是/仍然/依然/照样 + a failure within a few characters. */
const ZH_STILL_FAILS =
  /(?:都是|都|还是|仍然|依然|照样|一样|仍|还|也)[^，。！？,!?]{0,6}?(?:不|没|无法|失败|错误|报错|出错|闪退|被拒|拒绝|卡住|死机|坏)/;
const ZH_SUPPOSED = /如果|要是|假如|万一|若是|假设|的话/;

function chineseAdviceFailed(chinese: string): string | undefined {
  if (ZH_SUPPOSED.test(chinese)) return undefined;
  const advice = ZH_ADVICE.exec(chinese);
  if (!advice) return undefined;
  const after = chinese.slice(advice.index);
  return ZH_TRIES.test(after) && ZH_STILL_FAILS.test(after) ? advice[0] : undefined;
}

/** The advice followed several times and failing still, in a message (normalised English and folded Chinese). */
export function adviceFailed(english: string, chinese: string): string[] {
  const counted = [english ? englishAdviceFailed(english) : undefined, chinese ? chineseAdviceFailed(chinese) : undefined].filter(
    (s): s is string => s !== undefined,
  );
  // The answer given again, or read, and failing over a long time, in short sentences (answer-failed-again.ts).
  return counted.length > 0 ? counted : answerFailedAgain(english, chinese);
}
