import type { Actor } from '../../contracts';
/**
 * Baton in Microsoft's own local Teams client, the Microsoft 365 Agents Playground, end to end and offline: Teams-shaped
 * activities (channelId `msteams`) into `POST /api/messages`, the real Agents SDK adapter, replies posted back to the
 * playground's Bot Connector, and the chat read from its WebSocket stream, as the Teams UI would show it.
 */
import { describeWithPlayground, startPlayground, type BotMessage, type Playground } from '../support/playground';
import { listenTestBaton, startTestBaton, type TestBaton } from '../support/services';
import { sleep, waitFor } from '../support/wait';

/** Answers may be plain text or Adaptive Cards: look at both. */
const shown = (message: BotMessage) => `${message.text}\n${JSON.stringify(message.attachments)}`;

describeWithPlayground('Teams chat in the Microsoft 365 Agents Playground', () => {
  let baton: TestBaton;
  let live: Awaited<ReturnType<typeof listenTestBaton>>;
  let playground: Playground;

  beforeAll(async () => {
    baton = await startTestBaton();
    live = await listenTestBaton(baton);
    playground = await startPlayground({ botEndpoint: `${live.origin}/api/messages` });
  }, 90_000);
  afterAll(async () => {
    await playground?.close();
    await live?.close();
    await baton?.close();
  }, 30_000);

  test('installing the app: the welcome message arrives in the personal chat', async () => {
    await playground.installApp();
    const welcome = await playground.waitForBotMessage((m) => /store assistant/.test(shown(m)));
    expect(welcome.conversationId).toBe(playground.personalConversationId);
  });

  test('a question: the returns answer arrives in the Teams chat, from a Teams conversation', async () => {
    const since = playground.botMessages().length;
    await playground.sendTeamsMessage('How do I return an item?');
    const answer = await playground.waitForBotMessage((m) => /return label/i.test(shown(m)), { since });
    expect(answer.conversationId).toBe(playground.personalConversationId);
    expect(await baton.parts.conversations.get(playground.personalConversationId)).toMatchObject({ channel: 'msteams' });
  });

  test('a card button click (Action.Submit) reaches Baton as a Teams message carrying the button data', async () => {
    const [card] = playground.botMessages().slice(-1);
    await playground.submitCardAction(card, { action: 'playground-probe' });
    await waitFor(() => inboundValue((value) => value?.action === 'playground-probe'), { timeoutMs: 10_000 });
  });

  test('a card Action.Execute click reaches Baton as an adaptiveCard/action invoke carrying the verb and data', async () => {
    const [card] = playground.botMessages().slice(-1);
    // The answer to the click is the turn logic's business (tested with the cards); here: it got there.
    await playground.executeCardAction(card, { verb: 'playground-probe', data: { n: 1 } });
    await waitFor(() => inboundValue((value) => value?.action?.verb === 'playground-probe' && value?.action?.data?.n === 1), { timeoutMs: 10_000 });
  });

  test('asking for a person: the queue status arrives in Teams, and an agent\'s reply from the console arrives proactively', async () => {
    const since = playground.botMessages().length;
    await playground.sendTeamsMessage('I want to talk to a person');
    await playground.waitForBotMessage((m) => /number 1 in the queue/.test(shown(m)), { since });
    expect(await baton.parts.handoff.modeOf(playground.personalConversationId)).toBe('queued');

    const agent: Actor = { id: 'teams-agent', name: 'Tess Agent', roles: ['agent'] };
    const [ticket] = await baton.parts.handoff.listTickets(agent, { statuses: ['queued'] });
    expect(ticket.conversationId).toBe(playground.personalConversationId);
    expect(ticket.channel).toBe('msteams');
    const afterQueue = playground.botMessages().length;
    await baton.parts.handoff.claim(agent, ticket.id);
    await baton.parts.handoff.sendMessage(agent, ticket.id, 'Hello from Tess, I can help with your order.');
    const reply = await playground.waitForBotMessage((m) => /Hello from Tess/.test(shown(m)), { since: afterQueue });
    expect(reply.conversationId).toBe(playground.personalConversationId);

    // While Tess owns the conversation the bot stays quiet: the customer's message goes to her, not to the bot.
    const beforeQuestion = playground.botMessages().length;
    await playground.sendTeamsMessage('How do I return an item?');
    await waitFor(async () => (await baton.parts.handoff.getTicket(agent, ticket.id)).transcript.some((l) => l.text === 'How do I return an item?'), { timeoutMs: 10_000 });
    await sleep(500);
    // Nothing at all: neither an answer nor a failure notice (the silent turn once made the SDK refuse an empty send).
    expect(playground.botMessages().slice(beforeQuestion).map(shown)).toEqual([]);
  });

  async function inboundValue(matches: (value: Record<string, any> | undefined) => boolean): Promise<boolean> {
    const activities = await baton.parts.conversations.list(playground.personalConversationId);
    return activities.some((a) => a.direction === 'in' && matches(a.activity.value as Record<string, any> | undefined));
  }
});
