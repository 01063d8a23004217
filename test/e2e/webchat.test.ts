/** The official Web Chat client in headless Chromium, against Baton's own page and Direct Line. */
import type { Page } from 'playwright-core';
import { toTraditional } from '../../knowledge';
import { describeInBrowser, openPage, useBrowserBaton } from '../support/browser';
import { waitFor } from '../support/wait';

describeInBrowser('customer chat page with the official Web Chat client', () => {
  const suite = useBrowserBaton();

  const openChat = (locale: string) => openPage(suite.browser, `${suite.origin}/`, { locale });

  async function ask(page: Page, question: string): Promise<void> {
    const input = page.locator('[data-id="webchat-sendbox-input"], textarea').first();
    await input.waitFor({ timeout: 20_000 });
    await input.fill(question);
    await input.press('Enter');
  }

  test.each([
    ['en-US', 'How do I return an item?', /return label/, /store assistant/],
    ['zh-CN', '怎么退货？', /退货/, /智能助手/],
  ])('%s: typing "%s" shows the returns answer', async (locale, question, answer, greeting) => {
    const { page, errors, webSockets } = await openChat(locale);
    // The greeting proves the page got a token and Web Chat connected (over the WebSocket stream).
    await page.getByText(greeting).first().waitFor({ timeout: 20_000 });
    await ask(page, question);
    await page.getByText(question).first().waitFor({ timeout: 10_000 });
    const bubbles = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
    await waitFor(async () => answer.test((await bubbles.allInnerTexts()).join('\n')), { timeoutMs: 15_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale === 'zh-CN' ? 'zh-CN' : 'en');
    // Under a CSP whose connect-src is 'self' only: the stream is the page's own origin, nothing was blocked.
    expect(webSockets).toEqual([expect.stringMatching(new RegExp(`^${suite.origin.replace('http', 'ws')}/v3/directline/conversations/[^/]+/stream\\?`))]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each([
    ['en-US', 'delivery problem', /Which one do you mean/],
    ['zh-TW', '訂單', /請問您想問的是哪一個/],
  ])('%s: an ambiguous "%s" offers choices as suggested actions, and one click answers', async (locale, question, clarify) => {
    const { page, errors } = await openChat(locale);
    await ask(page, question);
    await page.getByText(clarify).first().waitFor({ timeout: 15_000 });
    const choice = page.locator('.webchat__suggested-action').first();
    await choice.waitFor({ timeout: 10_000 });
    const title = (await choice.innerText()).trim();
    // The article whose title (in the customer's script) is on the button.
    const inScriptOf = (text: string) => (locale === 'zh-TW' ? toTraditional(text) : text);
    const article = suite.baton.parts.knowledge
      .search(question, { limit: 10 })
      .map((hit) => suite.baton.parts.knowledge.getPublished(hit.articleId)!)
      .find((a) => inScriptOf(a.title) === title)!;
    expect(article).toBeDefined();
    await choice.click();
    const bubbles = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
    const firstWords = inScriptOf(article.answer).replace(/[*_#>-]/g, '').trim().slice(0, 8);
    await waitFor(async () => (await bubbles.allInnerTexts()).some((text) => text.includes(firstWords)), { timeoutMs: 15_000, what: 'the chosen answer' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each([
    // [browser locale, the page's language, Baton's subtitle, Web Chat's own send box placeholder, the bot's greeting]
    ['zh-TW', 'zh-TW', '線上客服', '輸入您的訊息', '商店的智慧助理'],
    ['zh-HK', 'zh-TW', '線上客服', '輸入您的訊息', '商店的智慧助理'],
    ['zh-Hant-TW', 'zh-TW', '線上客服', '輸入您的訊息', '商店的智慧助理'],
    ['zh-CN', 'zh-CN', '在线客服', '键入消息', '商城智能助手'],
    ['en-GB', 'en', 'Customer service', 'Type your message', 'store assistant'],
  ])('a %s browser gets the page, Web Chat and the greeting in %s', async (browserLocale, pageLocale, subtitle, placeholder, greeting) => {
    const { page, errors } = await openChat(browserLocale);
    await page.getByText(greeting).first().waitFor({ timeout: 20_000 });
    const input = page.locator('[data-id="webchat-sendbox-input"], textarea').first();
    await input.waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(pageLocale);
    expect(await page.locator('.subtitle').innerText()).toBe(subtitle);
    expect(await input.getAttribute('placeholder')).toBe(placeholder);
    expect(await page.title()).toBe(pageLocale === 'en' ? 'Baton Demo Store — Help' : pageLocale === 'zh-TW' ? 'Baton 示範商店 — 客服' : 'Baton 演示商城 — 客服');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
