/**
 * The console's Reports view in real Chromium, in English and Chinese: a supervisor opens it on a few real
 * conversations and tickets and sees the headline numbers, the four charts (Chart.js from its npm package, under the
 * page's Content-Security-Policy), breakdowns and the export link; an empty period says so. Screenshots go to
 * test-artifacts/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Actor } from '../../contracts';
import { describeInBrowser, openPage, useBrowserBaton } from '../support/browser';
import { untranslated } from '../support/labels';

const PASSWORD = 'a long enough password';
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');

describeInBrowser('the Reports view', () => {
  const suite = useBrowserBaton({}, async (baton) => {
    const { parts: services } = baton;
    await services.auth.createUser({ email: 'sue@example.com', name: 'Sue Supervisor', password: PASSWORD, roles: ['supervisor'] });
    await services.auth.createUser({ email: 'ann@example.com', name: 'Ann Agent', password: PASSWORD, roles: ['agent'] });
    // Two conversations the bot served, and one handed to a person who answered and resolved it.
    for (const id of ['conv-1', 'conv-2', 'conv-3']) {
      await services.conversations.ensure({ id, channel: 'webchat', userId: `user-${id}` });
      await services.conversations.append(id, { direction: 'in', role: 'customer', type: 'message', text: 'where is my parcel?', activity: {} });
    }
    const ticket = await services.handoff.requestHandoff({
      conversationId: 'conv-3',
      channel: 'webchat',
      customer: { id: 'user-conv-3' },
      lang: 'en',
      level: 'L2',
      category: 'complaint',
      reasons: [{ code: 'complaint', detail: 'a complaint' }],
    });
    const sue: Actor = { id: 'sup', name: 'Sue Supervisor', roles: ['supervisor'] };
    await services.handoff.claim(sue, ticket.ticket.id);
    await services.conversations.append('conv-3', { direction: 'out', role: 'agent', type: 'message', text: 'Sorry about that.', activity: {} });
    await services.handoff.resolve(sue, ticket.ticket.id, { code: 'solved' });
    await services.handoff.recordSurvey('conv-3', { score: 5 });
  });

  async function openReports(locale: string): Promise<{ page: Page; errors: string[] }> {
    const opened = await openPage(suite.browser, `${suite.origin}/console`, { locale, ignoreConsole: /401/ });
    const { page } = opened;
    await page.locator('#login-form input[name=email]').fill('sue@example.com');
    await page.locator('#login-form input[name=password]').fill(PASSWORD);
    await page.locator('#login-form button[type=submit]').click();
    await page.locator('#tab-reports').click();
    await page.locator('#report-headline .metric').first().waitFor({ timeout: 10_000 });
    // Each chart drew on its canvas (Chart.js loaded from /assets/vendor, not a CDN).
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#report-charts canvas')).every((c) => (window as unknown as { Chart?: { getChart(c: Element): unknown } }).Chart?.getChart(c)));
    return opened;
  }

  test('English: headline numbers, charts, breakdowns, export; an empty period says so', async () => {
    const { page, errors } = await openReports('en-US');
    const metric = (name: string) => page.locator(`#report-headline .metric[data-metric="${name}"] .metric-value`).innerText();
    expect(await metric('conversations')).toBe('3');
    expect(await metric('selfService')).toBe('66.7%');
    expect(await metric('csat')).toBe('100%');
    await page.locator('#report-breakdowns', { hasText: 'complaint' }).waitFor();
    expect(await page.locator('#report-export').getAttribute('href')).toMatch(/^\/api\/analytics\/export\.csv\?from=\d{4}-\d{2}-\d{2}&to=/);
    expect(await page.locator('#report-empty').isVisible()).toBe(false);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'reports-en.png'), fullPage: true });

    await page.locator('#report-filters input[name=from]').fill('2020-01-01');
    await page.locator('#report-filters input[name=to]').fill('2020-01-07');
    await page.locator('#report-filters button[type=submit]').click();
    await page.locator('#report-empty', { hasText: 'No conversations in this period.' }).waitFor({ timeout: 5000 });
    expect(await page.locator('#report-charts').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, 'reports-en-empty.png') });
    expect(errors).toEqual([]);
  });

  test('Chinese: the same view, every label in Chinese', async () => {
    const { page, errors } = await openReports('zh-CN');
    expect(await page.locator('#tab-reports').innerText()).toBe('报表');
    expect(await page.locator('#report-headline .metric[data-metric="conversations"] .metric-label').innerText()).toBe('会话');
    expect(await untranslated(page, 'zh-CN')).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'reports-zh-CN.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  test('agents do not see the Reports tab', async () => {
    const { page } = await openPage(suite.browser, `${suite.origin}/console`, { ignoreConsole: /401/ });
    await page.locator('#login-form input[name=email]').fill('ann@example.com');
    await page.locator('#login-form input[name=password]').fill(PASSWORD);
    await page.locator('#login-form button[type=submit]').click();
    await page.locator('#tabs').waitFor();
    expect(await page.locator('#tab-reports').isVisible()).toBe(false);
  });
});
