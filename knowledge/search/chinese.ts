/**
 * Chinese text has no spaces, so a run of Han characters is turned into search terms two ways: the words found by
 * `Intl.Segmenter` (precise when its dictionary knows the words) and overlapping character bigrams (recall when it does
 * not, e.g. product names such as 花呗 or typos). Both go into the same index; BM25 weighs them.
 */
import { chineseWordSegments } from '../text/chinese-words';
import { CHINESE_STOP_WORDS } from './stop-words';

export const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * A count: numerals and a measure word (三十张, 两件, 五十把). The segmenter's dictionary does not know counts, so it reads
 * one measure word into the noun after it ("三十张贴纸" came out as 三十 / 张贴 (to post) / 纸): counts are cut out
 * first and kept whole. Not 个 before a length of time (两个星期 stays a duration). Bounded, so it matches in linear time.
 */
export const CHINESE_COUNT = /[零一二两三四五六七八九十百千万几]{1,6}(?:[张把件只台双套条份盒瓶包箱支本杯袋罐副顶块]|个(?!小时|星期|礼拜|月))/gu;

/** Words of one run of Han characters, per Intl.Segmenter, without stop words; counts are words of their own. */
export function segmentHanWords(run: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (const count of run.matchAll(CHINESE_COUNT)) {
    segmentInto(run.slice(from, count.index), words);
    if (!CHINESE_STOP_WORDS.has(count[0])) words.push(count[0]);
    from = count.index + count[0].length;
  }
  segmentInto(from === 0 ? run : run.slice(from), words);
  return words;
}

/**
 * A verb's complement of direction glued to the particle after it (登 / 不上去, 登 / 不 / 上了): the segmenter's
 * dictionary has neither as a word, so a customer's 登不上了 meets nothing of an article's 登不上. The complement (with its
 * 不) and the particle are read as the words they are. Only after 不, or 上 before 了: 回去, 起来, 过去 and 过了 are words.
 */
const COMPLEMENT_WITH_PARTICLE = /^(不[上下进出回过起开])([了去来])$|^(上)(了)$/u;

function segmentInto(text: string, words: string[]): void {
  if (text.length === 0) return;
  for (const segment of chineseWordSegments(text)) {
    if (!segment.isWordLike) continue;
    const glued = COMPLEMENT_WITH_PARTICLE.exec(segment.segment);
    const parts = glued ? [glued[1] ?? glued[3], glued[2] ?? glued[4]] : [segment.segment];
    for (const word of parts) if (!CHINESE_STOP_WORDS.has(word)) words.push(word);
  }
}

/** Overlapping character bigrams of one run of Han characters; a single character stands for itself. */
export function hanBigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return CHINESE_STOP_WORDS.has(chars[0]) ? [] : [chars[0]];
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i] + chars[i + 1]);
  return bigrams;
}
