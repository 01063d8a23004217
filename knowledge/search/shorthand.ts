/**
 * Shorthand: customers write "acct", "pymt", "addr", "pkg", "msg", "qty" for the words the knowledge base spells out.
 * Such a word is too short for typo correction (typo.ts: short words have too many neighbours at one edit), but it is
 * a word's skeleton: its first letter, then some of its later letters in order, the vowels dropped. So an unknown
 * short word with no vowel after its first letter is read as the known word it is the skeleton of, when one word (one
 * stem: "message", "messages", "messaging") is the only such word or clearly the commonest. A word with a vowel inside
 * ("lol", "tom", "asap") is no skeleton: it is a word, a name or a slang of its own, and is left alone.
 *
 * The symbol forms, which no skeleton reads ("w/o", "b4", "tracking #"), are rewritten before the text is split into
 * words (symbol-forms.ts).
 */
import { stem } from './stemmer';
import { ENGLISH_STOP_WORDS } from './stop-words';
import type { Vocabulary } from './typo';

export const SHORTHAND_MIN_LENGTH = 3;
export const SHORTHAND_MAX_LENGTH = 5;
// The word spelled out is longer than its shorthand.
const MIN_LETTERS_DROPPED = 1;
const MAX_TARGET_LENGTH = 16;
// The commonest reading must be this many times as frequent as the next (frequency taken as inverse rank, Zipf):
// "crd" is "card" where cards are spoken of far more than credit, and is unread where both are as common.
const CLEAR_RANK_RATIO = 3;
// The most frequent known words of each first letter that are looked at: rare words are no shorthand's reading, and
// the work per word stays bounded whatever the knowledge base's size.
const MAX_TARGETS_PER_LETTER = 2000;

/**
 * The stop words customers shorten ("pls", "thx", "abt", "bc", "frm", "shld"), which the vocabulary leaves out. Not
 * the pronouns: no one writes "hrs" for "hers", and "hours" is its reading.
 */
const ABBREVIATED_FUNCTION_WORDS: readonly string[] = (
  'about after again because before being between could does doing during from have having please should than thank ' +
  'thanks that then there these they this those through under until very were while with would'
).split(' ');

/**
 * Chat initialisms: each letter starts a word of a phrase ("nvm" never mind, "ppl" people, "gtg" got to go), so they
 * are no one word's shorthand, and read as one they find a wrong one ("nvm" → november, "ppl" → paypal, "rly" → reply).
 */
const CHAT_INITIALISMS: ReadonlySet<string> = new Set(
  ('nvm ppl rly gtg idk idc imo imho fyi btw brb lmk ngl smh tbh omg wtf wth jk irl hmu afaik ikr bc bcs cuz ' +
    'tx ty np ttyl rn fr tmi bff dm pm bday gf bf hbu wbu wyd wdym hmm hmmm mmm shh pfft grr brr lmao lmfao rofl ' +
    'sry srry').split(' '),
);

const CONSONANT_SKELETON = /^[a-z][b-df-hj-np-tv-z]{2,4}$/;

/** An unknown customer word that may be shorthand: 3–5 letters, a vowel at most first ("acct", "pkg", "upd"). */
export function isShorthandCandidate(word: string): boolean {
  return word.length >= SHORTHAND_MIN_LENGTH && word.length <= SHORTHAND_MAX_LENGTH && CONSONANT_SKELETON.test(word) && !ENGLISH_STOP_WORDS.has(word) && !CHAT_INITIALISMS.has(word);
}

interface Target {
  word: string;
  rank: number;
  /** stem(word), worked out the first time the word is a reading (most words never are). */
  stem?: string;
}

const targetsByLetter = new WeakMap<Vocabulary, Map<string, Target[]>>();

/** The vocabulary's words of four to MAX_TARGET_LENGTH letters by first letter, most frequent first, MAX_TARGETS_PER_LETTER each. */
function targetsOf(vocabulary: Vocabulary): Map<string, Target[]> {
  let byLetter = targetsByLetter.get(vocabulary);
  if (!byLetter) {
    byLetter = new Map();
    const sorted = [...vocabulary].sort((a, b) => a[1] - b[1]);
    for (const [word, rank] of sorted) {
      if (word.length < SHORTHAND_MIN_LENGTH + MIN_LETTERS_DROPPED || word.length > MAX_TARGET_LENGTH) continue;
      if (ENGLISH_STOP_WORDS.has(word)) continue;
      const list = byLetter.get(word[0]) ?? [];
      if (list.length < MAX_TARGETS_PER_LETTER) list.push({ word, rank });
      byLetter.set(word[0], list);
    }
    targetsByLetter.set(vocabulary, byLetter);
  }
  return byLetter;
}

const VOWELS: ReadonlySet<string> = new Set([...'aeiouy']);
// What may follow a skeleton's last letter in the word it ends ("package", "quantity", "items"): vowels, a plural s.
const WORD_END = /^[aeiouy]{0,3}s?$/;

/**
 * How `short` reads `word` as its skeleton: the consonants of `word` it drops between its first and last letter (a
 * letter doubled, as in "address", is not dropped twice; vowels and y are not counted), or -1 when it is no skeleton
 * of `word`. A skeleton either runs to the word's end ("acct" account, "pkg" package) or is the word's beginning
 * with no consonant dropped ("addr" address, "upd" update); "smh" drops the t of "something" and stops before its
 * "ng", so it is neither.
 */
function consonantsDropped(short: string, word: string): number {
  let at = 1;
  let dropped = 0;
  for (let i = 1; i < short.length; i++) {
    const found = word.indexOf(short[i], at);
    if (found < 0) return -1;
    for (let k = at; k < found; k++) if (!VOWELS.has(word[k]) && word[k] !== word[k - 1]) dropped++;
    at = found + 1;
  }
  return WORD_END.test(word.slice(at)) || dropped === 0 ? dropped : -1;
}

/**
 * The known word an unknown short word abbreviates ("acct" → "account"), as a one-element list (the shape typo.ts's
 * corrections take), or an empty list when it is no skeleton, no known word's, or as much one word's as another's.
 * The reading dropping the fewest consonants wins ("msg" keeps all of "message"'s, but drops the n of "missing"),
 * then the most frequent of those, when clearly more frequent than the next.
 */
export function readShorthand(word: string, vocabulary: Vocabulary): string[] {
  if (!isShorthandCandidate(word) || vocabulary.has(word)) return [];
  // The best reading of each stem: "package" and "packages" are one reading, not two rival ones.
  const bestOfStem = new Map<string, Target & { dropped: number }>();
  for (const target of targetsOf(vocabulary).get(word[0]) ?? []) {
    if (target.word.length < word.length + MIN_LETTERS_DROPPED) continue;
    const dropped = consonantsDropped(word, target.word);
    if (dropped < 0) continue;
    target.stem ??= stem(target.word);
    const key = target.stem;
    const kept = bestOfStem.get(key);
    if (!kept || dropped < kept.dropped) bestOfStem.set(key, { word: target.word, rank: target.rank, dropped });
  }
  // English's own function words are readings too, as frequent as any ("pls" is "please", "wth" is "with", not "plus"
  // or "within"); stop words, they carry no topic, and the word is then read as nothing.
  for (const stopWord of ABBREVIATED_FUNCTION_WORDS) {
    if (stopWord[0] !== word[0] || stopWord.length < word.length + MIN_LETTERS_DROPPED) continue;
    const dropped = consonantsDropped(word, stopWord);
    if (dropped >= 0) bestOfStem.set(stopWord, { word: stopWord, rank: -1, dropped });
  }
  const readings = [...bestOfStem.values()].sort((a, b) => a.dropped - b.dropped || a.rank - b.rank);
  if (readings.length === 0) return [];
  const [first, second] = readings;
  if (second && second.dropped === first.dropped && second.rank + 1 < CLEAR_RANK_RATIO * (first.rank + 1)) return [];
  return ENGLISH_STOP_WORDS.has(first.word) ? [] : [first.word];
}
