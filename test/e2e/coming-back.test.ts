/**
 * Coming back later, in a real browser: a web customer asks for a person and closes the page; the agent answers while
 * they are away; the customer opens the page again in the same browser (the page kept the conversation's resume key)
 * and sees the answer and goes on; the "continue on another device" link opens the same conversation in another
 * browser. In English and Chinese.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Actor } from '../../contracts';
import { describeInBrowser, openPage, useBrowserBaton } from '../support/browser';
import { waitFor } from '../support/wait';

const ann: Actor = { id: 'ann', name: 'Ann Agent', roles: ['agent'] };

describeInBrowser('coming back to a web conversation', () => {
  const suite = useBrowserBaton();

  async function ask(page: Page, question: string): Promise<void> {
    const input = page.locator('[data-id="webchat-sendbox-input"], textarea').first();
    await input.waitFor({ timeout: 20_000 });
    await input.fill(question);
    await input.press('Enter');
  }

  const botTexts = (page: Page) => page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').allInnerTexts();

  /** The conversation this browser keeps: its id is inside the stored resume key. */
  async function keptConversation(context: BrowserContext): Promise<string> {
    const page = context.pages()[0] ?? (await context.newPage());
    const key = await page.evaluate(() => localStorage.getItem('baton.resume'));
    expect(key).toMatch(/^rk1\./);
    return JSON.parse(Buffer.from(key!.split('.')[1], 'base64url').toString('utf8')).r as string;
  }

  test.each([
    ['en-US', 'I want to talk to a person', /queue/, 'Your parcel left our warehouse this morning.', 'Great, thanks!', /Continue on another device/],
    ['zh-CN', '转人工', /排在第/, '您的包裹今天上午已经发出。', '好的，谢谢！', /在其他设备上继续/],
  ])('%s: away while the agent answers, back with the kept key, and on another device by the link', async (locale, question, queued, answer, reply, linkText) => {
    const first = await openPage(suite.browser, `${suite.origin}/`, { locale });
    await ask(first.page, question);
    await waitFor(async () => (await botTexts(first.page)).some((t) => queued.test(t)), { timeoutMs: 15_000, what: 'the queue notice' });
    const conversationId = await keptConversation(first.page.context());
    const link = first.page.locator('#resume-link');
    expect(await link.innerText()).toMatch(linkText);
    const href = await link.getAttribute('href');
    await first.page.close();

    // Away: the agent takes the ticket and answers.
    const { handoff } = suite.baton.parts;
    const ticket = (await handoff.listTickets({ ...ann, roles: ['supervisor'] })).find((t) => t.conversationId === conversationId)!;
    await handoff.claim(ann, ticket.id);
    await handoff.sendMessage(ann, ticket.id, answer);

    // Back in the same browser: the answer is there, and the conversation goes on with the agent.
    const again = await first.page.context().newPage();
    await again.goto(`${suite.origin}/`);
    await waitFor(async () => (await botTexts(again)).some((t) => t.includes(answer)), { timeoutMs: 15_000, what: 'the answer that came meanwhile' });
    expect((await botTexts(again)).filter((t) => queued.test(t))).toHaveLength(1);
    await ask(again, reply);
    await waitFor(async () => (await suite.baton.parts.conversations.list(conversationId, { limit: 100 })).some((a) => a.activity.text === reply), {
      timeoutMs: 10_000,
      what: 'the customer’s reply in the same conversation',
    });
    expect(await handoff.modeOf(conversationId)).toBe('assigned');

    // Another device: the link opens the same conversation, and the key leaves the address bar.
    const other = await openPage(suite.browser, href!, { locale });
    await waitFor(async () => (await botTexts(other.page)).some((t) => t.includes(answer)), { timeoutMs: 15_000, what: 'the conversation on another device' });
    expect(other.page.url()).toBe(`${suite.origin}/`);
    expect(await keptConversation(other.page.context())).toBe(conversationId);
    expect([...first.errors, ...other.errors]).toEqual([]);
    await other.page.context().close();
    await first.page.context().close();
  });

  test('a forged or foreign key starts a new conversation instead', async () => {
    const { page } = await openPage(suite.browser, `${suite.origin}/?resume=rk1.e30.forged`, { locale: 'en-US' });
    await page.getByText(/store assistant/).first().waitFor({ timeout: 20_000 });
    const key = await page.evaluate(() => localStorage.getItem('baton.resume'));
    expect(key).toMatch(/^rk1\./);
    expect(key).not.toBe('rk1.e30.forged');
    await page.context().close();
  });
});

describeInBrowser('the chat page’s e-mail offer', () => {
  const suite = useBrowserBaton({ env: { SMTP_URL: 'smtp://127.0.0.1:2', MAIL_FROM: 'help@store.example' } });

  test.each([
    ['en-US', /E-mail me when someone answers/],
    ['zh-CN', /有人回复时通过电子邮件通知我/],
  ])('%s: the customer gives an address and agrees, and can stop again', async (locale, label) => {
    const { page, errors } = await openPage(suite.browser, `${suite.origin}/`, { locale });
    const form = page.locator('#notify-form');
    await form.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await form.innerText()).toMatch(label);
    expect(await page.locator('#notify-done').isVisible()).toBe(false);
    const key = await page.evaluate(() => localStorage.getItem('baton.resume'));
    const conversationId = JSON.parse(Buffer.from(key!.split('.')[1], 'base64url').toString('utf8')).r as string;
    await page.fill('#notify-email', 'ada@example.com');
    // Without the consent box ticked, the browser does not submit.
    await page.click('#notify-form button[type=submit]');
    expect(await suite.baton.parts.replyMailStore.getContact(conversationId)).toBeUndefined();
    await page.check('#notify-consent');
    await page.click('#notify-form button[type=submit]');
    await page.locator('#notify-done').waitFor({ state: 'visible' });
    expect(await suite.baton.parts.replyMailStore.getContact(conversationId)).toMatchObject({ email: 'ada@example.com' });
    expect(await form.isVisible()).toBe(false);
    await page.click('#notify-stop');
    await form.waitFor({ state: 'visible' });
    expect(await suite.baton.parts.replyMailStore.getContact(conversationId)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
