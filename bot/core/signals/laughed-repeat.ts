/**
 * A second ask laughed off, nothing failed: "i've asked twice already when it ships lol", 问了两次了哈哈 什么时候发货. Two
 * asks is the least a count can say, and the laugh sets the tone: the customer is nudging, not fed up. A higher count
 * ("asked 5 times lol"), or anything failed told beside it ("twice already lol and still nothing"), keeps the chase:
 * there the laugh is a bitter one.
 */
const EN_LAUGH = /\b(?:lol|lmao|haha(?:ha){0,3}|hehe|jk)\b|😂|🤣|😅|😆/;
const ZH_LAUGH = /哈哈|呵呵|嘻嘻|hhh|😂|🤣|😅|😆/;
/** A count of two: twice, two times, a second message. */
const EN_TWO = /\b(?:twice|two times|2 times|second|2nd)\b/;
const ZH_TWO = /(?:两|二|2)[次遍回]|第(?:二|2)[次遍回]/;
/** Any count above two, in the phrases read. */
const EN_MORE = /\b(?:three|four|five|six|seven|eight|nine|ten|several|many|multiple|countless|dozens?|third|fourth|fifth|umpteenth|[3-9]|[1-9][0-9])\b/;
const ZH_MORE = /[三四五六七八九十几]|好几|很多|无数|n次|[3-9]次/;
/** Something failed or the customer is fed up: not, never, still, wrong, broken, missing, ridiculous. */
const EN_FAILED =
  /\b(?:not|no|never|nothing|nobody|no one|still|yet|wrong|broken|damaged|missing|lost|late|refund|ignored|ridiculous|joke|useless|unacceptable|seriously|wtf|again)\b|n't\b/;
const ZH_FAILED = /没|未|冇|不(?!好意思)|还是|依然|仍然|坏|错|丢|拒|骗|投诉|离谱|搞什么|无语|气/;

export function withoutLaughedOffTwice(found: readonly string[], english: string, chinese: string): string[] {
  if (found.length === 0) return [...found];
  const laughs = EN_LAUGH.test(english) || ZH_LAUGH.test(chinese);
  if (!laughs) return [...found];
  const twoOnly = found.every((phrase) => (EN_TWO.test(phrase) || ZH_TWO.test(phrase)) && !EN_MORE.test(phrase) && !ZH_MORE.test(phrase));
  const failed = (english !== '' && EN_FAILED.test(english)) || (chinese !== '' && ZH_FAILED.test(chinese));
  return twoOnly && !failed ? [] : [...found];
}
