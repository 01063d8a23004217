/**
 * `npm run bench`: runs every `*.bench.ts` beside this file (or those named on the command line) and prints one JSON
 * object: `{ "<bench name>": <figures> }`. Benchmarks read ../shared/data by path; they are not tests.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

process.env.DOTENV_CONFIG_QUIET = 'true';

interface BenchModule {
  run(): Promise<Record<string, unknown>>;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const results: Record<string, unknown> = {};
  for (const file of files) {
    const name = file.replace(/\.bench\.ts$/, '');
    const started = Date.now();
    process.stderr.write(`bench ${name} …\n`);
    const mod = (await import(path.join(__dirname, file))) as BenchModule;
    results[name] = await mod.run();
    process.stderr.write(`bench ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
