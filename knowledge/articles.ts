import { z } from 'zod';
import { LangSchema } from '../contracts';
import { unsafeLinks } from './links';

/**
 * Editorial life of an article's working copy. The transitions themselves live in `workflow/article-workflow.ts`,
 * the only place that decides a status change.
 */
export const ArticleStatusSchema = z.enum(['draft', 'in_review', 'published', 'archived']);
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;

export const ArticleIdSchema = z
  .string()
  .trim()
  .min(1, 'id is required')
  .max(120, 'id has at most 120 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'id may contain letters, digits and . _ : - only (and starts with a letter or digit)');

const AnswerTextSchema = z.string().trim().min(1, 'answer is required').max(20000);

/** Markdown whose links are all web, mail, phone or within the site (see links.ts). */
const AnswerSchema = AnswerTextSchema.superRefine((answer, ctx) => {
  for (const url of unsafeLinks(answer).slice(0, 3)) {
    const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
    ctx.addIssue({ code: 'custom', message: `the link "${shown}" is not allowed: links may be https, http, mailto or tel, or point within the site` });
  }
});

/** What an editor writes: the content of an article. Every published version keeps a copy of exactly this. */
export const ArticleContentSchema = z.object({
  id: ArticleIdSchema,
  lang: LangSchema,
  title: z.string().trim().min(1, 'title is required').max(300),
  questions: z.array(z.string().trim().min(1, 'a question variant may not be empty').max(1000)).min(1, 'an article needs at least one question').max(200),
  answer: AnswerSchema,
  tags: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  /** Product or area the article belongs to ("store", "payments"); optional. */
  product: z.string().trim().min(1).max(80).optional(),
  /**
   * Follow-up prompts: ids of related articles the bot offers as suggested actions after answering with this one
   * (QnA Maker's multi-turn prompts). Only published ones are offered.
   */
  followUps: z.array(ArticleIdSchema).max(10, 'at most 10 follow-up prompts').default([]),
});
export type ArticleContent = z.infer<typeof ArticleContentSchema>;
export type ArticleContentInput = z.input<typeof ArticleContentSchema>;

/**
 * Content as read back from the database: saved before links were checked, an answer may hold one; the article must
 * still open so that an editor can fix it.
 */
export const StoredArticleContentSchema = ArticleContentSchema.extend({ answer: AnswerTextSchema });

export const ArticleSchema = StoredArticleContentSchema.extend({
  status: ArticleStatusSchema,
  /** Number of the latest published version; 0 when the article was never published. */
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** A calendar day, YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date({ message: 'use a date like 2026-12-31' });

/**
 * The editorial view of an article: its working copy plus workflow metadata. The live (published) content may differ
 * from the working copy while an edit is in draft or in review; `liveVersion` says which version customers get.
 */
export const ArticleRecordSchema = ArticleSchema.extend({
  /** Version customers are answered from; null when nothing is live (never published, or archived). */
  liveVersion: z.number().int().positive().nullable(),
  /** Optimistic-concurrency counter: every write increments it; writers send the value they read. */
  revision: z.number().int().nonnegative(),
  owner: z.string().nullable(),
  /** When the article must be checked again; past it the article is flagged stale. */
  reviewBy: IsoDateSchema.nullable(),
  /** Last reviewer's note when a review sent the article back to draft. */
  reviewNote: z.string().nullable(),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** One published version as kept in the history. */
export const ArticleVersionSchema = z.object({
  articleId: z.string(),
  version: z.number().int().positive(),
  content: StoredArticleContentSchema,
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
  note: z.string().nullable(),
});
export type ArticleVersion = z.infer<typeof ArticleVersionSchema>;

/** The indexable fields of an article's content, in a fixed order (for fingerprints and comparisons). */
export function contentOf(article: ArticleContent): ArticleContent {
  const content: ArticleContent = {
    id: article.id,
    lang: article.lang,
    title: article.title,
    questions: [...article.questions],
    answer: article.answer,
    tags: [...article.tags],
    followUps: [...(article.followUps ?? [])],
  };
  if (article.product) content.product = article.product;
  return content;
}
