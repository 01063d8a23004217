/**
 * One customer across channels: the directory knows Ada by her e-mail and her Teams id. She asks for a person on the
 * website (signed in: the site gives her address as the Direct Line user) and later on Teams; both tickets carry the
 * same customer identity, so the agent handling the Teams ticket sees the web ticket among her earlier ones, with its
 * channel. A customer the directory does not know keeps a per-channel identity. On SQLite and PostgreSQL.
 */
import request from 'supertest';
import { postTurn } from '../../support/agents-turn';
import { forEachDatabase } from '../../support/databases';
import { startTestBaton, type TestBaton } from '../../support/services';
import { staffToken } from '../../support/staff-token';

const SECRET = 'local-secret-0123456789';

forEachDatabase('one customer across channels', (kind) => {
  let baton: TestBaton;
  let admin: string;
  beforeAll(async () => {
    baton = await startTestBaton({ database: kind, env: { DIRECTLINE_SECRET: SECRET } });
    await baton.parts.customers.upsertAll([{ email: 'ada@example.com', channel: 'msteams', userId: '29:ada-teams', name: 'Ada', tier: 'regular' }]);
    admin = await staffToken(baton.app, 'admin@example.com', 'correct horse battery');
  });
  afterAll(() => baton.close());

  async function webTicket(userId: string, text: string): Promise<string> {
    const generated = await request(baton.app).post('/v3/directline/tokens/generate').set('Authorization', `Bearer ${SECRET}`).send({ user: { id: userId } }).expect(200);
    const { conversationId, token } = generated.body as { conversationId: string; token: string };
    await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${token}`).expect(201);
    await request(baton.app)
      .post(`/v3/directline/conversations/${conversationId}/activities`)
      .set('Authorization', `Bearer ${token}`)
      .send({ type: 'message', from: { id: userId }, text })
      .expect(200);
    return ticketOf(conversationId);
  }

  async function ticketOf(conversationId: string): Promise<string> {
    const list = await request(baton.app).get('/api/tickets').set('Authorization', `Bearer ${admin}`).expect(200);
    return (list.body.tickets as Array<{ id: string; conversationId: string }>).find((t) => t.conversationId === conversationId)!.id;
  }

  const detail = async (id: string) => (await request(baton.app).get(`/api/tickets/${id}`).set('Authorization', `Bearer ${admin}`).expect(200)).body;

  test('the agent on the Teams ticket sees the web ticket of the same customer, and the reverse', async () => {
    const web = await webTicket('ada@example.com', 'I want to talk to a person about my invoice');
    const ann = { id: 'ann', name: 'Ann Agent', roles: ['supervisor' as const] };
    await baton.parts.handoff.claim(ann, web);
    await baton.parts.handoff.resolve(ann, web, { code: 'solved' });
    await postTurn(baton.app, 'msteams', 'teams-ada-1', 'I want to talk to a person about my delivery', { from: { id: '29:ada-teams', name: 'Ada' } });
    const teams = await ticketOf('teams-ada-1');

    const teamsDetail = await detail(teams);
    expect(teamsDetail.channel).toBe('msteams');
    expect(teamsDetail.recentTickets).toEqual([expect.objectContaining({ id: web, channel: 'webchat' })]);
    const webDetail = await detail(web);
    expect(webDetail.recentTickets).toEqual([expect.objectContaining({ id: teams, channel: 'msteams' })]);
    // One identity, the directory entry's (a hash: the address itself is not written on tickets).
    const idOf = async (id: string) => (await baton.parts.handoff.getTicket({ id: 'a', name: 'A', roles: ['admin'] }, id)).customer.id;
    expect(await idOf(web)).toBe(await idOf(teams));
    expect(await idOf(web)).not.toContain('ada');
    await baton.parts.handoff.claim(ann, teams);
    await baton.parts.handoff.resolve(ann, teams, { code: 'solved' });
  });

  test('a new question on Teams about her open web ticket joins it instead of opening a second one', async () => {
    const web = await webTicket('ada@example.com', 'I want to talk to a person about my refund');
    const res = await postTurn(baton.app, 'msteams', 'teams-ada-2', 'I want to talk to a person, my refund is still missing', { from: { id: '29:ada-teams', name: 'Ada' } });
    const said = (res.body.activities as Array<{ text?: string; attachments?: unknown[] }>).map((a) => a.text ?? JSON.stringify(a.attachments)).join('\n');
    expect(said).toContain(`You already have an open request with us (ticket ${web}, from our web chat), so I've added this to it rather than opening another. The person handling it will answer you here.`);
    const list = await request(baton.app).get('/api/tickets').set('Authorization', `Bearer ${admin}`).expect(200);
    expect((list.body.tickets as Array<{ conversationId: string }>).some((t) => t.conversationId === 'teams-ada-2')).toBe(false);
    const joined = await detail(web);
    expect(joined.events.find((e: { type: string; data: Record<string, unknown> }) => e.data.joinedFrom)?.data.joinedFrom).toEqual({ conversationId: 'teams-ada-2', channel: 'msteams' });
    expect((await baton.parts.handoff.getTicket({ id: 'a', name: 'A', roles: ['admin'] }, web)).lastCustomerMessage).toBe('I want to talk to a person, my refund is still missing');
  });

  test('customers the directory does not know are not merged across channels', async () => {
    const web = await webTicket('dl_stranger', 'I want to talk to a person');
    await postTurn(baton.app, 'msteams', 'teams-stranger', 'I want to talk to a person', { from: { id: '29:stranger' } });
    const teams = await ticketOf('teams-stranger');
    expect((await detail(web)).recentTickets).toEqual([]);
    expect((await detail(teams)).recentTickets).toEqual([]);
  });
});
