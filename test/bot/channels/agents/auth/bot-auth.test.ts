/**
 * `/api/messages` with an app id configured, through the real app and adapter: valid Bot Framework and Entra tokens
 * are accepted; everything else is refused with a 401 JSON error before any turn runs. Tokens are signed with local
 * keys published by local OpenID metadata endpoints. The turn logic is an echo that notes which conversations had a
 * turn, so these tests are about the door, not the engine behind it.
 */
import jwt from 'jsonwebtoken';
import request from 'supertest';
import type { TurnLogic } from '../../../../../bot/channels/agents/baton-agent';
import { startTestBaton, type TestBaton } from '../../../../support/services';
import {
  APP_ID,
  TEAMS_SERVICE_URL,
  TENANT_ID,
  generateRsaKey,
  startTokenIssuer,
  unsignedToken,
  withClaims,
  withTamperedSignature,
  type TokenIssuerDouble,
} from './token-issuer-double';

const ENTRA_V2_ISSUER = `https://login.microsoftonline.com/${TENANT_ID}/v2.0`;
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';

let botFramework: TokenIssuerDouble;
let entra: TokenIssuerDouble;
let baton: TestBaton;
const turns = new Set<string>();
const echo: TurnLogic = async (context) => {
  turns.add(context.activity.conversation!.id);
  if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text}`);
};

beforeAll(async () => {
  botFramework = await startTokenIssuer({ kid: 'bf-key', endorsements: ['msteams', 'directline', 'webchat'] });
  entra = await startTokenIssuer({ kid: 'entra-key' });
  baton = await startTestBaton({
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used-by-these-tests',
      MicrosoftAppTenantId: TENANT_ID,
      BATON_BOT_OPENID_METADATA_URL: botFramework.metadataUrl,
      BATON_ENTRA_OPENID_METADATA_URL: entra.metadataUrl,
    },
    demo: false,
    logic: () => echo,
  });
});
afterAll(async () => {
  await baton?.close();
  await botFramework?.close();
  await entra?.close();
});

let seq = 0;
const teamsActivity = (overrides: Record<string, unknown> = {}) => ({
  type: 'message',
  id: `auth-act-${++seq}`,
  text: 'How do I return an item?',
  locale: 'en-US',
  channelId: 'msteams',
  serviceUrl: TEAMS_SERVICE_URL,
  conversation: { id: `a:auth-conv-${seq}`, conversationType: 'personal', tenantId: TENANT_ID },
  from: { id: '29:user-1', name: 'Customer', aadObjectId: '00000000-0000-4000-8000-00000000beef' },
  recipient: { id: `28:${APP_ID}`, name: 'Baton' },
  // Replies come back in the response: accepted requests need no outbound token from Entra here.
  deliveryMode: 'expectReplies',
  ...overrides,
});

const post = (token: string | undefined, body: Record<string, unknown> = teamsActivity()) => {
  const req = request(baton.app).post('/api/messages');
  if (token !== undefined) req.set('Authorization', `Bearer ${token}`);
  return req.send(body);
};

describe('accepted', () => {
  test('a Bot Framework token for this bot and this serviceUrl: the turn runs and the answer comes back', async () => {
    const res = await post(botFramework.sign()).expect(200);
    expect(res.body.activities[0].text).toBe('echo: How do I return an item?');
  });

  test('an Entra token from the bot tenant (v2 issuer, matching tid)', async () => {
    const token = entra.sign({ iss: ENTRA_V2_ISSUER, tid: TENANT_ID, azp: APP_ID });
    const res = await post(token).expect(200);
    expect(res.body.activities[0].text).toBe('echo: How do I return an item?');
  });

  test('a token that expired less than the allowed clock skew ago', async () => {
    await post(botFramework.sign({}, { expiresInSeconds: -60 })).expect(200);
  });

  test('the serviceUrl compared without regard to case or a trailing slash', async () => {
    await post(botFramework.sign({ serviceurl: 'https://SMBA.trafficmanager.net/amer' })).expect(200);
  });

  test('keys are fetched once and cached across requests', () => {
    expect(botFramework.requests.filter((path) => path.endsWith('/keys'))).toHaveLength(1);
  });
});

describe('refused with 401 and a JSON error, before any turn runs', () => {
  const now = () => Math.floor(Date.now() / 1000);
  // Every row has four entries: with fewer, Jest would take the test's last parameter for a `done` callback.
  const cases: Array<[string, () => string | undefined, RegExp, Record<string, unknown>]> = [
    ['no token', () => undefined, /bearer token is required/, {}],
    ['not a JWT', () => 'not-a-token', /not a JSON Web Token/, {}],
    ['an expired token', () => botFramework.sign({ nbf: now() - 7200, exp: now() - 3600 }), /expired/, {}],
    ['a token that is not valid yet', () => botFramework.sign({ nbf: now() + 3600 }), /not valid yet/, {}],
    ['a token without an expiry', () => botFramework.sign({ exp: undefined }), /no expiry/, {}],
    ['a token for another bot (wrong audience)', () => botFramework.sign({ aud: '00000000-0000-4000-8000-0000000000ff' }), /audience/, {}],
    ['a token from an untrusted issuer', () => botFramework.sign({ iss: 'https://evil.example.com' }), /issuer "https:\/\/evil.example.com" is not trusted/, {}],
    [
      'an Entra token from another tenant',
      () => entra.sign({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`, tid: OTHER_TENANT }),
      /not trusted/,
      {},
    ],
    ['an Entra token whose tid is another tenant', () => entra.sign({ iss: ENTRA_V2_ISSUER, tid: OTHER_TENANT }), /another tenant/, {}],
    [
      'a Bot Framework issuer claim on a token signed by the Entra key',
      () => entra.sign({ iss: 'https://api.botframework.com' }, { kid: 'entra-key' }),
      /does not publish/,
      {},
    ],
    [
      'alg: none',
      () => unsignedToken({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: TEAMS_SERVICE_URL, exp: now() + 3600 }, 'bf-key'),
      /RS256, not "none"/,
      {},
    ],
    [
      'HS256 signed with the public key as the secret (algorithm confusion)',
      () =>
        jwt.sign(
          { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: TEAMS_SERVICE_URL },
          botFramework.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
          { algorithm: 'HS256', keyid: 'bf-key', expiresIn: 3600 },
        ),
      /RS256, not "HS256"/,
      {},
    ],
    ['a tampered signature', () => withTamperedSignature(botFramework.sign()), /signature is not valid/, {}],
    ['claims changed after signing', () => withClaims(botFramework.sign(), { aud: APP_ID, serviceurl: 'https://evil.example.com/' }), /signature is not valid/, {}],
    ['the right key id but another private key', () => botFramework.sign({}, { privateKey: generateRsaKey().privateKey }), /signature is not valid/, {}],
    ['a key id that is not in the JWKS', () => botFramework.sign({}, { kid: 'rogue-key', privateKey: generateRsaKey().privateKey }), /key "rogue-key", which its issuer does not publish/, {}],
    ['a serviceUrl other than the token’s serviceurl claim', () => botFramework.sign({ serviceurl: 'https://smba.trafficmanager.net/emea/' }), /serviceUrl does not match/, {}],
    ['a token without a serviceurl claim', () => botFramework.sign({ serviceurl: undefined }), /serviceUrl does not match/, {}],
    ['an activity without a serviceUrl', () => botFramework.sign(), /serviceUrl does not match/, { serviceUrl: undefined }],
    ['a key not endorsed for the activity channel', () => botFramework.sign(), /not endorsed for channel "slack"/, { channelId: 'slack' }],
  ];

  test.each(cases)('%s', async (_name, token, message, overrides) => {
    const activity = teamsActivity(overrides);
    const res = await post(token(), activity);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(res.body).toEqual({ error: { code: 'unauthorized', message: expect.stringMatching(message) } });
    expect(turns.has(activity.conversation.id)).toBe(false);
  });

  test('another scheme than Bearer', async () => {
    const res = await request(baton.app).post('/api/messages').set('Authorization', 'Basic dXNlcjpwYXNz').send(teamsActivity());
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  test('an unknown key id refetches the keys at most once per interval, not per request', async () => {
    const before = botFramework.requests.length;
    for (let i = 0; i < 5; i++) await post(botFramework.sign({}, { kid: `made-up-${i}` })).expect(401);
    expect(botFramework.requests.length - before).toBeLessThanOrEqual(2);
  });
});

describe('outbound policy with a valid token', () => {
  test('a serviceUrl the token vouches for but that is not an allowed connector host: 403, no turn', async () => {
    const activity = teamsActivity({ serviceUrl: 'https://evil.example.com/api/' });
    const res = await post(botFramework.sign({ serviceurl: 'https://evil.example.com/api/' }), activity);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'service_url_not_allowed', message: expect.stringMatching(/evil\.example\.com/) });
    expect(turns.has(activity.conversation.id)).toBe(false);
  });

  test('proactive messages to a stored reference on a host that is not allowed are refused by the adapter', async () => {
    const reference = { serviceUrl: 'https://evil.example.com/', conversation: { id: 'c-1' }, channelId: 'msteams', bot: { id: APP_ID } };
    await expect(
      baton.parts.adapter.continueConversation(APP_ID, reference as never, async (context) => {
        await context.sendActivity('hello');
      }),
    ).rejects.toThrow(/not in the configured allowed hosts/);
  });
});

describe('the built-in Direct Line with an app id configured', () => {
  test('web chat still works: its activities run in-process and need no token', async () => {
    const { body } = await request(baton.app).post('/api/webchat/token').send({ locale: 'en-US' }).expect(200);
    const auth = `Bearer ${body.token}`;
    const { conversationId } = (await request(baton.app).post('/v3/directline/conversations').set('Authorization', auth).expect(201)).body;
    await request(baton.app)
      .post(`/v3/directline/conversations/${conversationId}/activities`)
      .set('Authorization', auth)
      .send({ type: 'message', from: { id: 'web-user' }, text: 'hello from the web' })
      .expect(200);
    // The Direct Line answers 200 only once the adapter accepted the activity and its turn ran.
    expect(turns.has(conversationId)).toBe(true);
  });
});

describe('when the issuer keys cannot be loaded', () => {
  let offline: TestBaton;
  beforeAll(async () => {
    offline = await startTestBaton({
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-used-by-these-tests',
        // Nothing listens on port 9 (discard); the connection is refused at once.
        BATON_BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9/v1/.well-known/openidconfiguration',
      },
      demo: false,
      logic: () => echo,
    });
  });
  afterAll(() => offline?.close());

  test('requests are refused with a retryable 503, never accepted', async () => {
    const res = await request(offline.app).post('/api/messages').set('Authorization', `Bearer ${botFramework.sign()}`).send(teamsActivity());
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('10');
    expect(res.body.error).toMatchObject({ code: 'auth_unavailable', message: expect.stringMatching(/signing keys/) });
  });

  test('a request without a token is still a 401', async () => {
    const res = await request(offline.app).post('/api/messages').send(teamsActivity());
    expect(res.status).toBe(401);
  });
});
