/**
 * The database every module shares: opened and migrated (bot, knowledge and handoff tables) before anything is
 * built on it, plus the small settings store. The first part every command and the server build.
 */
import { handoffMigrations } from '../../handoff';
import { knowledgeMigrations } from '../../knowledge';
import { createNotifier } from '../cluster/create-notifier';
import type { Notifier } from '../cluster/notifier';
import type { Config } from '../config';
import { openDatabase, tablesOf, type DatabaseHandle } from '../stores/database';
import { migrateToLatest } from '../stores/migrate';
import { botMigrations } from '../stores/migrations';
import type { BotTables } from '../stores/schema';
import { KyselySettingsStore, type SettingsStore } from '../stores/settings-store';

export interface Storage {
  database: DatabaseHandle<unknown>;
  settings: SettingsStore;
  /**
   * Tells every instance on the database what changed (in-process on SQLite, LISTEN/NOTIFY on PostgreSQL). Built
   * here, heard from other instances only once started (Baton's `start()`); publishing works from the first.
   */
  notifier: Notifier;
  close(): Promise<void>;
}

export async function openStorage(config: Pick<Config, 'database'>, log: (line: string) => void = (line) => console.error(line)): Promise<Storage> {
  const database = openDatabase<unknown>({ databaseUrl: config.database.url, sqliteFile: config.database.sqliteFile, pool: config.database.pool, log });
  try {
    await migrateToLatest(database.db, botMigrations, knowledgeMigrations, handoffMigrations);
  } catch (err) {
    await database.close();
    throw err;
  }
  const notifier = createNotifier(database, log);
  return {
    database,
    settings: new KyselySettingsStore(tablesOf<BotTables>(database.db)),
    notifier,
    close: async () => {
      await notifier.close();
      await database.close();
    },
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
