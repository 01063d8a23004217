/**
 * Long work written once, run two ways. A `Steps` generator does its work and yields between pieces, each a few
 * milliseconds at most. `runToEnd` runs it at once (startup, tests, the CLI); `runInSlices` runs it a slice at a
 * time, giving the event loop back between slices, so loading a 10k-article index while the bot is live never holds
 * a customer's request for more than a slice.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

export type Steps<T> = Generator<void, T, void>;

/** Yield once every `every` calls: `if (tick()) yield;` inside a hot loop costs one decrement. */
export function stepCounter(every: number): () => boolean {
  let left = every;
  return () => {
    if (--left > 0) return false;
    left = every;
    return true;
  };
}

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Default slice: well under the 50 ms a request may wait, leaving room for a garbage-collection pause. */
export const DEFAULT_SLICE_MS = 5;

export async function runInSlices<T>(steps: Steps<T>, sliceMs: number = DEFAULT_SLICE_MS): Promise<T> {
  for (;;) {
    const started = performance.now();
    do {
      const step = steps.next();
      if (step.done) return step.value;
    } while (performance.now() - started < sliceMs);
    await yieldToEventLoop();
  }
}
