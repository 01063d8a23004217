import { analyzeMessage } from '../../../../bot/core/signals';

describe('analyzeMessage', () => {
  test('all signals of one message, with their evidence', () => {
    expect(analyzeMessage('My $600,000 order never arrived and nobody answers!!! Let me talk to a human')).toEqual({
      lang: 'en',
      sentiment: { label: 'negative', score: expect.any(Number) },
      agentRequest: true,
      complaintLevel: 'L2',
      complaintKind: 'service_failure',
      amount: { value: 600_000, currency: 'USD' },
      highValue: true,
      evidence: {
        sentiment: ['never arrived', 'nobody answers', '!!!'],
        agentRequest: ['talk to a human'],
        complaint: ['never arrived'],
        amount: ['$600,000'],
      },
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
  });

  test('a plain question has no signals', () => {
    expect(analyzeMessage('How do I change my delivery address?')).toMatchObject({
      sentiment: { label: 'neutral', score: 0 },
      agentRequest: false,
      complaintLevel: null,
      amount: null,
      highValue: false,
    });
  });

  test('the result is plain JSON', () => {
    const signals = analyzeMessage('转人工，账号被锁了', { lang: 'zh' });
    expect(JSON.parse(JSON.stringify(signals))).toEqual(signals);
  });
});
