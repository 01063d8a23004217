/**
 * What a recognizer says about one customer message: the intent it reads, how sure it is, where the reading came
 * from, the entities it saw and the runner-up intents. Plain JSON, so it can be logged, stored and printed by the CLI;
 * the type is inferred from the schema so the two cannot drift apart.
 */
import { z } from 'zod';

/** Intents every Baton recognizer speaks, whatever produced them. Knowledge-base questions are `kb:<articleId>`. */
export const BUILT_IN_INTENTS = ['greeting', 'thanks', 'goodbye', 'agent_request', 'complaint', 'none'] as const;
export type BuiltInIntent = (typeof BUILT_IN_INTENTS)[number];

const KB_PREFIX = 'kb:';

/** The intent for a question the knowledge-base article `articleId` answers. */
export function kbIntent(articleId: string): string {
  return `${KB_PREFIX}${articleId}`;
}

/** The article id of a `kb:<articleId>` intent; undefined for any other intent. */
export function articleIdOf(intent: string): string | undefined {
  return intent.startsWith(KB_PREFIX) && intent.length > KB_PREFIX.length ? intent.slice(KB_PREFIX.length) : undefined;
}

/**
 * Why a recognition came from the local recognizer although CLU is configured: the deadline passed, CLU answered
 * with a non-2xx status, its answer was not the documented shape, the connection failed, something else threw, or
 * CLU failed so often lately that it is being skipped for a while.
 */
export const FallbackReasonSchema = z.enum([
  'timeout',
  'http-error',
  'malformed-response',
  'network-error',
  'error',
  'circuit-open',
]);
export type FallbackReason = z.infer<typeof FallbackReasonSchema>;

const confidence = z.number().min(0).max(1);

export const RecognitionSchema = z.object({
  /** A built-in intent, `kb:<articleId>`, or (from CLU) a project intent with no Baton mapping, passed through. */
  intent: z.string().min(1),
  confidence,
  source: z.enum(['local', 'clu']),
  entities: z.array(z.object({ category: z.string(), text: z.string(), confidence: confidence.optional() })),
  /** Other intents the recognizer considered, most likely first; never repeats `intent`. */
  alternatives: z.array(z.object({ intent: z.string().min(1), confidence })),
  /** Set when CLU was configured but the local recognizer answered instead. */
  fallbackReason: FallbackReasonSchema.optional(),
  /** One line for the logs about that failure (status, error code); never the key or the customer's text. */
  fallbackDetail: z.string().optional(),
});
export type Recognition = z.infer<typeof RecognitionSchema>;
export type RecognizedEntity = Recognition['entities'][number];

export interface RecognizeContext {
  lang: 'en' | 'zh';
  /** Aborts a remote call (the fallback recognizer's deadline); local recognizers ignore it. */
  signal?: AbortSignal;
}

export interface Recognizer {
  recognize(text: string, context: RecognizeContext): Promise<Recognition>;
}
