import { analyzeMessage } from '../../../../bot/core/signals';
import { failureSeries, withApostrophes } from '../../../../bot/core/signals/failure-series';
import { foldChinese } from '../../../../knowledge';

// The engine folds traditional characters before reading; so does this.
const repeated = (text: string, lang: 'en' | 'zh') =>
  analyzeMessage(lang === 'zh' ? foldChinese(text) : text, { lang }).complaints.some((c) => c.kind === 'repeated_contact');

// The store's failures counted or told as a series: an ordinal series, an ordinal time, a frequency, the earlier orders.
const SERIES_EN: string[] = [
  // The answer given again, or read, and failing over a long time, told in short sentences.
  "I keep getting the same link. I've read it. It doesn't help. Same problem since March.",
  "Same article again. Read it twice. Didn't work. Been like this for weeks.",
  'third time my order has come in the wrong size. THIRD time',
  'third time im writing about the same missing item',
  'delivery failed again, thats every week for a month now',
  'same problem as my last two orders',
  "first order wrong item, second order wrong item, and now this one's wrong too",
  'my parcel was late last week, late the week before, and its late again today',
  'every single week for two months the driver skips my street',
  'each time i order the box is damaged',
  'the first one was broken and now the replacement is broken too',
  '3 weeks running my box is missing stuff',
  'late again. its been like this every week since october',
  'it happened with my last 2 deliveries too, the eggs are smashed',
];
const SERIES_ZH: string[] = [
  // Simplified.
  '第一次发错颜色，第二次少发一件，这次又发错了',
  '每个礼拜都送错地址，已经一个月了',
  '同上两次一样，又是少了东西',
  '连续三周都没送到',
  '头一次少了一件，第二次发错，这次又坏了',
  // Traditional, Taiwan.
  '每個禮拜都送錯地址，已經一個月了',
  '跟上兩次一樣，又少了東西',
  '連續第三個禮拜沒送到',
  // Traditional, Cantonese.
  '上兩張單都寄錯尺寸，今次又係',
  '第一次寄錯顏色，第二次少寄，今次又寄錯',
  // The answer given again, or read, and failing over a long time, told in short sentences.
  '你一直发同一个链接 我看过了 没用 从三月到现在都是这个问题',
  '同一篇文章又來了 我讀過了 沒用 這問題兩個月了',
];

// No failure told on two occasions: own tries, a stay, loyalty, a routine count, a supposition, one failure over days.
const NOT_SERIES_EN: string[] = [
  'i tried to log in 3 times and it says wrong password',
  'my travel agent booked me 3 weeks in Spain, can you hold my parcel',
  'third time buying from you, love it',
  'second order this month, can I combine shipping',
  'first time ordering, how long does delivery take',
  'first time ordering and the box arrived damaged',
  'I ordered 3 shirts and want to return one',
  'if it happens again can i get a refund',
  'first i entered my card, then the code, now it says declined',
  'at first it was fine, now its broken',
  "last week the tracking said delayed, today it's still not here",
  "i order every week and it's never late",
  'has every order been delayed by the strike',
  'entered the wrong password for the third time',
  'my husband and i shop every week, is there a loyalty card',
  'same address as my last two orders please',
  'read the returns page, makes sense, how long does the refund take',
  "bought the serum, tried it for weeks, doesn't work, can I return it",
  "I keep getting the same error when I pay, it doesn't work",
];
const NOT_SERIES_ZH: string[] = [
  '第三次在你们家买了，质量一直很好',
  '这个月第二单了，可以合并运费吗',
  '第一次下单，请问几天到',
  '我订了三件衬衫，想退一件',
  '如果再发错怎么办',
  '我每个礼拜都会在你们这里买菜',
  '上次买的很好，这次发错了',
  '每个礼拜都想买一次，有没有订阅',
  '连续三年都在这里买',
  '每次都很快到，这次却迟到了',
  '跟上兩次一樣，要兩包咖啡',
  '連續三年都喺你哋度買生日蛋糕，今年想訂早啲',
  '第一次用你哋嘅app，點樣落單',
  '看了退货页面 明白了 退款要多久',
  '试了两个星期 没用 能退吗',
  '同一个链接 看过了 很有用 谢谢',
];

describe('the store’s failures counted or told as a series', () => {
  test.each(SERIES_EN)('%s → repeated contact', (text) => expect(repeated(text, 'en')).toBe(true));
  test.each(SERIES_ZH)('%s → repeated contact', (text) => expect(repeated(text, 'zh')).toBe(true));
  test.each(NOT_SERIES_EN)('%s → no repeated contact', (text) => expect(repeated(text, 'en')).toBe(false));
  test.each(NOT_SERIES_ZH)('%s → no repeated contact', (text) => expect(repeated(text, 'zh')).toBe(false));
});

describe('the reader alone', () => {
  test.each(NOT_SERIES_EN)('%s → nothing read', (text) => expect(failureSeries(text.toLowerCase(), '')).toEqual([]));
  test('apostrophes left out are put back', () => expect(withApostrophes('im sure thats wrong, dont ask')).toBe("i'm sure that's wrong, don't ask"));
});

// An earlier failure told as put right and thanked for, then a new one: no series of the store failing. Told as again
// (这次又…), or with no thanks, it still is.
describe('an earlier failure settled and thanked for, before a new one', () => {
  test.each([
    ['上次杯子碎了你们很快就处理好了，谢谢！这次盘子碎了，流程一样吗', 'zh'],
    ['上回漏发的那件你们马上补发了，感谢！这次收到的是坏的，怎么办', 'zh'],
    ['上次發錯貨你們很快就補發了，多謝！這次收到的杯子裂了，怎麼處理', 'zh'],
  ] as const)('%s → no repeated contact', (text, lang) => expect(repeated(text, lang)).toBe(false));
  test.each([
    ['上次杯子碎了你们处理好了，谢谢，这次又碎了', 'zh'],
    ['上次发错了，这次又发错了', 'zh'],
    ['上次杯子碎了你们很快就处理好了，这次盘子碎了', 'zh'],
  ] as const)('%s → repeated contact', (text, lang) => expect(repeated(text, lang)).toBe(true));
});

// A count of the customer asking or treating themself is no contact counted.
describe('a count of the customer asking or treating themself', () => {
  test.each([
    ['3rd time asking myself why i keep buying stuff lol. do you have a loyalty program', 'en'],
    ['4th time this month i\'ve treated myself lol, do you have a loyalty program', 'en'],
    ['my daughter keeps telling me to ask for a human lol but honestly i just want to know how long refunds take', 'en'],
  ] as const)('%s → no repeated contact', (text, lang) => expect(repeated(text, lang)).toBe(false));
  test.each([
    ["this is the third time I'm asking you where my refund is", 'en'],
    ['third time asking you where my refund is', 'en'],
    ["you keep telling me it's on its way, third time now", 'en'],
    ['第三次问客服了，还没退款', 'zh'],
  ] as const)('%s → repeated contact', (text, lang) => expect(repeated(text, lang)).toBe(true));
});

// The store's advice followed several times and the problem still there (advice-failed.ts): the same problem after the
// answer, on the first message. The customer's own tries with no advice named, or the advice that worked, are not.
describe('the advice followed several times, failing still', () => {
  test.each([
    ['already reset password like 6 times and still locked out, tried everything u said', 'en'],
    ['did the return label thing twice already and both labels got rejected at the post office, again', 'en'],
    ['followed your steps four times and the app still crashes', 'en'],
    ['tried the fix you suggested several times, no luck', 'en'],
    // The advice named as what failed, after the tries.
    ["already tried the return label 3 times, it keeps failing, the help article didn't help", 'en'],
    ['i reset my password like 6 times already and still locked out, followed every step', 'en'],
    ['跟着你们给的步骤弄了三遍 仍然报错', 'zh'],
    ['按照你们的说明又试了一次 还是不行', 'zh'],
    ['照你哋講嘅重新安裝咗兩次 都係開唔到', 'zh'],
    ['照客服話嘅清咗幾次快取 都係入唔到', 'zh'],
    ['我已經照你哋講嘅方法試咗三次 都係登入唔到', 'zh'],
    ['照你哋教嘅做咗幾次 都係收唔到驗證碼', 'zh'],
  ] as const)('%s → repeated contact', (text, lang) => expect(repeated(text, lang)).toBe(true));
  test.each([
    ["tried twice to log in, what's the password rule?", 'en'],
    ['I entered the code three times, what format does it need?', 'en'],
    ['like you said, I reset it twice and now it works, thanks!', 'en'],
    ['i tried again like you said and it worked', 'en'],
    ['what if I follow your steps twice and it still fails?', 'en'],
    ['did the return label thing, when does the refund arrive?', 'en'],
    ['试了两次优惠码都不行 怎么回事', 'zh'],
    ['按你们说的方法试了两次 终于可以登录了', 'zh'],
    ['照你们说的做了 已经好了 谢谢', 'zh'],
    ['試了兩次都登入唔到 點算', 'zh'],
    ['照你哋講嘅方法試咗兩次 得咗 唔該', 'zh'],
    ['我試過兩次付款都唔得 係咪要用信用卡', 'zh'],
  ] as const)('%s → no repeated contact', (text, lang) => expect(repeated(text, lang)).toBe(false));
});
