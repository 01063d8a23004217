/**
 * The PostgreSQL pool as Baton uses it: a dropped connection costs one request, never the process.
 *
 * - Every client gets an 'error' listener for its whole life. pg-pool listens only on idle clients, so a server that
 *   goes away while a client is checked out (between the queries of a transaction, say) used to emit an unhandled
 *   'error' event and kill the process. The broken client is dropped when it is released; the next checkout opens a
 *   new connection, which is how the pool reconnects.
 * - A query or checkout that fails because the connection is gone becomes the coded error `database_unavailable`
 *   (503 with Retry-After), which the one error handler answers; nothing half-done is acknowledged.
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

export function createResilientPool(config: PoolConfig, log: (line: string) => void = (line) => console.error(line)): ResilientPool {
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
  const kysely: PostgresPool = {
    async connect(): Promise<PostgresPoolClient> {
      let client: PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        throw translate(err);
      }
      return wrapClient(client, counters);
    },
    end: () => pool.end(),
  };
  return { kysely, pg: pool, counters };
}

function wrapClient(client: PoolClient, counters: PoolCounters): PostgresPoolClient {
  let broken: Error | undefined;
  let inTransaction = false;
  const count = (statement: unknown) => {
    const text = typeof statement === 'string' ? statement.trimStart().slice(0, 8).toLowerCase() : '';
    if (text.startsWith('begin') || text.startsWith('start')) {
      inTransaction = true;
      counters.transactions += 1;
    } else if (text.startsWith('commit') || text.startsWith('rollback')) {
      inTransaction = false;
    } else {
      counters.statements += 1;
      if (!inTransaction) counters.transactions += 1;
    }
  };
  return {
    query: ((...args: unknown[]) => {
      count(args[0]);
      const result = (client.query as (...a: unknown[]) => unknown)(...args);
      // Cursors (streaming) return the cursor itself, not a promise: pass those through untouched.
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        return (result as Promise<unknown>).catch((err: unknown) => {
          if (isConnectionError(err)) broken = err as Error;
          throw translate(err);
        });
      }
      return result;
    }) as PostgresPoolClient['query'],
    // A client whose connection failed is released with the failure, so the pool discards it instead of reusing it.
    release: () => client.release(broken),
  };
}
