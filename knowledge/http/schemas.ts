/** Shapes of the knowledge API's requests. */
import { z } from 'zod';
import { ArticleIdSchema, IsoDateSchema } from '../articles';
import { TransferFormatSchema } from '../transfer/read-source';
import { ArticleDraftSchema } from '../workflow/schemas';
import { LangSchema } from '../../contracts';

export const RevisionSchema = z.object({ revision: z.number().int().nonnegative({ message: 'send the revision you loaded' }) });

export const SaveArticleSchema = ArticleDraftSchema.extend(RevisionSchema.shape);
export const RejectSchema = RevisionSchema.extend({ note: z.string().trim().max(2000).nullable().optional() });
export const PublishSchema = RevisionSchema.extend({ note: z.string().trim().max(2000).nullable().optional() });
export const RollbackSchema = RevisionSchema.extend({ version: z.number().int().positive() });
export const MarkReviewedSchema = RevisionSchema.extend({ reviewBy: IsoDateSchema.optional() });

export const ArticleIdParamSchema = ArticleIdSchema;
export const VersionParamSchema = z.coerce.number().int().positive();
export const DiffQuerySchema = z.object({
  from: z.union([z.literal('working'), z.coerce.number().int().positive()]),
  to: z.union([z.literal('working'), z.coerce.number().int().positive()]).default('working'),
});

export const PreviewSchema = z.object({ markdown: z.string().max(20000, 'an answer has at most 20000 characters') });
export const TestQuestionSchema = z.object({
  text: z.string().trim().min(1, 'type a question').max(4000),
  lang: LangSchema.optional(),
});

export const ExportQuerySchema = z.object({ format: z.enum(['csv', 'tsv']).default('csv') });
export const ImportQuerySchema = z.object({
  format: TransferFormatSchema.exclude(['md']),
  publish: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  replace: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});
