/**
 * Tuning harness for ranking changes (not a benchmark section) on two disjoint halves of BANKING77: each intent's
 * texts are shuffled once and cut in two, so no text of the development half is ever a variant or a question of the
 * check half. Within a half, several seeded splits take 10 variants per intent and ask the rest. Tune on `dev`,
 * report `check` once. `npx tsx test/bench/knowledge-banking-halves.ts [dev|check|both] [splits]`.
 */
import { KnowledgeIndex } from '../../knowledge/search';
import { groupByLabel, loadBanking77, shuffled, type LabelledText } from './knowledge-data';
import { articlesFromIntents } from './knowledge-eval';

const HALVES_SEED = 77;
const VARIANTS = 10;

function halves(): Record<'dev' | 'check', Map<string, string[]>> {
  const dev = new Map<string, string[]>();
  const check = new Map<string, string[]>();
  let intent = 0;
  for (const [label, texts] of groupByLabel(loadBanking77())) {
    const order = shuffled(texts, HALVES_SEED * 1000 + intent++);
    const cut = Math.floor(order.length / 2);
    dev.set(label, order.slice(0, cut));
    check.set(label, order.slice(cut));
  }
  return { dev, check };
}

function accuracy(pool: Map<string, string[]>, seed: number): number {
  const variants = new Map<string, string[]>();
  const questions: LabelledText[] = [];
  let intent = 0;
  for (const [label, texts] of pool) {
    const order = shuffled(texts, seed * 1000 + intent++);
    variants.set(label, order.slice(0, VARIANTS));
    for (const text of order.slice(VARIANTS)) questions.push({ text, label });
  }
  const index = KnowledgeIndex.build(articlesFromIntents(variants, 'en'));
  let correct = 0;
  for (const { text, label } of questions) if (index.search(text, { limit: 3 })[0]?.articleId === label) correct++;
  return correct / questions.length;
}

function main(): void {
  const which = process.argv[2] ?? 'dev';
  const splits = Number(process.argv[3] ?? 3);
  const pools = halves();
  for (const half of ['dev', 'check'] as const) {
    if (which !== half && which !== 'both') continue;
    const figures: number[] = [];
    for (let seed = 1; seed <= splits; seed++) figures.push(accuracy(pools[half], seed));
    const mean = figures.reduce((a, b) => a + b, 0) / figures.length;
    process.stdout.write(`${half}: mean ${mean.toFixed(4)} (${figures.map((f) => f.toFixed(4)).join(' ')})\n`);
  }
}

main();
