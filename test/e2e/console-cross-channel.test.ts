/**
 * The agent console for a customer who moved channel: Ada asked for a person on the website (signed in, her e-mail as
 * the Direct Line user), then again on Teams. Her web ticket's page says replies now go to Teams, and the transcript
 * shows what she said on each channel, marked with it.
 */
import request from 'supertest';
import { postTurn } from '../support/agents-turn';
import { describeInBrowser, useBrowserBaton } from '../support/browser';

const SECRET = 'local-secret-0123456789';

describeInBrowser('agent console: one customer on web chat and Teams', () => {
  const agentLogin = { email: 'agent@example.com', password: 'agent password 123' };
  const suite = useBrowserBaton({ env: { DIRECTLINE_SECRET: SECRET } }, async (baton) => {
    await baton.parts.auth.createUser({ ...agentLogin, name: 'Alex Agent', roles: ['agent'] });
    await baton.parts.customers.upsertAll([{ email: 'ada@example.com', channel: 'msteams', userId: '29:ada-teams', name: 'Ada', tier: 'regular' }]);
  });

  test('the web ticket joined from Teams: "replies go to Teams", and each line marked with its channel', async () => {
    const app = suite.baton.app;
    const generated = await request(app).post('/v3/directline/tokens/generate').set('Authorization', `Bearer ${SECRET}`).send({ user: { id: 'ada@example.com' } }).expect(200);
    const { conversationId, token } = generated.body as { conversationId: string; token: string };
    await request(app).post('/v3/directline/conversations').set('Authorization', `Bearer ${token}`).expect(201);
    await request(app)
      .post(`/v3/directline/conversations/${conversationId}/activities`)
      .set('Authorization', `Bearer ${token}`)
      .send({ type: 'message', from: { id: 'ada@example.com' }, text: 'I want to talk to a person about my invoice' })
      .expect(200);
    await postTurn(app, 'msteams', 'teams-ada', 'I want to talk to a person, the invoice is wrong', { from: { id: '29:ada-teams', name: 'Ada' } });

    const page = await (await suite.browser.newContext({ locale: 'en-US' })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${suite.origin}/console`);
    await page.locator('#login-form input[name=email]').fill(agentLogin.email);
    await page.locator('#login-form input[name=password]').fill(agentLogin.password);
    await page.locator('#login-form button[type=submit]').click();
    const item = page.locator('#queue-waiting li[data-ticket-id]').first();
    await item.waitFor({ timeout: 10_000 });
    await item.click();

    await page.locator('#ticket-meta', { hasText: 'replies go to Teams' }).waitFor({ timeout: 5000 });
    const web = page.locator('#transcript li.role-customer', { hasText: 'I want to talk to a person about my invoice' });
    const teams = page.locator('#transcript li.role-customer', { hasText: 'I want to talk to a person, the invoice is wrong' });
    await teams.waitFor({ timeout: 5000 });
    expect(await web.locator('.by').innerText()).toMatch(/· Web Chat$/);
    expect(await teams.locator('.by').innerText()).toMatch(/· Teams$/);
    expect(errors).toEqual([]);
  });
});
