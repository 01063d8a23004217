import { z } from 'zod';

export const LangSchema = z.enum(['en', 'zh']);
export type Lang = z.infer<typeof LangSchema>;

export const ArticleStatusSchema = z.enum(['draft', 'in_review', 'published', 'archived']);
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;

const articleId = z
  .string()
  .trim()
  .min(1, 'id is required')
  .max(120, 'id has at most 120 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'id may contain letters, digits and . _ : - only');

/** What an editor writes: the content of an article. */
export const ArticleContentSchema = z.object({
  id: articleId,
  lang: LangSchema,
  title: z.string().trim().min(1, 'title is required').max(300),
  questions: z.array(z.string().trim().min(1).max(1000)).min(1, 'an article needs at least one question').max(200),
  answer: z.string().trim().min(1, 'answer is required').max(20000),
  tags: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
});
export type ArticleContent = z.infer<typeof ArticleContentSchema>;
export type ArticleContentInput = z.input<typeof ArticleContentSchema>;

export const ArticleSchema = ArticleContentSchema.extend({
  status: ArticleStatusSchema,
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Article = z.infer<typeof ArticleSchema>;
