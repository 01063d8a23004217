/** Baton's services and app on a fresh test database, with the demo knowledge base unless told otherwise. */
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../bot/app';
import { attachDirectLineStream } from '../../bot/channels/directline/stream';
import { loadConfig } from '../../bot/config';
import { createServices, seedDemoKnowledge, type ServiceOptions, type Services } from '../../bot/services';
import { createTestDatabase, type TestDatabaseKind } from './databases';

export interface TestBaton {
  services: Services;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

export async function startTestBaton(
  options: { database?: TestDatabaseKind; env?: Record<string, string>; demo?: boolean } & ServiceOptions = {},
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
  const services = await createServices(config, { log: () => undefined, ...options });
  if (options.demo !== false) await seedDemoKnowledge(services);
  await services.auth.ensureFirstAdmin(config.admin);
  const app = createApp(services);
  return {
    services,
    app,
    async close() {
      await services.close();
      await database.drop();
    },
  };
}

/** The same, listening on a free loopback port with the Direct Line stream attached. */
export async function listenTestBaton(baton: TestBaton): Promise<{ server: Server; origin: string; close(): Promise<void> }> {
  const server = createServer(baton.app);
  const detach = attachDirectLineStream(server, {
    directLine: baton.services.directLine,
    feed: baton.services.feed,
    streamsPerUser: baton.services.config.limits.streamsPerUser,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        detach();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
