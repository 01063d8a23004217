import express from 'express';
import request from 'supertest';
import { createErrorHandler } from '../../../bot/http/error-handler';
import { sql } from 'kysely';
import { isCodedError } from '../../../contracts';
import { openPostgres, type DatabaseHandle } from '../../../bot/stores/database';
import { databaseUnavailable, isConnectionError } from '../../../bot/stores/postgres-pool';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../../support/databases';

test.each([
  ['a terminated backend (pg_terminate_backend)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
  ['a socket closed mid-query', new Error('Connection terminated unexpectedly')],
  ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
  ['a checkout that timed out', new Error('timeout exceeded when trying to connect')],
  ['a connection exception class', Object.assign(new Error('connection failure'), { code: '08006' })],
])('%s is the connection, not the statement', (_what, err) => {
  expect(isConnectionError(err)).toBe(true);
});

test.each([
  ['a unique violation', Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' })],
  ['a syntax error', Object.assign(new Error('syntax error at or near "selec"'), { code: '42601' })],
  ['a serialization failure', Object.assign(new Error('could not serialize access'), { code: '40001' })],
  ['not an error at all', 'Connection'],
])('%s is not a connection error', (_what, err) => {
  expect(isConnectionError(err)).toBe(false);
});

test('a dropped database answers 503 database_unavailable with Retry-After, not a 500', async () => {
  const app = express();
  app.post('/turn', () => {
    throw databaseUnavailable(new Error('Connection terminated unexpectedly'));
  });
  app.use(createErrorHandler(() => undefined));
  const answer = await request(app).post('/turn').expect(503);
  expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
  expect(answer.body.error.code).toBe('database_unavailable');
  expect(answer.body.error.message).toMatch(/try again in \d+ s/);
});

const maybe = postgresAvailable() ? describe : describe.skip;

maybe('a saturated pool [postgres]', () => {
  let database: TestDatabase;
  let handle: DatabaseHandle<unknown>;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    // One connection, a short checkout bound: the configured timeout, not a built-in one, decides.
    handle = openPostgres(database.url!, { max: 1, checkoutTimeoutMs: 400 });
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  test('a query queues for a connection while one is free within the bound, and answers 503 database_unavailable past it', async () => {
    const hold = (ms: number) => handle.db.transaction().execute(async (trx) => sql`select pg_sleep(${ms / 1000})`.execute(trx));
    // Held for less than the bound: the queued query waits and succeeds.
    const short = hold(150);
    const queued = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
    expect(queued.rows).toEqual([{ one: 1 }]);
    await short;
    // Held for longer: the queued query gives up after the bound with the coded error (503 + Retry-After).
    const long = hold(1_500);
    const started = Date.now();
    const failed = await sql`select 1`.execute(handle.db).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(isCodedError(failed, 'database_unavailable')).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(Date.now() - started).toBeLessThan(1_400);
    await long;
  });
});

maybe('prepared statements [postgres]', () => {
  let database: TestDatabase;
  let handle: DatabaseHandle<any>;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    // One connection, so every statement below meets the statements its earlier runs prepared.
    handle = openPostgres(database.url!, { max: 1 });
    await sql`create table probe (id integer primary key, name text)`.execute(handle.db);
    await sql`insert into probe values (1, 'one'), (2, 'two')`.execute(handle.db);
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  const prepared = async () =>
    (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(handle.db)).rows.map((r) => r.statement);
  const byId = (id: number) => handle.db.selectFrom('probe').selectAll().where('id', '=', id).execute();

  test('a statement run often is prepared once on the connection; a one-off is not', async () => {
    await handle.db.selectFrom('probe').select('name').where('id', '=', 2).execute();
    for (let i = 0; i < 5; i++) expect(await byId(1)).toEqual([{ id: 1, name: 'one' }]);
    const statements = await prepared();
    expect(statements.filter((s) => s.includes('select * from "probe" where "id" = $1'))).toHaveLength(1);
    expect(statements.some((s) => s.includes('select "name" from "probe"'))).toBe(false);
  });

  test('a prepared statement whose result columns a migration changed is prepared again (on its own at once; in a transaction from the next run)', async () => {
    for (let i = 0; i < 5; i++) await byId(1);
    await sql`alter table probe add column note text`.execute(handle.db);
    expect(await byId(1)).toEqual([{ id: 1, name: 'one', note: null }]);
    // The stale statement stays on the connection, unused; the text runs under its new name.
    expect((await prepared()).filter((s) => s.includes('select * from "probe" where "id" = $1'))).toHaveLength(2);
    await sql`alter table probe add column more text`.execute(handle.db);
    const inTransaction = await handle.db
      .transaction()
      .execute((trx) => trx.selectFrom('probe').selectAll().where('id', '=', 2).execute())
      .then(
        () => 'ran',
        (err: { code?: string }) => err.code,
      );
    expect(inTransaction).toBe('0A000');
    expect(await handle.db.transaction().execute((trx) => trx.selectFrom('probe').selectAll().where('id', '=', 2).execute())).toEqual([
      { id: 2, name: 'two', note: null, more: null },
    ]);
  });

  test('DATABASE_PREPARED_STATEMENTS=false: nothing is prepared', async () => {
    const unnamed = openPostgres<any>(database.url!, { max: 1, preparedStatements: false });
    try {
      for (let i = 0; i < 5; i++) await unnamed.db.selectFrom('probe').select('id').where('id', '=', 1).execute();
      const rows = (await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(unnamed.db)).rows;
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await unnamed.close();
    }
  });
});
