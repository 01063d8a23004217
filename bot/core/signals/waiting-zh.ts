/**
 * How long a Chinese-writing customer has been waiting, told as a complaint: "都三天了", "已经一个星期了", "等了两个小时",
 * "5天了还没发货". A duration alone is no complaint ("用了三个月了，很好用"): it counts only after "都 / 已经 / 足足 /
 * 整整 / 等了" or before "还没 / 都没 / 也没 / 还是没". Scanned character by character (no regular expression).
 */

const NUMERALS = '0123456789０１２３４５６７８９一二两三四五六七八九十几多半';
const UNITS: readonly string[] = ['星期', '礼拜', '小时', '钟头', '天', '周', '月'];
const PREFIXES: readonly string[] = [
  '已经', '足足', '整整', '等了', '都',
  // A process of the company's that has taken that long: "处理了半个月", "审核了一周", "拖了十天".
  '处理了', '审核了', '拖了', '催了', '查了', '核实了', '申请了', '等待了',
];
/** "第三次问了", "第四次联系你们", "第5天了": a count of contacts or of days, past the first. */
const ORDINAL_UNITS: readonly string[] = ['次', '回', '遍', '天'];
const CONTACT_VERBS: readonly string[] = ['了', '问', '联系', '找', '催', '打', '来', '反映', '投诉', '申请', '说', '发消息', '留言', '咨询'];
const SUFFIXES: readonly string[] = ['还没', '都没', '也没', '还是没', '还不', '仍然没', '依然没'];
const LONGEST_NUMBER = 6;

/** The end of a waiting complaint that starts at `start` (with its number), or -1. */
export function waitedUntil(text: string, start: number): number {
  let k = start;
  while (k < text.length && k - start < LONGEST_NUMBER && NUMERALS.includes(text[k])) k++;
  if (k === start) return -1;
  if (text[start - 1] === '第') return countedUntil(text, start, k);
  if (text[k] === '个') k++;
  if (text[k] === '多') k++;
  const unit = UNITS.find((u) => text.startsWith(u, k));
  if (!unit || (unit === '月' && text[k - 1] !== '个')) return -1; // "三月" is March
  k += unit.length;
  if (text[k] === '多') k++;
  if (text[k] === '了') k++;
  const prefix = PREFIXES.find((p) => text.startsWith(p, start - p.length));
  const followed = SUFFIXES.some((s) => text.startsWith(s, k));
  // "…了" after the duration, or a verb with its "了" before it ("等了三天", "处理了半个月").
  const complete = text[k - 1] === '了' || (prefix !== undefined && prefix.endsWith('了'));
  const prefixed = prefix !== undefined;
  return (prefixed && complete) || followed ? k : -1;
}

/**
 * "第三次问了", "这是我第四次联系你们", "第5天了": the customer counting contacts or days is a complaint told as a fact.
 * Not the first ("第一次买"), nor a count of something else ("第二次买了，很好").
 */
function countedUntil(text: string, start: number, numberEnd: number): number {
  if (numberEnd - start === 1 && text[start] === '一') return -1;
  const unit = ORDINAL_UNITS.find((u) => text.startsWith(u, numberEnd));
  if (!unit) return -1;
  // "第三次问", "第三次再问", "第四次来找": an adverb may stand before the verb.
  const k = numberEnd + unit.length + (ADVERBS_BEFORE_VERB.includes(text[numberEnd + unit.length]) ? 1 : 0);
  const verb = CONTACT_VERBS.find((v) => text.startsWith(v, k));
  return verb ? k + verb.length : -1;
}

const ADVERBS_BEFORE_VERB = '我再又来';
