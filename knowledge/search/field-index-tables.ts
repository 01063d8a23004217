/**
 * The field index's data — its inverted index and its BM25 field vectors — held as flat typed arrays. The numbers are
 * the ones lunr keeps for the same documents: term indexes in lunr's order of first appearance, field-vector scores
 * exactly as lunr.Builder computes and rounds them. lunr keeps that data as an object per term, per field and per
 * document (840k of them at 10k articles), which made building, serialising and loading an index mostly allocation
 * and garbage collection; flat arrays are built in one pass, serialise as a few packed strings and load as copies.
 * `toLunrIndex` (lunr-compat.ts) rebuilds the lunr.Index these arrays stand for; the tests check it equals what
 * lunr.Builder builds from the same documents.
 */
import type { Steps } from './steps';

export interface FieldIndexTables {
  fields: readonly string[];
  documentCount: number;
  /** Terms by term index (lunr's numbering: order of first appearance). */
  terms: string[];
  /**
   * Documents having term t in field f, ascending: postingDocuments[postingOffsets[t·F + f] … postingOffsets[t·F + f
   * + 1]] (F = number of fields).
   */
  postingOffsets: Uint32Array;
  postingDocuments: Uint32Array;
  /**
   * Field vector of document d, field f: term indexes ascending in vectorTerms[vectorOffsets[d·F + f] …
   * vectorOffsets[d·F + f + 1]], their BM25 scores at the same positions of vectorScores.
   */
  vectorOffsets: Uint32Array;
  vectorTerms: Uint32Array;
  vectorScores: Float64Array;
}

/** Documents having the term with index `term` in field `field`. */
export function postingOf(tables: FieldIndexTables, term: number, field: number): Uint32Array {
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
export function* tablesAreConsistent(t: FieldIndexTables): Steps<boolean> {
  const F = t.fields.length;
  const shapes =
    t.postingOffsets.length === t.terms.length * F + 1 &&
    t.postingOffsets[t.postingOffsets.length - 1] === t.postingDocuments.length &&
    t.vectorOffsets.length === t.documentCount * F + 1 &&
    t.vectorOffsets[t.vectorOffsets.length - 1] === t.vectorTerms.length &&
    t.vectorTerms.length === t.vectorScores.length;
  return shapes && (yield* allBelow(t.postingDocuments, t.documentCount)) && (yield* allBelow(t.vectorTerms, t.terms.length));
}
