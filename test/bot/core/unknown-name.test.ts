/**
 * A name the knowledge base has never seen, as the owner of an account, a password, a subscription or a charge, is
 * another service; the same name with a product, whose account it is, or a way to pay the store is not.
 */
import { unknownNameOwning } from '../../../bot/core/unknown-name';
import { foldChinese } from '../../../knowledge/text';

/** The terms a knowledge base of a shop has never seen, as the search reports them (index terms). */
const UNSEEN = new Set(['xbox', 'game', 'linkedin', 'qq', 'ig', 'line', '音乐', '视频', 'nike', 'iphon', 'klarna', 'busi', 'husband', 'hulu', 'duolingo', '外卖', '老客户', '金卡', '被人', '如果', '回头', '1st']);
const nameIn = (text: string) => unknownNameOwning(foldChinese(text), UNSEEN);

describe('an unseen name owns an account, a password, a subscription or a charge', () => {
  // [customer says, the name]
  test.each([
    ['my xbox game pass payment failed', 'xbox game pass'],
    ['how do i change the email on my linkedin profile', 'linkedin'],
    ['duolingo subscription cancel', 'duolingo'],
    ['i want to delete my hulu account', 'hulu'],
    ['QQ密码忘了怎么找回', 'qq'],
    ['IG帳號被盜了怎麼辦', 'ig'],
    ['LINE Pay帳號被鎖了', 'line pay'],
    ['网易云音乐被扣了两次钱怎么退', '网易云音乐'],
    ['视频会员怎么关掉自动续费', '视频'],
    ['外卖会员怎么退订', '外卖'],
  ])('%s → %s', (text, name) => {
    expect(nameIn(text)).toBe(name);
  });
});

describe('not another service', () => {
  test.each([
    // A product brand with the product.
    'my Nike shoes arrived damaged',
    'my iPhone case is cracked',
    // A name the knowledge base knows (its own words), or a word of the store's.
    'my gift card payment failed',
    'my account is locked',
    'i forgot my password',
    // Which kind of account, whose it is, a way to pay the store.
    'my business account is locked',
    "my husband's account was hacked",
    'my klarna payment failed',
    // Which payment, by its number: no one's name.
    'my 1st payment didnt go thru so i tried again',
    '我是老客户 有会员折扣吗',
    '金卡会员有什么优惠',
    '老公的账号被盗了',
    '我的账号被盗了',
    // A passive or a condition tells what happened to the customer (扣了 by someone), not whose service charged.
    '如果俾人扣咗兩次錢點算',
    '如果被人扣了两次钱怎么办',
    '万一被人多扣了钱怎么处理',
    // A member's discount (折扣) is no deduction (扣) of another service's.
    '回头客有折扣吗',
    '回頭客會員有冇折扣',
  ])('%s', (text) => {
    expect(nameIn(text)).toBeUndefined();
  });

  test('nothing is unseen: no name is', () => {
    expect(unknownNameOwning('my xbox game pass payment failed', new Set())).toBeUndefined();
  });
});
