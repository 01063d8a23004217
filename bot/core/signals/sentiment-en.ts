import { afinnValence } from './afinn';
import {
  EN_ACRONYMS, EN_CONTRAST, EN_DEGREE, EN_EXPLETIVES, EN_NEGATORS, EN_PHRASE_VALENCE, EN_WORD_VALENCE,
  EXPLETIVE_BOOST, EXPLETIVE_VALENCE,
} from './lexicon-en';
import {
  applyPunctuationCues, CONTRAST_AFTER, CONTRAST_BEFORE, NEGATED_DEGREE_FACTOR, NEGATED_NEGATIVE_FACTOR, sentimentResult,
  TONE_CUE_VALENCE,
} from './sentiment-scale';
import type { SentimentResult } from './types';

/**
 * English sentiment: AFINN-165 word valences (natural's English vocabulary) corrected by Baton's customer-service
 * lexicon, then VADER-style rules: negation, degree words, swearing, "but", capitals, "!!!" and "???". Words are looked
 * up as written, not stemmed: stemming made "several" read as "severe" and "cancelling" as "cancel".
 */

// VADER's constant: a negated word of praise keeps three quarters of its strength with the opposite sign.
const NEGATION_FACTOR = -0.74;
const CAPS_FACTOR = 1.5;
/** How many words back a negator or swear word still reaches ("not very happy", "not at all happy"). */
const NEGATION_REACH = 3;

// Spellings without the apostrophe, common in chat, and two-word negations, all read as the contraction.
const CONTRACTIONS: Readonly<Record<string, string>> = {
  dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", wont: "won't", isnt: "isn't", arent: "aren't",
  wasnt: "wasn't", werent: "weren't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't", wouldnt: "wouldn't",
  couldnt: "couldn't", shouldnt: "shouldn't", aint: "ain't",
};
const NOT_CONTRACTIONS: Readonly<Record<string, string>> = {
  do: "don't", does: "doesn't", did: "didn't", can: "can't", will: "won't", is: "isn't", are: "aren't",
  was: "wasn't", were: "weren't", have: "haven't", has: "hasn't", had: "hadn't", would: "wouldn't",
  could: "couldn't", should: "shouldn't",
};

interface Token {
  /** As written: capitals matter. */
  raw: string;
  /** Lower-cased, contractions unified. Punctuation tokens keep their characters. */
  word: string;
  isWord: boolean;
}

interface PhraseEntry {
  words: string[];
  valence: number;
}

// Phrases indexed by their first word, longest first, so "still haven't received" wins over "haven't received".
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly PhraseEntry[]> = indexPhrases(EN_PHRASE_VALENCE);
const MULTIWORD_DEGREES: readonly PhraseEntry[] = Object.entries(EN_DEGREE)
  .filter(([key]) => key.includes(' '))
  .map(([key, factor]) => ({ words: key.split(' '), valence: factor }));

export function analyzeEnglishSentiment(text: string): SentimentResult {
  const tokens = tokenize(text);
  const evidence: string[] = [];
  const contrastAt = lastContrastIndex(tokens);
  const shoutedMessage = isShoutedMessage(tokens);
  const boostingExpletives = new Set<number>();
  let sum = 0;
  let previousHitEnd = 0; // a negator or swear word before this index already served an earlier sentiment word

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (!token.isWord) {
      i++;
      continue;
    }
    const phrase = matchPhrase(tokens, i);
    const span = phrase ? phrase.words.length : 1;
    const base = phrase ? phrase.valence : wordValence(token.word);
    if (base === 0 || EN_EXPLETIVES.has(token.word)) {
      i += span;
      continue;
    }
    const degree = degreeBefore(tokens, i);
    const negatedBy = findBefore(tokens, i, previousHitEnd, (t) => EN_NEGATORS.has(t.word));
    let valence = base;
    if (negatedBy >= 0) {
      // "not very good" is milder than "not good": under negation a degree word softens.
      valence *= degree.factor > 1 ? NEGATED_DEGREE_FACTOR : degree.factor;
      valence *= valence > 0 ? NEGATION_FACTOR : NEGATED_NEGATIVE_FACTOR;
    } else {
      valence *= degree.factor;
    }
    const expletive = findBefore(tokens, i, previousHitEnd, (t) => EN_EXPLETIVES.has(t.word));
    if (expletive >= 0) {
      valence *= EXPLETIVE_BOOST;
      boostingExpletives.add(expletive);
    }
    // One word in capitals stands out; a message all in capitals is weighed once, as a whole, below.
    if (!shoutedMessage && isShouted(token.raw)) valence *= CAPS_FACTOR;
    if (contrastAt >= 0) valence *= i < contrastAt ? CONTRAST_BEFORE : CONTRAST_AFTER;

    sum += valence;
    evidence.push(rawSpan(tokens, Math.min(degree.start, negatedBy >= 0 ? negatedBy : i), i + span));
    i += span;
    previousHitEnd = i;
  }

  tokens.forEach((token, index) => {
    if (token.isWord && EN_EXPLETIVES.has(token.word) && !boostingExpletives.has(index)) {
      sum += EXPLETIVE_VALENCE;
      evidence.push(token.raw);
    }
  });

  // Shouting strengthens what was said or, alone, signals impatience.
  if (shoutedMessage) {
    sum = sum === 0 ? TONE_CUE_VALENCE : sum * CAPS_FACTOR;
    evidence.push('ALL CAPS');
  }
  return sentimentResult(applyPunctuationCues(text, sum, evidence), evidence);
}

function wordValence(word: string): number {
  const own = EN_WORD_VALENCE[word];
  if (own !== undefined) return own;
  if (EN_NEGATORS.has(word) || word in EN_DEGREE || word.includes("'")) return 0;
  return afinnValence(word);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.replace(/[\u2018\u2019`]/g, "'").matchAll(/[A-Za-z]+(?:'[A-Za-z]+)?|[.,;:!?]+/g)) {
    const raw = match[0];
    const isWord = /^[A-Za-z]/.test(raw);
    const lower = raw.toLowerCase();
    const word = isWord ? (CONTRACTIONS[lower] ?? (lower === 'cannot' ? "can't" : lower)) : raw;
    const previous = tokens[tokens.length - 1];
    // "does not" → "doesn't", so phrases and negation see one spelling.
    if (word === 'not' && previous?.isWord && NOT_CONTRACTIONS[previous.word]) {
      tokens[tokens.length - 1] = { raw: `${previous.raw} ${raw}`, word: NOT_CONTRACTIONS[previous.word], isWord };
      continue;
    }
    tokens.push({ raw, word, isWord });
  }
  return tokens;
}

function matchPhrase(tokens: readonly Token[], start: number): PhraseEntry | undefined {
  return PHRASES_BY_FIRST_WORD.get(tokens[start].word)?.find((phrase) => wordsAt(tokens, start, phrase.words));
}

function wordsAt(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens[start + k]?.isWord && tokens[start + k].word === word);
}

/** The factor of the degree word(s) right before position `at` ("very", "a bit"); 1 when there is none. */
function degreeBefore(tokens: readonly Token[], at: number): { factor: number; start: number } {
  for (const degree of MULTIWORD_DEGREES) {
    const start = at - degree.words.length;
    if (wordsAt(tokens, start, degree.words)) return { factor: degree.valence, start };
  }
  const previous = tokens[at - 1];
  const factor = previous?.isWord ? EN_DEGREE[previous.word] : undefined;
  if (factor === undefined) return { factor: 1, start: at };
  // "really very bad": a second degree word adds a little more.
  const earlier = tokens[at - 2];
  const earlierFactor = earlier?.isWord ? EN_DEGREE[earlier.word] : undefined;
  if (earlierFactor === undefined) return { factor, start: at - 1 };
  return { factor: factor * (1 + (earlierFactor - 1) / 2), start: at - 2 };
}

/** Index of the nearest word within reach before `at` (same clause, after `floor`) that satisfies `test`, or -1. */
function findBefore(tokens: readonly Token[], at: number, floor: number, test: (token: Token) => boolean): number {
  for (let k = at - 1, seen = 0; k >= floor && seen < NEGATION_REACH; k--) {
    const token = tokens[k];
    if (!token.isWord || EN_CONTRAST.has(token.word)) return -1;
    if (test(token)) return k;
    seen++;
  }
  return -1;
}

function lastContrastIndex(tokens: readonly Token[]): number {
  for (let k = tokens.length - 1; k > 0; k--) {
    if (tokens[k].isWord && EN_CONTRAST.has(tokens[k].word)) return k;
  }
  return -1;
}

function rawSpan(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t) => t.raw).join(' ');
}

function isShouted(raw: string): boolean {
  return raw.length >= 3 && raw === raw.toUpperCase() && /[A-Z]/.test(raw) && !EN_ACRONYMS.has(raw);
}

/** Most of a message in capitals (at least two words of three letters or more) reads as shouting. */
function isShoutedMessage(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.isWord && t.raw.length >= 3 && !EN_ACRONYMS.has(t.raw));
  const shouted = words.filter((t) => isShouted(t.raw)).length;
  return shouted >= 2 && shouted / words.length >= 0.6;
}

function indexPhrases(valences: Readonly<Record<string, number>>): Map<string, PhraseEntry[]> {
  const index = new Map<string, PhraseEntry[]>();
  for (const [phrase, valence] of Object.entries(valences)) {
    const words = phrase.split(' ');
    const list = index.get(words[0]) ?? [];
    list.push({ words, valence });
    index.set(words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}
