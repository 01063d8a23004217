/**
 * With 10k articles a restart loads the persisted snapshot instead of rebuilding. How long that takes is measured by
 * the knowledge benchmark (latency.snapshot.startupMs), not here: a timed test only measures the machine's load.
 */
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

test('10k articles: a restart loads the persisted snapshot and answers from it', async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'baton-10k-'));
  const snapshotFile = path.join(dir, 'index-snapshot.json');
  db = await openKnowledgeDb({ snapshotFile });
  await db.knowledge.publish(syntheticArticles(10_000));

  const restarted = createKnowledgeService({ store: db.store, snapshotFile });
  await restarted.init();
  expect(restarted.status()).toMatchObject({ source: 'loaded', articles: 10_000 });
  expect(restarted.search('How do I pair my headset3?', { limit: 3 })[0]?.articleId).toBe(
    db.knowledge.search('How do I pair my headset3?', { limit: 3 })[0]?.articleId,
  );
}, 180_000);
