/**
 * kill -9 of one of two instances in the middle of a burst: the customers' conversations go on through the other,
 * nothing acknowledged is lost, and a message that was in flight on the dead instance, retried on the live one with
 * its id (as a Direct Line client does), is answered once — even when the dead instance had stored it and was cut off
 * mid-turn (its claim on the turn expires and the retry runs the turn).
 */
import { postgresAvailable } from '../support/databases';
import { startCluster, type TestCluster } from '../support/cluster';
import { customerOf, startCustomer, type DirectLineCustomer } from '../support/direct-line-client';
import { waitFor } from '../support/wait';

const maybe = postgresAvailable() ? describe : describe.skip;

maybe('an instance killed in a burst', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster(2, { LIMIT_MESSAGES_PER_CONVERSATION: '1000', LIMIT_MESSAGES_PER_ADDRESS: '100000', LIMIT_CONVERSATIONS_PER_ADDRESS: '100000' });
  }, 120_000);
  afterAll(() => cluster?.close());

  test('the conversation goes on through B; every acknowledged message and every retried one is stored once and answered', async () => {
    const [A, B] = cluster.origins;
    const customers: DirectLineCustomer[] = await Promise.all(Array.from({ length: 4 }, () => startCustomer(A)));
    const acknowledged: Array<{ customer: number; id: string }> = [];
    const inFlight: Array<{ customer: number; id: string; text: string }> = [];
    let killed = false;
    const burst = Promise.all(
      customers.map(async (customer, c) => {
        for (let n = 0; ; n++) {
          const message = { id: `c${c}-m${n}`, text: `where is my order ${c}-${n}?` };
          try {
            const answer = await customer.post(message);
            if (answer.status === 200) acknowledged.push({ customer: c, id: message.id });
            else inFlight.push({ customer: c, ...message });
          } catch {
            // The connection died with the instance: not acknowledged; the client retries it elsewhere.
            inFlight.push({ customer: c, ...message });
            return;
          }
          if (killed) return;
        }
      }),
    );
    await waitFor(async () => acknowledged.length >= 12, { what: 'part of the burst to be acknowledged' });
    cluster.instances[0].child.kill('SIGKILL');
    killed = true;
    await burst;
    await cluster.instances[0].exited;

    // The clients retry what was not acknowledged, with the same id, on the instance that is left.
    const onB = customers.map((customer) => customerOf(B, customer.conversationId, customer.token));
    const retried = await Promise.all(inFlight.map((m) => onB[m.customer].post({ id: m.id, text: m.text })));
    expect(retried.map((r) => r.status)).toEqual(inFlight.map(() => 200));
    // And the conversations go on.
    const after = await Promise.all(onB.map((customer, c) => customer.post({ id: `c${c}-after`, text: 'how do I return an item?' })));
    expect(after.map((r) => r.status)).toEqual(onB.map(() => 200));

    for (const [c, customer] of onB.entries()) {
      const expected = [...acknowledged, ...inFlight].filter((m) => m.customer === c).map((m) => m.id).concat(`c${c}-after`);
      await waitFor(
        async () => {
          const { activities } = await customer.activities();
          return expected.every((id) => activities.some((a) => a.replyToId === id));
        },
        { what: `every message of customer ${c} to be answered` },
      );
      const { activities } = await customer.activities();
      const inbound = activities.filter((a) => a.from.role !== 'bot' && a.type === 'message').map((a) => a.id);
      // Stored once each, none lost, none twice.
      expect([...inbound].sort()).toEqual([...expected].sort());
      for (const id of expected) expect(activities.filter((a) => a.type === 'message' && a.replyToId === id)).toHaveLength(1);
    }
  }, 120_000);
});
