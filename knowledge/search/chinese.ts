/**
 * Chinese text has no spaces, so a run of Han characters is turned into search terms two ways: the words found by
 * `Intl.Segmenter` (precise when its dictionary knows the words) and overlapping character bigrams (recall when it does
 * not, e.g. product names such as 花呗 or typos). Both go into the same index; BM25 weighs them.
 */
import { CHINESE_STOP_WORDS } from './stop-words';

// Segmenter instances are immutable and expensive to create, so one is shared.
const WORD_SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

export const HAN_RUN = /\p{Script=Han}+/gu;
/** Words of one run of Han characters, per Intl.Segmenter, without stop words. */
export function segmentHanWords(run: string): string[] {
  const words: string[] = [];
  for (const segment of WORD_SEGMENTER.segment(run)) {
    if (segment.isWordLike && !CHINESE_STOP_WORDS.has(segment.segment)) words.push(segment.segment);
  }
  return words;
}

/** Overlapping character bigrams of one run of Han characters; a single character stands for itself. */
export function hanBigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return CHINESE_STOP_WORDS.has(chars[0]) ? [] : [chars[0]];
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i] + chars[i + 1]);
  return bigrams;
}
