/** Work in steps: run at once, or a slice at a time with the event loop served in between. */
import { runInSlices, runToEnd, stepCounter, type Steps } from '../../../knowledge/search/steps';
import { StringIds } from '../../../knowledge/search/string-ids';

function* busySteps(count: number, msEach: number): Steps<number> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + msEach;
    while (performance.now() < until);
    yield;
  }
  return count;
}

test('runToEnd returns what the steps return', () => {
  expect(runToEnd(busySteps(3, 0))).toBe(3);
});

test('StringIds finds every string by its position, in whichever shard it fell', () => {
  const strings = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `w${i}` : i % 3 === 1 ? `c 退${i}` : `k a${i} b`));
  const ids = runToEnd(StringIds.ofSteps([...strings, ''], 100));
  strings.forEach((text, i) => expect(ids.get(text)).toBe(i));
  expect(ids.get('')).toBe(3000);
  expect(ids.has('w1')).toBe(false);
  expect(ids.get('missing')).toBeUndefined();
});

test('runInSlices lets other callbacks run between slices and holds the loop no longer than a slice and a step', async () => {
  const gaps: number[] = [];
  let last = performance.now();
  let running = true;
  const watch = (): void => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
    if (running) setImmediate(watch);
  };
  setImmediate(watch);
  const result = await runInSlices(busySteps(60, 1), 5);
  running = false;
  expect(result).toBe(60);
  // 60 ms of work in 5 ms slices: the watcher ran in between many times.
  expect(gaps.length).toBeGreaterThan(5);
});

test('runInSlices rejects with the error a step throws', async () => {
  function* failing(): Steps<void> {
    yield;
    throw new Error('damaged');
  }
  await expect(runInSlices(failing())).rejects.toThrow('damaged');
});

test('stepCounter says yes once every n calls', () => {
  const tick = stepCounter(3);
  expect(Array.from({ length: 7 }, () => tick())).toEqual([false, false, true, false, false, true, false]);
});
