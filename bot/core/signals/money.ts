import { CHINESE_NUMERAL_CHARS, CHINESE_UNIT_CHARS, parseChineseNumber } from './chinese-numerals';
import { spelledNumbers } from './english-numerals';
import { anyOf, execAll } from './patterns';
import type { MoneyAmount } from './schema';
import { wordTable } from './own';

/**
 * Money amounts in English and Chinese messages, normalised to `{value, currency}`.
 *
 * What counts as money (decided here, relied on by the policy):
 * - a number with a currency cue: a symbol or code before it ("$12,500.50", "USD 3k", "¥3000", "人民币8000") or a
 *   currency word after it ("500 bucks", "2,000 usd", "1.2 million dollars", "5千元", "三万块");
 * - a number written with 万 or 亿 ("50万", "1.5亿"): in a customer message these are amounts, unless a unit follows
 *   ("10万公里", "50万人");
 * - any other number only in a money context ("I paid 3000", "the price was 299", "花了两千", "价值20万"), and then
 *   with currency `XXX` (unknown);
 * - never: order, phone, card or tracking numbers (after "order", "#", "订单号", …; plain digit strings of 8 or more),
 *   dates and times ("5/12", "10:30", "2024-05-01", "in 2023"), percentages, and quantities ("3 items", "2 days",
 *   "3件"), even in a money context.
 * `¥` is read as CNY (Baton's Chinese customers are in mainland China); yen is JPY when written "円", "JPY" or "yen".
 *
 * English numbers written in words are read as digits are, with any currency above: "twenty-two thousand dollars",
 * "thirty grand", "fifty k", "a hundred and twenty thousand euros", "one point two million", "twenty thousand quid".
 * Without a currency, "grand" or "k", a number in words is money only with a scale word and in a money context ("I paid
 * two thousand", not "I paid for two", "thanks a million" or "a hundred times").
 */

export interface MoneyMention extends MoneyAmount {
  /** The text that was read, e.g. "$12,500.50" or "2.5万元". */
  evidence: string;
}

/** The currency used for an amount whose text names none. */
export const UNKNOWN_CURRENCY = 'XXX';

// ISO 4217 codes. Most are words too in lower case ("try 3 times", "php 8"); only these are read in lower case.
const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'CNY', 'RMB', 'JPY', 'HKD', 'CAD', 'AUD', 'NZD', 'SGD', 'CHF', 'INR', 'KRW', 'TWD', 'RUB',
  'BRL', 'MXN', 'SEK', 'NOK', 'DKK', 'PLN', 'ZAR', 'AED', 'SAR', 'THB', 'MYR', 'IDR', 'PHP', 'VND', 'TRY',
];
const LOWER_CASE_CODES = new Set([
  'usd', 'eur', 'gbp', 'cny', 'rmb', 'jpy', 'hkd', 'sgd', 'aud', 'nzd', 'inr', 'twd', 'chf',
]);
const CODE_CURRENCY: Readonly<Record<string, string>> = wordTable(Object.fromEntries(
  ISO_CODES.map((code) => [code.toLowerCase(), code === 'RMB' ? 'CNY' : code]),
));

/** Symbols written before the number (besides the codes). */
const PREFIX_SYMBOLS: Readonly<Record<string, string>> = wordTable({
  us$: 'USD', ca$: 'CAD', c$: 'CAD', a$: 'AUD', au$: 'AUD', nz$: 'NZD', hk$: 'HKD', s$: 'SGD', sg$: 'SGD',
  r$: 'BRL', mx$: 'MXN', nt$: 'TWD', 'cn¥': 'CNY', 'jp¥': 'JPY', $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'CNY',
  '₹': 'INR', 'rs.': 'INR', rs: 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₫': 'VND', '₱': 'PHP', '฿': 'THB',
  人民币: 'CNY', 美元: 'USD', 美金: 'USD', 港币: 'HKD', 欧元: 'EUR', 英镑: 'GBP', 日元: 'JPY',
  // Taiwan writes the currency before the figure as often as after it: 新台幣六萬五, 台幣三千 (folded 新台币, 台币).
  新台币: 'TWD', 台币: 'TWD', 港元: 'HKD', 澳元: 'AUD', 加元: 'CAD', 韩元: 'KRW', ntd: 'TWD', 'nt': 'TWD',
});

/** Words written after the number (and after its multiplier). */
const SUFFIX_WORDS: Readonly<Record<string, string>> = wordTable({
  dollars: 'USD', dollar: 'USD', bucks: 'USD', buck: 'USD', euros: 'EUR', euro: 'EUR', quid: 'GBP', sterling: 'GBP',
  yuan: 'CNY', renminbi: 'CNY', kuai: 'CNY', yen: 'JPY', rupees: 'INR', rupee: 'INR', francs: 'CHF',
  新加坡元: 'SGD', 美元: 'USD', 美金: 'USD', 刀: 'USD', 欧元: 'EUR', 英镑: 'GBP', 日元: 'JPY', 日币: 'JPY', 円: 'JPY',
  港币: 'HKD', 港元: 'HKD', 新台币: 'TWD', 台币: 'TWD', 韩元: 'KRW', 澳元: 'AUD', 加元: 'CAD', 卢布: 'RUB',
  人民币: 'CNY', 块钱: 'CNY', 块: 'CNY', 元: 'CNY', 圆: 'CNY',
  // Cantonese 蚊 (dollar, in Hong Kong the Hong Kong dollar): 廿萬蚊, 三千蚊, 萬五蚊雞; written 文 as often (兩萬文).
  蚊: 'HKD', 文: 'HKD',
  // Symbols after the number, as many Europeans write them ("5€", "1£").
  $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'CNY',
});
/** "pounds" is a weight as often as a currency: it counts only in a money context ("paid 20 pounds"). */
const WEAK_SUFFIX_WORDS: Readonly<Record<string, string>> = wordTable({ pounds: 'GBP', pound: 'GBP' });

const MULTIPLIERS: Readonly<Record<string, number>> = wordTable({
  k: 1e3, thousand: 1e3, grand: 1e3, w: 1e4, m: 1e6, mm: 1e6, mn: 1e6, mil: 1e6, million: 1e6, b: 1e9, bn: 1e9,
  billion: 1e9, lakh: 1e5, crore: 1e7,
});
/** Short multipliers ("3k", "$5m") must touch the number; words may follow a space ("1.2 million"). */
const ATTACHED_ONLY = new Set(['k', 'w', 'm', 'mm', 'mn', 'b', 'bn']);

// A number: Arabic digits (with thousands commas, or India's lakh groups "1,85,000", and decimals), Chinese numerals, or both ("2.5万", "1万5千").
// "二十多万", "20多万", "十几万": "more than" before 万 or 亿 reads as the round figure (a lower bound), one such word
// per number, right before the unit.
const NUMBER = new RegExp(
  String.raw`(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?!\d)|\d+(?:\.\d+)?|\.\d+)(?:[${CHINESE_NUMERAL_CHARS}]|\d+(?:\.\d+)?)*(?:[多余几][万萬亿億])?` +
    String.raw`|[${CHINESE_NUMERAL_CHARS}]+(?:\d+(?:\.\d+)?[${CHINESE_NUMERAL_CHARS}]*)*(?:[多余几][万萬亿億])?`,
  'g',
);

// Codes and letter symbols ("usd", "rs.") must start a word; "$" may touch one ("of$1499").
const LETTER_PREFIXES = [...Object.keys(PREFIX_SYMBOLS).filter((s) => /^[a-z]/.test(s)), ...Object.keys(CODE_CURRENCY)];
const SIGN_PREFIXES = Object.keys(PREFIX_SYMBOLS).filter((s) => !/^[a-z]/.test(s));
const PREFIX_RE = new RegExp(
  String.raw`(${anyOf(SIGN_PREFIXES.map(escape))}|(?<![a-z])${anyOf(LETTER_PREFIXES.map(escape))})(\s?)$`,
  'i',
);
// "two grand pianos" counts pianos.
const MULTIPLIER_RE = new RegExp(String.raw`^(\s?)(${anyOf(Object.keys(MULTIPLIERS))})(?![a-z]|\s(?:pianos?|prix)\b)`, 'i');
const SUFFIXES = [
  ...Object.keys(SUFFIX_WORDS), ...Object.keys(WEAK_SUFFIX_WORDS), ...Object.keys(CODE_CURRENCY), 'cents', 'cent',
];
const SUFFIX_RE = new RegExp(String.raw`^\s?(${anyOf(SUFFIXES.map(escape))})(?![a-z])`, 'i');
// "五块五", "3块5毛": a digit right after 块 is the tenths (角) — unless it counts something ("3块两次").
const TENTHS_RE = new RegExp(String.raw`^([一二两三四五六七八九]|\d)(?![\d.${CHINESE_NUMERAL_CHARS}])(毛|角)?`);

// Words before a number that make it money without a currency ("I paid 3000", "花了两千"), up to three words before
// it in the same sentence ("the price was about 299").
const EN_MONEY_WORDS = [
  'paid', 'pay', 'paying', 'payments?', 'cost', 'costs', 'costing', 'costed', 'price', 'priced', 'pricing', 'worth',
  'valued', 'value', 'charged', 'charges?', 'charging', 'refund', 'refunded', 'refunding', String.raw`reimburse\w*`,
  'spent', 'spend', 'spending', 'fees?', 'balance', 'amount', 'total', 'totals', 'totalling', 'subtotal', 'deposit',
  'deposited', 'withdraw', 'withdrew', 'withdrawn', 'withdrawal', 'transfer', 'transferred', 'owe', 'owed', 'owes',
  'loan', 'budget', 'invoice', 'invoiced', 'bill', 'billed', 'compensation', 'salary', 'debit', 'debited', 'credited',
  'overcharged', 'tax', 'rent', 'invest', 'invested', 'investment', 'money', 'cash', 'savings',
];
const EN_MONEY_CONTEXT = new RegExp(String.raw`\b(?:${EN_MONEY_WORDS.join('|')})\b(?:\s+[^\s\d.?!;]+){0,3}\s*$`, 'i');
const ZH_MONEY_WORDS = [
  '花了', '花费', '价值', '价格', '价钱', '售价', '标价', '原价', '现价', '单价', '总价', '付了', '付款', '支付', '实付', '金额',
  '退款', '退了', '退回', '扣了', '扣款', '扣费', '转账', '转了', '充值', '充了', '余额', '赔偿', '赔', '损失', '投资', '贷款',
  '借了', '借款', '欠', '欠款', '费用', '运费', '收费', '收了', '总共', '一共', '合计', '共计', '值', '卖', '工资', '存了', '取了',
  '提现', '多少钱', '要价', '报价', '定金', '押金', '预付', '保证金', '罚款', '罚了', '月薪', '年薪', '收入',
];
const ZH_MONEY_CONTEXT = new RegExp(`(?:${ZH_MONEY_WORDS.join('|')})[^，。！？,.!?\\d]{0,4}$`);

// Words right before a number that make it an identifier, not an amount.
const EN_IDENTIFIER_WORDS = [
  'order', 'invoice', 'ticket', 'tracking', 'reference', 'ref', 'account', 'acct', 'card', 'phone', 'tel', 'mobile',
  'id',
  String.raw`no\.?`, 'number', 'item', 'model', 'sku', 'room', 'flight', 'case', 'serial', 'zip', 'postcode', 'code',
  'pin',
  'ext',
];
const ZH_IDENTIFIER_WORDS = ['订单号?', '单号', '编号', '尾号', '手机号?', '电话', '卡号', '账号', '号码', '工单', '房间号?', '航班号?'];
const IDENTIFIER_BEFORE = new RegExp(
  String.raw`(?:\b(?:${EN_IDENTIFIER_WORDS.join('|')})\s*(?:number|no\.?|#|id)?\s*[:#]?\s*|#\s*` +
    String.raw`|(?:${ZH_IDENTIFIER_WORDS.join('|')})\s*[:：是为]?\s*)$`,
  'i',
);

// Quantities: a number followed by what it counts, perhaps after one word ("5 different times", "3 more days").
const EN_UNITS = [
  'items?', 'purchases?', 'transactions?', 'transfers?', 'pcs', 'pieces?', 'units?', 'days?', 'hours?', 'hrs?',
  'minutes?',
  'mins?', 'seconds?', 'secs?', 'weeks?', 'months?', 'years?', 'yrs?', 'times?', 'people', 'persons?', 'orders?',
  'packages?', 'parcels?', 'boxes?', 'bottles?', 'kgs?', 'g', 'grams?', 'lbs?', 'oz', 'km', 'miles?', 'cm', 'mm',
  'inch(?:es)?', 'gb', 'mb', 'tb', 'percent', '%', 'x', 'st', 'nd', 'rd', 'th', 'am', 'pm', "o'clock", 'stars?',
  'points?', 'pts', 'calls?', 'emails?', 'messages?', 'attempts?', 'accounts?', 'cards?', 'installments?',
];
const EN_COUNT_ADJECTIVES = [
  'different', 'more', 'extra', 'other', 'separate', 'whole', 'full', 'business', 'working', 'additional',
];
const EN_UNIT_AFTER = new RegExp(
  String.raw`^\s?(?:(?:${EN_COUNT_ADJECTIVES.join('|')})\s)?(?:${EN_UNITS.join('|')})(?![a-z])`,
  'i',
);
const ZH_UNITS = [
  '个', '件', '天', '次', '年', '月', '日', '号', '点', '分钟', '分', '秒', '小时', '周', '星期', '斤', '公斤', '千克', '克', '米',
  '公里', '里', '人', '位', '台', '部', '张', '瓶', '箱', '盒', '袋', '包', '单', '岁', '楼', '层', '间', '套', '条', '只', '双',
  '份', '页', '本', '家', '度', '倍', '折', '成', '期', '寸', '英寸', '毫升', '升', '吨', '平', '室', '厅', '款', '种', '批', '趟',
  '遍', '行', '码', '星', '%',
  // Points and miles counted after the number (买了二十万积分, 五十万里程): no money, as COUNTED_BEFORE reads them before it.
  '积分', '積分', '积点', '積點', '点数', '點數', '里程', '金币', '金幣',
];
const ZH_UNIT_AFTER = new RegExp(`^(?:${ZH_UNITS.join('|')})`);
// Vague quantities: "几十万", "几十元" are "several hundred thousand", "a few dozen yuan", not amounts one can act on.
const VAGUE_BEFORE = /[几数]$/;
const HAS_CHINESE_UNIT = new RegExp(`[${CHINESE_UNIT_CHARS}]`);

export function parseMoneyAmounts(text: string): MoneyMention[] {
  return locateMoneyAmounts(text.normalize('NFKC')).map(({ mention }) => mention);
}

/** An amount and where its number starts in the text it was read from. */
export interface LocatedMoney {
  at: number;
  mention: MoneyMention;
}

/** parseMoneyAmounts on text already in NFKC form, with where each amount's number starts. */
export function locateMoneyAmounts(normalized: string): LocatedMoney[] {
  const found: LocatedMoney[] = [];
  for (const match of execAll(NUMBER, normalized)) {
    const mention = readAmount(normalized, match.index, match[0]);
    if (mention) found.push({ at: match.index, mention });
  }
  for (const number of spelledNumbers(normalized)) {
    const mention = readAmount(normalized, number.start, normalized.slice(number.start, number.end), number);
    if (mention) found.push({ at: number.start, mention });
  }
  // Digits and words in the order the text gives them (a stable sort keeps the digits' own order).
  return found.sort((x, y) => x.at - y.at);
}

/** A number read from words (english-numerals.ts): its value, and whether a scale word ("thousand") is in it. */
interface WordNumber {
  value: number;
  scaled: boolean;
}

/** The amount around the number at `start` (in digits, or in words when `words` is given), or null when it is not money. */
function readAmount(text: string, start: number, numberText: string, words?: WordNumber): MoneyMention | null {
  const end = start + numberText.length;
  if (words ? /[a-z0-9-]/i.test(text[start - 1] ?? '') : isPartOfOtherToken(text, start, end, numberText)) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  let value = words ? words.value : numberValue(numberText) ?? loneUnitValue(numberText, before, text.slice(end));
  if (value === null) return null;

  if (VAGUE_BEFORE.test(before)) return null;
  const prefix = PREFIX_RE.exec(before);
  const prefixCurrency = prefix ? currencyOf(prefix[1], PREFIX_SYMBOLS) : null;
  let cursor = end;
  // "两万多块", "三千多元": "more than" between the number and its currency.
  if (/^[多余]/.test(text.slice(cursor)) && SUFFIX_RE.test(text.slice(cursor + 1))) cursor += 1;
  // "两万几蚊", "一万几的订单": a few of the next lower unit after the figure, read as 几 is elsewhere (three): 23 000, 13 000.
  const fewMore = !words && text[cursor] === '几' ? FEW_AFTER_UNIT.exec(numberText) : null;
  if (fewMore) {
    value += 3 * (UNIT_VALUE[fewMore[0]] / 10);
    cursor += 1;
  }
  const multiplier = MULTIPLIER_RE.exec(text.slice(cursor));
  const multiplierName = multiplier?.[2].toLowerCase() ?? null;
  // After a number in words the shorthand is spaced: "fifty k" (never "fifty m": metres, minutes).
  const spacedAllowed = (name: string): boolean => (words ? name === 'k' || !ATTACHED_ONLY.has(name) : !ATTACHED_ONLY.has(name));
  const multiplierWord = multiplierName && !(multiplier![1] && !spacedAllowed(multiplierName)) ? multiplierName : null;
  if (multiplier && multiplierWord) {
    value *= MULTIPLIERS[multiplierWord];
    cursor += multiplier[0].length;
  }
  if (/^\s?(?:%|percent)/i.test(text.slice(cursor))) return null;
  // "a fifty-thousand-dollar order": in words, the currency may be joined by a hyphen.
  const suffixRead = SUFFIX_RE.exec(words && text[cursor] === '-' ? ` ${text.slice(cursor + 1)}` : text.slice(cursor));
  // 文 is a dollar only standing alone: 三千文字, 五万文件 are words of their own.
  const suffix = suffixRead && suffixRead[1] === '文' && ZH_WEN_WORD.test(text.slice(cursor + suffixRead[0].length)) ? null : suffixRead;
  const suffixWord = suffix?.[1].toLowerCase() ?? null;
  const orderValue = isOrderValue(before, numberText, text.slice(cursor));
  const inContext = EN_MONEY_CONTEXT.test(before) || ZH_MONEY_CONTEXT.test(before) || orderValue;

  let currency = prefixCurrency;
  let suffixUsed = false;
  if (currency === null && suffix && suffixWord) {
    if (suffixWord === 'cents' || suffixWord === 'cent') {
      currency = 'USD';
      value /= 100;
    } else if (WEAK_SUFFIX_WORDS[suffixWord]) {
      currency = inContext ? WEAK_SUFFIX_WORDS[suffixWord] : null;
    } else {
      currency = currencyOf(suffix[1], SUFFIX_WORDS);
    }
    suffixUsed = currency !== null;
  }
  if (currency === null && multiplierWord === 'grand') currency = UNKNOWN_CURRENCY;
  if (currency === null) {
    const shorthand = isThousandsShorthand(multiplier, text, cursor, words !== undefined);
    const scaled = words ? words.scaled && !/^an?\s{1,3}(?:hundred|thousand|million|billion)$/i.test(numberText) : multiplierWord !== null && SCALE_WORDS.has(multiplierWord);
    const standsAlone = scaled && SCALE_FOLLOWERS.test(text.slice(cursor));
    const bare = words
      ? (shorthand || standsAlone || (inContext && words.scaled)) && !EN_UNIT_AFTER.test(text.slice(cursor))
      : isBareAmount(text, before, cursor, numberText, inContext || shorthand || standsAlone, orderValue);
    if (!bare) return null;
    currency = UNKNOWN_CURRENCY;
  } else if (suffixWord === '块' && numberText === '一') {
    return null; // "一块" is also "together" or "a piece (of)"
  }

  let evidenceEnd = suffixUsed ? cursor + suffix![0].length : cursor;
  if (suffixWord === '块') {
    const tenths = TENTHS_RE.exec(text.slice(evidenceEnd));
    if (tenths && (tenths[2] || !ZH_UNIT_AFTER.test(text.slice(evidenceEnd + tenths[0].length)))) {
      value += (parseChineseNumber(tenths[1]) ?? 0) / 10;
      evidenceEnd += tenths[0].length;
    }
  }
  // "€40.000", "R$ 25.000": where the euro and most of Europe and Latin America write thousands with dots, three digits
  // after each dot are a thousands group, not decimals.
  if (DOT_THOUSANDS_CURRENCIES.has(currency) && DOT_THOUSANDS.test(numberText) && !multiplierWord) {
    value = Number(numberText.replace(/\./g, ''));
  }
  const evidenceStart = prefixCurrency ? start - prefix![0].length : start;
  return { value: Math.round(value * 100) / 100, currency, evidence: text.slice(evidenceStart, evidenceEnd).trim() };
}

/** The unit a figure ends with, before 几 (a few of the next lower unit). */
const FEW_AFTER_UNIT = /[百佰千仟万萬]$/;
const UNIT_VALUE: Readonly<Record<string, number>> = wordTable({ 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10_000, 萬: 10_000 });

/** 文 beginning a word of its own (文字, 文件, 文章, 文化): not the dollar. */
const ZH_WEN_WORD = /^[字件章案学化具献本档凭凴言明]/;

/**
 * A unit alone, as much as it names, after a word of nearness and before a currency: 成万蚊 (about ten thousand dollars),
 * 差不多千蚊, 接近万元. Alone it is no number ("千万", "成千上万").
 */
const LONE_UNIT = /^[百千万萬]$/;
const NEAR_BEFORE = /(?:(?<!千)成|接近|将近|差不多|差唔多|近|超过|过)$/;
function loneUnitValue(numberText: string, before: string, after: string): number | null {
  if (!LONE_UNIT.test(numberText) || !NEAR_BEFORE.test(before) || !SUFFIX_RE.test(after)) return null;
  return numberText === '百' ? 100 : numberText === '千' ? 1000 : 10_000;
}

const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const DOT_THOUSANDS_CURRENCIES: ReadonlySet<string> = new Set(['EUR', 'BRL', 'IDR', 'VND', 'TRY', 'ARS', 'CLP', 'COP', 'DKK', 'NOK']);

/**
 * A round figure with a scale word ("1.2 million", "about sixty thousand", "two hundred thousand."), followed
 * by the end of a sentence or a word that does not say what it counts ("forty-one thousand of lighting"), is an
 * amount as "1.2k" is; "3 million views" and "two thousand of the chairs" count things, and "thanks a million", "one in
 * a million" ("a" before the scale) are sayings.
 */
const SCALE_WORDS: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'bn', 'mil']);
const SCALE_FOLLOWERS =
  /^(?:\s*$|\s*[.!?,;:)]|\s(?:and|or|but|for|to|per|each|please|already|now|so|which|in|on|at|with|is|was|total|plus|worth|budget|order|purchase|invoice|payment|deal|bill)\b|\sof\s(?!(?:the|these|those|them|us|you|your|my|our|their|which|it|its|his|her|people|customers|users|units|items|pieces|times)\b))/i;

const SHORTHAND_FOLLOWERS =
  /^(?:\s*$|\s*[^\sa-z]|\s(?:and|or|but|for|to|per|each|please|already|now|last|this|that|so|which|in|on|at|of|back|total|plus|from|with|is|was|order|orders|purchase|invoice|payment|refund|deal|bill|charge|transaction|worth)\b)/i;

/**
 * "1.2k" on its own is money in a support chat (DESIGN.md lists it with "$12,500"), but "10k steps" and "5k run" are
 * not: the shorthand counts only when no word follows it, or a function word does ("1.2k for a phone").
 */
function isThousandsShorthand(multiplier: RegExpExecArray | null, text: string, cursor: number, spaced = false): boolean {
  if (!multiplier || (multiplier[1] && !spaced) || multiplier[2].toLowerCase() !== 'k') return false;
  return SHORTHAND_FOLLOWERS.test(text.slice(cursor));
}

/**
 * What a bare number counts, told before it in its clause: points, miles, followers, views ("积分攒了二十万了 能换什么",
 * "粉丝有五十万", "i have 200k points"). With no currency these are no amount of money.
 */
const COUNTED_BEFORE =
  /(?:(?:积分|積分|积点|積點|点数|點數|里程|金币|金幣|粉丝|粉絲|步数|步數|字数|字數|阅读量|閱讀量|播放量|浏览量|瀏覽量|销量|銷量|点赞|點讚|关注|關注)[^，。,.!?！？;；\s]{0,8}|\b(?:points|pts|miles|followers|views|steps|likes|subscribers|downloads)\b[^.!?,;]{0,24})$/i;

/**
 * An order told by its value: 订单六千多, 这单一万二, 整单三千多 还没到. After 订单 a number is as often the order's number
 * (订单123456), so only a figure no identifier is written as counts: in Chinese numerals with a unit (六千, 一万二), or
 * followed by 多 ("more than": 订单6000多). The words right before the number say whose value it is (the order's).
 */
const ZH_ORDER_VALUE_BEFORE = /(?:订单|訂單|这单|這單|那单|那單|整单|整單|一单|一單|单子|單子|这笔|這筆)(?:金额|總額|总额|总价|總價)?(?:总共|一共|共|是|有|要|才|都|也|大概|差不多|约)?$/;
// Chinese numerals only, with a unit among them (read as two tests: one pattern would read a run of units twice over).
const CHINESE_NUMERALS_ONLY = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`);
const CHINESE_UNIT = new RegExp(`[${CHINESE_UNIT_CHARS}]`);

function isOrderValue(before: string, numberText: string, after: string): boolean {
  // 订单三千多件 counts pieces.
  if (!ZH_ORDER_VALUE_BEFORE.test(before) || ZH_UNIT_AFTER.test(after.replace(/^多/, ''))) return false;
  return (CHINESE_NUMERALS_ONLY.test(numberText) && CHINESE_UNIT.test(numberText)) || (/^\d{3,6}$/.test(numberText) && /^多/.test(after));
}

/** A number with no currency: money only with 万/亿 or in a money context, and never an id, year or quantity. */
function isBareAmount(text: string, before: string, cursor: number, numberText: string, inContext: boolean, orderValue = false): boolean {
  const after = text.slice(cursor);
  const plainDigits = /^\d+$/.test(numberText);
  const chinese = /[^\d.,]/.test(numberText);
  const magnitude = /[万萬亿億]/.test(numberText);
  if (!magnitude && !inContext) return false;
  // "订单50万" is an amount: identifiers are not written with 万.
  if (!magnitude && !orderValue && IDENTIFIER_BEFORE.test(before)) return false;
  // "a 22k order" is an order of that value ("3 orders" counts them): thousands in shorthand count no orders.
  const orderOfValue = /\dk$/i.test(text.slice(Math.max(0, cursor - 2), cursor)) && /^\s(?:order|purchase)\b/i.test(after);
  if ((EN_UNIT_AFTER.test(after) && !orderOfValue) || ZH_UNIT_AFTER.test(after)) return false;
  if (COUNTED_BEFORE.test(before)) return false;
  if (plainDigits && (numberText.length >= 8 || numberText.startsWith('0'))) return false; // phone, order, card
  if (plainDigits && isYear(numberText, before)) return false;
  // "花了一下午": a lone Chinese digit is a word ("一", "两") unless a unit makes it a number.
  if (chinese && !/\d/.test(numberText) && !HAS_CHINESE_UNIT.test(numberText)) return false;
  return true;
}

/** The ISO code for a matched currency token; codes other than the common ones count only in capitals. */
function currencyOf(token: string, words: Readonly<Record<string, string>>): string | null {
  const lower = token.toLowerCase();
  if (words[lower] !== undefined) return words[lower];
  const code = CODE_CURRENCY[lower];
  if (code === undefined) return null;
  return token === token.toUpperCase() || LOWER_CASE_CODES.has(lower) ? code : null;
}

function numberValue(numberText: string): number | null {
  const plain = numberText.replace(/[多余几](?=[万萬亿億]$)/, '');
  if (/^[\d,]+(?:\.\d+)?$|^\.\d+$/.test(plain)) return Number(plain.replace(/,/g, ''));
  // "1.234.567": two dots or more are thousands groups whatever the currency.
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(plain)) return Number(plain.replace(/\./g, ''));
  return parseChineseNumber(plain);
}

/** Digits inside a longer token: "A123", "v1.2", "5/12", "10:30", "2024-05-01", "555-1234", "+86 138…". */
function isPartOfOtherToken(text: string, start: number, end: number, numberText: string): boolean {
  const previous = text[start - 1] ?? '';
  const beforePrevious = text[start - 2] ?? '';
  const next = text[end] ?? '';
  const afterNext = text[end + 1] ?? '';
  // "USD3000" and "rmb500" are amounts; "A123" and "order12345" are not.
  if (/[a-z_+]/i.test(previous)) return !PREFIX_RE.test(text.slice(Math.max(0, start - 4), start));
  if (/[/:\-]/.test(previous) && /\d/.test(beforePrevious)) return true;
  if (/[/:\-]/.test(next) && /\d/.test(afterNext)) return true;
  if (/^\d/.test(numberText) && /[.,]/.test(next) && /\d/.test(afterNext)) return true; // "1.2.3", "1,2345"
  // A retirement plan named by its section of the tax code: "roll over my 401k", "401(k)", "403b".
  if (!/[$£€¥]/.test(previous) && /^(?:401|403|457)$/.test(numberText) && /^\(?[kb]\b/i.test(text.slice(end, end + 3))) return true;
  return false;
}

function isYear(digits: string, before: string): boolean {
  const year = Number(digits);
  return year >= 1900 && year <= 2099 && /\b(?:in|since|from|until|till|by|year|of|before|after)\s*$/i.test(before);
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
