/** `/healthz`, `/readyz` and `/metrics` on a real Baton: what each answers, who may scrape, and what is counted. */
import express from 'express';
import request from 'supertest';
import { createOperationsRouter } from '../../../bot/operations';
import { createMetrics } from '../../../bot/operations/metrics';
import { createErrorHandler } from '../../../bot/http/error-handler';
import { startTestBaton, type TestBaton } from '../../support/services';

const TOKEN = 'metrics-token-for-tests-0123';

describe('with a metrics token', () => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton({ env: { BATON_METRICS_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await baton.close();
  });

  test('health: the process answers; readiness: the database answers and the index is loaded', async () => {
    expect((await request(baton.app).get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
    expect((await request(baton.app).get('/readyz').expect(200)).body).toMatchObject({ status: 'ready', checks: { database: 'ok', index: 'ok' } });
    expect((await request(baton.app).get('/readyz')).body.knowledgeArticles).toBe(baton.parts.knowledge.size);
  });

  test('metrics need the token', async () => {
    const refused = await request(baton.app).get('/metrics').expect(401);
    expect(refused.body.error.message).toMatch(/BATON_METRICS_TOKEN/);
    await request(baton.app).get('/metrics').set('Authorization', 'Bearer wrong-token-of-same-size!!').expect(401);
  });

  test('turns by decision, handoffs by reason, the queue, HTTP latency, index build time and process metrics are exported', async () => {
    const { parts: services } = baton;
    await services.conversations.ensure({ id: 'conv-metrics', channel: 'webchat', userId: 'u1' });
    await services.runtime.respond({ conversationId: 'conv-metrics', channel: 'webchat', userId: 'u1', text: 'I want to talk to a person' });
    await services.handoff.requestHandoff({
      conversationId: 'conv-other',
      channel: 'webchat',
      customer: { id: 'c2' },
      lang: 'en',
      level: 'L1',
      category: 'complaint',
      reasons: [{ code: 'safety', detail: 'a fire' }],
    });
    const admin = (await request(baton.app).post('/api/auth/token').send({ email: 'admin@example.com', password: 'correct horse battery' }).expect(200)).body.token as string;
    await request(baton.app).get('/api/analytics/summary').set('Authorization', `Bearer ${admin}`).expect(200);
    await request(baton.app).get('/api/tickets').expect(401);

    const text = (await request(baton.app).get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200)).text;
    expect(text).toMatch(/^baton_turns_total\{decision="handoff"\} 1$/m);
    expect(text).toMatch(/^baton_handoffs_total\{reason="agent-request"\} 1$/m);
    expect(text).toMatch(/^baton_handoffs_total\{reason="safety"\} 1$/m);
    expect(text).toMatch(/^baton_queue_length\{group="[\w-]+",level="L1"\} 1$/m);
    // Routes by pattern; a request refused before any route matched is "unmatched" (no series per path).
    expect(text).toMatch(/^baton_http_request_duration_seconds_count\{method="GET",route="\/api\/analytics\/summary",status="200"\} 1$/m);
    expect(text).toMatch(/^baton_http_request_duration_seconds_count\{method="GET",route="unmatched",status="401"\} 1$/m);
    expect(text).toMatch(/^baton_knowledge_index_build_seconds_count [1-9]/m);
    expect(text).toMatch(/^baton_process_cpu_seconds_total /m);
    expect(text).toMatch(/^# HELP baton_sla_events_total /m);
  });

  test('readiness fails with 503 naming the database once it stops answering', async () => {
    const other = await startTestBaton({ demo: false });
    try {
      await other.parts.database.close();
      const res = await request(other.app).get('/readyz').expect(503);
      expect(res.body).toMatchObject({ status: 'not ready', checks: { index: 'ok' } });
      expect(res.body.checks.database).toMatch(/^unreachable/);
    } finally {
      // Stopping closes the database again: that second close may complain; the test database is dropped either way.
      await other.close().catch(() => undefined);
    }
  });
});

test('without a token /metrics is not served, and says how to turn it on', async () => {
  const baton = await startTestBaton({ demo: false });
  try {
    const res = await request(baton.app).get('/metrics').expect(404);
    expect(res.body.error.message).toMatch(/set BATON_METRICS_TOKEN/);
  } finally {
    await baton.close();
  }
});

test('readiness is 503 while the knowledge index is not loaded', async () => {
  const app = express();
  app.use(createOperationsRouter({ metrics: createMetrics(), ready: { database: async () => undefined, indexLoaded: () => false, articles: () => 0 } }));
  app.use(createErrorHandler(() => undefined));
  expect((await request(app).get('/readyz').expect(503)).body).toEqual({ status: 'not ready', checks: { database: 'ok', index: 'not loaded' }, knowledgeArticles: 0 });
});

test('counting turns passes the conversation the turn already has on to the runtime (no second read of it)', async () => {
  const seen: unknown[] = [];
  const runtime = createMetrics().countTurns({
    async respond(_input, known) {
      seen.push(known);
      return { replies: [], effects: [], state: {} as never, explanation: { lang: 'en', decision: 'answer', rule: 'test', candidates: [], level: null } };
    },
  });
  const known = { conversation: { id: 'c-1' } as never };
  await runtime.respond({ conversationId: 'c-1', channel: 'test', userId: 'u', text: 'hi' }, known);
  expect(seen).toEqual([known]);
});

