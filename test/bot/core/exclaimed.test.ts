/**
 * A feeling exclaimed about a thing's pace or trouble (快递怎么这么慢, 點解寄咁耐, "why is delivery so slow") beside a
 * clause that asks something else is the customer's feeling, not the question: the question is answered, the thing the
 * feeling is about kept as its topic (exclaimed.ts, knowledge-lookup.ts). Alone, slowness exclaimed asks how long the
 * thing takes, and the thing decides the article: a refund's timing, not a late parcel.
 */
import { textForMatching } from '../../../bot/core/customer-language';
import { exclaimsSlowness, withoutExclaimed } from '../../../bot/core/exclaimed';
import type { TurnResult } from '../../../bot/core/turn';
import type { KnowledgeService } from '../../../knowledge';
import { demoKnowledge } from '../../support/demo-knowledge';
import { askKnowledge, knowledgeOutcome } from '../../support/knowledge-turn';

let demo: KnowledgeService;
beforeAll(async () => {
  demo = await demoKnowledge();
});

const ask = (text: string): TurnResult => askKnowledge(demo, text);
const answered = (turn: TurnResult) => knowledgeOutcome(turn).answered;
const offered = (turn: TurnResult) => knowledgeOutcome(turn).offered;

/** Answered with the article, or offered it among the choices. */
const serves = (turn: TurnResult, articleId: string) => answered(turn) === articleId || (answered(turn) === undefined && offered(turn).includes(articleId));

const asks = (clause: string) => /[?？]|吗|几|多久|什么|how|when|what/i.test(textForMatching(clause));

describe('the exclamation beside a question is left out of what is searched, the thing it is about kept', () => {
  test.each([
    ['唉 快递怎么这么慢 一般几天到', 'zh', '快递', '怎么这么慢'],
    ['退款怎么这么慢 一般几天到账', 'zh', '退款', '怎么这么慢'],
    ['唉 點解寄咁耐 一般要幾多日', 'zh', '寄', '这么久'],
    ['你們出貨也太慢了 一般要幾天', 'zh', '发货', '太慢'],
    ['why is delivery so slow? how long does it usually take', 'en', 'delivery', 'so slow'],
    ['ugh checkout is so complicated, how do i place an order', 'en', 'checkout', 'so complicated'],
  ] as const)('%s', (text, lang, kept, left) => {
    const searched = withoutExclaimed(text, lang, asks);
    expect(searched).toContain(kept);
    expect(searched).not.toContain(left);
  });

  test.each([
    // Alone, the exclamation is the question.
    ['快递怎么这么慢', 'zh'],
    ['why is my parcel taking so long', 'en'],
    // A length of time said without "how come" is no feeling (用了这么久 "used it this long").
    ['用了这么久还很好 怎么保修', 'zh'],
    // Nothing else asks.
    ['退款怎么这么慢 气死了', 'zh'],
  ] as const)('left as typed: %s', (text, lang) => {
    expect(withoutExclaimed(text, lang, asks)).toBe(text);
  });

  test('takes linear time on long text', () => {
    const text = `${'why is '.repeat(600)}so slow, how long`;
    const started = performance.now();
    withoutExclaimed(text, 'en', asks);
    withoutExclaimed('怎么这么'.repeat(1000) + ' 几天', 'zh', asks);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('slowness exclaimed', () => {
  test.each([
    ['退款怎么这么慢', 'zh', true],
    ['退款为什么这么久', 'zh', true],
    ['why is my refund so slow', 'en', true],
    ['the refund is taking forever', 'en', true],
    ['用了这么久还很好', 'zh', false],
    ['slow cooker', 'en', false],
  ] as const)('%s → %s', (text, lang, slow) => {
    expect(exclaimsSlowness(text, lang)).toBe(slow);
  });
});

describe('the demo store: the question beside the feeling is answered', () => {
  test.each([
    ['唉 快递怎么这么慢 一般几天到', 'shipping-times-zh'],
    ['退款怎么这么慢 一般几天到账', 'refunds-timing-zh'],
    ['唉 點解寄咁耐 一般要幾多日', 'shipping-times-zh'],
    ['why is delivery so slow? how long does it usually take', 'shipping-times-en'],
    ['returns are such a hassle, is return shipping at least free?', 'returns-shipping-cost-en'],
  ])('%s → %s', (text, articleId) => {
    const turn = ask(text);
    expect(serves(turn, articleId)).toBe(true);
    // The exclamation's own article is not the answer.
    expect(answered(turn)).not.toBe('shipping-delayed-zh');
    expect(answered(turn)).not.toBe('shipping-delayed-en');
  });
});

describe('the demo store: slowness alone is about the thing that is slow', () => {
  test.each([
    ['退款怎么这么慢', 'refunds-timing-zh'],
    ['退款點解咁慢', 'refunds-timing-zh'],
    ['why is my refund so slow', 'refunds-timing-en'],
  ])('%s → %s, not a late parcel', (text, articleId) => {
    const turn = ask(text);
    expect(serves(turn, articleId)).toBe(true);
    expect(answered(turn) ?? '').not.toMatch(/^shipping-delayed|^refunds-partial/);
  });

  test.each([
    ['快递怎么这么慢', 'shipping-delayed-zh'],
    ['why is my parcel taking so long', 'shipping-delayed-en'],
  ])('a slow parcel is still a late parcel: %s → %s', (text, articleId) => {
    expect(answered(ask(text))).toBe(articleId);
  });
});
