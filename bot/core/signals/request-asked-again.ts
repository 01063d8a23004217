/**
 * The request for a person asked again, and nothing else: "this is the 2nd time im asking, i want a person", 我已经说了两遍了
 * 要人工, 我已經講兩次了 我要真人. What the count counts is the customer's asks for a person, not a failure of the store's: the
 * message is a request (L3, as "人工！人工！" said twice in one message is), not a complaint about a problem that keeps
 * coming back (L2). Read only when the customer asked for a person in the same message (complaint.ts passes it).
 *
 * The count must be of asking or saying (asked, asking, said, 说了, 讲过, 问了), two or three: "asked 5 times" is a customer
 * kept waiting long enough to be a complaint of its own. And the message must hold nothing else: no failure told ("asked
 * twice for a refund and nobody answers"), no question of its own ("asked twice where my order is, i want a person"): there
 * the count is of a problem asked about and left unsolved, and it stays a repeated contact.
 */
const EN_ASKING = /\b(?:ask|asked|asking|say|said|saying|tell|told|telling|type|typed|typing|request|requested|requesting|write|wrote|writing)\b/;
const ZH_ASKING = /(?:说|讲|问|要|打|叫|喊|讲过|讲咗|说过|问过|要求)(?:了|过|咗)?第?(?:两|二|2|三|3)(?:次|遍|回)|第(?:二|2|三|3)(?:次|遍|回)(?:说|讲|问|要|叫|喊)/;
const EN_COUNT = /\b(?:twice|two times|2 times|2x|second|2nd|three times|3 times|third|3rd)\b/;
const EN_MORE = /\b(?:four|five|six|seven|eight|nine|ten|several|many|multiple|countless|dozens?|fourth|fifth|umpteenth|[4-9]|[1-9][0-9])\b/;
const ZH_MORE = /[四五六七八九十几]|好几|很多|无数|n次|[4-9]次/;
/** Something failed or left unsolved, or a question of its own beside the request. */
const EN_ELSE =
  /\b(?:not|no|never|nothing|nobody|no one|noone|still|yet|wrong|broken|damaged|missing|lost|late|refund|order|package|parcel|ignored|where|when|why|how|what|which)\b|n't\b|\?/;
const ZH_ELSE = /没|未|冇|不(?!好意思)|还是|依然|仍然|坏|错|丢|拒|骗|退款|订单|包裹|快递|货|哪|什么|怎么|为什么|几时|多久|吗|呢|？|\?/;

export function withoutRequestAskedAgain(found: readonly string[], english: string, chinese: string): string[] {
  if (found.length === 0) return [...found];
  if (chinese !== '') {
    const counted = ZH_ASKING.test(chinese) && !ZH_MORE.test(chinese);
    return counted && !ZH_ELSE.test(chinese) ? [] : [...found];
  }
  const counted = EN_ASKING.test(english) && EN_COUNT.test(english) && !EN_MORE.test(english);
  return counted && !EN_ELSE.test(english) ? [] : [...found];
}
