/**
 * The layout rules from DESIGN.md, kept true by a test: `contracts/` is a leaf everyone may import; `knowledge/` and
 * `handoff/` import neither `bot/` nor each other; database drivers only inside `stores/` folders; the Agents SDK only inside `bot/channels/agents/`; only the
 * composition root reads `process.env`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const rel = path.join(dir, name);
    if (name === 'node_modules' || name === 'build') return [];
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|js)$/.test(name) && !rel.includes(`${path.sep}web${path.sep}`) ? [rel] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

function resolvesInto(file: string, specifier: string, topLevel: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), specifier));
  return target === topLevel || target.startsWith(topLevel + path.sep);
}

const production = ['contracts', 'bot', 'knowledge', 'handoff', 'manifest'].flatMap(sourceFiles);

test('the source tree is where the rules expect it', () => {
  expect(production.filter((f) => f.startsWith('bot')).length).toBeGreaterThan(20);
  expect(production.filter((f) => f.startsWith('knowledge')).length).toBeGreaterThan(5);
});

test.each([
  ['knowledge', ['bot', 'handoff']],
  ['handoff', ['bot', 'knowledge']],
])('%s imports neither %j', (library, forbidden) => {
  const offences = sourceFiles(library).flatMap((file) =>
    importsOf(file)
      .filter((spec) => forbidden.some((top) => resolvesInto(file, spec, top)))
      .map((spec) => `${file} → ${spec}`),
  );
  expect(offences).toEqual([]);
});

test('contracts/ is a leaf: it imports zod and its own files, nothing else', () => {
  const offences = sourceFiles('contracts').flatMap((file) =>
    importsOf(file)
      .filter((spec) => spec !== 'zod' && !(spec.startsWith('./') && resolvesInto(file, spec, 'contracts')))
      .map((spec) => `${file} → ${spec}`),
  );
  expect(sourceFiles('contracts').length).toBeGreaterThan(3);
  expect(offences).toEqual([]);
});

test('every module takes the shared vocabulary from contracts/, not from a copy of its own', () => {
  // A second `z.enum(['L1', 'L2', 'L3'])` or a second HTTP error class (one with a `status`) is how the copies started.
  const copies = production
    .filter((file) => !file.startsWith('contracts' + path.sep))
    .filter((file) => /z\.enum\(\[\s*'(?:en', 'zh|L1', 'L2|vip', 'regular|admin', 'supervisor|inquiry', 'feedback)'/.test(readFileSync(path.join(ROOT, file), 'utf8')) || /class \w+ extends Error\b[^]*?readonly status\b/.test(readFileSync(path.join(ROOT, file), 'utf8')));
  expect(copies).toEqual([]);
});

test('database drivers are imported only inside */stores/', () => {
  const drivers = ['better-sqlite3', 'pg', 'kysely'];
  const offences = production.flatMap((file) =>
    importsOf(file)
      .filter((spec) => drivers.includes(spec) && !file.split(path.sep).includes('stores'))
      // Migration and schema types from kysely are fine anywhere a store is defined; the runtime drivers are not.
      .filter((spec) => !(spec === 'kysely' && /import type/.test(readFileSync(path.join(ROOT, file), 'utf8'))))
      .map((spec) => `${file} → ${spec}`),
  );
  expect(offences).toEqual([]);
});

test('the Agents SDK is imported only in bot/channels/agents/', () => {
  const offences = production.flatMap((file) =>
    importsOf(file)
      .filter((spec) => spec.startsWith('@microsoft/agents-'))
      .filter(() => !file.startsWith(path.join('bot', 'channels', 'agents') + path.sep))
      .map((spec) => `${file} → ${spec}`),
  );
  expect(offences).toEqual([]);
});

test('only composition roots read process.env', () => {
  const roots = new Set([path.join('bot', 'server.ts'), path.join('bot', 'cli', 'main.ts'), path.join('manifest', 'build.ts')]);
  const offences = production.filter((file) => !roots.has(file) && /process\.env\b(?!\.DOTENV_CONFIG_QUIET)/.test(readFileSync(path.join(ROOT, file), 'utf8')));
  expect(offences).toEqual([]);
});
