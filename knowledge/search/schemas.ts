/**
 * Shapes of everything that crosses this module's boundary: articles handed to `build()`, index options, decision
 * thresholds and the persisted snapshot. Types are inferred from the schemas so the two can never drift apart.
 */
import { z } from 'zod';
import { LangSchema } from '../../contracts';


export const IndexableArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  questions: z.array(z.string()),
  answer: z.string(),
  tags: z.array(z.string()),
  lang: LangSchema,
});
export type IndexableArticle = z.infer<typeof IndexableArticleSchema>;

export const FieldBoostsSchema = z.object({
  title: z.number().nonnegative(),
  questions: z.number().nonnegative(),
  answer: z.number().nonnegative(),
  tags: z.number().nonnegative(),
});
export type FieldBoosts = z.infer<typeof FieldBoostsSchema>;

export const IndexOptionsSchema = z.object({
  /** Editor-maintained synonyms: each key and its values are interchangeable phrases ("refund": ["money back"]). */
  synonyms: z.record(z.string(), z.array(z.string())),
  /** The field index's per-field BM25 boosts (field-index.ts). */
  boosts: FieldBoostsSchema,
  /**
   * What the classifier's IDF counts: articles (a word most of one article's variants share is what tells that article
   * apart, and is not penalised for it; +1 point top-1 on BANKING77 tuning splits) or variants (for an index of a few
   * example sets read by absolute similarity, as the built-in intents are).
   */
  classifierIdf: z.enum(['article', 'variant']),
});
export type IndexOptions = z.infer<typeof IndexOptionsSchema>;

export const SearchOptionsSchema = z.object({
  /** When given, only articles in this language are returned. */
  lang: LangSchema.optional(),
  /** Maximum number of hits (default 10; values above 50 mean 50). */
  limit: z.number().int().positive().optional(),
  /** Articles left out of the search, as if they were not published (a follow-up about what an answer did not say). */
  exclude: z.array(z.string()).max(50).optional(),
});
export type SearchOptions = z.infer<typeof SearchOptionsSchema>;

export const DecisionThresholdsSchema = z
  .object({
    /** Confidence at or above which the best hit may be answered directly. */
    answer: z.number().min(0).max(1),
    /** The best hit must lead the runner-up by at least this much confidence to be answered without asking. */
    margin: z.number().min(0).max(1),
    /** Below this confidence in the best hit the bot falls back; from it up to `answer` it asks which was meant. */
    clarify: z.number().min(0).max(1),
    /** A clarification also needs this probability that the message is in scope at all (calibrate.ts). */
    inScope: z.number().min(0).max(1).default(0),
    /**
     * An answer also needs this in-scope probability; a confident hit on a message less likely in scope is offered as
     * a choice instead ("how do i return something to ikea" matches our returns article but may not be about us).
     */
    answerInScope: z.number().min(0).max(1).default(0),
    /**
     * The answer gate for messages in one language (the best hit's article language), in place of `answerInScope`:
     * in-scope probabilities do not read the same in every language (decide.ts). `{}` leaves one gate for all.
     */
    answerInScopeByLanguage: z.object({ en: z.number().min(0).max(1).optional(), zh: z.number().min(0).max(1).optional() }).default({}),
    /** Runner-up hits at or above this confidence join the best one as choices in a clarification. */
    choice: z.number().min(0).max(1),
    /** Most choices offered in a clarification (suggested actions). */
    maxChoices: z.number().int().min(1).max(3),
  })
  .refine((t) => t.clarify <= t.answer, { message: 'clarify threshold must not exceed answer threshold' })
  .refine((t) => t.choice <= t.clarify, { message: 'choice threshold must not exceed clarify threshold' });
export type DecisionThresholds = z.infer<typeof DecisionThresholdsSchema>;
