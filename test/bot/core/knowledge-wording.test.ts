/**
 * The demo store asked in shoppers' words no article writes, in English, simplified and traditional Chinese (Taiwan
 * and Hong Kong): a returning customer asks about the loyalty scheme (老客户, 熟客, "loyal customers"), a count of 点 is
 * a balance of points, a payment brand in a payment that failed is only what was paid with, cancelling a subscription
 * is unsubscribing, cash on delivery is a way to pay, a refund shown done with the money not there is the refund's
 * status, a place named as where a parcel goes is shipping abroad, a place a parcel waits on its way is a parcel
 * in transit, and a delivery time asked for is a shipping option. Each is served: answered with the article, or offered it among the
 * choices; none is answered with another article.
 */
import type { KnowledgeService } from '../../../knowledge';
import { demoKnowledge } from '../../support/demo-knowledge';
import { askKnowledge, knowledgeOutcome } from '../../support/knowledge-turn';

let demo: KnowledgeService;
beforeAll(async () => {
  demo = await demoKnowledge();
});

const outcome = (text: string) => knowledgeOutcome(askKnowledge(demo, text));

function expectServed(text: string, articleId: string): void {
  const { answered, offered } = outcome(text);
  if (answered !== undefined) expect(answered).toBe(articleId);
  else expect(offered).toContain(articleId);
}

describe('a returning customer asks about the loyalty scheme', () => {
  test.each([
    ['any discounts for loyal customers?', 'loyalty-program-en'],
    ['老顾客有没有什么福利', 'loyalty-program-zh'],
    ['常客有没有折扣', 'loyalty-program-zh'],
    ['vip有啥特权', 'loyalty-program-zh'],
    ['老客戶有什麼優惠嗎', 'loyalty-program-zh'],
    ['熟客有冇折', 'loyalty-program-zh'],
    ['回頭客有折扣嗎', 'loyalty-program-zh'],
  ])('%s → %s', (text, articleId) => {
    expectServed(text, articleId);
  });
});

describe('a count of 点 or 分 in the hundreds or more is a balance of points', () => {
  test.each([
    ['两千点能换什么', 'loyalty-program-zh'],
    ['我有兩千點可以折多少', 'loyalty-program-zh'],
    ['我儲咗三千分 可以換啲咩', 'loyalty-program-zh'],
  ])('%s → %s', (text, articleId) => {
    expectServed(text, articleId);
  });
});

describe('a payment brand in a payment that failed: the failure is the question', () => {
  test.each([
    ['支付宝付款失败', 'payments-failed-zh'],
    ['Apple Pay一直付款失敗', 'payments-failed-zh'],
    ['用八達通俾錢唔成功', 'payments-failed-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  test.each([['可以用支付宝吗'], ['可唔可以用八達通俾錢']])('asking whether it is taken is still the ways to pay: %s', (text) => {
    expect(outcome(text).answered).toBe('payments-methods-zh');
  });
});

describe('a refund shown done with the money not there is about the refund, not a parcel marked as delivered', () => {
  test.each([
    ['退款显示已退款 但钱一直没到账', 'refunds-status-zh'],
    ['顯示退款成功 可是錢還沒入帳', 'refunds-status-zh'],
    ['退咗款 但係我張卡冇收到錢', 'refunds-status-zh'],
    ['the app says refunded but the money is not in my account', 'refunds-status-en'],
  ])('%s → %s', (text, articleId) => {
    expectServed(text, articleId);
    expect(outcome(text).answered ?? '').not.toMatch(/^shipping-marked-delivered/);
  });
});

describe('cancelling a subscription is unsubscribing, not cancelling an order', () => {
  test.each([
    ['how do i cancel my subscription', 'account-newsletter-en'],
    ['我要取消订阅', 'account-newsletter-zh'],
    ['點樣取消訂閱', 'account-newsletter-zh'],
  ])('%s → %s', (text, articleId) => {
    expectServed(text, articleId);
    expect(outcome(text).answered).not.toMatch(/^orders-cancel/);
  });

  test.each([['stop my order please', 'orders-cancel-en'], ['how do i cancel my order', 'orders-cancel-en']])('an order is still cancelled: %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });
});

describe('cash on delivery is a way to pay', () => {
  test.each([
    ['do you do COD', 'payments-methods-en'],
    ['COD available?', 'payments-methods-en'],
  ])('%s → %s', (text, articleId) => {
    expectServed(text, articleId);
  });
});

describe('a place named as where a parcel goes is shipping abroad; where the customer lives is not', () => {
  test.each([
    ['how much to ship to france', 'shipping-international-en'],
    ['shipping cost to the uk?', 'shipping-international-en'],
    ['how long does delivery to spain take', 'shipping-international-en'],
  ])('%s → %s', (text, articleId) => {
    expectServed(text, articleId);
    expect(outcome(text).answered ?? '').not.toMatch(/^shipping-(?:costs|times)/);
  });

  test.each([
    ['i live in australia, how long does delivery take', 'shipping-times-en'],
    ['how much is shipping', 'shipping-costs-en'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });
});

describe('a parcel waiting at a depot, a hub or customs is a parcel in transit, not out of scope', () => {
  test.each([
    ['my parcel has been stuck at the sorting facility for 6 days', 'shipping-delayed-en'],
    ['包裹卡在分拣中心三天了', 'shipping-delayed-zh'],
    ['快递在中转站卡了三天', 'shipping-delayed-zh'],
    ['包裹停在轉運中心好幾天', 'shipping-delayed-zh'],
  ])('%s → %s', (text, articleId) => {
    expectServed(text, articleId);
  });
});

describe('a delivery time asked for is a shipping option (the article says none can be booked, and what to do instead)', () => {
  test.each([
    ['我是护士上夜班 白天收不了 能指定时间送吗', 'shipping-options-zh'],
    ['上班時間唔定 可唔可以約夜晚送貨', 'shipping-options-zh'],
    ['can I pick a delivery time slot? I work nights', 'shipping-options-en'],
  ])('%s → %s', (text, articleId) => {
    expectServed(text, articleId);
  });
});

describe('a question asked in words the articles lacked (ids unchanged)', () => {
  test.each([
    ['What return options are there?', 'returns-start-en'],
    ['I was in an accident last year and still use a walking stick, so I can\'t carry the parcel to the post office. What return options are there?', 'returns-start-en'],
    ['都能用什么付款', 'payments-methods-zh'],
    ['都可以用咩方式俾錢', 'payments-methods-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });
});
