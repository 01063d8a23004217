/**
 * "Only one instance at a time": on PostgreSQL a session advisory lock (`pg_try_advisory_lock`) held on one pooled
 * connection for the duration of the work and released after it — or by the server when the process dies and its
 * connection drops, so a crash never leaves the lock taken. SQLite serves one process, so the work simply runs.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseHandle } from './database';

export type LockedRun<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `work` unless another instance holds the lock named `name`, in which case it returns `{ ran: false }` at once.
 * `work` gets the database to use: on PostgreSQL, the connection that holds the lock.
 */
export async function withClusterLock<T>(database: DatabaseHandle<unknown>, name: string, work: (db: Kysely<any>) => Promise<T>): Promise<LockedRun<T>> {
  if (database.kind === 'sqlite') return { ran: true, value: await work(database.db) };
  return database.db.connection().execute(async (connection) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(hashtext(${name})) as locked`.execute(connection);
    if (!rows[0]?.locked) return { ran: false };
    try {
      return { ran: true, value: await work(connection) };
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(connection);
    }
  });
}
