/**
 * Personal data is redacted before anything is stored or logged: payment card numbers (Luhn-checked, any separators),
 * e-mail addresses (internationalised ones included), phone numbers (international, North American, Chinese mobile
 * and landline) and Chinese resident identity numbers (15 and 18 digits). Order numbers and amounts are left alone:
 * the bot and the agents need them.
 *
 * Matching runs on the NFKC form of each character (full-width digits and ＠ read as ASCII), and what is replaced is
 * the customer's own text at the same place, so everything that is not personal data stays as it was typed.
 * Every pattern here is linear (test/regex-safety.test.ts); card numbers are found by scanning digit runs, and e-mail
 * addresses by reading outwards from each @, not by patterns that try every grouping.
 */
export interface Redaction {
  text: string;
  kinds: string[];
}

export type PersonalDataKind = 'email' | 'card' | 'id-number' | 'phone';

const PLACEHOLDER: Record<PersonalDataKind, string> = {
  email: '[email]',
  card: '[card number]',
  'id-number': '[id number]',
  phone: '[phone]',
};

const PLACEHOLDERS = /\[(?:email|card number|id number|phone)\]/g;

/**
 * The text without redaction placeholders, for reading it: "[phone]" says what was removed to the agent who reads the
 * transcript, but its word "phone" must not steer the knowledge search towards the contact article.
 */
export function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDERS, ' ');
}

// Chinese resident identity numbers: area (6), birth date, sequence; 18 digits end in a check digit or X.
const CN_ID_18 = /(?<!\d)[1-9]\d{5}[ -]?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ -]?\d{3}[\dXx](?![\dA-Za-z])/g;
const CN_ID_15 = /(?<!\d)[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?!\d)/g;
// Chinese mobiles: 138 1234 5678, 138-1234-5678, +86 13812345678.
const CN_MOBILE = /(?<![\d+])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g;
// Chinese (and other trunk-0) landlines: 010-62345678, (0755) 8765 4321, 020 7946 0958.
const LANDLINE = /(?<![\d+])(?:\+?86[ -]?)?(?:\(0\d{2,3}\)|0\d{2,3})[ -]?[2-9]\d{2,3}[ -]?\d{4}(?!\d)/g;
// North American numbers: 415 555 0177, 4155550188, (415) 555-0134, +1 415-555-0134.
const NANP = /(?<![\d+])(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-]?)[2-9]\d{2}[ .-]?\d{4}(?!\d)/g;
// Runs of digits with up to three separators between them: card numbers and international phone numbers are read
// from these by counting digits, which no single pattern can do without trying every grouping.
const DIGIT_RUN = /\+?\d(?:[ \-./_()\u2010-\u2015]{0,3}\d)*/g;

export function redactPersonalData(text: string): Redaction {
  if (!text || cannotHoldPersonalData(text)) return { text, kinds: [] };
  const folded = foldForMatching(text);
  const spans: Span[] = [];
  const find = (pattern: RegExp, kind: PersonalDataKind) => {
    for (const match of folded.text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length, kind });
  };
  spans.push(...emailSpans(folded.text));
  for (const run of folded.text.matchAll(DIGIT_RUN)) spans.push(...digitRunSpans(run[0], run.index));
  find(CN_ID_18, 'id-number');
  find(CN_ID_15, 'id-number');
  find(CN_MOBILE, 'phone');
  find(LANDLINE, 'phone');
  find(NANP, 'phone');
  if (spans.length === 0) return { text, kinds: [] };

  const kinds = new Set<PersonalDataKind>();
  let out = '';
  let at = 0;
  for (const span of mergeSpans(spans)) {
    const start = folded.origin[span.start];
    const end = folded.origin[span.end];
    out += text.slice(at, start) + PLACEHOLDER[span.kind];
    at = end;
    kinds.add(span.kind);
  }
  return { text: out + text.slice(at), kinds: [...kinds] };
}

/**
 * Every kind of personal data above needs a digit or an @ once folded. Most strings of an activity (its type, its
 * channel, a question without numbers) have neither, and scanning them is most of what redacting a turn costs, so they
 * are let through at once: a character counts as safe only where its NFKC form is known to be neither (ASCII,
 * CJK ideographs, CJK punctuation, the full-width forms except ０-９ and ＠; test/bot/core/redact.test.ts checks every
 * one); anything else takes the full path.
 */
function cannotHoldPersonalData(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || c === 0x40) return false;
    } else if (!isFoldSafe(c)) {
      return false;
    }
  }
  return true;
}

/** Whether a non-ASCII UTF-16 unit is in a range whose NFKC forms hold no ASCII digit and no @ (see above). */
export function isFoldSafe(c: number): boolean {
  if (c >= 0x4e00 && c <= 0x9fff) return true; // CJK unified ideographs
  if (c >= 0x3000 && c <= 0x303f) return true; // CJK symbols and punctuation (，。「」 and the ideographic space)
  // Full-width ASCII forms, except the digits (U+FF10–FF19) and the commercial at (U+FF20).
  return c >= 0xff01 && c <= 0xff5e && !(c >= 0xff10 && c <= 0xff19) && c !== 0xff20;
}

const LOCAL_CHAR = /^[\p{L}\p{N}._%+-]$/u;
const LABEL_CHAR = /^[\p{L}\p{N}-]$/u;
const LETTER = /^\p{L}$/u;
const HAN = /^\p{Script=Han}$/u;
const LABEL_SEPARATORS = new Set(['.', '。']);

/** The code point ending just before `index`, and where it starts. */
function charBefore(text: string, index: number): { char: string; start: number } | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const start = index >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff ? index - 2 : index - 1;
  return { char: text.slice(start, index), start };
}

/** The code point starting at `index`. */
function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  return String.fromCodePoint(text.codePointAt(index)!);
}

/** Where a run of characters that pass `test` ends, reading forwards from `index`, at most `max` characters. */
function runEnd(text: string, index: number, test: (c: string) => boolean, max: number): { end: number; count: number } {
  let end = index;
  let count = 0;
  for (let c = charAt(text, end); c !== undefined && test(c) && count < max; c = charAt(text, end)) {
    end += c.length;
    count++;
  }
  return { end, count };
}

/**
 * E-mail addresses, internationalised ones included (张三@例子.中国), read outwards from each @. The local part is the
 * run of letters, digits and ._%+- right before it (up to 64; Chinese text runs on without spaces, so a Chinese
 * local part is at most the four characters before the @); the domain is one to eight labels, each followed by a
 * dot (. or 。), then a top-level label (two or more letters, or two or three Chinese characters).
 */
function emailSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const start = localPartStart(text, at);
    const end = start === undefined ? undefined : domainEnd(text, at + 1);
    if (start !== undefined && end !== undefined) spans.push({ start, end, kind: 'email' });
  }
  return spans;
}

function localPartStart(text: string, at: number): number | undefined {
  const first = charBefore(text, at);
  if (!first) return undefined;
  const han = HAN.test(first.char);
  if (!han && !LOCAL_CHAR.test(first.char)) return undefined;
  let start = first.start;
  let count = 1;
  for (let before = charBefore(text, start); before; before = charBefore(text, start)) {
    const same = han ? HAN.test(before.char) : LOCAL_CHAR.test(before.char) && !HAN.test(before.char);
    if (!same) break;
    if (han && count === 4) break; // a Chinese name: at most the four characters before the @
    if (!han && count === 64) return undefined; // longer than a local part may be
    start = before.start;
    count++;
  }
  return start;
}

function domainEnd(text: string, from: number): number | undefined {
  let labelStart = from;
  let end: number | undefined;
  for (let labels = 0; labels < 8; labels++) {
    const label = runEnd(text, labelStart, (c) => LABEL_CHAR.test(c), 64);
    const separator = charAt(text, label.end);
    if (label.count < 1 || label.count > 63 || separator === undefined || !LABEL_SEPARATORS.has(separator)) break;
    const topLevel = topLevelEnd(text, label.end + separator.length);
    if (topLevel !== undefined) end = topLevel;
    labelStart = label.end + separator.length;
  }
  return end;
}

/** Two or more letters, digits or hyphens starting with a letter (com, xn--fiqs8s), or two or three Chinese characters. */
function topLevelEnd(text: string, from: number): number | undefined {
  const first = charAt(text, from);
  if (first === undefined || !LETTER.test(first)) return undefined;
  if (HAN.test(first)) {
    const run = runEnd(text, from, (c) => HAN.test(c), 3);
    return run.count >= 2 ? run.end : undefined;
  }
  const run = runEnd(text, from, (c) => LABEL_CHAR.test(c) && !HAN.test(c), 63);
  return run.count >= 2 ? run.end : undefined;
}

interface Span {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

/** Overlapping finds become one, named by the one found first (e-mail before card before identity number before phone). */
function mergeSpans(spans: Span[]): Span[] {
  const order = spans.map((span, rank) => ({ ...span, rank })).sort((a, b) => a.start - b.start || a.rank - b.rank);
  const merged: Array<Span & { rank: number }> = [];
  for (const span of order) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (span.rank < last.rank) {
        last.kind = span.kind;
        last.rank = span.rank;
      }
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/**
 * The text with each character in its NFKC form, and for each position of it the position in the original (plus one
 * past the end), so a match on the folded text replaces exactly the characters the customer typed.
 */
function foldForMatching(text: string): { text: string; origin: number[] } {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) {
    return { text, origin: Array.from({ length: text.length + 1 }, (_, i) => i) };
  }
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const char of text) {
    const normal = char.normalize('NFKC');
    for (let k = 0; k < normal.length; k++) origin.push(i);
    folded += normal;
    i += char.length;
  }
  origin.push(text.length);
  return { text: folded, origin };
}

/**
 * Card numbers and international phone numbers inside one run of digits and separators. A card is 13–19 digits of
 * whole groups, starting like a card scheme and passing the Luhn check ("4111 1111 1111 1111", "5555.5555.5555.4444",
 * "card5105105105105100"); an international number is a run that starts with + and has 7–15 digits.
 */
function digitRunSpans(run: string, offset: number): Span[] {
  const groups: Array<{ start: number; end: number; digits: string }> = [];
  for (const group of run.matchAll(/\d+/g)) groups.push({ start: group.index, end: group.index + group[0].length, digits: group[0] });
  const spans: Span[] = [];
  for (let first = 0; first < groups.length; first++) {
    let digits = '';
    for (let last = first; last < groups.length && digits.length < 19; last++) {
      digits += groups[last].digits;
      if (digits.length >= 13 && digits.length <= 19 && looksLikeCard(digits)) {
        spans.push({ start: offset + groups[first].start, end: offset + groups[last].end, kind: 'card' });
      }
    }
  }
  if (run.startsWith('+')) {
    const count = groups.reduce((n, g) => n + g.digits.length, 0);
    if (count >= 7 && count <= 15) spans.push({ start: offset, end: offset + run.length, kind: 'phone' });
  }
  return spans;
}

/**
 * Issuer prefixes of the card schemes (Visa 4; Mastercard 51–55 and 2221–2720; Amex, Diners, JCB 3; Discover, UnionPay,
 * Maestro 5 and 6) and the Luhn check. Order numbers that start like a date ("2026…") are not cards.
 */
function looksLikeCard(digits: string): boolean {
  const first = digits[0];
  const prefix4 = Number(digits.slice(0, 4));
  const issuer = first === '3' || first === '4' || first === '5' || first === '6' || (prefix4 >= 2221 && prefix4 <= 2720);
  return issuer && luhnValid(digits);
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
