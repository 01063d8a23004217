import express from 'express';
import request from 'supertest';
import { createErrorHandler } from '../../../bot/http/error-handler';
import { rateLimit } from '../../../bot/http/rate-limit';

test('past the limit a client gets 429 saying when to retry; a new window lets it in again', async () => {
  let clock = 0;
  const app = express();
  app.post('/token', rateLimit({ limit: 3, windowMs: 60_000, now: () => clock, what: 'chat tokens' }), (_req, res) => {
    res.json({ ok: true });
  });
  app.use(createErrorHandler(() => undefined));
  for (let i = 0; i < 3; i++) await request(app).post('/token').expect(200);
  clock = 15_000;
  const refused = await request(app).post('/token').expect(429);
  expect(refused.body.error).toEqual({ code: 'rate_limited', message: 'too many chat tokens from this address; try again in 45 s' });
  clock = 60_000;
  await request(app).post('/token').expect(200);
});
