/**
 * Shorthand no letter skeleton reads (shorthand.ts): symbols and digits standing for words ("w/o an acct", "tracking
 * # pls", "b4 friday", "thru paypal"). Spelled out before the text is split into words, in articles and questions
 * alike, so "w/o" is "without" and not the two letters w and o.
 */

// "w/o", "w/out": without; "w/" before a word: with. Not inside a longer token ("kw/h", "w/o2").
const WITHOUT = /(^|[^\p{L}\p{N}/])w\/(?:o|out)(?![\p{L}\p{N}/])/gu;
const WITH = /(^|[^\p{L}\p{N}/])w\/(?=[ \p{L}])(?!o\p{N})/gu;
// "#" after a word that names a number ("tracking #", "order #?") when no number follows it: "order #12345" is an
// order's id, the number itself.
const NUMBER_SIGN = /\b(tracking|order|confirmation|reference|account|phone|invoice|ref)\s{0,2}#(?!\s{0,2}\p{N})/gu;

/** The text with its symbol shorthand spelled out; the same string when it has none. */
export function withSymbolsSpelled(text: string): string {
  let spelled = text;
  if (spelled.includes('w/')) spelled = spelled.replace(WITHOUT, '$1without').replace(WITH, '$1with ');
  if (spelled.includes('#')) spelled = spelled.replace(NUMBER_SIGN, '$1 number');
  return spelled;
}

/** Shorthand words with a digit or a vowel, spelled out once split into words. */
export const SPELLED_WORDS: ReadonlyMap<string, string> = new Map([
  ['b4', 'before'],
  ['thru', 'through'],
  ['tho', 'though'],
  ['2day', 'today'],
  ['2morrow', 'tomorrow'],
  ['tmrw', 'tomorrow'],
]);
