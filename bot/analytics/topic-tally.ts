/**
 * Topic counts per day for the rising-topics check, kept between checks so each stored reply is read once.
 *
 * Reading the whole window at every check grew with the traffic: at 100 messages a second the 10-minute check read
 * 60,000 replies' JSON in one statement (0.9 s), and on SQLite a statement holds the process, so every turn in that
 * second waited (the soak's last-minute p99 of 16 s). Here the window is read once, a slice at a time, each slice
 * sized to take a few milliseconds, yielding to turns between slices; later checks read only what was stored since.
 * The last few seconds are read at every check and never kept, because a reply stored with an earlier time may still
 * be committing in another transaction (or on another instance).
 */
import type { TopicDay } from './stores/knowledge-analytics-store';

export interface TopicTallyOptions {
  /** Counts per day and topic of what was stored in [from, to) (ISO times). */
  read(from: string, to: string): Promise<TopicDay[]>;
  now?: () => number;
  /** Rows younger than this are read again at every check, not kept. */
  settleMs?: number;
  /** What one slice should take; slices grow and shrink towards it. */
  sliceTargetMs?: number;
}

const MIN_SLICE_MS = 100;
const MAX_SLICE_MS = 86_400_000;
/**
 * The first slice is short and slices double while reads stay quick: replies arrive in bursts (a busy hour can hold
 * 360,000), so a long first slice could be the very read this avoids.
 */
const FIRST_SLICE_MS = 1_000;

export class TopicTally {
  private readonly read: TopicTallyOptions['read'];
  private readonly now: () => number;
  private readonly settleMs: number;
  private readonly sliceTargetMs: number;
  /** Kept counts cover [coveredFrom, coveredTo); keyed `day|topic`. */
  private coveredFrom = Number.NaN;
  private coveredTo = Number.NaN;
  private readonly kept = new Map<string, TopicDay>();
  private sliceMs = FIRST_SLICE_MS;
  /** One reading at a time: a second check waits for the first and then reads only what is left. */
  private pending: Promise<unknown> = Promise.resolve();

  constructor(options: TopicTallyOptions) {
    this.read = options.read;
    this.now = options.now ?? Date.now;
    this.settleMs = options.settleMs ?? 10_000;
    this.sliceTargetMs = options.sliceTargetMs ?? 10;
  }

  /** Counts per day and topic for [from, to), both at the start of a UTC day. */
  topics(from: number, to: number): Promise<TopicDay[]> {
    const next = this.pending.then(() => this.readWindow(from, to));
    this.pending = next.catch(() => undefined);
    return next;
  }

  private async readWindow(from: number, to: number): Promise<TopicDay[]> {
    if (!(this.coveredFrom <= from && from <= this.coveredTo)) {
      this.kept.clear();
      this.coveredFrom = from;
      this.coveredTo = from;
    } else if (this.coveredFrom < from) {
      const firstDay = isoDay(from);
      for (const [key, row] of this.kept) if (row.day < firstDay) this.kept.delete(key);
      this.coveredFrom = from;
    }
    const settled = Math.min(to, this.now() - this.settleMs);
    while (this.coveredTo < settled) {
      const end = Math.min(settled, this.coveredTo + this.sliceMs);
      const started = performance.now();
      const rows = await this.read(new Date(this.coveredTo).toISOString(), new Date(end).toISOString());
      this.resizeSlice(performance.now() - started);
      for (const row of rows) add(this.kept, row);
      this.coveredTo = end;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const counts = new Map<string, TopicDay>();
    const lastDay = isoDay(to);
    for (const [key, row] of this.kept) if (row.day < lastDay) counts.set(key, { ...row });
    if (this.coveredTo < to) for (const row of await this.read(new Date(this.coveredTo).toISOString(), new Date(to).toISOString())) add(counts, row);
    return [...counts.values()].sort((a, b) => a.day.localeCompare(b.day) || a.topic.localeCompare(b.topic));
  }

  private resizeSlice(elapsedMs: number): void {
    if (elapsedMs > 2 * this.sliceTargetMs) this.sliceMs = Math.max(MIN_SLICE_MS, this.sliceMs / 2);
    else if (elapsedMs < this.sliceTargetMs / 2) this.sliceMs = Math.min(MAX_SLICE_MS, this.sliceMs * 2);
  }
}

function add(counts: Map<string, TopicDay>, row: TopicDay): void {
  const key = `${row.day}|${row.topic}`;
  const known = counts.get(key);
  // Slices see the same topic with their own label (a question group's first wording); keep one, the same every time.
  if (known) counts.set(key, { ...known, count: known.count + row.count, label: known.label <= row.label ? known.label : row.label });
  else counts.set(key, { ...row });
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
