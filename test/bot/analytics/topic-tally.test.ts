/** Topic counts kept between rising-topic checks: each settled reply read once, the same counts as one full read. */
import { TopicTally } from '../../../bot/analytics/topic-tally';
import type { TopicDay } from '../../../bot/analytics/stores/knowledge-analytics-store';

const DAY = 86_400_000;
const START = Date.parse('2026-11-23T00:00:00.000Z');

/** Stored replies as (time, topic), and a reader that counts them per day and topic like the store does. */
function storedReplies() {
  const rows: Array<{ at: number; topic: string }> = [];
  const reads: Array<{ from: string; to: string; rows: number }> = [];
  const read = async (from: string, to: string): Promise<TopicDay[]> => {
    const inRange = rows.filter((r) => r.at >= Date.parse(from) && r.at < Date.parse(to));
    reads.push({ from, to, rows: inRange.length });
    const counts = new Map<string, TopicDay>();
    for (const r of inRange) {
      const day = new Date(r.at).toISOString().slice(0, 10);
      const key = `${day}|${r.topic}`;
      const known = counts.get(key);
      counts.set(key, { day, topic: r.topic, label: r.topic, count: (known?.count ?? 0) + 1 });
    }
    return [...counts.values()];
  };
  const replyTimeAfter = async (from: string, n: number): Promise<string | null> => {
    const after = rows.map((r) => r.at).filter((at) => at >= Date.parse(from)).sort((a, b) => a - b);
    return n < after.length ? new Date(after[n]).toISOString() : null;
  };
  return { rows, reads, read, replyTimeAfter };
}

const sorted = (rows: TopicDay[]) => [...rows].sort((a, b) => a.day.localeCompare(b.day) || a.topic.localeCompare(b.topic));

test('the counts equal one full read of the window, check after check, while replies keep arriving', async () => {
  const store = storedReplies();
  let now = START + 7 * DAY + 3_600_000;
  const tally = new TopicTally({ read: store.read, replyTimeAfter: store.replyTimeAfter, now: () => now, settleMs: 10_000 });
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 400; i++) store.rows.push({ at: START + Math.floor(random() * 7 * DAY), topic: `t${Math.floor(random() * 4)}` });
  for (let check = 0; check < 6; check++) {
    // New replies, some stamped a few seconds back (still committing when the last check ran).
    for (let i = 0; i < 50; i++) store.rows.push({ at: now - Math.floor(random() * 8_000), topic: `t${Math.floor(random() * 4)}` });
    now += 60_000;
    const from = START;
    const to = START + 8 * DAY;
    const kept = await tally.topics(from, to);
    expect(kept).toEqual(sorted(await store.read(new Date(from).toISOString(), new Date(to).toISOString())));
  }
});

test('a later check reads only what was stored since the last one and the unsettled seconds', async () => {
  const store = storedReplies();
  let now = START + 7 * DAY + 3_600_000;
  for (let i = 0; i < 1_000; i++) store.rows.push({ at: START + i * 600_000, topic: 'returns' });
  const tally = new TopicTally({ read: store.read, replyTimeAfter: store.replyTimeAfter, now: () => now, settleMs: 10_000 });
  await tally.topics(START, START + 8 * DAY);
  const firstRows = store.reads.reduce((n, r) => n + r.rows, 0);
  expect(firstRows).toBe(1_000);
  store.reads.length = 0;
  store.rows.push({ at: now + 1_000, topic: 'returns' });
  now += 600_000;
  const counts = await tally.topics(START, START + 8 * DAY);
  expect(store.reads.reduce((n, r) => n + r.rows, 0)).toBe(1);
  expect(counts.reduce((n, r) => n + r.count, 0)).toBe(1_001);
});

test('when the window moves on a day, the day that left it is dropped and nothing is read twice', async () => {
  const store = storedReplies();
  let now = START + 7 * DAY + 3_600_000;
  store.rows.push({ at: START + 3_600_000, topic: 'old' }, { at: START + 7 * DAY + 60_000, topic: 'new' });
  const tally = new TopicTally({ read: store.read, replyTimeAfter: store.replyTimeAfter, now: () => now, settleMs: 10_000 });
  expect((await tally.topics(START, START + 8 * DAY)).map((r) => r.topic)).toEqual(['old', 'new']);
  now += DAY;
  store.reads.length = 0;
  store.rows.push({ at: START + 8 * DAY + 60_000, topic: 'newer' });
  expect((await tally.topics(START + DAY, START + 9 * DAY)).map((r) => r.topic)).toEqual(['new', 'newer']);
  expect(store.reads.reduce((n, r) => n + r.rows, 0)).toBe(1);
});

test('a burst of replies is read a bounded number at a time, after a week with none', async () => {
  const store = storedReplies();
  const now = START + 7 * DAY + 3_600_000;
  // 5,000 replies in one minute, some in the same millisecond.
  for (let i = 0; i < 5_000; i++) store.rows.push({ at: START + 7 * DAY + Math.floor(i * 12), topic: i % 3 ? 'returns' : 'refunds' });
  const tally = new TopicTally({ read: store.read, replyTimeAfter: store.replyTimeAfter, now: () => now, settleMs: 10_000, repliesPerRead: 500 });
  const counts = await tally.topics(START, START + 8 * DAY);
  expect(counts.reduce((n, r) => n + r.count, 0)).toBe(5_000);
  expect(Math.max(...store.reads.map((r) => r.rows))).toBeLessThanOrEqual(500);
  expect(store.reads.length).toBeLessThan(15);
});

test('more replies in one millisecond than a read takes are read together, not forever', async () => {
  const store = storedReplies();
  const now = START + 7 * DAY + 3_600_000;
  for (let i = 0; i < 30; i++) store.rows.push({ at: START + 60_000, topic: 'returns' });
  const tally = new TopicTally({ read: store.read, replyTimeAfter: store.replyTimeAfter, now: () => now, settleMs: 10_000, repliesPerRead: 10 });
  expect((await tally.topics(START, START + 8 * DAY))[0].count).toBe(30);
});

test('two checks at once share one reading', async () => {
  const store = storedReplies();
  const now = START + 7 * DAY + 3_600_000;
  store.rows.push({ at: START + 3_600_000, topic: 'a' });
  const tally = new TopicTally({ read: store.read, replyTimeAfter: store.replyTimeAfter, now: () => now, settleMs: 10_000 });
  const [one, two] = await Promise.all([tally.topics(START, START + 8 * DAY), tally.topics(START, START + 8 * DAY)]);
  expect(one).toEqual(two);
  expect(store.reads.reduce((n, r) => n + r.rows, 0)).toBe(1);
});
