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

  test('well under a millisecond per message', () => {
    const messages = [
      'My order never arrived and nobody answers!!! I want to talk to a human',
      '酒店位置不错，但是房间太小，隔音很差，早餐也一般，花了两千块，不会再来了。',
      'I paid $1,299.99 for a laptop that stopped working after two days, this is unacceptable',
    ];
    for (const m of messages) analyzeMessage(m); // warm up
    const rounds = 300;
    const started = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) for (const m of messages) analyzeMessage(m);
    const perMessageMs = Number(process.hrtime.bigint() - started) / 1e6 / (rounds * messages.length);
    expect(perMessageMs).toBeLessThan(1);
  });
});
