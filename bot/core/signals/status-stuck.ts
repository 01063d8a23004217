/**
 * An order's status that has not moved for a long time: "still showing processing after 2 weeks", "tracking has said
 * label created for three weeks", "order still says pending after 10 days", 物流一直显示已揽收 十天了, 狀態一直是處理中
 * 兩個禮拜了 (folded 状态一直是处理中两个星期了). No single word of it is a failure (processing, 处理中 are what a status
 * says every day); a status named, then told as unchanged (still, stuck, 一直, 没更新) or held for weeks, is the order
 * stuck — a service failure, as "never arrived" is. A status asked about ("how long does processing take?", 待发货一般要几天)
 * tells nothing unchanged and no time gone, and is not read.
 *
 * English arrives lower-cased (normalizeEnglish), Chinese folded to simplified Mandarin. One sentence is read at a time,
 * each pattern bounded.
 */

const STATUS_EN =
  /\b(?:processing|pending|label created|label printed|awaiting (?:shipment|dispatch|fulfil{1,2}ment|pickup|collection)|preparing (?:for )?(?:shipment|dispatch)|pre-?transit|in transit|order (?:placed|received|confirmed)|not (?:yet )?(?:shipped|dispatched)|on hold|(?:shipment )?info(?:rmation)? received)\b/;
/** Unchanged: still, stuck, the status has said it since, no movement. */
const UNCHANGED_EN =
  /\b(?:still (?:says|shows|showing|saying|stuck|sitting|listed|marked|reads)|stuck|ha(?:s|ve) (?:said|shown|showed|been (?:showing|saying|stuck|sitting|on|at|in))|(?:hasn'?t|has not|haven'?t|have not) (?:moved|changed|updated|budged)|no (?:update|updates|movement|change|progress))\b/;
/** Weeks or months gone, or days from five on: "for three weeks", "after 10 days", "2 weeks now". */
const SPAN_EN =
  /\b(?:(?:for|after|over|in|past|last)\s(?:(?:over|more than|almost|nearly|about|a|the)\s)?(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)\s(?:weeks?|months?)|(?:for|after|over|past|last)\s(?:(?:over|more than|almost|nearly|about)\s)?(?:[5-9]|\d{2}|five|six|seven|eight|nine|ten|several)\s(?:days|business days|working days)|(?:\d{1,2}|two|three|four|five|six)\s(?:weeks|months)\s(?:now|later|and|already))\b/;
/** The status shown for the customer's order: a page, the tracking, the order says it. */
const SHOWN_EN = /\b(?:order|orders|tracking|status|shows?|showing|showed|says|saying|said|stuck|listed|marked|app|website|site|page|account|it)\b/;
const SUPPOSED_EN = /\b(?:if|in case|what happens|suppose|usually|normally|typically|how long)\b/;

const STATUS_ZH =
  /处理中|待发货|待出库|待揽收|已揽收|运输中|备货中|出库中|配送中|派送中|等待发货|未发货|审核中|已出库|转运中|清关中|已下单|订单已确认/;
const UNCHANGED_ZH = /一直|仍然|依然|停在|卡在|停留在|没有?(?:更新|变|动|动静|变化)|不动/;
const SPAN_ZH = /(?:[一二两三四五六七八九十\d]{1,3}|半|好几|几)个?(?:星期|礼拜|周|月)(?:了|都|还|多|以上)|(?:[五六七八九十]|[一二三]十|\d{2}|[5-9])(?:多)?[天日](?:了|都|还|以上)/;
const SUPPOSED_ZH = /如果|要是|万一|一般|通常|多久|几天|多长时间/;

const SENTENCE_EN = /[^.!?;]+/g;

/** The evidence of an order's status told as stuck, or nothing. */
export function statusStuck(english: string, chinese: string): string[] {
  if (chinese) {
    // A Chinese message is read whole: its clauses run on with commas and spaces (处理中 两个星期了).
    const status = STATUS_ZH.exec(chinese);
    if (status && (UNCHANGED_ZH.test(chinese) || SPAN_ZH.test(chinese)) && !SUPPOSED_ZH.test(chinese)) return [status[0]];
    return [];
  }
  if (!english) return [];
  // "12 iPhones …, 14k total, still showing processing after 2 weeks": one sentence, its commas inside it.
  for (const sentence of english.match(SENTENCE_EN) ?? []) {
    const status = STATUS_EN.exec(sentence);
    if (!status || SUPPOSED_EN.test(sentence) || !SHOWN_EN.test(sentence)) continue;
    if (UNCHANGED_EN.test(sentence) || SPAN_EN.test(sentence)) return [status[0]];
  }
  return [];
}
