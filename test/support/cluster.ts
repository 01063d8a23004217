/**
 * Several real Baton processes on one fresh PostgreSQL database, as behind a load balancer: each has its own
 * DATA_DIR (its own disk) and port, all share DATABASE_URL. They start together, as a deployment does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from './databases';
import { startServerProcess, type ServerProcess } from './server-process';

export const CLUSTER_ADMIN = { email: 'admin@example.com', password: 'correct horse battery' };

export interface TestCluster {
  database: TestDatabase;
  instances: ServerProcess[];
  origins: string[];
  close(): Promise<void>;
}

export async function startCluster(count = 2, env: Record<string, string> = {}): Promise<TestCluster> {
  const database = await createTestDatabase('postgres');
  const dirs = Array.from({ length: count }, () => mkdtempSync(path.join(os.tmpdir(), 'baton-instance-')));
  const started = await Promise.allSettled(
    dirs.map((dir) =>
      startServerProcess(
        {
          DATA_DIR: dir,
          DATABASE_URL: database.url!,
          BATON_ADMIN_EMAIL: CLUSTER_ADMIN.email,
          BATON_ADMIN_PASSWORD: CLUSTER_ADMIN.password,
          ...env,
        },
        90_000,
      ),
    ),
  );
  const instances = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const close = async () => {
    for (const instance of instances) instance.child.kill('SIGKILL');
    await Promise.all(instances.map((i) => i.exited));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await database.drop();
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await close();
    throw (failed as PromiseRejectedResult).reason;
  }
  return { database, instances, origins: instances.map((i) => i.origin), close };
}
