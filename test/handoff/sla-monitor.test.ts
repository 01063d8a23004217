import { agent, createHandoffFixture, handoffRequest, supervisor, type HandoffFixture } from './support/handoff-fixture';

// Mon–Fri 09:00–18:00 in Shanghai (UTC+8). 2026-03-02 is a Monday.
const OFFICE = {
  businessHours: {
    timeZone: 'Asia/Shanghai',
    weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['09:00-18:00']])),
    holidays: ['2026-03-06'],
  },
  alerts: { webhookUrl: 'https://alerts.example/hook' },
};
const local = (iso: string) => new Date(`${iso}+08:00`).toISOString();

describe('SLA timers with a fake clock', () => {
  let fx: HandoffFixture;
  beforeEach(async () => {
    fx = await createHandoffFixture({ config: OFFICE, start: local('2026-03-02T10:00:00') });
  });
  afterEach(async () => {
    await fx.close();
  });

  const eventsOf = async (id: string) => (await fx.store.listEvents(id)).map((e) => e.type);

  test('targets are frozen on the ticket at creation, counted in business time', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest({ level: 'L2' }));
    expect(ticket.sla.policy.targets.L2).toEqual({ firstResponseMinutes: 30, resolutionMinutes: 1440 });
    expect(ticket.sla.firstResponseDueAt).toBe(local('2026-03-02T10:30:00'));
    expect(ticket.sla.firstResponseWarnAt).toBe(local('2026-03-02T10:24:00'));
    // 24 business hours of a 9-hour day: Mon 10:00 → Wed 16:00.
    expect(ticket.sla.resolutionDueAt).toBe(local('2026-03-04T16:00:00'));
  });

  test('warns at 80 %, then breaches: level raised, supervisors alerted on the console and the webhook, each once', async () => {
    const heard: string[] = [];
    fx.service.subscribe((e) => {
      if (e.kind === 'ticket') heard.push(e.event.type);
    });
    const { ticket } = await fx.service.requestHandoff(handoffRequest({ level: 'L3' }));
    expect(ticket.sla.firstResponseDueAt).toBe(local('2026-03-02T11:00:00'));

    fx.clock.set(local('2026-03-02T10:47:00'));
    expect(await fx.service.tick()).toMatchObject({ warned: 0, breached: 0 });

    fx.clock.set(local('2026-03-02T10:48:00'));
    expect(await fx.service.tick()).toMatchObject({ warned: 1, breached: 0 });
    expect(await fx.service.tick()).toMatchObject({ warned: 0, breached: 0 });
    const [warned] = await fx.service.listTickets(supervisor());
    expect(warned.sla).toMatchObject({ state: 'warning', clock: 'first-response', firstResponseWarned: true });
    expect(warned.level).toBe('L3');

    fx.clock.set(local('2026-03-02T11:00:00'));
    expect(await fx.service.tick()).toMatchObject({ breached: 1 });
    expect(await fx.service.tick()).toMatchObject({ breached: 0 });
    const after = (await fx.store.getTicket(ticket.id))!;
    expect(after.level).toBe('L2');
    expect(after.sla).toMatchObject({ firstResponseBreached: true, escalations: 1 });
    expect(await eventsOf(ticket.id)).toEqual(['ticket.created', 'sla.warning', 'sla.breached']);
    expect(heard).toEqual(['ticket.created', 'sla.warning', 'sla.breached']);
    expect(fx.webhooks).toHaveLength(1);
    expect(fx.webhooks[0]).toMatchObject({
      url: 'https://alerts.example/hook',
      body: { type: 'sla.breached', ticketId: ticket.id, previousLevel: 'L3', level: 'L2', clocks: ['first-response'] },
    });
    // The webhook never carries what the customer wrote.
    expect(JSON.stringify(fx.webhooks[0].body)).not.toContain('talk to a person');
  });

  test('a breach of an L1 keeps it L1 and still alerts', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest({ level: 'L1' }));
    fx.clock.set(local('2026-03-02T10:16:00'));
    await fx.service.tick();
    expect((await fx.store.getTicket(ticket.id))!.level).toBe('L1');
    expect(fx.webhooks).toHaveLength(1);
  });

  test('clocks stop outside business hours: a Friday-evening breach waits for Monday', async () => {
    fx.clock.set(local('2026-03-05T17:50:00')); // Thursday; Friday is a holiday
    const { ticket } = await fx.service.requestHandoff(handoffRequest({ level: 'L1' }));
    expect(ticket.sla.firstResponseDueAt).toBe(local('2026-03-09T09:05:00'));
    fx.clock.set(local('2026-03-08T23:00:00'));
    expect(await fx.service.tick()).toMatchObject({ warned: 0, breached: 0 });
    fx.clock.set(local('2026-03-09T09:05:00'));
    expect(await fx.service.tick()).toMatchObject({ breached: 1 });
  });

  test('out of hours the customer is told when a person will answer', async () => {
    fx.clock.set(local('2026-03-02T21:00:00'));
    const result = await fx.service.requestHandoff(handoffRequest({ level: 'L2' }));
    expect(result.outOfHours).toEqual({ answerBy: local('2026-03-03T09:30:00'), opensAt: local('2026-03-03T09:00:00') });
    fx.clock.set(local('2026-03-03T10:00:00'));
    const inHours = await fx.service.requestHandoff(handoffRequest());
    expect(inHours.outOfHours).toBeUndefined();
  });

  test('the first reply stops the first-response clock; waiting on the customer pauses the resolution clock', async () => {
    const { ticket } = await fx.service.requestHandoff(handoffRequest({ level: 'L1' }));
    expect(ticket.sla.resolutionDueAt).toBe(local('2026-03-02T12:00:00'));
    await fx.service.claim(agent('a1'), ticket.id);
    fx.clock.set(local('2026-03-02T10:05:00'));
    await fx.service.sendMessage(agent('a1'), ticket.id, 'Could you send me the order number?');

    // 30 minutes past the first-response target and 10 past the resolution target: nothing fires while paused.
    fx.clock.set(local('2026-03-02T12:10:00'));
    expect(await fx.service.tick()).toMatchObject({ warned: 0, breached: 0 });
    const [paused] = await fx.service.listTickets(supervisor());
    expect(paused.sla).toMatchObject({ clock: 'resolution', state: 'paused', firstRespondedAt: local('2026-03-02T10:05:00') });

    // The customer answers after 2 h 5 min of business time: the resolution deadline moves by as much.
    await fx.service.customerMessage(ticket.conversationId, 'It is 12345');
    const resumed = (await fx.store.getTicket(ticket.id))!;
    expect(resumed.sla.pausedAt).toBeNull();
    expect(resumed.sla.resolutionDueAt).toBe(local('2026-03-02T14:05:00'));
    expect(resumed.lastCustomerMessage).toBe('It is 12345');
    fx.clock.set(local('2026-03-02T14:05:00'));
    expect(await fx.service.tick()).toMatchObject({ breached: 1 });
  });

  test('a higher level from new evidence tightens the clocks of the open ticket', async () => {
    const request = handoffRequest({ level: 'L3' });
    const first = await fx.service.requestHandoff(request);
    fx.clock.set(local('2026-03-02T10:10:00'));
    const second = await fx.service.requestHandoff({ ...request, level: 'L1', reasons: [{ code: 'legal-threat', detail: 'mentions a lawyer' }] });
    expect(second.created).toBe(false);
    expect(second.ticket.id).toBe(first.ticket.id);
    expect(second.ticket.level).toBe('L1');
    expect(second.ticket.sla.firstResponseDueAt).toBe(local('2026-03-02T10:25:00'));
    expect(second.ticket.reasons.map((r) => r.code)).toEqual(['agent-request', 'legal-threat']);
    // A lower level later does not lower it.
    const third = await fx.service.requestHandoff({ ...request, level: 'L3' });
    expect(third.ticket.level).toBe('L1');
  });
});
