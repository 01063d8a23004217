import path from 'node:path';
import { sql } from 'kysely';
import { compiledStatement } from '../../../bot/stores/compiled-statement';
import { openDatabase, type DatabaseHandle } from '../../../bot/stores/database';
import { createTestDatabase, forEachDatabase, type TestDatabase } from '../../support/databases';

interface Tables {
  things: { id: string; n: number; note: string | null };
}

forEachDatabase('compiledStatement', (kind) => {
  let database: TestDatabase;
  let handle: DatabaseHandle<Tables>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    handle = openDatabase<Tables>({ databaseUrl: database.url, sqliteFile: path.join(database.dataDir, 'compiled.db') });
    await handle.db.schema.createTable('things').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('n', 'integer', (c) => c.notNull()).addColumn('note', 'text').execute();
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  test('runs the compiled SQL with each call’s values, constants kept, an argument used twice bound twice', async () => {
    const insert = compiledStatement<{ id: string; n: number; note: string | null }, { n: number }>(['id', 'n', 'note'], (db, a) =>
      db
        .insertInto('things')
        .values({ id: a.id, n: a.n, note: a.note })
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ n: eb('things.n', '+', a.n), note: 'bumped' })))
        .returning('n'),
    );
    expect((await insert.execute(handle.db, { id: 'a', n: 2, note: null })).rows).toEqual([{ n: 2 }]);
    expect((await insert.execute(handle.db, { id: 'b', n: 5, note: 'five' })).rows).toEqual([{ n: 5 }]);
    expect((await insert.execute(handle.db, { id: 'a', n: 3, note: 'ignored' })).rows).toEqual([{ n: 5 }]);
    const rows = await handle.db.selectFrom('things').selectAll().orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'a', n: 5, note: 'bumped' },
      { id: 'b', n: 5, note: 'five' },
    ]);
  });

  test('runs inside a transaction, which rolls it back', async () => {
    const bump = compiledStatement<{ id: string }, never>(['id'], (db, a) => db.updateTable('things').set((eb) => ({ n: eb('n', '+', 1) })).where('id', '=', a.id));
    await expect(
      handle.db.transaction().execute(async (trx) => {
        const result = await bump.execute(trx, { id: 'b' });
        expect(Number(result.numAffectedRows)).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await handle.db.selectFrom('things').select('n').where('id', '=', 'b').executeTakeFirstOrThrow()).n).toBe(5);
  });

  test('refuses a query whose argument is not a bound parameter', async () => {
    const inlined = compiledStatement<{ id: string }, { id: string }>(['id'], (db) => db.selectFrom('things').select('id').where('id', '=', sql.lit('a')));
    await expect(inlined.execute(handle.db, { id: 'a' })).rejects.toThrow('argument id is not a bound parameter');
  });
});
