import { createInProcessNotifier } from '../../../bot/cluster/notifier';
import { shareCustomers } from '../../../bot/cluster/shared-customers';
import type { CustomerRecord, CustomerStore } from '../../../bot/customers/model';

/** A directory in memory that counts its reads; `hold` keeps the next read waiting until released. */
function countingStore() {
  const records: CustomerRecord[] = [];
  let held: { release: () => void; promise: Promise<void> } | undefined;
  const store = {
    reads: 0,
    hold() {
      let release!: () => void;
      const promise = new Promise<void>((resolve) => (release = resolve));
      held = { release, promise };
      return release;
    },
    async upsertAll(next: CustomerRecord[]) {
      for (const record of next) {
        const at = records.findIndex((r) => r.channel === record.channel && r.userId === record.userId);
        if (at >= 0) records[at] = record;
        else records.push(record);
      }
      return next.length;
    },
    async findByChannelUser(channel: string, userId: string) {
      store.reads += 1;
      const found = records.find((r) => r.channel === channel && r.userId === userId);
      if (held) {
        const waiting = held;
        held = undefined;
        await waiting.promise;
      }
      return found;
    },
    async findByEmail(email: string) {
      store.reads += 1;
      return records.find((r) => r.email === email);
    },
    async list() {
      return [...records];
    },
  } satisfies CustomerStore & Record<string, unknown>;
  return store;
}

test('a turn after the first reads no directory; an import on any instance is seen at once on every one', async () => {
  const database = countingStore();
  const notifier = createInProcessNotifier();
  // Two instances on one directory (one notifier stands for the cluster's).
  const a = shareCustomers(database, notifier);
  const b = shareCustomers(database, notifier);
  expect(await b.findByChannelUser('webchat', 'u1')).toBeUndefined();
  expect(await b.findByChannelUser('webchat', 'u1')).toBeUndefined();
  expect(database.reads).toBe(1);

  await a.upsertAll([{ channel: 'webchat', userId: 'u1', tier: 'vip' }]);
  expect(await b.findByChannelUser('webchat', 'u1')).toMatchObject({ tier: 'vip' });
  expect(await a.findByChannelUser('webchat', 'u1')).toMatchObject({ tier: 'vip' });
  expect(await b.findByChannelUser('webchat', 'u1')).toMatchObject({ tier: 'vip' });
  expect(database.reads).toBe(3);
});

test('a lookup under way while the directory changes is not kept', async () => {
  const database = countingStore();
  const shared = shareCustomers(database, createInProcessNotifier());
  const release = database.hold();
  const before = shared.findByChannelUser('webchat', 'u2');
  await shared.upsertAll([{ channel: 'webchat', userId: 'u2', tier: 'vip' }]);
  release();
  expect(await before).toBeUndefined(); // it read the directory as it was
  expect(await shared.findByChannelUser('webchat', 'u2')).toMatchObject({ tier: 'vip' });
});

test('an entry expires after ttl, should an announcement never arrive', async () => {
  let now = 0;
  const database = countingStore();
  const shared = shareCustomers(database, createInProcessNotifier(), { ttlMs: 60_000, now: () => now });
  await shared.findByEmail('ada@example.com');
  now = 59_999;
  await shared.findByEmail('ada@example.com');
  expect(database.reads).toBe(1);
  // Changed behind the notifier's back: seen once the entry expires.
  await database.upsertAll([{ email: 'ada@example.com', tier: 'regular' }]);
  now = 60_000;
  expect(await shared.findByEmail('ada@example.com')).toMatchObject({ tier: 'regular' });
  expect(database.reads).toBe(2);
});
