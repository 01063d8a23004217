import { wordTable } from './own';
/**
 * Chinese numbers as customers write them: "一百五十", "两千", "三万", "十五万", "一亿五千万", mixed with digits ("2.5万",
 * "1万5千"), financial forms ("壹佰"), and the colloquial shortening where a trailing digit counts in the next lower
 * unit ("一万五" = 15 000, "三千五" = 3 500, "一百五" = 150; but "一百零五" = 105). Spoken, and in Hong Kong written, the
 * leading 一 is dropped before a unit with a digit after it: "万五" is 15 000 (成萬五蚊 ≈ HK$15,000), "千五" 1 500, "万二"
 * 12 000, "百五" 150, "万五千" 15 000. Not "万一" (in case) or "千万" (by all means): a unit alone, or with 一 after it,
 * stays a word.
 */
const UNIT_FIRST = /^[百佰千仟万萬][二两三四五六七八九贰叁肆伍陆柒捌玖](?:[百佰千仟])?$/;

const DIGITS: Readonly<Record<string, number>> = wordTable({
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7,
  柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
});
const SMALL_UNITS: Readonly<Record<string, number>> = wordTable({ 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 });
const TEN_THOUSAND = new Set(['万', '萬']);
const HUNDRED_MILLION = new Set(['亿', '億']);

/** The characters a Chinese number is made of (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾廿卅百佰千仟万萬亿億';
/** Unit characters: a number written with one of them is clearly a number, not a word like "一下". */
export const CHINESE_UNIT_CHARS = '十拾廿卅百佰千仟万萬亿億';

/**
 * The value of a number written with Chinese numerals and/or Arabic digits, or `null` when the text is not one number
 * ("千万" and "万一" are words, "一五零" reads digit by digit and is not an amount).
 */
export function parseChineseNumber(text: string): number | null {
  let total = 0; // completed 亿 groups
  let section = 0; // completed 万 groups below 亿
  let chunk = 0; // below 万
  let pending: number | null = null; // a digit waiting for its unit
  let pendingFollowsUnit = false; // "一万五": the 五 came right after 万
  let lastUnit = 1;
  let afterZero = false;
  let previousWasUnit = false;

  // 廿 and 卅 (twenty, thirty; Cantonese and written forms: 廿萬 = 200 000, 廿五 = 25) read as the two numerals they stand for.
  const spelled = (UNIT_FIRST.test(text) ? `一${text}` : text).replace(/廿/g, '二十').replace(/卅/g, '三十');
  for (const token of spelled.match(/\d+(?:[.,]\d+)*|./g) ?? []) {
    const digit = /^\d/.test(token) ? Number(token.replace(/,/g, '')) : DIGITS[token];
    if (digit !== undefined && !Number.isNaN(digit)) {
      if (digit === 0 && token !== '0' && /^\D$/.test(token)) {
        afterZero = true; // "一百零五": the 五 that follows is units, not tens
        previousWasUnit = false;
        continue;
      }
      if (pending !== null) return null; // two numbers in a row: digit-by-digit reading, not an amount
      pending = digit;
      pendingFollowsUnit = previousWasUnit && !afterZero;
      previousWasUnit = false;
      continue;
    }
    const small = SMALL_UNITS[token];
    if (small !== undefined) {
      // "十五" is 15; "百" or "千" with no digit before them ("千万") is a word, not a number.
      if (pending === null && !(small === 10 && chunk === 0)) return null;
      chunk += (pending ?? 1) * small;
      pending = null;
      lastUnit = small;
    } else if (TEN_THOUSAND.has(token)) {
      const below = chunk + (pending ?? 0);
      if (below === 0) return null;
      section += below * 10_000;
      chunk = 0;
      pending = null;
      lastUnit = 10_000;
    } else if (HUNDRED_MILLION.has(token)) {
      const below = section + chunk + (pending ?? 0);
      if (below === 0) return null;
      total += below * 100_000_000;
      section = 0;
      chunk = 0;
      pending = null;
      lastUnit = 100_000_000;
    } else {
      return null;
    }
    afterZero = false;
    previousWasUnit = true;
  }
  if (pending === null) return total + section + chunk > 0 ? total + section + chunk : null;
  // A trailing digit right after a unit counts one unit lower ("一万五"); after 零, or alone, it is itself.
  const trailing = pendingFollowsUnit && lastUnit > 1 ? pending * (lastUnit / 10) : pending;
  return total + section + chunk + trailing;
}
