/**
 * E-mail of an agent's reply to an absent web customer, end to end: the customer talks over Direct Line, gives an
 * e-mail address with consent, asks for a person and goes away; the agent answers; with a clock the test controls,
 * the reply reaches a local SMTP server after the delay, with the right text and a link back that reopens the
 * conversation, and nothing else of the conversation. No consent, or a customer who read the reply: no e-mail.
 * On SQLite and PostgreSQL.
 */
import request from 'supertest';
import type { Actor } from '../../../contracts';
import { fakeClock } from '../../handoff/support/handoff-fixture';
import { forEachDatabase } from '../../support/databases';
import { startTestBaton, type TestBaton } from '../../support/services';
import { startSmtpServer } from '../../support/smtp';

const ann: Actor = { id: 'ann', name: 'Ann Agent', roles: ['supervisor'] };

forEachDatabase('reply e-mail to an absent customer', (kind) => {
  let baton: TestBaton;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const clock = fakeClock('2026-03-02T10:00:00.000Z');

  beforeAll(async () => {
    smtp = await startSmtpServer();
    baton = await startTestBaton({
      database: kind,
      env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'help@store.example', PUBLIC_URL: 'https://help.store.example', REPLY_MAIL_DELAY_MINUTES: '5' },
      handoff: { clock },
    });
  });
  afterAll(async () => {
    await baton.close();
    await smtp.close();
  });

  async function customer(locale: string, contact?: Record<string, unknown>) {
    const started = await request(baton.app).post('/api/webchat/token').send({ locale }).expect(200);
    const { conversationId, token } = started.body as { conversationId: string; token: string };
    const auth = { Authorization: `Bearer ${token}` };
    await request(baton.app).post('/v3/directline/conversations').set(auth).expect(201);
    if (contact) await request(baton.app).put('/api/webchat/contact').set(auth).send(contact).expect(200);
    return {
      conversationId,
      auth,
      say: (text: string) =>
        request(baton.app).post(`/v3/directline/conversations/${conversationId}/activities`).set(auth).send({ type: 'message', from: { id: 'c' }, text, locale }).expect(200),
      read: () => request(baton.app).get(`/v3/directline/conversations/${conversationId}/activities`).set(auth).expect(200),
    };
  }

  async function agentAnswers(conversationId: string, text: string): Promise<string> {
    const ticket = (await baton.parts.handoff.listTickets(ann)).find((t) => t.conversationId === conversationId)!;
    await baton.parts.handoff.claim(ann, ticket.id);
    await baton.parts.handoff.sendMessage(ann, ticket.id, text);
    return ticket.id;
  }

  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));

  test('the reply, the ticket, the agent and a link back; after the delay, once', async () => {
    const ada = await customer('en-US', { email: 'ada@example.com', consent: true });
    await ada.say('I want to talk to a person about order 4411, my phone is 555 0100');
    const ticketId = await agentAnswers(ada.conversationId, 'Your replacement ships tomorrow.');

    clock.advanceMinutes(4);
    expect(await baton.parts.replyMail.tick()).toEqual({ sent: 0, skipped: 0 });
    clock.advanceMinutes(1);
    expect(await baton.parts.replyMail.tick()).toEqual({ sent: 1, skipped: 0 });
    clock.advanceMinutes(10);
    expect(await baton.parts.replyMail.tick()).toEqual({ sent: 0, skipped: 0 });

    const [mail, ...more] = mailsTo('ada@example.com');
    expect(more).toEqual([]);
    expect(mail.from).toBe('help@store.example');
    expect(mail.subject).toBe(`A reply to your request ${ticketId}`);
    const link = /https:\/\/help\.store\.example\/\?resume=(\S+)/.exec(mail.text);
    expect(mail.text.replace(link![1], 'KEY')).toBe(
      `Ann Agent from our customer service team replied to your request ${ticketId}:\n\nYour replacement ships tomorrow.\n\n` +
        'To read the whole conversation and answer, open: https://help.store.example/?resume=KEY\n\n' +
        'You receive this e-mail because you asked us in the chat to tell you of replies by e-mail.',
    );
    // Nothing else of the conversation: not what the customer wrote, nor their address in the body.
    // (The Message-ID is random hex and may hold "555" by chance: the headers are checked apart from it.)
    expect(mail.raw.replace(/^Message-ID: .*$/m, '')).not.toMatch(/4411|555 0100|talk to a person/);
    expect(mail.text).not.toContain('ada@example.com');

    // The link reopens the same conversation, with the reply in it.
    const resumed = await request(baton.app).post('/api/webchat/resume').send({ key: decodeURIComponent(link![1]) }).expect(200);
    expect(resumed.body.conversationId).toBe(ada.conversationId);
  });

  test('in the customer’s language', async () => {
    const lin = await customer('zh-CN', { email: 'lin@example.com', consent: true });
    await lin.say('转人工');
    const ticketId = await agentAnswers(lin.conversationId, '您的退款已经处理。');
    clock.advanceMinutes(5);
    expect((await baton.parts.replyMail.tick()).sent).toBe(1);
    const [mail] = mailsTo('lin@example.com');
    expect(mail.subject).toBe(`您的请求 ${ticketId} 有新回复`);
    expect(mail.text).toContain(`客服 Ann Agent 回复了您的请求 ${ticketId}：\n\n您的退款已经处理。`);
  });

  test('no e-mail without consent, after withdrawing it, or when the customer read the reply in the chat', async () => {
    await request(baton.app)
      .put('/api/webchat/contact')
      .set((await customer('en-US')).auth)
      .send({ email: 'nobody@example.com' })
      .expect(400);

    const silent = await customer('en-US');
    await silent.say('I want to talk to a person');
    await agentAnswers(silent.conversationId, 'Hello from the team.');

    const withdrawn = await customer('en-US', { email: 'gone@example.com', consent: true });
    await request(baton.app).delete('/api/webchat/contact').set(withdrawn.auth).expect(200);
    await withdrawn.say('I want to talk to a person');
    await agentAnswers(withdrawn.conversationId, 'Hello again.');

    const present = await customer('en-US', { email: 'here@example.com', consent: true });
    await present.say('I want to talk to a person');
    await agentAnswers(present.conversationId, 'Hello, are you there?');
    clock.advanceMinutes(1);
    await present.read();

    clock.advanceMinutes(5);
    expect(await baton.parts.replyMail.tick()).toEqual({ sent: 0, skipped: 3 });
    expect(mailsTo('nobody@example.com').length + mailsTo('gone@example.com').length + mailsTo('here@example.com').length).toBe(0);
  });
});
