/** SQLite's WAL is checkpointed by a worker, not by the commits on the request path (bot/stores/wal-checkpointer.ts). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { openSqlite } from '../../../bot/stores/database';
import { BACKSTOP_PAGES, CHECKPOINT_INTERVAL_MS } from '../../../bot/stores/wal-checkpointer';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'baton-wal-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('committed pages reach the database file without a commit copying them; closing folds the WAL away', async () => {
  const file = path.join(dir, 'baton.db');
  const handle = openSqlite<any>(file);
  await sql`create table t (id integer primary key, body text)`.execute(handle.db);
  // Measured before the rows are written: a worker that has already started may checkpoint them (and size the file
  // ahead of copying, then truncate it back) while the inserts run, so a size taken after them can be past the data.
  const before = statSync(file).size;
  // A few hundred pages, well under the 1,000 at which a commit would have checkpointed them itself.
  for (let i = 0; i < 200; i++) await sql`insert into t (body) values (${'x'.repeat(4000)})`.execute(handle.db);
  // The worker checkpoints every CHECKPOINT_INTERVAL_MS once it has started; on a loaded machine starting a worker
  // thread takes seconds, so wait for the file to grow (up to 20 s) rather than for a fixed few intervals.
  const deadline = Date.now() + 20_000;
  while (statSync(file).size <= before + 100 * 4096 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_INTERVAL_MS));
  }
  expect(statSync(file).size).toBeGreaterThan(before + 100 * 4096);

  // The writing connection checkpoints only past the backstop.
  const reader = new BetterSqlite3(file, { readonly: true });
  expect(reader.prepare('select count(*) as n from t').get()).toEqual({ n: 200 });
  reader.close();
  await handle.close();
  expect(existsSync(`${file}-wal`)).toBe(false);
  expect(BACKSTOP_PAGES).toBeGreaterThan(1_000);
});

test('an in-memory database has no WAL and no worker', async () => {
  const handle = openSqlite<any>(':memory:');
  await sql`select 1`.execute(handle.db);
  await handle.close();
});

test('closing finishes in a process with nothing else to do (the worker is waited for, not abandoned)', () => {
  const file = path.join(dir, 'alone.db');
  const script = `require('./bot/stores/database').openSqlite(${JSON.stringify(file)}).close().then(() => console.log('closed'))`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: path.join(__dirname, '../../..'), encoding: 'utf8' });
  expect(out.trim()).toBe('closed');
});
