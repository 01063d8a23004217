/**
 * BANKING77: one article per intent. With 10 question variants per article (the rest of the intent's texts are the
 * questions) and with all variants (80 % variants, 20 % questions per intent). Split by a seeded shuffle per intent.
 */
import { KnowledgeIndex, type IndexableArticle } from '../../knowledge/search';
import { groupByLabel, loadBanking77, shuffled, type LabelledText } from './knowledge-data';
import { articlesFromIntents, batonPeer, progress, top1Accuracy, type AccuracyFigure } from './knowledge-eval';
import { lunrDefaultPeer, miniSearchPeer, naturalBayesPeer, type Peer } from './knowledge-peers';

/** The split the benchmark reports. Seeds 2 and 3 are the ones ranking weights were tuned on. */
export const REPORTED_SEED = 1;
/** natural's BayesClassifier is slow (vocabulary-long feature vectors): it is scored on at most this many questions. */
const BAYES_MAX_QUESTIONS = 1500;
const BAYES_MAX_DOCUMENTS = 2000;

export interface BankingSplit {
  articles: IndexableArticle[];
  questions: LabelledText[];
}

export function bankingSplit(seed: number, variantsPerIntent: number | 'all-but-20-percent'): BankingSplit {
  const variants = new Map<string, string[]>();
  const questions: LabelledText[] = [];
  let intent = 0;
  for (const [label, texts] of groupByLabel(loadBanking77())) {
    const order = shuffled(texts, seed * 1000 + intent++);
    const kept = variantsPerIntent === 'all-but-20-percent' ? Math.round(order.length * 0.8) : variantsPerIntent;
    variants.set(label, order.slice(0, kept));
    for (const text of order.slice(kept)) questions.push({ text, label });
  }
  return { articles: articlesFromIntents(variants, 'en'), questions };
}

function measure(split: BankingSplit): Record<string, AccuracyFigure & { buildMs?: number }> {
  const started = performance.now();
  const index = KnowledgeIndex.build(split.articles);
  const buildMs = Math.round(performance.now() - started);
  const peers: Peer[] = [lunrDefaultPeer(split.articles), miniSearchPeer(split.articles)];
  const figures: Record<string, AccuracyFigure & { buildMs?: number }> = {
    baton: { ...top1Accuracy(batonPeer(index), split.questions), buildMs },
  };
  for (const peer of peers) {
    progress(`banking77: ${peer.name}`);
    figures[peer.name] = top1Accuracy(peer, split.questions);
  }
  const bayes = naturalBayesPeer(split.articles, BAYES_MAX_DOCUMENTS);
  if (bayes) {
    progress('banking77: natural-bayes');
    figures[bayes.name] = top1Accuracy(bayes, shuffled(split.questions, 7).slice(0, BAYES_MAX_QUESTIONS));
  }
  return figures;
}

export function runBanking(): Record<string, unknown> {
  progress('banking77: 10 variants per article');
  const tenVariants = measure(bankingSplit(REPORTED_SEED, 10));
  progress('banking77: all variants');
  const allVariants = measure(bankingSplit(REPORTED_SEED, 'all-but-20-percent'));
  return {
    split: `seeded shuffle per intent (seed ${REPORTED_SEED}); article = intent, title from the intent label`,
    tenVariantsPerArticle: tenVariants,
    allVariants: { ...allVariants, note: '80% of each intent as variants, 20% as questions' },
    bayesNote: `natural-bayes scored on ≤${BAYES_MAX_QUESTIONS} sampled questions, skipped above ${BAYES_MAX_DOCUMENTS} training documents`,
  };
}
