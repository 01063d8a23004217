/**
 * One query layer (Kysely) over the two supported databases. This is the only file in `bot/` that touches a
 * database driver; the library stores (`knowledge/stores`, `handoff/stores`) receive the `Kysely` instance.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { types as pgTypes, type Pool } from 'pg';
import { createResilientPool, type PoolCounters } from './postgres-pool';
import { BACKSTOP_PAGES, startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseHandle<DB> {
  kind: DatabaseKind;
  db: Kysely<DB>;
  /** Whether the database answers a trivial query within `timeoutMs` (for `/readyz`); never throws. */
  healthy(timeoutMs?: number): Promise<boolean>;
  /** PostgreSQL only: the pg pool, for the notifier's listening connection and advisory locks. */
  pgPool?: Pool;
  /** The connection string (PostgreSQL), for connections kept apart from the pool (LISTEN). */
  url?: string;
  /** PostgreSQL only: statements and transactions through the query layer so far (benchmarks). */
  counters?: PoolCounters;
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
  // Checkpoints run in a worker (wal-checkpointer.ts); this connection checkpoints only past the backstop.
  let checkpointer: WalCheckpointer | undefined;
  if (file !== ':memory:') {
    sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    checkpointer = startWalCheckpointer(file);
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const healthy = async () => {
    try {
      sqlite.prepare('select 1').get();
      return true;
    } catch {
      return false;
    }
  };
  const close = async () => {
    // The worker's connection first: the last connection to close folds the WAL into the database and removes it.
    await checkpointer?.stop();
    await db.destroy();
  };
  return { kind: 'sqlite', db, healthy, close };
}

/** Distinct SQL texts kept prepared; a turn uses about a dozen, multi-row inserts add one per row count. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every statement afresh: SQLite parses and plans the same few SQL texts on every
 * turn (a sixth of a turn's CPU in a profile). A statement is reusable once it has run, and Kysely runs each to the
 * end before the next (one connection behind a mutex), so statements are kept by their SQL text, the oldest dropped
 * first. (Kysely's streamQuery would hold its statement while iterating; Baton streams nothing from SQLite.)
 */
function withStatementCache(sqlite: BetterSqlite3.Database): { prepare(sql: string): BetterSqlite3.Statement; close(): void } {
  const prepared = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql) {
      let statement = prepared.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (prepared.size >= STATEMENT_CACHE_SIZE) prepared.delete(prepared.keys().next().value!);
        prepared.set(sql, statement);
      }
      return statement;
    },
    close: () => sqlite.close(),
  };
}

/** Pool sizing; the defaults are Baton's configuration defaults (`DATABASE_POOL_MAX`, `DATABASE_POOL_CHECKOUT_TIMEOUT_MS`). */
export interface PoolOptions {
  max?: number;
  checkoutTimeoutMs?: number;
  /** Statements run often are prepared once per connection (default); false for a pooler that cannot carry them. */
  preparedStatements?: boolean;
}

export function openPostgres<DB>(connectionString: string, options: PoolOptions & { log?: (line: string) => void } = {}): DatabaseHandle<DB> {
  // A client that loses its server, idle or checked out, must not crash the process (see postgres-pool.ts).
  const pool = createResilientPool(
    { connectionString, max: options.max ?? 10, ...(options.checkoutTimeoutMs ? { connectionTimeoutMillis: options.checkoutTimeoutMs } : {}) },
    options.log,
    { preparedStatements: options.preparedStatements },
  );
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool.kysely }) });
  const healthy = async (timeoutMs = 2_000) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const probe = pool.pg.query('select 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  return { kind: 'postgres', db, healthy, pgPool: pool.pg, url: connectionString, counters: pool.counters, close: () => db.destroy() };
}

export function openDatabase<DB>(options: { databaseUrl?: string; sqliteFile: string; pool?: PoolOptions; log?: (line: string) => void }): DatabaseHandle<DB> {
  return options.databaseUrl ? openPostgres<DB>(options.databaseUrl, { ...options.pool, log: options.log }) : openSqlite<DB>(options.sqliteFile);
}

/**
 * Each module's store sees only its own tables. Kysely's database type is invariant, so the one connection is viewed
 * through each module's table map.
 */
export function tablesOf<Tables>(db: Kysely<any>): Kysely<Tables> {
  return db as Kysely<Tables>;
}

