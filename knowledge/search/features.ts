/**
 * Features the question-variant classifier sees. Beyond lunr's terms it uses word bigrams (stop words kept: "card not"
 * and "not arrived" tell intents apart) and character n-grams inside words, which survive inflections the stemmer
 * misses and typos. Each feature is namespaced by a prefix so a word never collides with an n-gram.
 */
import type { TextAnalysis } from './tokenize';

// Trigrams alone measured as good as 3+4-grams on BANKING77 tuning splits, with half the features.
const CHAR_NGRAM_SIZES = [3] as const;
/** Pairs of terms up to this far apart, in either order: "card … arrive" whatever words sit between. */
const SKIP_GRAM_WINDOW = 3;
// A word longer than this adds no new information through n-grams and only costs time.
const MAX_WORD_LENGTH_FOR_NGRAMS = 20;

/** The feature for one index term (also used to add synonyms of the query's terms). */
export function termFeature(term: string): string {
  return 'w' + term;
}

/** Character n-gram features of one word, with word-boundary padding. */
export function wordCharGrams(word: string): string[] {
  if (word.length < 3 || word.length > MAX_WORD_LENGTH_FOR_NGRAMS) return [];
  const padded = ' ' + word + ' ';
  const grams: string[] = [];
  for (const n of CHAR_NGRAM_SIZES) for (let i = 0; i + n <= padded.length; i++) grams.push('c' + padded.slice(i, i + n));
  return grams;
}

/** wordCharGrams remembering its answers, for one index build (the same words recur across thousands of variants). */
export function memoizedCharGrams(): (word: string) => string[] {
  const grams = new Map<string, string[]>();
  return (word) => {
    let found = grams.get(word);
    if (found === undefined) {
      found = wordCharGrams(word);
      grams.set(word, found);
    }
    return found;
  };
}

/** Feature → count for one text. */
export function extractFeatures(
  analysis: TextAnalysis,
  charGrams: (word: string) => string[] = wordCharGrams,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  for (const term of analysis.terms) add(termFeature(term));
  const { stems } = analysis;
  for (let i = 0; i + 1 < stems.length; i++) add('b' + stems[i] + ' ' + stems[i + 1]);
  const { terms } = analysis;
  for (let i = 0; i < terms.length; i++) {
    for (let j = i + 1; j <= i + SKIP_GRAM_WINDOW && j < terms.length; j++) {
      add('k' + (terms[i] < terms[j] ? terms[i] + ' ' + terms[j] : terms[j] + ' ' + terms[i]));
    }
  }
  for (const word of analysis.words) for (const gram of charGrams(word)) add(gram);
  return counts;
}
