/**
 * The analytics contract, on SQLite and PostgreSQL alike: a hand-computed fixture driven through the real stores with
 * a clock the test controls. Four conversations — two answered by the bot, two handed off; one agent replies after
 * 120 s and resolves after 600 s, the other after 30 s and 90 s; surveys 5 and 2 — give self-service 0.5, a median
 * first response of 75 s and CSAT 0.5.
 */
import { forEachDatabase } from '../../support/databases';
import { createAnalyticsFixture, type AnalyticsFixture } from './support/analytics-fixture';
import type { AnalyticsFilter } from '../../../bot/analytics';
import type { Actor } from '../../../contracts';

const ada: Actor = { id: 'agent-ada', name: 'Ada Agent', roles: ['agent'] };
const bo: Actor = { id: 'agent-bo', name: 'Bo Agent', roles: ['agent'] };
const DAY: AnalyticsFilter = { from: '2026-11-22T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' };

forEachDatabase('analytics contract', (kind) => {
  let fx: AnalyticsFixture;

  beforeAll(async () => {
    fx = await createAnalyticsFixture(kind, '2026-11-22T10:00:00.000Z');
    await fx.botConversation('conv-a');
    await fx.botConversation('conv-b', { channel: 'msteams', locale: 'zh-CN' });
    const slow = await fx.handedOff('conv-c', 'agent-request');
    await fx.agentHandles(slow, ada, 120, 600);
    fx.clock.set('2026-11-22T11:00:00.000Z');
    const quick = await fx.handedOff('conv-d', 'complaint', { level: 'L2' });
    await fx.agentHandles(quick, bo, 30, 90);
    await fx.handoff.recordSurvey('conv-c', { score: 5 });
    await fx.handoff.recordSurvey('conv-d', { score: 2 });
    // The next day, outside the period: must not count.
    fx.clock.set('2026-11-23T09:00:00.000Z');
    await fx.botConversation('conv-next-day');
    await fx.handedOff('conv-next-day-2', 'safety');
  });
  afterAll(async () => {
    await fx.close();
  });

  test('the hand-computed fixture: self-service 0.5, first response median 75 s, CSAT 0.5', async () => {
    const summary = await fx.analytics.summary(DAY);
    expect(summary).toMatchObject({
      conversations: 4,
      selfServed: 2,
      selfServiceRate: 0.5,
      handoffs: 2,
      handoffRate: 0.5,
      handoffsByReason: { 'agent-request': 1, complaint: 1 },
      firstResponseSeconds: { median: 75, p90: 111, mean: 75, n: 2 },
      resolutionSeconds: { median: 345, p90: 549, mean: 345, n: 2 },
      firstContactResolutionRate: 1,
      csat: { responses: 2, score: 0.5 },
      nps: { responses: 0, score: null },
    });
    expect(summary.serviceLevel.L3).toEqual({ met: 1, breached: 0, rate: 1 });
    expect(summary.serviceLevel.L2).toEqual({ met: 1, breached: 0, rate: 1 });
    expect(summary.breakdowns.channels).toEqual({ webchat: 3, msteams: 1 });
    expect(summary.breakdowns.languages).toEqual({ en: 3, zh: 1 });
    expect(summary.breakdowns.agents).toEqual({ 'Ada Agent': 1, 'Bo Agent': 1 });
  });

  test('filters narrow the conversations (channel, language) and the tickets (level, group)', async () => {
    const teams = await fx.analytics.summary({ ...DAY, channel: 'msteams' });
    expect(teams).toMatchObject({ conversations: 1, selfServed: 1, handoffs: 0 });
    const chinese = await fx.analytics.summary({ ...DAY, lang: 'zh' });
    expect(chinese.conversations).toBe(1);
    const urgent = await fx.analytics.summary({ ...DAY, level: 'L2' });
    expect(urgent).toMatchObject({ handoffs: 1, firstResponseSeconds: { median: 30, n: 1 }, csat: { responses: 1, score: 0 } });
  });

  test('an hourly series puts each conversation in the hour of its first customer message', async () => {
    const points = await fx.analytics.timeseries({ from: '2026-11-22T09:00:00.000Z', to: '2026-11-22T12:00:00.000Z' }, 'conversations', 'hour');
    expect(points).toEqual([
      { at: '2026-11-22T09:00:00.000Z', value: 0 },
      { at: '2026-11-22T10:00:00.000Z', value: 3 },
      { at: '2026-11-22T11:00:00.000Z', value: 1 },
    ]);
    const frt = await fx.analytics.timeseries({ from: '2026-11-22T10:00:00.000Z', to: '2026-11-22T12:00:00.000Z' }, 'firstResponseMedian', 'hour');
    expect(frt.map((p) => p.value)).toEqual([120, 30]);
  });

  test('a conversation waiting in the queue is not self-served; a ticket queued later counts in its own period', async () => {
    const nextDay = await fx.analytics.summary({ from: '2026-11-23T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z' });
    expect(nextDay).toMatchObject({ conversations: 2, selfServed: 1, handoffs: 1, handoffsByReason: { safety: 1 }, firstResponseSeconds: { n: 0, median: null } });
    expect(nextDay.csat).toEqual({ responses: 0, score: null });
  });

  test('an empty period has zero counts and unknown rates, not zero rates', async () => {
    const empty = await fx.analytics.summary({ from: '2026-10-01T00:00:00.000Z', to: '2026-10-02T00:00:00.000Z' });
    expect(empty).toMatchObject({ conversations: 0, selfServiceRate: null, handoffRate: null, firstContactResolutionRate: null, topUnanswered: [] });
  });

  test('the export has a row per conversation and per ticket, and no customer name, e-mail or id', async () => {
    const csv = await fx.analytics.exportCsv(DAY);
    const lines = csv.trim().split('\r\n');
    expect(lines[0].split(',')).toEqual(expect.arrayContaining(['record', 'conversation', 'first_response_seconds', 'csat_score']));
    expect(lines.filter((l) => l.startsWith('conversation,'))).toHaveLength(4);
    const tickets = lines.filter((l) => l.startsWith('ticket,'));
    expect(tickets).toHaveLength(2);
    expect(tickets.some((l) => l.includes(',120,600,'))).toBe(true);
    expect(csv).not.toMatch(/Ada Customer|ada@example\.com|customer-conv|conv-c/);
  });
});

forEachDatabase('analytics first-contact resolution', (kind) => {
  let fx: AnalyticsFixture;
  beforeAll(async () => {
    fx = await createAnalyticsFixture(kind, '2026-11-22T10:00:00.000Z');
  });
  afterAll(async () => {
    await fx.close();
  });

  test('a customer back within 7 days, or a ticket transferred, is not resolved at first contact', async () => {
    const first = await fx.handedOff('conv-1', 'agent-request', { customerId: 'cust-same' });
    await fx.agentHandles(first, ada, 60, 120);
    const transferred = await fx.handedOff('conv-2', 'complaint');
    await fx.handoff.claim(ada, transferred);
    await fx.handoff.heartbeat(bo);
    await fx.handoff.transfer(ada, transferred, { agentId: bo.id });
    await fx.handoff.claim(bo, transferred);
    await fx.handoff.resolve(bo, transferred, { code: 'solved' });
    const clean = await fx.handedOff('conv-3', 'agent-request');
    await fx.agentHandles(clean, ada, 10, 20);
    fx.clock.set('2026-11-25T10:00:00.000Z');
    await fx.handedOff('conv-4', 'agent-request', { customerId: 'cust-same' });

    const summary = await fx.analytics.summary({ from: '2026-11-22T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' });
    expect(summary.resolved).toBe(3);
    expect(summary.firstContactResolutionRate).toBeCloseTo(1 / 3, 10);
  });
});
