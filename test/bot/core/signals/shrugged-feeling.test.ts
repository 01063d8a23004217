/**
 * A feeling laughed off, or told as the customer's own state of mind, beside a plain matter in which nothing failed
 * (shrugged-feeling.ts), through analyzeMessage as the engine calls it (Chinese folded to simplified first): no longer a
 * strong emotion. The same words at the shop, beside a failure, pressed, or as the whole message stay strong.
 */
import { analyzeMessage } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

const strong = (text: string, lang: 'en' | 'zh') =>
  analyzeMessage(lang === 'zh' ? foldChinese(text) : text, { lang, clock: () => 0 }).emotion.strong;

describe('a feeling shrugged off beside a plain matter is no strong emotion', () => {
  test.each([
    // Laughed off beside a question or a need.
    ['买完第二天就降价 太坑了哈哈 能补差价吗', 'zh'],
    ['買完第二天就降價 太坑了哈哈 能補差價嗎', 'zh'],
    ['刚下单就打折了 太坑了哈哈哈 想申请价保', 'zh'],
    // The customer's own state of mind, thrown by a price that fell.
    ['买完第二天就降价了，心态炸了', 'zh'],
    ['買完第二天就降價了，心態炸了', 'zh'],
    ['啱買完就減價，心態爆咗', 'zh'],
    // The weather's figure and a way of delivering asked for (hyperbole.ts), in traditional script.
    ['熱死了，快遞能不能別放門口', 'zh'],
  ] as const)('%s (%s)', (text, lang) => expect(strong(text, lang)).toBe(false));

  test.each([
    // The shop addressed, a failure felt, pressed, a swear, or the feeling as the whole message.
    ['你们也太坑了吧 买完就降价 必须补差价', 'zh'],
    ['你們也太坑了 買完就降價 哈哈', 'zh'],
    ['心态炸了 等了一个月还没发货', 'zh'],
    ['心態崩了', 'zh'],
    ['气死我了 刚买就降价 可以退差价吗', 'zh'],
    ['太坑了哈哈 为什么刚买就降价？？', 'zh'],
    // The store's service as the matter laughed at.
    ['快递太坑了哈哈 能改地址吗', 'zh'],
    ['you people are a joke lol where\'s my refund', 'en'],
    ["I'm so frustrated I could scream", 'en'],
    ['this is f***ing ridiculous, where is my order', 'en'],
    ['wtf is going on with my refund, 3 weeks and nothing', 'en'],
    ['你们还好意思让我等', 'zh'],
    ['我真的忍无可忍了', 'zh'],
    ['氣到發抖', 'zh'],
    ['太離譜了吧 這種服務', 'zh'],
  ] as const)('%s (%s) → still strong', (text, lang) => expect(strong(text, lang)).toBe(true));
});

describe('a failure told of the world (the stock market), not of the store, leaves the customer’s own state shrugged', () => {
  test.each([
    ['股票又跌了 心态崩了 有没有优惠券', 'zh'],
    ['股票又跌了 心態崩了 有沒有折扣碼', 'zh'],
    ['股市又崩了 心态炸了 有没有满减券', 'zh'],
  ] as const)('%s (%s)', (text, lang) => expect(strong(text, lang)).toBe(false));
  test.each([
    // Told again of the store's own order.
    ['订单又延误了 心态崩了 有没有优惠券', 'zh'],
    ['訂單又延誤了 心態崩了 有沒有優惠券', 'zh'],
  ] as const)('%s (%s) → strong', (text, lang) => expect(strong(text, lang)).toBe(true));
});
