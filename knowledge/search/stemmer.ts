/**
 * English stemming: the Porter stemmer as natural implements it (porter.ts, Baton's own copy, tested against natural),
 * so production does not install natural for it.
 */
import { baseForm } from './english-forms';
import { porterStem } from './porter';

const ASCII_WORD = /^[a-z]+$/;

/**
 * Porter stem of a lower-case word's base form ("paid" → pay, "authorised" → authoriz…: english-forms.ts); words with
 * digits or non-ASCII letters are returned as they are.
 */
export function stem(word: string): string {
  return ASCII_WORD.test(word) ? porterStem(baseForm(word)) : word;
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
