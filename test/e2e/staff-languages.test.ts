/**
 * The staff pages in the reader's language, in real Chromium: a browser set to zh-CN, zh-TW or en-US opens /console
 * and /editor, signs in and works — queue, ticket, claim, reply, the supervisor's view; the articles, editing,
 * review, the review queue, synonyms, the test box — and at every step no label is left in another language (what
 * people wrote is not a label). The language switch in the header is remembered for the person, on any browser.
 */
import type { Page } from 'playwright-core';
import { text, type Locale, type TextKey } from '../../contracts';
import { describeInBrowser, openPage, useBrowserBaton } from '../support/browser';
import { untranslated } from '../support/labels';

const PASSWORD = 'a long enough password';
const BROWSER_LOCALES: Array<[string, Locale]> = [
  ['zh-CN', 'zh-CN'],
  ['zh-TW', 'zh-TW'],
  ['en-US', 'en'],
];

describeInBrowser('staff pages in Chinese and English', () => {
  const suite = useBrowserBaton({}, async (baton) => {
    for (const locale of ['zh-CN', 'zh-TW', 'en', 'switch']) {
      await baton.parts.auth.createUser({ email: `agent-${locale}@example.com`, name: `Agent ${locale}`, password: PASSWORD, roles: ['agent'] });
      await baton.parts.auth.createUser({ email: `editor-${locale}@example.com`, name: `Editor ${locale}`, password: PASSWORD, roles: ['editor', 'reviewer'] });
    }
  });

  // A 401 from the first "who am I" is how a page learns it must show the sign-in form.
  const open = (path: string, browserLocale: string) => openPage(suite.browser, `${suite.origin}${path}`, { locale: browserLocale, ignoreConsole: /401/ });

  async function signIn(page: Page, email: string): Promise<void> {
    await page.locator('#login-form input[name=email]').fill(email);
    await page.locator('#login-form input[name=password]').fill(PASSWORD);
    await page.locator('#login-form button[type=submit]').click();
  }

  /** Every label on the page is in `locale`; `where` names the step when one is not. */
  async function speaks(page: Page, locale: Locale, where: string): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    expect({ where, untranslated: await untranslated(page, locale) }).toEqual({ where, untranslated: [] });
  }

  const said = (locale: Locale, key: TextKey, params?: Record<string, string | number>) => text(locale, key, params);

  /** A customer who talked to the bot (its answer in Markdown) and asked for a person. */
  async function customerWaiting(name: string): Promise<string> {
    const { parts } = suite.baton;
    const conversationId = `lang-${name}-${Date.now()}`;
    await parts.conversations.ensure({ id: conversationId, channel: 'webchat', userId: conversationId });
    const lines: Array<['customer' | 'bot', string]> = [
      ['customer', '我想退货 / I want to return my shoes'],
      ['bot', 'Returns are free within **30 days**: print the return label from your order page.'],
      ['customer', '转人工'],
    ];
    for (const [role, said] of lines) {
      const activity = { type: 'message', text: said, ...(role === 'bot' ? { textFormat: 'markdown' } : {}) };
      await parts.conversations.append(conversationId, { direction: role === 'customer' ? 'in' : 'out', role, type: 'message', text: said, activity });
    }
    const { ticket } = await parts.handoff.requestHandoff({
      conversationId,
      channel: 'webchat',
      customer: { id: conversationId, name: `Customer ${name}`, email: `${name}@example.com` },
      lang: 'zh',
      level: 'L3',
      category: 'after-sales',
      reasons: [{ code: 'agent-request', detail: 'asked for a person', evidence: ['转人工'] }],
      lastCustomerMessage: '我想退货',
    });
    return ticket.id;
  }

  test.each(BROWSER_LOCALES)('/console in a %s browser', async (browserLocale, locale) => {
    const ticketId = await customerWaiting(browserLocale);
    const { page, errors } = await open('/console', browserLocale);
    await page.locator('#login-form').waitFor();
    await speaks(page, locale, 'sign-in');

    await signIn(page, `agent-${locale}@example.com`);
    await page.locator('#live-status', { hasText: said(locale, 'console.live.live') }).waitFor({ timeout: 10_000 });
    const item = page.locator(`#queue-waiting li[data-ticket-id="${ticketId}"]`);
    await item.waitFor();
    await speaks(page, locale, 'queue');

    // The ticket: the bot's answer reads as the customer saw it, Markdown rendered.
    await item.click();
    await page.locator('#transcript li.role-bot strong', { hasText: '30 days' }).waitFor();
    expect(await page.locator('#transcript').innerText()).not.toContain('**30 days**');
    await page.locator('#suggestions li').first().waitFor({ timeout: 5000 });
    await speaks(page, locale, 'ticket');

    await page.locator('#claim-button').click();
    await page.locator('#reply-form').waitFor({ state: 'visible' });
    await page.locator('#toasts .toast', { hasText: said(locale, 'console.toast.claimed', { id: ticketId }) }).waitFor();
    await page.locator('#reply-text').fill('您好，我来帮您处理退货。');
    await page.locator('#reply-form button[type=submit]').click();
    await page.locator('#transcript li.role-agent', { hasText: '我来帮您处理退货' }).waitFor();
    await page.locator('#note-text').fill('checked the order');
    await page.locator('#note-form button[type=submit]').click();
    await page.locator('#transcript li.kind-note', { hasText: 'checked the order' }).waitFor();
    await speaks(page, locale, 'claimed, replied, noted');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(BROWSER_LOCALES)('the supervisor view in a %s browser', async (browserLocale, locale) => {
    await customerWaiting(`sup-${browserLocale}`);
    const { page, errors } = await open('/console', browserLocale);
    await page.locator('#login-form input[name=email]').fill('admin@example.com');
    await page.locator('#login-form input[name=password]').fill('correct horse battery');
    await page.locator('#login-form button[type=submit]').click();
    await page.locator('#tab-supervisor').click();
    await page.locator('#sup-queues td').first().waitFor();
    await page.locator('#sup-agents td').first().waitFor();
    await speaks(page, locale, 'supervisor');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(BROWSER_LOCALES)('/editor in a %s browser', async (browserLocale, locale) => {
    await suite.baton.parts.reviewQueue.recordEffects([{ type: 'unanswered', text: `怎么开发票 ${browserLocale}`, lang: 'zh' }]);
    const { page, errors } = await open('/editor', browserLocale);
    await page.locator('#login-form').waitFor();
    await speaks(page, locale, 'sign-in');
    await signIn(page, `editor-${locale}@example.com`);
    await page.locator('#article-list li').first().waitFor();
    await speaks(page, locale, 'articles');

    // An article of the demo content, its versions and a diff.
    await page.locator('#article-list li').first().click();
    await page.locator('#status-line', { hasText: said(locale, 'editor.status.published') }).waitFor();
    await page.locator('#versions-box summary').click();
    await page.locator('#versions li button').first().click();
    await page.locator('#diff p').waitFor();
    await speaks(page, locale, 'an article, its versions and a diff');

    // Write, submit and publish a new article.
    const id = `lang-test-${browserLocale.toLowerCase()}`;
    const product = `Zorb${browserLocale.replace('-', '')}`; // a word only this article has
    await page.locator('#new-article').click();
    await page.locator('#f-id').fill(id);
    await page.locator('#f-lang').selectOption('zh');
    await page.locator('#f-title').fill(`${product} 发票 / invoices`);
    await page.locator('#f-questions').fill(`${product} 发票怎么开\nhow do I get a ${product} invoice`);
    await page.locator('#f-answer').fill('在**订单详情**页面申请发票。');
    await page.locator('#preview strong', { hasText: '订单详情' }).waitFor();
    await page.locator('#save').click();
    await page.locator('#status-line', { hasText: said(locale, 'editor.status.draft') }).waitFor();
    await page.locator('#submit').click();
    await page.locator('#status-line', { hasText: said(locale, 'editor.status.in_review') }).waitFor();
    await page.locator('#publish').click();
    await page.locator('#status-line', { hasText: said(locale, 'editor.status.published') }).waitFor();
    await page.locator('#toasts .toast', { hasText: said(locale, 'editor.done.publish') }).waitFor();
    await speaks(page, locale, 'written, reviewed, published');

    await page.locator('[data-tab="queue"]').click();
    await page.locator('#queue li', { hasText: browserLocale }).waitFor();
    await speaks(page, locale, 'review queue');

    await page.locator('[data-tab="synonyms"]').click();
    await page.locator('#synonym-rows tr').first().waitFor();
    await page.locator('#synonym-add').click();
    await speaks(page, locale, 'synonyms');

    await page.locator('[data-tab="test"]').click();
    await page.locator('#test-text').fill(`${product} 发票怎么开`);
    await page.locator('#test-form button[type=submit]').click();
    await page.locator('#test-decision').waitFor();
    expect(await page.locator('#test-decision').innerText()).toContain(id);
    await speaks(page, locale, 'test box');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the language switch changes the page at once and follows the person to another browser', async () => {
    const { page, errors } = await open('/console', 'en-US');
    await signIn(page, 'agent-switch@example.com');
    await page.locator('#queue-waiting li').first().waitFor();
    await speaks(page, 'en', 'before the switch');

    await page.locator('#language').selectOption('zh-TW');
    await page.locator('.queue-title', { hasText: said('zh-TW', 'console.queue.waiting') }).waitFor();
    await speaks(page, 'zh-TW', 'after the switch');
    await page.context().close();

    // Another suite.browser, in English: signing in brings the person's choice along, on the editor too.
    const again = await open('/console', 'en-US');
    await signIn(again.page, 'agent-switch@example.com');
    await again.page.locator('#live-status', { hasText: said('zh-TW', 'console.live.live') }).waitFor({ timeout: 10_000 });
    await speaks(again.page, 'zh-TW', 'signed in elsewhere');
    expect(await again.page.locator('#language').inputValue()).toBe('zh-TW');
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.context().close();
  });
});
