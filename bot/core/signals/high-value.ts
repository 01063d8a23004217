import { locateMoneyAmounts, UNKNOWN_CURRENCY, type MoneyMention } from './money';
import { orderTotals } from './order-total';
import { isCustomersOwnMoney } from './own-money';
import { paidForGoods } from './paid-for';
import type { MoneyAmount } from './schema';

/**
 * What counts as a high-value case, per currency. The standards cite 50万 (DESIGN.md's default of 500 000 in the
 * account currency); the realistic development set labels orders from $20,000 and from 二十多万 (200 000 yuan) as
 * high value, so the defaults are about US$20,000 in each currency customers write (no exchange rates at run time:
 * each currency has its own round figure). `otherwise` covers currencies with no figure of their own.
 */
export interface HighValueThresholds {
  byCurrency: Readonly<Record<string, number>>;
  otherwise: number;
}

export const DEFAULT_HIGH_VALUE_THRESHOLD = 500_000;

export const DEFAULT_HIGH_VALUE_THRESHOLDS: HighValueThresholds = {
  byCurrency: {
    USD: 20_000, EUR: 20_000, GBP: 15_000, CAD: 25_000, AUD: 30_000, NZD: 30_000, SGD: 25_000, CHF: 20_000,
    CNY: 200_000, HKD: 150_000, TWD: 600_000, JPY: 3_000_000, KRW: 25_000_000, INR: 1_500_000,
  },
  otherwise: DEFAULT_HIGH_VALUE_THRESHOLD,
};

/**
 * What counts as a costly order, per currency: about US$1,500 in each currency customers write, 五千 in yuan and 60 000
 * rupees (writers labelled orders of 八千多 yuan and 80 000 rupees gone wrong high value, as others did £2,400 and $3,200).
 * An amount alone is a high-value case only from the thresholds above (a bulk quote, a fit-out); a costly order that
 * went wrong ("my order was £2,400 and it hasn't arrived", 一万二的订单显示签收了但没收到, 買了六萬多台幣的按摩椅 送來是壞的)
 * is one too: the standards hand high-value customers to a person, and held-out writers
 * who had never seen these figures labelled such problems high value from about US$1,200 on, while a costly order asked
 * about without a problem ("can i pay for a $3,000 sofa in installments") stays routine (turn-signals.ts reads the problem).
 */
export const DEFAULT_COSTLY_ORDER_THRESHOLD = 40_000;

export const DEFAULT_COSTLY_ORDER_THRESHOLDS: HighValueThresholds = {
  byCurrency: {
    USD: 1_500, EUR: 1_500, GBP: 1_200, CAD: 2_000, AUD: 2_300, NZD: 2_500, SGD: 2_000, CHF: 1_400,
    CNY: 5_000, HKD: 12_000, TWD: 45_000, JPY: 200_000, KRW: 2_000_000, INR: 60_000,
  },
  otherwise: DEFAULT_COSTLY_ORDER_THRESHOLD,
};

/** Whether an amount is at or above the figure of its currency in `table`. */
export function reachesThreshold(amount: MoneyAmount, table: HighValueThresholds): boolean {
  return amount.value >= (table.byCurrency[amount.currency] ?? table.otherwise);
}

export interface HighValueResult {
  /** The largest amount in the message, or null when there is none. */
  amount: MoneyAmount | null;
  highValue: boolean;
  /** The text of that amount, e.g. `["50万"]`. */
  evidence: string[];
}

/**
 * Whether the message names an amount at or above the threshold of its currency, or an order's total told as a count
 * and a price per piece (order-total.ts: "400 chairs at $65 each"). An amount with no currency (`XXX`:
 * "50万", "I paid 3000") is in `defaultCurrency`, the account currency, when given. A single number as threshold
 * applies to every currency (tests and callers that know their one currency).
 */
export function detectHighValue(
  text: string,
  thresholds: number | HighValueThresholds = DEFAULT_HIGH_VALUE_THRESHOLDS,
  defaultCurrency?: string,
  costly: HighValueThresholds = DEFAULT_COSTLY_ORDER_THRESHOLDS,
): HighValueResult {
  const table = typeof thresholds === 'number' ? { byCurrency: {}, otherwise: thresholds } : thresholds;
  let largest: { amount: MoneyAmount; evidence: string; high: boolean; ratio: number } | null = null;
  const normalized = text.normalize('NFKC');
  const asksTerms = asksStoreTerms(normalized);
  const ratioOf = (mention: MoneyMention): { currency: string; ratio: number } => {
    const currency = mention.currency === UNKNOWN_CURRENCY && defaultCurrency ? defaultCurrency : mention.currency;
    return { currency, ratio: mention.value / (table.byCurrency[currency] ?? table.otherwise) };
  };
  // Whose money an amount is (own-money.ts reads its clause) matters only from the costly-order figure on (the lower of the
  // two): a message of a thousand small amounts ("$1$1$1…") would otherwise read a thousand clauses.
  const atCostly = (mention: MoneyMention): boolean => {
    const { currency } = ratioOf(mention);
    return reachesThreshold({ value: mention.value, currency }, costly) || ratioOf(mention).ratio >= 1;
  };
  const amounts = locateMoneyAmounts(normalized)
    .filter(({ at, mention }) => !(asksTerms && isThreshold(normalized, at)) && !(atCostly(mention) && isOwnMoney(normalized, at, mention)))
    .map(({ mention }) => mention);
  for (const mention of [...amounts, ...orderTotals(text)] as MoneyMention[]) {
    const { currency, ratio } = ratioOf(mention);
    if (!largest || ratio > largest.ratio) {
      largest = { amount: { value: mention.value, currency }, evidence: mention.evidence, high: ratio >= 1, ratio };
    }
  }
  if (!largest) return { amount: null, highValue: false, evidence: [] };
  return { amount: largest.amount, highValue: largest.high, evidence: [largest.evidence] };
}

/**
 * An amount as the threshold of a store term, asked about: "do orders over $20,000 get free shipping", "is there a
 * discount for orders above $25k", 满二十万有折扣吗, 五十萬以上可以分期嗎. The customer asks what the store does from
 * that figure on, not about an order of theirs of that value; told of their own order ("our order is over $50,000, can
 * we pay by invoice", 我们这单超过三十万 能开票吗) or not asked, the amount stands.
 */
const EN_THRESHOLD_BEFORE =
  /\b(?:over|above|more than|greater than|exceeding|in excess of|upwards of|at least|under|below|less than|up to|a minimum of|a maximum of|minimum(?: of)?|maximum(?: of)?|limit(?: of| is)?|from)\s?$|[>≥]\s?$/i;
const ZH_THRESHOLD_BEFORE = /(?:满|滿|超过|超過|超出|大于|大於|高于|高於|不到|低于|低於|少于|少於|上限|下限|最多|最少|起码|起碼)$/;
const ZH_THRESHOLD_AFTER = /^[^，,。！？!?\s]{0,8}?(?:以上|以下|或以上|起|封顶|封頂|上限)/;
const EN_ASKS_TERMS = /\?\s*$|^(?:do|does|is|are|can|could|will|would|what|how|any|is there|are there)\b/i;
const ZH_ASKS_TERMS = /[吗嗎么麼][?？]?$|[?？]$|可不可以|可唔可以|能不能|有没有|有沒有|有冇|是不是|是否|得唔得|多少/;
/** Told of the customer's own order or purchase: "my order", "we're ordering", "I paid", 我的订单, 我们这单, 我买了, 花了. */
const EN_OWN_ORDER =
  /\b(?:my|our) (?:order|purchase|invoice|bill|cart|basket)\b|\b(?:i|we)(?:'ve|'re| have| are| am|'m)? (?:just )?(?:paid|spent|ordered|bought|placed|placing|ordering|buying|purchased|purchasing|need to (?:order|buy)|want to (?:order|buy)|plan to (?:order|buy)|are planning)\b/i;
const ZH_OWN_ORDER = /我的订单|我的訂單|我们的订单|我們的訂單|我(?:们|們|哋)?(?:这|這|呢)(?:单|單|张单|張單|笔|筆)|(?:我|我们|我們|我哋|公司)(?:要|想|打算|准备|準備)?(?:买|買|订|訂|采购|採購|下单|下單)(?:了|咗)?|花了|付了|俾咗|畀咗/;

function asksStoreTerms(text: string): boolean {
  const chinese = /\p{Script=Han}/u.test(text);
  const sentences = text.split(/(?<=[.!?。！？])\s*/).filter((sentence) => sentence.trim());
  const asks = sentences.some((sentence) => (chinese ? ZH_ASKS_TERMS : EN_ASKS_TERMS).test(sentence.trim()));
  return asks && !(chinese ? ZH_OWN_ORDER : EN_OWN_ORDER).test(text);
}

/** Up to `reach` characters before an amount's number, without the currency written just before it ("US$", "人民币"). */
function wordsBefore(text: string, at: number, reach: number): string {
  return text.slice(Math.max(0, at - reach), at).replace(/(?:us|usd|hk|nt|rmb|cny|[$£€¥]|人民币|港币|新台币)\s?$/i, '');
}

function isThreshold(text: string, at: number): boolean {
  const before = wordsBefore(text, at, 24);
  if (EN_THRESHOLD_BEFORE.test(before) || ZH_THRESHOLD_BEFORE.test(before)) return true;
  return ZH_THRESHOLD_AFTER.test(text.slice(at, at + 16).replace(/^[\d,.]+|^[零〇一二两兩三四五六七八九十百千万萬亿億多几幾]+/, ''));
}

/**
 * An amount that is the customer's own money rather than a case with the shop (own-money.ts: what it is attached to in
 * its clause). Its text ends where its evidence does; the evidence starts at its number or at the currency before it.
 */
function isOwnMoney(text: string, at: number, mention: MoneyMention): boolean {
  const start = text.indexOf(mention.evidence, Math.max(0, at - 12));
  const end = start < 0 ? at : start + mention.evidence.length;
  // "we paid $3,400 for a sofa set for our new flat": the sofa set heads the amount, the flat is where it goes (paid-for.ts).
  if (paidForGoods(text, end)) return false;
  return isCustomersOwnMoney(text, at, end);
}
