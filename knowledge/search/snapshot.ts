/**
 * The persisted form of a KnowledgeIndex. Versioned so that a snapshot written by an older build is rejected (and
 * rebuilt from the articles) instead of being misread.
 */
import { z } from 'zod';
import { SerializedClassifierSchema } from './classifier';
import { SerializedLunrIndexSchema } from './lunr-index';
import { IndexOptionsSchema, LanguageSchema } from './schemas';

export const SNAPSHOT_FORMAT = 'baton.knowledge-index';
export const SNAPSHOT_VERSION = 1;

export const SerializedIndexSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  options: IndexOptionsSchema,
  articles: z.array(z.object({ id: z.string(), lang: LanguageSchema })),
  /** Text of each classifier variant; null where the variant is an article title rather than a question. */
  variantQuestions: z.array(z.string().nullable()),
  /** Known words, most frequent first, for typo correction. */
  vocabulary: z.array(z.string()),
  /** Compiled synonym groups (phrases as analysed terms). */
  synonymGroups: z.array(z.array(z.array(z.string()))),
  lunr: SerializedLunrIndexSchema,
  classifier: SerializedClassifierSchema,
});
export type SerializedIndex = z.infer<typeof SerializedIndexSchema>;
