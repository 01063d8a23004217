/** A bearer token for a person, as scripts get one. */
import request from 'supertest';
import type { TestBaton } from './services';

export async function staffToken(app: TestBaton['app'], email: string, password: string): Promise<string> {
  const res = await request(app).post('/api/auth/token').send({ email, password }).expect(200);
  return res.body.token as string;
}
