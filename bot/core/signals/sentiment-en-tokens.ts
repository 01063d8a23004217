import { EMOJI_VALENCE } from './emoji';
import { hashtagWords } from './hashtag-en';
import { EN_CONTRACTIONS } from './lexicon-en';
import { execAll } from './patterns';
import { unmaskProfanity } from './profanity';
import { wordTable } from './own';

/**
 * The English reader's tokens: words (lower-cased, contractions unified), numbers, punctuation and emoji. A "@handle"
 * names the company written to, not a feeling ("congrats @VoxMobile on…" is "congrats on…"), so it is not a token. A
 * word inside quotes of a few words is marked: 'Free' account, the "fresh" strawberries, "unlimited" data quote the
 * company's claim to mock it.
 */
export interface Token {
  /** As written: capitals matter. */
  raw: string;
  /** Lower-cased, contractions unified. Punctuation tokens keep their characters. */
  word: string;
  kind: 'word' | 'number' | 'punctuation';
  /** Inside a short quotation ('Free', "speed guarantee"). */
  quoted?: boolean;
}

/** A word or phrase read in a message, with what the rules made of it. */
export interface Hit {
  start: number;
  end: number;
  valence: number;
  /** Reports what happened (EN_SITUATION) rather than a feeling. */
  report: boolean;
  /** Praise that sarcasm or an expectation may turn round. */
  word: string;
  negated: boolean;
  evidence: string;
}

export function rawSpan(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t) => t.raw).join(' ');
}

/** Whether a token ends a sentence (".", "!", "?", "?!"). */
export function endsSentence(token: Token): boolean {
  return token.kind === 'punctuation' && /[.!?]/.test(token.word);
}

/** Words after which "why" is a question reported, not put: "not sure why", "no idea why", "wondering why". */
const REPORTED_WHY: ReadonlySet<string> = new Set(['sure', 'unsure', 'idea', 'wondering', 'wonder', 'curious']);

/**
 * Whether the token at `k` is a "why" put to the store ("why was I charged?"), which reproaches; not one reported after
 * a doubt ("the payment failed but I'm not sure why. Any idea?"), which asks as calmly as "what happened?".
 */
export function isWhyPut(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.word !== 'why') return false;
  return !REPORTED_WHY.has(tokens[k - 1]?.word ?? '');
}

// Two-word negations are read as the contraction (chat spellings without the apostrophe: EN_CONTRACTIONS).
const NOT_CONTRACTIONS: Readonly<Record<string, string>> = wordTable({
  do: "don't", does: "doesn't", did: "didn't", can: "can't", will: "won't", is: "isn't", are: "aren't",
  was: "wasn't", were: "weren't", have: "haven't", has: "hasn't", had: "hadn't", would: "wouldn't",
  could: "couldn't", should: "shouldn't",
});

/** A quotation this short is a word held up, not speech reported ("they said 'we will call you back'"). */
const SCARE_QUOTE_MAX_WORDS = 3;
// Bounded spans with one negated class each: linear on any text. A single quote opens only after a non-letter, so
// "parents' house" and "don't" open nothing.
const DOUBLE_QUOTED = /["\u201c]([^"\u201c\u201d\n]{1,40})["\u201d]/g;
const SINGLE_QUOTED = /(?<![A-Za-z0-9])'([^'\n]{1,40})'(?![A-Za-z])/g;
const EMOJI = Object.keys(EMOJI_VALENCE).join('|');
/**
 * Marks that say the message means its praise the other way and carry no feeling of their own: "(not)" after praise
 * ("Brilliant service as always (not)"), "/s", and the upside-down face ("amazing 🙃"). Each is one token, whose word is
 * the mark itself; SARCASM_MARKS names them.
 */
const SARCASM_MARK = String.raw`\((?:not|NOT|Not)\)|(?<![\w/])\/s(?![\w/])|🙃`;
export const SARCASM_MARKS: ReadonlySet<string> = new Set(['(not)', '/s', '🙃']);
/**
 * A dash between clauses ("--", "—", "–", or a hyphen with spaces round it) ends a clause as a comma does: "I thought it
 * would wash me out, but absolutely doesn't--beautiful colour" does not negate "beautiful".
 */
const DASH = String.raw`-{2,}|[\u2013\u2014]|(?<=\s)-(?=\s)`;
const TOKEN = new RegExp(String.raw`${SARCASM_MARK}|#[A-Za-z][A-Za-z0-9]*|[A-Za-z]+(?:'[A-Za-z]+)?|\d+(?:[.,]\d+)?|[.,;:!?]+|${DASH}|${EMOJI}`, 'g');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Handles become spaces of the same length, so that quotation offsets still hold.
  const source = unmaskProfanity(text.replace(/[\u2018\u2019`]/g, "'")).replace(/@\w+/g, (handle) => ' '.repeat(handle.length));
  const quoted = quotedRanges(source);
  let range = 0; // tokens come in order: the first quotation not yet passed
  for (const match of execAll(TOKEN, source)) {
    const raw = match[0];
    while (range < quoted.length && quoted[range][1] <= match.index) range++;
    const inQuotes = (range < quoted.length && match.index >= quoted[range][0]) || undefined;
    if (/^\d/.test(raw)) {
      tokens.push({ raw, word: raw, kind: 'number' });
      continue;
    }
    if (raw.startsWith('#')) {
      // "#NeverAgain", "#epicfail": the words of the tag (hashtag-en.ts).
      for (const word of hashtagWords(raw.slice(1))) tokens.push({ raw: word, word: EN_CONTRACTIONS[word] ?? word, kind: 'word' });
      continue;
    }
    if (SARCASM_MARKS.has(raw.toLowerCase())) {
      tokens.push({ raw, word: raw.toLowerCase(), kind: 'word' });
      continue;
    }
    if (EMOJI_VALENCE[raw] !== undefined) {
      // "🙄🙄🙄" is one eye-roll, said loudly.
      if (tokens[tokens.length - 1]?.raw !== raw) tokens.push({ raw, word: raw, kind: 'word' });
      continue;
    }
    if (!/^[A-Za-z]/.test(raw)) {
      tokens.push({ raw, word: raw, kind: 'punctuation' });
      continue;
    }
    const lower = raw.toLowerCase();
    const word = EN_CONTRACTIONS[lower] ?? lower;
    const previous = tokens[tokens.length - 1];
    // "does not" → "doesn't", so phrases and negation see one spelling.
    if (word === 'not' && previous?.kind === 'word' && NOT_CONTRACTIONS[previous.word]) {
      tokens[tokens.length - 1] = { raw: `${previous.raw} ${raw}`, word: NOT_CONTRACTIONS[previous.word], kind: 'word' };
      continue;
    }
    tokens.push({ raw, word, kind: 'word', quoted: inQuotes });
  }
  return tokens;
}

/** Character ranges of short quotations ("unlimited", 'Free'): at most SCARE_QUOTE_MAX_WORDS words. */
function quotedRanges(source: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const pattern of [DOUBLE_QUOTED, SINGLE_QUOTED]) {
    for (const match of execAll(pattern, source)) {
      const words = match[1].trim().split(/\s+/).filter(Boolean).length;
      if (words >= 1 && words <= SCARE_QUOTE_MAX_WORDS) ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
