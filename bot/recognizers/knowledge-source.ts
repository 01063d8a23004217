/**
 * Where the local recognizer finds knowledge-base questions: a search function that is already kept current (the
 * knowledge service's `search`, which swaps in a new snapshot on every publish), or the published question variants,
 * which are indexed here with `KnowledgeIndex` and re-indexed whenever the provider returns a different array.
 */
import { KnowledgeIndex } from '../../knowledge/search';
import type { Lang } from '../../contracts';

export interface KnowledgeHit {
  articleId: string;
  /** Calibrated confidence (0..1) that the article answers the text. */
  score: number;
  /** `KnowledgeIndex` hits carry it: the absolute similarity to the article's closest question variant. */
  explanation?: { nearestSimilarity: number };
}

export type KnowledgeSearch = (text: string, options: { lang: Lang; limit?: number }) => readonly KnowledgeHit[];

export interface QuestionVariants {
  id: string;
  lang: Lang;
  questions: readonly string[];
}

export type KnowledgeSource =
  | { search: KnowledgeSearch }
  /** Must return the same array while the knowledge base is unchanged: a new array means "re-index". */
  | { articles: () => readonly QuestionVariants[] };

export function knowledgeSearchOf(source: KnowledgeSource): KnowledgeSearch {
  if ('search' in source) return source.search;
  const articlesOf = source.articles;
  // Per recognizer, not per module: two recognizers over two knowledge bases never share an index.
  let indexed: { articles: readonly QuestionVariants[]; index: KnowledgeIndex } | undefined;
  return (text, options) => {
    const articles = articlesOf();
    if (indexed?.articles !== articles) {
      const index = KnowledgeIndex.build(
        articles.map(({ id, lang, questions }) => ({ id, lang, title: '', questions: [...questions], answer: '', tags: [] })),
      );
      indexed = { articles, index };
    }
    return indexed.index.search(text, options);
  };
}
