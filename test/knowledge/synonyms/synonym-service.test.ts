import { CodedError } from '../../../contracts';
/**
 * Synonyms from the database drive the live search: saving resolves once the index uses them, another process's save
 * is noticed by `watch`, the persisted snapshot is rebuilt when they change, and the synonyms file only seeds them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKnowledgeService, createSynonymService, KnowledgeIndex, KyselySynonymStore, loadDemoArticles, loadSynonyms, seedSynonyms, type IndexBuilder, type KnowledgeTables } from '../../../knowledge';
import { tablesOf } from '../../../bot/stores/database';
import { forEachDatabase } from '../../support/databases';
import { expectRejection } from '../../support/expect-rejection';
import { article, openKnowledgeDb, type KnowledgeDb } from '../support/knowledge-db';
import { waitFor } from '../../support/wait';

const FLUMOX = article('flumox-reset-en', { title: 'Reset the Flumox router', questions: ['How do I reset my Flumox router?', 'flumox factory reset'] });
/** The article the bot answers with, or undefined when it would ask or fall back. */
const topHit = (knowledge: Pick<KnowledgeDb['knowledge'], 'ask'>, text: string) => {
  const { decision } = knowledge.ask(text, { lang: 'en' });
  return decision.kind === 'answer' ? decision.hit.articleId : undefined;
};

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection, but the promise resolved');
    },
    (err: unknown) => err,
  );
}

forEachDatabase('synonyms drive the live search', (kind) => {
  let db: KnowledgeDb;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'baton-synonyms-'));
    db = await openKnowledgeDb({ kind, snapshotFile: path.join(dir, 'index-snapshot.json') });
    // Among the demo store's articles, a made-up word answers nothing until a synonym says what it means.
    await db.knowledge.publish([...loadDemoArticles(), FLUMOX]);
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a save resolves once the search uses the new synonyms', async () => {
    const synonyms = createSynonymService({ store: db.synonyms, refresh: () => db.knowledge.refresh() });
    expect(topHit(db.knowledge, 'wobblebox')).toBeUndefined();
    const saved = await synonyms.save({ groups: [{ term: 'flumox router', synonyms: ['wobblebox'] }] }, 'ed@example.com');
    expect(saved).toMatchObject({ revision: 1, updatedBy: 'ed@example.com' });
    expect(topHit(db.knowledge, 'wobblebox')).toBe(FLUMOX.id);

    await synonyms.save({ groups: [], revision: 1 }, 'ed@example.com');
    expect(topHit(db.knowledge, 'wobblebox')).toBeUndefined();
  });

  test('a stale revision is a 409 and the index is not rebuilt', async () => {
    const refresh = jest.fn(() => db.knowledge.refresh());
    const synonyms = createSynonymService({ store: db.synonyms, refresh });
    await synonyms.save({ groups: [{ term: 'flumox router', synonyms: ['wobblebox'] }] }, 'a@example.com');
    const error = await rejectionOf(synonyms.save({ groups: [], revision: 0 }, 'b@example.com'));
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toMatchObject({ code: 'conflict', status: 409, message: expect.stringMatching(/you loaded revision 0, the current one is 1/) });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(topHit(db.knowledge, 'wobblebox')).toBe(FLUMOX.id);
  });

  test('a failed rebuild says the list was saved but the bot still uses the previous synonyms', async () => {
    const synonyms = createSynonymService({ store: db.synonyms, refresh: async () => Promise.reject(new Error('worker crashed')) });
    await expectRejection(synonyms.save({ groups: [{ term: 'flumox router', synonyms: ['wobblebox'] }] }, 'ed@example.com'), /saved \(revision 1\).*still uses the previous ones: worker crashed/);
    expect(await db.synonyms.revision()).toBe(1);
  });

  test('watch notices a save made by another process and rebuilds', async () => {
    db.knowledge.watch(20);
    const elsewhere = new KyselySynonymStore(tablesOf<KnowledgeTables>(db.handle.db));
    await elsewhere.replace([{ term: 'flumox router', synonyms: ['wobblebox'] }], { actor: 'cli' });
    await waitFor(() => topHit(db.knowledge, 'wobblebox') === FLUMOX.id, { what: 'the new synonym to reach the index' });
  });

  test('a persisted snapshot built with other synonyms is rebuilt at startup; an unchanged one is loaded', async () => {
    const snapshotFile = path.join(dir, 'index-snapshot.json');
    const counting = () => {
      const calls: number[] = [];
      const builder: IndexBuilder = async (request) => {
        calls.push(request.articles.length);
        return KnowledgeIndex.build(request.articles, request.options);
      };
      return { builder, calls };
    };
    // The publish in beforeEach persisted a snapshot without these synonyms; they are saved as another process would.
    await db.synonyms.replace([{ term: 'flumox router', synonyms: ['wobblebox'] }], { actor: 'cli' });
    const first = counting();
    const restarted = createKnowledgeService({ store: db.store, synonyms: db.synonyms, snapshotFile, builder: first.builder });
    await restarted.init();
    expect(first.calls).toEqual([loadDemoArticles().length + 1]);
    expect(topHit(restarted, 'wobblebox')).toBe(FLUMOX.id);

    await db.knowledge.refresh(); // persists a snapshot built with the saved synonyms
    const second = counting();
    const again = createKnowledgeService({ store: db.store, synonyms: db.synonyms, snapshotFile, builder: second.builder });
    await again.init();
    expect(second.calls).toEqual([]);
    expect(again.status().source).toBe('loaded');
    expect(topHit(again, 'wobblebox')).toBe(FLUMOX.id);
  });

  test('until a list is stored, the index options passed at construction apply', async () => {
    const service = createKnowledgeService({ store: db.store, synonyms: db.synonyms, indexOptions: { synonyms: { 'flumox router': ['gizmotron'] } } });
    await service.init();
    expect(topHit(service, 'gizmotron')).toBe(FLUMOX.id);
    await db.synonyms.replace([], { actor: 'ed@example.com' });
    await service.refresh();
    expect(topHit(service, 'gizmotron')).toBeUndefined();
  });
});

describe('seedSynonyms', () => {
  let db: KnowledgeDb;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'baton-synonyms-'));
    db = await openKnowledgeDb();
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const writeFile = (content: unknown) => {
    const file = path.join(dir, 'synonyms.json');
    writeFileSync(file, JSON.stringify(content));
    return file;
  };

  test('stores the file once, in the file order; later starts leave the stored list alone and do not read the file', async () => {
    const file = writeFile({ sofa: ['couch'], 退款: ['退钱'] });
    expect(await seedSynonyms(db.synonyms, file, () => loadSynonyms(file))).toBe(true);
    expect((await db.synonyms.get()).groups).toEqual([
      { term: 'sofa', synonyms: ['couch'] },
      { term: '退款', synonyms: ['退钱'] },
    ]);
    await db.synonyms.replace([], { actor: 'ed@example.com' });
    const load = jest.fn(() => loadSynonyms(file));
    expect(await seedSynonyms(db.synonyms, file, load)).toBe(false);
    expect(load).not.toHaveBeenCalled();
    expect((await db.synonyms.get()).groups).toEqual([]);
  });

  test('the demo file passes the rules editors are held to', async () => {
    expect(await seedSynonyms(db.synonyms, 'demo', () => loadSynonyms())).toBe(true);
    expect((await db.synonyms.get()).groups).toContainEqual({ term: 'return', synonyms: ['send back', 'give back', 'take back'] });
  });

  test('groups of a file that break the rules are left out and reported, naming the file and the group; the rest is stored', async () => {
    const file = writeFile({ sofa: ['couch'], return: ['the'], Sofa: ['settee'], price: ['1,000 yuan', 'cost'] });
    const warnings: string[] = [];
    expect(await seedSynonyms(db.synonyms, file, () => loadSynonyms(file), (line) => warnings.push(line))).toBe(true);
    expect((await db.synonyms.get()).groups).toEqual([{ term: 'sofa', synonyms: ['couch'] }]);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toContain(`${file}: synonym group 2 ("return") left out: "the" has no word the search can use`);
    expect(warnings[1]).toContain('group 3 ("Sofa") left out: its word heads an earlier group too');
    expect(warnings[2]).toMatch(/group 4 \("price"\) left out: a synonym holds a comma/);
  });
});
