/**
 * Typo tolerance: a customer word the knowledge base has never seen is replaced by known words at edit distance 1
 * (one insertion, deletion, substitution or transposition). Only longer words qualify: short words have too many
 * neighbours ("card" → "care", "cart", "hard"), and the work per word is bounded (about 54·length set lookups).
 */

export const TYPO_MIN_WORD_LENGTH = 5;
const TYPO_MAX_WORD_LENGTH = 24;
const MAX_CORRECTIONS_PER_WORD = 2;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
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

function* editsAtDistanceOne(word: string): Generator<string> {
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i + 1 < word.length; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = 0; i < word.length; i++) {
    for (const c of ALPHABET) if (c !== word[i]) yield word.slice(0, i) + c + word.slice(i + 1);
  }
  for (let i = 0; i <= word.length; i++) for (const c of ALPHABET) yield word.slice(0, i) + c + word.slice(i);
}

/** Known words one edit away from an unknown `word`, most frequent first; empty when the word is known or too short. */
export function correctTypo(word: string, vocabulary: Vocabulary): string[] {
  if (!isTypoCandidate(word) || vocabulary.has(word)) return [];
  const found = new Map<string, number>();
  for (const candidate of editsAtDistanceOne(word)) {
    const rank = vocabulary.get(candidate);
    if (rank !== undefined) found.set(candidate, rank);
  }
  return [...found]
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_CORRECTIONS_PER_WORD)
    .map(([candidate]) => candidate);
}
