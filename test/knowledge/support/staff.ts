/** Signing in on a test Baton: one person per knowledge role (and an agent, who has none), with their tokens. */
import request from 'supertest';
import type { TestBaton } from '../../support/services';

export type StaffTokens = Record<'admin' | 'editor' | 'reviewer' | 'agent', string>;

export async function login(app: TestBaton['app'], email: string, password: string): Promise<string> {
  const res = await request(app).post('/api/auth/token').send({ email, password }).expect(200);
  return res.body.token as string;
}

export async function signInStaff(baton: TestBaton): Promise<StaffTokens> {
  const password = 'a long enough password';
  await baton.parts.auth.createUser({ email: 'editor@example.com', name: 'Ed', password, roles: ['editor'] });
  await baton.parts.auth.createUser({ email: 'reviewer@example.com', name: 'Rae', password, roles: ['reviewer'] });
  await baton.parts.auth.createUser({ email: 'agent@example.com', name: 'Agnes', password, roles: ['agent'] });
  return {
    admin: await login(baton.app, 'admin@example.com', 'correct horse battery'),
    editor: await login(baton.app, 'editor@example.com', password),
    reviewer: await login(baton.app, 'reviewer@example.com', password),
    agent: await login(baton.app, 'agent@example.com', password),
  };
}

/** Requests to `baton` signed in as `token`'s person. */
export function requestsAs(baton: TestBaton, token: string) {
  return {
    get: (url: string) => request(baton.app).get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body: object = {}) => request(baton.app).post(url).set('Authorization', `Bearer ${token}`).send(body),
    put: (url: string, body: unknown) => request(baton.app).put(url).set('Authorization', `Bearer ${token}`).send(body as object),
  };
}
