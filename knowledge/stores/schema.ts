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
  /** Latest published version number (0: never published). */
  version: number;
  created_at: string;
  updated_at: string;
  // Added by knowledge-0002-editorial.
  product?: string | null;
  /** JSON array of follow-up article ids. */
  follow_ups?: string;
  /** Version customers are answered from; null when nothing is live. */
  live_version?: number | null;
  revision?: number;
  owner?: string | null;
  /** YYYY-MM-DD. */
  review_by?: string | null;
  review_note?: string | null;
}

export interface ArticleVersionsTable {
  article_id: string;
  version: number;
  /** JSON of the article content as published. */
  content: string;
  published_at: string;
  // Added by knowledge-0002-editorial.
  published_by?: string | null;
  note?: string | null;
}

/** One "was this helpful?" answer from a customer (knowledge-0003-feedback). */
export interface ArticleFeedbackTable {
  id: string;
  article_id: string;
  /** 1 helpful, 0 not helpful. */
  helpful: number;
  created_at: string;
  /** Who voted (knowledge-0005): one vote per conversation and article. Null on votes from before. */
  conversation_id: string | null;
}

/** A customer question the bot could not answer confidently (knowledge-0003-feedback). */
export interface UnansweredQuestionsTable {
  id: string;
  /** Normalised text: questions with the same key are one group in the review queue. */
  group_key: string;
  text: string;
  lang: string;
  /** `no-answer` (nothing matched) or `low-confidence` (a best article below the answer threshold). */
  reason: string;
  best_article_id: string | null;
  score: number | null;
  created_at: string;
  /** open · resolved · dismissed */
  status: string;
  resolved_at: string | null;
  /** What the editor did: "variant:<articleId>", "article:<articleId>" or "dismissed". */
  resolution: string | null;
  /** The conversation it came from (knowledge-0005); null on questions from before. */
  conversation_id: string | null;
}

/** The synonym list's header (knowledge-0004-synonyms): one row, id 1, present once the list was seeded or saved. */
export interface SynonymListsTable {
  id: number;
  revision: number;
  updated_at: string;
  /** null: seeded from the synonyms file. */
  updated_by: string | null;
}

/** One group of the synonym list (knowledge-0004-synonyms). */
export interface SynonymGroupsTable {
  /** 0-based order in the list. */
  position: number;
  term: string;
  /** JSON array of synonyms. */
  synonyms: string;
}

export interface KnowledgeTables {
  articles: ArticlesTable;
  article_versions: ArticleVersionsTable;
  article_feedback: ArticleFeedbackTable;
  unanswered_questions: UnansweredQuestionsTable;
  synonym_lists: SynonymListsTable;
  synonym_groups: SynonymGroupsTable;
}
