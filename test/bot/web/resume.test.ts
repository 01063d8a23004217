/**
 * Coming back later over the page's API and Direct Line: the token exchange hands out a resume key; with it, a new
 * token for the same conversation, whose activities include the agent's answer that arrived meanwhile. On SQLite and
 * PostgreSQL. Keys and tokens are signed apart: neither passes for the other, and an old key is refused.
 */
import request from 'supertest';
import { createDirectLineTokens, RESUME_KEY_TTL_SECONDS } from '../../../bot/channels/directline/tokens';
import { forEachDatabase } from '../../support/databases';
import { startTestBaton, type TestBaton } from '../../support/services';

forEachDatabase('resuming a web conversation', (kind) => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton({ database: kind });
  });
  afterAll(() => baton.close());

  const activities = async (conversationId: string, token: string) =>
    (
      await request(baton.app).get(`/v3/directline/conversations/${conversationId}/activities`).set('Authorization', `Bearer ${token}`).expect(200)
    ).body.activities as Array<{ type: string; text?: string; from: { role?: string; name?: string } }>;

  test('the agent answers while the customer is away; the resume key brings them back to it', async () => {
    const started = await request(baton.app).post('/api/webchat/token').send({ locale: 'en-US' }).expect(200);
    const { conversationId, token, resumeKey } = started.body as { conversationId: string; token: string; resumeKey: string };
    expect(resumeKey).toMatch(/^rk1\./);
    await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${token}`).expect(201);
    await request(baton.app)
      .post(`/v3/directline/conversations/${conversationId}/activities`)
      .set('Authorization', `Bearer ${token}`)
      .send({ type: 'message', from: { id: 'customer' }, text: 'I want to talk to a person' })
      .expect(200);
    const { handoff } = baton.parts;
    const ann = { id: 'ann', name: 'Ann Agent', roles: ['supervisor' as const] };
    const ticket = (await handoff.listTickets(ann)).find((t) => t.conversationId === conversationId)!;
    await handoff.claim(ann, ticket.id);
    await handoff.sendMessage(ann, ticket.id, 'Found it: the parcel is at the depot.');

    const resumed = await request(baton.app).post('/api/webchat/resume').send({ key: resumeKey }).expect(200);
    expect(resumed.body).toMatchObject({ conversationId, token: expect.any(String), resumeKey: expect.stringMatching(/^rk1\./) });
    const reopened = await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${resumed.body.token}`).expect(200);
    expect(reopened.body.conversationId).toBe(conversationId);
    const seen = await activities(conversationId, resumed.body.token);
    expect(seen.filter((a) => a.type === 'message').map((a) => a.text)).toEqual(
      expect.arrayContaining(['I want to talk to a person', 'Found it: the parcel is at the depot.']),
    );

    // A key is not a token, a token is not a key; a key with a bad signature or for nothing is refused.
    await request(baton.app).get(`/v3/directline/conversations/${conversationId}/activities`).set('Authorization', `Bearer ${resumeKey}`).expect(403);
    await request(baton.app).post('/api/webchat/resume').send({ key: token }).expect(403);
    await request(baton.app).post('/api/webchat/resume').send({ key: `${resumeKey.slice(0, -2)}xx` }).expect(403);
    await request(baton.app).post('/api/webchat/resume').send({}).expect(400);
  });
});

describe('resume keys', () => {
  test('expire after RESUME_KEY_TTL_SECONDS and are signed apart from tokens', () => {
    let now = Date.UTC(2026, 2, 2);
    const tokens = createDirectLineTokens('k'.repeat(43), () => now);
    const key = tokens.issueResumeKey('conv-1', 'user-1');
    expect(tokens.verifyResumeKey(key)).toEqual({ conversationId: 'conv-1', userId: 'user-1' });
    expect(tokens.verify(key.replace(/^rk1/, 'dl1'))).toBeUndefined();
    const token = tokens.issue('conv-1', 'user-1')!.token;
    expect(tokens.verifyResumeKey(token.replace(/^dl1/, 'rk1'))).toBeUndefined();
    expect(createDirectLineTokens('x'.repeat(43), () => now).verifyResumeKey(key)).toBeUndefined();
    now += (RESUME_KEY_TTL_SECONDS - 1) * 1000;
    expect(tokens.verifyResumeKey(key)).toBeDefined();
    now += 1000;
    expect(tokens.verifyResumeKey(key)).toBeUndefined();
  });
});
