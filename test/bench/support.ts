/** What several benchmarks share: a JSON POST that fails loudly, and whether the test PostgreSQL is reachable. */
import { Client } from 'pg';
import { DEFAULT_TEST_PG_URL } from '../global-setup';

export async function postJson(url: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url} → ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** True when PostgreSQL answers at BATON_TEST_DATABASE_URL (or the default); sets BATON_TEST_PG_URL for test databases. */
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
