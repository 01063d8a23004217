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

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) if (haystack[start + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}

/** A phrase of a group: its group's position and its own, in the order the groups list them. */
interface PhraseAt {
  group: number;
  phrase: number;
}

/**
 * The groups' phrases by first term. A query has a phrase only if it has the phrase's first term (hasPhrase), so a
 * query looks at the phrases of its own terms instead of every phrase of every group (375 phrases a query on the demo
 * knowledge base, of which a few share a term with it). Built once per set of groups, which never changes.
 */
const byFirstTerm = new WeakMap<SynonymGroups, { phrases: Map<string, PhraseAt[]>; empty: PhraseAt[] }>();

function phrasesByFirstTerm(groups: SynonymGroups): { phrases: Map<string, PhraseAt[]>; empty: PhraseAt[] } {
  let index = byFirstTerm.get(groups);
  if (!index) {
    index = { phrases: new Map(), empty: [] };
    for (let group = 0; group < groups.length; group++) {
      for (let phrase = 0; phrase < groups[group].length; phrase++) {
        const first = groups[group][phrase][0];
        // A phrase of no terms (none compiles so, but a snapshot could hold one) has no first term to wait for.
        if (first === undefined) index.empty.push({ group, phrase });
        else {
          const list = index.phrases.get(first);
          if (list) list.push({ group, phrase });
          else index.phrases.set(first, [{ group, phrase }]);
        }
      }
    }
    byFirstTerm.set(groups, index);
  }
  return index;
}

/** The phrases the query may have (those starting with one of its terms), in the groups' order. */
function candidatePhrases(present: ReadonlySet<string>, groups: SynonymGroups): PhraseAt[] {
  const index = phrasesByFirstTerm(groups);
  const candidates = [...index.empty];
  for (const term of present) {
    const phrases = index.phrases.get(term);
    if (phrases) for (const at of phrases) candidates.push(at);
  }
  return candidates.sort((a, b) => a.group - b.group || a.phrase - b.phrase);
}

/** Terms of every phrase that is a synonym of a phrase found in `queryTerms`, excluding terms already present. */
export function expandSynonyms(queryTerms: readonly string[], groups: SynonymGroups, weight: number): WeightedTerm[] {
  const present = new Set(queryTerms);
  const added = new Map<string, number>();
  let expanded = -1;
  for (const { group, phrase } of candidatePhrases(present, groups)) {
    if (group === expanded || !hasPhrase(queryTerms, present, groups[group][phrase])) continue;
    expanded = group;
    for (const each of groups[group]) {
      for (const term of each) if (!present.has(term)) added.set(term, weight);
    }
  }
  return [...added].map(([term, w]) => ({ term, weight: w }));
}

/** For each query term inside a phrase of a synonym group the query has: the terms of the group's other phrases. */
export function synonymAlternatives(queryTerms: readonly string[], groups: SynonymGroups): Map<string, string[]> {
  const alternatives = new Map<string, string[]>();
  const present = new Set(queryTerms);
  for (const { group, phrase: at } of candidatePhrases(present, groups)) {
    const phrases = groups[group];
    const phrase = phrases[at];
    if (!hasPhrase(queryTerms, present, phrase)) continue;
    const others = phrases.filter((p) => p !== phrase).flat();
    for (const term of phrase) alternatives.set(term, [...(alternatives.get(term) ?? []), ...others]);
  }
  return alternatives;
}
