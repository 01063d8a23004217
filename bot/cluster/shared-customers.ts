/**
 * The customer directory as every turn reads it (who is writing, and their tier): lookups kept in memory, so a turn
 * costs no database read for them, and dropped on every instance when an admin imports customers (the import is
 * announced on the notifier, which reaches every instance within its 5 s fallback at worst). Entries also expire
 * after `ttlMs`, a bound on staleness should an announcement never arrive.
 *
 * A lookup that was under way when the directory changed is not kept: it may have read the directory as it was.
 */
import type { CustomerRecord, CustomerStore } from '../customers/model';
import type { Notifier } from './notifier';
import { TOPICS } from './topics';

export function shareCustomers(store: CustomerStore, notifier: Notifier, options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}): CustomerStore {
  const ttlMs = options.ttlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { record: CustomerRecord | undefined; readAt: number }>();
  /** Counts directory changes: a lookup is kept only if none happened while it ran. */
  let generation = 0;
  const forget = () => {
    generation += 1;
    entries.clear();
  };
  notifier.subscribe(TOPICS.customersChanged, forget);

  async function lookUp(key: string, read: () => Promise<CustomerRecord | undefined>): Promise<CustomerRecord | undefined> {
    const entry = entries.get(key);
    if (entry && now() - entry.readAt < ttlMs) return entry.record;
    const started = generation;
    const record = await read();
    if (generation === started) {
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { record, readAt: now() });
    }
    return record;
  }

  return {
    async upsertAll(records) {
      const count = await store.upsertAll(records);
      // This instance forgets at once (publish tells local listeners before it settles), the others when it arrives.
      await notifier.publish(TOPICS.customersChanged, {});
      return count;
    },
    findByChannelUser: (channel, userId) => lookUp(`user\u0000${channel}\u0000${userId}`, () => store.findByChannelUser(channel, userId)),
    findByEmail: (email) => lookUp(`email\u0000${email}`, () => store.findByEmail(email)),
    list: () => store.list(),
  };
}
