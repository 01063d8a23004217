/**
 * A remote recognizer (Azure CLU) with the local recognizer behind it. The remote one gets `timeoutMs`; on an error,
 * a non-2xx answer, a malformed answer or the deadline, the local recognizer answers at once and the result says why
 * (`source: 'local'`, `fallbackReason`). Repeated failures open a circuit breaker so that an outage does not add the
 * full deadline to every customer's reply.
 */
import { CircuitBreaker } from './circuit-breaker';
import { withDeadline } from './deadline';
import { RecognizerError } from './recognizer-error';
import type { FallbackReason, Recognition, RecognizeContext, Recognizer } from './recognition';

export interface FallbackRecognizerOptions {
  timeoutMs: number;
  circuitBreaker?: { failures: number; cooldownMs: number };
  /** One line per fallback, for the operator's log. */
  log?: (line: string) => void;
  now?: () => number;
}

export function createFallbackRecognizer(primary: Recognizer, fallback: Recognizer, options: FallbackRecognizerOptions): Recognizer {
  const breaker = options.circuitBreaker ? new CircuitBreaker({ ...options.circuitBreaker, now: options.now }) : undefined;

  async function fallBack(text: string, context: RecognizeContext, reason: FallbackReason, detail: string): Promise<Recognition> {
    const local = await fallback.recognize(text, { lang: context.lang });
    return { ...local, source: 'local', fallbackReason: reason, fallbackDetail: detail };
  }

  return {
    async recognize(text, context) {
      // Nothing to send: the local recognizer says `none` without a round trip.
      if (!text.trim()) return fallback.recognize(text, { lang: context.lang });
      if (breaker && !breaker.allows()) {
        return fallBack(text, context, 'circuit-open', `skipped after repeated failures; next try in ${Math.ceil(breaker.retryInMs() / 1000)} s`);
      }
      try {
        const result = await withDeadline((signal) => primary.recognize(text, { lang: context.lang, signal }), options.timeoutMs, context.signal);
        breaker?.succeeded();
        return result;
      } catch (err) {
        breaker?.failed();
        const { reason, detail } = RecognizerError.from(err);
        options.log?.(`[recognizer] CLU failed (${reason}: ${detail}); answered by the local recognizer`);
        return fallBack(text, context, reason, detail);
      }
    },
  };
}
