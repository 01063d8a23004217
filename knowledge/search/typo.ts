/**
 * Typo tolerance: a customer word the knowledge base has never seen is replaced by known words at edit distance 1
 * (one insertion, deletion, substitution or transposition). Only longer words qualify: short words have too many
 * neighbours ("card" → "care", "cart", "hard"), and the work per word is bounded (about 54·length set lookups).
 */

export const TYPO_MIN_WORD_LENGTH = 5;
const TYPO_MAX_WORD_LENGTH = 24;
const MAX_CORRECTIONS_PER_WORD = 2;
const ALPHABET_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
const ASCII_WORD = /^[a-z]+$/;

/** Known words with their frequency rank (0 = most frequent), so frequent corrections win ties. */
export type Vocabulary = ReadonlyMap<string, number>;

/** A customer word long enough to be corrected. */
export function isTypoCandidate(word: string): boolean {
  return word.length >= TYPO_MIN_WORD_LENGTH && word.length <= TYPO_MAX_WORD_LENGTH && ASCII_WORD.test(word);
}

/** A knowledge-base word a typo may be corrected to: one edit from some candidate's length. */
export function isCorrectionTarget(word: string): boolean {
  return word.length >= TYPO_MIN_WORD_LENGTH - 1 && word.length <= TYPO_MAX_WORD_LENGTH + 1 && ASCII_WORD.test(word);
}

/**
 * Calls `visit` with every string one edit from `word` (some more than once). Plain loops rather than a generator and
 * precomputed prefixes and suffixes: this runs about 54·length times for each unknown word of a query.
 */
function forEachEditAtDistanceOne(word: string, visit: (candidate: string) => void): void {
  const n = word.length;
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (let i = 0; i <= n; i++) {
    prefixes.push(word.slice(0, i));
    suffixes.push(word.slice(i));
  }
  for (let i = 0; i < n; i++) visit(prefixes[i] + suffixes[i + 1]);
  for (let i = 0; i + 1 < n; i++) visit(prefixes[i] + word[i + 1] + word[i] + suffixes[i + 2]);
  for (let i = 0; i < n; i++) {
    for (const c of ALPHABET_LETTERS) if (c !== word[i]) visit(prefixes[i] + c + suffixes[i + 1]);
  }
  for (let i = 0; i <= n; i++) for (const c of ALPHABET_LETTERS) visit(prefixes[i] + c + suffixes[i]);
}

/** Known words one edit away from an unknown `word`, most frequent first; empty when the word is known or too short. */
export function correctTypo(word: string, vocabulary: Vocabulary): string[] {
  if (!isTypoCandidate(word) || vocabulary.has(word)) return [];
  // The best MAX_CORRECTIONS_PER_WORD known words by rank, kept sorted as they are found (no map of every match);
  // of equal ranks the first found stays ahead, as a stable sort of the matches would keep it.
  const best: Array<{ candidate: string; rank: number }> = [];
  forEachEditAtDistanceOne(word, (candidate) => {
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
