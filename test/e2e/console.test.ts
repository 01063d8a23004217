import type { Actor } from '../../contracts';
/**
 * The agent console end to end, in two browser contexts: a customer chatting in the official Web Chat client and an
 * agent in /console. The customer asks for a person: the ticket shows up in the console within a second, the agent
 * claims and replies, the customer sees the reply, the agent resolves, the customer rates the conversation and the bot
 * answers again. A supervisor sees the floor.
 */
import type { Page } from 'playwright-core';
import { describeInBrowser, useBrowserBaton } from '../support/browser';
import { sleep, waitFor } from '../support/wait';

describeInBrowser('agent console with a Web Chat customer', () => {
  const agentLogin = { email: 'agent@example.com', password: 'agent password 123' };
  const adminActor: Actor = { id: 'test-admin', name: 'Test Admin', roles: ['admin'] };
  const suite = useBrowserBaton({}, async (baton) => {
    await baton.parts.auth.createUser({ ...agentLogin, name: 'Alex Agent', roles: ['agent'] });
  });

  async function signIn(page: Page, login: { email: string; password: string }): Promise<void> {
    await page.goto(`${suite.origin}/console`);
    await page.locator('#login-form input[name=email]').fill(login.email);
    await page.locator('#login-form input[name=password]').fill(login.password);
    await page.locator('#login-form button[type=submit]').click();
    await page.locator('#live-status', { hasText: 'live' }).waitFor({ timeout: 10_000 });
  }

  test('a customer handed off appears live; the agent claims, replies, resolves; the customer sees it all', async () => {
    const errors: string[] = [];
    // The customer.
    const customer = await (await suite.browser.newContext({ locale: 'en-US' })).newPage();
    customer.on('pageerror', (err) => errors.push(`customer: ${err.message}`));
    const tokenResponse = customer.waitForResponse((r) => r.url().endsWith('/api/webchat/token'));
    await customer.goto(`${suite.origin}/`);
    const { conversationId } = (await (await tokenResponse).json()) as { conversationId: string };
    const input = customer.locator('[data-id="webchat-sendbox-input"], textarea').first();
    await input.waitFor({ timeout: 20_000 });
    await input.fill('Where is my order 1234?');
    await input.press('Enter');
    await customer.getByText('Where is my order 1234?').first().waitFor({ timeout: 10_000 });

    // The agent.
    const agent = await (await suite.browser.newContext()).newPage();
    agent.on('pageerror', (err) => errors.push(`agent: ${err.message}`));
    agent.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await signIn(agent, agentLogin);
    await agent.locator('#presence.online').waitFor({ timeout: 5000 });

    // The customer asks for a person in Web Chat; the ticket shows up in the console, live, within a second.
    await input.fill('I want to talk to a person');
    const asked = Date.now();
    await input.press('Enter');
    const item = agent.locator('#queue-waiting li[data-ticket-id]').first();
    await item.waitFor({ timeout: 1000 });
    expect(Date.now() - asked).toBeLessThan(1000);
    const ticket = { id: (await item.getAttribute('data-ticket-id'))! };
    // The customer is told where they stand.
    await customer.getByText(/number 1 in the queue/).first().waitFor({ timeout: 10_000 });
    await expectText(item, /L3/);
    await expectText(item, /#1 in general/);

    // Open it: full transcript with the bot's turns marked, reasons, profile, suggestions.
    await item.click();
    await agent.locator('#transcript li.role-customer', { hasText: 'Where is my order 1234?' }).waitFor();
    expect(await agent.locator('#transcript li.role-bot .badge').count()).toBeGreaterThan(0);
    await expectText(agent.locator('#reasons'), /agent-request/);
    await agent.locator('#suggestions li strong').first().waitFor({ timeout: 5000 });

    // Claim: the customer is told who is handling them.
    await agent.locator('#claim-button').click();
    await agent.locator('#reply-form').waitFor({ state: 'visible' });
    await agent.locator(`#queue-assigned li[data-ticket-id="${ticket.id}"]`).waitFor();
    await customer.getByText(/Alex Agent has joined the conversation/).first().waitFor({ timeout: 10_000 });
    expect(await suite.baton.parts.handoff.modeOf(conversationId)).toBe('assigned');

    // Reply in real time, and an internal note the customer never sees.
    await agent.locator('#reply-text').fill('Hi, your order ships tomorrow.');
    await agent.locator('#reply-text').press('Enter');
    await customer.getByText('Hi, your order ships tomorrow.').first().waitFor({ timeout: 10_000 });
    await agent.locator('#note-text').fill('checked the warehouse system');
    await agent.locator('#note-form button[type=submit]').click();
    await agent.locator('#transcript li.kind-note', { hasText: 'checked the warehouse system' }).waitFor();

    // A customer message while assigned reaches the agent live, and the bot keeps quiet.
    await input.fill('Thanks!');
    await input.press('Enter');
    await agent.locator('#transcript li.role-customer', { hasText: 'Thanks!' }).waitFor({ timeout: 5000 });

    // Resolve with a code: the survey goes to the customer and the bot has the conversation again.
    await agent.locator('#resolve-code').selectOption('solved');
    await agent.locator('#resolve-button').click();
    await customer.getByText(/from 1 \(very unhappy\) to 5/).first().waitFor({ timeout: 10_000 });
    await agent.locator(`#queue-assigned li[data-ticket-id="${ticket.id}"]`).waitFor({ state: 'detached', timeout: 5000 });
    expect(await suite.baton.parts.handoff.modeOf(conversationId)).toBe('bot');

    // The customer rates with a button; the score reaches the ticket, and the bot answers questions again.
    await customer.getByRole('button', { name: '5', exact: true }).first().click();
    await customer.getByText(/Thank you for rating us/).first().waitFor({ timeout: 10_000 });
    await waitFor(async () => (await suite.baton.parts.handoff.getTicket(adminActor, ticket.id)).survey?.score === 5);
    await input.fill('How do I return an item?');
    await input.press('Enter');
    await customer.getByText(/return label/).first().waitFor({ timeout: 10_000 });
    const bubbles = await customer.locator('.webchat__bubble').allInnerTexts();
    expect(bubbles.filter((t) => /Thanks!/.test(t))).toHaveLength(1); // no bot answer while the agent owned it

    expect(errors).toEqual([]);
    await customer.context().close();
    await agent.context().close();
  });

  test('a supervisor sees queues, agents with their load, and breaches', async () => {
    const page = await (await suite.browser.newContext()).newPage();
    await signIn(page, { email: 'admin@example.com', password: 'correct horse battery' });
    await suite.baton.parts.handoff.requestHandoff({
      conversationId: `sup-${Date.now()}`,
      channel: 'msteams',
      customer: { id: 'teams-customer', name: 'Tom Teams', tier: 'vip' },
      lang: 'zh',
      level: 'L1',
      category: 'complaint',
      reasons: [{ code: 'safety', detail: '安全事故' }],
    });
    await page.locator('#tab-supervisor').click();
    await expectText(page.locator('#sup-queues'), /General/);
    await expectText(page.locator('#sup-agents'), /Alex Agent/);
    await expectText(page.locator('#sup-queues'), /1/);
    await page.context().close();
  });
});

async function expectText(locator: ReturnType<Page['locator']>, pattern: RegExp, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = await locator.innerText().catch(() => '');
    if (pattern.test(last)) return;
    await sleep(50);
  }
  throw new Error(`expected ${pattern} in "${last}"`);
}
