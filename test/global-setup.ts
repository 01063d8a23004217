/**
 * Decides once per run whether the PostgreSQL suites run. In CI (CI=true) PostgreSQL is mandatory; on a laptop
 * without one they are skipped with a visible notice. Workers inherit the variable set here.
 */
import { Client } from 'pg';

export const DEFAULT_TEST_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

export default async function globalSetup(): Promise<void> {
  const url = process.env.BATON_TEST_DATABASE_URL || DEFAULT_TEST_PG_URL;
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.BATON_TEST_PG_URL = url;
  } catch (err) {
    const why = (err as Error).message;
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is required in CI but ${url} did not answer: ${why}`);
    }
    process.env.BATON_TEST_PG_URL = '';
    process.stderr.write(
      `\n*** NOTICE: PostgreSQL is not reachable at ${url} (${why}).\n` +
        '*** The PostgreSQL suites are SKIPPED; the SQLite suites run. Set BATON_TEST_DATABASE_URL to run them.\n\n',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
