/**
 * Routine store questions wrapped in life context or thanks, answered rather than declined:
 * - the question a message turns to (想问下…, 係喎…, "quick question, …", 不怪你们 …) after thanks for a problem already
 *   solved, a parcel that is not urgent, a pet that broke the thing (turned-question.ts);
 * - a question asked of a supposition (假设/万一/如果 …): the supposition is no topic (supposition.ts);
 * - a letter in the formal register (敬啟者：本人欲…之…，煩請告知辦理方法) read in everyday words (formal-chinese.ts), its
 *   電郵地址 the account's mailbox (chinese-vocabulary.ts);
 * - a promo code a blogger posted on a platform is the store's code (other-company.ts).
 * Near each, the message whose question is the story's own matter or another company's, still not answered.
 */
import type { KnowledgeService } from '../../../knowledge';
import { demoKnowledge } from '../../support/demo-knowledge';
import { askKnowledge, knowledgeOutcome } from '../../support/knowledge-turn';

let demo: KnowledgeService;
beforeAll(async () => {
  demo = await demoKnowledge();
});

const outcome = (text: string) => knowledgeOutcome(askKnowledge(demo, text));

describe('the question a message turns to is answered, whatever was told before it', () => {
  test.each([
    ['上次换货的事你们已经帮我处理好了 谢谢 想问下积分怎么用', 'loyalty-program-zh'],
    ['上次退款嘅事已經搞掂咗 多謝晒 想問下積分點樣用', 'loyalty-program-zh'],
    ['Thanks for sorting out my refund last week! Quick question, how do I use my points?', 'loyalty-program-en'],
    ['不急 就问问我的包裹到哪了', 'orders-track-zh'],
    ['家里的猫把你们的杯子打碎了 不怪你们 同款还有货吗', 'product-availability-zh'],
    ['我家狗把你们的台灯咬坏了 不怪你们 同款还有货吗', 'product-availability-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  test.each([
    // The question after the marker asks the story's own dispute, or another company's thing.
    '邻居太吵了 想问下怎么投诉',
    '上次你们帮我退了 谢谢 想问下淘宝怎么退款',
    'thanks for the help earlier. quick question, how do I cancel netflix?',
  ])('%s is not answered', (text) => {
    expect(outcome(text).answered).toBeUndefined();
  });
});

describe('a question asked of a supposition is answered', () => {
  // The condition (我想退货) says what would happen; the main clause asks (退款几天到账).
  test.each([
    ['假设我现在申请退货 退款要多久到账', 'refunds-timing-zh'],
    ['要是我想退货，退款几天到账', 'refunds-timing-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });
});

describe('a letter in the formal register is read in everyday words', () => {
  test.each([
    ['敬啟者：本人欲更改帳戶登記之電郵地址，煩請告知辦理方法。', 'account-change-email-zh'],
    ['我想更改帳戶登記的電郵地址，請問怎麼辦理', 'account-change-email-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });
});

describe("a promo code a blogger posted on a platform is the store's code", () => {
  test('小红书上博主发的优惠码 还能用吗', () => {
    expect(outcome('小红书上博主发的优惠码 还能用吗').answered).toBe('payments-promo-codes-zh');
  });

  test("a platform's own service stays the platform's", () => {
    expect(outcome('博主晒了个优惠码 小红书客服电话多少').answered).toBeUndefined();
  });
});

describe('another party named only in the story before the question turned to is not what is asked', () => {
  test.each([
    ['got a parking ticket waiting for the courier ugh. anyway how do i track the parcel so i know when to be in', 'orders-track-en'],
    ['amazon lost my parcel again so annoying. anyway, how do i track my order with you', 'orders-track-en'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  test('the question turned to still asks about the other company', () => {
    expect(outcome('love your shop. anyway, how do I cancel netflix?').answered).toBeUndefined();
  });
});

describe('small talk before the turn is no topic, however well the whole message matched', () => {
  test.each([
    ['你是機器人嗎 哈哈 好啦 怎麼換email', 'account-change-email-zh'],
    ['are you a bot lol. anyway how do i change my email', 'account-change-email-en'],
    ['你是真人吗 算了 退款要几天', 'refunds-timing-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  test('a question about reaching a person, with no turn, is still answered by its article', () => {
    expect(outcome('is this a real person replying or a bot').answered).toBe('support-human-en');
  });
});

describe('the turns a vent is set aside with turn to a question too (one vocabulary, turn-words.ts)', () => {
  test.each([
    ['上次的退款你们处理得很快 谢谢 言归正传 积分怎么用', 'loyalty-program-zh'],
    ['上次退款好快 多謝 講返正經 積分點用', 'loyalty-program-zh'],
    ['thanks so much for sorting my refund last week! moving on, how do i use my points', 'loyalty-program-en'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });
});

describe("the customer's life told before a question asked by a question word: the story is context", () => {
  // The exam, the need, a bad day are the story; the clause asked by a question word (几天能到, 什么) is the question,
  // however few characters it has.
  test.each([
    ['在备考法考 急需这本书 几天能到', 'shipping-times-zh'],
    ['我在准备雅思 急需这本词汇书 几天能到', 'shipping-times-zh'],
    ['今天考试考砸了 买点东西安慰自己 都能用什么付款', 'payments-methods-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  test('a question word the articles answer only among others (幾天會到): offered, not declined', () => {
    const { answered, offered } = outcome('準備律師考試 急需這本書 幾天會到');
    expect(answered ?? offered[0]).toBe('shipping-times-zh');
  });

  test.each([
    // The personal matter itself is asked.
    '考试考砸了怎么办',
    "I'm studying law, what's the best textbook?",
  ])('%s is not answered', (text) => {
    expect(outcome(text).answered).toBeUndefined();
  });
});

describe('another party named only as the reason for what the customer does is not what is asked', () => {
  test.each([
    ["my electric bill was crazy this month so i'm returning the heater, it's unused. how do i return it", 'returns-start-en'],
    ["my gas bill doubled this winter so i'm sending back the fan heater, never used. how do i return it", 'returns-start-en'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  test.each([
    // The party's thing is what is asked, or what is done to it ("cancelling it").
    'my electric bill is crazy, how do I lower it',
    'my electric bill is crazy so how do I lower it',
    'because my phone bill is crazy high, how do i dispute it',
    "my netflix subscription went up so i'm cancelling it, how do i cancel",
    '邻居太吵了 想问下怎么投诉',
    '邻居太吵了 所以我要投诉 怎么投诉',
    '我的电费太高了 所以想问问怎么省电',
    '淘宝发货太慢了 所以想问淘宝怎么退款',
  ])('%s is not answered', (text) => {
    expect(outcome(text).answered).toBeUndefined();
  });
});
