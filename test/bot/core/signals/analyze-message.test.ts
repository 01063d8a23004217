import { analyzeMessage as analyze, MessageSignalsSchema, type AnalyzeOptions } from '../../../../bot/core/signals';

// A clock that stands still: on a busy machine the real one can pass the time budget, and these tests read every signal.
const analyzeMessage = (text: string, options: AnalyzeOptions = {}) => analyze(text, { clock: () => 0, ...options });

describe('analyzeMessage', () => {
  test('all signals of one message, with their evidence', () => {
    expect(analyzeMessage('My $600,000 order never arrived and nobody answers!!! Let me talk to a human')).toEqual({
      lang: 'en',
      sentiment: { label: 'negative', score: expect.any(Number), evidence: ['never arrived', 'nobody answers', '!!!'] },
      // What happened is reported; no feeling words: not an emotion.
      emotion: { label: 'neutral', score: 0, strong: false, evidence: [] },
      agentRequest: true,
      complaintLevel: 'L2',
      complaintKind: 'service_failure',
      complaints: [{ kind: 'service_failure', level: 'L2', evidence: ['never arrived'] }],
      amount: { value: 600_000, currency: 'USD' },
      highValue: true,
      evidence: { agentRequest: ['talk to a human'], complaint: ['never arrived'], amount: ['$600,000'] },
      skipped: [],
    });
  });

  test('Chinese, with the account currency and threshold from the options', () => {
    const signals = analyzeMessage('花了两万块，刚买就坏了，我要投诉', { highValueThreshold: 10_000, currency: 'CNY' });
    expect(signals).toMatchObject({
      lang: 'zh',
      sentiment: { label: 'negative' },
      agentRequest: false,
      complaintLevel: 'L2',
      complaintKind: 'complaint',
      amount: { value: 20_000, currency: 'CNY' },
      highValue: true,
    });
    expect(signals.evidence.complaint).toEqual(['投诉', '坏了']);
    expect(signals.complaints.map((c) => c.kind)).toEqual(['complaint', 'service_failure']);
  });

  test('a plain question has no signals', () => {
    expect(analyzeMessage('How do I change my delivery address?')).toMatchObject({
      sentiment: { label: 'neutral', score: 0 },
      emotion: { strong: false },
      agentRequest: false,
      complaintLevel: 'L3',
      complaintKind: null,
      complaints: [],
      amount: null,
      highValue: false,
    });
  });

  test.each([
    ['stupid bot. useless junk company', 'abuse'],
    ['你们客服都是sb吗', 'abuse'],
    ['This is the worst service ever, absolutely unacceptable!!!', 'feeling'],
    ['气死我了！！！垃圾', 'feeling'],
    ['说是送到了 但什么都没有 气死我了', 'feeling'],
  ])('insults and strong feelings are a strong emotion: %s', (text) => {
    expect(analyzeMessage(text).emotion.strong).toBe(true);
  });

  test.each([
    'my package hasn\'t arrived yet',
    'the item is damaged, can I return it?',
    'I was charged twice for the same order',
    'how do i make a complaint',
    '还没收到货',
    '东西坏了怎么退',
    '积分会过期吗',
    '对处理结果不满意 还能往上反映吗',
    '订单确认邮件没收到 垃圾箱也看了 没有',
    // Something missing, described, even after "但" and with "!!": a fact, not anger.
    '快递员说放门口了 但门口什么都没有',
    '说是送到了，可是门口什么都没有!!',
  ])('a problem stated plainly is no strong emotion: %s', (text) => {
    expect(analyzeMessage(text).emotion.strong).toBe(false);
  });

  test('the result is plain JSON in the one signals shape', () => {
    const signals = analyzeMessage('转人工，账号被锁了', { lang: 'zh' });
    expect(JSON.parse(JSON.stringify(signals))).toEqual(signals);
    expect(MessageSignalsSchema.parse(signals)).toEqual(signals);
  });
});
