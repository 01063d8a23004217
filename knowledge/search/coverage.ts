/**
 * How much of the customer's message an article covers: the share of the message's terms, weighted by how telling
 * each term is (inverse document frequency; a word the knowledge base has never seen weighs the most), that the
 * article has, directly or through a synonym or a typo correction. Ranking finds the article most like the message;
 * coverage tells whether the message is about that article at all: "what's the meaning of life" is most like
 * "What your order status means" and covers one word of three. Calibration (calibrate.ts) reads it beside the
 * similarities.
 */
import { boughtThingPositions, classAnchors, isThingByFormZh, selfDescriptionPositions, selfDescriptionPositionsZh, isChineseAmount, isChineseCount, isChineseDuration, isFiller, longestHanEntry, termClassOf, type TermClass } from './term-classes';
import type { TextAnalysis } from './tokenize';
import { isSafetyTerm, productSenseAnchors, safetySenseOf } from './term-senses';

/** A term of the message and what else counts as having it, as term indexes of the field index. */
export interface CoverageTerm {
  /** The term itself (an English stem, a Chinese word). */
  term: string;
  weight: number;
  /** The term, its synonyms and typo corrections: the article has the term when it has any of these. */
  anyOf: number[];
  /** A long Chinese word is also had when the article has all of its character bigrams (世界杯: 世界, 界杯). */
  allOf: number[];
  /** A single Chinese character the segmenter left alone, often a piece of a name it does not know (顺丰: 顺, 丰). */
  single?: boolean;
  /**
   * A word of two senses in the sense the message gives it (term-senses.ts: "safe" about a thing bought): the article
   * has the term only when it also has one of these, the words of that sense.
   */
  alongWith?: number[];
}

export interface TermLookup {
  documentCount: number;
  termIndex(term: string): number | undefined;
  documentFrequency(index: number): number;
  documentHas(document: number, index: number): boolean;
}

const DIGITS = /^\d+$/;
/** A letter alone ("g" of G'day, "s" of a split word) names nothing. */
const LONE_LETTER = /^[a-z]$/;

/**
 * Terms of the message that coverage weighs: English stems without stop words, Chinese words; not bare numbers,
 * amounts (十块钱) or lengths of time (三天), not fillers (term-classes.ts: "u guys", "smth", 大概, 好像 say nothing about the topic). A place or a currency by name
 * (term-classes.ts) is also had through its class's anchor words ("ship to Auckland" is covered by an article about
 * international shipping); a Chinese place or currency the segmenter cut in two (马来 + 西亚) is read whole.
 */
export function coverageTerms(
  analysis: TextAnalysis,
  alternativesOf: (term: string) => string[],
  lookup: TermLookup,
): CoverageTerm[] {
  const seen = new Set<string>();
  const terms: CoverageTerm[] = [];
  const known = (list: readonly string[]): number[] => {
    const indexes: number[] = [];
    for (const t of list) {
      const index = lookup.termIndex(t);
      if (index !== undefined) indexes.push(index);
    }
    return indexes;
  };
  const han = new Set([...analysis.hanWords, ...analysis.hanBigrams]);
  const add = (term: string, parts: string[], termClass?: TermClass): void => {
    if (seen.has(term) || DIGITS.test(term) || LONE_LETTER.test(term) || isFiller(term) || isChineseAmount(term) || isChineseDuration(term) || isChineseCount(term)) return;
    seen.add(term);
    const index = lookup.termIndex(term);
    const frequency = index === undefined ? 0 : lookup.documentFrequency(index);
    const allOf = known(parts);
    // "is this toy safe": the sense of a thing bought, had only beside the words of things bought (none known: none).
    const alongWith = productSense && isSafetyTerm(term) ? known(productSenseAnchors()) : undefined;
    const anyOf = known([term, ...alternativesOf(term), ...(termClass ? classAnchors(termClass) : [])]);
    terms.push({
      term,
      weight: Math.log(1 + lookup.documentCount / (frequency + 1)),
      anyOf: alongWith?.length === 0 ? [] : anyOf,
      // Every part must be known for the parts to count at all.
      allOf: parts.length > 0 && allOf.length === parts.length && alongWith?.length !== 0 ? allOf : [],
      ...(Array.from(term).length === 1 && han.has(term) ? { single: true } : {}),
      ...(alongWith && alongWith.length > 0 ? { alongWith } : {}),
    });
  };
  // A word the knowledge base never uses, named where a thing bought goes ("I purchased one kurta"), is an item.
  const unknown = (term: string) => lookup.termIndex(term) === undefined;
  const bought = new Set([...boughtThingPositions(analysis.words)].map((at) => analysis.stems[at]));
  const classOf = (term: string): TermClass | undefined => termClassOf(term) ?? (bought.has(term) && unknown(term) ? 'product' : undefined);
  // Who the customer is ("I'm a solicitor and…", 我是律师): the story around the question; a word of it the knowledge
  // base never uses is left out.
  const self = new Set([...selfDescriptionPositions(analysis.words)].map((at) => analysis.stems[at]));
  const productSense = safetySenseOf(analysis, namesProduct(analysis, classOf)) === 'product';
  for (const term of analysis.terms) if (!han.has(term) && !(self.has(term) && unknown(term) && !termClassOf(term))) add(term, [], classOf(term));
  const words = analysis.hanWords;
  const selfZh = selfDescriptionPositionsZh(words);
  for (let i = 0; i < words.length; ) {
    const entry = hanClassEntryAt(words, i);
    if (entry) {
      add(entry.term, [], entry.termClass);
      i += entry.words;
      continue;
    }
    if (selfZh.has(i) && unknown(words[i])) {
      i++;
      continue;
    }
    // The segmenter leaves a thing's ending alone after words it does not know as one (电暖器: 电 / 暖 / 器, 烟雾侦测器:
    // 烟雾 / 侦测 / 器): read together, they are the thing.
    const thing = thingSplitAt(words, i, unknown);
    if (thing) {
      add(thing.term, [], 'product');
      i += thing.words;
      continue;
    }
    // A Chinese word the knowledge base never uses that is a thing by its ending (灭火器, 除湿机) is an item.
    add(words[i], words[i].length >= 3 ? bigramsOf(words[i]) : [], isThingByFormZh(words[i]) && unknown(words[i]) ? 'product' : undefined);
    i++;
  }
  return terms;
}

/**
 * A thing named by its ending (isThingByFormZh) that the segmenter cut apart: two or three words from `at`, the last
 * a thing's ending alone (器, 机), the whole at most five characters and unknown to the knowledge base (电暖器, 烟雾报警器).
 */
function thingSplitAt(words: readonly string[], at: number, unknown: (term: string) => boolean): { term: string; words: number } | undefined {
  for (const span of [2, 3]) {
    const last = words[at + span - 1];
    if (last === undefined || Array.from(last).length !== 1) continue;
    const term = words.slice(at, at + span).join('');
    if (isThingByFormZh(term) && Array.from(term).length <= 5 && unknown(term)) return { term, words: span };
  }
  return undefined;
}

/**
 * The classes the message names a member of where the member says what the question is about: a place ("can I order
 * from singapore", 我住日本 可以买吗 ask about shipping abroad) or a currency. Items, colours and dates are named in
 * questions about anything.
 */
export function topicalClassesIn(analysis: TextAnalysis): Set<TermClass> {
  const found = new Set<TermClass>();
  const han = new Set([...analysis.hanWords, ...analysis.hanBigrams]);
  for (const term of analysis.terms) {
    const termClass = han.has(term) ? undefined : termClassOf(term);
    if (termClass && TOPICAL_CLASSES.has(termClass)) found.add(termClass);
  }
  for (let i = 0; i < analysis.hanWords.length; i++) {
    const entry = hanClassEntryAt(analysis.hanWords, i);
    if (entry && TOPICAL_CLASSES.has(entry.termClass)) found.add(entry.termClass);
  }
  return found;
}

const TOPICAL_CLASSES: ReadonlySet<TermClass> = new Set(['place', 'currency', 'carrier']);

/** Whether the message names a thing shops sell (充电器 may come out of the segmenter as 充电 + 器). */
function namesProduct(analysis: TextAnalysis, classOf: (term: string) => TermClass | undefined): boolean {
  const han = new Set([...analysis.hanWords, ...analysis.hanBigrams]);
  if (analysis.terms.some((term) => !han.has(term) && classOf(term) === 'product')) return true;
  for (let i = 0; i < analysis.hanWords.length; i++) if (hanClassEntryAt(analysis.hanWords, i)?.termClass === 'product') return true;
  return false;
}

/** A place or currency made of the segmenter's words from `at` on (the longest), with how many words it takes. */
function hanClassEntryAt(words: readonly string[], at: number): { term: string; termClass: TermClass; words: number } | undefined {
  let joined = '';
  let found: { term: string; termClass: TermClass; words: number } | undefined;
  for (let end = at; end < words.length && joined.length + words[end].length <= longestHanEntry(); end++) {
    joined += words[end];
    const termClass = termClassOf(joined);
    if (termClass) found = { term: joined, termClass, words: end - at + 1 };
  }
  return found;
}

function bigramsOf(word: string): string[] {
  const chars = Array.from(word);
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i] + chars[i + 1]);
  return bigrams;
}

/** Weighted share (0..1) of the message's terms that the article at `document` has; 0 for a message with none. */
export function coverageOf(document: number, terms: readonly CoverageTerm[], lookup: TermLookup): number {
  let total = 0;
  let covered = 0;
  for (const { weight, anyOf, allOf, alongWith } of terms) {
    total += weight;
    let has = false;
    for (let i = 0; i < anyOf.length && !has; i++) has = lookup.documentHas(document, anyOf[i]);
    if (!has && allOf.length > 0) {
      has = true;
      for (let i = 0; i < allOf.length && has; i++) has = lookup.documentHas(document, allOf[i]);
    }
    if (has && alongWith) {
      has = false;
      for (let i = 0; i < alongWith.length && !has; i++) has = lookup.documentHas(document, alongWith[i]);
    }
    if (has) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

/**
 * Weighted share (0..1) of the message's terms that the knowledge base has anywhere (any article, any language,
 * directly or through a synonym or typo correction): whether the message speaks the store's language at all, whichever
 * article it is about. "parcel was soaking wet, the book is ruined" shares few words with any one article but speaks of
 * parcels; "whats the time in new york" shares "time" and nothing else. Each term weighs the same here: a rare word of
 * the domain tells as much as a common one. 0 for a message with no terms.
 */
export function domainCoverageOf(terms: readonly CoverageTerm[]): number {
  const { known, terms: count } = domainEvidenceOf(terms);
  return count === 0 ? 0 : known / count;
}

/**
 * How many of the message's coverage terms count for its domain, how many of them the knowledge base has anywhere, and
 * how many it has nowhere. A single Chinese character the knowledge base lacks does not count: it is as often a piece
 * of a name the segmenter does not know (顺丰: 顺, 丰; 八达通: 八, 达, 通) as a word the store never uses.
 */
export interface DomainEvidence {
  terms: number;
  known: number;
  unknown: number;
}

/**
 * The message's terms the knowledge base has nowhere, not even through a synonym or a typo correction (single Chinese
 * characters left out, as in domainEvidenceOf): the names it has never seen ("xbox", "linkedin", 网易) and the words of
 * topics it does not cover ("sink").
 */
export function unknownTermsOf(terms: readonly CoverageTerm[]): string[] {
  return terms.filter(({ anyOf, allOf, single }) => anyOf.length === 0 && allOf.length === 0 && !single).map(({ term }) => term);
}

export function domainEvidenceOf(terms: readonly CoverageTerm[]): DomainEvidence {
  let known = 0;
  let unknown = 0;
  for (const { anyOf, allOf, single } of terms) {
    if (anyOf.length > 0 || allOf.length > 0) known++;
    else if (!single) unknown++;
  }
  return { terms: known + unknown, known, unknown };
}
