/**
 * `baton`: the command line for the knowledge base, on DATA_DIR directly, server running or not.
 * Exit codes: 0 done, 1 the work failed (e.g. an invalid import file: nothing imported), 2 a usage or configuration
 * mistake. Mistakes print what to do instead; stack traces are kept for Baton's own bugs.
 */
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../config';
import { UsageError } from './args';
import { ask, ASK_USAGE } from './commands/ask';
import { evalCommand, EVAL_USAGE } from './commands/eval';
import { kbExport, KB_EXPORT_USAGE } from './commands/kb-export';
import { kbImport, KB_IMPORT_USAGE } from './commands/kb-import';
import { kbSearch, KB_SEARCH_USAGE } from './commands/kb-search';
import type { CliIo } from './context';

export const USAGE = `usage: baton <command> [options]

  kb import <file|dir> [--publish] [--replace]   import articles (CSV, QnA Maker TSV, folder of Markdown)
  kb export [--format csv|tsv|md] [--out PATH]   export the live knowledge base
  kb search "<question>" [--json]                search the knowledge base
  ask [--json] [--batch FILE] ["question" …]     what the bot decides, one line per question
  eval --questions FILE.csv [--json]             accuracy of the knowledge base on labelled questions

Works on DATA_DIR (default ./data) or DATABASE_URL. "baton <command> --help" shows a command's options.`;

type Command = { run: (argv: string[], io: CliIo) => Promise<number>; usage: string };

const COMMANDS: Record<string, Command> = {
  'kb import': { run: kbImport, usage: KB_IMPORT_USAGE },
  'kb export': { run: kbExport, usage: KB_EXPORT_USAGE },
  'kb search': { run: kbSearch, usage: KB_SEARCH_USAGE },
  ask: { run: ask, usage: ASK_USAGE },
  eval: { run: evalCommand, usage: EVAL_USAGE },
};

function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  const two = argv.slice(0, 2).join(' ');
  // Own properties only: `baton constructor` is an unknown command, not Object's constructor.
  if (Object.hasOwn(COMMANDS, two)) return { command: COMMANDS[two], rest: argv.slice(2) };
  if (argv[0] && argv[0] !== 'kb' && Object.hasOwn(COMMANDS, argv[0])) return { command: COMMANDS[argv[0]], rest: argv.slice(1) };
  return undefined;
}

/** Errors a person can fix (bad file, unknown article): coded 4xx errors from the services. */
function isUserError(err: unknown): err is Error & { status: number } {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io[argv.length === 0 ? 'err' : 'out'](`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(argv);
  if (!found) {
    io.err(`baton: unknown command "${argv.slice(0, argv[0] === 'kb' ? 2 : 1).join(' ')}"\n\n${USAGE}\n`);
    return 2;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    io.out(`${found.command.usage}\n`);
    return 0;
  }
  try {
    return await found.command.run(found.rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`baton: ${err.message}\n\n${err.usage ?? USAGE}\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      io.err(`baton: ${err.message}\n`);
      return 2;
    }
    if (isUserError(err)) {
      io.err(`baton: ${err.message}\n`);
      return 1;
    }
    io.err(`baton: unexpected failure (a bug; please report it): ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  env: process.env,
  readText: async (file) => {
    if (file !== '-') return readFile(file, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

if (require.main === module) {
  process.env.DOTENV_CONFIG_QUIET = 'true';
  void run(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
