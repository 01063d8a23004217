import request from 'supertest';
import express from 'express';
import { createErrorHandler } from '../../../bot/http/error-handler';
import { requireRole } from '../../../bot/people/routes';
import { startTestBaton, type TestBaton } from '../../support/services';

let baton: TestBaton;
beforeAll(async () => {
  baton = await startTestBaton({ demo: false });
  await baton.parts.auth.createUser({ email: 'agent@example.com', name: 'Ann Agent', password: 'agent password 1', roles: ['agent'] });
});
afterAll(() => baton.close());

describe('POST /api/auth/login', () => {
  test('the right password gives an httpOnly SameSite session cookie, and no token a page script could read', async () => {
    const res = await request(baton.app).post('/api/auth/login').send({ email: 'Admin@Example.com', password: 'correct horse battery' }).expect(200);
    expect(res.body).toEqual({ user: expect.objectContaining({ email: 'admin@example.com', roles: expect.arrayContaining(['admin']) }), expiresAt: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/token|passwordHash/i);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/baton_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await request(baton.app).get('/api/auth/me').set('Cookie', cookie.split(';')[0]).expect(200);
    expect(me.body.user.email).toBe('admin@example.com');
  });

  test('POST /api/auth/token gives scripts a bearer token (no cookie), under the same rules', async () => {
    const res = await request(baton.app).post('/api/auth/token').send({ email: 'agent@example.com', password: 'agent password 1' }).expect(200);
    expect(res.body).toMatchObject({ token: expect.any(String), user: { email: 'agent@example.com' }, expiresAt: expect.any(String) });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    const me = await request(baton.app).get('/api/auth/me').set('Authorization', `Bearer ${res.body.token}`).expect(200);
    expect(me.body.user.email).toBe('agent@example.com');
    const wrong = await request(baton.app).post('/api/auth/token').send({ email: 'agent@example.com', password: 'nope' }).expect(401);
    expect(wrong.body.error.message).toBe('email or password is wrong');
  });

  test.each([
    [{ email: 'admin@example.com', password: 'wrong' }, 401, /email or password is wrong/],
    [{ email: 'nobody@example.com', password: 'whatever' }, 401, /email or password is wrong/],
    [{ email: 'not an email', password: 'x' }, 400, /email/],
    [{ email: 'admin@example.com' }, 400, /password/],
  ])('%j → %d', async (body, status, message) => {
    const res = await request(baton.app).post('/api/auth/login').send(body);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(message);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  test('too many wrong passwords: 429 with Retry-After, for a known and an unknown e-mail alike', async () => {
    for (const email of ['locked@example.com', 'agent2@example.com']) {
      if (email === 'agent2@example.com') await baton.parts.auth.createUser({ email, name: 'Two', password: 'agent password 2', roles: ['agent'] });
      for (let i = 0; i < 5; i++) await request(baton.app).post('/api/auth/login').send({ email, password: 'wrong' }).expect(401);
      const res = await request(baton.app).post('/api/auth/login').send({ email, password: 'agent password 2' }).expect(429);
      expect(res.headers['retry-after']).toBe('30');
      expect(res.body.error).toMatchObject({ code: 'rate_limited', message: 'too many failed sign-ins; try again in 30 s' });
    }
  });

  test('logout ends the session', async () => {
    const { body } = await request(baton.app).post('/api/auth/token').send({ email: 'agent@example.com', password: 'agent password 1' });
    await request(baton.app).post('/api/auth/logout').set('Authorization', `Bearer ${body.token}`).expect(204);
    await request(baton.app).get('/api/auth/me').set('Authorization', `Bearer ${body.token}`).expect(401);
  });
});

describe('requireRole', () => {
  const guarded = () => {
    const app = express();
    app.get('/editor-only', requireRole(baton.parts.auth, 'editor'), (req, res) => {
      res.json({ user: req.user!.email });
    });
    app.use(createErrorHandler(() => undefined));
    return app;
  };
  const tokenOf = async (email: string, password: string) =>
    (await request(baton.app).post('/api/auth/token').send({ email, password })).body.token as string;

  test('no session → 401 saying how to sign in', async () => {
    const res = await request(guarded()).get('/editor-only').expect(401);
    expect(res.body.error.message).toMatch(/POST \/api\/auth\/login/);
  });

  test('the wrong role → 403 naming the role needed', async () => {
    const res = await request(guarded()).get('/editor-only').set('Authorization', `Bearer ${await tokenOf('agent@example.com', 'agent password 1')}`).expect(403);
    expect(res.body.error.message).toMatch(/needs one of the roles editor; you have agent/);
  });

  test('admin passes every role check; the session cookie works too', async () => {
    const login = await request(baton.app).post('/api/auth/login').send({ email: 'admin@example.com', password: 'correct horse battery' });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    await request(guarded()).get('/editor-only').set('Cookie', cookie).expect(200, { user: 'admin@example.com' });
  });
});

test('a mangled session cookie is no session (401), not a server error', async () => {
  const res = await request(baton.app).get('/api/auth/me').set('Cookie', 'baton_session=%E0%A4%A').expect(401);
  expect(res.body.error.code).toBe('unauthorized');
});

describe('PUT /api/auth/me/locale', () => {
  test('a person chooses the language of the staff pages; it comes back with who they are', async () => {
    const { body } = await request(baton.app).post('/api/auth/login').send({ email: 'agent@example.com', password: 'agent password 1' });
    expect(body.user.locale).toBeNull();
    const { token } = (await request(baton.app).post('/api/auth/token').send({ email: 'agent@example.com', password: 'agent password 1' })).body;
    const bearer = `Bearer ${token}`;
    const chosen = await request(baton.app).put('/api/auth/me/locale').set('Authorization', bearer).send({ locale: 'zh-CN' }).expect(200);
    expect(chosen.body.user).toMatchObject({ email: 'agent@example.com', locale: 'zh-CN' });
    expect((await request(baton.app).get('/api/auth/me').set('Authorization', bearer)).body.user.locale).toBe('zh-CN');
    await request(baton.app).put('/api/auth/me/locale').set('Authorization', bearer).send({ locale: null }).expect(200);
    expect((await request(baton.app).get('/api/auth/me').set('Authorization', bearer)).body.user.locale).toBeNull();
  });

  test.each([[{ locale: 'fr' }], [{}], [{ locale: 'zh' }]])('%j is refused with the choices named', async (sent) => {
    const { body } = await request(baton.app).post('/api/auth/token').send({ email: 'agent@example.com', password: 'agent password 1' });
    const res = await request(baton.app).put('/api/auth/me/locale').set('Authorization', `Bearer ${body.token}`).send(sent).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', message: expect.stringMatching(/locale is en, zh-CN, zh-TW, or null/) });
  });

  test('without a session: 401', async () => {
    await request(baton.app).put('/api/auth/me/locale').send({ locale: 'en' }).expect(401);
  });
});
