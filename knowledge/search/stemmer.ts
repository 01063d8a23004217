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
  let stemmed = recentStems.get(word);
  if (stemmed === undefined) {
    stemmed = ASCII_WORD.test(word) ? porterStem(baseForm(word)) : word;
    // Bounded: customers' words are unbounded, so the memory is let go whole when full (a stem is cheap to redo).
    if (recentStems.size >= RECENT_STEMS) recentStems.clear();
    recentStems.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Stems of the words queries met lately: every turn stems the same few hundred words of customers' messages (and the
 * engine's readings stem a message more than once), which cost a base-form lookup and the Porter steps each time.
 */
const RECENT_STEMS = 20_000;
const recentStems = new Map<string, string>();

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
