/**
 * Scores term clauses against a lunr index exactly as `lunr.Index#query` does for the clauses lunr-index.ts builds
 * (one exact term each, no wildcard, no pipeline, presence OPTIONAL, a field list and a boost), several times faster.
 * lunr spends most of a small query building a token-set automaton per term and intersecting it with the index's,
 * wrapping every matching field in MatchData objects and walking whole field vectors for a dot product; here a term is
 * looked up directly in the inverted index, documents are numbered and scored in reused typed arrays, and each field
 * vector is searched only for the terms the document matched in that field.
 *
 * Identity with lunr matters (scores, tie order, matched-term order), so the arithmetic follows lunr step by step:
 * - per field, the query vector holds each clause's boost at the term's index, summed for repeated terms;
 * - a field's score is dot(query vector, field vector) / |query vector| (lunr.Vector#similarity), both sums taken in
 *   ascending term index as lunr's merge walk does;
 * - a document's score adds its fields' scores in the order lunr first met each (document, field) pair, and documents
 *   are ranked by a stable sort in the order lunr first met them;
 * - matched terms are the keys of an object filled in that same order, so integer-like terms sort as lunr's do.
 */
import type lunr from 'lunr';
import { runToEnd, stepCounter, type Steps } from './steps';

export interface LunrClause {
  term: string;
  /** Field numbers (positions in the index's field list) this clause searches. */
  fields: readonly number[];
  boost: number;
}

export interface ScoredDocument {
  ref: string;
  score: number;
  matchedTerms: string[];
}

type Posting = { _index: number } & Record<string, Record<string, object>>;

/** The parts of a lunr.Index that scoring reads (lunr's typings leave them out). */
interface LunrIndexInternals {
  invertedIndex: Record<string, Posting | undefined>;
  fieldVectors: Record<string, lunr.Vector & { elements: number[] }>;
}

/** A field's query vector: term indexes ascending with their summed boosts. */
interface QueryVector {
  indexes: number[];
  boosts: number[];
  magnitude: number;
}

/**
 * The (document, field) pairs a query matched, in the order lunr's matchingFields would hold them, with the terms
 * each matched. Documents are numbered by the scorer; a pair is `document · fieldCount + field`.
 */
interface FieldMatches {
  pairs: number[];
  terms: string[][];
  /** The same terms' indexes in lunr's term numbering. */
  termIndexes: number[][];
}

/** Documents numbered in the order lunr lists their field vectors, with each pair's vector elements. */
interface DocumentTable {
  refs: string[];
  documentOf: Map<string, number>;
  vectors: number[][];
}

function* documentTableOf(
  fieldVectors: LunrIndexInternals['fieldVectors'],
  fields: readonly string[],
): Steps<DocumentTable> {
  const table: DocumentTable = { refs: [], documentOf: new Map(), vectors: [] };
  const tick = stepCounter(5000);
  for (const key in fieldVectors) {
    const slash = key.indexOf('/');
    const field = fields.indexOf(key.slice(0, slash));
    const ref = key.slice(slash + 1);
    let document = table.documentOf.get(ref);
    if (document === undefined) {
      document = table.refs.length;
      table.refs.push(ref);
      table.documentOf.set(ref, document);
    }
    table.vectors[document * fields.length + field] = fieldVectors[key].elements;
    if (tick()) yield;
  }
  return table;
}

export class LunrScorer {
  private readonly internals: LunrIndexInternals;
  /** Document refs by number, and numbers by ref. */
  private readonly refs: string[];
  private readonly documentOf: Map<string, number>;
  /** lunr field vector elements of each (document, field) pair. */
  private readonly vectors: number[][];
  /** See documentsOf(). */
  private readonly postingDocuments = new Map<object, Int32Array>();
  /**
   * Per-query scratch, reused by every query and left cleared after it (score() is synchronous): 1 + position in
   * FieldMatches of each pair, and each document's score and whether it was met.
   */
  private readonly pairSlot: Int32Array;
  private readonly documentScore: Float64Array;
  private readonly documentMet: Uint8Array;

  constructor(
    index: lunr.Index,
    private readonly fields: readonly string[],
    table?: DocumentTable,
  ) {
    this.internals = index as unknown as LunrIndexInternals;
    ({ refs: this.refs, documentOf: this.documentOf, vectors: this.vectors } =
      table ?? runToEnd(documentTableOf(this.internals.fieldVectors, fields)));
    this.pairSlot = new Int32Array(this.refs.length * this.fields.length);
    this.documentScore = new Float64Array(this.refs.length);
    this.documentMet = new Uint8Array(this.refs.length);
  }

  /** The constructor in steps (steps.ts), for an index of 40k field vectors loaded while requests are served. */
  static *createSteps(index: lunr.Index, fields: readonly string[]): Steps<LunrScorer> {
    const fieldVectors = (index as unknown as LunrIndexInternals).fieldVectors;
    return new LunrScorer(index, fields, yield* documentTableOf(fieldVectors, fields));
  }

  /** The best `limit` documents, as `lunr.Index#query(…).slice(0, limit)` returns them. */
  score(clauses: readonly LunrClause[], limit: number): ScoredDocument[] {
    const fieldCount = this.fields.length;
    const vectors = this.fields.map((): QueryVector => ({ indexes: [], boosts: [], magnitude: 0 }));
    const matches: FieldMatches = { pairs: [], terms: [], termIndexes: [] };
    const { documentScore, documentMet, pairSlot } = this;
    const ranked: number[] = [];
    try {
      this.collectMatches(clauses, vectors, matches);
      for (const vector of vectors) vector.magnitude = magnitudeOf(vector.boosts);
      for (let slot = 0; slot < matches.pairs.length; slot++) {
        const pair = matches.pairs[slot];
        const document = Math.floor(pair / fieldCount);
        const score = this.fieldScore(pair, matches.termIndexes[slot], vectors[pair % fieldCount]);
        if (documentMet[document]) documentScore[document] += score;
        else {
          documentMet[document] = 1;
          documentScore[document] = score;
          ranked.push(document);
        }
      }
      // Array#sort is stable: ties keep the order lunr met the documents in.
      ranked.sort((a, b) => documentScore[b] - documentScore[a]);
      return ranked.slice(0, limit).map((document) => ({
        ref: this.refs[document],
        score: documentScore[document],
        matchedTerms: this.matchedTermsOf(document, matches),
      }));
    } finally {
      for (const pair of matches.pairs) pairSlot[pair] = 0;
      for (const document of ranked) documentMet[document] = 0;
    }
  }

  /** Fills the query vectors and lists matched (document, field) pairs in lunr's order. */
  private collectMatches(clauses: readonly LunrClause[], vectors: QueryVector[], matches: FieldMatches): void {
    const fieldCount = this.fields.length;
    /** Fields whose documents each term has already contributed, as bits. */
    const collected = new Map<string, number>();
    for (const { term, fields, boost } of clauses) {
      const posting = this.internals.invertedIndex[term];
      if (posting === undefined) continue;
      for (const field of fields) {
        addToVector(vectors[field], posting._index, boost);
        // lunr collects a term's documents in a field once, however many clauses repeat it.
        const done = collected.get(term) ?? 0;
        if (done & (1 << field)) continue;
        collected.set(term, done | (1 << field));
        for (const document of this.documentsOf(posting[this.fields[field]])) {
          const pair = document * fieldCount + field;
          const slot = this.pairSlot[pair];
          if (slot > 0) {
            matches.terms[slot - 1].push(term);
            matches.termIndexes[slot - 1].push(posting._index);
          } else {
            matches.pairs.push(pair);
            matches.terms.push([term]);
            matches.termIndexes.push([posting._index]);
            this.pairSlot[pair] = matches.pairs.length;
          }
        }
      }
    }
  }

  /**
   * Numbers of the documents in one field's posting of a term, in lunr's key order. Cached: the refs are keys of a
   * dictionary-mode object, slow to list, and a term customers use once they use again. The cache holds at most one
   * small typed array per posting of the index.
   */
  private documentsOf(fieldPosting: Record<string, object>): Int32Array {
    let documents = this.postingDocuments.get(fieldPosting);
    if (documents === undefined) {
      documents = Int32Array.from(Object.keys(fieldPosting), (ref) => this.documentOf.get(ref) as number);
      this.postingDocuments.set(fieldPosting, documents);
    }
    return documents;
  }

  /**
   * lunr.Vector#similarity of the field's query vector with the pair's field vector. The terms both vectors share are
   * exactly the query terms the pair matched, so only those are looked up, in ascending index as lunr's dot product
   * adds them.
   */
  private fieldScore(pair: number, matchedIndexes: number[], query: QueryVector): number {
    const elements = this.vectors[pair];
    if (matchedIndexes.length > 1) matchedIndexes.sort((a, b) => a - b);
    let dot = 0;
    let from = 0;
    for (const index of matchedIndexes) {
      const at = findIndex(elements, index, from);
      if (at < 0) continue;
      dot += query.boosts[query.indexes.indexOf(index)] * elements[at + 1];
      from = at + 2;
    }
    return dot / query.magnitude || 0;
  }

  /** Object.keys of lunr's combined MatchData metadata for the document: its pairs' terms in the order met. */
  private matchedTermsOf(document: number, matches: FieldMatches): string[] {
    const slots: number[] = [];
    for (let field = 0; field < this.fields.length; field++) {
      const slot = this.pairSlot[document * this.fields.length + field];
      if (slot > 0) slots.push(slot);
    }
    slots.sort((a, b) => a - b);
    const terms: string[] = [];
    let arrayIndexes = false;
    for (const slot of slots) {
      for (const term of matches.terms[slot - 1]) {
        if (terms.includes(term)) continue;
        terms.push(term);
        arrayIndexes ||= isArrayIndex(term);
      }
    }
    if (!arrayIndexes) return terms;
    // Object keys that are array indexes ("5", "2024") come first, ascending: let an object order them as lunr's does.
    const metadata: Record<string, true> = Object.create(null) as Record<string, true>;
    for (const term of terms) metadata[term] = true;
    return Object.keys(metadata);
  }
}

/** lunr.Vector#upsert with addition, keeping term indexes ascending. */
function addToVector(vector: QueryVector, index: number, boost: number): void {
  let at = vector.indexes.length;
  while (at > 0 && vector.indexes[at - 1] > index) at--;
  if (at > 0 && vector.indexes[at - 1] === index) {
    vector.boosts[at - 1] += boost;
    return;
  }
  vector.indexes.splice(at, 0, index);
  vector.boosts.splice(at, 0, boost);
}

function magnitudeOf(values: readonly number[]): number {
  let sumOfSquares = 0;
  for (const value of values) sumOfSquares += value * value;
  return Math.sqrt(sumOfSquares);
}

/** Position in lunr vector `elements` ([index, value, index, value, …], indexes ascending) of `index`, or -1. */
function findIndex(elements: readonly number[], index: number, from: number): number {
  let low = from >> 1;
  let high = elements.length >> 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    const found = elements[2 * middle];
    if (found === index) return 2 * middle;
    if (found < index) low = middle + 1;
    else high = middle;
  }
  return -1;
}

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/** Whether an object ordered `key` as an array index, ahead of its other keys (canonical integers below 2³² − 1). */
function isArrayIndex(key: string): boolean {
  return ARRAY_INDEX.test(key) && Number(key) < 4294967295;
}
