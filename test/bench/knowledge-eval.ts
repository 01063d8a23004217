/** Scoring shared by every knowledge benchmark: the same questions and the same rule for every retriever. */
import { KnowledgeIndex, type IndexableArticle } from '../../knowledge/search';
import type { LabelledText } from './knowledge-data';
import type { Peer } from './knowledge-peers';

export function batonPeer(index: KnowledgeIndex): Peer {
  return {
    name: 'baton',
    best(text) {
      const [top] = index.search(text, { limit: 3 });
      return top ? { articleId: top.articleId, score: top.score } : undefined;
    },
  };
}

export interface AccuracyFigure {
  top1: number;
  questions: number;
  msPerQuestion: number;
}

/** Share of questions whose best article is the expected one (label = article id). */
export function top1Accuracy(peer: Peer, questions: readonly LabelledText[]): AccuracyFigure {
  const started = performance.now();
  let correct = 0;
  for (const { text, label } of questions) if (peer.best(text)?.articleId === label) correct++;
  const elapsed = performance.now() - started;
  return {
    top1: round(correct / Math.max(1, questions.length)),
    questions: questions.length,
    msPerQuestion: round(elapsed / Math.max(1, questions.length), 3),
  };
}

export function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** One article per intent: the label as title (as an editor would name it), variants as its questions. */
export function articlesFromIntents(variants: ReadonlyMap<string, string[]>, lang: 'en' | 'zh'): IndexableArticle[] {
  return [...variants].map(([label, questions]) => ({
    id: label,
    title: label.replace(/[_-]+/g, ' '),
    questions,
    answer: '',
    tags: [],
    lang,
  }));
}

export function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}
