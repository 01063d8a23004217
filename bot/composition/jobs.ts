/**
 * Background work Baton does on a timer (the handoff SLA sweep, noticing knowledge published elsewhere, purges…),
 * as jobs the composition root starts after listening and stops before closing the database. Building a job starts
 * nothing, so a test can build Baton and stop it with no timer left behind.
 */

export interface Job {
  /** Names the job in logs ("handoff.tick"). */
  readonly name: string;
  start(): void;
  /** Stops the timer and waits for a run in progress, so nothing touches the database after `stop` resolves. */
  stop(): Promise<void>;
}

/**
 * A job that runs `run` every `intervalMs`, never two runs at once (a slow run delays the next, it does not pile up).
 * A failed run is logged and the job goes on.
 */
export function intervalJob(name: string, intervalMs: number, run: () => Promise<unknown>, log: (line: string) => void): Job {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const runOnce = () => {
    if (running) return;
    running = run()
      .then(() => undefined, (err: Error) => log(`[${name}] failed: ${err?.stack ?? String(err)}`))
      .finally(() => {
        running = undefined;
      });
  };
  return {
    name,
    start() {
      if (timer) return;
      timer = setInterval(runOnce, intervalMs);
      // A timer alone never keeps the process alive: the server's socket does.
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

export interface JobList {
  /** Adds a job; it starts with the others, or at once when they are running already. */
  add(job: Job): void;
  readonly names: readonly string[];
  start(): void;
  /** Stops the running jobs in reverse order, each awaited, none skipped when another fails. */
  stop(): Promise<void>;
}

export function createJobList(log: (line: string) => void, initial: readonly Job[] = []): JobList {
  const jobs: Job[] = [];
  let running = false;
  const list: JobList = {
    add(job) {
      if (jobs.some((j) => j.name === job.name)) throw new Error(`a job named ${job.name} is registered already`);
      jobs.push(job);
      if (running) job.start();
    },
    get names() {
      return jobs.map((j) => j.name);
    },
    start() {
      if (running) return;
      running = true;
      for (const job of jobs) job.start();
    },
    async stop() {
      if (!running) return;
      running = false;
      for (const job of [...jobs].reverse()) {
        await job.stop().catch((err: Error) => log(`[${job.name}] stopping failed: ${err?.message ?? String(err)}`));
      }
    },
  };
  for (const job of initial) list.add(job);
  return list;
}
