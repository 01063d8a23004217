/** Baton (`createBaton`) on a fresh test database, with the demo knowledge base unless told otherwise. */
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBaton, type Baton, type BatonOverrides, type BatonParts } from '../../bot/baton';
import { seedDemoKnowledge } from '../../bot/composition/knowledge';
import { loadConfig } from '../../bot/config';
import { createTestDatabase, type TestDatabaseKind } from './databases';

export interface TestBaton {
  baton: Baton;
  parts: BatonParts;
  app: Baton['app'];
  /** Stops Baton (servers attached with listenTestBaton included) and drops the test database. */
  close(): Promise<void>;
}

export async function startTestBaton(
  options: { database?: TestDatabaseKind; env?: Record<string, string>; demo?: boolean } & BatonOverrides = {},
): Promise<TestBaton> {
  const database = await createTestDatabase(options.database ?? 'sqlite');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.url,
    BATON_ADMIN_EMAIL: 'admin@example.com',
    BATON_ADMIN_PASSWORD: 'correct horse battery',
    ...options.env,
  });
  const { database: _kind, env: _env, demo, ...overrides } = options;
  const baton = await createBaton(config, { log: () => undefined, ...overrides });
  if (demo !== false) await seedDemoKnowledge(baton.parts);
  await baton.parts.auth.ensureFirstAdmin(config.admin);
  return {
    baton,
    parts: baton.parts,
    app: baton.app,
    async close() {
      await baton.stop();
      await database.drop();
    },
  };
}

/** The same, listening on a free loopback port, attached to Baton (Direct Line stream, timeouts, graceful close). */
export async function listenTestBaton(test: TestBaton): Promise<{ server: Server; origin: string; close(): Promise<void> }> {
  const server = createServer(test.app);
  test.baton.attach(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
