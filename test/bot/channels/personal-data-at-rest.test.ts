/**
 * Personal data never reaches storage or logs. 240 generated card numbers, e-mail addresses, phone numbers and identity
 * numbers, in English and Chinese, go through the real app the ways customers send them: Direct Line messages (text,
 * button values, channelData, attachments, entities, the display name), Bot Framework activities on
 * `POST /api/messages` (Teams-shaped), a handoff (the ticket's last message, messages while queued and while a person
 * has the conversation, the hub's handoff.initiate transcript), what the agent types back, notes and the resolution,
 * the survey comment, and questions the bot could not answer. Then every row of every table, and every log line, is
 * searched for each sample: none may be found.
 */
import { sql } from 'kysely';
import request from 'supertest';
import { forEachDatabase, type TestDatabaseKind } from '../../support/databases';
import { personalDataSamples, sentenceWith, type PersonalDataSample } from '../../support/personal-data';
import { startTestBaton, type TestBaton } from '../../support/services';
import { staffToken } from '../../support/staff-token';

const SAMPLES = personalDataSamples(240, 20261122);

forEachDatabase('personal data at rest', (kind: TestDatabaseKind) => {
  let baton: TestBaton;
  const logs: string[] = [];
  const consoleSpies: jest.SpyInstance[] = [];
  let next = 0;
  const take = (n: number) => {
    const taken = SAMPLES.slice(next, next + n);
    next += n;
    if (taken.length < n) throw new Error('the test needs more samples');
    return taken;
  };
  const sentence = (sample: PersonalDataSample) => sentenceWith(sample, SAMPLES.indexOf(sample));

  beforeAll(async () => {
    for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
      consoleSpies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' '))));
    }
    baton = await startTestBaton({ database: kind, log: (line) => logs.push(line) });
  }, 60_000);
  afterAll(async () => {
    await baton.close();
    for (const spy of consoleSpies) spy.mockRestore();
  });

  async function webChat(): Promise<{ conversationId: string; token: string }> {
    const { body } = await request(baton.app).post('/api/webchat/token').send({ locale: 'en-US' }).expect(200);
    await request(baton.app).post('/v3/directline/conversations').set('Authorization', `Bearer ${body.token}`).expect(201);
    return body;
  }
  const post = (chat: { conversationId: string; token: string }, activity: Record<string, unknown>) =>
    request(baton.app)
      .post(`/v3/directline/conversations/${chat.conversationId}/activities`)
      .set('Authorization', `Bearer ${chat.token}`)
      .send({ type: 'message', ...activity })
      .expect(200);

  test('samples go in through every way customers and agents send text', async () => {
    // Direct Line messages, some of them questions the bot cannot answer.
    for (let c = 0; c < 8; c++) {
      const chat = await webChat();
      for (const sample of take(10)) await post(chat, { text: sentence(sample), locale: c % 2 ? 'zh-CN' : 'en-US' });
      await post(chat, { text: `xyzzy plugh frobnicate ${take(1)[0].typed}` });
    }
    // Every other field of a Direct Line activity.
    for (let c = 0; c < 6; c++) {
      const chat = await webChat();
      const [a, b, d, e, f, g] = take(6);
      await post(chat, {
        text: 'hello',
        from: { id: 'ignored', name: a.typed },
        value: { note: b.typed, nested: [{ deep: d.typed }] },
        channelData: { clientActivityID: `c-${c}`, extra: e.typed },
        attachments: [{ contentType: 'text/plain', content: f.typed, name: 'note.txt' }],
        entities: [{ type: 'ClientCapabilities', comment: g.typed }],
      });
    }
    // Bot Framework activities (Teams-shaped) on /api/messages.
    for (let c = 0; c < 5; c++) {
      const conversation = { id: `a:teams-conv-${c}`, conversationType: 'personal', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', name: take(1)[0].typed };
      for (const sample of take(6)) {
        const [who] = take(1);
        await request(baton.app)
          .post('/api/messages')
          .send({
            type: 'message',
            id: `teams-${c}-${sample.typed.length}-${Math.random().toString(36).slice(2)}`,
            channelId: 'msteams',
            serviceUrl: 'http://127.0.0.1:9/teams/',
            deliveryMode: 'expectReplies',
            conversation,
            from: { id: `29:user-${c}`, name: who.typed, aadObjectId: '00000000-0000-0000-0000-000000000001' },
            recipient: { id: '28:bot', name: 'Baton' },
            text: sentence(sample),
            channelData: { tenant: { id: conversation.tenantId }, note: who.typed },
            entities: [{ type: 'mention', text: '<at>Baton</at>', mentioned: { id: '28:bot', name: 'Baton' } }],
          })
          .expect(200);
      }
    }
    // A handoff: the request, messages while queued and while the agent has it, the agent's words, the survey.
    const chat = await webChat();
    const [first] = take(1);
    await post(chat, { text: `I want to talk to a person, ${sentence(first)}` });
    for (const sample of take(5)) await post(chat, { text: sentence(sample) });
    const token = await staffToken(baton.app, 'admin@example.com', 'correct horse battery');
    const as = { Authorization: `Bearer ${token}` };
    const ticket = (await baton.parts.handoff.listTickets((await baton.parts.auth.authenticate(token))!, { statuses: ['queued'] })).find(
      (t) => t.conversationId === chat.conversationId,
    )!;
    expect(ticket).toBeDefined();
    await request(baton.app).post(`/api/tickets/${ticket.id}/claim`).set(as).send({}).expect(200);
    for (const sample of take(5)) await post(chat, { text: sentence(sample) });
    const [reply, note, resolution, transferNote] = take(4);
    await request(baton.app).post(`/api/tickets/${ticket.id}/messages`).set(as).send({ text: `I have your number as ${reply.typed}` }).expect(201);
    await request(baton.app).post(`/api/tickets/${ticket.id}/notes`).set(as).send({ text: `customer gave ${note.typed}` }).expect(201);
    await request(baton.app).post(`/api/tickets/${ticket.id}/coaching`).set(as).send({ text: `never repeat ${transferNote.typed}` }).expect(201);
    await request(baton.app).post(`/api/tickets/${ticket.id}/resolve`).set(as).send({ code: 'solved', note: `refunded to ${resolution.typed}` }).expect(200);
    await post(chat, { text: '5', value: { type: 'survey', ticketId: ticket.id, score: 5 } });
    const comment = take(3).map((s) => s.typed).join(' / ');
    await post(chat, { text: `Agnes was lovely and quick ${comment}` });
    expect(next).toBeGreaterThanOrEqual(200);
  }, 120_000);

  test('the paths were taken: tickets, entries, the survey comment, unanswered questions, handoff.initiate', async () => {
    const rows = await dumpTables(baton);
    expect(rows.handoff_tickets.some((r) => r.last_customer_message)).toBe(true);
    expect(rows.handoff_tickets.some((r) => String(r.survey ?? '').includes('"comment":"Agnes was lovely'))).toBe(true);
    expect(rows.handoff_entries.length).toBeGreaterThanOrEqual(3);
    expect(rows.unanswered_questions.length).toBeGreaterThan(0);
    expect(rows.activities.some((r) => String(r.body).includes('handoff.initiate'))).toBe(true);
    expect(rows.activities.some((r) => String(r.body).includes('[card number]'))).toBe(true);
    expect(rows.activities.some((r) => String(r.body).includes('[email]'))).toBe(true);
    expect(rows.activities.some((r) => String(r.body).includes('[phone]'))).toBe(true);
    expect(rows.activities.some((r) => String(r.body).includes('[id number]'))).toBe(true);
  });

  test('no sample is found in any table or log line', async () => {
    const rows = await dumpTables(baton);
    expect(Object.keys(rows).length).toBeGreaterThanOrEqual(10);
    const haystacks = [
      ...Object.entries(rows).flatMap(([table, list]) => list.map((row) => ({ where: `table ${table}`, text: JSON.stringify(row) }))),
      ...logs.map((line) => ({ where: 'log', text: line })),
    ];
    const found = SAMPLES.slice(0, next).flatMap((sample) =>
      haystacks.filter((h) => sample.needles.some((needle) => h.text.includes(needle))).map((h) => `${sample.typed} in ${h.where}: ${h.text.slice(0, 200)}`),
    );
    expect(found).toEqual([]);
  });
});

/** Every row of every table of the test database. */
async function dumpTables(baton: TestBaton): Promise<Record<string, Array<Record<string, unknown>>>> {
  const db = baton.parts.database.db;
  const names =
    baton.parts.database.kind === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(db)).rows.map(
          (r) => r.name,
        );
  const out: Record<string, Array<Record<string, unknown>>> = {};
  for (const name of names) out[name] = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db)).rows;
  return out;
}
