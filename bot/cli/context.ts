/**
 * Opens what one CLI command needs on DATA_DIR (or DATABASE_URL), whether or not a server is running: SQLite runs
 * in WAL mode, so the CLI and a running server share the file; the server notices published changes. A command
 * builds only its own parts (`kb search` opens the database and the knowledge base, never the Agents SDK adapter,
 * Direct Line or the handoff service) and starts no job.
 */
import { buildUnderstanding, type UnderstandingParts } from '../composition/understanding';
import { buildKnowledge, seedDemoKnowledge, type KnowledgeParts } from '../composition/knowledge';
import { closingOnFailure, openStorage } from '../composition/storage';
import { loadConfig } from '../config';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Reads a file or, for "-", standard input. */
  readText: (file: string) => Promise<string>;
}

export type CliKnowledge = Omit<KnowledgeParts, 'watchJob' | 'close'>;

/** The knowledge base (with the demo content on a first run), for `kb import|export|search` and `eval`. */
export function withKnowledge<T>(io: CliIo, run: (parts: CliKnowledge) => Promise<T>): Promise<T> {
  return withParts(io, false, run);
}

/** The knowledge base, the handoff policy and the intent recognizer, for `ask`. */
export function withUnderstanding<T>(io: CliIo, run: (parts: CliKnowledge & UnderstandingParts) => Promise<T>): Promise<T> {
  return withParts(io, true, (parts) => run(parts as CliKnowledge & UnderstandingParts));
}

async function withParts<T>(io: CliIo, understand: boolean, run: (parts: CliKnowledge & Partial<UnderstandingParts>) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const log = (line: string) => io.err(`${line}\n`);
  const storage = await openStorage(config);
  const knowledge = await closingOnFailure(storage, () => buildKnowledge(storage, config, log));
  try {
    await seedDemoKnowledge({ ...knowledge, settings: storage.settings });
    const understanding = understand ? await buildUnderstanding(storage, config, knowledge.knowledge, log) : {};
    return await run({ ...knowledge, ...understanding });
  } finally {
    await knowledge.close();
    await storage.close();
  }
}
