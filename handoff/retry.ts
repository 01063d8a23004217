/**
 * Optimistic writes (a version guard) lose when another writer got there first; the loser reads again and retries.
 * A short, jittered, growing pause keeps a burst of writers on one ticket from losing to each other in lockstep.
 */
export const MAX_ATTEMPTS = 12;

export function backoff(attempt: number): Promise<void> {
  if (attempt === 0) return Promise.resolve();
  const ms = Math.min(50, attempt * 3) * Math.random();
  return new Promise((resolve) => setTimeout(resolve, ms));
}
