/**
 * How much of the customer's message an article covers: the share of the message's terms, weighted by how telling
 * each term is (inverse document frequency; a word the knowledge base has never seen weighs the most), that the
 * article has, directly or through a synonym or a typo correction. Ranking finds the article most like the message;
 * coverage tells whether the message is about that article at all: "what's the meaning of life" is most like
 * "What your order status means" and covers one word of three. Calibration (calibrate.ts) reads it beside the
 * similarities.
 */
import type { TextAnalysis } from './tokenize';

/** A term of the message and what else counts as having it, as term indexes of the field index. */
export interface CoverageTerm {
  weight: number;
  /** The term, its synonyms and typo corrections: the article has the term when it has any of these. */
  anyOf: number[];
  /** A long Chinese word is also had when the article has all of its character bigrams (世界杯: 世界, 界杯). */
  allOf: number[];
}

export interface TermLookup {
  documentCount: number;
  termIndex(term: string): number | undefined;
  documentFrequency(index: number): number;
  documentHas(document: number, index: number): boolean;
}

const DIGITS = /^\d+$/;

/** Terms of the message that coverage weighs: English stems without stop words, Chinese words; not bare numbers. */
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
  const add = (term: string, parts: string[]): void => {
    if (seen.has(term) || DIGITS.test(term)) return;
    seen.add(term);
    const index = lookup.termIndex(term);
    const frequency = index === undefined ? 0 : lookup.documentFrequency(index);
    const allOf = known(parts);
    terms.push({
      weight: Math.log(1 + lookup.documentCount / (frequency + 1)),
      anyOf: known([term, ...alternativesOf(term)]),
      // Every part must be known for the parts to count at all.
      allOf: parts.length > 0 && allOf.length === parts.length ? allOf : [],
    });
  };
  const han = new Set([...analysis.hanWords, ...analysis.hanBigrams]);
  for (const term of analysis.terms) if (!han.has(term)) add(term, []);
  for (const word of analysis.hanWords) add(word, word.length >= 3 ? bigramsOf(word) : []);
  return terms;
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
  for (const { weight, anyOf, allOf } of terms) {
    total += weight;
    let has = false;
    for (let i = 0; i < anyOf.length && !has; i++) has = lookup.documentHas(document, anyOf[i]);
    if (!has && allOf.length > 0) {
      has = true;
      for (let i = 0; i < allOf.length && has; i++) has = lookup.documentHas(document, allOf[i]);
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
  if (terms.length === 0) return 0;
  let known = 0;
  for (const { anyOf, allOf } of terms) if (anyOf.length > 0 || allOf.length > 0) known++;
  return known / terms.length;
}
