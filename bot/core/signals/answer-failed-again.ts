/**
 * The bot's answer read and failed, told in short sentences: "I keep getting the same link. I've read it. It doesn't
 * help. Same problem since March.", "Same article again. Read it twice. Didn't work. Been like this for weeks.",
 * 你一直发同一个链接 我看过了 没用 从三月到现在都是这个问题, 同一篇文章又來了 我讀過了 沒用 這問題兩個月了. The answer has been
 * given before and has not helped: the same problem after the answer, which DESIGN.md hands to a person (L2), as
 * advice-failed.ts reads it when the advice is named and counted.
 *
 * Two of three told together, with the failure always among them: the same answer given again (the same link, article,
 * reply; 同一个链接, 又是这篇), the answer read or tried (I've read it, 看过了), and the problem lasting (since March, for
 * weeks, 两个月了, 从三月到现在). The answer failing is said of it ("it doesn't help", 没用), not of the goods. An answer read
 * and understood ("read the returns page, makes sense, how long does the refund take") fails nothing.
 */

/** The same answer given again: "keep getting the same link", "same article again", "you sent that page again". */
const EN_SAME_ANSWER =
  /\b(?:(?:the )?same (?:link|links|article|articles|answer|answers|reply|replies|response|responses|page|faq|help page|help article|canned (?:reply|response|answer)|copy[- ]paste(?:d)? (?:reply|answer)))\b|\b(?:that|this|the) (?:link|article|page|faq|answer|reply) again\b/;
/**
 * The answer read or tried: "I've read it", "read it twice", "tried it", "done all that". Trying alone is said as often
 * of the goods ("tried it for weeks, doesn't work, can I return it"), so it counts only beside the same answer again;
 * reading counts alone (EN_READ_ANSWER).
 */
const EN_READ =
  /\b(?:read|tried|followed|did|done|went through|looked at|clicked) (?:it|that|them|this|those|the (?:link|article|page|steps)|all (?:of )?(?:it|that|them|this))\b/;
const EN_READ_ANSWER = /\b(?:read|went through|gone through) (?:it|that|them|this|those|the (?:link|article|page|faq|help page|steps))\b/;
/** The answer failing: "it doesn't help", "didn't work", "no use", "useless". */
const EN_FAILS =
  /\b(?:(?:it |that |this |they |which )?(?:doesn't|doesnt|does not|didn't|didnt|did not|don't|dont|won't|wont|never) (?:help|work|fix|answer|solve)(?:ed|s)?|(?:it's|its|it is|that's|was) (?:no use|useless|not helpful|no help|pointless)|(?:no|zero) help|not helping|didn't change anything|nothing changed)\b/;
/** The problem lasting: "since March", "for weeks", "been like this for a month", "three weeks now". */
const EN_LASTING =
  /\b(?:since (?:january|february|march|april|may|june|july|august|september|october|november|december|last (?:week|month|year)|\d{1,2}(?:st|nd|rd|th)?|christmas|easter|the summer)|for (?:weeks|months|ages|days|(?:two|three|four|five|six|\d{1,2}|a few|several|many) (?:weeks|months|days)|a (?:week|month|fortnight))|(?:two|three|four|five|six|\d{1,2}|several) (?:weeks|months) (?:now|already|running)|been like this)\b/;

/** In folded Chinese. The same answer again: 同一个链接, 同样的回复, 又是这篇, 一直发这个链接. */
const ZH_SAME_ANSWER =
  /(?:同一|同样|一样|相同)(?:个|篇|条|份|的)?(?:的)?(?:链接|文章|回复|答案|回答|页面|网页|说明)|(?:又|还|一直|总)(?:是|发|给|回)(?:我)?(?:这|那|同一)(?:个|篇|条|份)?(?:链接|文章|回复|答案|回答|页面)|(?:链接|文章|回复|答案|页面)又(?:来|是|发)/;
/** The answer read or tried: 看过了, 读过了, 试过了, 照做了; read alone (not tried, often said of goods): ZH_READ_ANSWER. */
const ZH_READ = /(?:看|读|试|点|照做|做)(?:过|了)/;
const ZH_READ_ANSWER = /(?:看|读|照做)过/;
/** The answer failing: 没用, 没有用, 帮不上, 不管用, 解决不了. */
const ZH_FAILS = /没(?:有)?用|没(?:有)?帮助|没帮上|帮不上|帮不了|不管用|不起作用|解决不了|没解决|冇用/;
/** The problem lasting: 从三月到现在, 两个月了, 好几个星期, 一直都是. */
const ZH_LASTING =
  /从[一二三四五六七八九十\d]{1,2}月|(?:[一二两三四五六七八九十几\d]{1,2}|好几|半)(?:个)?(?:月|星期|礼拜|周)(?:了|都|还|以来)|到现在都|一直都是/;

/** The answer given again and failed, or read and failed over a long time (see above); the words of the failure. */
export function answerFailedAgain(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english && !/\b(?:if|what if|whether|in case)\b/.test(english)) {
    const fails = EN_FAILS.exec(english);
    const again = EN_SAME_ANSWER.test(english) && (EN_READ.test(english) || EN_LASTING.test(english));
    if (fails && (again || (EN_READ_ANSWER.test(english) && EN_LASTING.test(english)))) found.push(fails[0]);
  }
  if (chinese && !/如果|要是|假如|万一|的话/.test(chinese)) {
    const fails = ZH_FAILS.exec(chinese);
    const again = ZH_SAME_ANSWER.test(chinese) && (ZH_READ.test(chinese) || ZH_LASTING.test(chinese));
    if (fails && (again || (ZH_READ_ANSWER.test(chinese) && ZH_LASTING.test(chinese)))) found.push(fails[0]);
  }
  return found;
}
