/**
 * CLU's answer (as the SDK hands it over, `confidenceScore` already renamed `confidence`) checked against its
 * documented shape and turned into a Recognition in Baton's intent names. Anything else (an orchestration project, a
 * prediction without intents, scores outside 0..1) is a malformed response: the fallback answers instead.
 */
import { z } from 'zod';
import { RecognizerError } from './recognizer-error';
import type { Recognition } from './recognition';

/** CLU's own "nothing matched" intent. */
export const DEFAULT_INTENT_MAP: Readonly<Record<string, string>> = Object.freeze({ None: 'none' });

const unit = z.number().min(0).max(1);

const CluResponseSchema = z.object({
  kind: z.literal('ConversationResult'),
  result: z.object({
    query: z.string(),
    prediction: z.object({
      projectKind: z.literal('Conversation'),
      topIntent: z.string().optional(),
      intents: z.array(z.object({ category: z.string().min(1), confidence: unit })).min(1),
      entities: z.array(z.object({ category: z.string(), text: z.string(), confidence: unit.optional() })).default([]),
    }),
  }),
});

export function recognitionFromClu(response: unknown, intentMap: Readonly<Record<string, string>>, maxAlternatives = 5): Recognition {
  const parsed = CluResponseSchema.safeParse(response);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RecognizerError('malformed-response', `${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  const { topIntent, intents, entities } = parsed.data.result.prediction;
  // Own entries only: a CLU category named like an inherited member ("constructor") keeps its own name.
  const mapped = (map: Readonly<Record<string, string>>, category: string) => (Object.hasOwn(map, category) ? map[category] : undefined);
  const rename = (category: string) => mapped(intentMap, category) ?? mapped(DEFAULT_INTENT_MAP, category) ?? category;

  // Several CLU intents may map to one Baton intent: keep its best score.
  const scores = new Map<string, number>();
  for (const { category, confidence } of intents) {
    const intent = rename(category);
    scores.set(intent, Math.max(confidence, scores.get(intent) ?? 0));
  }
  const ranked = [...scores].map(([intent, confidence]) => ({ intent, confidence })).sort((a, b) => b.confidence - a.confidence);
  // CLU names its top intent; trust it over the order of the list, as long as it is one of the listed intents.
  const top = (topIntent !== undefined && ranked.find((r) => r.intent === rename(topIntent))) || ranked[0];

  return {
    intent: top.intent,
    confidence: top.confidence,
    source: 'clu',
    entities: entities.map(({ category, text, confidence }) => ({ category, text, ...(confidence === undefined ? {} : { confidence }) })),
    alternatives: ranked.filter((r) => r.intent !== top.intent).slice(0, maxAlternatives),
  };
}
