import express from 'express';
import request from 'supertest';
import { createErrorHandler } from '../../../bot/http/error-handler';
import { createRateLimiter, rateLimit } from '../../../bot/http/rate-limit';

test('past the limit a client gets 429 saying when to retry; a new window lets it in again', async () => {
  let clock = 0;
  const app = express();
  const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => clock });
  app.post('/token', rateLimit({ limiter, what: 'chat tokens from this address' }), (_req, res) => {
    res.json({ ok: true });
  });
  app.use(createErrorHandler(() => undefined));
  for (let i = 0; i < 3; i++) await request(app).post('/token').expect(200);
  clock = 15_000;
  const refused = await request(app).post('/token').expect(429);
  expect(refused.headers['retry-after']).toBe('45');
  expect(refused.body.error).toMatchObject({ code: 'rate_limited', message: 'too many chat tokens from this address; try again in 45 s' });
  clock = 60_000;
  await request(app).post('/token').expect(200);
});

test('keys are counted apart, and memory stays bounded: the oldest windows go first', () => {
  let clock = 0;
  const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: () => clock, maxKeys: 3 });
  expect(['a', 'b', 'c'].map((k) => limiter.take(k))).toEqual([undefined, undefined, undefined]);
  expect(limiter.take('c')).toBe(60);
  clock = 1000;
  expect(limiter.take('d')).toBeUndefined(); // "a" is forgotten to make room
  expect(limiter.take('a')).toBeUndefined();
  expect(limiter.take('d')).toBe(60);
});
