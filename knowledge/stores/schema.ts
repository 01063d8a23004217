/** Tables owned by `knowledge/`. */
export interface ArticlesTable {
  id: string;
  lang: string;
  title: string;
  /** JSON array of question variants. */
  questions: string;
  answer: string;
  /** JSON array of tags. */
  tags: string;
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ArticleVersionsTable {
  article_id: string;
  version: number;
  /** JSON of the article content as published. */
  content: string;
  published_at: string;
}

export interface KnowledgeTables {
  articles: ArticlesTable;
  article_versions: ArticleVersionsTable;
}
