/**
 * Typo tolerance: a customer word the knowledge base has never seen is replaced by known words at edit distance 1
 * (one insertion, deletion, substitution or transposition). Only longer words qualify: short words have too many
 * neighbours ("card" → "care", "cart", "hard"), and the work per word is bounded (about 54·length set lookups).
 * A short word that is none of them may be shorthand ("acct", "pkg"): shorthand.ts reads it.
 */
import { isShorthandCandidate, readShorthand } from './shorthand';

export const TYPO_MIN_WORD_LENGTH = 5;
const TYPO_MAX_WORD_LENGTH = 24;
const MAX_CORRECTIONS_PER_WORD = 2;
const ALPHABET_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
const ASCII_WORD = /^[a-z]+$/;

/** Known words with their frequency rank (0 = most frequent), so frequent corrections win ties. Not changed once used. */
export type Vocabulary = ReadonlyMap<string, number>;

/** A customer word long enough to be corrected, or short enough to be shorthand (shorthand.ts: "acct", "pkg"). */
export function isTypoCandidate(word: string): boolean {
  return isShorthandCandidate(word) || (word.length >= TYPO_MIN_WORD_LENGTH && word.length <= TYPO_MAX_WORD_LENGTH && ASCII_WORD.test(word));
}

/** A knowledge-base word a typo may be corrected to: one edit from some candidate's length. */
export function isCorrectionTarget(word: string): boolean {
  return word.length >= TYPO_MIN_WORD_LENGTH - 1 && word.length <= TYPO_MAX_WORD_LENGTH + 1 && ASCII_WORD.test(word);
}

/**
 * Which word lengths begin and end with which two letters in a vocabulary (a cell per length and letter pair), built
 * once per vocabulary: a substitution or insertion whose candidate begins or ends with a pair no known word of its
 * length has is not looked up. Most of them: the Map lookup, with the string built and hashed for it, was most of the
 * correction's cost. Exact: such a candidate is no known word.
 */
interface WordEnds {
  starts: Uint8Array;
  ends: Uint8Array;
}

const MAX_CANDIDATE_LENGTH = TYPO_MAX_WORD_LENGTH + 1;
const wordEnds = new WeakMap<Vocabulary, WordEnds>();
const A = 'a'.charCodeAt(0);

function endsKey(length: number, first: number, second: number): number {
  return (length * 26 + (first - A)) * 26 + (second - A);
}

function wordEndsOf(vocabulary: Vocabulary): WordEnds {
  let known = wordEnds.get(vocabulary);
  if (!known) {
    const size = (MAX_CANDIDATE_LENGTH + 1) * 26 * 26;
    known = { starts: new Uint8Array(size), ends: new Uint8Array(size) };
    for (const word of vocabulary.keys()) {
      // Candidates are a-z words of TYPO_MIN_WORD_LENGTH - 1 to MAX_CANDIDATE_LENGTH letters: no other word is one.
      if (!isCorrectionTarget(word)) continue;
      const n = word.length;
      known.starts[endsKey(n, word.charCodeAt(0), word.charCodeAt(1))] = 1;
      known.ends[endsKey(n, word.charCodeAt(n - 2), word.charCodeAt(n - 1))] = 1;
    }
    wordEnds.set(vocabulary, known);
  }
  return known;
}

const LETTER_CODES = ALPHABET_LETTERS.map((c) => c.charCodeAt(0));

/**
 * Calls `visit` with every string one edit from `word` (some more than once) that some word of the vocabulary could
 * be (`known`: see WordEnds). Plain loops rather than a generator and precomputed prefixes and suffixes: this runs
 * about 54·length times for each unknown word of a query.
 */
function forEachEditAtDistanceOne(word: string, known: WordEnds, visit: (candidate: string) => void): void {
  const n = word.length;
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  const codes: number[] = [];
  for (let i = 0; i <= n; i++) {
    prefixes.push(word.slice(0, i));
    suffixes.push(word.slice(i));
    if (i < n) codes.push(word.charCodeAt(i));
  }
  for (let i = 0; i < n; i++) visit(prefixes[i] + suffixes[i + 1]);
  for (let i = 0; i + 1 < n; i++) visit(prefixes[i] + word[i + 1] + word[i] + suffixes[i + 2]);
  const { starts, ends } = known;
  // Substitutions: the candidate has n letters, `c` at i (n ≥ TYPO_MIN_WORD_LENGTH, so its two ends are apart).
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < LETTER_CODES.length; l++) {
      const code = LETTER_CODES[l];
      if (code === codes[i]) continue;
      const first = i === 0 ? code : codes[0];
      const second = i === 1 ? code : codes[1];
      const secondLast = i === n - 2 ? code : codes[n - 2];
      const last = i === n - 1 ? code : codes[n - 1];
      if (starts[endsKey(n, first, second)] === 0 || ends[endsKey(n, secondLast, last)] === 0) continue;
      visit(prefixes[i] + ALPHABET_LETTERS[l] + suffixes[i + 1]);
    }
  }
  // Insertions: the candidate has n + 1 letters, `c` at i.
  for (let i = 0; i <= n; i++) {
    for (let l = 0; l < LETTER_CODES.length; l++) {
      const code = LETTER_CODES[l];
      const first = i === 0 ? code : codes[0];
      const second = i === 1 ? code : i === 0 ? codes[0] : codes[1];
      const secondLast = i === n - 1 ? code : i === n ? codes[n - 1] : codes[n - 2];
      const last = i === n ? code : codes[n - 1];
      if (starts[endsKey(n + 1, first, second)] === 0 || ends[endsKey(n + 1, secondLast, last)] === 0) continue;
      visit(prefixes[i] + ALPHABET_LETTERS[l] + suffixes[i]);
    }
  }
}

/**
 * Known words one edit away from an unknown `word`, most frequent first; for a word too short for that, or one edit
 * from none, the known word it is shorthand for ("acct" → "account", "dlvry" → "delivery"). Empty when the word is
 * known or neither.
 */
export function correctTypo(word: string, vocabulary: Vocabulary): string[] {
  if (vocabulary.has(word)) return [];
  const typos = correctEdit(word, vocabulary);
  return typos.length > 0 ? typos : readShorthand(word, vocabulary);
}

function correctEdit(word: string, vocabulary: Vocabulary): string[] {
  if (word.length < TYPO_MIN_WORD_LENGTH || word.length > TYPO_MAX_WORD_LENGTH || !ASCII_WORD.test(word)) return [];
  // The best MAX_CORRECTIONS_PER_WORD known words by rank, kept sorted as they are found (no map of every match);
  // of equal ranks the first found stays ahead, as a stable sort of the matches would keep it.
  const best: Array<{ candidate: string; rank: number }> = [];
  forEachEditAtDistanceOne(word, wordEndsOf(vocabulary), (candidate) => {
    const rank = vocabulary.get(candidate);
    if (rank === undefined || best.some((kept) => kept.candidate === candidate)) return;
    let at = best.length;
    while (at > 0 && best[at - 1].rank > rank) at--;
    if (at < MAX_CORRECTIONS_PER_WORD) {
      best.splice(at, 0, { candidate, rank });
      if (best.length > MAX_CORRECTIONS_PER_WORD) best.pop();
    }
  });
  return best.map(({ candidate }) => candidate);
}
