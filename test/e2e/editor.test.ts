/**
 * The whole editorial loop in a real browser: an editor writes an article on /editor and submits it, a reviewer
 * publishes it, and a customer asking in Web Chat on / gets it as the answer. Then an editor adds a synonym.
 */
import type { Page } from 'playwright-core';
import { describeInBrowser, openPage, useBrowserBaton } from '../support/browser';

const PASSWORD = 'a long enough password';
const ARTICLE = {
  id: 'zorblax-pairing-en',
  title: 'Pair the Zorblax headset',
  questions: ['How do I pair my Zorblax headset?', 'zorblax headset bluetooth pairing'],
  answer: 'Hold the **Zorblax** button for five seconds until the light blinks blue.',
};

describeInBrowser('editor writes, reviewer publishes, customer gets the answer', () => {
  const suite = useBrowserBaton({}, async (baton) => {
    await baton.parts.auth.createUser({ email: 'editor@example.com', name: 'Ed', password: PASSWORD, roles: ['editor'] });
    await baton.parts.auth.createUser({ email: 'reviewer@example.com', name: 'Rae', password: PASSWORD, roles: ['reviewer'] });
  });

  // A 401 from the initial "who am I" check is how the page learns it must show the login form.
  const openEditorPage = (path: string) => openPage(suite.browser, `${suite.origin}${path}`, { ignoreConsole: /401/ });

  async function signIn(page: Page, email: string): Promise<void> {
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(PASSWORD);
    await page.locator('#login-submit').click();
    await page.locator('#whoami').filter({ hasText: email }).waitFor();
  }

  test('the full loop', async () => {
    // The editor writes the article, sees the Markdown preview, saves it and submits it for review.
    const editor = await openEditorPage('/editor');
    await signIn(editor.page, 'editor@example.com');
    await editor.page.locator('#new-article').click();
    await editor.page.locator('#f-id').fill(ARTICLE.id);
    await editor.page.locator('#f-title').fill(ARTICLE.title);
    await editor.page.locator('#f-questions').fill(ARTICLE.questions.join('\n'));
    await editor.page.locator('#f-answer').fill(ARTICLE.answer);
    await editor.page.locator('#preview strong').filter({ hasText: 'Zorblax' }).waitFor();
    await editor.page.locator('#save').click();
    await editor.page.locator('#status-line').filter({ hasText: 'Draft' }).waitFor();
    await editor.page.locator('#submit').click();
    await editor.page.locator('#status-line').filter({ hasText: 'In review' }).waitFor();
    expect(await editor.page.locator('#publish').isHidden()).toBe(true); // editors cannot publish
    expect(editor.errors).toEqual([]);

    // The reviewer finds it among the articles in review and publishes it.
    const reviewer = await openEditorPage('/editor');
    await signIn(reviewer.page, 'reviewer@example.com');
    await reviewer.page.locator('#filter-status').selectOption('in_review');
    await reviewer.page.locator(`#article-list li[data-id="${ARTICLE.id}"]`).click();
    await reviewer.page.locator('#status-line').filter({ hasText: 'In review' }).waitFor();
    await reviewer.page.locator('#publish').click();
    await reviewer.page.locator('#status-line').filter({ hasText: 'Published' }).waitFor();
    await reviewer.page.locator('#toasts .toast').filter({ hasText: 'customers get this version now' }).waitFor();

    // The test box shows what the bot answers now, and why.
    await reviewer.page.locator('[data-tab="test"]').click();
    await reviewer.page.locator('#test-text').fill(ARTICLE.questions[0]);
    await reviewer.page.locator('#test-form button[type="submit"]').click();
    await reviewer.page.locator('#test-decision').filter({ hasText: 'Decision: answer' }).waitFor();
    expect(await reviewer.page.locator('#test-decision').innerText()).toContain(ARTICLE.id);
    expect(reviewer.errors).toEqual([]);

    // A customer asks in Web Chat and gets the new article.
    const customer = await openEditorPage('/');
    const input = customer.page.locator('[data-id="webchat-sendbox-input"], textarea').first();
    await input.waitFor({ timeout: 20_000 });
    await input.fill(ARTICLE.questions[0]);
    await input.press('Enter');
    const botBubbles = customer.page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
    await botBubbles.filter({ hasText: 'until the light blinks blue' }).first().waitFor({ timeout: 20_000 });
    expect(customer.errors).toEqual([]);
  }, 120_000);

  test('an editor adds a synonym and the test box answers through it', async () => {
    await suite.baton.parts.knowledge.publish([
      {
        id: 'quibbler-filter-en',
        lang: 'en',
        title: 'Clean the Quibbler vacuum filter',
        questions: ['How do I clean the Quibbler vacuum filter?', 'quibbler filter cleaning'],
        answer: 'Rinse the filter under cold water and let it dry for a day.',
        tags: [],
        followUps: [],
      },
    ]);
    // The 400 is the refused save below, on purpose.
    const { page, errors } = await openPage(suite.browser, `${suite.origin}/editor`, { ignoreConsole: /status of 40[01]/ });
    await signIn(page, 'editor@example.com');
    const ask = async (text: string) => {
      await page.locator('[data-tab="test"]').click();
      await page.locator('#test-text').fill(text);
      await Promise.all([
        page.waitForResponse((res) => res.url().endsWith('/api/knowledge/test')),
        page.locator('#test-form button[type="submit"]').click(),
      ]);
      // The response arrives before the page draws it: read the decision once the form is no longer busy.
      await page.locator('#test-form:not([aria-busy])').waitFor();
      return page.locator('#test-decision').innerText();
    };
    expect(await ask('snorfbag')).not.toContain('Decision: answer');

    // The demo synonyms are listed; a new group without synonyms is refused with the row marked.
    await page.locator('[data-tab="synonyms"]').click();
    await page.locator('#synonym-rows tr').first().waitFor();
    expect(await page.locator('#synonym-rows .synonym-term').first().inputValue()).toBe('return');
    await page.locator('#synonym-add').click();
    const row = page.locator('#synonym-rows tr').last();
    await row.locator('.synonym-term').fill('quibbler vacuum');
    await page.locator('#synonym-save').click();
    await page.locator('#toasts .toast.bad').filter({ hasText: 'a group needs at least one synonym' }).waitFor();
    expect(await row.getAttribute('class')).toContain('invalid');

    // Fixed and saved; what the editor typed stays text, never markup.
    await row.locator('.synonym-list').fill('snorfbag, <b>dustbag</b>');
    await page.locator('#synonym-save').click();
    await page.locator('#toasts .toast').filter({ hasText: 'Synonyms saved' }).waitFor();
    const saved = page.locator('#synonym-rows tr').last();
    expect(await saved.locator('.synonym-term').inputValue()).toBe('quibbler vacuum');
    expect(await saved.locator('.synonym-list').inputValue()).toBe('snorfbag, <b>dustbag</b>');
    expect(await page.locator('#synonym-rows b').count()).toBe(0);

    const answer = await ask('snorfbag');
    expect(answer).toContain('Decision: answer');
    expect(answer).toContain('quibbler-filter-en');
    expect(errors).toEqual([]);
  }, 60_000);
});
