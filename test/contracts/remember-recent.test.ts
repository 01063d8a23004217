import { rememberRecent } from '../../contracts';

describe('rememberRecent', () => {
  it('computes a text once while it is among the last few, and again once it has dropped out', () => {
    const calls: string[] = [];
    const upper = rememberRecent(2, (text) => {
      calls.push(text);
      return text.toUpperCase();
    });
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // 'a' is the oldest and goes
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
