/** `/api/analytics` over HTTP: who may read it, what a bad query answers, and the CSV export's headers. */
import request from 'supertest';
import { startTestBaton, type TestBaton } from '../../support/services';
import { staffToken } from '../../support/staff-token';

let baton: TestBaton;
let supervisor: string;
let agent: string;

beforeAll(async () => {
  baton = await startTestBaton({ demo: false });
  const password = 'a long enough password';
  await baton.parts.auth.createUser({ email: 'sue@example.com', name: 'Sue Supervisor', password, roles: ['supervisor'] });
  await baton.parts.auth.createUser({ email: 'ann@example.com', name: 'Ann Agent', password, roles: ['agent'] });
  supervisor = await staffToken(baton.app, 'sue@example.com', password);
  agent = await staffToken(baton.app, 'ann@example.com', password);
});
afterAll(async () => {
  await baton.close();
});

const get = (path: string, token?: string) => {
  const req = request(baton.app).get(path);
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};

test('supervisors and admins read analytics; agents and strangers do not', async () => {
  await get('/api/analytics/summary').expect(401);
  const refused = await get('/api/analytics/summary', agent).expect(403);
  expect(refused.body.error.code).toBe('forbidden');
  const admin = await staffToken(baton.app, 'admin@example.com', 'correct horse battery');
  await get('/api/analytics/summary', admin).expect(200);
  const res = await get('/api/analytics/summary?from=2026-11-01&to=2026-11-07', supervisor).expect(200);
  expect(res.body).toMatchObject({ period: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-08T00:00:00.000Z' }, conversations: 0, selfServiceRate: null });
});

test.each([
  ['/api/analytics/summary?from=yesterday', /from: must be an ISO date/],
  ['/api/analytics/summary?from=2026-11-08&to=2026-11-01', /from must be before to/],
  ['/api/analytics/summary?from=2024-01-01&to=2026-01-01', /at most 366 days/],
  ['/api/analytics/summary?lang=fr', /lang/],
  ['/api/analytics/summary?level=L9', /level/],
  ['/api/analytics/summary?form=2026-11-01', /form/],
  ['/api/analytics/timeseries?metric=mood', /metric/],
  ['/api/analytics/timeseries?metric=conversations&interval=hour&from=2026-01-01&to=2026-03-01', /interval=hour covers at most 31 days/],
])('%s is a 400 that says what is wrong', async (path, message) => {
  const res = await get(path, supervisor).expect(400);
  expect(res.body.error.code).toBe('invalid_request');
  expect(res.body.error.message).toMatch(message);
});

test('a daily series has one point per day of the period', async () => {
  const res = await get('/api/analytics/timeseries?metric=selfServiceRate&interval=day&from=2026-11-01&to=2026-11-03', supervisor).expect(200);
  expect(res.body.points).toEqual([
    { at: '2026-11-01T00:00:00.000Z', value: null },
    { at: '2026-11-02T00:00:00.000Z', value: null },
    { at: '2026-11-03T00:00:00.000Z', value: null },
  ]);
});

test('the export is a CSV attachment with the documented header', async () => {
  const res = await get('/api/analytics/export.csv?from=2026-11-01&to=2026-11-07', supervisor).expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv/);
  expect(res.headers['content-disposition']).toMatch(/attachment; filename="?baton-analytics-2026-11-01-2026-11-08\.csv"?/);
  expect(res.text.split('\r\n')[0]).toMatch(/^record,id,conversation,channel,lang,started_at,self_served,/);
});
