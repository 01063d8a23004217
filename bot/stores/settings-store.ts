import type { Kysely } from 'kysely';
import type { BotTables } from './schema';

/** Small durable key/value settings (e.g. the generated Direct Line signing key). */
export interface SettingsStore {
  get(key: string): Promise<string | undefined>;
  /** Stores `value` unless the key already has one; returns whichever value won (safe across instances). */
  getOrCreate(key: string, create: () => string): Promise<string>;
  set(key: string, value: string): Promise<void>;
}

export class KyselySettingsStore implements SettingsStore {
  constructor(private readonly db: Kysely<BotTables>) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value;
  }

  /** Stores `value` unless the key already has one; returns whichever value won (safe across instances). */
  async getOrCreate(key: string, create: () => string): Promise<string> {
    await this.db
      .insertInto('settings')
      .values({ key, value: create() })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const value = await this.get(key);
    if (value === undefined) throw new Error(`setting ${key} vanished after insert`);
    return value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
