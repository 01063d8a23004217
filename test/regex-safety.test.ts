/**
 * No regular expression of Baton's can backtrack super-linearly. One chat message once froze the whole server: an
 * unbounded repeat of overlapping alternatives ("你们的?|你们") in the agent-request detector took seconds on
 * "找你们你们…x" and forever on 2,000 repeats. This test makes that class of bug fail the build rather than a review:
 * every pattern Baton writes is checked by recheck (a ReDoS checker that decides whether a pattern's matching time can
 * grow exponentially or polynomially with the input, and shows the attack string).
 *
 * - Regular-expression literals are found in the source by the TypeScript parser, in every file of contracts/, bot/,
 *   knowledge/ and handoff/ (server code and the staff pages' scripts alike).
 * - Patterns built at run time (`new RegExp(...)`, from word lists) are caught as they are built: `RegExp` is wrapped
 *   while every module is loaded and while the engine handles a few turns, and each pattern whose construction started
 *   in Baton's own code is checked too. Third-party patterns (markdown-it, the SDK) are not ours to change.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync, type Diagnostics } from 'recheck';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['contracts', 'bot', 'knowledge', 'handoff'];
// Files that run a program rather than define modules (loading them would start it).
const NOT_LOADED = new Set(['bot/server.ts', 'bot/cli/main.ts', 'bot/cli/baton.js', 'knowledge/snapshot/build-worker.js']);

interface FoundPattern {
  source: string;
  flags: string;
  where: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(ROOT, rel)).isDirectory()) return filesUnder(rel);
    return /\.(ts|js)$/.test(name) ? [rel] : [];
  });
}

function literalPatterns(file: string): FoundPattern[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const kind = file.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, kind);
  const found: FoundPattern[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sourceFile);
      const end = literal.lastIndexOf('/');
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
      found.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: `${file}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Loads every module (and runs a few turns) with `RegExp` wrapped, keeping the patterns Baton's own code built. */
function runtimePatterns(): FoundPattern[] {
  const found = new Map<string, FoundPattern>();
  const ours = SOURCE_DIRS.map((dir) => path.join(ROOT, dir) + path.sep);
  const original = globalThis.RegExp;
  const record = (made: RegExp): void => {
    const key = `${made.source}/${made.flags}`;
    if (found.has(key)) return;
    // The frame that asked for the pattern: the first one outside this file.
    const frames = (new Error().stack ?? '').split('\n').slice(1).filter((f) => !f.includes(__filename));
    const caller = frames[0] ?? '';
    if (!ours.some((dir) => caller.includes(dir)) || caller.includes(`${path.sep}node_modules${path.sep}`)) return;
    found.set(key, { source: made.source, flags: made.flags, where: caller.trim() });
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      record(made);
      return made;
    },
    apply(target, thisArg, args) {
      const made = Reflect.apply(target, thisArg, args) as RegExp;
      record(made);
      return made;
    },
  });
  try {
    jest.isolateModules(() => {
      for (const dir of SOURCE_DIRS) {
        for (const file of filesUnder(dir)) {
          if (NOT_LOADED.has(file) || file.includes('/web/') || !file.endsWith('.ts')) continue;
          require(path.join(ROOT, file));
        }
      }
      exerciseEngine();
    });
  } finally {
    globalThis.RegExp = original;
  }
  return [...found.values()];
}

/** Patterns built per call (not at load) show up when the detectors and the search run. */
function exerciseEngine(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const signals = require(path.join(ROOT, 'bot/core/signals')) as typeof import('../bot/core/signals');
  for (const text of ['I want to talk to a person about my $1,200 order!!', '我要转人工，订单50万元还没到，太差了', 'hello']) {
    signals.analyzeMessage(text);
  }
}

/**
 * Patterns found safe before are not checked again: a check takes up to seconds, and the patterns rarely change. The
 * cache is keyed by recheck's version, the pattern and its flags, and lives in node_modules/.cache (a fresh clone, as
 * in CI, checks everything).
 */
const CACHE_FILE = path.join(ROOT, 'node_modules', '.cache', 'baton-recheck-safe.json');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RECHECK_VERSION = (require('recheck/package.json') as { version: string }).version;
const knownSafe = new Set<string>(readCache());

function readCache(): string[] {
  try {
    return JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as string[];
  } catch {
    return [];
  }
}

function writeCache(): void {
  try {
    mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
    writeFileSync(CACHE_FILE, JSON.stringify([...knownSafe]));
  } catch {
    /* a read-only install only loses the speed-up */
  }
}

const cacheKey = (pattern: FoundPattern) => `${RECHECK_VERSION}\u0000${pattern.flags}\u0000${pattern.source}`;

function verdict(pattern: FoundPattern): string | null {
  if (knownSafe.has(cacheKey(pattern))) return null;
  let result: Diagnostics;
  try {
    // The fuzzer's per-attack time limits are off, so that its verdict depends on characters read, not on how busy
    // the machine is: with them on, a loaded CI machine timed bounded patterns out and called them vulnerable.
    result = checkSync(pattern.source, pattern.flags, { timeout: 60_000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null });
  } catch (err) {
    return `${pattern.where}: recheck failed: ${(err as Error).message}`;
  }
  if (result.status === 'safe') {
    knownSafe.add(cacheKey(pattern));
    return null;
  }
  if (result.status === 'vulnerable') {
    const degree = result.complexity.type === 'polynomial' ? ` (degree ${result.complexity.degree})` : '';
    const attack = JSON.stringify(result.attack.pattern);
    return `${pattern.where}: /${pattern.source.slice(0, 160)}/${pattern.flags} is ${result.complexity.type}${degree}; attack ${attack}`;
  }
  return `${pattern.where}: /${pattern.source.slice(0, 160)}/ could not be decided (${result.error.kind}); simplify it`;
}

describe('regular expressions', () => {
  const literals = SOURCE_DIRS.flatMap(filesUnder).flatMap(literalPatterns);
  const runtime = runtimePatterns();

  it('finds the patterns it is meant to check', () => {
    expect(literals.length).toBeGreaterThan(100);
    // The detectors' word lists are built at load time; if none is seen, the wrapping stopped working.
    expect(runtime.some((p) => p.source.includes('人工客服'))).toBe(true);
    expect(runtime.length).toBeGreaterThan(15);
  });

  it('has no pattern whose matching time can grow super-linearly (recheck)', () => {
    const unique = new Map<string, FoundPattern>();
    for (const p of [...literals, ...runtime]) unique.set(`${p.source}/${p.flags}`, p);
    const problems = [...unique.values()].map(verdict).filter((v): v is string => v !== null);
    writeCache();
    expect(problems).toEqual([]);
  }, 300_000);

  it('catches the pattern that froze the server', () => {
    const frozen = { source: '(?:找|联系)(?:一下|下|个|一个|你们的?|你们|贵公司的?)*(?:客服|人工)', flags: 'g', where: 'the old pattern' };
    expect(knownSafe.has(cacheKey(frozen))).toBe(false);
    expect(verdict(frozen)).toMatch(/exponential/);
  }, 60_000);
});
