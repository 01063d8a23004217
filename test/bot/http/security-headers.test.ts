import express from 'express';
import request from 'supertest';
import { securityHeaders } from '../../../bot/http/security-headers';

const appWith = (production: boolean) => express().use(securityHeaders({ production })).get('/', (_req, res) => res.send('ok'));

test("pages may connect only to their own origin (Web Chat's Direct Line and its WebSocket are the page's origin)", async () => {
  const res = await request(appWith(false)).get('/').expect(200);
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toMatch(/(?:^|; )connect-src 'self'(?:;|$)/);
  expect(csp).not.toMatch(/ws:|wss:|\*/);
  expect(csp).toMatch(/script-src 'self'/);
});

test('HSTS in production only: in development Baton is plain http on localhost', async () => {
  expect((await request(appWith(true)).get('/')).headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect((await request(appWith(false)).get('/')).headers['strict-transport-security']).toBeUndefined();
});
