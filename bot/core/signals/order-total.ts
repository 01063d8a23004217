/**
 * An order's value told as a count and a price per piece: "400 office chairs at $65 each", "300 units, 80 dollars a
 * piece", 我们公司要订500台，每台600块, 想訂300張椅子，每張港幣900. The customer names no total, yet the case is as large as
 * one that does (a business buying in bulk is the high-value case the standards mean). The total is an amount in the
 * price's currency; its evidence shows both numbers.
 *
 * A price is per piece only when the message says so: "each", "apiece", "a piece", "per unit" (not a rate: "per
 * month", "per night"), "unit price", 每台…, 一件…, …一台, 单价. The count is a number of things close to it: not a
 * length of time, a weight or a size ("3 days", "5 kg", "750ml"), not an order, model or phone number, not an ordinal
 * (第三台). A Chinese price that names its piece (每台) multiplies only a count of the same pieces (500台): in a review
 * "一台两千元的手机 … 1000条电话本" counts entries, not phones.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chinese-numerals';
import { locateMoneyAmounts, UNKNOWN_CURRENCY, type MoneyMention } from './money';
import { execAll } from './patterns';
import { wordTable } from './own';

/** How far apart the count and the price may stand (characters): a clause or two, not a whole review. */
const NEAR = 60;
const MAX_COUNT = 1_000_000;

const CLASSIFIERS = '台个個张張件把套箱份条條双雙只隻部组組盒瓶支本架辆輛片袋包桶卷顶頂副';
/** Traditional classifiers read as their simplified forms, so 300張 and 每张 count the same pieces. */
const SIMPLIFIED_CLASSIFIER: Readonly<Record<string, string>> = wordTable({ 個: '个', 張: '张', 條: '条', 雙: '双', 隻: '只', 組: '组', 輛: '辆', 頂: '顶' });

/** What a price per piece says after the amount: "$65 each", "80 dollars a piece", "$12/unit", "600块一台", "600元/台". */
const EN_PER_PIECE_AFTER =
  /^\s?(?:each|apiece|a piece|a pop|an item|a unit|per (?!(?:day|week|month|year|hour|night|annum|minute|mile|km|kg|lb|cent|order|shipment|delivery|visit)s?\b)[a-z]{2,14}|\/\s?(?:unit|pc|pcs|ea|each|item|piece|set|pair))\b/i;
const ZH_PER_PIECE_AFTER = new RegExp(`^(?:一|每|/|／)([${CLASSIFIERS}])`);
/** What a price per piece says before the amount: "unit price $65", "each one is $80", 每台600块, 单价是600元. */
const EN_PER_PIECE_BEFORE = /\b(?:unit price|price per (?:unit|item|piece)|per (?:unit|item|piece)|each (?:one |unit |piece )?(?:is|was|costs?|at)|apiece)\s?(?:is |was |of |at )?:?\s?$/i;
const ZH_PER_PIECE_BEFORE = new RegExp(`(?:(?:每|一)([${CLASSIFIERS}])(?:的)?(?:单价|價格|价格|价钱|價錢)?|单价|單價)(?:是|为|為|要|卖|賣|约|約|大概|差不多)?[:：]?$`);
/**
 * A price per piece written without a currency: "at 189 each", "for 40 apiece", 每台600, 每台五千, 单价5000. Its currency is the
 * account's (`XXX` until detectHighValue gives it one). In Chinese only 每 or 单价 make a bare number a price ("一箱12个"
 * is a box of twelve), and no unit may follow it.
 */
const EN_BARE_PER_PIECE = /\b(?:at|for|costs?|priced at|price of)\s(\d{1,3}(?:,\d{3})+|\d{1,7}(?:\.\d{1,2})?)\s?(?:each|apiece|a piece|per (?:unit|item|piece))\b/gi;
const ZH_BARE_PER_PIECE = new RegExp(
  `(?:每([${CLASSIFIERS}])(?:的)?(?:单价|價格|价格|价钱|價錢)?|单价|單價)(?:是|为|為|要|卖|賣|约|約|大概|差不多)?[:：]?(\\d{1,7}|[${CHINESE_NUMERAL_CHARS}]{1,8})(?![\\d.${CHINESE_NUMERAL_CHARS}]|\\s?[a-z${CLASSIFIERS}斤两兩克米号號度寸多])`,
  'gi',
);

/** A number of things: digits (thousands commas allowed), or digits or Chinese numerals before a classifier. */
const EN_COUNT = /(?<![\w$£€¥#.,/:-])(\d{1,3}(?:,\d{3})+|\d{1,7})(?![\d.,:/-]?\d)(\s?x\b)?\s?([a-z][a-z'-]{0,20})?/gi;
const ZH_COUNT = new RegExp(`(?<![第每#\\d${CHINESE_NUMERAL_CHARS}])(\\d{1,7}|[${CHINESE_NUMERAL_CHARS}]{1,8})\\s?(?:多)?([${CLASSIFIERS}])`, 'g');
/** Words after a number that say it is not a count of things bought, or that a new phrase starts ("in 2025 I bought"). */
const NOT_COUNTED = new RegExp(
  String.raw`^(?:days?|hours?|hrs?|weeks?|months?|years?|yrs?|times?|minutes?|mins?|seconds?|secs?|percent|am|pm|kgs?|g|grams?|lbs?|oz|km|miles?|cm|mm|m|ml|l|litres?|liters?|inch(?:es)?|gb|mb|tb|mah|w|v|hz|mp|stars?|points?|pts|calls?|emails?|messages?|attempts?|st|nd|rd|th|business|working|weekdays?|k|grand|thousand|million|billion|dollars?|bucks?|usd|eur|gbp|euros?|quid|pounds?|yuan|rmb|cents?|` +
    String.raw`each|apiece|per|i|we|you|he|she|it|they|and|or|but|so|to|the|a|an|in|on|at|for|from|by|with|is|was|are|were|if|when|then|ago|before|after|more|less|left)$`,
  'i',
);
/** Before a number that names a thing rather than counting: "order 4000", "model 300", "#12", "room 212". */
const NAMES_BEFORE = /(?:\b(?:order|invoice|ticket|tracking|ref|reference|account|acct|card|phone|model|sku|item|room|flight|case|serial|zip|postcode|code|pin|ext|no\.?|number|id|size|version|v)\s?[:#]?\s?|#\s?|(?:订单号?|单号|编号|尾号|型号|号码|工单|房间号?)\s?[:：]?)$/i;

/** Words ending in s that are no plural ("order 45678 has lamps"). */
const VERB_LIKE = /^(?:has|was|is|does|goes|this|thus|plus|yes|its|less|unless|across|always|perhaps)$/i;

interface Price {
  at: number;
  mention: MoneyMention;
  /** The piece a Chinese price names (每台: 台), which its count must name too. */
  piece?: string;
}

interface Count {
  at: number;
  end: number;
  value: number;
  text: string;
  piece?: string;
}

/** Totals of count × price per piece in the message. */
export function orderTotals(text: string): MoneyMention[] {
  const normalized = text.normalize('NFKC');
  const amounts = locateMoneyAmounts(normalized).map(({ at, mention }) => {
    const start = normalized.indexOf(mention.evidence, Math.max(0, at - 12));
    const from = start >= 0 && start <= at ? start : at;
    return { from, to: from + mention.evidence.length, mention };
  });
  const overlapsAmount = (from: number, to: number) => amounts.some((amount) => from < amount.to && to > amount.from);
  const prices: Price[] = [];
  for (const { from, to, mention } of amounts) {
    const before = normalized.slice(Math.max(0, from - 30), from);
    const after = normalized.slice(to, to + 30);
    const zh = ZH_PER_PIECE_AFTER.exec(after) ?? ZH_PER_PIECE_BEFORE.exec(before);
    if (zh) prices.push({ at: from, mention, piece: pieceOf(zh[1]) });
    else if (EN_PER_PIECE_AFTER.test(after) || EN_PER_PIECE_BEFORE.test(before)) prices.push({ at: from, mention });
  }
  for (const bare of barePrices(normalized)) if (!overlapsAmount(bare.at, bare.at + 1)) prices.push(bare);
  if (prices.length === 0) return [];

  const counts = countsIn(normalized).filter((count) => !overlapsAmount(count.at, count.end) && !prices.some((price) => price.at === count.at));
  const totals: MoneyMention[] = [];
  for (const price of prices) {
    const near = counts.filter((count) => Math.abs(count.at - price.at) <= NEAR && (!price.piece || count.piece === price.piece));
    if (near.length === 0) continue;
    const count = near.reduce((a, b) => (b.value > a.value ? b : a));
    totals.push({
      value: Math.round(count.value * price.mention.value * 100) / 100,
      currency: price.mention.currency,
      evidence: `${count.text} × ${price.mention.evidence}`,
    });
  }
  return totals;
}

function pieceOf(classifier: string | undefined): string | undefined {
  return classifier ? (SIMPLIFIED_CLASSIFIER[classifier] ?? classifier) : undefined;
}

function barePrices(text: string): Price[] {
  const prices: Price[] = [];
  for (const match of execAll(EN_BARE_PER_PIECE, text)) {
    const at = match.index + match[0].lastIndexOf(match[1]);
    prices.push({ at, mention: { value: Number(match[1].replace(/,/g, '')), currency: UNKNOWN_CURRENCY, evidence: match[0].trim() } });
  }
  for (const match of execAll(ZH_BARE_PER_PIECE, text)) {
    const at = match.index + match[0].lastIndexOf(match[2]);
    // 每台五千 as 每台5000: a price in Chinese numerals (a lone 一 or 两 is no price: parseChineseNumber reads it as 1 or 2).
    const value = /^\d+$/.test(match[2]) ? Number(match[2]) : parseChineseNumber(match[2]);
    if (value === null || (!/^\d/.test(match[2]) && value < 10)) continue;
    prices.push({ at, mention: { value, currency: UNKNOWN_CURRENCY, evidence: match[0] }, piece: pieceOf(match[1]) });
  }
  return prices;
}

function countsIn(text: string): Count[] {
  const counts: Count[] = [];
  const namesSomething = (at: number) => NAMES_BEFORE.test(text.slice(Math.max(0, at - 20), at));
  for (const match of execAll(EN_COUNT, text)) {
    // A count says what it counts ("400 office chairs", "300 units") or is marked as one ("400x").
    const word = match[3] ?? '';
    if (word ? NOT_COUNTED.test(word) : !match[2]) continue;
    // "order 45678" names an order; "order 250 of your chairs", "order 40 laptops" count what is ordered.
    const ordered =
      /\border\s$/i.test(text.slice(Math.max(0, match.index - 6), match.index)) &&
      !/^\d{5,}$/.test(match[1]) &&
      (word === 'of' || (/[a-z]{2}s$/i.test(word) && !VERB_LIKE.test(word)));
    if (namesSomething(match.index) && !ordered) continue;
    const value = Number(match[1].replace(/,/g, ''));
    if (value >= 2 && value <= MAX_COUNT) counts.push({ at: match.index, end: match.index + match[1].length, value, text: match[1] });
  }
  for (const match of execAll(ZH_COUNT, text)) {
    if (namesSomething(match.index)) continue;
    const value = /^\d+$/.test(match[1]) ? Number(match[1]) : parseChineseNumber(match[1]);
    if (value !== null && value >= 2 && value <= MAX_COUNT) {
      counts.push({ at: match.index, end: match.index + match[1].length, value, text: match[0], piece: pieceOf(match[2]) });
    }
  }
  return counts;
}
