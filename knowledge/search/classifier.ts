/**
 * The classifier stage over question variants: TF-IDF vectors of every question variant (and title) of every article,
 * scored three ways that complement each other (measured in test/bench/knowledge.bench.ts):
 * - multinomial naive Bayes over the TF-IDF weights (Rennie et al. 2003): the log-likelihood of the query under each
 *   article's feature distribution; the best single scorer when articles have several variants;
 * - centroid: cosine to the article's normalised summed variants (evidence spread over variants adds up);
 * - nearest neighbour: cosine to the closest single variant; names the matched question and, being absolute, helps
 *   tell out-of-scope questions.
 * All three come from inverted tables (feature → articles, feature → variants), so a query costs the postings of its
 * features, not the KB size. Bayes is rewritten for that: log P(q|a) = Σ_f q_f·log((n_af+α)/α) over features the
 * article has, plus Q·(log α − log(N_a+αV)) for the rest (Q = Σ q_f).
 */
import { z } from 'zod';
import {
  pairFeature,
  singleFeature,
  wordCharGrams,
  type FeatureSink,
  type PairFeatureKind,
  type SingleFeatureKind,
} from './features';
import { packFloat32, packUint32, unpackFloat32, unpackStep, unpackUint32 } from './packed';
import { runToEnd, type Steps } from './steps';
import { StringIds, type StringLookup } from './string-ids';

export const SerializedClassifierSchema = z.object({
  features: z.array(z.string()),
  idf: z.string(),
  /** Variants of article a are articleVariants[a] .. articleVariants[a+1]. */
  articleVariants: z.string(),
  /** Inverted table of variant vectors: variants of feature f are variantPostingOffsets[f] .. [f+1]. */
  variantPostingOffsets: z.string(),
  variantPostingVariants: z.string(),
  variantPostingWeights: z.string(),
  /** Inverted table: articles of feature f are postingOffsets[f] .. postingOffsets[f+1]. */
  postingOffsets: z.string(),
  postingArticles: z.string(),
  centroidWeights: z.string(),
  bayesWeights: z.string(),
  bayesPrior: z.string(),
  /** IDF given to features no variant has: the rarest possible under the index's IDF basis. */
  unseenIdf: z.number(),
});
export type SerializedClassifier = z.infer<typeof SerializedClassifierSchema>;

export interface ClassifierMatch {
  article: number;
  /** Cosine to the closest variant, 0..1. */
  nearest: number;
  /** Index of that variant in the training order (-1 if none shares a feature). */
  nearestVariant: number;
  /** Cosine to the article centroid, 0..1. */
  centroid: number;
  /** Naive Bayes log-likelihood per unit of query weight (comparable between articles of one query only). */
  bayes: number;
}

/**
 * Features shared by more articles than this (character trigrams such as " th" in a 10k-article KB) are left out of
 * Bayes and centroid scoring: they cost most of a query's time and, nearly uniform across articles, decide nothing.
 * Knowledge bases under this size are unaffected.
 */
const MAX_SCORED_POSTINGS = 1000;

/** Naive Bayes smoothing, in units of normalised TF-IDF weight (tuned on BANKING77 splits not used for reporting). */
const BAYES_ALPHA = 0.05;

function sublinear(count: number): number {
  return 1 + Math.log(count);
}

export interface ClassifierTables {
  features: string[];
  idf: Float32Array;
  articleVariants: Uint32Array;
  variantPostingOffsets: Uint32Array;
  variantPostingVariants: Uint32Array;
  variantPostingWeights: Float32Array;
  postingOffsets: Uint32Array;
  postingArticles: Uint32Array;
  centroidWeights: Float32Array;
  bayesWeights: Float32Array;
  bayesPrior: Float32Array;
  /** IDF given to features no variant has, so unknown words pull similarity down: the rarest possible. */
  unseenIdf: number;
}

/** Keeps the `capacity` best (highest score) articles seen, cheaply: most candidates lose to the current worst. */
class TopArticles {
  readonly articles: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly capacity: number) {}

  offer(article: number, score: number): void {
    if (this.articles.length === this.capacity && score <= this.scores[this.capacity - 1]) return;
    let at = this.articles.length === this.capacity ? this.capacity - 1 : this.articles.length;
    while (at > 0 && this.scores[at - 1] < score) {
      this.scores[at] = this.scores[at - 1];
      this.articles[at] = this.articles[at - 1];
      at--;
    }
    this.scores[at] = score;
    this.articles[at] = article;
  }
}

function tablesFitTogether(t: ClassifierTables, articleCount: number): boolean {
  return (
    t.idf.length === t.features.length &&
    t.postingOffsets.length === t.features.length + 1 &&
    t.bayesPrior.length === articleCount &&
    t.articleVariants.length === articleCount + 1 &&
    t.variantPostingOffsets.length === t.features.length + 1 &&
    t.variantPostingVariants.length === t.variantPostingWeights.length &&
    t.postingArticles.length === t.centroidWeights.length &&
    t.postingArticles.length === t.bayesWeights.length &&
    Number.isFinite(t.unseenIdf)
  );
}

function featureIdsOf(features: readonly string[]): Steps<StringIds> {
  return StringIds.ofSteps(features);
}

export class VariantClassifier {
  private readonly featureIds: StringLookup;

  /**
   * Score accumulators reused by every query and left zeroed after it. Fresh 10k-element arrays per query made the
   * garbage collector pause queries for tens of milliseconds; match() is synchronous, so one set per index is safe.
   */
  private readonly scratch: { centroid: Float32Array; bayes: Float32Array; variants: Float32Array };

  private constructor(
    private readonly t: ClassifierTables,
    featureIds?: StringLookup,
  ) {
    this.featureIds = featureIds ?? runToEnd(featureIdsOf(t.features));
    this.scratch = {
      centroid: new Float32Array(this.articleCount),
      bayes: new Float32Array(this.articleCount),
      variants: new Float32Array(this.variantCount),
    };
  }

  get articleCount(): number {
    return this.t.bayesPrior.length;
  }

  get variantCount(): number {
    return this.t.articleVariants[this.t.articleVariants.length - 1];
  }

  /** @internal Used by VariantClassifierBuilder. */
  static fromTables(tables: ClassifierTables): VariantClassifier {
    return new VariantClassifier(tables);
  }

  /** From tables another thread built and handed over (index-transfer.ts), indexing the features in steps. */
  static *fromTablesSteps(tables: ClassifierTables, articleCount: number): Steps<VariantClassifier> {
    if (!tablesFitTogether(tables, articleCount)) throw new Error('classifier tables do not fit together');
    return new VariantClassifier(tables, yield* featureIdsOf(tables.features));
  }

  /** Whether any variant has this feature (features.ts spells it). */
  hasFeature(feature: string): boolean {
    return this.featureIds.get(feature) !== undefined;
  }

  /** The tables themselves, read-only by contract (for handing the index to another thread). */
  get tables(): Readonly<ClassifierTables> {
    return this.t;
  }

  static load(s: SerializedClassifier, articleCount: number): VariantClassifier {
    return runToEnd(VariantClassifier.loadSteps(s, articleCount));
  }

  /** load() in steps (steps.ts): indexing 200k features at 10k articles is the long part. */
  static *loadSteps(s: SerializedClassifier, articleCount: number): Steps<VariantClassifier> {
    const float32 = (packed: string): Steps<Float32Array> => unpackStep(unpackFloat32, packed);
    const uint32 = (packed: string): Steps<Uint32Array> => unpackStep(unpackUint32, packed);
    const tables: ClassifierTables = {
      features: s.features,
      idf: yield* float32(s.idf),
      articleVariants: yield* uint32(s.articleVariants),
      variantPostingOffsets: yield* uint32(s.variantPostingOffsets),
      variantPostingVariants: yield* uint32(s.variantPostingVariants),
      variantPostingWeights: yield* float32(s.variantPostingWeights),
      postingOffsets: yield* uint32(s.postingOffsets),
      postingArticles: yield* uint32(s.postingArticles),
      centroidWeights: yield* float32(s.centroidWeights),
      bayesWeights: yield* float32(s.bayesWeights),
      bayesPrior: yield* float32(s.bayesPrior),
      unseenIdf: s.unseenIdf,
    };
    if (!tablesFitTogether(tables, articleCount)) throw new Error('classifier tables do not fit together');
    yield;
    return new VariantClassifier(tables, yield* featureIdsOf(tables.features));
  }

  toJSON(): SerializedClassifier {
    const t = this.t;
    return {
      features: [...t.features],
      idf: packFloat32(t.idf),
      articleVariants: packUint32(t.articleVariants),
      variantPostingOffsets: packUint32(t.variantPostingOffsets),
      variantPostingVariants: packUint32(t.variantPostingVariants),
      variantPostingWeights: packFloat32(t.variantPostingWeights),
      postingOffsets: packUint32(t.postingOffsets),
      postingArticles: packUint32(t.postingArticles),
      centroidWeights: packFloat32(t.centroidWeights),
      bayesWeights: packFloat32(t.bayesWeights),
      bayesPrior: packFloat32(t.bayesPrior),
      unseenIdf: t.unseenIdf,
    };
  }

  /**
   * The best `limit` articles by naive Bayes plus the best `limit` by centroid similarity, among articles sharing a
   * feature with the query. Unordered.
   */
  match(queryFeatures: ReadonlyMap<string, number>, limit: number): ClassifierMatch[] {
    const t = this.t;
    // The query vector as parallel arrays of known feature ids and weights, in the order features were given.
    const ids: number[] = [];
    const weights: number[] = [];
    let norm = 0;
    for (const [feature, count] of queryFeatures) {
      const id = this.featureIds.get(feature);
      const weight = sublinear(count) * (id === undefined ? t.unseenIdf : t.idf[id]);
      norm += weight * weight;
      if (id !== undefined) {
        ids.push(id);
        weights.push(weight);
      }
    }
    if (ids.length === 0) return [];
    norm = Math.sqrt(norm);
    let knownMass = 0;
    for (let q = 0; q < ids.length; q++) {
      weights[q] = weights[q] / norm;
      if (t.postingOffsets[ids[q] + 1] - t.postingOffsets[ids[q]] <= MAX_SCORED_POSTINGS) knownMass += weights[q];
    }

    const { centroid: centroidScores, bayes: bayesScores, variants: variantScores } = this.scratch;
    const touched: number[] = [];
    const touchedVariants: number[] = [];
    try {
      const { postingOffsets, postingArticles, centroidWeights, bayesWeights } = t;
      for (let q = 0; q < ids.length; q++) {
        const from = postingOffsets[ids[q]];
        const to = postingOffsets[ids[q] + 1];
        if (to - from > MAX_SCORED_POSTINGS) continue;
        const weight = weights[q];
        for (let at = from; at < to; at++) {
          const article = postingArticles[at];
          if (bayesScores[article] === 0) touched.push(article);
          centroidScores[article] += weight * centroidWeights[at];
          bayesScores[article] += weight * bayesWeights[at];
        }
      }
      const byBayes = new TopArticles(limit);
      const byCentroid = new TopArticles(limit);
      for (const article of touched) {
        byBayes.offer(article, bayesScores[article] / (knownMass || 1) + t.bayesPrior[article]);
        byCentroid.offer(article, centroidScores[article]);
      }
      const { variantPostingOffsets, variantPostingVariants, variantPostingWeights } = t;
      for (let q = 0; q < ids.length; q++) {
        const from = variantPostingOffsets[ids[q]];
        const to = variantPostingOffsets[ids[q] + 1];
        if (to - from > MAX_SCORED_POSTINGS) continue;
        const weight = weights[q];
        for (let at = from; at < to; at++) {
          const variant = variantPostingVariants[at];
          if (variantScores[variant] === 0) touchedVariants.push(variant);
          variantScores[variant] += weight * variantPostingWeights[at];
        }
      }
      const finalists = byBayes.articles.slice();
      for (const article of byCentroid.articles) if (!finalists.includes(article)) finalists.push(article);
      return finalists.map((article) => {
        let nearest = 0;
        let nearestVariant = -1;
        for (let v = t.articleVariants[article]; v < t.articleVariants[article + 1]; v++) {
          if (variantScores[v] > nearest) {
            nearest = variantScores[v];
            nearestVariant = v;
          }
        }
        const bayes = bayesScores[article] / (knownMass || 1) + t.bayesPrior[article];
        return { article, centroid: centroidScores[article], bayes, nearest, nearestVariant };
      });
    } finally {
      for (const article of touched) {
        centroidScores[article] = 0;
        bayesScores[article] = 0;
      }
      for (const variant of touchedVariants) variantScores[variant] = 0;
    }
  }
}

/**
 * IDF over articles rather than over variants: log((A + 1) / (articles with the feature + 1)) + 1. A word most of one
 * article's variants share ("top up" in every top-up question) is what tells that article apart, yet variant-level IDF
 * counted each of those variants against it. Measured on BANKING77 tuning splits (seeds 4–6, 10 variants per
 * intent): top-1 0.764 → 0.775; a geometric mix of both IDFs or a sharper power of this one measured lower.
 */
export function articleIdf(
  articleCount: number,
  articleVariants: ArrayLike<number>,
  variantOffsets: ArrayLike<number>,
  entryFeature: ArrayLike<number>,
  featureCount: number,
): Float32Array {
  const articleFrequency = new Uint32Array(featureCount);
  const lastArticle = new Int32Array(featureCount).fill(-1);
  for (let a = 0; a < articleCount; a++) {
    for (let at = variantOffsets[articleVariants[a]]; at < variantOffsets[articleVariants[a + 1]]; at++) {
      const f = entryFeature[at];
      if (lastArticle[f] !== a) {
        lastArticle[f] = a;
        articleFrequency[f]++;
      }
    }
  }
  const idf = new Float32Array(featureCount);
  for (let f = 0; f < featureCount; f++) idf[f] = Math.log((articleCount + 1) / (articleFrequency[f] + 1)) + 1;
  return idf;
}

/** Compressed sparse rows (row → features) turned into postings (feature → rows), rows ascending per feature. */
function invertRows(
  rowOffsets: ArrayLike<number>,
  rowFeatures: ArrayLike<number>,
  rowWeights: ReadonlyArray<ArrayLike<number>>,
  featureCount: number,
): { offsets: Uint32Array; rows: Uint32Array; weights: Float32Array[] } {
  const offsets = new Uint32Array(featureCount + 1);
  for (let at = 0; at < rowFeatures.length; at++) offsets[rowFeatures[at] + 1]++;
  for (let f = 0; f < featureCount; f++) offsets[f + 1] += offsets[f];
  const fill = offsets.slice(0, featureCount);
  const rows = new Uint32Array(rowFeatures.length);
  const weights = rowWeights.map(() => new Float32Array(rowFeatures.length));
  for (let row = 0; row + 1 < rowOffsets.length; row++) {
    for (let at = rowOffsets[row]; at < rowOffsets[row + 1]; at++) {
      const to = fill[rowFeatures[at]]++;
      rows[to] = row;
      for (let w = 0; w < rowWeights.length; w++) weights[w][to] = rowWeights[w][at];
    }
  }
  return { offsets, rows, weights };
}

/**
 * Collects variants one at a time into flat arrays (feature ids and term frequencies), so a 10k-article build keeps no
 * per-variant maps or arrays alive: garbage collection was a third of the build time before. It is the FeatureSink of
 * the variant being added: single features are interned by kind and text, pairs by the ids of their two parts, so
 * the string of a feature is made once per distinct feature rather than once per occurrence.
 */
export class VariantClassifierBuilder implements FeatureSink {
  private readonly singles: Record<SingleFeatureKind, Map<string, number>> = { w: new Map(), c: new Map() };
  private readonly parts = new Map<string, number>();
  /** Pair feature ids by kind, then by the ids of the first and second parts (small integers, no hashing). */
  private readonly pairs: Record<PairFeatureKind, Array<Map<number, number> | undefined>> = { b: [], k: [] };
  /** Feature ids of each word's character n-grams: one lookup per word instead of one per n-gram. */
  private readonly wordGrams = new Map<string, number[]>();
  private readonly features: string[] = [];
  private readonly documentFrequency: number[] = [];
  private readonly variantArticle: number[] = [];
  private readonly variantOffsets: number[] = [0];
  private readonly entryFeature: number[] = [];
  private readonly entryTf: number[] = [];
  /** Occurrences of each feature in the variant being added, and which features those are. */
  private readonly occurrences: number[] = [];
  private readonly present: number[] = [];

  /** Adds one question variant (or title) of `article`, whose features `emit` sends to this builder. */
  addVariant(article: number, emit: (sink: FeatureSink) => void): void {
    const previous = this.variantArticle[this.variantArticle.length - 1];
    if (previous !== undefined && article < previous) throw new Error('variants must be grouped by article');
    this.variantArticle.push(article);
    emit(this);
    for (const id of this.present) {
      this.documentFrequency[id]++;
      this.entryFeature.push(id);
      this.entryTf.push(sublinear(this.occurrences[id]));
      this.occurrences[id] = 0;
    }
    this.present.length = 0;
    this.variantOffsets.push(this.entryFeature.length);
  }

  single(kind: SingleFeatureKind, text: string): void {
    let id = this.singles[kind].get(text);
    if (id === undefined) {
      id = this.intern(singleFeature(kind, text));
      this.singles[kind].set(text, id);
    }
    this.count(id);
  }

  pair(kind: PairFeatureKind, first: string, second: string): void {
    const firstPart = this.part(first);
    const secondPart = this.part(second);
    let seconds = this.pairs[kind][firstPart];
    if (seconds === undefined) {
      seconds = new Map();
      this.pairs[kind][firstPart] = seconds;
    }
    let id = seconds.get(secondPart);
    if (id === undefined) {
      id = this.intern(pairFeature(kind, first, second));
      seconds.set(secondPart, id);
    }
    this.count(id);
  }

  word(word: string): void {
    let ids = this.wordGrams.get(word);
    if (ids === undefined) {
      ids = [];
      for (const gram of wordCharGrams(word)) {
        let id = this.singles.c.get(gram);
        if (id === undefined) {
          id = this.intern(singleFeature('c', gram));
          this.singles.c.set(gram, id);
        }
        ids.push(id);
      }
      this.wordGrams.set(word, ids);
    }
    for (const id of ids) this.count(id);
  }

  private part(text: string): number {
    let id = this.parts.get(text);
    if (id === undefined) {
      id = this.parts.size;
      this.parts.set(text, id);
    }
    return id;
  }

  /** A new feature (callers look up existing ones by their parts; prefixes keep kinds from colliding). */
  private intern(feature: string): number {
    const id = this.features.length;
    this.features.push(feature);
    this.documentFrequency.push(0);
    this.occurrences.push(0);
    return id;
  }

  private count(id: number): void {
    if (this.occurrences[id]++ === 0) this.present.push(id);
  }

  /** The classifier, with IDF counted over articles (the default) or over variants (see IndexOptions.classifierIdf). */
  build(articleCount: number, idfBasis: 'article' | 'variant' = 'article'): VariantClassifier {
    const { features, documentFrequency, variantOffsets, entryFeature, entryTf } = this;
    const variantCount = this.variantArticle.length;
    const articleVariants = new Uint32Array(articleCount + 1);
    for (const article of this.variantArticle) articleVariants[article + 1]++;
    for (let a = 0; a < articleCount; a++) articleVariants[a + 1] += articleVariants[a];

    let idf: Float32Array;
    if (idfBasis === 'article') idf = articleIdf(articleCount, articleVariants, variantOffsets, entryFeature, features.length);
    else {
      idf = new Float32Array(features.length);
      for (let f = 0; f < features.length; f++) idf[f] = Math.log((variantCount + 1) / (documentFrequency[f] + 1)) + 1;
    }

    // Variant vectors: sublinear TF × IDF, L2-normalised.
    const variantWeights = new Float32Array(entryFeature.length);
    for (let v = 0; v < variantCount; v++) {
      let norm = 0;
      for (let at = variantOffsets[v]; at < variantOffsets[v + 1]; at++) {
        norm += (entryTf[at] * idf[entryFeature[at]]) ** 2;
      }
      norm = Math.sqrt(norm) || 1;
      for (let at = variantOffsets[v]; at < variantOffsets[v + 1]; at++) {
        variantWeights[at] = (entryTf[at] * idf[entryFeature[at]]) / norm;
      }
    }

    // Per article: summed variant vectors → centroid (normalised) and naive Bayes log-ratios, as flat rows.
    const sums = new Float64Array(features.length);
    const articleOffsets = new Uint32Array(articleCount + 1);
    const articleFeature: number[] = [];
    const centroidWeight: number[] = [];
    const bayesWeight: number[] = [];
    const bayesPrior = new Float32Array(articleCount);
    for (let a = 0; a < articleCount; a++) {
      const first = articleFeature.length;
      for (let v = articleVariants[a]; v < articleVariants[a + 1]; v++) {
        for (let at = variantOffsets[v]; at < variantOffsets[v + 1]; at++) {
          const f = entryFeature[at];
          if (sums[f] === 0) articleFeature.push(f);
          sums[f] += variantWeights[at];
        }
      }
      let mass = 0;
      let norm = 0;
      for (let i = first; i < articleFeature.length; i++) {
        const sum = sums[articleFeature[i]];
        mass += sum;
        norm += sum * sum;
      }
      norm = Math.sqrt(norm) || 1;
      for (let i = first; i < articleFeature.length; i++) {
        const f = articleFeature[i];
        centroidWeight.push(sums[f] / norm);
        bayesWeight.push(Math.log((sums[f] + BAYES_ALPHA) / BAYES_ALPHA));
        sums[f] = 0;
      }
      articleOffsets[a + 1] = articleFeature.length;
      bayesPrior[a] = Math.log(BAYES_ALPHA) - Math.log(mass + BAYES_ALPHA * features.length);
    }

    const articlePostings = invertRows(articleOffsets, articleFeature, [centroidWeight, bayesWeight], features.length);
    const variantPostings = invertRows(variantOffsets, entryFeature, [variantWeights], features.length);
    return VariantClassifier.fromTables({
      features,
      idf,
      articleVariants,
      variantPostingOffsets: variantPostings.offsets,
      variantPostingVariants: variantPostings.rows,
      variantPostingWeights: variantPostings.weights[0],
      postingOffsets: articlePostings.offsets,
      postingArticles: articlePostings.rows,
      centroidWeights: articlePostings.weights[0],
      bayesWeights: articlePostings.weights[1],
      bayesPrior,
      unseenIdf: Math.log((idfBasis === 'article' ? articleCount : variantCount) + 1) + 1,
    });
  }
}
