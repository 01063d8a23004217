import request from 'supertest';
import { DEFAULT_POLICY } from '../../../bot/core/policy';
import { startTestBaton, type TestBaton } from '../../support/services';

let baton: TestBaton;
let admin: string;
beforeAll(async () => {
  baton = await startTestBaton();
  admin = (await request(baton.app).post('/api/auth/token').send({ email: 'admin@example.com', password: 'correct horse battery' })).body.token;
});
afterAll(() => baton.close());

const as = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('/api/admin/users', () => {
  test('an admin creates an agent who can then sign in; the agent cannot use the admin API', async () => {
    const created = await request(baton.app)
      .post('/api/admin/users')
      .set(as(admin))
      .send({ email: 'Ann@Example.com', name: 'Ann', password: 'agent password 1', roles: ['agent'] })
      .expect(201);
    expect(created.body.user).toMatchObject({ email: 'ann@example.com', roles: ['agent'] });
    const agent = (await request(baton.app).post('/api/auth/token').send({ email: 'ann@example.com', password: 'agent password 1' }).expect(200)).body.token;
    await request(baton.app).get('/api/admin/users').set(as(agent)).expect(403);
    const list = await request(baton.app).get('/api/admin/users').set(as(admin)).expect(200);
    expect(list.body.users.map((u: { email: string }) => u.email)).toEqual(['admin@example.com', 'ann@example.com']);
  });

  test.each([
    [{ email: 'x@example.com', name: 'X', password: 'short', roles: ['agent'] }, 400, /at least 10/],
    [{ email: 'x@example.com', name: 'X', password: 'long enough pw', roles: ['wizard'] }, 400, /roles/],
    [{ email: 'admin@example.com', name: 'Again', password: 'long enough pw', roles: ['agent'] }, 409, /exists already/],
  ])('%j → %d', async (body, status, message) => {
    const res = await request(baton.app).post('/api/admin/users').set(as(admin)).send(body);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(message);
  });

  test('an admin disables a person (signed out at once), enables them, resets a password, revokes sessions', async () => {
    const { body } = await request(baton.app)
      .post('/api/admin/users')
      .set(as(admin))
      .send({ email: 'bo@example.com', name: 'Bo', password: 'agent password 1', roles: ['agent'] })
      .expect(201);
    const bo = body.user.id as string;
    const signIn = (password: string) => request(baton.app).post('/api/auth/token').send({ email: 'bo@example.com', password });
    const session = (await signIn('agent password 1').expect(200)).body.token;

    expect((await request(baton.app).post(`/api/admin/users/${bo}/disable`).set(as(admin)).expect(200)).body.user).toMatchObject({ disabled: true });
    await request(baton.app).get('/api/auth/me').set(as(session)).expect(401);
    await signIn('agent password 1').expect(401);
    const listed = (await request(baton.app).get('/api/admin/users').set(as(admin))).body.users;
    expect(listed.find((u: { email: string }) => u.email === 'bo@example.com')).toMatchObject({ disabled: true });
    await request(baton.app).post(`/api/admin/users/${bo}/enable`).set(as(admin)).expect(200);

    const again = (await signIn('agent password 1').expect(200)).body.token;
    await request(baton.app).put(`/api/admin/users/${bo}/password`).set(as(admin)).send({ password: 'short' }).expect(400);
    await request(baton.app).put(`/api/admin/users/${bo}/password`).set(as(admin)).send({ password: 'a brand new password' }).expect(200);
    await request(baton.app).get('/api/auth/me').set(as(again)).expect(401);
    const fresh = (await signIn('a brand new password').expect(200)).body.token;
    expect((await request(baton.app).delete(`/api/admin/users/${bo}/sessions`).set(as(admin)).expect(200)).body).toEqual({ revoked: 1 });
    await request(baton.app).get('/api/auth/me').set(as(fresh)).expect(401);
    await request(baton.app).post(`/api/admin/users/${bo}/disable`).set(as(fresh)).expect(401);
    await request(baton.app).post('/api/admin/users/nobody/disable').set(as(admin)).expect(404);
  });

  test('without a session: 401', async () => {
    await request(baton.app).get('/api/admin/users').expect(401);
  });
});

describe('/api/admin/policy', () => {
  afterEach(() => request(baton.app).put('/api/admin/policy').set(as(admin)).send(DEFAULT_POLICY));

  test('returns the policy in force; a replacement applies to the next turn', async () => {
    const current = await request(baton.app).get('/api/admin/policy').set(as(admin)).expect(200);
    expect(current.body.rules.map((r: { id: string }) => r.id)).toContain('agent-request');
    // Make an explicit request for a person an L1 case.
    const rules = current.body.rules.map((r: { id: string; then: object }) => (r.id === 'agent-request' ? { ...r, then: { ...r.then, level: 'L1' } } : r));
    await request(baton.app).put('/api/admin/policy').set(as(admin)).send({ ...current.body, rules }).expect(200);
    const reply = await request(baton.app)
      .post('/api/messages')
      .send({ type: 'message', id: 'p1', text: 'talk to a human please', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9/x', conversation: { id: 'policy-conv' }, from: { id: 'u' }, recipient: { id: 'b' }, deliveryMode: 'expectReplies' })
      .expect(200);
    expect(reply.body.activities.some((a: { name?: string; value?: { level?: string } }) => a.name === 'handoff.initiate' && a.value?.level === 'L1')).toBe(true);
  });

  test('an invalid policy is a 400 naming the problem, and the old one stays', async () => {
    const res = await request(baton.app)
      .put('/api/admin/policy')
      .set(as(admin))
      .send({ rules: [{ id: 'x1', when: { moonPhase: 'full' }, then: { handoff: true, level: 'L2' } }] })
      .expect(400);
    expect(res.body.error.message).toMatch(/moonPhase/);
    expect((await request(baton.app).get('/api/admin/policy').set(as(admin))).body.rules).toHaveLength(DEFAULT_POLICY.rules.length);
  });
});

describe('/api/admin/customers', () => {
  test('imported VIPs are handed off a level higher', async () => {
    await request(baton.app)
      .post('/api/admin/customers')
      .set(as(admin))
      .send({ customers: [{ channel: 'emulator', userId: 'vip-1', name: 'Victoria', tier: 'vip' }, { email: 'reg@example.com', tier: 'regular' }] })
      .expect(200, { imported: 2 });
    const reply = await request(baton.app)
      .post('/api/messages')
      .send({ type: 'message', id: 'v1', text: 'I want to talk to a person', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9/x', conversation: { id: 'vip-conv' }, from: { id: 'vip-1' }, recipient: { id: 'b' }, deliveryMode: 'expectReplies' })
      .expect(200);
    const event = reply.body.activities.find((a: { name?: string }) => a.name === 'handoff.initiate');
    expect(event.value).toMatchObject({ level: 'L2', reasons: expect.arrayContaining([expect.objectContaining({ code: 'tier-raise' })]) });
  });

  test('one bad record and nothing is imported', async () => {
    const res = await request(baton.app)
      .post('/api/admin/customers')
      .set(as(admin))
      .send({ customers: [{ email: 'ok@example.com', tier: 'vip' }, { name: 'nobody', tier: 'vip' }] })
      .expect(400);
    expect(res.body.error.message).toMatch(/customers\.1: a customer needs an email, or a channel and a userId/);
    const list = await request(baton.app).get('/api/admin/customers').set(as(admin));
    expect(list.body.customers.map((c: { email?: string }) => c.email)).not.toContain('ok@example.com');
  });
});
