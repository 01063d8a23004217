/**
 * Opens Baton's services on DATA_DIR (or DATABASE_URL) for one CLI command, whether or not a server is running:
 * SQLite runs in WAL mode, so the CLI and a running server share the file; the server notices published changes.
 */
import { loadConfig } from '../config';
import { createServices, seedDemoKnowledge, type Services } from '../services';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Reads a file or, for "-", standard input. */
  readText: (file: string) => Promise<string>;
}

export async function withServices<T>(io: CliIo, run: (services: Services) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const services = await createServices(config, { log: (line) => io.err(`${line}\n`) });
  try {
    await seedDemoKnowledge(services);
    return await run(services);
  } finally {
    await services.close();
  }
}
