/**
 * Another platform's account taken over (a game, a social app, a messenger, a bank), told beside a routine question
 * here (account-elsewhere.ts), read through the complaint detector as the engine calls it (Chinese folded first): no
 * account takeover of this store's. The store's own account touched, in the same clause or after it, stays one.
 */
import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { foldChinese } from '../../../../knowledge';

const takeover = (text: string): boolean => {
  const zh = /[\u4e00-\u9fff]/.test(text);
  return detectComplaintLevel(zh ? foldChinese(text) : text, zh ? 'zh' : 'en').complaints.some((c) => c.kind === 'account_takeover');
};

describe("another platform's account taken over is no takeover here", () => {
  test.each([
    "got hacked in fortnite (their game, not you guys), anyway how do i reset my password here just in case",
    "我的微信号被盗了怎么找回",
    "my instagram got hacked lol, how do i change my password here to be safe",
    "my steam account got hacked yesterday, should i change my password on here too?",
    "QQ号被盗了 你们这边的密码要不要也改一下",
    "我的支付宝账号被盗了 怎么办",
    "我的微信號被盜了 可以改這裡的密碼嗎",
    "my bank account got hacked last night, is my card saved with you safe?",
    "my roblox got hacked and my kid is upset, anyway can i change the email on my account",
    "游戏账号被盗了 心情不好 顺便问下怎么改密码",
    "my facebook was hacked, can i still log in here with facebook?",
    "我IG帳號被盜了 怎麼改你們這邊的密碼",
    "my xbox account got hacked this morning, unrelated to you, but how do i turn on 2fa here",
    "微信被盗号了 跟你们没关系 就是想问下怎么改绑手机",
    "我的QQ号被盗了，怎么找回啊",
    "我的遊戲帳號被盜了 順便問一下怎麼改密碼",
    "my snapchat got hacked, how do i make sure my account here is secure",
    "my paypal got hacked, can i pay by card instead?",
    "支付宝账号被盗了，还能用支付宝付款吗",
    "my discord got hacked 🙄 anyway whats your return policy",
    "我銀行帳戶被盜了 可以換別的付款方式嗎",
    "my tiktok got hacked, can i change my email here just in case",
  ])('%s → no takeover', (text) => expect(takeover(text)).toBe(false));
  test.each([
    "someone hacked my account here and ordered a TV",
    "我的账号被盗了 有人用我的卡下单",
    "my instagram got hacked and now my account here has orders i didnt make",
    "my account got hacked",
    "my email got hacked and someone changed my password here",
    "我微信号被盗了 这里的账号也被人登了",
    "账号被盗了 订单里有我没下过的单",
    "I got hacked, there are orders on my account i didnt place",
    "my account was hacked, they changed the delivery address",
    "我的帳號被盜了 有人用來下單",
    "someone hacked my account and bought stuff with my card",
    "我的账号被盗了 被人下了好几单",
    "my facebook got hacked and they logged into my account here too",
    "my account here was hacked",
    "账号被人盗用了 地址被改了",
    "帳號被盜 有幾筆訂單不是我下的",
    "hacked!! orders i never placed",
    "my wechat got hacked and someone used my account here to order stuff",
    "我的支付宝被盗刷了 在你们这买了东西",
    "my account got hacked, please help",
  ])('%s → takeover', (text) => expect(takeover(text)).toBe(true));
});
