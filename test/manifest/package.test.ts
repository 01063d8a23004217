import JSZip from 'jszip';
import { buildAppPackage, manifestValuesFromEnv, uuidV5 } from '../../manifest/build';

const BOT_ID = '0B5E7A52-3C1D-4F0E-9A1B-2C3D4E5F6A7B';

describe('manifestValuesFromEnv', () => {
  it('names MicrosoftAppId when no bot id is set (blank counts as unset)', () => {
    expect(() => manifestValuesFromEnv({})).toThrow(/MicrosoftAppId/);
    expect(() => manifestValuesFromEnv({ MicrosoftAppId: '  ', BOT_ID: '' })).toThrow(/MicrosoftAppId.*required/);
  });

  it('names MicrosoftAppId when it is not a GUID', () => {
    expect(() => manifestValuesFromEnv({ MicrosoftAppId: 'my-bot' })).toThrow(/MicrosoftAppId: must be a GUID.*"my-bot"/);
  });

  it('names BOT_ID when that is the variable holding a bad id', () => {
    expect(() => manifestValuesFromEnv({ BOT_ID: '1234' })).toThrow(/BOT_ID: must be a GUID/);
  });

  it('prefers MicrosoftAppId, accepts BOT_ID, and derives a stable Teams app id from the bot id', () => {
    const a = manifestValuesFromEnv({ MicrosoftAppId: BOT_ID, BOT_ID: '11111111-1111-1111-1111-111111111111' });
    const b = manifestValuesFromEnv({ BOT_ID: BOT_ID.toLowerCase() });
    expect(a.botId).toBe(BOT_ID.toLowerCase());
    expect(b.teamsAppId).toBe(a.teamsAppId);
    expect(a.teamsAppId).not.toBe(a.botId);
    expect(a.teamsAppId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('implements RFC 4122 version-5 UUIDs (known vector: "hello" in the DNS namespace)', () => {
    expect(uuidV5('hello', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('9342d47a-1bab-5709-9869-c840b2eac501');
  });

  it('takes TEAMS_APP_ID, name, domains and developer settings from the environment', () => {
    const v = manifestValuesFromEnv({
      MicrosoftAppId: BOT_ID,
      TEAMS_APP_ID: '22222222-2222-2222-2222-222222222222',
      BATON_APP_NAME: 'Acme Help',
      BATON_PUBLIC_HOST: 'https://Bot.Acme.com/api/messages',
      BATON_VALID_DOMAINS: 'bot.acme.com, *.acme.net ,',
      BATON_PRIVACY_URL: 'https://acme.com/privacy',
    });
    expect(v.teamsAppId).toBe('22222222-2222-2222-2222-222222222222');
    expect(v.appName).toBe('Acme Help');
    expect(v.validDomains).toEqual(['bot.acme.com', '*.acme.net']);
    expect(v.developer).toEqual({
      name: 'Baton',
      websiteUrl: 'https://bot.acme.com/',
      privacyUrl: 'https://acme.com/privacy',
      termsOfUseUrl: 'https://bot.acme.com/',
    });
  });

  it('reports every bad variable in one error, each by name', () => {
    const env = { TEAMS_APP_ID: 'x', BATON_APP_NAME: 'n'.repeat(31), BATON_VALID_DOMAINS: 'ok.com,no spaces.com' };
    let message = '';
    try {
      manifestValuesFromEnv(env);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/TEAMS_APP_ID: must be a GUID/);
    expect(message).toMatch(/BATON_APP_NAME: must be at most 30/);
    expect(message).toMatch(/BATON_VALID_DOMAINS: "no spaces.com" is not a host name/);
    expect(message).toMatch(/MicrosoftAppId: is required/);
  });
});

describe('buildAppPackage', () => {
  it('zips exactly manifest.json, color.png and outline.png at the root, with the bot id', async () => {
    const values = manifestValuesFromEnv({ MicrosoftAppId: BOT_ID, BATON_PUBLIC_HOST: 'bot.acme.com' });
    const zip = await JSZip.loadAsync(await buildAppPackage(values));
    const files = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
    expect(files).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).toBe(BOT_ID.toLowerCase());
    expect(manifest.id).toBe(values.teamsAppId);
    expect(manifest.validDomains).toEqual(['bot.acme.com']);
  });

  it('is reproducible: the same values give the same bytes', async () => {
    const values = manifestValuesFromEnv({ BOT_ID });
    expect((await buildAppPackage(values)).equals(await buildAppPackage(values))).toBe(true);
  });

  it('refuses to package a manifest the Teams schema rejects', async () => {
    const values = manifestValuesFromEnv({ BOT_ID });
    const tooLong = { ...values, appName: 'A name longer than thirty characters' };
    await expect(buildAppPackage(tooLong)).rejects.toThrow(/does not match the Teams schema[\s\S]*\/name\/short/);
  });
});
