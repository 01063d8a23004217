import { articleIdOf, BUILT_IN_EXAMPLES, createLocalRecognizer, kbIntent, RecognitionSchema, type ExampleIntent } from '../../../bot/recognizers';
import { FIXTURE_ARTICLES, fixtureKnowledge } from './fixture-knowledge';

const recognizer = createLocalRecognizer(fixtureKnowledge());
const intentOf = (text: string, lang: 'en' | 'zh') => recognizer.recognizeSync(text, { lang }).intent;

describe('local recognizer: built-in intents', () => {
  test.each([
    ['hi', 'greeting'],
    ['Hello!', 'greeting'],
    ['hi there :)', 'greeting'],
    ['good afternoon', 'greeting'],
    ['hello, anyone there?', 'greeting'],
    // Checking that a person is on the other end, as 有人吗 does.
    ['hello? is anybody there', 'agent_request'],
    ['thanks', 'thanks'],
    ['Thank you!', 'thanks'],
    ['thanks so much for your help', 'thanks'],
    ['many thanks, that helped', 'thanks'],
    ['bye', 'goodbye'],
    ['ok bye then', 'goodbye'],
    ["that's all, goodbye", 'goodbye'],
    ['see you later!', 'goodbye'],
  ])('English small talk: %s → %s', (text, intent) => {
    expect(intentOf(text, 'en')).toBe(intent);
  });

  test.each([
    ['你好', 'greeting'],
    ['您好呀', 'greeting'],
    ['在吗？', 'greeting'],
    ['谢谢', 'thanks'],
    ['谢谢啦', 'thanks'],
    ['非常感谢你的帮助', 'thanks'],
    ['再见', 'goodbye'],
    ['拜拜啦', 'goodbye'],
    ['没有别的问题了，再见', 'goodbye'],
  ])('Chinese small talk: %s → %s', (text, intent) => {
    expect(intentOf(text, 'zh')).toBe(intent);
  });

  test.each([
    'talk to a human',
    'I want to speak to a real person',
    'Agent please!',
    'can I talk to someone about my refund?',
    'transfer me to customer service',
    'let me speak to your manager',
    "I don't want to talk to a bot",
    'hi, I need a live agent',
  ])('English agent request: %s', (text) => {
    expect(intentOf(text, 'en')).toBe('agent_request');
  });

  test.each([
    'the delivery agent left it in the rain',
    'your agent told me the refund was on its way',
    'my husband placed the order, can I get a refund?',
    "I don't want to talk to an agent, just tell me where my order is",
    'I talked to someone yesterday',
  ])('English mention of people, not a request: %s', (text) => {
    expect(intentOf(text, 'en')).not.toBe('agent_request');
  });

  test.each(['转人工', '人工客服', '我要找客服', '帮我转接人工', '我想跟真人说话', '叫你们经理来'])('Chinese agent request: %s', (text) => {
    expect(intentOf(text, 'zh')).toBe('agent_request');
  });

  test.each(['客服说明天发货', '快递员把包裹放在门口了', '不用转人工，我自己查', '我老公下的单'])('Chinese mention of people, not a request: %s', (text) => {
    expect(intentOf(text, 'zh')).not.toBe('agent_request');
  });

  test.each([
    'my charger caught fire',
    "I'm going to sue you",
    'my account has been hacked',
    'I want to file a complaint about your service',
    'this is unacceptable',
    'I am really disappointed with how you handled this',
  ])('English complaint: %s', (text) => {
    expect(intentOf(text, 'en')).toBe('complaint');
  });

  test.each(['我要投诉', '充电器冒烟了，差点着火', '再不处理我就去法院起诉你们', '你们的服务太差了'])('Chinese complaint: %s', (text) => {
    expect(intentOf(text, 'zh')).toBe('complaint');
  });

  test('a safety complaint is taken over a knowledge-base answer', () => {
    const result = recognizer.recognizeSync('I got an electric shock, where is my refund', { lang: 'en' });
    expect(result.intent).toBe('complaint');
  });

  test('an explicit request for a person wins over everything else in the message', () => {
    const result = recognizer.recognizeSync('this is unacceptable, let me talk to a human about my refund', { lang: 'en' });
    expect(result.intent).toBe('agent_request');
    expect(result.alternatives.map((a) => a.intent)).toEqual(expect.arrayContaining(['complaint', kbIntent('refunds')]));
  });

  const examples = Object.entries(BUILT_IN_EXAMPLES) as Array<[ExampleIntent, Record<'en' | 'zh', readonly string[]>]>;
  test.each(examples.flatMap(([intent, sets]) => (['en', 'zh'] as const).flatMap((lang) => sets[lang].map((text) => [intent, lang, text] as const))))(
    'every built-in example is recognised as its intent: %s (%s) %s',
    (intent, lang, text) => {
      expect(intentOf(text, lang)).toBe(intent);
    },
  );
});

describe('local recognizer: knowledge-base questions', () => {
  test.each([
    ['how can I get my money back?', 'refunds'],
    ['refund for my order please', 'refunds'],
    ['I forgot my password again', 'password-reset'],
    ['hello, how do I reset my password?', 'password-reset'],
    ['where is my package', 'order-tracking'],
    ['are you open on saturdays?', 'opening-hours'],
    ['how do I make a complaint?', 'make-complaint'],
  ])('English: %s → kb:%s', (text, articleId) => {
    const result = recognizer.recognizeSync(text, { lang: 'en' });
    expect(result.intent).toBe(kbIntent(articleId));
    expect(articleIdOf(result.intent)).toBe(articleId);
    expect(result.confidence).toBeGreaterThanOrEqual(0.3);
  });

  test.each([
    ['我想退款', 'tuikuan'],
    ['你好，退款多久能到账？', 'tuikuan'],
    ['密码忘了怎么办', 'mima'],
    ['我的包裹到哪里了', 'wuliu'],
  ])('Chinese: %s → kb:%s', (text, articleId) => {
    expect(intentOf(text, 'zh')).toBe(kbIntent(articleId));
  });

  test('only articles in the message language are considered', () => {
    const result = recognizer.recognizeSync('how do I reset my password', { lang: 'zh' });
    expect(result.intent).not.toBe(kbIntent('password-reset'));
    expect(result.alternatives.map((a) => a.intent)).not.toContain(kbIntent('password-reset'));
  });

  test('a knowledge base given as question variants is indexed, and re-indexed when it changes', () => {
    let articles = FIXTURE_ARTICLES.filter((a) => a.id !== 'opening-hours');
    const fromArticles = createLocalRecognizer({ articles: () => articles });
    expect(fromArticles.recognizeSync('when are you open?', { lang: 'en' }).intent).not.toBe(kbIntent('opening-hours'));
    articles = [...FIXTURE_ARTICLES];
    expect(fromArticles.recognizeSync('when are you open?', { lang: 'en' }).intent).toBe(kbIntent('opening-hours'));
  });
});

describe('local recognizer: the result', () => {
  test('follows the Recognition schema, with runner-ups and no repeat of the intent', async () => {
    const result = await recognizer.recognize('can I get a refund for my order', { lang: 'en' });
    expect(RecognitionSchema.parse(result)).toEqual(result);
    expect(result).toMatchObject({ intent: kbIntent('refunds'), source: 'local' });
    expect(result.fallbackReason).toBeUndefined();
    expect(result.alternatives.map((a) => a.intent)).not.toContain(result.intent);
    const confidences = result.alternatives.map((a) => a.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  test('reads money amounts as entities', () => {
    expect(recognizer.recognizeSync('I paid $1,250.50 and want a refund', { lang: 'en' }).entities).toEqual([
      { category: 'money', text: '$1,250.50' },
    ]);
    expect(recognizer.recognizeSync('我付了5千元，想退款', { lang: 'zh' }).entities).toEqual([{ category: 'money', text: '5千元' }]);
  });

  test.each(['', '   ', 'ok', '🙂'])('says none when nothing applies: %j', (text) => {
    const result = recognizer.recognizeSync(text, { lang: 'en' });
    expect(result.intent).toBe('none');
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  test('minConfidence decides when a weak knowledge-base hit becomes none', () => {
    const strict = createLocalRecognizer(fixtureKnowledge(), { minConfidence: 1 });
    const result = strict.recognizeSync('refund for my order please', { lang: 'en' });
    expect(result.intent).toBe('none');
    expect(result.alternatives[0].intent).toBe(kbIntent('refunds'));
  });
});
