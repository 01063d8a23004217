import { wordTable } from './own';
/**
 * English numbers written in words, as customers write amounts: "twenty-two thousand", "a hundred and twenty thousand",
 * "one point two million", "half a million", "thirty" (before "grand"), "fifty" (before "k"). Read with the grammar of
 * English numerals, so "one two three" is three numbers, not six, and "twenty twenty-three" is two.
 *
 * What each number stands for (money, a count, a year) is for the caller to decide: money.ts reads these as amounts only
 * beside a currency, "grand" or "k", or with a scale word in a money context.
 */

export interface SpelledNumber {
  /** Where the number starts and ends in the text (the end excludes any trailing space or "and"). */
  start: number;
  end: number;
  value: number;
  /** Whether it holds a scale word ("hundred", "thousand", "million", "billion"): "two thousand", not "two". */
  scaled: boolean;
}

const UNITS: Readonly<Record<string, number>> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});
const TEENS: Readonly<Record<string, number>> = wordTable({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});
const TENS: Readonly<Record<string, number>> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALES: Readonly<Record<string, number>> = wordTable({ thousand: 1e3, million: 1e6, billion: 1e9 });

/** A word that can open a number; "a" and "half" only before a scale ("a hundred", "half a million"). */
const START = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|an?|half)\b/gi;
/** The next word, after one separator: a space or two, or the hyphen of "twenty-two". */
const NEXT_WORD = /(?: {1,3}|-)([a-z]{1,12})\b/iy;

type Kind = 'start' | 'a' | 'unit' | 'teen' | 'tens' | 'odd' | 'hundred' | 'scale' | 'and' | 'point' | 'decimal';

/** Every number written in words in the text, in order. */
export function spelledNumbers(text: string): SpelledNumber[] {
  const found: SpelledNumber[] = [];
  START.lastIndex = 0;
  for (let match = START.exec(text); match !== null; match = START.exec(text)) {
    const number = readFrom(text, match.index, match[0]);
    if (number) {
      found.push(number);
      START.lastIndex = number.end;
    }
  }
  START.lastIndex = 0;
  return found;
}

/** "half a million", "half a billion". */
const HALF = /^half {1,3}an? {1,3}(thousand|million|billion)\b/i;

/** The number that starts with `first` at `start`, or null when the words there make none. */
function readFrom(text: string, start: number, first: string): SpelledNumber | null {
  const half = HALF.exec(text.slice(start, start + 30));
  if (half) return { start, end: start + half[0].length, value: SCALES[half[1].toLowerCase()] / 2, scaled: true };
  let total = 0; // completed groups of a scale ("twenty-two thousand")
  let group = 0; // the group below the next scale
  let decimals = ''; // the digits after "point"
  let lastScale = Infinity; // scales fall: "one million two hundred thousand"
  let kind: Kind = 'start';
  let scaled = false;
  let end = start; // the end of the last word that completes a number
  let word = first.toLowerCase();
  let cursor = start + first.length;

  for (;;) {
    const next = accept(word, kind, group);
    if (next === null || (next === 'scale' && SCALES[word] >= lastScale)) break;
    if (next === 'unit' || next === 'teen' || next === 'tens') group += UNITS[word] ?? TEENS[word] ?? TENS[word];
    else if (next === 'decimal') decimals += String(UNITS[word]);
    else if (next === 'a') group = 1;
    else if (next === 'hundred') group *= 100;
    else if (next === 'scale') {
      total += (group + fraction(decimals)) * SCALES[word];
      group = 0;
      decimals = '';
      lastScale = SCALES[word];
    }
    if (next === 'hundred' || next === 'scale') scaled = true;
    kind = next;
    // "and", "point" and "a" complete nothing: "two thousand and counting", "a hundred" needs its "hundred".
    if (kind !== 'and' && kind !== 'point' && kind !== 'a') end = cursor;
    const rest = text.slice(cursor, cursor + 24);
    if ((kind === 'unit' || kind === 'teen' || kind === 'tens') && decimals === '') {
      const half = /^ {1,3}and {1,3}an? {1,3}half(?= {1,3}(?:thousand|million|billion)\b)/i.exec(rest);
      if (half) {
        decimals = '5';
        kind = 'decimal';
        cursor += half[0].length;
      }
    } else if (kind === 'scale' && group === 0) {
      const half = /^ {1,3}and {1,3}an? {1,3}half\b/i.exec(rest);
      if (half) return { start, end: cursor + half[0].length, value: total + lastScale / 2, scaled: true };
    }
    NEXT_WORD.lastIndex = cursor;
    const following = NEXT_WORD.exec(text);
    if (!following || (following[0] === `-${following[1]}` && !joinsByHyphen(kind, following[1].toLowerCase()))) break;
    word = following[1].toLowerCase();
    cursor = NEXT_WORD.lastIndex;
  }
  if (end === start) return null;
  // The words read past `end` ("and", "point", "a") are not part of the number; a fraction read is ("one point five").
  return { start, end, value: total + group + fraction(decimals), scaled };
}

/**
 * A hyphen joins "twenty-two", "twenty-odd" and a compound adjective's scale ("a fifty-thousand-dollar order"); "one-off",
 * "two-thirds", "twenty-something" are words of their own.
 */
function joinsByHyphen(previous: Kind, word: string): boolean {
  if (word === 'hundred' || SCALES[word] !== undefined) return true;
  return previous === 'tens' && (UNITS[word] !== undefined || word === 'odd');
}

function fraction(decimals: string): number {
  return decimals === '' ? 0 : Number(`0.${decimals}`);
}

/** What `word` is after a word of kind `previous`, or null when the number ended before it. */
function accept(word: string, previous: Kind, group: number): Kind | null {
  // "twenty-odd thousand", "forty odd grand": about that round figure.
  if (word === 'odd') return previous === 'tens' || previous === 'hundred' ? 'odd' : null;
  if (previous === 'odd') return SCALES[word] !== undefined ? 'scale' : word === 'hundred' && group < 100 ? 'hundred' : null;
  const afterNumber = previous === 'unit' || previous === 'teen' || previous === 'tens';
  const opensGroup = previous === 'start' || previous === 'hundred' || previous === 'scale' || previous === 'and';
  if (word === 'a' || word === 'an') return previous === 'start' ? 'a' : null;
  if (previous === 'a') return word === 'hundred' ? 'hundred' : SCALES[word] !== undefined ? 'scale' : null;
  if (word === 'and') return previous === 'hundred' || previous === 'scale' ? 'and' : null;
  if (word === 'point') return afterNumber && group < 1000 ? 'point' : null;
  if (previous === 'point' || previous === 'decimal') {
    if (UNITS[word] !== undefined) return 'decimal';
    return previous === 'decimal' && SCALES[word] !== undefined ? 'scale' : null;
  }
  if (word === 'hundred') return afterNumber && group > 0 && group < 100 ? 'hundred' : null;
  if (SCALES[word] !== undefined) return afterNumber || previous === 'hundred' ? 'scale' : null;
  if (UNITS[word] !== undefined) {
    if (previous === 'tens') return 'unit';
    return opensGroup && group % 100 === 0 ? 'unit' : null;
  }
  if (TEENS[word] !== undefined) return opensGroup && group % 100 === 0 ? 'teen' : null;
  if (TENS[word] !== undefined) return opensGroup && group % 100 === 0 ? 'tens' : null;
  return null;
}
