import { afinnKnows } from './afinn';
import {
  EN_DEGREE, EN_NEGATORS, EN_PHRASE_VALENCE, EN_SERVICE_NOUNS, EN_WAIT_WORDS, EN_WORD_VALENCE,
} from './lexicon-en';

/**
 * Hashtags as words: "#NeverAgain", "#neveragain", "#epicfail", "#worstairlineever", "#customerservicefail". A tweet
 * often puts its verdict in a hashtag, written as one run of letters; read as one word it is no word the lexicon
 * knows. A hashtag in camel case splits at its capitals; one in lower case splits into the fewest words the lexicons
 * (AFINN, Baton's words and phrases) and the common words of a complaint know, or stays whole when no such split
 * exists ("#BA287", "#smartisan").
 */

/** A hashtag longer than this is left whole: the split below is quadratic in its length. */
const MAX_SPLIT_LENGTH = 40;

/** Words tweets build hashtags from that carry no valence of their own but must be found to split the rest. */
const HASHTAG_WORDS: readonly string[] = [
  'a', 'i', 'an', 'the', 'of', 'my', 'your', 'you', 'me', 'we', 'is', 'are', 'was', 'this', 'that', 'it', 'in', 'on',
  'at', 'to', 'for', 'and', 'or', 'so', 'too', 'why', 'how', 'what', 'again', 'ever', 'more', 'any', 'all', 'just',
  'customer', 'customers', 'service', 'services', 'airline', 'airlines', 'airport', 'flight', 'flights', 'fly',
  'flying', 'travel', 'bank', 'banking', 'phone', 'mobile', 'broadband', 'train', 'trains', 'rail', 'day', 'days',
  'week', 'time', 'life', 'people', 'company', 'experience', 'staff', 'crew', 'app', 'shop', 'shopping', 'store',
  'holiday', 'vacation', 'trip', 'home', 'money', 'back', 'want', 'need', 'still', 'be', 'do', 'done', 'get', 'got',
  'year', 'years', 'month', 'yet', 'one', 'first', 'last', 'new', 'old', 'epic',
];
/**
 * The words of one or two letters a split may use. Others ("is", "an", "t") would spell brand names into words:
 * "#Smartisan" is no "smart is an".
 */
const SHORT_WORDS: ReadonlySet<string> = new Set(['a', 'i', 'no', 'so', 'my', 'me', 'it', 'up', 'ok', 'at', 'us', 'we']);
/** A verdict at the end of a tag whose head is a name: "#ryanairfail", "#amazonfail". */
const MIN_VERDICT_LENGTH = 4;
const MIN_NAME_LENGTH = 3;

const VOCABULARY: ReadonlySet<string> = new Set([
  ...HASHTAG_WORDS,
  ...Object.keys(EN_WORD_VALENCE),
  ...Object.keys(EN_PHRASE_VALENCE).flatMap((phrase) => phrase.split(' ')).filter((w) => !w.includes("'")),
  ...EN_SERVICE_NOUNS, ...[...EN_NEGATORS].filter((w) => !w.includes("'")), ...Object.keys(EN_DEGREE), ...EN_WAIT_WORDS,
]);

function known(word: string): boolean {
  return VOCABULARY.has(word) || afinnKnows(word);
}

/**
 * The words of a hashtag (without its "#"), lower-cased: split at capitals when it is camel case, else into the fewest
 * known words; the tag itself, whole, when it is one known word or no split covers it.
 */
export function hashtagWords(tag: string): string[] {
  const camel = tag.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g);
  if (camel && camel.length > 1 && /[a-z]/.test(tag) && /[A-Z]/.test(tag.slice(1))) return camel.map((w) => w.toLowerCase());
  const lower = tag.toLowerCase();
  if (known(lower) || lower.length > MAX_SPLIT_LENGTH || !/^[a-z]+$/.test(lower)) return [lower];
  // fewest[i]: the fewest known words that spell lower[0, i); from[i]: where the last of them starts.
  const fewest = new Array<number>(lower.length + 1).fill(Infinity);
  const from = new Array<number>(lower.length + 1).fill(-1);
  fewest[0] = 0;
  for (let end = 1; end <= lower.length; end++) {
    for (let start = 0; start < end; start++) {
      if (fewest[start] === Infinity || fewest[start] + 1 >= fewest[end]) continue;
      const piece = lower.slice(start, end);
      if (piece.length <= 2 && !SHORT_WORDS.has(piece)) continue;
      if (!known(piece)) continue;
      fewest[end] = fewest[start] + 1;
      from[end] = start;
    }
  }
  if (fewest[lower.length] === Infinity) return nameAndVerdict(lower);
  const words: string[] = [];
  for (let end = lower.length; end > 0; end = from[end]) words.unshift(lower.slice(from[end], end));
  return words;
}

/** "#ryanairfail" → "ryanair fail": a name the lexicons do not know, then a word of judgement; else the tag whole. */
function nameAndVerdict(lower: string): string[] {
  for (let start = MIN_NAME_LENGTH; start <= lower.length - MIN_VERDICT_LENGTH; start++) {
    const verdict = lower.slice(start);
    if (afinnKnows(verdict) || (EN_WORD_VALENCE[verdict] ?? 0) !== 0) return [lower.slice(0, start), verdict];
  }
  return [lower];
}
