import { recognizerSettingsOf } from '../../../bot/config';
import { articleIdOf, cluConfigOf, createRecognizer, kbIntent, RecognizerConfigSchema } from '../../../bot/recognizers';
import { fixtureKnowledge } from './fixture-knowledge';

/** What bot/config.ts passes in: the raw environment values, unset ones as undefined or ''. */
const fromEnv = recognizerSettingsOf;

const complete = {
  CLU_ENDPOINT: 'https://contoso-lang.cognitiveservices.azure.com/',
  CLU_KEY: 'k',
  CLU_PROJECT: 'baton-support',
  CLU_DEPLOYMENT: 'production',
};

const problems = (input: unknown) => {
  const parsed = RecognizerConfigSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('RecognizerConfigSchema', () => {
  test('nothing set: the local recognizer, with defaults', () => {
    const config = RecognizerConfigSchema.parse(fromEnv({}));
    expect(cluConfigOf(config)).toBeUndefined();
    expect(config.clu).toMatchObject({ apiVersion: '2023-04-01', timeoutMs: 1000, intentMap: {}, languages: { en: 'en', zh: 'zh-hans' } });
    expect(RecognizerConfigSchema.parse({})).toEqual(config);
  });

  test('empty strings count as unset', () => {
    const config = RecognizerConfigSchema.parse(fromEnv({ CLU_ENDPOINT: '', CLU_KEY: ' ', CLU_PROJECT: '', CLU_DEPLOYMENT: '', CLU_API_VERSION: '', CLU_TIMEOUT_MS: '' }));
    expect(cluConfigOf(config)).toBeUndefined();
    expect(config.clu.timeoutMs).toBe(1000);
  });

  test('all four set: CLU, with the endpoint normalised and the timeout read from text', () => {
    const config = RecognizerConfigSchema.parse(fromEnv({ ...complete, CLU_API_VERSION: '2024-11-15-preview', CLU_TIMEOUT_MS: '750' }));
    expect(cluConfigOf(config)).toMatchObject({
      endpoint: 'https://contoso-lang.cognitiveservices.azure.com',
      key: 'k',
      projectName: 'baton-support',
      deploymentName: 'production',
      apiVersion: '2024-11-15-preview',
      timeoutMs: 750,
    });
  });

  test('some but not all of endpoint, key, project and deployment is an error naming the missing ones', () => {
    expect(problems(fromEnv({ CLU_ENDPOINT: complete.CLU_ENDPOINT, CLU_KEY: 'k' }))).toEqual([
      'clu.projectName: is required when any of CLU endpoint, key, project or deployment is set',
      'clu.deploymentName: is required when any of CLU endpoint, key, project or deployment is set',
    ]);
  });

  test.each([
    [{ CLU_ENDPOINT: 'http://contoso.example.com' }, 'clu.endpoint: must use https (plain http only to a loopback address)'],
    [{ CLU_ENDPOINT: 'not a url' }, 'clu.endpoint: must be a URL such as https://<resource>.cognitiveservices.azure.com'],
    [{ CLU_TIMEOUT_MS: '5000' }, 'clu.timeoutMs: at most 1000 ms: past that the customer waits too long for a reply'],
    [{ CLU_TIMEOUT_MS: 'soon' }, 'clu.timeoutMs: must be a number of milliseconds'],
    [{ CLU_API_VERSION: 'latest' }, 'clu.apiVersion: must look like 2023-04-01'],
    [{ CLU_PROJECT: 'my project' }, 'clu.projectName: letters, digits, _ . - only, at most 50 characters'],
  ])('rejects %j', (env, problem) => {
    expect(problems(fromEnv({ ...complete, ...env }))).toEqual([problem]);
  });

  test('plain http is accepted for a loopback test double', () => {
    expect(problems(fromEnv({ ...complete, CLU_ENDPOINT: 'http://127.0.0.1:5000' }))).toEqual([]);
  });
});

describe('createRecognizer', () => {
  test('without CLU settings it is the local recognizer', async () => {
    const recognizer = createRecognizer({}, { knowledge: fixtureKnowledge() });
    expect(recognizer.mode).toBe('local');
    expect(await recognizer.recognize('I forgot my password', { lang: 'en' })).toMatchObject({ intent: kbIntent('password-reset'), source: 'local' });
  });

  test('rejects an incomplete configuration instead of silently running locally', () => {
    expect(() => createRecognizer(fromEnv({ CLU_KEY: 'k' }), { knowledge: fixtureKnowledge() })).toThrow(/required/);
  });
});

test('kb intents name their article', () => {
  expect(kbIntent('refunds')).toBe('kb:refunds');
  expect(articleIdOf('kb:refunds')).toBe('refunds');
  expect(articleIdOf('kb:')).toBeUndefined();
  expect(articleIdOf('greeting')).toBeUndefined();
});
