import { diffContent, diffLines } from '../../../knowledge';
import { article } from '../support/knowledge-db';

test('diffLines keeps common lines and marks the rest added or removed, in order', () => {
  expect(diffLines(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
    { op: 'equal', text: 'a' },
    { op: 'remove', text: 'b' },
    { op: 'add', text: 'x' },
    { op: 'equal', text: 'c' },
    { op: 'add', text: 'd' },
  ]);
  expect(diffLines([], ['a'])).toEqual([{ op: 'add', text: 'a' }]);
});

test('diffContent reports which fields changed, line by line for the answer', () => {
  const before = article('a', { answer: 'Line one.\nLine two.', questions: ['q1', 'q2'] });
  const after = article('a', { answer: 'Line one.\nLine 2.', questions: ['q1', 'q2', 'q3'] });
  const fields = diffContent(before, after);
  expect(fields.filter((f) => f.changed).map((f) => f.field)).toEqual(['questions', 'answer']);
  expect(fields.find((f) => f.field === 'answer')!.lines).toEqual([
    { op: 'equal', text: 'Line one.' },
    { op: 'remove', text: 'Line two.' },
    { op: 'add', text: 'Line 2.' },
  ]);
});
