/**
 * The production build: `tsc -p tsconfig.build.json` plus the asset copy produce a dist/ that node runs on its own —
 * no tsx, no TypeScript — with the web pages, text catalogues and demo knowledge base found beside the compiled
 * files, and a SIGTERM that shuts it down cleanly. Built into a temporary folder, so the checkout's dist/ is untouched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyAssets } from '../../../bot/build/copy-assets';
import { startServerProcess, type ServerProcess } from '../../support/server-process';

const ROOT = path.resolve(__dirname, '../../..');

test('copyAssets copies everything but TypeScript, keeping the folders', () => {
  const source = mkdtempSync(path.join(os.tmpdir(), 'baton-assets-src-'));
  const out = mkdtempSync(path.join(os.tmpdir(), 'baton-assets-out-'));
  try {
    const files = ['bot/web/index.html', 'bot/web/routes.ts', 'knowledge/demo/store.en.json', 'handoff/web/console.js', 'contracts/text/en.json', 'contracts/leaf.ts'];
    for (const file of files) {
      mkdirSync(path.join(source, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(source, file), file);
    }
    expect(copyAssets(source, out).sort()).toEqual(['bot/web/index.html', 'contracts/text/en.json', 'handoff/web/console.js', 'knowledge/demo/store.en.json']);
    expect(existsSync(path.join(out, 'bot/web/routes.ts'))).toBe(false);
  } finally {
    rmSync(source, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});

describe('the compiled server', () => {
  let work: string;
  let server: ServerProcess | undefined;
  const PRODUCTION = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
    MicrosoftAppPassword: 'app-secret',
    DIRECTLINE_SECRET: 'a-long-direct-line-secret',
    BATON_ADMIN_EMAIL: 'admin@example.com',
    BATON_ADMIN_PASSWORD: 'correct horse battery',
  };

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'baton-build-'));
    const dist = path.join(work, 'dist');
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', dist], { cwd: ROOT, stdio: 'pipe' });
    execFileSync(process.execPath, [path.join(dist, 'bot/build/copy-assets.js')], { cwd: ROOT, stdio: 'pipe' });
    // As a deployment would: dist/ beside the installed packages.
    symlinkSync(realpathSync(path.join(ROOT, 'node_modules')), path.join(work, 'node_modules'));
  }, 240_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(work, { recursive: true, force: true });
  });

  test('holds JavaScript only, with the files the server reads from disk', () => {
    const all = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const files = all(path.join(work, 'dist')).map((f) => path.relative(path.join(work, 'dist'), f));
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(['bot/server.js', 'bot/cli/baton.js', 'bot/web/index.html', 'handoff/web/console.html', 'knowledge/web/editor.html', 'contracts/text/zh-TW.json', 'knowledge/demo/store.zh.json', 'knowledge/snapshot/build-worker.js']),
    );
  });

  test('starts in production with node, serves pages and answers from the demo knowledge base, and stops on SIGTERM', async () => {
    const dataDir = path.join(work, 'data');
    server = await startServerProcess({ ...PRODUCTION, DATA_DIR: dataDir, BATON_LOG_LEVEL: 'info' }, 60_000, { args: ['dist/bot/server.js'], cwd: work });
    const { origin } = server;
    expect(server.output()).toMatch(/Baton is running \(production, sqlite/);
    expect(server.output()).toMatch(/Knowledge base: +\d{2,} published articles \(demo content loaded\)/);

    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    for (const page of ['/', '/console', '/editor', '/assets/text/zh-CN.json', '/webchat/webchat.js']) {
      const res = await fetch(`${origin}${page}`);
      expect([page, res.status]).toEqual([page, 200]);
      await res.arrayBuffer();
    }

    const secret = { authorization: `Bearer ${PRODUCTION.DIRECTLINE_SECRET}`, 'content-type': 'application/json' };
    const started = (await (await fetch(`${origin}/v3/directline/conversations`, { method: 'POST', headers: secret })).json()) as { conversationId: string };
    const posted = await fetch(`${origin}/v3/directline/conversations/${started.conversationId}/activities`, {
      method: 'POST',
      headers: secret,
      body: JSON.stringify({ type: 'message', from: { id: 'u1' }, text: 'How do I return an item?' }),
    });
    expect(posted.status).toBe(200);
    const feed = (await (await fetch(`${origin}/v3/directline/conversations/${started.conversationId}/activities`, { headers: secret })).json()) as {
      activities: Array<{ text?: string; from: { role?: string } }>;
    };
    expect(feed.activities.filter((a) => a.from.role === 'bot').map((a) => a.text).join('\n')).toMatch(/return label/);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/SIGTERM: shutting down[\s\S]*stopped/);
  }, 90_000);
});
