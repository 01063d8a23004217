/** What editors send: article content plus the workflow metadata they may set. */
import { z } from 'zod';
import { ArticleContentSchema, ArticleStatusSchema, IsoDateSchema } from '../articles';
import { LangSchema } from '../../contracts';

export const ArticleDraftSchema = ArticleContentSchema.extend({
  owner: z.string().trim().max(200).nullable().optional(),
  reviewBy: IsoDateSchema.nullable().optional(),
});
export type ArticleDraft = z.infer<typeof ArticleDraftSchema>;
export type ArticleDraftInput = z.input<typeof ArticleDraftSchema>;

export const ArticleListFilterSchema = z.object({
  status: ArticleStatusSchema.optional(),
  lang: LangSchema.optional(),
  /** Words to find in the id, title, question variants or tags (plain text, case-insensitive). */
  q: z.string().trim().max(200).optional(),
  stale: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ArticleListFilter = z.infer<typeof ArticleListFilterSchema>;
export type ArticleListFilterInput = z.input<typeof ArticleListFilterSchema>;
