/**
 * Runs a cancellable call against a deadline. At the deadline the call's signal is aborted and the returned promise
 * rejects with a `timeout` RecognizerError at once, whether or not the call honours the signal: the customer's reply
 * must not wait on a client library's clean-up.
 */
import { RecognizerError } from './recognizer-error';

export function withDeadline<T>(call: (signal: AbortSignal) => Promise<T>, ms: number, outer?: AbortSignal): Promise<T> {
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) forwardAbort();
  else outer?.addEventListener('abort', forwardAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new RecognizerError('timeout', `no answer within ${ms} ms`));
      controller.abort();
    }, ms);
  });
  const running = call(controller.signal);
  // The loser of the race still settles later; its rejection is expected and must not surface as unhandled.
  running.catch(() => undefined);
  return Promise.race([running, expired]).finally(() => {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forwardAbort);
  });
}
