/**
 * Deeply nested JSON (as deep as each route's size limit allows) is a 4xx with a plain message on every JSON route,
 * never a 500: it used to overflow the stack where an activity was stored, on /api/messages and Direct Line.
 */
import request from 'supertest';
import { startTestBaton, type TestBaton } from '../../support/services';
import { staffToken } from '../../support/staff-token';

let baton: TestBaton;
let staff: string;
let chat: { conversationId: string; token: string };
beforeAll(async () => {
  baton = await startTestBaton({ demo: false });
  staff = await staffToken(baton.app, 'admin@example.com', 'correct horse battery');
  chat = (await request(baton.app).post('/v3/directline/conversations').expect(201)).body;
});
afterAll(() => baton.close());

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const activity = (field: string, depth: number) =>
  `{"type":"message","text":"hi","conversation":{"id":"deep"},"channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","${field}":${nested(depth)}}`;

test.each([
  ['post', '/api/messages', () => activity('value', 120_000), 'none'],
  ['post', '/api/messages', () => activity('channelData', 120_000), 'none'],
  ['post', 'DIRECT LINE', () => activity('value', 120_000), 'chat'],
  ['post', 'DIRECT LINE', () => activity('entities', 120_000), 'chat'],
  ['post', '/api/auth/token', () => nested(8000), 'none'],
  ['post', '/api/webchat/token', () => nested(2000), 'none'],
  ['put', '/api/admin/policy', () => `{"rules":${nested(2_000_000 / 2)}}`, 'staff'],
  ['post', '/api/knowledge/test', () => `{"text":${nested(100_000)}}`, 'staff'],
  ['put', '/api/knowledge/synonyms', () => `{"groups":${nested(100_000)}}`, 'staff'],
  ['post', '/api/tickets/T-20261122-0001/messages', () => `{"text":${nested(30_000)}}`, 'staff'],
  ['put', '/api/handoff/agents/x/groups', () => `{"groups":${nested(8000)}}`, 'staff'],
] as const)('%s %s: a 4xx, not a 500', async (method, path, body, who) => {
  const url = path === 'DIRECT LINE' ? `/v3/directline/conversations/${chat.conversationId}/activities` : path;
  let req = request(baton.app)[method](url).set('Content-Type', 'application/json');
  if (who === 'staff') req = req.set('Authorization', `Bearer ${staff}`);
  if (who === 'chat') req = req.set('Authorization', `Bearer ${chat.token}`);
  const res = await req.send(body());
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.body.error.message).not.toMatch(/stack|Maximum call/i);
});
