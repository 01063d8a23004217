/**
 * AFQMC (Chinese customer-service questions): pairs marked as the same question. Every distinct first question is an
 * article; every second question is asked, and the answer is right when the top article is one it was paired with.
 */
import { KnowledgeIndex, type IndexableArticle } from '../../knowledge/search';
import { loadAfqmcMatches, shuffled, type LabelledText } from './knowledge-data';
import { batonPeer, progress, round } from './knowledge-eval';
import { lunrDefaultPeer, lunrSegmenterPeer, miniSearchPeer, type Peer } from './knowledge-peers';

/** Questions asked per retriever: a seeded sample, because lunr with Intl.Segmenter tokens takes ~80 ms a question. */
const QUESTIONS = 1200;

export function runAfqmc(): Record<string, unknown> {
  const pairs = loadAfqmcMatches();
  const articleIdByText = new Map<string, string>();
  for (const { first } of pairs) if (!articleIdByText.has(first)) articleIdByText.set(first, `q${articleIdByText.size}`);
  const articles: IndexableArticle[] = [...articleIdByText].map(([text, id]) => ({
    id,
    title: '',
    questions: [text],
    answer: '',
    tags: [],
    lang: 'zh',
  }));
  const acceptable = new Map<string, Set<string>>();
  for (const { first, second } of pairs) {
    const ids = acceptable.get(second) ?? new Set<string>();
    ids.add(articleIdByText.get(first) ?? '');
    acceptable.set(second, ids);
  }
  const questions: LabelledText[] = shuffled([...acceptable.keys()], 11)
    .slice(0, QUESTIONS)
    .map((text) => ({ text, label: '' }));

  const started = performance.now();
  const index = KnowledgeIndex.build(articles);
  const buildMs = Math.round(performance.now() - started);
  const peers: Peer[] = [batonPeer(index), lunrSegmenterPeer(articles), lunrDefaultPeer(articles), miniSearchPeer(articles)];
  const figures: Record<string, unknown> = {
    articles: articles.length,
    questions: questions.length,
    batonBuildMs: buildMs,
  };
  for (const peer of peers) {
    progress(`afqmc: ${peer.name}`);
    const t0 = performance.now();
    let right = 0;
    for (const { text } of questions) if (acceptable.get(text)?.has(peer.best(text)?.articleId ?? '')) right++;
    figures[peer.name] = {
      top1: round(right / questions.length),
      msPerQuestion: round((performance.now() - t0) / questions.length, 3),
    };
  }
  return figures;
}
