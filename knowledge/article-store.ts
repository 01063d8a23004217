import type { Article, ArticleContent, ArticleRecord, ArticleStatus, ArticleVersion } from './articles';

/** Articles and their published versions: what the search snapshot needs. */
export interface ArticleStore {
  count(): Promise<number>;
  get(id: string): Promise<Article | undefined>;
  list(filter?: { status?: ArticleStatus; lang?: string }): Promise<Article[]>;
  /** Live content of every article customers can be answered with: what the search index is built from. */
  listPublished(): Promise<Article[]>;
  /** Inserts or replaces articles as published, each becoming a new version, all in one transaction. */
  publishAll(articles: ArticleContent[], options?: { replace?: boolean; publishedBy?: string }): Promise<Article[]>;
}

/** A change to an article's working copy; fields left out stay as they are. */
export interface WorkingCopyChange {
  content?: ArticleContent;
  status?: ArticleStatus;
  owner?: string | null;
  reviewBy?: string | null;
  reviewNote?: string | null;
  liveVersion?: number | null;
}

/**
 * The editorial side: working copies, workflow metadata and version history. Writes take the revision the caller
 * read and return undefined when someone else wrote in between (optimistic concurrency); they never decide a status
 * themselves: `workflow/article-workflow.ts` does.
 */
export interface EditorialStore extends ArticleStore {
  getRecord(id: string): Promise<ArticleRecord | undefined>;
  listRecords(filter?: { status?: ArticleStatus; lang?: string }): Promise<ArticleRecord[]>;
  /** Inserts a new article; undefined when the id is taken. */
  create(content: ArticleContent, meta: { status: ArticleStatus; owner: string | null; reviewBy: string | null }): Promise<ArticleRecord | undefined>;
  update(id: string, expectedRevision: number, change: WorkingCopyChange): Promise<ArticleRecord | undefined>;
  /** Makes `content` the next published version and the live one, in one transaction. */
  publishVersion(
    id: string,
    expectedRevision: number,
    content: ArticleContent,
    meta: { publishedBy: string | null; note: string | null; reviewBy: string | null },
  ): Promise<{ record: ArticleRecord; version: ArticleVersion } | undefined>;
  listVersions(id: string): Promise<ArticleVersion[]>;
  getVersion(id: string, version: number): Promise<ArticleVersion | undefined>;
  /** Imports articles as drafts (existing live versions stay live), all in one transaction. */
  importDrafts(contents: ArticleContent[], options?: { replace?: boolean }): Promise<ArticleRecord[]>;
  /** Changes whenever the live content changes (cheap; polled to notice edits made by another process). */
  liveMarker(): Promise<string>;
}
