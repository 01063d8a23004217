/**
 * `expect(p).rejects.toThrow()` misses errors created by native modules (better-sqlite3), whose Error class comes from
 * another realm than Jest's sandbox. This checks the rejection by its message instead.
 */
export async function expectRejection(promise: Promise<unknown>, message: RegExp = /./): Promise<void> {
  let rejected: unknown;
  let didReject = false;
  await promise.then(
    () => undefined,
    (err: unknown) => {
      didReject = true;
      rejected = err;
    },
  );
  if (!didReject) throw new Error(`expected a rejection matching ${message}, but the promise resolved`);
  expect(String((rejected as Error)?.message ?? rejected)).toMatch(message);
}
