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
