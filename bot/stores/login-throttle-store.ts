import type { Kysely } from 'kysely';
import type { LoginThrottleStore, ThrottleRecord } from '../people/login-throttle';
import type { BotTables } from './schema';

export class KyselyLoginThrottleStore implements LoginThrottleStore {
  constructor(private readonly db: Kysely<BotTables>) {}

  async get(keys: string[]): Promise<ThrottleRecord[]> {
    if (keys.length === 0) return [];
    const rows = await this.db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
    return rows.map((row) => ({ key: row.key, failures: Number(row.failures), lastFailureAt: row.last_failure_at, lockedUntil: row.locked_until }));
  }

  async put(record: ThrottleRecord): Promise<void> {
    const values = { failures: record.failures, last_failure_at: record.lastFailureAt, locked_until: record.lockedUntil };
    await this.db
      .insertInto('login_throttle')
      .values({ key: record.key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute();
  }

  async delete(key: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('key', '=', key).execute();
  }

  async prune(before: string, now: string): Promise<void> {
    await this.db
      .deleteFrom('login_throttle')
      .where('last_failure_at', '<', before)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .execute();
  }
}
