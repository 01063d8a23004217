/**
 * Turns any text (article fields or customer messages) into the terms the index works with. The same analysis runs at
 * build and at query time, so what an editor writes and what a customer types meet in the same vocabulary.
 */
import { foldChinese } from '../text/chinese-fold';
import { HAN_RUN, hanBigrams, segmentHanWords } from './chinese';
import { BARE_CONTRACTIONS } from './english-forms';
import { stem } from './stemmer';
import { SPELLED_WORDS, withSymbolsSpelled } from './symbol-forms';
import { ENGLISH_STOP_WORDS } from './stop-words';

export interface TextAnalysis {
  /** Search terms in text order: English stems without stop words, then Chinese words and character bigrams. */
  terms: string[];
  /** Lower-case non-Han words before stemming, stop words and contractions expanded included (for typos, n-grams). */
  words: string[];
  /** Stems of `words`, stop words kept, aligned with `words` (classifier features care about "not" and "how"). */
  stems: string[];
  /** Chinese words from Intl.Segmenter. */
  hanWords: string[];
  /** Chinese character bigrams. */
  hanBigrams: string[];
}

// Letters and digits of any script except Han, which is segmented separately; apostrophes inside words are kept so
// contractions can be expanded.
const NON_HAN_WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+(?:'(?:(?!\p{Script=Han})[\p{L}\p{M}])+)*/gu;

const IRREGULAR_NEGATIONS: Readonly<Record<string, string>> = { "can't": 'can', "won't": 'will', "shan't": 'shall' };

function expandContraction(word: string): string[] {
  const apostrophe = word.indexOf("'");
  if (apostrophe < 0) return [word];
  const irregular = Object.hasOwn(IRREGULAR_NEGATIONS, word) ? IRREGULAR_NEGATIONS[word] : undefined;
  if (irregular) return [irregular, 'not'];
  if (word.endsWith("n't")) return [word.slice(0, -3), 'not'];
  // "card's", "i'm", "you've": the suffix carries no topic.
  return [word.slice(0, apostrophe)];
}

// Characters whose letters or digits NFKC changes: super/subscript digits, letterlike symbols and Roman numerals,
// circled numbers, CJK compatibility characters and ideographs, ligatures, full-width forms (common in Chinese input).
// Text with none of them skips NFKC, the slowest step of analysis; punctuation and spaces split words either way.
const COMPATIBILITY_CHARACTERS = new RegExp(
  '[\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2100-\u218f\u2460-\u24ff' +
    '\u3200-\u33ff\uf900-\ufaff\ufb00-\ufb4f\uff00-\uffef]',
);
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc`]/g;

/**
 * Unicode-normalised (NFKC), lower-cased text with typographic apostrophes unified; Chinese folded to simplified
 * Mandarin (traditional script, Cantonese, Taiwan and Hong Kong words, English words inside Chinese: text/chinese-fold.ts),
 * so that an article and a question meet whichever script or variety either is written in.
 */
export function normalizeText(text: string): string {
  const normalized = COMPATIBILITY_CHARACTERS.test(text) ? text.normalize('NFKC') : text;
  return foldChinese(normalized).toLowerCase().replace(TYPOGRAPHIC_APOSTROPHES, "'");
}

/**
 * E-mail addresses and web addresses: a customer pastes them to say who they are or where they looked ("acct
 * tom.b@example.com - track pls", "I can't log in, my email is jane@example.com"), and their parts (names, domains)
 * are words no article is about; nor is "my email is" before one, which names the customer, not the topic. Read
 * chunk by chunk (whitespace apart) with index lookups, not a pattern: linear whatever the text.
 */
function withoutAddresses(text: string): string {
  const chunks = text.split(/(\s+)/);
  let changed = false;
  for (let i = 0; i < chunks.length; i += 2) {
    const stripped = withoutAddressIn(chunks[i]);
    if (stripped === chunks[i]) continue;
    changed = true;
    chunks[i] = stripped;
    if (stripped !== '') continue;
    // "my email is", "my account:", "our login" just before the address.
    const before: number[] = [];
    for (let k = i - 2; k >= 0 && before.length < 4; k -= 2) before.push(k);
    const words = before.map((k) => chunks[k].replace(/:$/, ''));
    let drop = 0;
    if (words[drop] === 'is' || words[drop] === 'was') drop++;
    if (words[drop] === 'address') drop++;
    if (IDENTITY_NOUNS.has(words[drop] ?? '') && (words[drop + 1] === 'my' || words[drop + 1] === 'our')) {
      for (let d = 0; d <= drop + 1; d++) chunks[before[d]] = '';
    }
  }
  return changed ? chunks.join('') : text;
}

const IDENTITY_NOUNS: ReadonlySet<string> = new Set(['email', 'e-mail', 'account', 'acct', 'login', 'username']);
const ADDRESS_CHAR = /[\w.+%-]/;

/**
 * The chunk without the e-mail or web address in it: the whole chunk when it is one, the address's characters only when
 * Chinese runs into it with no space ("我的邮箱是abc@qq.com").
 */
function withoutAddressIn(chunk: string): string {
  const web = ['https://', 'http://', 'www.'].map((prefix) => chunk.indexOf(prefix)).filter((at) => at >= 0);
  if (web.length > 0) {
    const from = Math.min(...web);
    let to = from;
    while (to < chunk.length && /[\x21-\x7e]/.test(chunk[to])) to++;
    return chunk.slice(0, from) + chunk.slice(to);
  }
  const at = chunk.indexOf('@');
  if (at <= 0 || chunk.indexOf('.', at + 2) < 0) return chunk;
  let from = at;
  while (from > 0 && ADDRESS_CHAR.test(chunk[from - 1])) from--;
  let to = at + 1;
  while (to < chunk.length && ADDRESS_CHAR.test(chunk[to])) to++;
  if (from === at || !chunk.slice(at + 1, to).includes('.')) return chunk;
  return chunk.slice(0, from) + chunk.slice(to);
}

/**
 * "What is going on with…" (是怎么回事, 怎么回事, 咋回事) asks as 怎么 does, whatever it asks about: read as 怎么, in articles
 * and questions alike. Whole, its characters and bigrams (回事, 是怎, 么回) matched an article that happens to write it
 * ("待付款是怎么回事") better than the one the question names ("付款一直失败是怎么回事": a failed payment). For the
 * search only: the detectors read the phrase as reproach.
 */
const WHATS_GOING_ON = /是?(?:怎么|咋)回事/g;

/**
 * A hedge on a quantity (大概, 大约, 大致: "roughly") says how sure the asker is, not what they ask about ("roughly" carries no
 * topic either). Kept, it was a word only one article happened to write (配送时效's 寄过去大概要几天才到), and
 * 退款大概要多久 read as delivery times. Read as a break between words, in articles and questions alike.
 */
const HEDGE = /大概|大约|大致/g;

/** `stemWord` lets an index build pass a memoized stemmer (stemmer.ts). */
export function analyzeText(text: string, stemWord: (word: string) => string = stem): TextAnalysis {
  const normalizedText = normalizeText(text);
  const folded = normalizedText.includes('大') ? normalizedText.replace(HEDGE, ' ') : normalizedText;
  const lowered = folded.includes('回事') ? folded.replace(WHATS_GOING_ON, '怎么') : folded;
  const addressless = lowered.includes('@') || lowered.includes('http') || lowered.includes('www.') ? withoutAddresses(lowered) : lowered;
  const normalized = withSymbolsSpelled(addressless);
  const words: string[] = [];
  // match() with /g returns plain strings; matchAll's match objects cost a GC-heavy build at 10k articles.
  for (const word of normalized.match(NON_HAN_WORD) ?? []) {
    if (word.includes("'")) {
      for (const part of expandContraction(word)) if (part.length > 0) words.push(part);
    } else {
      const bare = BARE_CONTRACTIONS.get(word);
      if (bare) words.push(...bare);
      else words.push(SPELLED_WORDS.get(word) ?? word);
    }
  }
  const stems = words.map(stemWord);
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) if (!ENGLISH_STOP_WORDS.has(words[i])) terms.push(stems[i]);

  const hanWords: string[] = [];
  const bigrams: string[] = [];
  // Loops rather than push(...spread): an article may hold a run of Han characters longer than the argument limit.
  for (const run of normalized.match(HAN_RUN) ?? []) {
    for (const word of segmentHanWords(run)) hanWords.push(word);
    for (const bigram of hanBigrams(run)) bigrams.push(bigram);
  }
  if (bigrams.length > 0) {
    const segmented = new Set(hanWords);
    for (const word of hanWords) terms.push(word);
    for (const bigram of bigrams) if (!segmented.has(bigram)) terms.push(bigram);
  }
  return { terms, words, stems, hanWords, hanBigrams: bigrams };
}
