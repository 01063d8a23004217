/**
 * A customer's turn reads who talks now (the bot, or a person) with the statement that stores the message, on
 * PostgreSQL, and in a read of its own on SQLite: either way a queued customer is still helped by the bot and their
 * message reaches the ticket, and once a person has the conversation the bot only relays.
 */
import request from 'supertest';
import { postTurn } from '../../../support/agents-turn';
import { forEachDatabase } from '../../../support/databases';
import { startTestBaton, type TestBaton } from '../../../support/services';
import { staffToken } from '../../../support/staff-token';

forEachDatabase('the handoff mode a turn reads', (kind) => {
  let baton: TestBaton;
  let admin: string;
  beforeAll(async () => {
    baton = await startTestBaton({ database: kind });
    admin = await staffToken(baton.app, 'admin@example.com', 'correct horse battery');
  });
  afterAll(() => baton.close());

  const ticketOf = async (conversationId: string) => {
    const res = await request(baton.app).get('/api/tickets?status=queued,assigned').set('Authorization', `Bearer ${admin}`).expect(200);
    const found = (res.body.tickets as Array<{ id: string; conversationId: string }>).find((t) => t.conversationId === conversationId)!;
    return (await request(baton.app).get(`/api/tickets/${found.id}`).set('Authorization', `Bearer ${admin}`).expect(200)).body as {
      id: string;
      status: string;
      lastCustomerMessage?: string;
    };
  };

  test('queued: the bot still answers and the message reaches the ticket; assigned: the bot is silent and relays', async () => {
    await postTurn(baton.app, 'msteams', `mode-${kind}`, 'I want to talk to a person');
    const queued = await postTurn(baton.app, 'msteams', `mode-${kind}`, 'How do I return an item?');
    expect((queued.body.activities as unknown[]).length).toBeGreaterThan(0);
    const ticket = await ticketOf(`mode-${kind}`);
    expect(ticket).toMatchObject({ status: 'queued', lastCustomerMessage: 'How do I return an item?' });

    await request(baton.app).post(`/api/tickets/${ticket.id}/claim`).set('Authorization', `Bearer ${admin}`).send({}).expect(200);
    const assigned = await postTurn(baton.app, 'msteams', `mode-${kind}`, 'are you there? my parcel never came');
    expect(assigned.body.activities ?? []).toEqual([]);
    expect(await ticketOf(`mode-${kind}`)).toMatchObject({ status: 'assigned', lastCustomerMessage: 'are you there? my parcel never came' });
    // The message is in the transcript all the same.
    const stored = await baton.parts.conversations.list(`mode-${kind}`);
    expect(stored.filter((a) => a.direction === 'in').map((a) => a.text)).toContain('are you there? my parcel never came');
  });
});
