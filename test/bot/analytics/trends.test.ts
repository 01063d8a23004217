/** Rising topics: well above the recent baseline, and enough questions to matter. */
import { risingTopics } from '../../../bot/analytics/trends';
import type { TopicDay } from '../../../bot/analytics/stores/knowledge-analytics-store';

const week = (topic: string, perDay: number): TopicDay[] =>
  Array.from({ length: 7 }, (_, i) => ({ day: `2026-11-${String(23 + i).padStart(2, '0')}`, topic, label: topic, count: perDay }));
const on30 = (topic: string, count: number): TopicDay => ({ day: '2026-11-30', topic, label: topic, count });

test.each([
  ['three times a baseline of 2 a day', [...week('a', 2), on30('a', 6)], ['a']],
  ['just under three times', [...week('a', 2), on30('a', 5)], []],
  ['a new topic with 5 questions', [on30('new', 5)], ['new']],
  ['a new topic with 4 questions is too few', [on30('new', 4)], []],
  ['a steady topic', [...week('steady', 10), on30('steady', 11)], []],
  ['days older than the baseline window do not count', [{ day: '2026-11-01', topic: 'old', label: 'old', count: 100 }, on30('old', 6)], ['old']],
])('%s', (_name, rows, expected) => {
  expect(risingTopics(rows as TopicDay[], '2026-11-30').map((a) => a.topic)).toEqual(expected);
});
