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
    expect(config.database).toEqual({ url: undefined, sqliteFile: path.resolve('./data/baton.db') });
    expect(config.bot.anonymous).toBe(true);
    expect(Object.isFrozen(config) && Object.isFrozen(config.bot)).toBe(true);
  });

  test('a PostgreSQL URL selects PostgreSQL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/baton' }).database.url).toBe('postgres://u@db:5432/baton');
  });

  test.each([
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
      MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: 'contoso.onmicrosoft.com',
    });
    expect(config.bot).toMatchObject({ anonymous: false, appId: '00000000-0000-4000-8000-000000000001' });
  });

  test('an app id without a password is refused', () => {
    expect(problemsOf({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001' })).toEqual([
      expect.stringMatching(/^MicrosoftAppPassword: required/),
    ]);
  });

  test('empty strings count as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', MicrosoftAppId: '' }).bot.anonymous).toBe(true);
  });
});
