/**
 * Overflow end to end over Direct Line, with a clock the test controls: with a threshold of one, a second refund
 * ticket overflows from Billing to General; when General is busy too, the customer is offered to leave a message,
 * and choosing it restarts the service-level clock from that moment. On SQLite and PostgreSQL.
 */
import type { Actor } from '../../contracts';
import { parseHandoffConfig } from '../../handoff';
import { forEachDatabase } from '../support/databases';
import { startTestBaton, type TestBaton } from '../support/services';
import { arriveOnWebChat } from '../support/web-chat-customer';
import { fakeClock } from './support/handoff-fixture';

const sue: Actor = { id: 'sue', name: 'Sue', roles: ['supervisor'] };

forEachDatabase('overflow and leaving a message over Direct Line', (kind) => {
  let baton: TestBaton;
  const clock = fakeClock('2026-03-02T10:00:00.000Z');

  beforeAll(async () => {
    baton = await startTestBaton({
      database: kind,
      handoff: {
        clock,
        config: {
          routing: { groups: [{ id: 'general', name: 'General' }, { id: 'billing', name: 'Billing' }], rules: [{ group: 'billing', keywords: ['refund'] }] },
          overflow: { rules: [{ from: 'billing', to: 'general', queuedAtLeast: 1 }], offerMessage: { queuedAtLeast: 2 } },
        },
      },
    });
  });
  afterAll(() => baton.close());

  const customer = (locale = 'en-US') => arriveOnWebChat(baton.app, { locale });

  const ticketOf = async (conversationId: string) => (await baton.parts.handoff.listTickets(sue)).find((t) => t.conversationId === conversationId)!;

  test('past the threshold new tickets overflow; busier still, the customer may leave a message and the SLA counts from then', async () => {
    const first = await customer();
    await first.say('I want a refund, let me talk to a person');
    expect((await ticketOf(first.conversationId)).skillGroup).toBe('billing');

    const second = await customer();
    await second.say('I want a refund, let me talk to a person');
    const overflowed = await ticketOf(second.conversationId);
    expect(overflowed.skillGroup).toBe('general');
    const created = (await baton.parts.handoff.getTicket(sue, overflowed.id)) as unknown as { events: Array<{ type: string; data: Record<string, unknown> }> };
    expect(created.events.find((e) => e.type === 'ticket.created')!.data).toMatchObject({ group: 'general', overflowFrom: 'billing' });
    // Number 1 in General: no offer.
    expect((await second.reads()).some((a) => a.suggestedActions?.actions.some((b) => b.title === 'Leave a message'))).toBe(false);

    const third = await customer();
    await third.say('I want a refund, let me talk to a person');
    const replies = await third.reads();
    const offer = replies.find((a) => /Rather than wait, you can leave a message/.test(a.text ?? ''))!;
    expect(offer.text).toMatch(/number 2 in the queue/);
    const button = offer.suggestedActions!.actions.find((b) => b.title === 'Leave a message')!;
    expect(button.value).toEqual({ type: 'leave-message' });
    const before = await ticketOf(third.conversationId);
    expect(before.sla.firstResponseDueAt).toBe('2026-03-02T11:00:00.000Z');

    clock.advanceMinutes(20);
    await third.press(button.value, 'Leave a message');
    const after = await ticketOf(third.conversationId);
    expect(after.status).toBe('queued');
    expect(after.reasons.map((r) => r.code)).toContain('left-message');
    expect(after.sla.firstResponseDueAt).toBe('2026-03-02T11:20:00.000Z');
    expect((await third.reads()).map((a) => a.text)).toEqual([
      `Thank you. Write your message here whenever you like; a person will answer by Mon, 11:20 UTC (ticket ${after.id}). You can close this page and come back to this conversation later.`,
    ]);
    // The message itself reaches the ticket; the offer is not made again.
    await third.say('My order 7 was charged twice, please refund one.');
    expect((await ticketOf(third.conversationId)).lastCustomerMessage).toBe('My order 7 was charged twice, please refund one.');
    expect((await baton.parts.handoff.requestHandoff({ ...requestFor(third.conversationId) })).offerMessage).toBeUndefined();
  });

  const requestFor = (conversationId: string) => ({
    conversationId,
    channel: 'webchat',
    customer: { id: 'c' },
    lang: 'en' as const,
    level: 'L3' as const,
    category: 'inquiry' as const,
    reasons: [{ code: 'agent-request', detail: 'again' }],
  });
});

describe('overflow configuration', () => {
  test('rules name groups that exist and carry a threshold; the message says which field is wrong', () => {
    const groups = { routing: { groups: [{ id: 'general', name: 'General' }] } };
    expect(() => parseHandoffConfig({ ...groups, overflow: { rules: [{ from: 'general', to: 'night', queuedAtLeast: 1 }] } })).toThrow(/overflow\.rules\.0\.to: group night/);
    expect(() => parseHandoffConfig({ ...groups, overflow: { rules: [{ from: 'general', to: 'general' }] } })).toThrow(/overflow\.rules\.0: an overflow rule needs queuedAtLeast or waitMinutesAtLeast/);
    expect(parseHandoffConfig({}).overflow).toEqual({ rules: [] });
  });
});
