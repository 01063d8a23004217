/**
 * How to work a device, asked of the shop, is declined (product-how-to.ts): 路由器怎么设置 is the maker's manual, though
 * the store's restock alert is set up too (到货提醒怎么设置). The store's own settings, a device's problem and a store
 * verb with a device stay the store's.
 */
import { asksDeviceHowTo, asksDeviceHowToEn } from '../../../bot/core/product-how-to';
import { textForMatching } from '../../../bot/core/customer-language';
import type { KnowledgeService } from '../../../knowledge';
import { demoKnowledge } from '../../support/demo-knowledge';
import { askKnowledge, knowledgeOutcome } from '../../support/knowledge-turn';

let demo: KnowledgeService;
beforeAll(async () => {
  demo = await demoKnowledge();
});

describe('how to work a device is declined', () => {
  // [customer says]
  test.each([
    ['路由器怎么设置'],
    ['我的蓝牙耳机怎么配对'],
    ['这台打印机如何安装'],
    ['電飯煲點樣用'],
    ['新買的吸塵器要怎麼組裝？'],
    ['手机怎么设置'],
  ])('%s → declined', (text) => {
    expect(asksDeviceHowTo(textForMatching(text))).toBe(true);
    const { answered, offered, rule } = knowledgeOutcome(askKnowledge(demo, text));
    expect([answered, offered, rule]).toEqual([undefined, [], 'out-of-scope']);
  });
});

describe('the store’s own settings, and a device’s problem or return, stay the store’s', () => {
  // [customer says, article answered]
  test.each([
    ['到货提醒怎么设置', 'product-availability-zh'],
    ['優惠碼點樣用', 'payments-promo-codes-zh'],
    ['礼品卡怎么用', 'payments-gift-cards-zh'],
    ['洗衣机怎么退货', 'returns-start-zh'],
    ['买的路由器坏了怎么办', 'shipping-damaged-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(asksDeviceHowTo(textForMatching(text))).toBe(false);
    expect(knowledgeOutcome(askKnowledge(demo, text)).answered).toBe(articleId);
  });
});

describe('English: how to pair, connect or set up a device; not the store’s own things', () => {
  test.each([
    ['how do I pair my headphones', true],
    ['how to pair earbuds with iphone', true],
    ['how do i connect my bluetooth speaker to my phone', true],
    ['how do I set up my new router', true],
    ['how do i set up an account', false],
    ['how do i connect my paypal', false],
    ['how do i install your app', false],
    ['how do i use my gift card', false],
    ['how do i reset my password', false],
    ['my headphones wont pair', false],
  ])('%s → %s', (text, device) => {
    expect(asksDeviceHowToEn(text)).toBe(device);
  });
});
