import { createRebuildScheduler } from '../../../knowledge/snapshot/rebuild-scheduler';

function deferredRebuilds() {
  const pending: Array<() => void> = [];
  let started = 0;
  const rebuild = () =>
    new Promise<void>((resolve) => {
      started++;
      pending.push(resolve);
    });
  return { rebuild, finishNext: () => pending.shift()!(), started: () => started };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('requests during a build coalesce into one more build, and each settles after a build that began after it', async () => {
  const builds = deferredRebuilds();
  const scheduler = createRebuildScheduler(builds.rebuild);
  const settled: string[] = [];
  void scheduler.request().then(() => settled.push('first'));
  await tick();
  void scheduler.request().then(() => settled.push('second'));
  void scheduler.request().then(() => settled.push('third'));
  expect(builds.started()).toBe(1);

  builds.finishNext();
  await tick();
  expect(settled).toEqual(['first']);
  expect(builds.started()).toBe(2); // one build for both later requests

  builds.finishNext();
  await scheduler.idle();
  expect(settled.sort()).toEqual(['first', 'second', 'third']);
  expect(builds.started()).toBe(2);
  expect(scheduler.building).toBe(false);
});

test('a failed build rejects its waiters and the next request builds again', async () => {
  let fail = true;
  const scheduler = createRebuildScheduler(async () => {
    if (fail) throw new Error('boom');
  });
  await expect(scheduler.request()).rejects.toThrow('boom');
  fail = false;
  await expect(scheduler.request()).resolves.toBeUndefined();
});
