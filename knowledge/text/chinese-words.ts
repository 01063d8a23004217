/**
 * Chinese text cut into words by `Intl.Segmenter` (its dictionary), remembered for the last few texts. The segmenter is
 * the slowest step of reading Chinese (about a microsecond a character), and one customer turn asks it about the same
 * text several times: the knowledge search, its homophone reading, and the learned sentiment and escalation readers
 * (which read the very same folded text). The segments are shared: callers read them and never change them.
 */
import { rememberRecent } from '../../contracts';

export interface WordSegment {
  readonly segment: string;
  /** A word (letters, digits or ideographs), not punctuation or white space. */
  readonly isWordLike: boolean;
}

// Segmenter instances are immutable and expensive to create, so one is shared.
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

function segmentOnce(text: string): readonly WordSegment[] {
  const segments: WordSegment[] = [];
  for (const { segment, isWordLike } of SEGMENTER.segment(text)) segments.push({ segment, isWordLike: isWordLike === true });
  return segments;
}

/** The text's segments in order, as `Intl.Segmenter('zh', { granularity: 'word' })` gives them. */
export const chineseWordSegments: (text: string) => readonly WordSegment[] = rememberRecent(16, segmentOnce);
