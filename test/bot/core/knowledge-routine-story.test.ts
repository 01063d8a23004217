/**
 * Routine questions told with a story, or in words the articles did not have, in English, simplified and traditional
 * Chinese (Taiwan and Hong Kong): praise and suggestions are feedback, a large quantity asked after is stock, same-day
 * delivery is a shipping option, a short question is read with the state told just before it (未拆 退得嗎), a question
 * naming its thing is read after a story however short (庫存夠嗎), a sign-in that fails told with a complement of
 * direction (登不上了) is a locked account, a day asked of an order not yet placed is how long delivery takes, "24/7" is
 * no count of items, and the hours of a person to talk to are asked of the article about reaching one. Each is served:
 * answered with the article, or offered it among the choices. Guards: what must stay as it was.
 */
import type { KnowledgeService } from '../../../knowledge';
import { demoKnowledge } from '../../support/demo-knowledge';
import { askKnowledge, knowledgeOutcome } from '../../support/knowledge-turn';

let demo: KnowledgeService;
beforeAll(async () => {
  demo = await demoKnowledge();
});

const outcome = (text: string) => knowledgeOutcome(askKnowledge(demo, text));

function expectServed(text: string, articleIds: string): void {
  const wanted = articleIds.split('|');
  const { answered, offered } = outcome(text);
  if (answered !== undefined) expect(wanted).toContain(answered);
  else expect(offered.some((id) => wanted.includes(id))).toBe(true);
}

describe('a routine question told with a story or in words no article has is served', () => {
  // [customer says, article(s) served]
  test.each([
    // Praise and suggestions: feedback.
    ['上次那个客服小姐姐特别耐心 想夸夸她 去哪里说', 'feedback-share-zh'],
    ['送貨師傅好細心 想讚下佢 邊度可以留言', 'feedback-share-zh'],
    // A large quantity: stock; a question naming its thing is read after a story, however short.
    ['公司活动要订120个水杯，库存够不够', 'product-availability-zh'],
    ['年會要買150份禮物 你哋庫存夠唔夠', 'product-availability-zh'],
    ['學校運動會要買80個水壺，庫存夠嗎', 'product-availability-zh'],
    // Same-day delivery (即日送): a shipping option.
    ['有冇即日送', 'shipping-options-zh'],
    ['活動要用 有冇即日送', 'shipping-options-zh'],
    // A short question read with the state told before it.
    ['同一件衫買重咗 未拆 退得嗎', 'returns-start-zh'],
    // "24/7" is no count of items.
    ['can i chat to a real person 24/7 or only in the daytime', 'support-human-en|store-hours-contact-en'],
    // Other wordings.
    ['I work nights so I cannot sign for it, can you leave the parcel without a signature', 'shipping-options-en'],
    ['Is there a discount for first time customers?', 'account-newsletter-en'],
    ['oops I ordered the same thing twice by accident', 'orders-cancel-en'],
    ['不小心重複下單了 同一件買了兩次', 'orders-cancel-zh'],
    ['下錯咗兩張一樣嘅單', 'orders-cancel-zh'],
  ])('%s → %s', (text, articleIds) => {
    expectServed(text, articleIds);
  });

  // [customer says, article answered]: answered, not only offered among others.
  test.each([
    ['人工客服每天几点下班', 'support-human-zh'],
    ['my street name is wrong on the order, how do i change it', 'shipping-address-change-en'],
    ['我把收件人的名字写错了 能改吗', 'shipping-address-change-zh'],
    ['收件人电话填错了 能改吗', 'shipping-address-change-zh'],
    ['外套买重了 未拆 退得吗', 'returns-start-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });
});

describe('guards: what stays as it was', () => {
  // [customer says, article(s) served]: served before, still served.
  test.each([
    ['你們的包裝做得好用心 想留個好評 喺邊度寫', 'feedback-share-zh'],
    ['the driver was lovely and carried it upstairs for my nan, where do i leave a compliment', 'feedback-share-en'],
    ['we need 80 mugs for a staff event, do you have enough in stock', 'product-availability-en'],
    ['婚禮要用 下週一之前要到 有冇加急', 'shipping-options-zh'],
    ['買咗對鞋俾阿媽 佢話唔啱 未拆 退得嗎', 'returns-start-zh'],
    ['改了密码以后 一直登不上去', 'account-locked-zh|account-reset-password-zh'],
    ['it is for a party on sat, will it get here by thursday if i order today', 'shipping-times-en'],
    ['do new customers get a discount on their first order', 'account-newsletter-en'],
    ['I typed my old flat number by mistake lol, can I fix the address', 'shipping-address-change-en'],
  ])('%s → %s', (text, articleIds) => {
    expectServed(text, articleIds);
  });

  // [customer says, article answered]
  test.each([
    ['我的密碼試了好多次都不對 現在帳號被鎖了', 'account-locked-zh'],
    ['客服几点上班', 'store-hours-contact-zh'],
    ['客服周末上班嗎', 'store-hours-contact-zh'],
    ['耳机拆封了还能退吗', 'returns-non-returnable-zh'],
    ['化妝品拆咗可以退嗎', 'returns-non-returnable-zh'],
    ['checkout said it would arrive by friday, it\'s monday now', 'shipping-delayed-en'],
    ['ordered 4 chairs, only 3 came', 'orders-missing-items-en'],
    ['How do I use a promo code?', 'payments-promo-codes-en'],
    ['扣了我两次钱', 'payments-double-charge-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  // [customer says]: out of scope stays declined.
  test.each([['洗衣机怎么安装'], ['明天会下雨吗'], ['你是机器人吗'], ['推薦一部筆記型電腦'], ['what is 12 times 7']])('%s → declined', (text) => {
    const { answered, offered } = outcome(text);
    expect(answered).toBeUndefined();
    expect(offered).toEqual([]);
  });
});
