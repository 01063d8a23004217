import type { TicketStatus } from '../../handoff';
import { actionsFrom, canApply, modeFor, targetOf, TRANSITIONS, type TicketAction } from '../../handoff/state-machine';

const STATUSES: TicketStatus[] = ['bot', 'queued', 'assigned', 'resolved', 'closed'];

// Every (status, action) pair: the expected next status, or null where the table forbids it.
const TABLE: Array<[TicketStatus, TicketAction, TicketStatus | null]> = [
  ['bot', 'request', 'queued'],
  ['queued', 'request', null],
  ['assigned', 'request', null],
  ['resolved', 'request', null],
  ['closed', 'request', null],

  ['queued', 'claim', 'assigned'],
  ['bot', 'claim', null],
  ['assigned', 'claim', null],
  ['resolved', 'claim', null],
  ['closed', 'claim', null],

  ['assigned', 'transfer', 'queued'],
  ['queued', 'transfer', null],
  ['resolved', 'transfer', null],

  ['assigned', 'release', 'queued'],
  ['queued', 'release', null],
  ['bot', 'release', null],

  ['assigned', 'resolve', 'resolved'],
  ['queued', 'resolve', null],
  ['bot', 'resolve', null],
  ['resolved', 'resolve', null],

  ['resolved', 'close', 'closed'],
  ['assigned', 'close', null],
  ['queued', 'close', null],
  ['closed', 'close', null],

  ['queued', 'return-to-bot', 'bot'],
  ['resolved', 'return-to-bot', 'bot'],
  ['assigned', 'return-to-bot', null],
  ['bot', 'return-to-bot', null],
  ['closed', 'return-to-bot', null],
];

describe('ticket state machine', () => {
  test.each(TABLE)('%s --%s--> %s', (from, action, to) => {
    expect(canApply(from, action)).toBe(to !== null);
    if (to) expect(targetOf(action)).toBe(to);
  });

  test('the table covers every status × action pair', () => {
    const actions = Object.keys(TRANSITIONS) as TicketAction[];
    for (const status of STATUSES) {
      for (const action of actions) {
        const allowed = canApply(status, action);
        const row = TABLE.find(([s, a]) => s === status && a === action);
        // Pairs missing from TABLE must be forbidden.
        if (!row) expect(allowed).toBe(false);
      }
    }
  });

  test('closed is final; every other status has a way forward', () => {
    expect(actionsFrom('closed')).toEqual([]);
    for (const status of STATUSES.filter((s) => s !== 'closed')) expect(actionsFrom(status).length).toBeGreaterThan(0);
  });

  test.each([
    [undefined, 'bot'],
    ['bot', 'bot'],
    ['queued', 'queued'],
    ['assigned', 'assigned'],
    ['resolved', 'bot'],
    ['closed', 'bot'],
  ] as const)('a conversation whose ticket is %s talks to the %s', (status, mode) => {
    expect(modeFor(status)).toBe(mode);
  });
});
