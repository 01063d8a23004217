/** The CLU path with the real SDK client (`ConversationAnalysisClient`) against a local double of the REST API. */
import { createCluRecognizer, createRecognizer, RecognitionSchema, RecognizerConfigSchema, cluConfigOf, type CluConfig } from '../../../bot/recognizers';
import { cluAnswer, startCluDouble, type CluDouble } from './clu-double';
import { fixtureKnowledge } from './fixture-knowledge';

let clu: CluDouble;

beforeAll(async () => {
  clu = await startCluDouble();
});
afterAll(() => clu.close());
beforeEach(() => {
  clu.requests.length = 0;
});

function cluConfig(overrides: Record<string, unknown> = {}): CluConfig {
  const parsed = RecognizerConfigSchema.parse({
    clu: { endpoint: clu.endpoint, key: 'test-key-123', projectName: 'baton-support', deploymentName: 'production', ...overrides },
  });
  return cluConfigOf(parsed)!;
}

describe('CLU recognizer through the SDK client', () => {
  test('sends the documented analyze-conversations request', async () => {
    clu.behave({ kind: 'json', body: cluAnswer('where is my parcel', 'TrackOrder', [['TrackOrder', 0.93]]) });
    await createCluRecognizer(cluConfig()).recognize('where is my parcel', { lang: 'en' });

    expect(clu.requests).toHaveLength(1);
    const [request] = clu.requests;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/language/:analyze-conversations');
    expect(request.query.get('api-version')).toBe('2023-04-01');
    expect(request.headers['ocp-apim-subscription-key']).toBe('test-key-123');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(request.body).toEqual({
      kind: 'Conversation',
      analysisInput: { conversationItem: { id: '1', participantId: 'customer', text: 'where is my parcel', language: 'en' } },
      parameters: { projectName: 'baton-support', deploymentName: 'production', stringIndexType: 'TextElement_V8' },
    });
  });

  test('sends the configured api-version and the CLU language code for Chinese', async () => {
    clu.behave({ kind: 'json', body: cluAnswer('我要退款', 'Refund', [['Refund', 0.8]]) });
    await createCluRecognizer(cluConfig({ apiVersion: '2024-11-15-preview' })).recognize('我要退款', { lang: 'zh' });
    expect(clu.requests[0].query.get('api-version')).toBe('2024-11-15-preview');
    expect(clu.requests[0].body).toMatchObject({ analysisInput: { conversationItem: { text: '我要退款', language: 'zh-hans' } } });
  });

  test('parses the documented response: top intent, alternatives and entities', async () => {
    clu.behave({
      kind: 'json',
      body: cluAnswer(
        'I want to talk to someone about my kettle order 12345',
        'TalkToAgent',
        [
          ['TalkToAgent', 0.91],
          ['kb:order-tracking', 0.42],
          ['None', 0.05],
          ['CheckWarranty', 0.2],
        ],
        [
          { category: 'Product', text: 'kettle', offset: 39, length: 6, confidenceScore: 0.99 },
          { category: 'OrderNumber', text: '12345', offset: 52, length: 5, confidenceScore: 1 },
        ],
      ),
    });
    const recognizer = createCluRecognizer(cluConfig({ intentMap: { TalkToAgent: 'agent_request' } }));
    const result = await recognizer.recognize('I want to talk to someone about my kettle order 12345', { lang: 'en' });

    expect(RecognitionSchema.parse(result)).toEqual(result);
    expect(result).toEqual({
      intent: 'agent_request',
      confidence: 0.91,
      source: 'clu',
      entities: [
        { category: 'Product', text: 'kettle', confidence: 0.99 },
        { category: 'OrderNumber', text: '12345', confidence: 1 },
      ],
      // Unmapped names pass through; CLU's None is Baton's none.
      alternatives: [
        { intent: 'kb:order-tracking', confidence: 0.42 },
        { intent: 'CheckWarranty', confidence: 0.2 },
        { intent: 'none', confidence: 0.05 },
      ],
    });
  });

  test("CLU's None is none, and two CLU intents mapped to one Baton intent count once at their best", async () => {
    clu.behave({ kind: 'json', body: cluAnswer('meh', 'None', [['None', 0.7], ['Hello', 0.2], ['Hi', 0.25]]) });
    const recognizer = createCluRecognizer(cluConfig({ intentMap: { Hello: 'greeting', Hi: 'greeting' } }));
    const result = await recognizer.recognize('meh', { lang: 'en' });
    expect(result.intent).toBe('none');
    expect(result.alternatives).toEqual([{ intent: 'greeting', confidence: 0.25 }]);
  });

  test('a CLU intent named like an inherited member of every object keeps its own name', async () => {
    clu.behave({ kind: 'json', body: cluAnswer('build', 'constructor', [['constructor', 0.8], ['toString', 0.1]]) });
    const recognizer = createCluRecognizer(cluConfig({ intentMap: { Hello: 'greeting' } }));
    const result = await recognizer.recognize('build', { lang: 'en' });
    expect(result.intent).toBe('constructor');
    expect(result.alternatives).toEqual([{ intent: 'toString', confidence: 0.1 }]);
  });

  test('sends at most 1000 characters (the prediction limit)', async () => {
    clu.behave({ kind: 'json', body: cluAnswer('…', 'None', [['None', 1]]) });
    await createCluRecognizer(cluConfig()).recognize('退'.repeat(1500), { lang: 'zh' });
    const sent = (clu.requests[0].body as { analysisInput: { conversationItem: { text: string } } }).analysisInput.conversationItem.text;
    expect([...sent]).toHaveLength(1000);
  });

  test('redacts personal data before the message leaves', async () => {
    clu.behave({ kind: 'json', body: cluAnswer('…', 'None', [['None', 1]]) });
    await createCluRecognizer(cluConfig()).recognize('refund to card 4111 1111 1111 1111, mail me at ann@example.com', { lang: 'en' });
    expect(clu.requests[0].body).toMatchObject({
      analysisInput: { conversationItem: { text: 'refund to card [card number], mail me at [email]' } },
    });
  });

  test('createRecognizer uses CLU when endpoint, key, project and deployment are set', async () => {
    clu.behave({ kind: 'json', body: cluAnswer('hi', 'Greeting', [['Greeting', 0.97]]) });
    const recognizer = createRecognizer(
      {
        clu: {
          endpoint: clu.endpoint,
          key: 'test-key-123',
          projectName: 'baton-support',
          deploymentName: 'production',
          intentMap: { Greeting: 'greeting' },
        },
      },
      { knowledge: fixtureKnowledge() },
    );
    expect(recognizer.mode).toBe('clu');
    expect(recognizer.description).toContain('baton-support/production');
    expect(recognizer.description).not.toContain('test-key-123');
    const result = await recognizer.recognize('hi', { lang: 'en' });
    expect(result).toMatchObject({ intent: 'greeting', confidence: 0.97, source: 'clu' });
    expect(result.fallbackReason).toBeUndefined();
    expect(clu.requests).toHaveLength(1);
  });
});
