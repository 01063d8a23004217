/**
 * English stemming with natural's Porter stemmer. The submodule is required directly: importing `natural` whole pulls
 * dotenv and dozens of unrelated modules, and the package ships no typings for submodule paths.
 */
interface PorterStemmerModule {
  stem(word: string): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer') as PorterStemmerModule;

const ASCII_WORD = /^[a-z]+$/;

/** Porter stem of a lower-case word; words with digits or non-ASCII letters are returned as they are. */
export function stem(word: string): string {
  return ASCII_WORD.test(word) ? PorterStemmer.stem(word) : word;
}

/**
 * A stemmer that remembers its answers, for building an index: a knowledge base repeats the same few thousand words
 * millions of times. The memory lives as long as the returned function (one build), never in the module.
 */
export function memoizedStemmer(): (word: string) => string {
  const stems = new Map<string, string>();
  return (word) => {
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      stems.set(word, stemmed);
    }
    return stemmed;
  };
}
