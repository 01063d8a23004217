import { loadConfig } from '../../../../../bot/config';
import { assertServiceUrlAllowed, createOutboundPolicy } from '../../../../../bot/channels/agents/auth/outbound-policy';

const APP = { MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'secret' };
const authenticated = createOutboundPolicy(loadConfig({ ...APP, BATON_BOT_OUTBOUND_HOSTS: 'connector.contoso.com, *.fabrikam.net' }).bot.outbound);
const anonymous = createOutboundPolicy(loadConfig({}).bot.outbound);

describe('where Baton may send activities', () => {
  test.each([
    'https://smba.trafficmanager.net/amer/',
    'https://smba.trafficmanager.net/emea/',
    'https://directline.botframework.com/',
    'https://europe.directline.botframework.com/v3/',
    'https://webchat.botframework.com/',
    'https://smba.infra.gcc.teams.microsoft.com/gcc',
    'https://SMBA.TrafficManager.net./amer/',
    'https://connector.contoso.com/bots/',
    'https://eu.fabrikam.net/',
    'https://fabrikam.net/',
    // The built-in Direct Line's own URL (replies buffered in-process, never posted).
    'http://localhost:3978/v3/directline',
    'http://localhost:3978/v3/directline/conversations/abc',
  ])('allowed with an app id: %s', (url) => {
    expect(authenticated.isAllowed(url)).toBe(true);
  });

  test.each([
    ['plain http to a connector host', 'http://smba.trafficmanager.net/amer/'],
    ['a look-alike suffix', 'https://smba.trafficmanager.net.evil.com/'],
    ['a look-alike prefix', 'https://evilbotframework.com/'],
    ['any other Traffic Manager profile', 'https://attacker.trafficmanager.net/'],
    ['userinfo that looks like the host', 'https://smba.trafficmanager.net@evil.com/'],
    ['credentials in the URL', 'https://user:pw@smba.trafficmanager.net/'],
    ['loopback (no local connectors in production)', 'http://127.0.0.1:8080/'],
    ['localhost on another port than the built-in Direct Line', 'http://localhost:3979/v3/directline'],
    ['another path on the built-in Direct Line origin', 'http://localhost:3978/api/admin'],
    ['a private address', 'https://10.0.0.5/'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['not a URL', 'smba.trafficmanager.net'],
    ['another scheme', 'ftp://smba.trafficmanager.net/'],
    ['empty', ''],
  ])('refused with an app id: %s', (_name, url) => {
    expect(authenticated.isAllowed(url)).toBe(false);
  });

  test('anonymous local mode also allows loopback (Emulator, Agents Playground, test doubles), still nothing else', () => {
    expect(anonymous.isAllowed('http://127.0.0.1:56150/_connector')).toBe(true);
    expect(anonymous.isAllowed('http://localhost:3978/')).toBe(true);
    expect(anonymous.isAllowed('http://[::1]:9000/')).toBe(true);
    expect(anonymous.isAllowed('https://smba.trafficmanager.net/amer/')).toBe(true);
    expect(anonymous.isAllowed('http://10.0.0.5/')).toBe(false);
    expect(anonymous.isAllowed('https://evil.example.com/')).toBe(false);
    expect(anonymous.isAllowed('http://localhost.evil.com/')).toBe(false);
  });

  test('the route-level check names the refused host in a 403', () => {
    expect(() => assertServiceUrlAllowed(authenticated, 'https://evil.example.com/x')).toThrow(
      expect.objectContaining({ status: 403, code: 'service_url_not_allowed', message: expect.stringMatching(/evil\.example\.com/) }),
    );
    expect(() => assertServiceUrlAllowed(authenticated, undefined)).not.toThrow();
  });
});
