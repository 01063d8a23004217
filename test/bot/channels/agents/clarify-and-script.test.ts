/**
 * Clarifications and the customer's script at the Agents SDK edge: a clarification's choices are card buttons on
 * Teams and suggested actions on Web Chat (Direct Line), each answering in one click; traditional Chinese is answered
 * in traditional characters while the transcript keeps the customer's own words.
 */
import request from 'supertest';
import { postTurn } from '../../../support/agents-turn';
import { startTestBaton, type TestBaton } from '../../../support/services';

let baton: TestBaton;
beforeAll(async () => {
  baton = await startTestBaton();
});
afterAll(() => baton.close());

const turn = (channelId: string, conversationId: string, text: string, extra: Record<string, unknown> = {}) =>
  postTurn(baton.app, channelId, conversationId, text, extra);

interface Sent {
  type: string;
  text?: string;
  locale?: string;
  suggestedActions?: { actions: Array<{ type: string; title: string; value: Record<string, unknown> }> };
  attachments?: Array<{ contentType: string; content: any }>;
}
const sentOf = (res: request.Response) => res.body.activities as Sent[];

// "delivery problem" names no one article of the demo store: the bot asks which of a few was meant.
const AMBIGUOUS = 'delivery problem';

test('Teams: the choices are Adaptive Card buttons, and pressing one answers that article', async () => {
  const [clarify] = sentOf(await turn('msteams', 'teams-clarify', AMBIGUOUS));
  const [card] = clarify.attachments!;
  expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(card.content.body[0].text).toMatch(/Which one do you mean/);
  const buttons = card.content.actions as Array<{ type: string; title: string; data: { type: string; articleId?: string } }>;
  const choices = buttons.filter((b) => b.data.type === 'choose-article');
  expect(choices.length).toBeGreaterThanOrEqual(2);
  expect(choices.length).toBeLessThanOrEqual(3);
  expect(buttons.every((b) => b.type === 'Action.Submit')).toBe(true);
  expect(buttons.at(-1)!.data).toEqual({ type: 'talk-to-person' });

  const chosen = choices[0];
  const [answer] = sentOf(await turn('msteams', 'teams-clarify', '', { value: chosen.data }));
  expect(answer.attachments![0].content.body[0].text).toBe(baton.parts.knowledge.getPublished(chosen.data.articleId!)!.answer);
});

test('Web Chat: the choices are suggested actions carrying the choice, and sending one back answers it', async () => {
  const [clarify] = sentOf(await turn('directline', 'dl-clarify', AMBIGUOUS));
  expect(clarify.text).toMatch(/Which one do you mean/);
  const actions = clarify.suggestedActions!.actions;
  const choice = actions.find((a) => a.value.type === 'choose-article')!;
  expect(choice).toMatchObject({ type: 'messageBack', title: expect.any(String) });
  const [answer] = sentOf(await turn('directline', 'dl-clarify', choice.title, { value: choice.value }));
  expect(answer.text).toBe(baton.parts.knowledge.getPublished(choice.value.articleId as string)!.answer);
});

test('traditional Chinese is answered in traditional characters; the transcript keeps what the customer typed', async () => {
  const question = '訂單成立後還能修改嗎';
  const [answer] = sentOf(await turn('directline', 'dl-hant', question, { locale: 'zh-TW' }));
  expect(answer.locale).toBe('zh-TW');
  expect(answer.text).toContain('訂單');
  expect(answer.text).not.toContain('订单');
  const [clarify] = sentOf(await turn('directline', 'dl-hant', '訂單'));
  expect(clarify.text).toMatch(/請問/);
  expect(clarify.suggestedActions!.actions.map((a) => a.title).join()).toMatch(/訂單/);

  const stored = await baton.parts.conversations.list('dl-hant');
  const inbound = stored.filter((a) => a.direction === 'in').map((a) => (a.activity as { text?: string }).text);
  expect(inbound).toEqual([question, '訂單']);
});

test('a Teams customer with a Hong Kong locale is greeted in traditional characters', async () => {
  const res = await request(baton.app)
    .post('/api/messages')
    .send({
      type: 'conversationUpdate',
      id: 'cu-hk',
      channelId: 'msteams',
      locale: 'zh-HK',
      serviceUrl: 'http://127.0.0.1:9/unused',
      conversation: { id: 'teams-hk' },
      from: { id: 'customer-hk' },
      recipient: { id: 'bot-1', name: 'Baton' },
      membersAdded: [{ id: 'customer-hk' }],
      deliveryMode: 'expectReplies',
    })
    .expect(200);
  const [greeting] = sentOf(res);
  expect(greeting.locale).toBe('zh-TW');
  // A customer the directory does not know gets the guided welcome (its topics as card buttons).
  expect(greeting.text ?? JSON.stringify(greeting.attachments)).toMatch(/您好，歡迎光臨！我是商店的智慧助理/);
});
