import { createOpenIdKeySource, KeysUnavailableError } from '../../../../../bot/channels/agents/auth/openid-keys';
import { startTokenIssuer, type TokenIssuerDouble } from './token-issuer-double';

let issuer: TokenIssuerDouble;
beforeAll(async () => {
  issuer = await startTokenIssuer({ kid: 'k1', endorsements: ['msteams'] });
});
afterAll(() => issuer.close());

const MINUTE = 60_000;
const keyFetches = () => issuer.requests.filter((path) => path.endsWith('/keys')).length;

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('signing keys from OpenID metadata', () => {
  test('follows metadata to the JWKS and keeps the key id and endorsements', async () => {
    const keys = createOpenIdKeySource(issuer.metadataUrl, { allowLoopbackHttp: true });
    const key = await keys.getKey('k1');
    expect(key).toMatchObject({ kid: 'k1', endorsements: ['msteams'] });
    expect(key!.key.asymmetricKeyType).toBe('rsa');
  });

  test('cached for a day; an unknown key id refetches at most once per five minutes', async () => {
    const time = clock();
    const keys = createOpenIdKeySource(issuer.metadataUrl, { allowLoopbackHttp: true, now: time.now });
    const start = keyFetches();
    await keys.getKey('k1');
    await keys.getKey('k1');
    expect(keyFetches() - start).toBe(1);

    expect(await keys.getKey('unknown')).toBeUndefined(); // within five minutes of the last fetch: no refetch
    expect(keyFetches() - start).toBe(1);
    time.advance(5 * MINUTE);
    expect(await keys.getKey('unknown')).toBeUndefined(); // a rollover may have happened: one look
    expect(await keys.getKey('unknown-2')).toBeUndefined();
    expect(keyFetches() - start).toBe(2);

    time.advance(24 * 60 * MINUTE);
    await keys.getKey('k1');
    expect(keyFetches() - start).toBe(3);
  });

  test('an unreachable issuer: no keys means KeysUnavailableError, retried after a pause, not on every request', async () => {
    let calls = 0;
    const failing = (async () => {
      calls++;
      throw new Error('connect ECONNREFUSED');
    }) as unknown as typeof fetch;
    const time = clock();
    const keys = createOpenIdKeySource('https://login.example.test/metadata', { fetch: failing, now: time.now });
    await expect(keys.getKey('k1')).rejects.toBeInstanceOf(KeysUnavailableError);
    await expect(keys.getKey('k1')).rejects.toThrow(/ECONNREFUSED/);
    expect(calls).toBe(1);
    time.advance(10_000);
    await expect(keys.getKey('k1')).rejects.toBeInstanceOf(KeysUnavailableError);
    expect(calls).toBe(2);
  });

  test('when a daily refresh fails, the keys already loaded keep working', async () => {
    const time = clock();
    let down = false;
    const flaky = ((url: string, init: RequestInit) => (down ? Promise.reject(new Error('down')) : fetch(url, init))) as typeof fetch;
    const keys = createOpenIdKeySource(issuer.metadataUrl, { allowLoopbackHttp: true, fetch: flaky, now: time.now });
    expect(await keys.getKey('k1')).toBeDefined();
    down = true;
    time.advance(25 * 60 * MINUTE);
    expect(await keys.getKey('k1')).toBeDefined();
  });

  test('plain http is refused unless it is loopback and allowed (tests)', async () => {
    await expect(createOpenIdKeySource(issuer.metadataUrl).getKey('k1')).rejects.toThrow(/plain http/);
    await expect(createOpenIdKeySource('http://login.example.test/metadata', { allowLoopbackHttp: true }).getKey('k1')).rejects.toThrow(/plain http/);
  });

  test('metadata without a jwks_uri, or a JWKS without RSA signing keys, yields no keys', async () => {
    const serve = (bodies: Record<string, unknown>) =>
      (async (url: string) => new Response(JSON.stringify(bodies[url] ?? {}), { status: bodies[url] ? 200 : 404 })) as unknown as typeof fetch;
    await expect(createOpenIdKeySource('https://a.test/m', { fetch: serve({ 'https://a.test/m': { issuer: 'x' } }) }).getKey('k')).rejects.toBeInstanceOf(
      KeysUnavailableError,
    );
    const ecOnly = serve({ 'https://a.test/m': { jwks_uri: 'https://a.test/k' }, 'https://a.test/k': { keys: [{ kty: 'EC', kid: 'k', crv: 'P-256', x: 'a', y: 'b' }] } });
    await expect(createOpenIdKeySource('https://a.test/m', { fetch: ecOnly }).getKey('k')).rejects.toThrow(/no RSA signing keys/);
  });
});
