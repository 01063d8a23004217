import type { Article, ArticleContent, ArticleStatus } from './articles';

/** Articles and their published versions. */
export interface ArticleStore {
  count(): Promise<number>;
  get(id: string): Promise<Article | undefined>;
  list(filter?: { status?: ArticleStatus; lang?: string }): Promise<Article[]>;
  /** Published content of every published article: what the search index is built from. */
  listPublished(): Promise<Article[]>;
  /** Inserts or replaces articles as published, each becoming a new version, all in one transaction. */
  publishAll(articles: ArticleContent[], options?: { replace?: boolean }): Promise<Article[]>;
}
