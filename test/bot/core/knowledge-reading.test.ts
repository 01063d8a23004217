/**
 * Store questions the demo store answers once who did what, and what the question is about, is read:
 * - the customer's own wrong choice of size or colour is an exchange, not a wrong item the store sent (problem-shape.ts);
 * - a purchase, then where it or they are, is tracking the order; buying one more is placing an order;
 * - delight at speed (太快到了吧, "that was fast") is a feeling, not a parcel marked delivered (exclaimed.ts);
 * - another shop's story, then a question of how this store does a thing (之前在别家买的电视碎了 你们大件怎么包装的), whether
 *   it offers a thing (你们家支持七天无理由退货吗), or the same thing asked back (淘宝退款好快 你们一般要多久, 你们这边呢), is
 *   this store's question (knowledge-lookup.ts), while a request that this store act on the other shop's thing stays declined;
 * - goods that leaked or got soaked on the way are damaged in transit, a refund not arrived is the refund, a size too big
 *   or too small an exchange (chinese-concepts.ts, the demo store's synonyms);
 * - a feeling or an occasion told before a question (今日好開心 想買部平板獎勵自己 …) is no topic: the question is answered;
 *   a story that tells the knowledge base nothing (好紧张啊, 这个月房贷压力好大, another shop's fake) does not get the
 *   question declined as out of scope, while a question asking the story's own matter (邻居太吵了 怎么投诉) stays declined;
 * - a shop offline (线下门店, 實體門店) is a bricks-and-mortar shop (chinese-vocabulary.ts), and
 *   是怎么回事 asks as 怎么 does (tokenize.ts).
 */
import type { KnowledgeService } from '../../../knowledge';
import { demoKnowledge } from '../../support/demo-knowledge';
import { askKnowledge, knowledgeOutcome } from '../../support/knowledge-turn';

let demo: KnowledgeService;
beforeAll(async () => {
  demo = await demoKnowledge();
});

const outcome = (text: string) => knowledgeOutcome(askKnowledge(demo, text));

/** Answered with the article, or offered it first among the choices. */
function expectServedFirst(text: string, articleId: string): void {
  const { answered, offered } = outcome(text);
  if (answered !== undefined) expect(answered).toBe(articleId);
  else expect(offered[0]).toBe(articleId);
}

describe("the customer's own wrong choice of size or colour is an exchange, not a wrong item received", () => {
  test.each([
    ['i ordered the wrong size by mistake', 'returns-exchange-en'],
    ['I bought the wrong colour, silly me', 'returns-exchange-en'],
    ['尺码买错了', 'returns-exchange-zh'],
    ['颜色拍错了怎么办', 'returns-exchange-zh'],
    ['尺寸買錯了', 'returns-exchange-zh'],
    ['我揀錯咗尺碼', 'returns-exchange-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  test.each([
    // The store's wrong choice stays a wrong item.
    ['you sent me the wrong size', 'orders-wrong-item-en'],
    ['你们发错尺码了', 'orders-wrong-item-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  test.each([
    // Before it ships, the order is changed: nothing is added to the words the customer wrote.
    ['刚下单 尺码选错了 能改吗', 'orders-change-zh'],
    ['I ordered the wrong size by mistake, can I change it before it ships?', 'orders-change-en'],
  ])('%s → %s', (text, articleId) => {
    expectServedFirst(text, articleId);
  });
});

describe('a purchase, then where it is, is tracking; buying one more is placing an order', () => {
  test.each([
    ['bought shoes last week and still nothing, how do i see where they are 📦', 'orders-track-en'],
    ['ordered a lamp on friday, how can i find out where it is', 'orders-track-en'],
    ['wow that was fast, can i order another one', 'orders-place-en'],
    ['靠 也太快到了吧 可以再訂一個嗎', 'orders-place-zh'],
    ['这么快就收到了 想再买两件', 'orders-place-zh'],
    ['好快就到咗 想再訂多一個', 'orders-place-zh'],
  ])('%s → %s', (text, articleId) => {
    expectServedFirst(text, articleId);
  });
});

describe("another shop's story, then how this store does a thing, is this store's question", () => {
  test.each([
    ['之前在别家买电视碎了 你们大件怎么包装的 配送方式有哪些', 'shipping-options-zh'],
    ['在別家買的衣服退不了 你們退貨要多久', 'returns-window-zh'],
  ])('%s → %s', (text, articleId) => {
    const { answered, offered, rule } = outcome(text);
    expect(rule).not.toMatch(/another company/);
    expect([answered, ...offered]).toContain(articleId);
  });

  test.each([
    // Whether this store offers a thing, asked yes or no: the store's own service.
    ['上次在别的店买到假货 心有余悸 你们家支持七天无理由退货吗', 'returns-window-zh'],
    ['another shop lets me pay in four with klarna, do you offer anything like that?', 'payments-installments-en'],
    // The same thing asked back of this store with no word of what it is: the other shop's clause names it.
    ['唯品会退款当天就到账 你们这边呢', 'refunds-timing-zh'],
    ['淘寶退款好快 你們一般要多久', 'refunds-timing-zh'],
    ['ebay refunds me the same day, how long do yours take?', 'refunds-timing-en'],
  ])('%s → %s', (text, articleId) => {
    const { answered, offered, rule } = outcome(text);
    expect(rule).not.toMatch(/another company/);
    expect(answered ?? offered[0]).toBe(articleId);
  });

  test.each([
    // Asked to act on the other shop's thing: still the other shop's.
    ['在别家买的东西坏了 你们能修吗'],
  ])('%s is declined', (text) => {
    expect(outcome(text).rule).toMatch(/another company/);
  });
});

describe('goods that leaked or got soaked on the way are damaged in transit', () => {
  test.each([
    ['a bottle of oil leaked in the parcel and got all over everything', 'shipping-damaged-en'],
    ['the box was left in the rain and everything in it is drenched', 'shipping-damaged-en'],
    ['收到的酱油漏了 整个箱子都是', 'shipping-damaged-zh'],
    ['快递被雨淋湿了 里面的书都湿透了', 'shipping-damaged-zh'],
    ['啲洗頭水漏晒出嚟 成個箱濕晒', 'shipping-damaged-zh'],
    ['包裹到的時候已經泡水了 盒子都軟了', 'shipping-damaged-zh'],
  ])('%s → %s', (text, articleId) => {
    expectServedFirst(text, articleId);
  });

  test.each([
    // Something left out of the parcel is a missing item.
    ['包裹里漏了一件', 'orders-missing-items-zh'],
  ])('%s → %s', (text, articleId) => {
    expectServedFirst(text, articleId);
  });
});

describe('a refund not arrived is the refund, not a late parcel; a size too big or small is an exchange', () => {
  test.each([
    ['退款怎么还没到', ['refunds-timing-zh', 'refunds-status-zh']],
    ['退款到而家都未到 係咪有問題', ['refunds-timing-zh', 'refunds-status-zh']],
    ['件衫太大', ['returns-exchange-zh']],
    ['件外套太細', ['returns-exchange-zh']],
    ['褲子太長了', ['returns-exchange-zh']],
  ])('%s → %s', (text, articleIds) => {
    const { answered, offered } = outcome(text);
    expect(articleIds).toContain(answered ?? offered[0]);
  });
});

describe('a feeling or an occasion before the question tells nothing: the question is answered', () => {
  test.each([
    ['今日考完試好開心 想買部平板獎勵自己 可唔可以用八達通俾錢', 'payments-methods-zh'],
    ['我哋一家喺你哋度買咗好多年 有冇咩會員優惠', 'loyalty-program-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  test.each([
    // A question about the story's own thing ("stop it") is no question of the store's.
    'my cat keeps scratching the sofa, how do i stop it',
  ])('%s is not answered', (text) => {
    expect(outcome(text).answered).toBeUndefined();
  });
});

describe('a story that tells the knowledge base nothing, then the store question: the question is not declined for the story', () => {
  test.each([
    // A feeling or who the gift is for, read by the scope gate as the message's subject: the question is asked without it.
    ['好紧张啊 给女朋友买的生日礼物 后天能到吗', 'shipping-times-zh'],
    ['好緊張呀 買咗份禮物俾細佬 星期六前到唔到', 'shipping-times-zh'],
    // A personal matter in the story (a mortgage), not in the question (coupons).
    ['这个月房贷车贷压力好大 能不能用优惠码', 'payments-promo-codes-zh'],
    // Another shop in the story, then a question turned to this store that names no other party.
    ['上个月在别家买到山寨货 现在还很怕 你们这里能七天无理由退货吗', 'returns-window-zh'],
    ['之前在別的網站買到仿冒品 很怕 你們這可以七天無理由退貨嗎', 'returns-window-zh'],
  ])('%s → %s', (text, articleId) => {
    const { answered, offered, rule } = outcome(text);
    expect(rule).not.toMatch(/out-of-scope/);
    expect([answered, ...offered]).toContain(articleId);
  });

  test.each([
    // The question asks the story's dispute (投诉 whom? the neighbour), or another company's thing not asked of this store.
    '邻居太吵了 怎么投诉',
    '楼上天天装修 吵死了 可以投诉吗',
    '我在淘宝买的 怎么退款',
    // Personal advice: nothing of the store's is asked.
    '男朋友忘记我生日了 我要不要跟他分手',
    'my boyfriend forgot my birthday, should I break up with him',
  ])('%s is not answered', (text) => {
    expect(outcome(text).answered).toBeUndefined();
  });
});

describe('a shop offline is a bricks-and-mortar shop; 是怎么回事 asks as 怎么 does', () => {
  test.each([
    ['你们有线下门店吗 想去看看实物', 'store-hours-contact-zh'],
    ['你們有實體門店嗎', 'store-hours-contact-zh'],
    ['付款一直失败是怎么回事', 'payments-failed-zh'],
    ['付款一直失敗是怎麼回事', 'payments-failed-zh'],
    ['待付款是怎么回事', 'orders-status-zh'],
  ])('%s → %s', (text, articleId) => {
    expectServedFirst(text, articleId);
  });
});

describe('who the customer is, a company by kind and a thing by its ending are the story of a store question, not another topic', () => {
  test.each([
    // Who the customer is (I'm a solicitor, 我是律师) is no word the store should know; the firm is a company.
    ["I'm a solicitor and ordered office supplies on the firm's card, can the receipt show the firm name rather than mine?", 'orders-invoice-en'],
    ['ordered office supplies on the firm card, can the receipt show the firm name rather than mine?', 'orders-invoice-en'],
    // A thing named by its ending (灭火器: 器 an appliance) is an item the availability article speaks of.
    ['你们卖灭火器吗 厨房用的 页面显示缺货', 'product-availability-zh'],
    ['你們有賣滅火器嗎 網頁顯示缺貨', 'product-availability-zh'],
    // The same, cut apart by the segmenter (电 / 暖 / 器, 烟雾 / 侦测 / 器).
    ['电暖器有没有补货', 'product-availability-zh'],
    ['煙霧偵測器拆咗封仲可唔可以退', 'returns-non-returnable-zh'],
    // Night and days off, as Cantonese names them (夜晚), are times of delivery.
    ['有冇夜晚或者週末送貨', 'shipping-options-zh'],
  ])('%s → %s', (text, articleId) => {
    const { answered, offered } = outcome(text);
    expect(answered === articleId || offered.includes(articleId)).toBe(true);
  });

  test.each([
    ["I'm a freelance designer and bought a monitor on my business card, can the invoice be made out to my company?", 'orders-invoice-en'],
  ])('%s → answered %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  test.each([
    // Who the customer is where the question is asked stays the question's ("as a tourist"); a post office is no company;
    // tickets are no thing by their ending.
    'how do i claim vat back as a tourist',
    'what time does the post office close',
    '你们卖演唱会门票吗',
  ])('%s stays declined', (text) => {
    const { answered, offered } = outcome(text);
    expect(answered).toBeUndefined();
    expect(offered).toEqual([]);
  });
});
