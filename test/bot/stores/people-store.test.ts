/** The people store's language choice, on every database: remembered per user, null to follow the browser again. */
import path from 'node:path';
import { openDatabase, tablesOf, type DatabaseHandle } from '../../../bot/stores/database';
import { migrateToLatest } from '../../../bot/stores/migrate';
import { botMigrations } from '../../../bot/stores/migrations';
import { KyselyPeopleStore } from '../../../bot/stores/people-store';
import type { BotTables } from '../../../bot/stores/schema';
import { createTestDatabase, forEachDatabase, type TestDatabase } from '../../support/databases';

forEachDatabase('PeopleStore language choice', (kind) => {
  let database: TestDatabase;
  let handle: DatabaseHandle<unknown>;
  let store: KyselyPeopleStore;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    handle = openDatabase({ databaseUrl: database.url, sqliteFile: path.join(database.dataDir, 'baton.db') });
    await migrateToLatest(handle.db, botMigrations);
    store = new KyselyPeopleStore(tablesOf<BotTables>(handle.db));
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  test('a new person follows the browser; a choice is kept until it is cleared', async () => {
    const created = await store.create({ email: 'lin@example.com', name: 'Lin', passwordHash: 'x', roles: ['agent'] });
    expect(created.locale).toBeNull();
    expect((await store.setLocale(created.id, 'zh-TW'))?.locale).toBe('zh-TW');
    expect((await store.findById(created.id))?.locale).toBe('zh-TW');
    expect((await store.findByEmail('lin@example.com'))?.locale).toBe('zh-TW');
    expect((await store.setLocale(created.id, null))?.locale).toBeNull();
    expect(await store.setLocale('nobody', 'en')).toBeUndefined();
  });
});
