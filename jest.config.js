/**
 * Jest runs the TypeScript sources directly; `npm test` type-checks them first with tsc.
 *
 * Three projects, so a change can be checked at the speed it deserves (`npm test -- --selectProjects unit`):
 * - `browser`: tests that drive a real browser (headless Chromium) or the Teams Agents Playground;
 * - `database`: tests on a real database (SQLite files, PostgreSQL when reachable) or a real Baton process;
 * - `unit`: everything else, in memory, in seconds.
 * A test file's project follows from the test support it imports (below), so a new test lands in the right one.
 */
const { readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');

const TEST_ROOT = path.join(__dirname, 'test');
const BROWSER = /support\/(?:browser|playground)'/;
const DATABASE = /support\/(?:databases|services|server-process|knowledge-db|handoff-fixture)'|stores\/database'/;

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'bench' ? [] : testFiles(full);
    return name.endsWith('.test.ts') ? [full] : [];
  });
}

const projectOf = (file) => {
  const source = readFileSync(file, 'utf8');
  if (BROWSER.test(source)) return 'browser';
  if (DATABASE.test(source) || file.includes(`${path.sep}e2e${path.sep}`)) return 'database';
  return 'unit';
};

const files = testFiles(TEST_ROOT);
const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    // jose (used by the Agents SDK's jwks-rsa) ships only ES modules, which Jest's CommonJS runtime cannot load.
    '^.+/node_modules/jose/.+\\.js$': ['ts-jest', { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
};

module.exports = {
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/global-setup.ts',
  projects: ['unit', 'database', 'browser'].map((name) => ({
    ...common,
    displayName: name,
    testMatch: files.filter((file) => projectOf(file) === name),
  })),
};
