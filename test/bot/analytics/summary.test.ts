/** The summary's ticket numbers from facts written by hand, business seconds by a real handoff calendar. */
import { summarize } from '../../../bot/analytics/summary';
import type { TicketFact } from '../../../bot/analytics';
import { BusinessCalendarSchema, createBusinessClock } from '../../../handoff';

const weekdays = createBusinessClock(
  BusinessCalendarSchema.parse({ timeZone: 'UTC', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['09:00-17:00']])) }),
);
const businessSeconds = (from: string, to: string) => weekdays.minutesBetween(new Date(from), new Date(to)) * 60;

function ticket(overrides: Partial<TicketFact>): TicketFact {
  return {
    id: 'T-1',
    conversationId: 'c-1',
    channel: 'webchat',
    lang: 'en',
    level: 'L3',
    group: 'default',
    status: 'resolved',
    category: 'inquiry',
    reasons: ['agent-request'],
    assignee: 'Ada',
    queuedAt: '2026-11-27T16:58:00.000Z',
    firstRespondedAt: null,
    resolvedAt: null,
    firstResponseSeconds: null,
    resolutionSeconds: null,
    agents: 1,
    transfers: 0,
    reopened: false,
    slaBreached: false,
    survey: null,
    ...overrides,
  };
}

test('a ticket queued on Friday at 16:58 and answered on Monday at 09:01 waited 3 business minutes', () => {
  const friday = ticket({
    firstRespondedAt: '2026-11-30T09:01:00.000Z',
    resolvedAt: '2026-11-30T09:31:00.000Z',
    firstResponseSeconds: (Date.parse('2026-11-30T09:01:00.000Z') - Date.parse('2026-11-27T16:58:00.000Z')) / 1000,
    resolutionSeconds: (Date.parse('2026-11-30T09:31:00.000Z') - Date.parse('2026-11-27T16:58:00.000Z')) / 1000,
  });
  const summary = summarize([], [friday], [], businessSeconds);
  expect(summary.firstResponseSeconds.median).toBe(230_580);
  expect(summary.firstResponseBusinessSeconds).toEqual({ median: 180, p90: 180, mean: 180, n: 1 });
  expect(summary.resolutionBusinessSeconds?.median).toBe(1980);
  expect(summarize([], [friday]).firstResponseBusinessSeconds).toBeNull();
});

test('service level per level: resolved without a miss is met, any miss is breached, open tickets are not decided yet', () => {
  const summary = summarize(
    [],
    [
      ticket({ id: 'a', level: 'L1', resolvedAt: '2026-11-27T17:00:00.000Z' }),
      ticket({ id: 'b', level: 'L1', slaBreached: true, resolvedAt: '2026-11-27T18:00:00.000Z', group: 'billing' }),
      ticket({ id: 'c', level: 'L1', status: 'queued' }),
      ticket({ id: 'd', level: 'L2', slaBreached: true, status: 'queued', group: 'billing' }),
    ],
  );
  expect(summary.serviceLevel).toEqual({ L1: { met: 1, breached: 1, rate: 0.5 }, L2: { met: 0, breached: 1, rate: 0 }, L3: { met: 0, breached: 0, rate: null } });
  expect(summary.breachesByGroup).toEqual({ billing: 2 });
});
