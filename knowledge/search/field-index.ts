/**
 * The field index: BM25 over title, questions, answer and tags with field boosts, kept in flat tables
 * (field-index-tables.ts) and scored exactly as `lunr.Index#query` scores (field-index-scoring.ts), on terms analysed
 * by tokenize.ts. It is lunr's index and lunr's arithmetic without lunr's objects or its query parser: the tables hold
 * the numbers lunr.Builder would compute (lunr-compat.ts turns them back into a lunr.Index, and the tests check it
 * equals lunr.Builder's), and customer text never reaches a query parser: every term becomes a clause of one exact
 * term (no wildcards, no pipeline), and terms are checked to hold only letters, digits and marks, so "+*",
 * "title:foo~2" or "^" are plain words or nothing.
 *
 * Scoring visits every document that matches any clause in each field the clause searches, so a term found in
 * thousands of long answers costs milliseconds. Such terms carry almost no BM25 weight anyway: a clause leaves out
 * the fields where its term is that common, and a query keeps its rarest terms only.
 */
import { z } from 'zod';
import { FieldIndexScorer, type TermClause, type ScoredDocument } from './field-index-scoring';
import { tablesAreConsistent, type FieldIndexTables } from './field-index-tables';
import { packFloat64, packUint32, unpackFloat64, unpackStep, unpackUint32 } from './packed';
import { runToEnd, type Steps } from './steps';
import { StringIds, type StringLookup } from './string-ids';
import type { FieldBoosts } from './schemas';
import type { WeightedTerm } from './synonyms';

/** The article fields the index holds, in the order of its tables. */
export const INDEXED_FIELDS = ['title', 'questions', 'answer', 'tags'] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];
/** A document to index: each field's analysed terms (tokenize.ts). */
export type FieldDocument = Record<IndexedField, readonly string[]>;

const SAFE_TERM = /^[\p{L}\p{N}\p{M}]+$/u;
/**
 * A query keeps its clauses (highest weight, then rarest first) while the postings they reach stay within this
 * budget, and at least MIN_CLAUSES of them: small knowledge bases keep every term, large ones their telling terms.
 */
const POSTINGS_BUDGET = 1000;
const MIN_CLAUSES = 6;
/**
 * A field is left out of a clause when more documents than this have the term in it, or more than this share of all
 * documents, whichever is larger, so small knowledge bases are never pruned. Answers, the longest vectors, are pruned
 * soonest. Raising the title and question limits tenfold cost 3× the p99 latency at 10k articles and gained no
 * accuracy on AFQMC (10k short questions).
 */
const COMMON_TERM_LIMITS: Record<IndexedField, { documents: number; share: number }> = {
  title: { documents: 100, share: 0.01 },
  questions: { documents: 100, share: 0.01 },
  answer: { documents: 50, share: 0.005 },
  tags: { documents: 100, share: 0.01 },
};

export interface FieldIndexMatch {
  article: number;
  score: number;
  matchedTerms: string[];
}

/** lunr's BM25 parameters (lunr.Builder defaults). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;

/**
 * Builds the tables of the lunr.Index that `lunr.Builder` builds from these documents with an empty pipeline (the
 * test suite checks both are the same index), many times faster: lunr.Builder spends most of a 10k-article build
 * wrapping every token in an object, cloning metadata per token and filling dictionary-mode objects. Documents are
 * taken one at a time and kept only as flat arrays of term ids and frequencies; scores follow
 * lunr.Builder#createFieldVectors exactly.
 */
export class FieldIndexBuilder {
  /** Term ids in order of first appearance, as lunr assigns a posting's _index. */
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly documentsWithTerm: number[] = [];
  /** Per term and field (term · F + field), how many documents have it there. */
  private readonly fieldCounts: number[] = [];
  private readonly counts: number[] = [];
  private documentCount = 0;
  private readonly totalLength: Record<IndexedField, number> = { title: 0, questions: 0, answer: 0, tags: 0 };
  /** Per document field, in order: its length, and its distinct term ids (ascending) with their frequencies. */
  private readonly fieldLengths: number[] = [];
  private readonly entryOffsets: number[] = [0];
  private readonly entryTerm: number[] = [];
  private readonly entryFrequency: number[] = [];

  constructor(private readonly boosts: FieldBoosts) {}

  /** Adds the next document; documents are numbered in the order they are added. */
  add(document: FieldDocument): void {
    const { counts, entryTerm, entryFrequency, documentsWithTerm, fieldCounts } = this;
    this.documentCount++;
    for (let fieldNumber = 0; fieldNumber < INDEXED_FIELDS.length; fieldNumber++) {
      const field = INDEXED_FIELDS[fieldNumber];
      const terms = document[field];
      const distinct: number[] = [];
      for (const term of terms) {
        const id = this.termId(term);
        if (counts[id]++ === 0) distinct.push(id);
      }
      for (const id of Uint32Array.from(distinct).sort()) {
        entryTerm.push(id);
        entryFrequency.push(counts[id]);
        counts[id] = 0;
        documentsWithTerm[id]++;
        fieldCounts[id * INDEXED_FIELDS.length + fieldNumber]++;
      }
      this.entryOffsets.push(entryTerm.length);
      this.fieldLengths.push(terms.length);
      this.totalLength[field] += terms.length;
    }
  }

  build(): FieldIndex {
    const F = INDEXED_FIELDS.length;
    const { documentCount, entryTerm, entryFrequency, entryOffsets } = this;
    const idf = this.documentsWithTerm.map((n) => Math.log(1 + Math.abs((documentCount - n + 0.5) / (n + 0.5))));
    const vectorScores = new Float64Array(entryTerm.length);
    for (let pair = 0; pair < documentCount * F; pair++) {
      const field = INDEXED_FIELDS[pair % F];
      const averageLength = this.totalLength[field] / documentCount;
      const lengthNorm = BM25_K1 * (1 - BM25_B + BM25_B * (this.fieldLengths[pair] / averageLength));
      const fieldBoost = this.boosts[field] || 1;
      for (let at = entryOffsets[pair]; at < entryOffsets[pair + 1]; at++) {
        const tf = entryFrequency[at];
        const score = ((idf[entryTerm[at]] * ((BM25_K1 + 1) * tf)) / (lengthNorm + tf)) * fieldBoost;
        vectorScores[at] = Math.round(score * 1000) / 1000;
      }
    }
    // Postings by counting sort: walking the pairs in document order lists each posting's documents ascending.
    const postingOffsets = new Uint32Array(this.terms.length * F + 1);
    for (let slot = 0; slot < this.fieldCounts.length; slot++) postingOffsets[slot + 1] = postingOffsets[slot] + this.fieldCounts[slot];
    const postingDocuments = new Uint32Array(postingOffsets[postingOffsets.length - 1]);
    const next = postingOffsets.slice(0, -1);
    for (let pair = 0; pair < documentCount * F; pair++) {
      const document = Math.floor(pair / F);
      const field = pair % F;
      for (let at = entryOffsets[pair]; at < entryOffsets[pair + 1]; at++) {
        postingDocuments[next[entryTerm[at] * F + field]++] = document;
      }
    }
    return FieldIndex.fromTables(
      {
        fields: INDEXED_FIELDS,
        documentCount,
        terms: this.terms,
        postingOffsets,
        postingDocuments,
        vectorOffsets: Uint32Array.from(entryOffsets),
        vectorTerms: Uint32Array.from(entryTerm),
        vectorScores,
      },
      this.termIds,
    );
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.documentsWithTerm.push(0);
      this.fieldCounts.push(0, 0, 0, 0);
      this.counts.push(0);
    }
    return id;
  }
}

export const SerializedFieldIndexSchema = z.object({
  documentCount: z.number().int().nonnegative(),
  /** Terms by term index. */
  terms: z.array(z.string()),
  /** The typed arrays of FieldIndexTables, packed (packed.ts). */
  postingOffsets: z.string(),
  postingDocuments: z.string(),
  vectorOffsets: z.string(),
  vectorTerms: z.string(),
  vectorScores: z.string(),
});
export type SerializedFieldIndex = z.infer<typeof SerializedFieldIndexSchema>;

/** The field index as tables (field-index-tables.ts), searched by clauses of analysed terms. */
export class FieldIndex {
  private readonly scorer: FieldIndexScorer;

  private constructor(
    private readonly t: FieldIndexTables,
    /** term → its term index. */
    private readonly termIndexes: StringLookup,
  ) {
    this.scorer = new FieldIndexScorer(t, termIndexes);
  }

  get documentCount(): number {
    return this.t.documentCount;
  }

  static build(documents: readonly FieldDocument[], boosts: FieldBoosts): FieldIndex {
    const builder = new FieldIndexBuilder(boosts);
    for (const document of documents) builder.add(document);
    return builder.build();
  }

  /** @internal Used by FieldIndexBuilder. */
  static fromTables(tables: FieldIndexTables, termIndexes: StringLookup): FieldIndex {
    return new FieldIndex(tables, termIndexes);
  }

  /** From tables another thread built and handed over (index-transfer.ts), indexing the terms in steps. */
  static *fromTablesSteps(tables: FieldIndexTables): Steps<FieldIndex> {
    if (!(yield* tablesAreConsistent(tables))) throw new Error('the field index tables do not fit together');
    yield;
    return new FieldIndex(tables, yield* StringIds.ofSteps(tables.terms));
  }

  /**
   * The tables themselves, read-only by contract (for handing the index to another thread, and for toLunrIndex in
   * lunr-compat.ts).
   */
  get tables(): Readonly<FieldIndexTables> {
    return this.t;
  }

  static load(serialized: SerializedFieldIndex): FieldIndex {
    return runToEnd(FieldIndex.loadSteps(serialized));
  }

  /** load() in steps (steps.ts): unpacking is a copy per array; indexing the terms is the part worth slicing. */
  static *loadSteps(serialized: SerializedFieldIndex): Steps<FieldIndex> {
    const uint32 = (packed: string): Steps<Uint32Array> => unpackStep(unpackUint32, packed);
    const tables: FieldIndexTables = {
      fields: INDEXED_FIELDS,
      documentCount: serialized.documentCount,
      terms: serialized.terms,
      postingOffsets: yield* uint32(serialized.postingOffsets),
      postingDocuments: yield* uint32(serialized.postingDocuments),
      vectorOffsets: yield* uint32(serialized.vectorOffsets),
      vectorTerms: yield* uint32(serialized.vectorTerms),
      vectorScores: unpackFloat64(serialized.vectorScores),
    };
    return yield* FieldIndex.fromTablesSteps(tables);
  }

  toJSON(): SerializedFieldIndex {
    const t = this.t;
    return {
      documentCount: t.documentCount,
      terms: [...t.terms],
      postingOffsets: packUint32(t.postingOffsets),
      postingDocuments: packUint32(t.postingDocuments),
      vectorOffsets: packUint32(t.vectorOffsets),
      vectorTerms: packUint32(t.vectorTerms),
      vectorScores: packFloat64(t.vectorScores),
    };
  }

  /** Whether any document has this (analysed) term. */
  hasTerm(term: string): boolean {
    return this.termIndexes.has(term);
  }

  /** The index of an (analysed) term, or undefined when no document has it. */
  termIndex(term: string): number | undefined {
    return this.termIndexes.get(term);
  }

  /** How many documents have the term with this index in some field (a field count each, capped at the documents). */
  documentFrequency(index: number): number {
    const { postingOffsets } = this.t;
    const F = INDEXED_FIELDS.length;
    return Math.min(this.t.documentCount, postingOffsets[index * F + F] - postingOffsets[index * F]);
  }

  /** Whether document `document` has the term with this index in any field (binary search of each field's postings). */
  documentHas(document: number, index: number): boolean {
    const { postingOffsets, postingDocuments } = this.t;
    const F = INDEXED_FIELDS.length;
    for (let field = 0; field < F; field++) {
      let low = postingOffsets[index * F + field];
      let high = postingOffsets[index * F + field + 1] - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const at = postingDocuments[middle];
        if (at === document) return true;
        if (at < document) low = middle + 1;
        else high = middle - 1;
      }
    }
    return false;
  }

  /** The best `limit` documents for these clauses, as lunr.Index#query(…).slice(0, limit) ranks them. */
  score(clauses: readonly TermClause[], limit: number): ScoredDocument[] {
    return this.scorer.score(clauses, limit);
  }

  /** Best `limit` documents for analysed query terms (term weight = clause boost). */
  search(terms: readonly WeightedTerm[], limit: number): FieldIndexMatch[] {
    const { documentCount, postingOffsets } = this.t;
    const F = INDEXED_FIELDS.length;
    const commonAbove = INDEXED_FIELDS.map((field) => {
      const limit = COMMON_TERM_LIMITS[field];
      return Math.max(limit.documents, Math.floor(documentCount * limit.share));
    });
    // `documents` (all fields) ranks rarity; `postings` (fields kept) is what the clause costs.
    const clauses: Array<TermClause & { documents: number; postings: number }> = [];
    for (const { term, weight } of terms) {
      const index = this.termIndexes.get(term);
      if (index === undefined || !SAFE_TERM.test(term)) continue;
      let documents = 0;
      let postings = 0;
      const fields: number[] = [];
      for (let f = 0; f < F; f++) {
        const count = postingOffsets[index * F + f + 1] - postingOffsets[index * F + f];
        documents += count;
        if (count > 0 && count <= commonAbove[f]) {
          fields.push(f);
          postings += count;
        }
      }
      if (fields.length > 0) clauses.push({ term, boost: weight, fields, documents, postings });
    }
    if (clauses.length === 0) return [];
    clauses.sort((a, b) => b.boost - a.boost || a.documents - b.documents);
    let budget = POSTINGS_BUDGET;
    const kept = clauses.filter((clause, i) => {
      if (i >= MIN_CLAUSES && clause.postings > budget) return false;
      budget -= clause.postings;
      return true;
    });
    // Scored as lunr.Index#query scores these clauses (field-index-scoring.ts), without lunr's per-query overhead.
    return this.score(kept, limit).map((result) => ({
      article: result.document,
      score: result.score,
      matchedTerms: result.matchedTerms,
    }));
  }
}
