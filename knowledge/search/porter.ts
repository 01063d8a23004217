/**
 * The Porter stemmer exactly as the `natural` package implements it (lib/natural/stemmers/porter_stemmer.js, MIT,
 * Copyright (c) 2011 Chris Umbel), quirks included, so that indexes and snapshots built before stem the same. Written
 * again here so that production does not install natural (and the database drivers it depends on) for one function;
 * test/knowledge/search/porter.test.ts compares the two over a large word list.
 *
 * natural classifies letters with regular expressions that backtrack quadratically on long runs of consonants; here
 * every pass is a single left-to-right scan that gives the same strings.
 */

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

// By char code: a e i o u, and y with them (for the passes that treat y apart).
const VOWEL_CODES = new Set([97, 101, 105, 111, 117]);
const Y = 121;

/** What the steps need to know of a word's letter groups (below), counted without building the string. */
interface GroupSummary {
  /** How many C and V symbols. */
  count: number;
  vowels: number;
  first: 'C' | 'V' | '';
  last: 'C' | 'V' | '';
}

/**
 * Runs of consonants as C and of vowels as V. natural: replace(/[^aeiouy]+y/g, 'CV'), then /[aeiou]+/g → 'V',
 * then /[^V]+/g → 'C'. (A consonant run followed by y reads as consonant-then-vowel; the V it leaves is not merged
 * with a vowel run after it, which natural's measure then counts as half a VC.) One scan: each character's class is
 * emitted unless it repeats the C or the vowel run before it.
 */
function scanGroups(token: string, emit: (symbol: 'C' | 'V') => void): void {
  // What the last symbol came from: a vowel run ('v'), the V of a consonant-then-y ('y'), or consonants ('c').
  let last: 'v' | 'y' | 'c' | '' = '';
  for (let i = 0; i < token.length; ) {
    const code = token.charCodeAt(i);
    if (VOWEL_CODES.has(code)) {
      if (last !== 'v') emit('V');
      last = 'v';
      i++;
      continue;
    }
    if (code === Y) {
      // A y not taken by a consonant run before it counts as a consonant.
      if (last !== 'c') emit('C');
      last = 'c';
      i++;
      continue;
    }
    let j = i;
    while (j < token.length && !VOWEL_CODES.has(token.charCodeAt(j)) && token.charCodeAt(j) !== Y) j++;
    if (j < token.length && token.charCodeAt(j) === Y) {
      // natural's 'CV': its C joins a C before it; its V stands alone (a vowel run after it is a V of its own).
      if (last !== 'c') emit('C');
      emit('V');
      last = 'y';
      i = j + 1;
    } else {
      if (last !== 'c') emit('C');
      last = 'c';
      i = j;
    }
  }
}

export function categorizeGroups(token: string): string {
  let groups = '';
  scanGroups(token, (symbol) => (groups += symbol));
  return groups;
}

function summarizeGroups(token: string): GroupSummary {
  const summary: GroupSummary = { count: 0, vowels: 0, first: '', last: '' };
  scanGroups(token, (symbol) => {
    if (summary.count === 0) summary.first = symbol;
    summary.count++;
    if (symbol === 'V') summary.vowels++;
    summary.last = symbol;
  });
  return summary;
}

/** Each letter as C or V. natural: replace(/[^aeiouy]y/g, 'CV'), then /[aeiou]/g → 'V', then /[^V]/g → 'C'. */
export function categorizeChars(token: string): string {
  const out: string[] = [];
  for (let i = 0; i < token.length; ) {
    const code = token.charCodeAt(i);
    if (!VOWEL_CODES.has(code) && code !== Y && token.charCodeAt(i + 1) === Y) {
      out.push('C', 'V');
      i += 2;
    } else {
      out.push(VOWEL_CODES.has(code) ? 'V' : 'C');
      i++;
    }
  }
  return out.join('');
}

/** The Porter measure: VC sequences, after dropping one leading C and one trailing V; -1 for nothing. */
export function measure(token: string | null | undefined): number {
  if (!token) return -1;
  const { count, first, last } = summarizeGroups(token);
  const kept = count - (first === 'C' ? 1 : 0);
  return (kept - (kept > 0 && last === 'V' ? 1 : 0)) / 2;
}

function endsWithDoubleConsonant(token: string): boolean {
  const last = token[token.length - 1];
  return token.length >= 2 && last === token[token.length - 2] && !isVowel(last);
}

/** natural's attemptReplace for a suffix: the token with `suffix` replaced, or null when it does not end so. */
function replaceSuffix(token: string, suffix: string, replacement: string): string | null {
  return token.endsWith(suffix) ? token.slice(0, token.length - suffix.length) + replacement : null;
}

type Rule = readonly [suffix: string, replacement: string];

/**
 * natural's attemptReplacePatterns: every rule whose suffix, removed from the original token, leaves a measure above
 * the threshold is applied in turn to the running result (so one rule can apply to another's output).
 */
function replaceRules(token: string, rules: readonly Rule[], threshold?: number): string {
  let result = token;
  for (const [suffix, replacement] of rules) {
    if (threshold === undefined || measure(replaceSuffix(token, suffix, '')) > threshold) {
      result = replaceSuffix(result, suffix, replacement) || result;
    }
  }
  return result;
}

function step1a(token: string): string {
  if (token.endsWith('sses') || token.endsWith('ies')) return token.slice(0, -2);
  if (token.endsWith('s') && token[token.length - 2] !== 's' && token.length > 2) return token.slice(0, -1);
  return token;
}

const STEP_1B_RULES: readonly Rule[] = [
  ['at', 'ate'],
  ['bl', 'ble'],
  ['iz', 'ize'],
];

function step1b(token: string): string {
  if (token.endsWith('eed')) {
    return measure(token.slice(0, -3)) > 0 ? `${token.slice(0, -3)}ee` : token;
  }
  const stem = token.endsWith('ed') ? token.slice(0, -2) : token.endsWith('ing') ? token.slice(0, -3) : null;
  // natural: an empty stem ("ed", "ing") or one with no vowel leaves the token as it was.
  if (!stem || summarizeGroups(stem).vowels === 0) return token;
  const replaced = replaceRules(stem, STEP_1B_RULES);
  if (replaced !== stem) return replaced;
  if (endsWithDoubleConsonant(stem) && !'lsz'.includes(stem[stem.length - 1])) return stem.slice(0, -1);
  if (measure(stem) === 1 && categorizeChars(stem).endsWith('CVC') && !'wxy'.includes(stem[stem.length - 1])) return `${stem}e`;
  return stem;
}

function step1c(token: string): string {
  if (!token.endsWith('y')) return token;
  // natural: a V among the groups before the last one.
  const { vowels, last } = summarizeGroups(token);
  return vowels - (last === 'V' ? 1 : 0) > 0 ? `${token.slice(0, -1)}i` : token;
}

const STEP_2_RULES: readonly Rule[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['abli', 'able'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];

const STEP_3_RULES: readonly Rule[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

const STEP_4_SUFFIXES = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

function step4(token: string): string {
  // natural: /^(.+?)(al|ance|…|ize)$/, the shortest stem, so the longest suffix that leaves at least one letter.
  let longest = '';
  for (const suffix of STEP_4_SUFFIXES) {
    if (suffix.length > longest.length && token.length > suffix.length && token.endsWith(suffix)) longest = suffix;
  }
  const stem = longest ? token.slice(0, -longest.length) : '';
  if (measure(stem) > 1) return stem;
  // natural: /^(.+?)(s|t)(ion)$/, keeping the s or t.
  if (token.length > 4 && (token.endsWith('sion') || token.endsWith('tion'))) {
    const kept = token.slice(0, -3);
    if (measure(kept) > 1) return kept;
  }
  return token;
}

function step5a(token: string): string {
  const withoutE = token.endsWith('e') ? token.slice(0, -1) : token;
  const m = measure(withoutE);
  // natural: categorizeChars(token).substr(-4, 3), which on a short word starts at its first letter.
  const chars = categorizeChars(token);
  const start = Math.max(chars.length - 4, 0);
  const cvc = chars.slice(start, start + 3) === 'CVC' && token.length >= 2 && !'wxy'.includes(token[token.length - 2]);
  return m > 1 || (m === 1 && !cvc) ? withoutE : token;
}

function step5b(token: string): string {
  return measure(token) > 1 && token.endsWith('ll') ? token.slice(0, -1) : token;
}

/** The Porter stem of a word, as natural's PorterStemmer.stem gives it. */
export function porterStem(word: string): string {
  if (word.length < 3) return word;
  let token = word.toLowerCase();
  token = step1a(token);
  token = step1b(token);
  token = step1c(token);
  token = replaceRules(token, STEP_2_RULES, 0);
  token = replaceRules(token, STEP_3_RULES, 0);
  token = step4(token);
  token = step5a(token);
  return step5b(token);
}
