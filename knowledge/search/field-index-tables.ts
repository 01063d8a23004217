/**
 * A lunr index's data — its inverted index and its BM25 field vectors — held as flat typed arrays. The numbers are
 * lunr's own: term indexes in lunr's order of first appearance, field-vector scores exactly as lunr.Builder computes
 * and rounds them. lunr keeps the same data as an object per term, per field and per document (840k of them at 10k
 * articles), which made building, serialising and loading an index mostly allocation and garbage collection; flat
 * arrays are built in one pass, serialise as a few packed strings and load as copies. `toLunrIndex` rebuilds the
 * lunr.Index these arrays stand for; the tests check it equals what lunr.Builder builds from the same documents.
 */
import lunr from 'lunr';
import type { Steps } from './steps';

export interface LunrTables {
  fields: readonly string[];
  documentCount: number;
  /** Terms by lunr term index. */
  terms: string[];
  /**
   * Documents having term t in field f, ascending: postingDocuments[postingOffsets[t·F + f] … postingOffsets[t·F + f
   * + 1]] (F = number of fields).
   */
  postingOffsets: Uint32Array;
  postingDocuments: Uint32Array;
  /**
   * lunr field vector of document d, field f: term indexes ascending in vectorTerms[vectorOffsets[d·F + f] …
   * vectorOffsets[d·F + f + 1]], their BM25 scores at the same positions of vectorScores.
   */
  vectorOffsets: Uint32Array;
  vectorTerms: Uint32Array;
  vectorScores: Float64Array;
}

/** Documents having the term with index `term` in field `field`. */
export function postingOf(tables: LunrTables, term: number, field: number): Uint32Array {
  const at = term * tables.fields.length + field;
  return tables.postingDocuments.subarray(tables.postingOffsets[at], tables.postingOffsets[at + 1]);
}

/** Whether every value is below `limit`, in steps of 20k values. */
function* allBelow(values: Uint32Array, limit: number): Steps<boolean> {
  for (let from = 0; from < values.length; from += 20_000) {
    const to = Math.min(values.length, from + 20_000);
    for (let i = from; i < to; i++) if (values[i] >= limit) return false;
    yield;
  }
  return true;
}

/** Whether the tables fit together (a damaged snapshot is refused rather than misread), in steps. */
export function* tablesAreConsistent(t: LunrTables): Steps<boolean> {
  const F = t.fields.length;
  const shapes =
    t.postingOffsets.length === t.terms.length * F + 1 &&
    t.postingOffsets[t.postingOffsets.length - 1] === t.postingDocuments.length &&
    t.vectorOffsets.length === t.documentCount * F + 1 &&
    t.vectorOffsets[t.vectorOffsets.length - 1] === t.vectorTerms.length &&
    t.vectorTerms.length === t.vectorScores.length;
  return shapes && (yield* allBelow(t.postingDocuments, t.documentCount)) && (yield* allBelow(t.vectorTerms, t.terms.length));
}

/**
 * The lunr.Index these tables stand for, with `refOf(d)` as document d's ref: for lunr's own API and for the tests
 * that compare with lunr.Builder. Search never needs it.
 */
export function toLunrIndex(t: LunrTables, refOf: (document: number) => string): lunr.Index {
  const F = t.fields.length;
  const invertedIndex = Object.create(null) as Record<string, Record<string, unknown>>;
  t.terms.forEach((term, index) => {
    const posting: Record<string, unknown> = { _index: index };
    t.fields.forEach((field, f) => {
      const documents: Record<string, object> = Object.create(null) as Record<string, object>;
      for (const document of postingOf(t, index, f)) documents[refOf(document)] = {};
      posting[field] = documents;
    });
    invertedIndex[term] = posting;
  });
  const fieldVectors: Record<string, lunr.Vector> = {};
  for (let document = 0; document < t.documentCount; document++) {
    for (let f = 0; f < F; f++) {
      const elements: number[] = [];
      for (let at = t.vectorOffsets[document * F + f]; at < t.vectorOffsets[document * F + f + 1]; at++) {
        elements.push(t.vectorTerms[at], t.vectorScores[at]);
      }
      fieldVectors[`${t.fields[f]}/${refOf(document)}`] = new lunr.Vector(elements);
    }
  }
  const attributes = {
    invertedIndex,
    fieldVectors,
    // @types/lunr declares fromArray on instances; lunr defines it on the class.
    tokenSet: (lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet }).fromArray([...t.terms].sort()),
    fields: [...t.fields],
    pipeline: new lunr.Pipeline(),
  };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}
