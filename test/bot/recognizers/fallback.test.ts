/**
 * CLU failures fall back to the local recognizer within one second: the real SDK client against a local double that
 * fails in each way the service (or the network) can.
 */
import { createRecognizer, createFallbackRecognizer, kbIntent, type Recognition, type Recognizer } from '../../../bot/recognizers';
import { cluAnswer, refusedEndpoint, startCluDouble, type CluDouble } from './clu-double';
import { fixtureKnowledge } from './fixture-knowledge';

let clu: CluDouble;
const knowledge = fixtureKnowledge();

beforeAll(async () => {
  clu = await startCluDouble();
  // The first reading loads and compiles the detectors (hundreds of patterns, the learned models): a cost of starting
  // the process, not of falling back, which is what the one second is about.
  await createRecognizer({}, { knowledge }).recognize('warm up', { lang: 'en' });
});
afterAll(() => clu.close());
beforeEach(() => {
  clu.requests.length = 0;
});

function recognizerAt(endpoint: string, extra: Record<string, unknown> = {}, deps: { log?: (line: string) => void; now?: () => number } = {}) {
  return createRecognizer(
    { clu: { endpoint, key: 'test-key', projectName: 'baton-support', deploymentName: 'production', ...extra } },
    { knowledge, ...deps },
  );
}

async function timed(recognizer: Recognizer, text: string, lang: 'en' | 'zh' = 'en'): Promise<{ result: Recognition; ms: number }> {
  const started = performance.now();
  const result = await recognizer.recognize(text, { lang });
  return { result, ms: performance.now() - started };
}

describe('fallback to the local recognizer', () => {
  test('on HTTP 500', async () => {
    clu.behave({ kind: 'json', status: 500, body: { error: { code: 'InternalServerError', message: 'boom' } } });
    const { result, ms } = await timed(recognizerAt(clu.endpoint), 'how can I get my money back?');
    expect(clu.requests).toHaveLength(1); // no retries: the local recognizer is the retry
    expect(result).toMatchObject({ intent: kbIntent('refunds'), source: 'local', fallbackReason: 'http-error' });
    expect(result.fallbackDetail).toBe('HTTP 500 (InternalServerError)');
    expect(ms).toBeLessThan(1000);
  });

  test('on HTTP 401 (a wrong key)', async () => {
    clu.behave({ kind: 'json', status: 401, body: { error: { code: '401', message: 'Access denied due to invalid subscription key.' } } });
    const { result } = await timed(recognizerAt(clu.endpoint), 'hi');
    expect(result).toMatchObject({ intent: 'greeting', source: 'local', fallbackReason: 'http-error' });
    expect(result.fallbackDetail).toMatch(/^HTTP 401/);
  });

  test('on a body that is not JSON', async () => {
    clu.behave({ kind: 'raw', status: 200, body: '{"kind": "ConversationRes' });
    const { result } = await timed(recognizerAt(clu.endpoint), '我想退款', 'zh');
    expect(result).toMatchObject({ intent: kbIntent('tuikuan'), source: 'local', fallbackReason: 'malformed-response' });
  });

  test.each([
    ['an empty object', {}],
    ['an orchestration project', { kind: 'ConversationResult', result: { query: 'x', prediction: { projectKind: 'Orchestration', topIntent: 'A', intents: {} } } }],
    ['no intents', cluAnswer('x', 'A', [])],
    ['a score above 1', cluAnswer('x', 'A', [['A', 7]])],
  ])('on JSON that is not the documented shape: %s', async (_, body) => {
    clu.behave({ kind: 'json', body });
    const { result } = await timed(recognizerAt(clu.endpoint), 'talk to a human');
    expect(result).toMatchObject({ intent: 'agent_request', source: 'local', fallbackReason: 'malformed-response' });
  });

  test('on a server that never answers, within one second', async () => {
    clu.behave({ kind: 'never-answer' });
    const { result, ms } = await timed(recognizerAt(clu.endpoint), 'where is my package');
    expect(result).toMatchObject({ intent: kbIntent('order-tracking'), source: 'local', fallbackReason: 'timeout' });
    expect(clu.requests).toHaveLength(1);
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(1500);
  });

  test('on a shorter configured timeout, sooner', async () => {
    clu.behave({ kind: 'never-answer' });
    const { result, ms } = await timed(recognizerAt(clu.endpoint, { timeoutMs: 200 }), 'hi');
    expect(result).toMatchObject({ intent: 'greeting', fallbackReason: 'timeout' });
    expect(ms).toBeLessThan(700);
  });

  test('on a refused connection', async () => {
    const { result, ms } = await timed(recognizerAt(await refusedEndpoint()), 'I forgot my password');
    expect(result).toMatchObject({ intent: kbIntent('password-reset'), source: 'local', fallbackReason: 'network-error' });
    expect(result.fallbackDetail).toBe('ECONNREFUSED');
    expect(ms).toBeLessThan(1000);
  });

  test('logs each fallback without the key or the text', async () => {
    clu.behave({ kind: 'json', status: 503, body: { error: { code: 'ServiceUnavailable', message: 'busy' } } });
    const lines: string[] = [];
    await recognizerAt(clu.endpoint, {}, { log: (line) => lines.push(line) }).recognize('my secret question', { lang: 'en' });
    expect(lines).toEqual(['[recognizer] CLU failed (http-error: HTTP 503 (ServiceUnavailable)); answered by the local recognizer']);
  });

  test('an empty message never leaves the process', async () => {
    const result = await recognizerAt(clu.endpoint).recognize('   ', { lang: 'en' });
    expect(result).toMatchObject({ intent: 'none', source: 'local' });
    expect(result.fallbackReason).toBeUndefined();
    expect(clu.requests).toHaveLength(0);
  });
});

describe('circuit breaker', () => {
  test('after repeated failures CLU is skipped for the cooldown, then tried again', async () => {
    let now = 1_000_000;
    const recognizer = recognizerAt(clu.endpoint, { circuitBreaker: { failures: 2, cooldownMs: 10_000 } }, { now: () => now });
    clu.behave({ kind: 'json', status: 500, body: { error: { code: 'InternalServerError', message: 'boom' } } });

    expect((await recognizer.recognize('hi', { lang: 'en' })).fallbackReason).toBe('http-error');
    expect((await recognizer.recognize('hi', { lang: 'en' })).fallbackReason).toBe('http-error');
    const skipped = await recognizer.recognize('hi', { lang: 'en' });
    expect(skipped).toMatchObject({ intent: 'greeting', source: 'local', fallbackReason: 'circuit-open' });
    expect(clu.requests).toHaveLength(2);

    now += 10_000;
    clu.behave({ kind: 'json', body: cluAnswer('hi', 'Greeting', [['Greeting', 0.9]]) });
    expect(await recognizer.recognize('hi', { lang: 'en' })).toMatchObject({ intent: 'Greeting', source: 'clu' });
    expect(await recognizer.recognize('hi', { lang: 'en' })).toMatchObject({ source: 'clu' });
    expect(clu.requests).toHaveLength(4);
  });

  test('a failed trial reopens the circuit for another cooldown', async () => {
    let now = 0;
    const recognizer = recognizerAt(clu.endpoint, { circuitBreaker: { failures: 1, cooldownMs: 5_000 } }, { now: () => now });
    clu.behave({ kind: 'json', status: 500, body: {} });
    await recognizer.recognize('hi', { lang: 'en' });
    now += 5_000;
    expect((await recognizer.recognize('hi', { lang: 'en' })).fallbackReason).toBe('http-error');
    now += 4_000;
    expect((await recognizer.recognize('hi', { lang: 'en' })).fallbackReason).toBe('circuit-open');
    expect(clu.requests).toHaveLength(2);
  });
});

describe('the deadline holds whatever the remote recognizer does', () => {
  test('a recognizer that ignores its abort signal is abandoned at the deadline', async () => {
    const stuck: Recognizer = { recognize: () => new Promise(() => undefined) };
    const local: Recognizer = { recognize: async () => ({ intent: 'none', confidence: 1, source: 'local', entities: [], alternatives: [] }) };
    const started = performance.now();
    const result = await createFallbackRecognizer(stuck, local, { timeoutMs: 100 }).recognize('hello', { lang: 'en' });
    expect(result).toMatchObject({ source: 'local', fallbackReason: 'timeout', fallbackDetail: 'no answer within 100 ms' });
    expect(performance.now() - started).toBeLessThan(600);
  });

  test('a remote recognizer that throws something unexpected still falls back', async () => {
    const broken: Recognizer = { recognize: async () => { throw new TypeError('x is not a function'); } };
    const local: Recognizer = { recognize: async () => ({ intent: 'none', confidence: 1, source: 'local', entities: [], alternatives: [] }) };
    const result = await createFallbackRecognizer(broken, local, { timeoutMs: 100 }).recognize('hello', { lang: 'en' });
    expect(result).toMatchObject({ source: 'local', fallbackReason: 'error', fallbackDetail: 'TypeError' });
  });
});
