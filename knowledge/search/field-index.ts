/**
 * The lunr side of the index: BM25 over title, questions, answer and tags with field boosts, on terms analysed by
 * tokenize.ts (lunr's own English-only pipeline is off). Customer text never reaches lunr's query parser: every term
 * becomes a clause of one exact term (no wildcards, no pipeline), scored as `lunr.Index#query` would score it by
 * lunr-scoring.ts, and terms are checked to hold only letters, digits and marks, so "+*", "title:foo~2" or "^" are
 * plain words or nothing.
 *
 * The index is lunr's data held as flat tables (lunr-tables.ts), from which the lunr.Index itself can be made.
 *
 * Scoring visits every document that matches any clause in each field the clause searches, so a term found in
 * thousands of long answers costs milliseconds. Such terms carry almost no BM25 weight anyway: a clause leaves out
 * the fields where its term is that common, and a query keeps its rarest terms only.
 */
import type lunr from 'lunr';
import { z } from 'zod';
import { LunrScorer, type LunrClause, type ScoredDocument } from './field-index-scoring';
import { tablesAreConsistent, toLunrIndex, type LunrTables } from './field-index-tables';
import { packFloat64, packUint32, unpackFloat64, unpackStep, unpackUint32 } from './packed';
import { runToEnd, type Steps } from './steps';
import { StringIds, type StringLookup } from './string-ids';
import type { FieldBoosts } from './schemas';
import type { WeightedTerm } from './synonyms';

export const LUNR_FIELDS = ['title', 'questions', 'answer', 'tags'] as const;
export type LunrField = (typeof LUNR_FIELDS)[number];
export type LunrDocument = { ref: string } & Record<LunrField, string[]>;

/**
 * lunr document ref of the article at `position`, in the lunr.Index the tables stand for. Not a bare number: lunr
 * orders integer-like keys of its posting objects numerically, the tables list documents in the order added.
 */
export function lunrRef(position: number): string {
  return `#${position}`;
}

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
const COMMON_TERM_LIMITS: Record<LunrField, { documents: number; share: number }> = {
  title: { documents: 100, share: 0.01 },
  questions: { documents: 100, share: 0.01 },
  answer: { documents: 50, share: 0.005 },
  tags: { documents: 100, share: 0.01 },
};

export interface LunrMatch {
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
export class LunrIndexBuilder {
  /** Term ids in order of first appearance, as lunr assigns a posting's _index. */
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly documentsWithTerm: number[] = [];
  /** Per term and field (term · F + field), how many documents have it there. */
  private readonly fieldCounts: number[] = [];
  private readonly counts: number[] = [];
  private documentCount = 0;
  private readonly totalLength: Record<LunrField, number> = { title: 0, questions: 0, answer: 0, tags: 0 };
  /** Per document field, in order: its length, and its distinct term ids (ascending) with their frequencies. */
  private readonly fieldLengths: number[] = [];
  private readonly entryOffsets: number[] = [0];
  private readonly entryTerm: number[] = [];
  private readonly entryFrequency: number[] = [];

  constructor(private readonly boosts: FieldBoosts) {}

  /** Adds the next document; documents are numbered in the order they are added. */
  add(document: Record<LunrField, readonly string[]>): void {
    const { counts, entryTerm, entryFrequency, documentsWithTerm, fieldCounts } = this;
    this.documentCount++;
    for (let fieldNumber = 0; fieldNumber < LUNR_FIELDS.length; fieldNumber++) {
      const field = LUNR_FIELDS[fieldNumber];
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
        fieldCounts[id * LUNR_FIELDS.length + fieldNumber]++;
      }
      this.entryOffsets.push(entryTerm.length);
      this.fieldLengths.push(terms.length);
      this.totalLength[field] += terms.length;
    }
  }

  build(): FieldedLunrIndex {
    const F = LUNR_FIELDS.length;
    const { documentCount, entryTerm, entryFrequency, entryOffsets } = this;
    const idf = this.documentsWithTerm.map((n) => Math.log(1 + Math.abs((documentCount - n + 0.5) / (n + 0.5))));
    const vectorScores = new Float64Array(entryTerm.length);
    for (let pair = 0; pair < documentCount * F; pair++) {
      const field = LUNR_FIELDS[pair % F];
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
    return FieldedLunrIndex.fromTables(
      {
        fields: LUNR_FIELDS,
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

export const SerializedLunrIndexSchema = z.object({
  documentCount: z.number().int().nonnegative(),
  /** Terms by lunr term index. */
  terms: z.array(z.string()),
  /** The typed arrays of LunrTables, packed (packed.ts). */
  postingOffsets: z.string(),
  postingDocuments: z.string(),
  vectorOffsets: z.string(),
  vectorTerms: z.string(),
  vectorScores: z.string(),
});
export type SerializedLunrIndex = z.infer<typeof SerializedLunrIndexSchema>;

/** lunr's index as tables (lunr-tables.ts), searched by clauses of analysed terms. */
export class FieldedLunrIndex {
  private readonly scorer: LunrScorer;
  private lunr?: lunr.Index;

  private constructor(
    private readonly tables: LunrTables,
    /** term → its lunr term index. */
    private readonly termIndexes: StringLookup,
  ) {
    this.scorer = new LunrScorer(tables, termIndexes);
  }

  get documentCount(): number {
    return this.tables.documentCount;
  }

  static build(documents: ReadonlyArray<Record<LunrField, readonly string[]>>, boosts: FieldBoosts): FieldedLunrIndex {
    const builder = new LunrIndexBuilder(boosts);
    for (const document of documents) builder.add(document);
    return builder.build();
  }

  /** @internal Used by LunrIndexBuilder. */
  static fromTables(tables: LunrTables, termIndexes: StringLookup): FieldedLunrIndex {
    return new FieldedLunrIndex(tables, termIndexes);
  }

  /** From tables another thread built and handed over (index-transfer.ts), indexing the terms in steps. */
  static *fromTablesSteps(tables: LunrTables): Steps<FieldedLunrIndex> {
    if (!(yield* tablesAreConsistent(tables))) throw new Error('the lunr tables do not fit together');
    yield;
    return new FieldedLunrIndex(tables, yield* StringIds.ofSteps(tables.terms));
  }

  /** The tables themselves, read-only by contract (for handing the index to another thread). */
  get lunrTables(): Readonly<LunrTables> {
    return this.tables;
  }

  static load(serialized: SerializedLunrIndex): FieldedLunrIndex {
    return runToEnd(FieldedLunrIndex.loadSteps(serialized));
  }

  /** load() in steps (steps.ts): unpacking is a copy per array; indexing the terms is the part worth slicing. */
  static *loadSteps(serialized: SerializedLunrIndex): Steps<FieldedLunrIndex> {
    const uint32 = (packed: string): Steps<Uint32Array> => unpackStep(unpackUint32, packed);
    const tables: LunrTables = {
      fields: LUNR_FIELDS,
      documentCount: serialized.documentCount,
      terms: serialized.terms,
      postingOffsets: yield* uint32(serialized.postingOffsets),
      postingDocuments: yield* uint32(serialized.postingDocuments),
      vectorOffsets: yield* uint32(serialized.vectorOffsets),
      vectorTerms: yield* uint32(serialized.vectorTerms),
      vectorScores: unpackFloat64(serialized.vectorScores),
    };
    return yield* FieldedLunrIndex.fromTablesSteps(tables);
  }

  toJSON(): SerializedLunrIndex {
    const t = this.tables;
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
    const { postingOffsets } = this.tables;
    const F = LUNR_FIELDS.length;
    return Math.min(this.tables.documentCount, postingOffsets[index * F + F] - postingOffsets[index * F]);
  }

  /** Whether document `document` has the term with this index in any field (binary search of each field's postings). */
  documentHas(document: number, index: number): boolean {
    const { postingOffsets, postingDocuments } = this.tables;
    const F = LUNR_FIELDS.length;
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

  /** The lunr.Index these tables stand for, document refs as lunrRef gives them (made on first use). */
  get lunrIndex(): lunr.Index {
    this.lunr ??= toLunrIndex(this.tables, lunrRef);
    return this.lunr;
  }

  /** The best `limit` documents for these clauses, as lunr.Index#query(…).slice(0, limit) ranks them. */
  score(clauses: readonly LunrClause[], limit: number): ScoredDocument[] {
    return this.scorer.score(clauses, limit);
  }

  /** Best `limit` documents for analysed query terms (term weight = clause boost). */
  search(terms: readonly WeightedTerm[], limit: number): LunrMatch[] {
    const { documentCount, postingOffsets } = this.tables;
    const F = LUNR_FIELDS.length;
    const commonAbove = LUNR_FIELDS.map((field) => {
      const limit = COMMON_TERM_LIMITS[field];
      return Math.max(limit.documents, Math.floor(documentCount * limit.share));
    });
    // `documents` (all fields) ranks rarity; `postings` (fields kept) is what the clause costs.
    const clauses: Array<LunrClause & { documents: number; postings: number }> = [];
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
    // Scored as lunr.Index#query scores these clauses (lunr-scoring.ts), without lunr's per-query overhead.
    return this.score(kept, limit).map((result) => ({
      article: result.document,
      score: result.score,
      matchedTerms: result.matchedTerms,
    }));
  }
}
