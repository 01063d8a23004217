/**
 * Coalesces rebuild requests: at most one build runs at a time, and however many publishes arrive during a build,
 * one more build follows it. Each caller's promise settles once a build that started after its request has finished,
 * so "publish, then ask" always sees the published content.
 */
export interface RebuildScheduler {
  request(): Promise<void>;
  readonly building: boolean;
  /** Resolves when no build is running or queued. */
  idle(): Promise<void>;
}

export function createRebuildScheduler(rebuild: () => Promise<void>): RebuildScheduler {
  let requested = 0;
  let completed = 0;
  let running: Promise<void> | null = null;
  const waiters: Array<{ target: number; resolve: () => void; reject: (err: unknown) => void }> = [];

  function settle(upTo: number, error?: unknown): void {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i];
      if (waiter.target > upTo) continue;
      waiters.splice(i, 1);
      if (error === undefined) waiter.resolve();
      else waiter.reject(error);
    }
  }

  async function loop(): Promise<void> {
    while (completed < requested) {
      const target = requested;
      try {
        await rebuild();
        completed = target;
        settle(target);
      } catch (err) {
        completed = target;
        settle(target, err ?? new Error('rebuild failed'));
      }
    }
  }

  return {
    request() {
      const target = ++requested;
      const done = new Promise<void>((resolve, reject) => waiters.push({ target, resolve, reject }));
      if (!running) running = loop().finally(() => (running = null));
      return done;
    },
    get building() {
      return running !== null;
    },
    async idle() {
      while (running) await running;
    },
  };
}
