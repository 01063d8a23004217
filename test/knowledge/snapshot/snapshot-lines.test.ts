/** The snapshot as lines: the same index back, one line per step, and damaged lines refused. */
import { KnowledgeIndex } from '../../../knowledge/search';
import { runToEnd } from '../../../knowledge/search/steps';
import { fromSnapshotLines, snapshotLines } from '../../../knowledge/snapshot/snapshot-lines';
import { encodeSnapshot, loadSnapshotSteps } from '../../../knowledge/snapshot/snapshot-file';
import { FIXTURE_ARTICLES } from '../search/fixture-articles';

const QUESTIONS = ['How do I get a refund?', 'my card was declined', '怎么退货？', 'title:foo~2'];

function manyArticles(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    title: `Article ${i} about topic${i % 37}`,
    questions: [`How do I fix problem ${i}?`, `topic${i % 37} question ${i}`],
    answer: `Answer ${i}: ${'words and more words '.repeat(5)}`,
    tags: [`t${i % 5}`],
    lang: 'en' as const,
  }));
}

test('lines give back exactly the serialized index', () => {
  const index = KnowledgeIndex.build(FIXTURE_ARTICLES);
  expect(runToEnd(fromSnapshotLines(snapshotLines(index)))).toEqual(JSON.parse(JSON.stringify(index.toJSON())));
});

test('a large index is split into many lines of bounded size, and loads to the same answers', () => {
  const index = KnowledgeIndex.build(manyArticles(3000));
  const lines = [...snapshotLines(index)];
  expect(lines.length).toBeGreaterThan(10);
  for (const line of lines) expect(line.length).toBeLessThan(600_000);
  expect(runToEnd(fromSnapshotLines(lines))).toEqual(JSON.parse(JSON.stringify(index.toJSON())));
  const loaded = runToEnd(loadSnapshotSteps(encodeSnapshot(index, 'f1'), 'f1'));
  for (const question of [...QUESTIONS, 'topic12 question 12', 'fix problem 2999']) {
    expect(loaded?.search(question)).toEqual(index.search(question));
  }
});

test('a snapshot with another fingerprint is not loaded', () => {
  const bytes = encodeSnapshot(KnowledgeIndex.build(FIXTURE_ARTICLES), 'old');
  expect(runToEnd(loadSnapshotSteps(bytes, 'new'))).toBeUndefined();
  expect(runToEnd(loadSnapshotSteps(bytes, 'old'))?.size).toBe(FIXTURE_ARTICLES.length);
});

test('damaged lines are refused, not half loaded', () => {
  const lines = [...snapshotLines(KnowledgeIndex.build(FIXTURE_ARTICLES))];
  expect(() => runToEnd(fromSnapshotLines([lines[0], '{"p":"options.boosts","a":[1]}']))).toThrow();
  expect(() => runToEnd(fromSnapshotLines([lines[0], '{"p":"vocabulary","s":"x"}']))).toThrow();
  expect(() => runToEnd(fromSnapshotLines([lines[0], 'not json']))).toThrow();
  expect(() => runToEnd(fromSnapshotLines([]))).toThrow('empty');
  // Parts that parse but do not fit the index are caught when it loads.
  const shuffled = runToEnd(fromSnapshotLines([lines[0], '{"p":"vocabulary","a":[1,2]}', ...lines.slice(1)]));
  expect(() => KnowledgeIndex.load(shuffled)).toThrow();
  const truncated = runToEnd(fromSnapshotLines(lines.filter((line) => !line.startsWith('{"p":"fieldIndex.vectorScores"'))));
  expect(() => KnowledgeIndex.load(truncated)).toThrow();
});
