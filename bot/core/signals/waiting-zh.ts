/**
 * How long a Chinese-writing customer has been waiting, told as a complaint: "都三天了", "已经一个星期了", "等了两个小时",
 * "5天了还没发货". A duration alone is no complaint ("用了三个月了，很好用"): it counts only after "都 / 已经 / 足足 /
 * 整整 / 等了" or before "还没 / 都没 / 也没 / 还是没". Scanned character by character (no regular expression).
 */

const NUMERALS = '0123456789０１２３４５６７８９一二两三四五六七八九十几多半';
const UNITS: readonly string[] = ['星期', '礼拜', '小时', '钟头', '天', '周', '月'];
const PREFIXES: readonly string[] = ['已经', '足足', '整整', '等了', '都'];
const SUFFIXES: readonly string[] = ['还没', '都没', '也没', '还是没', '还不', '仍然没', '依然没'];
const LONGEST_NUMBER = 6;

/** The end of a waiting complaint that starts at `start` (with its number), or -1. */
export function waitedUntil(text: string, start: number): number {
  let k = start;
  while (k < text.length && k - start < LONGEST_NUMBER && NUMERALS.includes(text[k])) k++;
  if (k === start) return -1;
  if (text[k] === '个') k++;
  if (text[k] === '多') k++;
  const unit = UNITS.find((u) => text.startsWith(u, k));
  if (!unit || (unit === '月' && text[k - 1] !== '个')) return -1; // "三月" is March
  k += unit.length;
  if (text[k] === '多') k++;
  if (text[k] === '了') k++;
  const prefixed = PREFIXES.some((p) => text.startsWith(p, start - p.length));
  const followed = SUFFIXES.some((s) => text.startsWith(s, k));
  const complete = text[k - 1] === '了' || text.startsWith('等了', start - 2);
  return (prefixed && complete) || followed ? k : -1;
}
