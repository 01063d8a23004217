/**
 * One query layer (Kysely) over the two supported databases. This is the only file in `bot/` that touches a
 * database driver; the library stores (`knowledge/stores`, `handoff/stores`) receive the `Kysely` instance.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Pool, types as pgTypes } from 'pg';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseHandle<DB> {
  kind: DatabaseKind;
  db: Kysely<DB>;
  close(): Promise<void>;
}

// PostgreSQL returns BIGINT (int8) as a string by default; our counters fit in a JS number.
pgTypes.setTypeParser(20, (value: string) => Number(value));

export function openSqlite<DB>(file: string): DatabaseHandle<DB> {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  // WAL keeps readers off the writer's back; NORMAL sync in WAL mode still survives a process crash (kill -9).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kind: 'sqlite', db, close: () => db.destroy() };
}

export function openPostgres<DB>(connectionString: string, options: { max?: number } = {}): DatabaseHandle<DB> {
  const pool = new Pool({ connectionString, max: options.max ?? 10 });
  // An idle client that loses its server must not crash the process; the next query reports the error instead.
  pool.on('error', (err) => console.error(`[baton] postgres pool error: ${err.message}`));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, close: () => db.destroy() };
}

export function openDatabase<DB>(options: { databaseUrl?: string; sqliteFile: string }): DatabaseHandle<DB> {
  return options.databaseUrl ? openPostgres<DB>(options.databaseUrl) : openSqlite<DB>(options.sqliteFile);
}

/**
 * Each module's store sees only its own tables. Kysely's database type is invariant, so the one connection is viewed
 * through each module's table map.
 */
export function tablesOf<Tables>(db: Kysely<any>): Kysely<Tables> {
  return db as Kysely<Tables>;
}

/** Resolves when the database answers a trivial query (readiness). */
export async function pingDatabase(db: Kysely<unknown>): Promise<void> {
  await sql`select 1`.execute(db);
}
