/** The search snapshot: swapped atomically, persisted, reused at startup when current, rebuilt when stale. */
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildInWorker, BuildWorkers, createKnowledgeService, KnowledgeIndex, loadDemoArticles, type IndexBuilder } from '../../../knowledge';
import { readSnapshotFile } from '../../../knowledge/snapshot/snapshot-file';
import { inProcessBuilder } from '../../../knowledge/snapshot/index-builder';
import { article, openKnowledgeDb, type KnowledgeDb } from '../support/knowledge-db';
import { waitFor } from '../../support/wait';

let db: KnowledgeDb;
let dir: string;
let snapshotFile: string;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'baton-snapshot-'));
  snapshotFile = path.join(dir, 'knowledge', 'index-snapshot.json');
  db = await openKnowledgeDb({ snapshotFile });
});
afterEach(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const countingBuilder = () => {
  const calls: number[] = [];
  const builder: IndexBuilder = async (request) => {
    calls.push(request.articles.length);
    return KnowledgeIndex.build(request.articles, request.options);
  };
  return { builder, calls };
};

test('a restart loads the persisted snapshot instead of rebuilding, and answers the same', async () => {
  await db.knowledge.publish(loadDemoArticles());
  expect(existsSync(snapshotFile)).toBe(true);
  const { builder, calls } = countingBuilder();
  const restarted = createKnowledgeService({ store: db.store, snapshotFile, builder });
  await restarted.init();
  expect(calls).toEqual([]);
  expect(restarted.status()).toMatchObject({ source: 'loaded', articles: loadDemoArticles().length });
  expect(restarted.search('How do I return an item?')[0].articleId).toBe(db.knowledge.search('How do I return an item?')[0].articleId);
});

test('a restart that loads the snapshot gets its builder ready for the next publish', async () => {
  await db.knowledge.publish(loadDemoArticles());
  const warmed: number[] = [];
  const { builder, calls } = countingBuilder();
  builder.warm = async (articles) => {
    warmed.push(articles);
  };
  const restarted = createKnowledgeService({ store: db.store, snapshotFile, builder });
  await restarted.init();
  expect(calls).toEqual([]);
  expect(warmed).toEqual([loadDemoArticles().length]);
});

test('a snapshot older than the live content is rebuilt at startup', async () => {
  await db.knowledge.publish([article('a')]);
  // Published by something that did not write the snapshot (another process with no snapshot file).
  await db.store.publishAll([article('b', { questions: ['How do I pair the Zorblax headset?'] })]);
  const { builder, calls } = countingBuilder();
  const restarted = createKnowledgeService({ store: db.store, snapshotFile, builder });
  await restarted.init();
  expect(calls).toEqual([2]);
  expect(restarted.status().source).toBe('built');
  expect(restarted.search('Zorblax headset')[0].articleId).toBe('b');
});

test('searches during a rebuild are answered from the previous snapshot, and the new one is swapped in whole', async () => {
  await db.knowledge.publish([article('a', { questions: ['How do I return an item?'] })]);
  let releaseSecond!: () => void;
  const secondGate = new Promise<void>((resolve) => (releaseSecond = resolve));
  const gated = createKnowledgeService({
    store: db.store,
    builder: async (request) => {
      if (request.articles.length > 1) await secondGate;
      return KnowledgeIndex.build(request.articles, request.options);
    },
  });
  await gated.init();
  const generation = gated.status().generation;
  await db.store.publishAll([article('b', { questions: ['How do I pair the Zorblax headset?'] })]);
  const refreshing = gated.refresh();
  await new Promise((resolve) => setImmediate(resolve));
  expect(gated.status().building).toBe(true);
  expect(gated.search('Zorblax headset').map((h) => h.articleId)).not.toContain('b');
  expect(gated.getPublished('b')).toBeUndefined();
  releaseSecond();
  await refreshing;
  expect(gated.status().generation).toBe(generation + 1);
  expect(gated.search('Zorblax headset')[0].articleId).toBe('b');
  expect(gated.getPublished('b')).toBeDefined();
});

test('a worker thread builds the same index as the main thread', async () => {
  const articles = loadDemoArticles();
  const fromWorker = await buildInWorker({ articles, options: {} });
  const inProcess = KnowledgeIndex.build(articles);
  for (const question of ['How do I return an item?', '怎么退货？', 'I was charged twice']) {
    expect(fromWorker.search(question)).toEqual(inProcess.search(question));
  }
});

test('kept build workers build the index on two threads, then write a snapshot file that loads to the same index', async () => {
  const articles = loadDemoArticles();
  const workers = new BuildWorkers();
  try {
    const first = await workers.build({ articles, options: {}, persist: { file: snapshotFile, fingerprint: 'f1' } });
    await workers.persisted();
    const fromFile = readSnapshotFile(snapshotFile, 'f1');
    const inProcess = KnowledgeIndex.build(articles);
    // The same workers build again (a second publish) and agree too.
    const second = await workers.build({ articles, options: {} });
    for (const question of ['How do I return an item?', '怎么退货？', 'I was charged twice', 'refnud']) {
      expect(first.search(question)).toEqual(inProcess.search(question));
      expect(fromFile?.search(question)).toEqual(inProcess.search(question));
      expect(second.search(question)).toEqual(inProcess.search(question));
    }
  } finally {
    await workers.close();
  }
});

test('an unwritable snapshot file does not keep a new index from going live; the failure is logged', async () => {
  const blocked = path.join(dir, 'a-file');
  writeFileSync(blocked, 'not a folder');
  const lines: string[] = [];
  const index = await inProcessBuilder((line) => lines.push(line))({
    articles: [article('a')],
    options: {},
    persist: { file: path.join(blocked, 'index-snapshot.json'), fingerprint: 'f' },
  });
  expect(index.size).toBe(1);
  expect(lines.join('\n')).toMatch(/writing the search snapshot file failed/);
});

test('startup removes temporary snapshot files left by unfinished writes, not a write under way', async () => {
  await db.knowledge.publish([article('a')]);
  const stale = `${snapshotFile}.123.1.abc.tmp`;
  const fresh = `${snapshotFile}.456.2.def.tmp`;
  const unrelated = path.join(path.dirname(snapshotFile), 'notes.tmp');
  for (const file of [stale, fresh, unrelated]) writeFileSync(file, 'partial');
  const hourAgo = new Date(Date.now() - 3600_000);
  utimesSync(stale, hourAgo, hourAgo);
  utimesSync(unrelated, hourAgo, hourAgo);
  const restarted = createKnowledgeService({ store: db.store, snapshotFile });
  await restarted.init();
  expect([existsSync(stale), existsSync(fresh), existsSync(unrelated)]).toEqual([false, true, true]);
  expect(restarted.status().source).toBe('loaded');
});

test('two publishes in a row leave the newer one in the snapshot file', async () => {
  const articles = loadDemoArticles();
  const workers = new BuildWorkers();
  try {
    await workers.build({ articles, options: {}, persist: { file: snapshotFile, fingerprint: 'older' } });
    await workers.build({ articles: articles.slice(1), options: {}, persist: { file: snapshotFile, fingerprint: 'newer' } });
    await workers.persisted();
    expect(readSnapshotFile(snapshotFile, 'older')).toBeUndefined();
    expect(readSnapshotFile(snapshotFile, 'newer')?.size).toBe(articles.length - 1);
  } finally {
    await workers.close();
  }
});

test('a build that the workers cannot do is refused with the reason', async () => {
  const workers = new BuildWorkers();
  try {
    await expect(workers.build({ articles: [article('a'), article('a')], options: {} })).rejects.toThrow('duplicate article id a');
  } finally {
    await workers.close();
  }
});

test('watch() notices content published by another process and rebuilds', async () => {
  await db.knowledge.publish([article('a')]);
  db.knowledge.watch(20);
  await db.store.publishAll([article('b', { questions: ['How do I pair the Zorblax headset?'] })]);
  await waitFor(() => db.knowledge.getPublished('b') !== undefined, { what: 'article b to be published' });
});
