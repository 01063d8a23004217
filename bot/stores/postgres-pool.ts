/**
 * The PostgreSQL pool as Baton uses it: a dropped connection costs one request, never the process.
 *
 * - Every client gets an 'error' listener for its whole life. pg-pool listens only on idle clients, so a server that
 *   goes away while a client is checked out (between the queries of a transaction, say) used to emit an unhandled
 *   'error' event and kill the process. The broken client is dropped when it is released; the next checkout opens a
 *   new connection, which is how the pool reconnects.
 * - A query or checkout that fails because the connection is gone becomes the coded error `database_unavailable`
 *   (503 with Retry-After), which the one error handler answers; nothing half-done is acknowledged.
 * - A statement run often is prepared once per connection (see `StatementNames`).
 */
import { Pool, type PoolClient, type PoolConfig } from 'pg';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { CodedError } from '../../contracts';

/** How long a client should wait before trying again once the database is back (a pool reconnects within that). */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

/**
 * SQLSTATE classes and codes that mean "the connection, not the statement": 08 connection exception, 57P01–57P03
 * (admin shutdown: pg_terminate_backend, crash shutdown, cannot connect now), 53300 too many connections.
 */
const CONNECTION_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const CONNECTION_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);
const CONNECTION_MESSAGES = ['Connection terminated', 'connection timeout', 'timeout exceeded when trying to connect', 'Client has encountered a connection error', 'Client was closed', 'not queryable'];

/** True when an error says the database connection is gone or cannot be had (as opposed to a bad statement). */
export function isConnectionError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (CONNECTION_SQLSTATE.test(code) || CONNECTION_NODE_CODES.has(code))) return true;
  return typeof message === 'string' && CONNECTION_MESSAGES.some((m) => message.includes(m));
}

export function databaseUnavailable(cause: unknown): CodedError {
  const error = new CodedError(
    'database_unavailable',
    `the database is unavailable for a moment (${(cause as Error)?.message ?? String(cause)}); nothing was done: try again in ${DATABASE_RETRY_AFTER_SECONDS} s`,
    { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
  );
  (error as { cause?: unknown }).cause = cause;
  return error;
}

function translate(err: unknown): unknown {
  return isConnectionError(err) ? databaseUnavailable(err) : err;
}

/** Statements and transactions sent through the pool since it opened (the benchmark's transactions per turn). */
export interface PoolCounters {
  statements: number;
  /** Explicit transactions (BEGIN) plus statements run on their own outside one (each its own transaction). */
  transactions: number;
}

export interface ResilientPool {
  /** What Kysely's PostgresDialect is given: checkouts and queries whose connection failures are coded errors. */
  kysely: PostgresPool;
  counters: PoolCounters;
  /** The pg pool itself, for the listener connection and probes. */
  pg: Pool;
}

/**
 * Named (prepared) statements for the SQL texts a pool runs often. Kysely sends every statement unnamed, so PostgreSQL
 * parses, analyses and plans it on every run: for a turn's three statements that was about 0.25 ms each of a 3.6 ms
 * turn (issue 14's efficiency item; the CTE statements plan slowest). Given a name, pg parses a text once per connection
 * and afterwards only binds and executes it.
 *
 * - Only texts seen `PREPARE_AFTER` times are named, and at most `MAX_NAMED` of them (the turn's dozen or so come first
 *   on any busy instance): a one-off statement (a migration, an admin's report) is never kept on the server.
 * - A prepared statement outlives a schema change by re-planning, except when the change alters its result's columns
 *   (`select *` after another instance's migration added a column): PostgreSQL then answers 0A000 "cached plan must not
 *   change result type", and 26000 when the server forgot the statement (a reset session). Either makes the text's
 *   name new, so the next run prepares it again; a statement run on its own is retried at once under the new name
 *   (nothing of it was done), one inside a transaction fails it as any error does.
 */
const PREPARE_AFTER = 3;
const MAX_NAMED = 200;
/** Texts counted towards PREPARE_AFTER at most; the counts start over past it (texts built with varying lists). */
const MAX_COUNTED = 2_000;

class StatementNames {
  private readonly named = new Map<string, string>();
  private readonly counts = new Map<string, number>();
  private generation = 0;

  /** The name to run `text` under, or undefined to run it unnamed. */
  nameOf(text: string): string | undefined {
    const name = this.named.get(text);
    if (name !== undefined || this.named.size >= MAX_NAMED) return name;
    const seen = (this.counts.get(text) ?? 0) + 1;
    if (seen < PREPARE_AFTER) {
      if (this.counts.size >= MAX_COUNTED) this.counts.clear();
      this.counts.set(text, seen);
      return undefined;
    }
    this.counts.delete(text);
    return this.rename(text);
  }

  /** A new name for `text`: the server's statement under the old one is stale (or gone). */
  rename(text: string): string {
    const name = `baton_${++this.generation}`;
    this.named.set(text, name);
    return name;
  }
}

/** The server's prepared statement cannot serve this text any more: prepare it again under a new name. */
function isStalePreparedStatement(err: unknown): boolean {
  const { code, message } = (err ?? {}) as { code?: unknown; message?: unknown };
  return code === '26000' || (code === '0A000' && typeof message === 'string' && message.includes('cached plan'));
}

export function createResilientPool(
  config: PoolConfig,
  log: (line: string) => void = (line) => console.error(line),
  options: { preparedStatements?: boolean } = {},
): ResilientPool {
  const pool = new Pool({
    // Without a bound, a checkout waits forever while the server is away or the pool is saturated: requests would hang
    // instead of answering 503 with a retry hint. 10 s: a burst queues rather than fails (a customer waits a few
    // seconds for an answer rather than getting an error), and the 503 still comes before the Bot Service's 15 s
    // request timeout. Configurable: DATABASE_POOL_CHECKOUT_TIMEOUT_MS.
    connectionTimeoutMillis: 10_000,
    ...config,
  });
  let lastLogged = 0;
  const report = (err: Error) => {
    // A dropped server reports once per client; one line every few seconds says enough.
    const now = Date.now();
    if (now - lastLogged < 5_000) return;
    lastLogged = now;
    log(`[baton] postgres connection error: ${err.message}`);
  };
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));

  const counters: PoolCounters = { statements: 0, transactions: 0 };
  const names = options.preparedStatements === false ? undefined : new StatementNames();
  const kysely: PostgresPool = {
    async connect(): Promise<PostgresPoolClient> {
      let client: PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        throw translate(err);
      }
      return wrapClient(client, counters, names);
    },
    end: () => pool.end(),
  };
  return { kysely, pg: pool, counters };
}

function wrapClient(client: PoolClient, counters: PoolCounters, names: StatementNames | undefined): PostgresPoolClient {
  let broken: Error | undefined;
  let inTransaction = false;
  /** Counts the statement; true for a plain statement (not BEGIN, COMMIT or ROLLBACK), which may be named. */
  const count = (statement: unknown): boolean => {
    const text = typeof statement === 'string' ? statement.trimStart().slice(0, 8).toLowerCase() : '';
    if (text.startsWith('begin') || text.startsWith('start')) {
      inTransaction = true;
      counters.transactions += 1;
    } else if (text.startsWith('commit') || text.startsWith('rollback')) {
      inTransaction = false;
    } else {
      counters.statements += 1;
      if (!inTransaction) counters.transactions += 1;
      return true;
    }
    return false;
  };
  const failed = (err: unknown) => {
    if (isConnectionError(err)) broken = err as Error;
    return translate(err);
  };
  return {
    query: ((...args: unknown[]) => {
      const plain = count(args[0]);
      const [text, values] = args;
      // Kysely's form: (sql, parameters). Parameterless text (DDL, BEGIN) and cursors go as they are.
      if (names && plain && typeof text === 'string' && Array.isArray(values) && values.length > 0 && args.length === 2) {
        const name = names.nameOf(text);
        if (name !== undefined) {
          const run = (as: string) => client.query({ name: as, text, values });
          const alone = !inTransaction;
          return run(name).catch((err: unknown) => {
            if (!isStalePreparedStatement(err)) throw failed(err);
            const renamed = names.rename(text);
            if (!alone) throw failed(err);
            return run(renamed).catch((again: unknown) => {
              throw failed(again);
            });
          });
        }
      }
      const result = (client.query as (...a: unknown[]) => unknown)(...args);
      // Cursors (streaming) return the cursor itself, not a promise: pass those through untouched.
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        return (result as Promise<unknown>).catch((err: unknown) => {
          throw failed(err);
        });
      }
      return result;
    }) as PostgresPoolClient['query'],
    // A client whose connection failed is released with the failure, so the pool discards it instead of reusing it.
    release: () => client.release(broken),
  };
}
