/** Text utilities knowledge search and the conversation engine share: Chinese scripts and folding. */
export { detectScript, toSimplified, toTraditional, inScript, type TraditionalRegion } from './chinese-script';
export { foldChinese, writesCantonese } from './chinese-fold';
export { chineseWordSegments, type WordSegment } from './chinese-words';
