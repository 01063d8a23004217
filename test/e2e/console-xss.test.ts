import type { Actor } from '../../contracts';
/**
 * Customer text is text: XSS payloads in the transcript, the customer's name, the handoff reasons, notes, coaching
 * notes and an agent's name are opened in the agent console in headless Chromium, and none executes. The context
 * bypasses the page's CSP on purpose, so only the console's own rendering (textContent, never innerHTML) stands
 * between a payload and the agent's session.
 */
import type { Page } from 'playwright-core';
import { describeInBrowser, useBrowserBaton } from '../support/browser';

// Each payload tries to set window.__xss or open a dialog (alert / confirm / prompt / print).
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<script>alert(1)</script>',
  '<SCRIPT SRC=data:text/javascript,window.__xss=2></SCRIPT>',
  '<img src=x onerror="window.__xss=3">',
  '<img src=x onerror=alert(4)>',
  '<IMG SRC="javascript:alert(5);">',
  '<img src="x" onerror="&#97;lert(6)">',
  '<svg onload="window.__xss=7">',
  '<svg><script>window.__xss=8</script></svg>',
  '<svg/onload=alert(9)>',
  '<a href="javascript:window.__xss=10">click me</a>',
  '<a href="jAvAsCrIpT:alert(11)">x</a>',
  '<iframe src="javascript:parent.__xss=12"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=13</script>"></iframe>',
  '<body onload="window.__xss=14">',
  '<input autofocus onfocus="window.__xss=15">',
  '<details open ontoggle="window.__xss=16">',
  '<video><source onerror="window.__xss=17"></video>',
  '<audio src=x onerror="window.__xss=18">',
  '<object data="javascript:window.__xss=19"></object>',
  '<embed src="javascript:window.__xss=20">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=21">',
  '"><img src=x onerror="window.__xss=22">',
  "'><svg onload='window.__xss=23'>",
  '</textarea><script>window.__xss=24</script>',
  '</title><script>window.__xss=25</script>',
  '<div style="width:expression(alert(26))">css</div>',
  '<marquee onstart="window.__xss=27">',
  '<form><button formaction="javascript:window.__xss=28">go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=29">',
  '<base href="javascript:window.__xss=30//">',
  '{{constructor.constructor("window.__xss=31")()}}',
  '${window.__xss=32}',
  '<img src=x onerror=confirm(33)>',
  '<img src=x onerror=prompt(34)>',
  '<select onfocus="window.__xss=35" autofocus>',
  '<p onmouseover="window.__xss=36">hover me</p>',
];

// Tags the console itself never renders inside what it shows from tickets; any of them there means markup got in.
const FOREIGN_TAGS = 'img, svg, script, iframe, object, embed, video, audio, source, a, math, marquee, details, input, meta, base, body, style, table';
const SHOWN = '#queue-waiting, #queue-assigned, #ticket-title, #ticket-meta, #transcript, #reasons, #customer, #past-tickets, #suggestions';

describeInBrowser('agent console renders XSS payloads as text', () => {
  const suite = useBrowserBaton({ demo: false });
  const admin = { email: 'admin@example.com', password: 'correct horse battery' };

  async function seedTicket(): Promise<{ id: string; texts: string[] }> {
    const { parts } = suite.baton;
    const conversationId = `xss-${Date.now()}`;
    await parts.conversations.ensure({ id: conversationId, channel: 'webchat', userId: 'xss-user' });
    for (const [i, payload] of PAYLOADS.entries()) {
      const role = i % 5 === 4 ? 'bot' : 'customer';
      await parts.conversations.append(conversationId, {
        direction: role === 'customer' ? 'in' : 'out',
        role,
        type: 'message',
        text: payload,
        activity: { type: 'message', text: payload },
      });
    }
    const { ticket } = await parts.handoff.requestHandoff({
      conversationId,
      channel: 'webchat',
      customer: { id: 'xss-customer', name: PAYLOADS[3], email: '"><svg onload=window.__xss=99>@example.com' },
      lang: 'en',
      level: 'L1',
      category: 'complaint',
      reasons: PAYLOADS.slice(0, 8).map((p, i) => ({ code: `reason-${i}`, detail: p, evidence: [PAYLOADS[(i + 10) % PAYLOADS.length]] })),
      lastCustomerMessage: PAYLOADS[0],
    });
    const me: Actor = { id: (await parts.auth.login(admin)).user.id, name: 'Administrator', roles: ['admin'] };
    await parts.handoff.addNote(me, ticket.id, PAYLOADS[11]);
    await parts.handoff.addCoachingNote(me, ticket.id, PAYLOADS[7]);
    // An agent whose own name is a payload takes another ticket: the queue shows "with <name>".
    const rogue: Actor = { id: 'rogue-agent', name: PAYLOADS[8], roles: ['agent'] };
    const other = await parts.handoff.requestHandoff({
      conversationId: `${conversationId}-other`,
      channel: 'webchat',
      customer: { id: 'xss-customer', name: PAYLOADS[22] },
      lang: 'en',
      level: 'L3',
      category: 'inquiry',
      reasons: [{ code: '<b>code</b>', detail: PAYLOADS[30] }],
    });
    await parts.handoff.claim(rogue, other.ticket.id);
    return { id: ticket.id, texts: PAYLOADS };
  }

  async function openConsole(ticketId: string): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
    const context = await suite.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${suite.origin}/console#ticket=${encodeURIComponent(ticketId)}`);
    await page.locator('#login-form input[name=email]').fill(admin.email);
    await page.locator('#login-form input[name=password]').fill(admin.password);
    await page.locator('#login-form button[type=submit]').click();
    await page.locator('#transcript li.line').first().waitFor({ timeout: 10_000 });
    return { page, dialogs, errors };
  }

  async function assertInert(page: Page, dialogs: string[]): Promise<void> {
    // Give error and load handlers, autofocus and toggles their chance to run.
    await page.waitForTimeout(500);
    for (const line of await page.locator('#transcript li').all()) await line.hover();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    const foreign = await page.evaluate(
      ({ shown, tags }) =>
        Array.from(document.querySelectorAll(shown)).flatMap((root) => Array.from(root.querySelectorAll(tags)).map((el) => el.outerHTML.slice(0, 80))),
      { shown: SHOWN, tags: FOREIGN_TAGS },
    );
    expect(foreign).toEqual([]);
    const handlers = await page.evaluate(() =>
      Array.from(document.querySelectorAll('*')).flatMap((el) =>
        Array.from(el.attributes)
          .filter((a) => /^on/i.test(a.name))
          .map((a) => `${el.tagName}[${a.name}]`),
      ),
    );
    expect(handlers).toEqual([]);
  }

  test('payloads in transcript, name, reasons, notes and agent names stay text and never run', async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    const { id } = await seedTicket();
    const { page, dialogs, errors } = await openConsole(id);
    await page.waitForFunction((n) => document.querySelectorAll('#transcript li.line').length >= n, PAYLOADS.length + 2);
    await assertInert(page, dialogs);

    // Visible as text, exactly as the customer typed it.
    const transcript = await page.locator('#transcript').innerText();
    for (const payload of PAYLOADS) expect(transcript).toContain(payload);
    expect(await page.locator('#customer').innerText()).toContain(PAYLOADS[3]);
    expect(await page.locator('#ticket-title').innerText()).toContain(PAYLOADS[3]);
    const reasons = await page.locator('#reasons').innerText();
    for (const payload of PAYLOADS.slice(0, 8)) expect(reasons).toContain(payload);
    const queue = await page.locator('#queue-assigned').innerText();
    expect(queue).toContain(PAYLOADS[8]);
    expect(queue).toContain(PAYLOADS[22]);
    // Agent names are options of the transfer list, as text.
    expect(await page.locator('#transfer-target').innerHTML()).not.toContain('<svg');

    // Live: a note and a new ticket arriving over the event stream are rendered the same way.
    const me: Actor = { id: (await suite.baton.parts.auth.login(admin)).user.id, name: 'Administrator', roles: ['admin'] };
    await suite.baton.parts.handoff.addNote(me, id, PAYLOADS[13]);
    await page.waitForFunction((text) => document.querySelector('#transcript')!.textContent!.split(text).length > 2, PAYLOADS[13]);
    await suite.baton.parts.handoff.requestHandoff({
      conversationId: `xss-live-${Date.now()}`,
      channel: 'webchat',
      customer: { id: 'xss-live', name: PAYLOADS[1] },
      lang: 'en',
      level: 'L2',
      category: 'inquiry',
      reasons: [{ code: 'agent-request', detail: PAYLOADS[2] }],
    });
    await page.locator('#queue-waiting').getByText(PAYLOADS[1]).waitFor({ timeout: 2000 });
    await assertInert(page, dialogs);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
