/**
 * The database every module shares: opened and migrated (bot, knowledge and handoff tables) before anything is
 * built on it, plus the small settings store. The first part every command and the server build.
 */
import { handoffMigrations } from '../../handoff';
import { knowledgeMigrations } from '../../knowledge';
import type { Config } from '../config';
import { openDatabase, tablesOf, type DatabaseHandle } from '../stores/database';
import { migrateToLatest } from '../stores/migrate';
import { botMigrations } from '../stores/migrations';
import type { BotTables } from '../stores/schema';
import { KyselySettingsStore, type SettingsStore } from '../stores/settings-store';

export interface Storage {
  database: DatabaseHandle<unknown>;
  settings: SettingsStore;
  close(): Promise<void>;
}

export async function openStorage(config: Pick<Config, 'database'>): Promise<Storage> {
  const database = openDatabase<unknown>({ databaseUrl: config.database.url, sqliteFile: config.database.sqliteFile });
  try {
    await migrateToLatest(database.db, botMigrations, knowledgeMigrations, handoffMigrations);
  } catch (err) {
    await database.close();
    throw err;
  }
  return {
    database,
    settings: new KyselySettingsStore(tablesOf<BotTables>(database.db)),
    close: () => database.close(),
  };
}

/** Runs `build` on the open storage; closes the storage when it throws, so a failed start leaves no pool open. */
export async function closingOnFailure<T>(storage: Pick<Storage, 'close'>, build: () => Promise<T>): Promise<T> {
  try {
    return await build();
  } catch (err) {
    await storage.close().catch(() => undefined);
    throw err;
  }
}
