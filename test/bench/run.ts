/**
 * `npm run bench`: runs every `*.bench.ts` beside this file (or those named on the command line) and prints one JSON
 * object: `{ "<bench name>": <figures> }`. Benchmarks read ../shared/data by path; they are not tests. Each benchmark
 * runs in a process of its own, so none is measured with another's data sets still on the heap.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

process.env.DOTENV_CONFIG_QUIET = 'true';

interface BenchModule {
  run(): Promise<Record<string, unknown>>;
}

/** In a child process: run one benchmark and print its figures. */
async function runOne(file: string): Promise<void> {
  const mod = (await import(path.join(__dirname, file))) as BenchModule;
  process.stdout.write(JSON.stringify(await mod.run()));
}

function main(): void {
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
    const output = execFileSync(process.execPath, ['--import', 'tsx', __filename], {
      env: { ...process.env, BATON_BENCH_FILE: file },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
    results[name] = JSON.parse(output.toString('utf8'));
    process.stderr.write(`bench ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

const child = process.env.BATON_BENCH_FILE;
if (child) {
  runOne(child).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
} else {
  try {
    main();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
