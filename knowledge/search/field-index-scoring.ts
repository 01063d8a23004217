/**
 * Scores term clauses against the field index's tables (field-index-tables.ts) exactly as `lunr.Index#query` scores
 * the same clauses on the lunr.Index those tables stand for — the clauses field-index.ts builds: one exact term each,
 * no wildcard, no pipeline, presence OPTIONAL, a field list and a boost — several times faster. lunr spends most of a
 * small query building a token-set automaton per term and intersecting it with the index's, wrapping every matching
 * field in MatchData objects and walking whole field vectors for a dot product; here a term's documents are a slice
 * of the posting table, scored in reused typed arrays, and each field vector is searched only for the terms the
 * document matched in that field.
 *
 * Identity with lunr matters (scores, tie order, matched-term order), so the arithmetic follows lunr step by step:
 * - per field, the query vector holds each clause's boost at the term's index, summed for repeated terms;
 * - a field's score is dot(query vector, field vector) / |query vector| (lunr.Vector#similarity), both sums taken in
 *   ascending term index as lunr's merge walk does;
 * - a document's score adds its fields' scores in the order lunr first met each (document, field) pair, and documents
 *   are ranked by a stable sort in the order lunr first met them;
 * - matched terms are the keys of an object filled in that same order, so integer-like terms sort as lunr's do.
 */
import type { FieldIndexTables } from './field-index-tables';
import type { StringLookup } from './string-ids';

/** One exact term searched in some fields with a boost (as a lunr query clause: no wildcard, no pipeline, OPTIONAL). */
export interface TermClause {
  term: string;
  /** Field numbers (positions in the index's field list) this clause searches. */
  fields: readonly number[];
  boost: number;
}

export interface ScoredDocument {
  /** Document number (order added). */
  document: number;
  score: number;
  matchedTerms: string[];
}

/** A field's query vector: term indexes ascending with their summed boosts. */
interface QueryVector {
  indexes: number[];
  boosts: number[];
  magnitude: number;
}

/**
 * The (document, field) pairs a query matched, in the order lunr's matchingFields would hold them, with the terms
 * each matched. A pair is `document · fieldCount + field`.
 */
interface FieldMatches {
  pairs: number[];
  terms: string[][];
  /** The same terms' indexes (lunr's term numbering). */
  termIndexes: number[][];
}

export class FieldIndexScorer {
  private readonly fieldCount: number;
  /**
   * Per-query scratch, reused by every query and left cleared after it (score() is synchronous): 1 + position in
   * FieldMatches of each pair, and each document's score and whether it was met.
   */
  private readonly pairSlot: Int32Array;
  private readonly documentScore: Float64Array;
  private readonly documentMet: Uint8Array;

  constructor(
    private readonly tables: FieldIndexTables,
    /** term → its term index. */
    private readonly termIndexes: StringLookup,
  ) {
    this.fieldCount = tables.fields.length;
    this.pairSlot = new Int32Array(tables.documentCount * this.fieldCount);
    this.documentScore = new Float64Array(tables.documentCount);
    this.documentMet = new Uint8Array(tables.documentCount);
  }

  /** The best `limit` documents, as `lunr.Index#query(…).slice(0, limit)` returns them. */
  score(clauses: readonly TermClause[], limit: number): ScoredDocument[] {
    const fieldCount = this.fieldCount;
    const vectors = Array.from({ length: fieldCount }, (): QueryVector => ({ indexes: [], boosts: [], magnitude: 0 }));
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
      return bestOf(ranked, documentScore, limit).map((document) => ({
        document,
        score: documentScore[document],
        matchedTerms: this.matchedTermsOf(document, matches),
      }));
    } finally {
      for (const pair of matches.pairs) pairSlot[pair] = 0;
      for (const document of ranked) documentMet[document] = 0;
    }
  }

  /** Fills the query vectors and lists matched (document, field) pairs in lunr's order. */
  private collectMatches(clauses: readonly TermClause[], vectors: QueryVector[], matches: FieldMatches): void {
    const fieldCount = this.fieldCount;
    /** Fields whose documents each term has already contributed, as bits. */
    const collected = new Map<string, number>();
    for (const { term, fields, boost } of clauses) {
      const termIndex = this.termIndexes.get(term);
      if (termIndex === undefined) continue;
      for (const field of fields) {
        addToVector(vectors[field], termIndex, boost);
        // lunr collects a term's documents in a field once, however many clauses repeat it.
        const done = collected.get(term) ?? 0;
        if (done & (1 << field)) continue;
        collected.set(term, done | (1 << field));
        // Documents in the order lunr lists a posting's refs: the order they were added. The posting's slice of the
        // table is read in place (postingOf's subarray would be an allocation per term and field).
        const { postingDocuments, postingOffsets } = this.tables;
        const at = termIndex * fieldCount + field;
        for (let p = postingOffsets[at]; p < postingOffsets[at + 1]; p++) {
          const document = postingDocuments[p];
          const pair = document * fieldCount + field;
          const slot = this.pairSlot[pair];
          if (slot > 0) {
            matches.terms[slot - 1].push(term);
            matches.termIndexes[slot - 1].push(termIndex);
          } else {
            matches.pairs.push(pair);
            matches.terms.push([term]);
            matches.termIndexes.push([termIndex]);
            this.pairSlot[pair] = matches.pairs.length;
          }
        }
      }
    }
  }

  /**
   * lunr.Vector#similarity of the field's query vector with the pair's field vector. The terms both vectors share are
   * exactly the query terms the pair matched, so only those are looked up, in ascending index as lunr's dot product
   * adds them.
   */
  private fieldScore(pair: number, matchedIndexes: number[], query: QueryVector): number {
    const { vectorOffsets, vectorTerms, vectorScores } = this.tables;
    const end = vectorOffsets[pair + 1];
    if (matchedIndexes.length > 1) sortAscending(matchedIndexes);
    let dot = 0;
    let from = vectorOffsets[pair];
    for (const index of matchedIndexes) {
      const at = findTerm(vectorTerms, index, from, end);
      if (at < 0) continue;
      dot += query.boosts[query.indexes.indexOf(index)] * vectorScores[at];
      from = at + 1;
    }
    return dot / query.magnitude || 0;
  }

  /** Object.keys of lunr's combined MatchData metadata for the document: its pairs' terms in the order met. */
  private matchedTermsOf(document: number, matches: FieldMatches): string[] {
    const slots: number[] = [];
    for (let field = 0; field < this.fieldCount; field++) {
      const slot = this.pairSlot[document * this.fieldCount + field];
      if (slot > 0) slots.push(slot);
    }
    sortAscending(slots);
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

/**
 * The first `limit` of `documents` ranked by score, highest first, ties in the order given: what a stable sort by
 * descending score and `slice(0, limit)` return (lunr's ranking). A query meets hundreds of documents and keeps a few,
 * so only the best are kept, each placed after those that score as much or more.
 */
function bestOf(documents: readonly number[], score: Float64Array, limit: number): number[] {
  if (documents.length <= limit) {
    // Array#sort is stable: ties keep the order lunr met the documents in.
    return [...documents].sort((a, b) => score[b] - score[a]);
  }
  const best: number[] = [];
  for (const document of documents) {
    const value = score[document];
    if (best.length === limit && !(value > score[best[limit - 1]])) continue;
    let at = best.length;
    while (at > 0 && score[best[at - 1]] < value) at--;
    best.splice(at, 0, document);
    if (best.length > limit) best.pop();
  }
  return best;
}

/**
 * Numbers in ascending order, in place, as `sort((a, b) => a - b)` leaves them. The lists sorted per query are a
 * document's few fields or the few terms it matched, where an insertion sort costs less than Array#sort's copy.
 */
function sortAscending(numbers: number[]): void {
  if (numbers.length > 16) {
    numbers.sort((a, b) => a - b);
    return;
  }
  for (let i = 1; i < numbers.length; i++) {
    const value = numbers[i];
    let at = i;
    while (at > 0 && numbers[at - 1] > value) {
      numbers[at] = numbers[at - 1];
      at--;
    }
    numbers[at] = value;
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

/** Position of term `index` in the ascending terms[from … end), or -1. */
function findTerm(terms: Uint32Array, index: number, from: number, end: number): number {
  let low = from;
  let high = end;
  while (low < high) {
    const middle = (low + high) >> 1;
    const found = terms[middle];
    if (found === index) return middle;
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
