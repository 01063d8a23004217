/** Issue requirement: with 10k articles, startup loads the persisted snapshot in under 2 s instead of rebuilding. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKnowledgeService, type ArticleContent } from '../../../knowledge';
import { openKnowledgeDb, type KnowledgeDb } from '../support/knowledge-db';

const PRODUCTS = ['headset', 'speaker', 'charger', 'watch', 'camera', 'router', 'keyboard', 'monitor', 'drone', 'printer'];
const TOPICS = ['pair', 'reset', 'update', 'return', 'repair', 'charge', 'clean', 'register', 'connect', 'mount'];

function syntheticArticles(count: number): ArticleContent[] {
  return Array.from({ length: count }, (_, i) => {
    const product = `${PRODUCTS[i % PRODUCTS.length]}${Math.floor(i / 100)}`;
    const topic = TOPICS[Math.floor(i / PRODUCTS.length) % TOPICS.length];
    return {
      id: `kb-${i}`,
      lang: 'en',
      title: `How to ${topic} the ${product}`,
      questions: [`How do I ${topic} my ${product}?`, `${product} ${topic} help`, `cannot ${topic} ${product} model ${i}`],
      answer: `To ${topic} the ${product}, open the app, choose ${product} and follow step ${i % 7} of the guide.`,
      tags: [topic, PRODUCTS[i % PRODUCTS.length]],
      followUps: [],
    };
  });
}

let db: KnowledgeDb;
let dir: string;
afterAll(async () => {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('10k articles: a restart loads the persisted snapshot in < 2 s', async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'baton-10k-'));
  const snapshotFile = path.join(dir, 'index-snapshot.json');
  db = await openKnowledgeDb({ snapshotFile });
  await db.knowledge.publish(syntheticArticles(10_000));

  const restarted = createKnowledgeService({ store: db.store, snapshotFile });
  const started = performance.now();
  await restarted.init();
  const elapsed = performance.now() - started;
  expect(restarted.status()).toMatchObject({ source: 'loaded', articles: 10_000 });
  expect(elapsed).toBeLessThan(2000);
  expect(restarted.search('How do I pair my headset3?', { limit: 3 }).length).toBeGreaterThan(0);
}, 180_000);
