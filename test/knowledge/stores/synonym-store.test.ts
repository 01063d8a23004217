import path from 'node:path';
import { openDatabase, tablesOf, type DatabaseHandle } from '../../../bot/stores/database';
import { migrateToLatest } from '../../../bot/stores/migrate';
import { KyselySynonymStore, knowledgeMigrations, type KnowledgeTables, type SynonymGroup } from '../../../knowledge';
import { createTestDatabase, forEachDatabase, type TestDatabase } from '../../support/databases';

const SEED: SynonymGroup[] = [
  { term: 'return', synonyms: ['send back', 'give back'] },
  { term: '快递', synonyms: ['包裹', '物流'] },
];

forEachDatabase('SynonymStore contract', (kind) => {
  let database: TestDatabase;
  let handle: DatabaseHandle<unknown>;
  let store: KyselySynonymStore;
  let clock: Date;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    handle = openDatabase({ databaseUrl: database.url, sqliteFile: path.join(database.dataDir, 'baton.db') });
    await migrateToLatest(handle.db, knowledgeMigrations);
    clock = new Date('2030-05-01T10:00:00.000Z');
    store = new KyselySynonymStore(tablesOf<KnowledgeTables>(handle.db), () => clock);
  });
  afterEach(async () => {
    await handle.close();
    await database.drop();
  });

  test('a list never stored is empty at revision 0', async () => {
    expect(await store.get()).toEqual({ groups: [], revision: 0, updatedAt: null, updatedBy: null });
    expect(await store.revision()).toBe(0);
  });

  test('seed stores the groups once, in order, as revision 1 saved by nobody', async () => {
    expect(await store.seed(SEED)).toBe(true);
    expect(await store.get()).toEqual({ groups: SEED, revision: 1, updatedAt: '2030-05-01T10:00:00.000Z', updatedBy: null });
    expect(await store.seed([{ term: 'other', synonyms: ['thing'] }])).toBe(false);
    expect((await store.get()).groups).toEqual(SEED);
    expect(await store.revision()).toBe(1);
  });

  test('two instances seeding an empty database at once store one list', async () => {
    const other = new KyselySynonymStore(tablesOf<KnowledgeTables>(handle.db));
    const results = await Promise.all([store.seed(SEED), other.seed([{ term: 'other', synonyms: ['thing'] }])]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const list = await store.get();
    expect(list.revision).toBe(1);
    expect([SEED, [{ term: 'other', synonyms: ['thing'] }]]).toContainEqual(list.groups);
  });

  test('replace swaps the whole list, keeps its order, bumps the revision and records who saved it', async () => {
    await store.seed(SEED);
    clock = new Date('2030-05-02T08:30:00.000Z');
    const groups = [
      { term: 'zebra', synonyms: ['striped horse'] },
      { term: 'apple', synonyms: ['pomme', '苹果'] },
    ];
    const saved = await store.replace(groups, { actor: 'ed@example.com', expectedRevision: 1 });
    const expected = { groups, revision: 2, updatedAt: '2030-05-02T08:30:00.000Z', updatedBy: 'ed@example.com' };
    expect(saved).toEqual(expected);
    expect(await store.get()).toEqual(expected);
    expect(await store.revision()).toBe(2);
  });

  test('a stale revision saves nothing', async () => {
    await store.seed(SEED);
    await store.replace([{ term: 'first', synonyms: ['one'] }], { actor: 'a@example.com', expectedRevision: 1 });
    expect(await store.replace([{ term: 'second', synonyms: ['two'] }], { actor: 'b@example.com', expectedRevision: 1 })).toBeUndefined();
    expect(await store.get()).toMatchObject({ groups: [{ term: 'first', synonyms: ['one'] }], revision: 2, updatedBy: 'a@example.com' });
  });

  test('without an expected revision the last save wins', async () => {
    await store.seed(SEED);
    await store.replace([{ term: 'first', synonyms: ['one'] }], { actor: 'a@example.com' });
    const saved = await store.replace([{ term: 'second', synonyms: ['two'] }], { actor: 'b@example.com' });
    expect(saved).toMatchObject({ revision: 3, updatedBy: 'b@example.com' });
    expect((await store.get()).groups).toEqual([{ term: 'second', synonyms: ['two'] }]);
  });

  test('saving into a list never stored starts it at revision 1; a revision it never had is refused', async () => {
    expect(await store.replace(SEED, { actor: 'a@example.com', expectedRevision: 3 })).toBeUndefined();
    expect(await store.revision()).toBe(0);
    expect(await store.replace(SEED, { actor: 'a@example.com', expectedRevision: 0 })).toMatchObject({ revision: 1, groups: SEED });
  });

  test('an emptied list stays empty: the seed does not come back', async () => {
    await store.seed(SEED);
    await store.replace([], { actor: 'ed@example.com', expectedRevision: 1 });
    expect(await store.seed(SEED)).toBe(false);
    expect(await store.get()).toMatchObject({ groups: [], revision: 2 });
  });

  test('concurrent saves from the same revision: exactly one wins', async () => {
    await store.seed(SEED);
    const other = new KyselySynonymStore(tablesOf<KnowledgeTables>(handle.db));
    const results = await Promise.all([
      store.replace([{ term: 'mine', synonyms: ['a'] }], { actor: 'a@example.com', expectedRevision: 1 }),
      other.replace([{ term: 'theirs', synonyms: ['b'] }], { actor: 'b@example.com', expectedRevision: 1 }),
    ]);
    const winners = results.filter((r) => r !== undefined);
    expect(winners).toHaveLength(1);
    expect(await store.get()).toMatchObject({ revision: 2, groups: winners[0]!.groups });
  });

  test('a large list round-trips intact', async () => {
    const groups = Array.from({ length: 1000 }, (_, i) => ({ term: `term ${i}`, synonyms: [`alt ${i}`, `other ${i}`, `第${i}个`] }));
    await store.replace(groups, { actor: 'ed@example.com' });
    expect((await store.get()).groups).toEqual(groups);
  });
});
