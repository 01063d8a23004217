/** JSON logs: a request id on every line written while a request is served, and no personal data in them. */
import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { createLogger, lineLogger, requestLogging } from '../../../bot/operations/logger';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
}

function appWith(level: 'info' | 'error' | 'silent') {
  const { lines, destination } = capture();
  const logger = createLogger({ level, destination });
  const log = lineLogger(logger);
  const app = express();
  app.use(requestLogging(logger));
  app.get('/work', async (_req, res) => {
    log('looked up the order of ada@example.com');
    await new Promise((resolve) => setTimeout(resolve, 5));
    log('sending the receipt failed: mailbox full');
    res.json({ ok: true });
  });
  app.get('/healthz', (_req, res) => res.json({ ok: true }));
  return { app, lines, log };
}

test('every line of a request carries its id, echoed to the caller; a line outside any request has none', async () => {
  const { app, lines, log } = appWith('info');
  const res = await request(app).get('/work?email=bob@example.com').set('X-Request-Id', 'trace-12345678').expect(200);
  expect(res.headers['x-request-id']).toBe('trace-12345678');
  log('started');
  await new Promise((resolve) => setTimeout(resolve, 20));
  const inRequest = lines.filter((l) => l.msg !== 'started');
  expect(inRequest.length).toBe(3);
  for (const line of inRequest) expect(line.reqId).toBe('trace-12345678');
  expect(lines.find((l) => l.msg === 'started')?.reqId).toBeUndefined();
});

test('no personal data: addresses in service lines are redacted, query strings and headers are not logged', async () => {
  const { app, lines } = appWith('info');
  await request(app).get('/work?email=bob@example.com').set('Authorization', 'Bearer secret-token-value').expect(200);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const text = JSON.stringify(lines);
  expect(text).not.toMatch(/ada@example\.com|bob@example\.com|secret-token-value/);
  expect(text).toContain('/work');
});

test('a request id that is not a plain token is replaced by a new one', async () => {
  const { app } = appWith('silent');
  const res = await request(app).get('/work').set('X-Request-Id', 'has spaces and "quotes"').expect(200);
  expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test('the level filters: at error only failures are written; probes are not logged', async () => {
  const { app, lines } = appWith('error');
  await request(app).get('/work').expect(200);
  await request(app).get('/healthz').expect(200);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(lines.map((l) => l.msg)).toEqual(['sending the receipt failed: mailbox full']);
  expect(lines[0].level).toBe(50);
});
