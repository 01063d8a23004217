/**
 * The lunr side of the index: BM25 over title, questions, answer and tags with field boosts, on terms analysed by
 * tokenize.ts (lunr's own English-only pipeline is off). Customer text never reaches lunr's query parser: every term
 * becomes a clause of one exact term (no wildcards, no pipeline), scored as `lunr.Index#query` would score it by
 * lunr-scoring.ts, and terms are checked to hold only letters, digits and marks, so "+*", "title:foo~2" or "^" are
 * plain words or nothing.
 *
 * Scoring visits every document that matches any clause in each field the clause searches, so a term found in
 * thousands of long answers costs milliseconds. Such terms carry almost no BM25 weight anyway: a clause leaves out
 * the fields where its term is that common, and a query keeps its rarest terms only.
 */
import lunr from 'lunr';
import { z } from 'zod';
import { LunrScorer, type LunrClause } from './lunr-scoring';
import { packUint32, unpackUint32 } from './packed';
import { mapInSteps, runToEnd, stepCounter, type Steps } from './steps';
import type { FieldBoosts } from './schemas';
import type { WeightedTerm } from './synonyms';

export const LUNR_FIELDS = ['title', 'questions', 'answer', 'tags'] as const;
export type LunrField = (typeof LUNR_FIELDS)[number];
export type LunrDocument = { ref: string } & Record<LunrField, string[]>;

/**
 * lunr document ref of the article at `position`. Not a bare number: lunr keeps refs as keys of plain objects, and
 * integer-like keys make V8 store them as sparse elements, which doubled the cost of building postings.
 */
export function lunrRef(position: number): string {
  return `#${position}`;
}

function positionOfRef(ref: string): number {
  return Number(ref.slice(1));
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

type Posting = { _index: number } & Record<LunrField, Record<string, object>>;

/**
 * Builds the same lunr.Index that `lunr.Builder` builds from these documents with an empty pipeline (the test suite
 * checks both serialise identically), several times faster: lunr.Builder spends most of a 10k-article build wrapping
 * every token in an object, cloning metadata per token and looking terms up in dictionary-mode objects, which made
 * the build miss its 2 s budget on its own. Documents are taken one at a time and kept only as flat arrays of term ids
 * and frequencies. Scoring follows lunr.Builder#createFieldVectors exactly.
 */
export class LunrIndexBuilder {
  // lunr only reads the keys of per-document metadata (none are whitelisted), so every entry can share one object.
  private readonly noMetadata: object = Object.freeze(Object.create(null) as object);
  /** Term ids in order of first appearance, as lunr assigns a posting's _index. */
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly postings: Posting[] = [];
  private readonly documentsWithTerm: number[] = [];
  private readonly fieldCounts: number[] = [];
  private readonly counts: number[] = [];
  private readonly refs: string[] = [];
  private readonly totalLength: Record<LunrField, number> = { title: 0, questions: 0, answer: 0, tags: 0 };
  /** Per document field, in order: its length, and its distinct term ids (ascending) with their frequencies. */
  private readonly fieldLengths: number[] = [];
  private readonly entryOffsets: number[] = [0];
  private readonly entryTerm: number[] = [];
  private readonly entryFrequency: number[] = [];

  constructor(private readonly boosts: FieldBoosts) {}

  add(document: LunrDocument): void {
    const { counts, postings, entryTerm, entryFrequency, documentsWithTerm, fieldCounts } = this;
    this.refs.push(document.ref);
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
        postings[id][field][document.ref] = this.noMetadata;
        documentsWithTerm[id]++;
        fieldCounts[id * LUNR_FIELDS.length + fieldNumber]++;
      }
      this.entryOffsets.push(entryTerm.length);
      this.fieldLengths.push(terms.length);
      this.totalLength[field] += terms.length;
    }
  }

  build(): FieldedLunrIndex {
    const documentCount = this.refs.length;
    const idf = this.documentsWithTerm.map((n) => Math.log(1 + Math.abs((documentCount - n + 0.5) / (n + 0.5))));
    const fieldVectors: Record<string, lunr.Vector> = {};
    let fieldIndex = 0;
    for (const ref of this.refs) {
      for (const field of LUNR_FIELDS) {
        const averageLength = this.totalLength[field] / documentCount;
        const lengthNorm = BM25_K1 * (1 - BM25_B + BM25_B * (this.fieldLengths[fieldIndex] / averageLength));
        const fieldBoost = this.boosts[field] || 1;
        const from = this.entryOffsets[fieldIndex];
        const to = this.entryOffsets[fieldIndex + 1];
        const elements = new Array<number>((to - from) * 2);
        for (let at = from; at < to; at++) {
          const id = this.entryTerm[at];
          const tf = this.entryFrequency[at];
          const score = ((idf[id] * ((BM25_K1 + 1) * tf)) / (lengthNorm + tf)) * fieldBoost;
          elements[2 * (at - from)] = id;
          elements[2 * (at - from) + 1] = Math.round(score * 1000) / 1000;
        }
        fieldVectors[`${field}/${ref}`] = new lunr.Vector(elements);
        fieldIndex++;
      }
    }
    const invertedIndex: Record<string, Posting> = Object.create(null) as Record<string, Posting>;
    this.terms.forEach((term, id) => (invertedIndex[term] = this.postings[id]));
    const attributes = {
      invertedIndex,
      fieldVectors,
      // @types/lunr declares fromArray on instances; lunr defines it on the class.
      tokenSet: (lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet }).fromArray(
        [...this.terms].sort(),
      ),
      fields: [...LUNR_FIELDS],
      pipeline: new lunr.Pipeline(),
    };
    return FieldedLunrIndex.fromParts(
      new lunr.Index(attributes as unknown as lunr.Index.Attributes),
      documentCount,
      this.termIds,
      Uint32Array.from(this.fieldCounts),
    );
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      const posting = { _index: id } as Posting;
      for (const field of LUNR_FIELDS) posting[field] = Object.create(null) as Record<string, object>;
      this.postings.push(posting);
      this.documentsWithTerm.push(0);
      this.fieldCounts.push(0, 0, 0, 0);
      this.counts.push(0);
    }
    return id;
  }
}

interface TokenSetBuilder {
  insert(word: string): void;
  finish(): void;
  root: lunr.TokenSet;
}

/** lunr.Index#toJSON's output. */
interface SerializedLunr {
  version: string;
  fields: string[];
  fieldVectors: Array<[string, number[]]>;
  invertedIndex: Array<[string, object]>;
  pipeline: string[];
}

/**
 * lunr.Index.load (lunr.js 2.3.9) step by step: the same vectors, inverted index, token set and pipeline, built a
 * few thousand entries at a time. lunr's version warning is left out: the snapshot format version guards it.
 */
function* lunrIndexSteps(serialized: SerializedLunr): Steps<lunr.Index> {
  const tick = stepCounter(2000);
  const fieldVectors: Record<string, lunr.Vector> = {};
  for (const [ref, elements] of serialized.fieldVectors) {
    fieldVectors[ref] = new lunr.Vector(elements);
    if (tick()) yield;
  }
  const invertedIndex = Object.create(null) as Record<string, object>;
  // @types/lunr leaves out TokenSet.Builder, which lunr.Index.load uses.
  const TokenSetBuilder = (lunr.TokenSet as unknown as { Builder: new () => TokenSetBuilder }).Builder;
  const tokenSetBuilder = new TokenSetBuilder();
  for (const [term, posting] of serialized.invertedIndex) {
    tokenSetBuilder.insert(term);
    invertedIndex[term] = posting;
    if (tick()) yield;
  }
  tokenSetBuilder.finish();
  const attributes = {
    fields: serialized.fields,
    fieldVectors,
    invertedIndex,
    tokenSet: tokenSetBuilder.root,
    pipeline: lunr.Pipeline.load(serialized.pipeline),
  };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}

export const SerializedLunrIndexSchema = z.object({
  documentCount: z.number().int().nonnegative(),
  /** lunr's own serialisation (lunr.Index#toJSON). */
  lunr: z.record(z.string(), z.unknown()),
  /** Per term in lunr's (sorted) term order, the number of documents having it in each field, packed. */
  fieldCounts: z.string(),
});
export type SerializedLunrIndex = z.infer<typeof SerializedLunrIndexSchema>;

/** A lunr index plus how many documents hold each term in each field (lunr keeps no such count). */
export class FieldedLunrIndex {
  private readonly scorer: LunrScorer;

  private constructor(
    private readonly index: lunr.Index,
    readonly documentCount: number,
    /** term → its 4 per-field document counts start at 4·position in fieldCounts. */
    private readonly termPositions: ReadonlyMap<string, number>,
    private readonly fieldCounts: Uint32Array,
    scorer?: LunrScorer,
  ) {
    this.scorer = scorer ?? new LunrScorer(index, LUNR_FIELDS);
  }

  static build(documents: readonly LunrDocument[], boosts: FieldBoosts): FieldedLunrIndex {
    const builder = new LunrIndexBuilder(boosts);
    for (const document of documents) builder.add(document);
    return builder.build();
  }

  /** @internal Used by LunrIndexBuilder. */
  static fromParts(
    index: lunr.Index,
    documentCount: number,
    termPositions: ReadonlyMap<string, number>,
    fieldCounts: Uint32Array,
  ): FieldedLunrIndex {
    return new FieldedLunrIndex(index, documentCount, termPositions, fieldCounts);
  }

  static load(serialized: SerializedLunrIndex): FieldedLunrIndex {
    return runToEnd(FieldedLunrIndex.loadSteps(serialized));
  }

  /** load() in steps (steps.ts); the lunr.Index it makes is the one lunr.Index.load makes (see lunrIndexSteps). */
  static *loadSteps(serialized: SerializedLunrIndex): Steps<FieldedLunrIndex> {
    const fieldCounts = unpackUint32(serialized.fieldCounts);
    const inverted = serialized.lunr.invertedIndex;
    if (!Array.isArray(inverted) || inverted.length * LUNR_FIELDS.length !== fieldCounts.length) {
      throw new Error('lunr term counts do not match the lunr index');
    }
    const positions = yield* mapInSteps(inverted.length, (position) => [
      String((inverted[position] as [string])[0]),
      position,
    ]);
    const index = yield* lunrIndexSteps(serialized.lunr as unknown as SerializedLunr);
    const scorer = yield* LunrScorer.createSteps(index, LUNR_FIELDS);
    return new FieldedLunrIndex(index, serialized.documentCount, positions, fieldCounts, scorer);
  }

  toJSON(): SerializedLunrIndex {
    // lunr serialises terms sorted; counts follow the same order so load can pair them without a term list.
    const sorted = [...this.termPositions.keys()].sort();
    const counts = new Uint32Array(sorted.length * LUNR_FIELDS.length);
    sorted.forEach((term, position) => {
      const from = (this.termPositions.get(term) as number) * LUNR_FIELDS.length;
      counts.set(this.fieldCounts.subarray(from, from + LUNR_FIELDS.length), position * LUNR_FIELDS.length);
    });
    return {
      documentCount: this.documentCount,
      lunr: this.index.toJSON() as unknown as Record<string, unknown>,
      fieldCounts: packUint32(counts),
    };
  }

  /** Whether any document has this (analysed) term. */
  hasTerm(term: string): boolean {
    return this.termPositions.has(term);
  }

  /** The underlying lunr index (for tests that compare it with lunr.Builder's). */
  get lunrIndex(): lunr.Index {
    return this.index;
  }

  /** Best `limit` documents for analysed query terms (term weight = clause boost). */
  search(terms: readonly WeightedTerm[], limit: number): LunrMatch[] {
    const commonAbove = LUNR_FIELDS.map((field) => {
      const limit = COMMON_TERM_LIMITS[field];
      return Math.max(limit.documents, Math.floor(this.documentCount * limit.share));
    });
    // `documents` (all fields) ranks rarity; `postings` (fields kept) is what the clause costs lunr.
    const clauses: Array<LunrClause & { documents: number; postings: number }> = [];
    for (const { term, weight } of terms) {
      const position = this.termPositions.get(term);
      if (position === undefined || !SAFE_TERM.test(term)) continue;
      let documents = 0;
      let postings = 0;
      const fields: number[] = [];
      for (let f = 0; f < LUNR_FIELDS.length; f++) {
        const count = this.fieldCounts[position * LUNR_FIELDS.length + f];
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
    return this.scorer.score(kept, limit).map((result) => ({
      article: positionOfRef(result.ref),
      score: result.score,
      matchedTerms: result.matchedTerms,
    }));
  }
}
