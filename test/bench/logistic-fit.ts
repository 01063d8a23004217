/**
 * The logistic regression both sentiment trainers fit (train-sentiment-en.ts, train-sentiment-zh.ts): P(negative) =
 * σ(-(bias + lexicon·score + Σ w)), so that negative weights read negative as on the lexicon's scale. Full-batch
 * gradient with Adam steps and no shuffling: every run gives the same weights, fast enough for ten thousand texts.
 */

export interface Example {
  features: number[];
  lexicon: number;
  negative: boolean;
  /** How much the example counts in the fit (1 for a review). */
  weight: number;
}

export interface Fitted {
  bias: number;
  lexicon: number;
  weights: Float64Array;
}

const LEARNING_RATE = 0.05;

/** Features seen in at least `minDocs` texts, numbered in sorted order. */
export function buildVocabulary(docs: ReadonlyArray<readonly string[]>, minDocs: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const f of doc) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minDocs).map(([f]) => f).sort();
  return new Map(names.map((f, i) => [f, i]));
}

/**
 * `maxWeight` caps every feature weight after each step (projected gradient): at 0, features can only read negative,
 * as evidence of a complaint that cannot excuse one.
 */
export function fit(examples: readonly Example[], size: number, l2: number, epochs: number, maxWeight = Infinity): Fitted {
  let n = 0;
  for (const ex of examples) n += ex.weight;
  const params = new Float64Array(size + 2); // weights, bias, lexicon
  const m = new Float64Array(size + 2);
  const v = new Float64Array(size + 2);
  const grad = new Float64Array(size + 2);
  const BIAS = size;
  const LEX = size + 1;
  params[LEX] = 3;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    grad.fill(0);
    for (const ex of examples) {
      let z = params[BIAS] + params[LEX] * ex.lexicon;
      for (const f of ex.features) z += params[f];
      // y = 1 for a positive-leaning review: the model's score is high when the review is not negative.
      const y = ex.negative ? 0 : 1;
      const p = 1 / (1 + Math.exp(-z));
      const g = (ex.weight * (p - y)) / n;
      grad[BIAS] += g;
      grad[LEX] += g * ex.lexicon;
      for (const f of ex.features) grad[f] += g;
    }
    for (let i = 0; i < size; i++) grad[i] += l2 * params[i];
    const b1 = 0.9;
    const b2 = 0.999;
    for (let i = 0; i < size + 2; i++) {
      m[i] = b1 * m[i] + (1 - b1) * grad[i];
      v[i] = b2 * v[i] + (1 - b2) * grad[i] * grad[i];
      const mh = m[i] / (1 - b1 ** epoch);
      const vh = v[i] / (1 - b2 ** epoch);
      params[i] -= (LEARNING_RATE * mh) / (Math.sqrt(vh) + 1e-8);
      if (i < size && params[i] > maxWeight) params[i] = maxWeight;
    }
  }
  return { bias: params[BIAS], lexicon: params[LEX], weights: params.slice(0, size) };
}

