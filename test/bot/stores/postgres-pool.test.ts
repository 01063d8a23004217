import express from 'express';
import request from 'supertest';
import { createErrorHandler } from '../../../bot/http/error-handler';
import { databaseUnavailable, isConnectionError } from '../../../bot/stores/postgres-pool';

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
