/**
 * A regulator cited as the source of a rule in a routine question, not as a threat: "消基會說網購要有七天鑑賞期，你們的退貨
 * 期限是多久", "according to Citizens Advice I have 30 days to reject, how do I send it back?", "Trading Standards' website
 * says faulty goods can be returned, what's your process?". The legal rule reads a regulator's name as a dispute taken
 * outside ("reporting you to trading standards", 我要去消基会投诉你们), and most messages that name one mean that; a name
 * followed by what it says (说, 规定, "says", "guidance") or preceded by "according to" (根据, 按照) quotes it instead, and
 * so does one followed by its own work praising the goods (消委會上次測試話你哋賣嗰隻牌子好好，想問幾時有貨, "the consumer
 * council tested your kettle and rated it best, is it in stock").
 *
 * Cited only in a message that asks and threatens nothing: a report, a complaint lodged with it, "otherwise" or the rule
 * held against the shop keeps it the customer's threat ("Trading Standards says you must refund me, otherwise I'm
 * reporting you", 消基会说要七天鉴赏期 你们不退我就去投诉). Only the regulator's names are set aside; the message's other
 * legal phrases stand as they are.
 */

/** The legal rule's phrases that name a regulator, consumer body or helpline (and nothing else that threatens). */
const EN_REGULATOR =
  /^(?:the )?(?:trading standards|citizens advice|ombudsman|ftc|bbb|cfpb|accc|ccpc|competition bureau|fair trading|ofcom|ofgem|better business bureau|attorney general|regulators?|watchdog|ico|information commissioner|asa|cpsc|fda|cma|opss|advertising standards|consumer (?:protection|rights|affairs|commission|council|helpline|hotline|forum|ombudsman|authority|bureau|agency|tribunal))$/;
const ZH_REGULATOR =
  /^(?:消保(?:会|处)|消协|消费者协会|消基会|消委会|消保官|消费者保护|12315|12345|工商局|工商部门|消费者(?:服务)?(?:专线|热线)|市场监管|市场监督|市监局|监管部门|工信部|315)$/;

/** Quoted: "according to X", "as per X", "under the X rules", or X followed by what it says. */
const EN_CITED_BEFORE = /(?:according to|as per|per|under|(?:read|saw|seen|heard|checked)(?: on| with| from| that)?)\s(?:the\s)?$/;
// Or its own work, praising or ranking: "the consumer council's test rated your kettle best", "consumer council tested it".
const EN_CITED_AFTER =
  /^(?:'s?)?\s(?:says?|said|states?|stated|rules?|guidance|guidelines|website|site|page|advice|advises|advised|recommends?|mentions?|(?:told|tells) (?:me|us) (?:that|i|we)|(?:(?:latest|last|recent|new|annual) )?(?:tests?|testing|survey|ranking|ratings?)|tested|rated|ranked)\b/;
// Read or heard, with the aspect after the verb (看了消协的床垫评测, 听说消委会…): its publication read, not a complaint to it.
const ZH_CITED_BEFORE = /(?:根据|按照|依照|依据|按|照|据|听|看|查了?|(?:看|读|听|查|翻|睇)(?:了|过|到|完)|听说|读到)$/;
// Its own work may stand between the name and what it says, a time before it: 消委会上次测试话…, 消委会嘅报告话… (folded
// 消委会的报告话), 消协最近的评测显示….
// Or its work named with the goods it covers between (消协的床垫评测, 消委会嘅电饭煲测试报告), which is read, not lodged with.
const ZH_CITED_AFTER =
  /^(?:的|嘅)[^，,。！？!?；;\s]{1,6}?(?:测试|检测|评测|测评|试验|报告|排名|评分|评比|比较)|^(?:那边|官网|网站|网页|上面)?(?:(?:上次|之前|早前|最近|近期|今年|去年|前阵子|上个月|早排|呢排)?(?:的|嘅)?(?:测试|检测|评测|测评|试验|报告|调查|文章|月刊|杂志|选择月刊|排名|评分|结果)(?:里|中|入面)?(?:都)?)?(?:说|讲|话|规定|表示|建议|指出|提到|写|公告|显示|发现|推荐|评|的规定|有规定|的说法|的意思|上说|上写)/;

/** The message asks: a question mark, a question word, or a Chinese question form. */
const EN_ASKS = /\?|(?:^|[.!,;:] ?)(?:how|what|what's|where|when|which|who|can|could|may|do|does|is|are|will|would|should)\b/;
const ZH_ASKS = /[?？]|[吗呢么]|多久|多少|几天|几日|怎么|怎样|如何|哪里|哪儿|在哪|能不能|可不可以|是不是|有没有|点样|几时|边度|幾|係唔係|可唔可以/;

/**
 * A threat or report in the same message keeps the regulator the customer's, and so does the rule held against the shop
 * ("the ombudsman says you have to reply within 8 weeks, why haven't you?", 消基会说要七天鉴赏期 你们凭什么不退).
 */
export const EN_THREAT =
  /\b(?:why (?:have|haven't|has|hasn't|did|didn't|are|aren't|won't|can't|don't|do) you|you (?:must|have to|are required|are obliged|should have|broke|breached|are breaking|are breaching)|illegal|unlawful|breach|report(?:ing|ed)?|complain(?:ing|ed)? (?:to|with)|(?:lodg|fil|register|escalat)(?:e|es|ed|ing) (?:a |an |my )?(?:complaint|claim|case|report)|contact(?:ing)? (?:them|it)|get(?:ting)? (?:them|it) involved|otherwise|or else|unless|i will|i'll|i'm going to|i am going to|gonna|going to (?:them|the)|take (?:this|it) (?:to|further))\b/;
export const ZH_THREAT = /凭什么|为什么不|为啥不|违法|违反|你们必须|你们应该|投诉|举报|申诉|检举|告你|告到|去找|找他们|打给|打电话给|否则|不然|要不然|不然的话|我会去|我就去|反映到|反映给|报给/;

function cited(text: string, phrase: string, before: RegExp, after: RegExp): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (before.test(text.slice(Math.max(0, at - 30), at)) || after.test(text.slice(at + phrase.length, at + phrase.length + 30))) return true;
  }
  return false;
}

/** The English regulator phrases in `found` that are cited as a source in a question that threatens nothing. */
function citedIn(found: readonly string[], english: string, chinese: string): Set<string> {
  const out = new Set<string>();
  const englishCites = english !== '' && EN_ASKS.test(english) && !EN_THREAT.test(english);
  const chineseCites = chinese !== '' && ZH_ASKS.test(chinese) && !ZH_THREAT.test(chinese);
  for (const phrase of found) {
    if (englishCites && EN_REGULATOR.test(phrase) && cited(english, phrase, EN_CITED_BEFORE, EN_CITED_AFTER)) out.add(phrase);
    if (chineseCites && ZH_REGULATOR.test(phrase) && cited(chinese, phrase, ZH_CITED_BEFORE, ZH_CITED_AFTER)) out.add(phrase);
  }
  return out;
}

/** The legal phrases without the regulators cited as a source (see the file's comment). */
export function withoutRegulatorCited(found: readonly string[], english: string, chinese: string): string[] {
  const set = citedIn(found, english, chinese);
  return found.filter((phrase) => !set.has(phrase));
}
