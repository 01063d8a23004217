/**
 * Topic counts per day for the rising-topics check, kept between checks so each stored reply is read once.
 *
 * Reading the whole window at every check grew with the traffic: at 100 messages a second the 10-minute check read
 * 60,000 replies' JSON in one statement (0.9 s), and on SQLite a statement holds the process, so every turn in that
 * second waited (the soak's last-minute p99 of 16 s). Here the window is read once, a bounded number of replies at a
 * time, yielding to turns between reads; later checks read only what was stored since. Reads are bounded by count,
 * not by time: replies come in bursts, and a slice of time that was empty a moment ago may hold a busy hour.
 * The last few seconds are read at every check and never kept, because a reply stored with an earlier time may still
 * be committing in another transaction (or on another instance).
 */
import type { TopicDay } from './stores/knowledge-analytics-store';

export interface TopicTallyOptions {
  /** Counts per day and topic of what was stored in [from, to) (ISO times). */
  read(from: string, to: string): Promise<TopicDay[]>;
  /** The time `n` replies after the first at or after `from` (ISO), or null when fewer are stored. */
  replyTimeAfter(from: string, n: number): Promise<string | null>;
  now?: () => number;
  /** Rows younger than this are read again at every check, not kept. */
  settleMs?: number;
  /** About how many replies one read takes (some 15 ms of SQLite's time at 1,000). */
  repliesPerRead?: number;
}

export class TopicTally {
  private readonly options: Required<Omit<TopicTallyOptions, 'now'>> & { now: () => number };
  /** Kept counts cover [coveredFrom, coveredTo); keyed `day|topic`. */
  private coveredFrom = Number.NaN;
  private coveredTo = Number.NaN;
  private readonly kept = new Map<string, TopicDay>();
  /** One reading at a time: a second check waits for the first and then reads only what is left. */
  private pending: Promise<unknown> = Promise.resolve();

  constructor(options: TopicTallyOptions) {
    this.options = { settleMs: 10_000, repliesPerRead: 1_000, ...options, now: options.now ?? Date.now };
  }

  /** Counts per day and topic for [from, to), both at the start of a UTC day. */
  topics(from: number, to: number): Promise<TopicDay[]> {
    const next = this.pending.then(() => this.readWindow(from, to));
    this.pending = next.catch(() => undefined);
    return next;
  }

  private async readWindow(from: number, to: number): Promise<TopicDay[]> {
    const { read, replyTimeAfter, now, settleMs, repliesPerRead } = this.options;
    if (!(this.coveredFrom <= from && from <= this.coveredTo)) {
      this.kept.clear();
      this.coveredFrom = from;
      this.coveredTo = from;
    } else if (this.coveredFrom < from) {
      const firstDay = isoDay(from);
      for (const [key, row] of this.kept) if (row.day < firstDay) this.kept.delete(key);
      this.coveredFrom = from;
    }
    const settled = Math.min(to, now() - settleMs);
    while (this.coveredTo < settled) {
      const boundary = await replyTimeAfter(new Date(this.coveredTo).toISOString(), repliesPerRead);
      // More replies than a read takes in one millisecond cannot be split by time: read that millisecond whole.
      const end = boundary === null ? settled : Math.min(settled, Math.max(Date.parse(boundary), this.coveredTo + 1));
      for (const row of await read(new Date(this.coveredTo).toISOString(), new Date(end).toISOString())) add(this.kept, row);
      this.coveredTo = end;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const counts = new Map<string, TopicDay>();
    const lastDay = isoDay(to);
    for (const [key, row] of this.kept) if (row.day < lastDay) counts.set(key, { ...row });
    if (this.coveredTo < to) for (const row of await read(new Date(this.coveredTo).toISOString(), new Date(to).toISOString())) add(counts, row);
    return [...counts.values()].sort((a, b) => a.day.localeCompare(b.day) || a.topic.localeCompare(b.topic));
  }
}

function add(counts: Map<string, TopicDay>, row: TopicDay): void {
  const key = `${row.day}|${row.topic}`;
  const known = counts.get(key);
  // Reads see the same topic with their own label (a question group's first wording); keep one, the same every time.
  if (known) counts.set(key, { ...known, count: known.count + row.count, label: known.label <= row.label ? known.label : row.label });
  else counts.set(key, { ...row });
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
