/**
 * CSRF beyond SameSite: a change signed in by the session cookie must come from Baton's own origin and be JSON, body
 * or not. Scripts that send `Authorization: Bearer` are not affected. Sign-in from another origin is refused too.
 */
import request from 'supertest';
import { startTestBaton, type TestBaton } from '../../support/services';
import { staffToken } from '../../support/staff-token';

let baton: TestBaton;
let cookie: string;
let ticketId: string;
const ADMIN = { email: 'admin@example.com', password: 'correct horse battery' };

beforeAll(async () => {
  baton = await startTestBaton({ demo: false, env: { PUBLIC_URL: 'https://help.example.com' } });
  const login = await request(baton.app).post('/api/auth/login').send(ADMIN).expect(200);
  cookie = String(login.headers['set-cookie']).split(';')[0];
  const { ticket } = await baton.parts.handoff.requestHandoff({
    conversationId: 'csrf-conversation',
    channel: 'webchat',
    customer: { id: 'c1' },
    lang: 'en',
    level: 'L3',
    category: 'inquiry',
    reasons: [{ code: 'agent-request', detail: 'asked for a person' }],
  });
  ticketId = ticket.id;
});
afterAll(() => baton.close());

describe('a change signed in by the session cookie', () => {
  test.each([
    ['no content type (a body-less form or fetch)', {}],
    ['text/plain (what a cross-site form can send)', { 'Content-Type': 'text/plain' }],
    ['a form', { 'Content-Type': 'application/x-www-form-urlencoded' }],
  ])('%s: 415, and nothing happens', async (_what, headers) => {
    const res = await request(baton.app).post(`/api/tickets/${ticketId}/claim`).set('Cookie', cookie).set(headers).expect(415);
    expect(res.body.error).toEqual({ code: 'json_required', message: 'send this request as application/json (with an empty body if it has none)' });
    expect((await baton.parts.handoff.modeOf('csrf-conversation'))).toBe('queued');
  });

  test.each([
    ['another port of the same host', { Host: 'baton.internal:3978', Origin: 'http://baton.internal:9999' }],
    ['a sibling subdomain', { Origin: 'https://evil.example.com' }],
    ['an opaque origin', { Origin: 'null' }],
    ['a same-site fetch', { 'Sec-Fetch-Site': 'same-site' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('from %s: 403 even as JSON', async (_what, headers) => {
    const res = await request(baton.app).post('/api/handoff/heartbeat').set('Cookie', cookie).set('Content-Type', 'application/json').set(headers).send('{}').expect(403);
    expect(res.body.error.code).toBe('cross_site_request');
  });

  test('from Baton itself (its host, or its PUBLIC_URL), as JSON: allowed, body-less included', async () => {
    await request(baton.app).post('/api/handoff/heartbeat').set('Cookie', cookie).set('Content-Type', 'application/json').expect(200);
    await request(baton.app)
      .post('/api/handoff/heartbeat')
      .set('Cookie', cookie)
      .set({ 'Content-Type': 'application/json', Host: 'baton.internal:3978', Origin: 'http://baton.internal:3978', 'Sec-Fetch-Site': 'same-origin' })
      .expect(200);
    await request(baton.app)
      .post(`/api/tickets/${ticketId}/claim`)
      .set('Cookie', cookie)
      .set({ 'Content-Type': 'application/json; charset=utf-8', Origin: 'https://help.example.com' })
      .expect(200);
  });

  test('reading is not a change: GET needs neither', async () => {
    await request(baton.app).get('/api/auth/me').set('Cookie', cookie).set('Origin', 'https://evil.example.com').expect(200);
  });

  test('logging out is a change too', async () => {
    const login = await request(baton.app).post('/api/auth/login').send(ADMIN).expect(200);
    const own = String(login.headers['set-cookie']).split(';')[0];
    await request(baton.app).post('/api/auth/logout').set('Cookie', own).expect(415);
    await request(baton.app).get('/api/auth/me').set('Cookie', own).expect(200);
    await request(baton.app).post('/api/auth/logout').set('Cookie', own).set('Content-Type', 'application/json').expect(204);
    await request(baton.app).get('/api/auth/me').set('Cookie', own).expect(401);
  });
});

test('scripts with a bearer token are not affected', async () => {
  const token = await staffToken(baton.app, ADMIN.email, ADMIN.password);
  await request(baton.app).post('/api/handoff/heartbeat').set('Authorization', `Bearer ${token}`).expect(200);
});

test('signing in from another origin is refused', async () => {
  const res = await request(baton.app).post('/api/auth/login').set('Origin', 'https://evil.example.com').send(ADMIN).expect(403);
  expect(res.body.error.code).toBe('cross_site_request');
  expect(res.headers['set-cookie']).toBeUndefined();
});
