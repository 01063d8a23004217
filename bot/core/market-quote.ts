/**
 * The day's figure of a market: a currency's exchange rate, the price of bitcoin, gold or a share ("what is the price
 * of bitcoin right now", 今天美金汇率多少, 今天美元兑日元汇率多少). General knowledge, not the store's prices: the rate the
 * store converts an order at is asked about the store ("what exchange rate do you use", 你们按什么汇率算, 汇率怎么算), and
 * this reads only a rate or price asked for now, or for one currency against another, with no word of the store's.
 *
 * Text arrives folded (traditional and Cantonese to simplified Mandarin); English is read in lower case.
 */
const NOW_EN = String.raw`(?:today|today's|now|right now|currently|at the moment|this week|live|current|latest)`;
const QUOTED_EN = String.raw`(?:exchange rate|rate of exchange|price of (?:bitcoin|btc|ethereum|eth|crypto|gold|silver|oil|petrol|gas|shares?|stocks?|[a-z]{1,12} (?:shares|stock))|(?:bitcoin|btc|ethereum|crypto|gold|silver|oil|stock|share) (?:price|rate|value))`;
const PATTERNS_EN: readonly RegExp[] = [
  new RegExp(String.raw`\b${NOW_EN}(?: [a-z']{1,12}){0,3} ${QUOTED_EN}\b`),
  new RegExp(String.raw`\b${QUOTED_EN}(?: [a-z']{1,12}){0,3} ${NOW_EN}\b`),
];
/** The store's own rate or charge: "the exchange rate you use", "on my order". */
const STORE_EN = /\b(?:you|your|u|ur|order|orders|checkout|charged|charge|refund|pay|paid|payment)\b/;

const NOW_ZH = '(?:今天|今日|现在|目前|当前|最新|实时|这两天|最近)';
const QUOTED_ZH = '(?:汇率|金价|银价|油价|股价|币价|比特币|以太坊)';
const PATTERNS_ZH: readonly RegExp[] = [
  new RegExp(`${NOW_ZH}[^，。！？,.!?]{0,8}${QUOTED_ZH}`),
  // 美元兑日元汇率: one currency against another
  new RegExp(`(?:美元|美金|日元|欧元|英镑|港币|港元|人民币|台币|新台币|澳元|加元|韩元)(?:兑|换|对)(?:美元|美金|日元|欧元|英镑|港币|港元|人民币|台币|新台币|澳元|加元|韩元)`),
];
const STORE_ZH = /你们|你家|贵店|订单|下单|付款|结算|结账|支付|扣|退款|收费|按/;

const HAN = /\p{Script=Han}/u;
const MAX_LENGTH = 300;

/** Whether the message asks for a market's figure of the day rather than anything of the store's. */
export function asksMarketQuote(text: string): boolean {
  const lower = text.slice(0, MAX_LENGTH).toLowerCase().replace(/\s+/g, ' ').trim();
  if (!STORE_EN.test(lower) && PATTERNS_EN.some((pattern) => pattern.test(lower))) return true;
  if (!HAN.test(lower)) return false;
  const compact = lower.replace(/ /g, '');
  return !STORE_ZH.test(compact) && PATTERNS_ZH.some((pattern) => pattern.test(compact));
}
