/** `npm start`'s entry point as a real process: it refuses bad config by name, and starts with a printed dev login. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnServer } from '../support/server-process';

function runServer(env: Record<string, string>, until: (output: string) => boolean, timeoutMs = 25_000) {
  const child = spawnServer(env);
  let output = '';
  return new Promise<{ output: string; code: number | null; kill: () => void }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not get there in time; output so far:\n${output}`));
    }, timeoutMs);
    const check = () => {
      if (until(output)) {
        clearTimeout(timer);
        resolve({ output, code: null, kill: () => child.kill('SIGTERM') });
      }
    };
    child.stdout!.on('data', (d) => ((output += d), check()));
    child.stderr!.on('data', (d) => ((output += d), check()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ output, code, kill: () => undefined });
    });
  });
}

test('a bad value stops the process with a message that names the variable', async () => {
  const { output, code } = await runServer({ PORT: 'eighty' }, () => false);
  expect(code).toBe(1);
  expect(output).toMatch(/Baton cannot start: invalid configuration:\n\s+- PORT: must be a number/);
});

test('production without an app id refuses to start, saying why', async () => {
  const { output, code } = await runServer({ NODE_ENV: 'production' }, () => false);
  expect(code).toBe(1);
  expect(output).toMatch(/MicrosoftAppId: required when NODE_ENV=production/);
});

test('production makes up no admin password (nor prints one): without BATON_ADMIN_PASSWORD it refuses to start', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'baton-server-'));
  try {
    const { output, code } = await runServer(
      {
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
        MicrosoftAppPassword: 'app-secret',
        DIRECTLINE_SECRET: 'a-long-direct-line-secret',
      },
      () => false,
    );
    expect(code).toBe(1);
    expect(output).toMatch(/Baton cannot start: invalid configuration:\n\s+- BATON_ADMIN_PASSWORD: required to create the first admin/);
    expect(output).not.toMatch(/Dev login|admin@baton\.local \//);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('starts on an empty data dir with the demo knowledge base and a printed dev login', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'baton-server-'));
  try {
    const started = await runServer({ DATA_DIR: dataDir, PORT: '0' }, (out) => /Dev login:/.test(out));
    try {
      expect(started.output).toMatch(/Customer chat: +http:\/\/localhost:\d+\//);
      expect(started.output).toMatch(/Knowledge base: +\d{2,} published articles \(demo content loaded\)/);
      const [, email, password] = /Dev login: +(\S+) \/ (\S+)/.exec(started.output)!;
      const port = /localhost:(\d+)/.exec(started.output)![1];
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      expect(login.status).toBe(200);
      expect(await login.json()).toMatchObject({ token: expect.any(String), user: { email, roles: expect.arrayContaining(['admin']) } });
    } finally {
      started.kill();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
