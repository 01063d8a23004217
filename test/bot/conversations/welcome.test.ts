/**
 * The tier-aware welcome over Direct Line: a new customer gets the main topics as buttons that open their answers; a
 * VIP is told a person is available and gets the fast lane (their handoff is raised a level); a regular customer gets
 * the plain greeting; each in the customer's language. On SQLite and PostgreSQL.
 */
import { forEachDatabase } from '../../support/databases';
import { startTestBaton, type TestBaton } from '../../support/services';
import { arriveOnWebChat, type BotActivity } from '../../support/web-chat-customer';


forEachDatabase('tier-aware welcome', (kind) => {
  let baton: TestBaton;
  beforeAll(async () => {
    baton = await startTestBaton({ database: kind });
  });
  afterAll(() => baton.close());

  const arrive = (locale: string, tier?: 'vip' | 'regular' | 'new') =>
    arriveOnWebChat(baton.app, {
      locale,
      beforeStart: async (conversationId) => {
        if (!tier) return;
        const { userId } = (await baton.parts.conversations.get(conversationId))!;
        await baton.parts.customers.upsertAll([{ channel: 'webchat', userId, tier }]);
      },
    });

  const titles = (a: BotActivity) => a.suggestedActions?.actions.map((b) => b.title) ?? [];

  test.each([
    ['en-US', /^Hi, welcome! I'm the store assistant\. Pick a topic/, ['Orders', 'Returns', 'Refunds'], 'Returns', /return/i],
    ['zh-CN', /^您好，欢迎光临！/, ['订单', '退货', '退款'], '退货', /退货/],
  ])('%s: a new customer gets the main topics as buttons, and one opens its answer', async (locale, welcome, topics, pick, answer) => {
    const ada = await arrive(locale);
    const [greeting, ...more] = await ada.reads();
    expect(more).toEqual([]);
    expect(greeting.text).toMatch(welcome);
    expect(titles(greeting)).toEqual(expect.arrayContaining(topics));
    const button = greeting.suggestedActions!.actions.find((b) => b.title === pick)!;
    expect(button.value).toEqual({ type: 'choose-article', articleId: expect.any(String) });
    await ada.press(button.value, pick);
    const [reply] = await ada.reads();
    expect(reply.text).toMatch(answer);
    expect(reply.text).toContain(baton.parts.knowledge.getPublished(button.value.articleId!)!.answer.slice(0, 20));
  });

  test.each([
    ['en-US', /a person from our team is available for you at any time/, 'Talk to a person'],
    ['zh-CN', /人工客服随时为您服务/, '转人工客服'],
  ])('%s: a VIP is told a person is available, and the fast lane raises their ticket', async (locale, welcome, button) => {
    const vip = await arrive(locale, 'vip');
    const [greeting] = await vip.reads();
    expect(greeting.text).toMatch(welcome);
    expect(titles(greeting)).toEqual([button]);
    await vip.press(greeting.suggestedActions!.actions[0].value, button);
    const ticket = (await baton.parts.handoff.listTickets({ id: 's', name: 'S', roles: ['supervisor'] })).find((t) => t.conversationId === vip.conversationId)!;
    // "Talk to a person" alone is L3; the policy's VIP lane raises it.
    expect(ticket.level).toBe('L2');
    expect(ticket.customer.tier).toBe('vip');
  });

  test('a regular customer gets the plain greeting, without buttons', async () => {
    const [greeting] = await (await arrive('en-US', 'regular')).reads();
    expect(greeting.text).toMatch(/^Hi! I'm the store assistant\. Ask me about orders/);
    expect(greeting.suggestedActions).toBeUndefined();
  });
});
