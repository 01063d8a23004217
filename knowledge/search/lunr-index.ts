/**
 * The lunr side of the index: BM25 over title, questions, answer and tags with field boosts, on terms analysed by
 * tokenize.ts (lunr's own English-only pipeline is off). Customer text never reaches lunr's query parser: every term
 * becomes a `query.term()` clause with wildcards and the pipeline off, and terms are checked to hold only letters,
 * digits and marks, so "+*", "title:foo~2" or "^" are plain words or nothing.
 *
 * lunr scores every document that matches any clause against each of its field vectors, so a term found in
 * thousands of long answers costs milliseconds. Such terms carry almost no BM25 weight anyway: a clause leaves out
 * the fields where its term is that common, and a query keeps its rarest terms only.
 */
import lunr from 'lunr';
import type { FieldBoosts } from './schemas';
import type { WeightedTerm } from './synonyms';

export const LUNR_FIELDS = ['title', 'questions', 'answer', 'tags'] as const;
export type LunrField = (typeof LUNR_FIELDS)[number];
export type LunrDocument = { ref: string } & Record<LunrField, string[]>;

const SAFE_TERM = /^[\p{L}\p{N}\p{M}]+$/u;
const MAX_CLAUSES = 16;
/** A field is left out of a clause when more documents than this have the term in it… */
const COMMON_TERM_MIN_DOCUMENTS = 150;
/** …and they are more than this share of all documents. Small knowledge bases are never pruned. */
const COMMON_TERM_MIN_SHARE = 0.02;

export interface LunrMatch {
  article: number;
  score: number;
  matchedTerms: string[];
}

/** lunr's BM25 parameters (lunr.Builder defaults). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;

type Posting = { _index: number } & Record<LunrField, Record<string, object>>;

/**
 * Builds the same lunr.Index that `lunr.Builder` builds from these documents with an empty pipeline (the test suite
 * checks both serialise identically), several times faster: lunr.Builder spends most of a 10k-article build wrapping
 * every token in an object, cloning metadata per token and looking terms up in dictionary-mode objects, which made
 * the build miss its 2 s budget on its own. Scoring follows lunr.Builder#createFieldVectors exactly.
 */
export function buildLunrIndex(documents: readonly LunrDocument[], boosts: FieldBoosts): lunr.Index {
  // lunr only reads the keys of per-document metadata (none are whitelisted), so every entry can share one object.
  const noMetadata: object = Object.freeze(Object.create(null) as object);
  // Term ids are assigned in order of first appearance, as lunr assigns a posting's _index.
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const postings: Posting[] = [];
  const documentsWithTerm: number[] = [];
  const totalLength: Record<LunrField, number> = { title: 0, questions: 0, answer: 0, tags: 0 };
  // Per document field: its distinct term ids (ascending) and their frequencies.
  const fieldTermIds: Uint32Array[] = [];
  const fieldTermCounts: Uint32Array[] = [];
  const counts: number[] = [];

  for (const document of documents) {
    for (const field of LUNR_FIELDS) {
      const distinct: number[] = [];
      for (const term of document[field]) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
          const posting = { _index: id } as Posting;
          for (const f of LUNR_FIELDS) posting[f] = Object.create(null) as Record<string, object>;
          postings.push(posting);
          documentsWithTerm.push(0);
          counts.push(0);
        }
        if (counts[id] === 0) distinct.push(id);
        counts[id]++;
      }
      const ids = Uint32Array.from(distinct).sort();
      const frequencies = new Uint32Array(ids.length);
      ids.forEach((id, i) => {
        frequencies[i] = counts[id];
        counts[id] = 0;
        postings[id][field][document.ref] = noMetadata;
        documentsWithTerm[id]++;
      });
      fieldTermIds.push(ids);
      fieldTermCounts.push(frequencies);
      totalLength[field] += document[field].length;
    }
  }

  const documentCount = documents.length;
  const idf = documentsWithTerm.map((n) => Math.log(1 + Math.abs((documentCount - n + 0.5) / (n + 0.5))));
  const fieldVectors: Record<string, lunr.Vector> = {};
  let next = 0;
  for (const document of documents) {
    for (const field of LUNR_FIELDS) {
      const ids = fieldTermIds[next];
      const frequencies = fieldTermCounts[next++];
      const averageLength = totalLength[field] / documentCount;
      const lengthNorm = BM25_K1 * (1 - BM25_B + BM25_B * (document[field].length / averageLength));
      const fieldBoost = boosts[field] || 1;
      const elements = new Array<number>(ids.length * 2);
      for (let i = 0; i < ids.length; i++) {
        const tf = frequencies[i];
        const score = ((idf[ids[i]] * ((BM25_K1 + 1) * tf)) / (lengthNorm + tf)) * fieldBoost;
        elements[2 * i] = ids[i];
        elements[2 * i + 1] = Math.round(score * 1000) / 1000;
      }
      fieldVectors[`${field}/${document.ref}`] = new lunr.Vector(elements);
    }
  }

  const invertedIndex: Record<string, Posting> = Object.create(null) as Record<string, Posting>;
  terms.forEach((term, id) => (invertedIndex[term] = postings[id]));
  const attributes = {
    invertedIndex,
    fieldVectors,
    // @types/lunr declares fromArray on instances; lunr defines it on the class.
    tokenSet: (lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet }).fromArray([...terms].sort()),
    fields: [...LUNR_FIELDS],
    pipeline: new lunr.Pipeline(),
  };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}

/** Number of documents with `term` in `field`, counting no further than `stopAt`. */
function documentsWithTerm(index: lunr.Index, term: string, field: LunrField, stopAt: number): number {
  // lunr.Index keeps its inverted index as a public field that @types/lunr does not declare.
  const inverted = (index as unknown as { invertedIndex: Record<string, Record<string, object> | undefined> }).invertedIndex;
  const posting = inverted[term]?.[field];
  let count = 0;
  for (const _ref in posting) if (++count > stopAt) break;
  return count;
}

export function searchLunr(index: lunr.Index, documentCount: number, terms: readonly WeightedTerm[], limit: number): LunrMatch[] {
  const commonAbove = Math.max(COMMON_TERM_MIN_DOCUMENTS, Math.floor(documentCount * COMMON_TERM_MIN_SHARE));
  const clauses: Array<{ term: string; weight: number; fields: LunrField[]; rarity: number }> = [];
  for (const { term, weight } of terms) {
    if (!SAFE_TERM.test(term)) continue;
    let documents = 0;
    const fields: LunrField[] = [];
    for (const field of LUNR_FIELDS) {
      const count = documentsWithTerm(index, term, field, commonAbove);
      documents += count;
      if (count > 0 && count <= commonAbove) fields.push(field);
    }
    if (fields.length > 0) clauses.push({ term, weight, fields, rarity: documents });
  }
  clauses.sort((a, b) => b.weight - a.weight || a.rarity - b.rarity);
  if (clauses.length === 0) return [];
  return index
    .query((query) => {
      for (const { term, weight, fields } of clauses.slice(0, MAX_CLAUSES)) {
        query.term(term, {
          fields,
          boost: weight,
          usePipeline: false,
          wildcard: lunr.Query.wildcard.NONE,
          presence: lunr.Query.presence.OPTIONAL,
        });
      }
    })
    .slice(0, limit)
    .map((result) => ({
      article: Number(result.ref),
      score: result.score,
      matchedTerms: Object.keys(result.matchData.metadata),
    }));
}
