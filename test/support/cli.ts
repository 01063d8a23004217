/** Runs the `baton` CLI in-process on a DATA_DIR, as a person would type it, and collects what it printed. */
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../bot/cli/context';
import { run } from '../../bot/cli/main';

export async function runCli(dataDir: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    env: { NODE_ENV: 'test', DATA_DIR: dataDir, BATON_LOG_LEVEL: 'error' },
    readText: async (file) => readFileSync(file, 'utf8'),
  };
  const code = await run(argv, io);
  return { code, out, err };
}
