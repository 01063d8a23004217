/**
 * Test databases: a fresh SQLite file, or a fresh PostgreSQL database created for the suite and dropped after it.
 * `forEachDatabase` runs a contract suite against every database this machine has.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export type TestDatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: TestDatabaseKind;
  dataDir: string;
  /** DATABASE_URL for PostgreSQL; undefined for SQLite (DATA_DIR/baton.db). */
  url?: string;
  drop(): Promise<void>;
}

export function postgresAvailable(): boolean {
  return Boolean(process.env.BATON_TEST_PG_URL);
}

export function availableDatabases(): TestDatabaseKind[] {
  return postgresAvailable() ? ['sqlite', 'postgres'] : ['sqlite'];
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'baton-test-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'sqlite') return { kind, dataDir, drop: async () => removeDir() };

  const adminUrl = process.env.BATON_TEST_PG_URL;
  if (!adminUrl) throw new Error('PostgreSQL is not available for tests');
  const name = `baton_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    dataDir,
    url: url.toString(),
    async drop() {
      removeDir();
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** `describe` once per available database; PostgreSQL is announced as skipped where it is not available. */
export function forEachDatabase(title: string, suite: (kind: TestDatabaseKind) => void): void {
  for (const kind of ['sqlite', 'postgres'] as const) {
    const available = kind === 'sqlite' || postgresAvailable();
    (available ? describe : describe.skip)(`${title} [${kind}]`, () => suite(kind));
  }
}
