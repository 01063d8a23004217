/**
 * A routine question beside an aside about the customer's day (aside-clause.ts, knowledge-lookup.ts): a feeling, a
 * family matter, a compliment told with a question's word (没什么大事, 什么运气, 太好看了吧, 幾好) is no question of its own,
 * so it does not decline the message; the question beside it is answered. A short question whose story was dropped
 * (可以換嗎) is answered when it picks the article the whole message leaned to; an age told of whom the goods are for
 * ("my 75 year old father") is no count of items. Guards: messages that ask nothing of
 * the store stay declined, and questions read as before stay as they were.
 */
import type { KnowledgeService } from '../../../knowledge';
import { foldChinese } from '../../../knowledge';
import { isAside } from '../../../bot/core/aside-clause';
import { questionBesideAside } from '../../../bot/core/aside-told';
import { demoKnowledge } from '../../support/demo-knowledge';
import { askKnowledge, knowledgeOutcome } from '../../support/knowledge-turn';

let demo: KnowledgeService;
beforeAll(async () => {
  demo = await demoKnowledge();
});

const outcome = (text: string) => knowledgeOutcome(askKnowledge(demo, text));

describe('a routine question beside an aside is answered', () => {
  // [customer says, article answered]
  test.each([
    ['救命 这个也太好看了吧 还有货吗', 'product-availability-zh'],
    ['哇这件外套太好看了吧 有M码吗', 'product-availability-zh'],
    ['我妈住院做个小手术 没什么大事 包裹能改寄到我家吗', 'shipping-address-change-zh'],
    ['今天既把自己锁在门外又把账户锁了，什么运气，账户怎么解锁', 'account-locked-zh'],
    ['買給我爸的生日禮物顏色不對 可以換嗎', 'returns-exchange-zh'],
    ['我阿媽話你哋啲衫幾靚 仲有冇貨', 'product-availability-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  // [customer says, article offered first]: declined before, now the store's question is offered.
  test.each([
    ['我老公係律師 佢話你哋啲嘢幾好 哈哈 門市幾點開', 'store-hours-contact-zh'],
    // An age is no count ordered (problem-shape.ts): no missing item read into it.
    ['setting up an account for my 75 year old father who just got his first tablet, how do I create one for him', 'account-create-en'],
  ])('%s → offers %s', (text, articleId) => {
    expect(outcome(text).offered[0]).toBe(articleId);
  });
});

describe('guards: what stays as it was', () => {
  // [customer says]: nothing of the store's asked, declined.
  test.each([
    ['my mum is in hospital, what should I cook for her'],
    ['who won the game last night, also love your shop'],
    ['我妈住院了 没什么大事 医院的饭好难吃 怎么做汤'],
    ['今天好开心 什么运气 中彩票了'],
    ['这个颜色好不好看'],
    ['你们家衣服太好看了吧'],
    ['我老公是律师 他说合同怎么写'],
    ['今天把自己锁在门外了 什么运气 开锁师傅电话多少'],
    ['我爸住院 没什么大事 他想吃什么好'],
    ['什么鬼天气 外面好冷啊'],
  ])('%s → declined', (text) => {
    const { answered, offered } = outcome(text);
    expect(answered).toBeUndefined();
    expect(offered).toEqual([]);
  });

  // [customer says, article answered]: answered before, still answered.
  test.each([
    ['老板今天又骂人 没什么心情 怎么改密码', 'account-reset-password-zh'],
    ['我女儿下个月结婚 好开心呀 可以用优惠码吗', 'payments-promo-codes-zh'],
    ['呢排返工好攰 冇咩心情 點樣取消訂單', 'orders-cancel-zh'],
    ['唉 真的太难了 退款要多久', 'refunds-timing-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  // A short modal question after a fault the whole message barely leaned on is not answered from one shared word.
  test('件衫洗完縮得好厲害 可以退嗎 → not the article about goods that cannot be returned', () => {
    expect(outcome('件衫洗完縮得好厲害 可以退嗎').answered).not.toBe('returns-non-returnable-zh');
  });
});

describe('isAside', () => {
  // [clause, is an aside]
  test.each([
    ['没什么大事', true],
    ['什么运气', true],
    ['这个也太好看了吧', true],
    ['佢話你哋啲嘢幾好', true],
    ['冇咩大件事', true],
    ['门店几点开', false],
    ['要几天', false],
    ['有没有什么优惠', false],
    ['这个颜色好不好看', false],
    ['为什么不能退', false],
    ['可以换吗', false],
    ['包裹怎么还没到', false],
  ] as const)('%s → %s', (clause, expected) => {
    expect(isAside(foldChinese(clause), 'zh', (c) => /[?？]|吗|呢|[吧嘛]$|怎么|什么|哪|几|多久|多少|可以|啥/.test(c))).toBe(expected);
  });

  test('English is never read as an aside here', () => {
    expect(isAside('nothing much, how do i return it', 'en')).toBe(false);
  });
});

/**
 * An aside told in one run before the question (aside-told.ts): an emoji, a laugh, a figure of speech, the customer's
 * people, health or work, then "can i …", "where is …", 退款要多久. The question alone decides the lookup when it names
 * nothing the knowledge base has nowhere and does not point back at the aside.
 */
describe('a question told after an aside about the customer\'s life', () => {
  // [customer says, article answered]: declined or only offered before.
  test.each([
    ['my boyfriend is going to lose it when he sees the credit card bill 😅 can i cancel the second order', 'orders-cancel-en'],
    ['nursing a broken heart with ice cream and online shopping lol do you take apple pay', 'payments-methods-en'],
    ['the baby kept us up all night haha is there free shipping over 50', 'shipping-costs-en'],
    ['so hungover today lol, where is my order', 'orders-track-en'],
    ['婆婆九十大寿 哈哈 退款要多久', 'refunds-timing-zh'],
    ['婆婆九十大壽 哈哈 退款要幾耐', 'refunds-timing-zh'],
  ])('%s → %s', (text, articleId) => {
    expect(outcome(text).answered).toBe(articleId);
  });

  // [customer says, article offered first]: declined, or another article offered first, before.
  test.each([
    ['整个礼拜都在加班 😩 包裹可以追踪吗', 'orders-track-zh'],
    ['成個禮拜OT 😩 可唔可以追蹤包裹', 'orders-track-zh'],
  ])('%s → offers %s', (text, articleId) => {
    expect(outcome(text).offered[0]).toBe(articleId);
  });

  // [customer says]: the question is about the customer's life, not the store's: declined as before.
  test.each([
    ['my whole family has covid 🤒 how long is the isolation period'],
    ['全家都感冒了 🤒 隔离要几天'],
    ['sick in bed with a cold 🤒 what should i eat'],
    ['my boss is driving me crazy haha how do i quit my job'],
    ['我老公肯定会骂死我 😂 怎么哄他'],
    ['我老婆會嗌死我 點樣氹佢開心'],
    ['返工返到好攰 有咩好食推介'],
    ['我隻狗咬爛咗對拖鞋 🐶 點樣訓練佢'],
    ['宝宝闹了一整晚 哈哈 宝宝怎么才能睡整觉'],
  ])('%s → declined', (text) => {
    const { answered, offered } = outcome(text);
    expect(answered).toBeUndefined();
    expect(offered).toEqual([]);
  });

  // A thing the knowledge base has nowhere (walls), or the aside's thing asked by a pronoun: not answered.
  test.each([
    ['my toddler painted the walls today 😩 how do i get paint off walls', 'loyalty-program-en'],
    ['my cat keeps scratching the sofa, how do i stop it', 'account-newsletter-en'],
  ])('%s → not %s', (text, articleId) => {
    expect(outcome(text).answered).not.toBe(articleId);
  });
});

describe('questionBesideAside', () => {
  const asks = (clause: string) => /[?？]|吗|呢|怎么|什么|哪|几|多久|多少|可以|啥/.test(clause);
  // [message, lang, question after the aside, or undefined]
  test.each([
    ['so hungover today lol, where is my order', 'en', 'where is my order'],
    ['my dog ate the instructions 🐶 can i return the blender', 'en', 'can i return the blender'],
    ['deadline at work is killing me, how many days till it arrives', 'en', 'how many days till it arrives'],
    ['奶奶九十大寿 哈哈 退款要多久', 'zh', '退款要多久'],
    // No aside's form before the question: a story of the store's thing is read as it is.
    ['I put the wrong house number on my order, can I change it', 'en', undefined],
    ['我的订单 地址能改吗', 'zh', undefined],
    // The question asks about the aside's person or thing.
    ['my wife is going to kill me, any tips for calming her down?', 'en', undefined],
    ['my cat keeps scratching the sofa, how do i stop it', 'en', undefined],
  ] as const)('%s (%s) → %s', (text, lang, question) => {
    expect(questionBesideAside(text, lang, asks)?.question).toBe(question);
  });
});
