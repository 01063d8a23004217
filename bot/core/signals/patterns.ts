/** Small helpers shared by the rule-based detectors (agent request, complaint level). */
import { rememberRecent } from '../../../contracts';
import { unmaskProfanity } from './profanity';

/**
 * Lower case, one kind of apostrophe, one space, swearing spelled out, "w/" as "with": the form the English patterns
 * are written against. The last few are remembered: the complaint, agent-request, lodged-complaint and
 * repeated-problem readers of one message each normalise it.
 */
export const normalizeEnglish: (text: string) => string = rememberRecent(8, normalizeEnglishOnce);

function normalizeEnglishOnce(text: string): string {
  return unmaskProfanity(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/\bw\/(?=\s|$)/g, 'with')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Half-width, lower-case, no white space: the form the Chinese patterns are written against. */
export function normalizeChinese(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * Every match of every pattern, in order of appearance and without repeats, skipping matches that `isNegated` rejects
 * ("don't want to talk to an agent"). Patterns must carry the `g` flag.
 */
export function findMatches(
  text: string,
  patterns: readonly RegExp[],
  isNegated: (text: string, index: number) => boolean = () => false,
): string[] {
  const found: Array<{ index: number; text: string }> = [];
  for (const pattern of patterns) {
    for (const match of execAll(pattern, text)) {
      if (!isNegated(text, match.index)) found.push({ index: match.index, text: match[0].trim() });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.text))];
}

/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them: an exec loop over the pattern itself, where
 * matchAll runs over a copy it makes per call (the copy costs more than most of the detectors' scans). lastIndex is
 * reset before and after, so the shared pattern carries no state between calls.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`execAll needs a global pattern: ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex = advance(text, match.index, pattern.unicode || pattern.flags.includes('v'));
    matches.push(match);
  }
  pattern.lastIndex = 0;
  return matches;
}

/** Past an empty match, as matchAll steps: one code unit, or one code point in a unicode pattern. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

/** Joins alternatives into one regular-expression group, longest first so "customer service" wins over "customer". */
export function anyOf(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}

/**
 * The pattern source with its unbounded word and digit runs (`\w+`, `\w*`, `\d+`) bounded: no customer word is longer,
 * and the ReDoS checker (test/regex-safety.test.ts) then decides the pattern exactly, as an automaton, instead of by
 * sampling inputs.
 */
export function bounded(source: string): string {
  return source
    .replace(/\\w\+/g, '[a-z0-9_]{1,16}')
    .replace(/\\w\*/g, '[a-z0-9_]{0,12}')
    .replace(/\\d\+/g, '[0-9]{1,9}');
}

/**
 * A Chinese clause that ends on a yes-no particle (是工作日吗, 有货么), not on 这么, 那么, 怎么, 什么, 多么: Cantonese 咁 folds to
 * 这么, and "上次都係咁" (it was like this last time too) ends on one without asking anything.
 */
export const ZH_ENDS_ASKING = /(?<![这那怎什多])[吗么][?？]?$/;
