import path from 'node:path';
import { ConfigError, loadConfig } from '../../bot/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  test('defaults run a local Baton: port 3978, ./data, SQLite, anonymous bot', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.database).toMatchObject({ url: undefined, sqliteFile: path.resolve('./data/baton.db') });
    expect(config.bot.anonymous).toBe(true);
    expect(Object.isFrozen(config) && Object.isFrozen(config.bot)).toBe(true);
  });

  test('a PostgreSQL URL selects PostgreSQL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/baton' }).database.url).toBe('postgres://u@db:5432/baton');
  });

  test('the PostgreSQL pool: 10 connections, a 10 s bound on waiting for one, prepared statements, unless chosen', () => {
    expect(loadConfig({}).database.pool).toEqual({ max: 10, checkoutTimeoutMs: 10_000, preparedStatements: true });
    expect(loadConfig({ DATABASE_POOL_MAX: '25', DATABASE_POOL_CHECKOUT_TIMEOUT_MS: '3000', DATABASE_PREPARED_STATEMENTS: 'false' }).database.pool).toEqual({
      max: 25,
      checkoutTimeoutMs: 3_000,
      preparedStatements: false,
    });
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: 'no' })).toThrow(/DATABASE_PREPARED_STATEMENTS/);
  });

  test.each([
    [{ DATABASE_POOL_MAX: '0' }, /^DATABASE_POOL_MAX: /],
    [{ DATABASE_POOL_CHECKOUT_TIMEOUT_MS: '5s' }, /^DATABASE_POOL_CHECKOUT_TIMEOUT_MS: must be a number of milliseconds/],
    [{ DATABASE_POOL_CHECKOUT_TIMEOUT_MS: '10' }, /^DATABASE_POOL_CHECKOUT_TIMEOUT_MS: must be at least 100/],
    [{ PORT: 'eighty' }, /^PORT: /],
    [{ PORT: '70000' }, /^PORT: /],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: .*postgres:\/\//],
    [{ MicrosoftAppId: 'not-a-guid' }, /^MicrosoftAppId: must be a GUID/],
    [{ BATON_ADMIN_EMAIL: 'nobody' }, /^BATON_ADMIN_EMAIL: /],
    [{ BATON_ADMIN_PASSWORD: 'short' }, /^BATON_ADMIN_PASSWORD: needs at least 10/],
    [{ DIRECTLINE_SECRET: 'tiny' }, /^DIRECTLINE_SECRET: /],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV: /],
  ])('a bad value names its variable: %j', (env, problem) => {
    expect(problemsOf(env as Record<string, string>)).toEqual([expect.stringMatching(problem)]);
  });

  test('production refuses to start with Bot Framework auth off, saying why', () => {
    const [problem] = problemsOf({ NODE_ENV: 'production' });
    expect(problem).toMatch(/^MicrosoftAppId: required when NODE_ENV=production/);
    expect(problem).toMatch(/anyone could post activities/);
  });

  test('production with an app id and password starts authenticated', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DIRECTLINE_SECRET: 'a-long-direct-line-secret',
      HOST: '0.0.0.0',
      MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: 'contoso.onmicrosoft.com',
    });
    expect(config.bot).toMatchObject({ anonymous: false, appId: '00000000-0000-4000-8000-000000000001' });
  });

  describe('anonymous clients', () => {
    const PRODUCTION = { NODE_ENV: 'production', HOST: '0.0.0.0', MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'secret' };

    test('production needs DIRECTLINE_SECRET, or a chosen limit on anonymous conversations, saying why', () => {
      expect(problemsOf(PRODUCTION)).toEqual([expect.stringMatching(/^DIRECTLINE_SECRET: required when NODE_ENV=production, or else LIMIT_CONVERSATIONS_PER_ADDRESS/)]);
      expect(loadConfig({ ...PRODUCTION, DIRECTLINE_SECRET: 'a-long-direct-line-secret' }).directLine.secret).toBe('a-long-direct-line-secret');
      expect(loadConfig({ ...PRODUCTION, LIMIT_CONVERSATIONS_PER_ADDRESS: '20' }).limits.conversationsPerAddress).toEqual({ limit: 20, windowMs: 600_000 });
    });

    test('limits have defaults and can be set', () => {
      expect(loadConfig({}).limits).toMatchObject({
        conversationsPerAddress: { limit: 60, windowMs: 600_000 },
        messagesPerConversation: { limit: 30, windowMs: 60_000 },
        messagesPerAddress: { limit: 300, windowMs: 60_000 },
        streamsPerUser: 5,
      });
      expect(loadConfig({ LIMIT_MESSAGES_PER_CONVERSATION: '10', LIMIT_STREAMS_PER_USER: '2' }).limits).toMatchObject({
        messagesPerConversation: { limit: 10 },
        streamsPerUser: 2,
      });
    });

    test('with several instances each enforces its share of a limit (rounded up, at least 1)', () => {
      expect(loadConfig({ BATON_INSTANCES: '4', LIMIT_MESSAGES_PER_CONVERSATION: '30', LIMIT_CONVERSATIONS_PER_ADDRESS: '2' }).limits).toMatchObject({
        messagesPerConversation: { limit: 8 },
        messagesPerAddress: { limit: 75 },
        conversationsPerAddress: { limit: 1 },
      });
    });

    test('proxies are trusted only when named: hops, addresses, subnets', () => {
      expect(loadConfig({}).trustProxy).toBe(false);
      expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
      expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback, fd00::/8' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback', 'fd00::/8']);
    });

    test.each([
      [{ TRUST_PROXY: 'true' }, /^TRUST_PROXY: "true" is not a proxy address: give a number of hops/],
      [{ TRUST_PROXY: '10.0.0.0/40' }, /^TRUST_PROXY: "10.0.0.0\/40"/],
      [{ LIMIT_MESSAGES_PER_ADDRESS: '0' }, /^LIMIT_MESSAGES_PER_ADDRESS: must be a whole number from 1 up/],
      [{ LIMIT_STREAMS_PER_USER: 'lots' }, /^LIMIT_STREAMS_PER_USER: /],
    ])('a bad value names its variable: %j', (env, problem) => {
      expect(problemsOf(env as Record<string, string>)).toEqual([expect.stringMatching(problem)]);
    });
  });

  test('log lines are buffered unless BATON_LOG_SYNC=true; another value is refused', () => {
    expect(loadConfig({}).logSync).toBe(false);
    expect(loadConfig({ BATON_LOG_SYNC: 'true' }).logSync).toBe(true);
    expect(loadConfig({ BATON_LOG_SYNC: 'false' }).logSync).toBe(false);
    expect(problemsOf({ BATON_LOG_SYNC: 'yes' }).join(' ')).toMatch(/BATON_LOG_SYNC/);
  });

  test('RETENTION_DAYS: unset keeps everything; a whole number of days otherwise', () => {
    expect(loadConfig({}).retention).toEqual({ days: undefined });
    expect(loadConfig({ RETENTION_DAYS: '90' }).retention).toEqual({ days: 90 });
    expect(problemsOf({ RETENTION_DAYS: '0' })).toEqual([expect.stringMatching(/^RETENTION_DAYS: must be a whole number of days/)]);
  });

  describe('HTTP timeouts and shutdown', () => {
    test('keep-alive outlasts a 60 s load-balancer idle timeout, headers a second more, unless chosen', () => {
      expect(loadConfig({}).http).toEqual({ keepAliveTimeoutMs: 65_000, headersTimeoutMs: 66_000, requestTimeoutMs: 30_000, shutdownGraceMs: 10_000 });
      expect(loadConfig({ HTTP_KEEP_ALIVE_SECONDS: '120', SHUTDOWN_GRACE_SECONDS: '25' }).http).toMatchObject({
        keepAliveTimeoutMs: 120_000,
        headersTimeoutMs: 121_000,
        shutdownGraceMs: 25_000,
      });
      expect(loadConfig({ HTTP_KEEP_ALIVE_SECONDS: '70', HTTP_HEADERS_TIMEOUT_SECONDS: '80' }).http.headersTimeoutMs).toBe(80_000);
    });

    test('headers must outlast keep-alive; seconds are whole numbers', () => {
      expect(problemsOf({ HTTP_KEEP_ALIVE_SECONDS: '70', HTTP_HEADERS_TIMEOUT_SECONDS: '60' })).toEqual([expect.stringMatching(/^HTTP_HEADERS_TIMEOUT_SECONDS: must be above HTTP_KEEP_ALIVE_SECONDS \(70\)/)]);
      expect(problemsOf({ SHUTDOWN_GRACE_SECONDS: '1.5' })).toEqual([expect.stringMatching(/^SHUTDOWN_GRACE_SECONDS: must be a whole number of seconds/)]);
    });
  });

  describe('HOST', () => {
    test('127.0.0.1 unless chosen; every interface only when asked', () => {
      expect(loadConfig({}).host).toBe('127.0.0.1');
      expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
      expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
      expect(loadConfig({ HOST: '::' }).host).toBe('::');
    });

    test('production must choose, saying why', () => {
      const production = { NODE_ENV: 'production', DIRECTLINE_SECRET: 'a-long-direct-line-secret', MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'secret' };
      expect(problemsOf(production)).toEqual([expect.stringMatching(/^HOST: required when NODE_ENV=production: the address to listen on/)]);
      expect(loadConfig({ ...production, HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    });

    test.each(['example.com', '300.1.1.1', '0.0.0.0:80'])('%j is refused by name', (host) => {
      expect(problemsOf({ HOST: host })).toEqual([expect.stringMatching(/^HOST: /)]);
    });
  });

  test('an app id without a password is refused', () => {
    expect(problemsOf({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001' })).toEqual([
      expect.stringMatching(/^MicrosoftAppPassword: required/),
    ]);
  });

  describe('Bot Framework authentication and outbound hosts', () => {
    const APP = { MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'secret' };
    const TENANT = '11111111-2222-4333-8444-555555555555';

    test('defaults: Bot Framework metadata, the connector hosts, loopback only when anonymous', () => {
      const anonymous = loadConfig({});
      expect(anonymous.bot.auth).toEqual({
        botFrameworkMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
        entra: undefined,
        allowLoopbackHttp: true,
      });
      expect(anonymous.bot.outbound).toEqual({
        hosts: expect.arrayContaining(['botframework.com', 'smba.trafficmanager.net']),
        allowLoopback: true,
        builtInDirectLineUrl: 'http://localhost:3978/v3/directline',
      });
      expect(loadConfig(APP).bot.outbound.allowLoopback).toBe(false);
      expect(loadConfig({ NODE_ENV: 'production', DIRECTLINE_SECRET: 'a-long-direct-line-secret', HOST: '127.0.0.1', ...APP }).bot.auth.allowLoopbackHttp).toBe(false);
    });

    test('a tenant GUID also trusts that tenant’s Entra tokens; a tenant domain does not', () => {
      expect(loadConfig({ ...APP, MicrosoftAppTenantId: TENANT.toUpperCase() }).bot.auth.entra).toEqual({
        tenantId: TENANT,
        metadataUrl: `https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`,
      });
      expect(loadConfig({ ...APP, MicrosoftAppTenantId: 'contoso.onmicrosoft.com' }).bot.auth.entra).toBeUndefined();
    });

    test('metadata URLs can point at local doubles outside production', () => {
      const config = loadConfig({
        ...APP,
        MicrosoftAppTenantId: TENANT,
        BATON_BOT_OPENID_METADATA_URL: 'http://127.0.0.1:4000/v1/.well-known/openidconfiguration',
        BATON_ENTRA_OPENID_METADATA_URL: 'http://localhost:4001/meta',
      });
      expect(config.bot.auth.botFrameworkMetadataUrl).toBe('http://127.0.0.1:4000/v1/.well-known/openidconfiguration');
      expect(config.bot.auth.entra?.metadataUrl).toBe('http://localhost:4001/meta');
    });

    test.each([
      [{ BATON_BOT_OPENID_METADATA_URL: 'http://keys.example.com/meta' }, /^BATON_BOT_OPENID_METADATA_URL: must be an https/],
      [
        { NODE_ENV: 'production', DIRECTLINE_SECRET: 'a-long-direct-line-secret', HOST: '127.0.0.1', BATON_BOT_OPENID_METADATA_URL: 'http://127.0.0.1:4000/meta' },
        /^BATON_BOT_OPENID_METADATA_URL: must be an https/,
      ],
      [{ BATON_BOT_OPENID_METADATA_URL: 'not a url' }, /^BATON_BOT_OPENID_METADATA_URL: must be a URL/],
      [{ BATON_ENTRA_OPENID_METADATA_URL: 'https://login.example.com/meta' }, /^BATON_ENTRA_OPENID_METADATA_URL: .*tenant GUID/],
      [{ BATON_BOT_OUTBOUND_HOSTS: 'connector.contoso.com, https://x.example.com/' }, /^BATON_BOT_OUTBOUND_HOSTS: "https:\/\/x.example.com\/" is not a host name/],
    ])('a bad auth setting names its variable: %j', (env, problem) => {
      expect(problemsOf({ ...APP, ...(env as Record<string, string>) })).toEqual([expect.stringMatching(problem)]);
    });

    test('extra outbound hosts are added to the defaults (a leading *. is accepted)', () => {
      const { hosts } = loadConfig({ BATON_BOT_OUTBOUND_HOSTS: 'Connector.Contoso.com, *.fabrikam.net' }).bot.outbound;
      expect(hosts).toEqual(expect.arrayContaining(['botframework.com', 'connector.contoso.com', 'fabrikam.net']));
    });

    test('PUBLIC_URL moves the built-in Direct Line URL with it', () => {
      const config = loadConfig({ PUBLIC_URL: 'https://baton.example.com/' });
      expect(config.bot.outbound.builtInDirectLineUrl).toBe('https://baton.example.com/v3/directline');
      expect(config.directLine.serviceUrl).toBe('https://baton.example.com/v3/directline');
    });
  });

  test('Azure CLU is switched on by its four variables alone; a partial set or a bad timeout names the variable', () => {
    expect(loadConfig({}).recognizer.clu.endpoint).toBeUndefined();
    const clu = loadConfig({
      CLU_ENDPOINT: 'https://contoso.cognitiveservices.azure.com/',
      CLU_KEY: 'secret-key',
      CLU_PROJECT: 'baton',
      CLU_DEPLOYMENT: 'production',
      CLU_TIMEOUT_MS: '800',
    }).recognizer.clu;
    expect(clu).toMatchObject({ endpoint: 'https://contoso.cognitiveservices.azure.com', key: 'secret-key', projectName: 'baton', deploymentName: 'production', timeoutMs: 800 });
    expect(problemsOf({ CLU_ENDPOINT: 'https://contoso.cognitiveservices.azure.com/' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^CLU_KEY: /), expect.stringMatching(/^CLU_PROJECT: /), expect.stringMatching(/^CLU_DEPLOYMENT: /)]),
    );
    expect(problemsOf({ CLU_TIMEOUT_MS: 'soon' })).toEqual([expect.stringMatching(/^CLU_TIMEOUT_MS: must be a number/)]);
  });

  test('empty strings count as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', MicrosoftAppId: '' }).bot.anonymous).toBe(true);
  });
});
