/** Whether the benchmarks' PostgreSQL answers; when it does, the test database helpers are pointed at it. */
import { Client } from 'pg';
import { DEFAULT_TEST_PG_URL } from '../global-setup';

export async function postgresReachable(): Promise<boolean> {
  const url = process.env.BATON_TEST_DATABASE_URL || DEFAULT_TEST_PG_URL;
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.BATON_TEST_PG_URL = url;
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
