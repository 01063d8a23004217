/** The notifier for a database: in-process on SQLite (one instance per file), LISTEN/NOTIFY on PostgreSQL. */
import type { DatabaseHandle } from '../stores/database';
import { createPostgresNotifier } from '../stores/postgres-notifier';
import { createInProcessNotifier, type Notifier } from './notifier';

export function createNotifier(database: DatabaseHandle<unknown>, log: (line: string) => void): Notifier {
  const onListenerError = (err: unknown) => log(`[notifier] a listener failed: ${(err as Error)?.stack ?? String(err)}`);
  if (database.kind === 'postgres' && database.pgPool && database.url) {
    return createPostgresNotifier({ pool: database.pgPool, connectionString: database.url, log, onListenerError, counters: database.counters });
  }
  return createInProcessNotifier({ onListenerError });
}
