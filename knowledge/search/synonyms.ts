/**
 * Editor-maintained synonyms. `{ refund: ['money back', 'reimburse'] }` makes the three phrases interchangeable: a
 * customer who writes any of them also searches for the others, at a lower weight than the words actually typed.
 * Phrases are stored as analysed term sequences so "Money-Back" and "money back" match alike.
 */
import { analyzeText } from './tokenize';

/** Each group lists interchangeable phrases, each phrase as its analysed terms. */
export type SynonymGroups = string[][][];

export interface WeightedTerm {
  term: string;
  weight: number;
}

export function compileSynonyms(synonyms: Record<string, string[]>): SynonymGroups {
  const groups: SynonymGroups = [];
  for (const [head, alternatives] of Object.entries(synonyms)) {
    const seen = new Set<string>();
    const phrases: string[][] = [];
    for (const phrase of [head, ...alternatives]) {
      const terms = analyzeText(phrase).terms;
      const key = terms.join(' ');
      if (terms.length === 0 || seen.has(key)) continue;
      seen.add(key);
      phrases.push(terms);
    }
    if (phrases.length > 1) groups.push(phrases);
  }
  return groups;
}

const HAN = /[\u3400-\u9fff]/;

/**
 * Whether the query has the phrase. An English phrase is a run of the query's terms ("money back", not "back my
 * money"). A Chinese phrase is analysed into words and then character bigrams (营销短信: 营, 销, 短信, 营销, 销短), and a
 * query's terms list all its words before all its bigrams, so the phrase is never a run of them once the query says
 * more (营销短信咋关); it is had when every one of its terms is, the bigrams keeping its characters together.
 */
function hasPhrase(queryTerms: readonly string[], present: ReadonlySet<string>, phrase: readonly string[]): boolean {
  // Either way the phrase's first term is among the query's: most phrases of most groups fail here, in one lookup.
  if (phrase.length > 0 && !present.has(phrase[0])) return false;
  if (phrase.some((term) => HAN.test(term))) return phrase.every((term) => present.has(term));
  return containsSequence(queryTerms, phrase);
}

/** Whether the query has one of the phrases (a loop, not `some`: a closure per group per query adds up). */
function hasAnyPhrase(queryTerms: readonly string[], present: ReadonlySet<string>, phrases: readonly string[][]): boolean {
  for (const phrase of phrases) if (hasPhrase(queryTerms, present, phrase)) return true;
  return false;
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) if (haystack[start + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}

/** Terms of every phrase that is a synonym of a phrase found in `queryTerms`, excluding terms already present. */
export function expandSynonyms(queryTerms: readonly string[], groups: SynonymGroups, weight: number): WeightedTerm[] {
  const present = new Set(queryTerms);
  const added = new Map<string, number>();
  for (const phrases of groups) {
    if (!hasAnyPhrase(queryTerms, present, phrases)) continue;
    for (const phrase of phrases) {
      for (const term of phrase) if (!present.has(term)) added.set(term, weight);
    }
  }
  return [...added].map(([term, w]) => ({ term, weight: w }));
}

/** For each query term inside a phrase of a synonym group the query has: the terms of the group's other phrases. */
export function synonymAlternatives(queryTerms: readonly string[], groups: SynonymGroups): Map<string, string[]> {
  const alternatives = new Map<string, string[]>();
  const present = new Set(queryTerms);
  for (const phrases of groups) {
    for (const phrase of phrases) {
      if (!hasPhrase(queryTerms, present, phrase)) continue;
      const others = phrases.filter((p) => p !== phrase).flat();
      for (const term of phrase) alternatives.set(term, [...(alternatives.get(term) ?? []), ...others]);
    }
  }
  return alternatives;
}
