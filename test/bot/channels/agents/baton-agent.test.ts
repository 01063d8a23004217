/** The Agents SDK edge: what it sends per channel when a customer is handed to a person. */
import { postTurn } from '../../../support/agents-turn';
import { startTestBaton, type TestBaton } from '../../../support/services';

let baton: TestBaton;
beforeAll(async () => {
  baton = await startTestBaton();
});
afterAll(() => baton.close());

const turn = (channelId: string, conversationId: string, text: string, extra: Record<string, unknown> = {}) =>
  postTurn(baton.app, channelId, conversationId, text, extra);

type Sent = { type: string; name?: string; text?: string; value?: Record<string, unknown>; attachments?: Array<{ name?: string; contentType: string; content: any }> };

test('Direct Line gets the handoff.initiate event with the routing context and the transcript attached', async () => {
  await turn('directline', 'dl-1', 'How do I return an item?');
  const res = await turn('directline', 'dl-1', 'I want to talk to a person');
  const sent = res.body.activities as Sent[];
  const event = sent.find((a) => a.type === 'event' && a.name === 'handoff.initiate')!;
  expect(event.value).toMatchObject({ ticketId: expect.stringMatching(/^T-\d{8}-\d{4}$/), level: 'L3', category: 'inquiry', queuePosition: 1 });
  const transcript = event.attachments!.find((a) => a.name === 'Transcript')!;
  expect(transcript.content.activities.map((a: { text: string }) => a.text)).toEqual(
    expect.arrayContaining(['How do I return an item?', 'I want to talk to a person']),
  );
  expect(sent.some((a) => a.type === 'message' && /number 1 in the queue/.test(a.text ?? ''))).toBe(true);
});

test('asking for a person again while queued is answered without a second handoff.initiate', async () => {
  await turn('directline', 'dl-again', 'I want to talk to a person');
  const again = (await turn('directline', 'dl-again', 'agent please')).body.activities as Sent[];
  expect(again.some((a) => a.type === 'message' && /already/i.test(a.text ?? ''))).toBe(true);
  expect(again.filter((a) => a.type === 'event')).toEqual([]);
});

test('Teams never gets the handoff.initiate event; its answers come as Adaptive Cards with feedback buttons', async () => {
  const handoff = await turn('msteams', 'teams-1', 'I want to talk to a person');
  expect((handoff.body.activities as Sent[]).filter((a) => a.type === 'event')).toEqual([]);
  expect((handoff.body.activities as Sent[]).some((a) => /number \d+ in the queue/.test(a.text ?? ''))).toBe(true);

  const answer = await turn('msteams', 'teams-2', 'How do I return an item?');
  const [card] = (answer.body.activities as Sent[])[0].attachments!;
  expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(card.content.body[0].text).toMatch(/return label/);
  expect(card.content.actions.map((a: { title: string; data: unknown }) => [a.title, a.data])).toEqual(
    expect.arrayContaining([
      ['Helpful', { type: 'feedback', articleId: 'returns-start-en', helpful: true }],
      ['Not helpful', { type: 'feedback', articleId: 'returns-start-en', helpful: false }],
      ['Talk to a person', { type: 'talk-to-person' }],
    ]),
  );
});

test("a Teams channel message is answered without the bot's @mention", async () => {
  const res = await turn('msteams', 'teams-3', '<at>Baton</at> How do I return an item?', {
    entities: [{ type: 'mention', text: '<at>Baton</at>', mentioned: { id: 'bot-1', name: 'Baton' } }],
    conversation: { id: 'teams-3', conversationType: 'channel' },
  });
  expect((res.body.activities as Sent[])[0].attachments![0].content.body[0].text).toMatch(/return label/);
});

test('pressing "Talk to a person" on a card hands the conversation over', async () => {
  const res = await turn('msteams', 'teams-5', '', { value: { type: 'talk-to-person' } });
  expect((res.body.activities as Sent[]).map((a) => a.text ?? '').join()).toMatch(/number \d+ in the queue/);
  expect(await baton.parts.handoff.modeOf('teams-5')).toBe('queued');
});

test('pressing "Not helpful" on a card is recorded against the article', async () => {
  const res = await turn('msteams', 'teams-4', '', { value: { type: 'feedback', articleId: 'returns-start-en', helpful: false } });
  expect((res.body.activities as Sent[])[0].attachments![0].content.body[0].text).toMatch(/Sorry that didn't help/);
});

test('a hub\'s handoff.status event is kept in the transcript and answered with nothing', async () => {
  const res = await turn('directline', 'dl-2', '', { type: 'event', name: 'handoff.status', value: { state: 'accepted' }, text: undefined });
  expect(res.body.activities).toEqual([]);
  const stored = await baton.parts.conversations.list('dl-2');
  expect(stored).toEqual([expect.objectContaining({ type: 'event', direction: 'in' })]);
  expect(stored[0].activity).toMatchObject({ name: 'handoff.status', value: { state: 'accepted' } });
});

test('a turn announces its conversation once, after its replies are stored (a notification is a database write on PostgreSQL)', async () => {
  const seen: number[] = [];
  const conversationId = 'announce-1';
  const unsubscribe = baton.parts.feed.subscribe(conversationId, () => void baton.parts.conversations.list(conversationId).then((a) => seen.push(a.length)));
  try {
    await turn('directline', conversationId, 'How do I return an item?', { id: 'announce-in-1' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // One announcement, and by then the customer's message and the answer are both there to read.
    expect(seen).toEqual([2]);
  } finally {
    unsubscribe();
  }
});
