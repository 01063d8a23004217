/**
 * Alarming asides beside routine questions (harm-figure.ts, harm-elsewhere.ts, takeover-settled.ts): a harm word said as
 * a figure of the customer's own, an injury disowned for the store, someone else's account hacked. Beside each, the same
 * words told as an incident, which still reach a person.
 */
import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { harmFigured } from '../../../../bot/core/signals/harm-figure';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const kinds = (text: string, lang: 'en' | 'zh') =>
  detectComplaintLevel(lang === 'zh' ? foldChinese(text.normalize('NFKC')) : text, lang).complaints.map((c) => c.kind);

describe('a harm word as a figure of the customer\'s own', () => {
  test.each([
    ['nearly choked on my coffee when I saw the shipping cost to hawaii lol. how is shipping calculated?', 'en'],
    ['almost choked on my tea when i saw the price of the gift set haha. do you have any discount codes?', 'en'],
    ['i choked on my gum when i saw the bill, what\'s the promo code', 'en'],
    ['如果退貨仲要自己俾運費我會當場暈低，退貨運費邊個俾', 'zh'],
    ['如果运费还要我自己出我会当场晕倒，退货运费谁出', 'zh'],
  ] as const)('%s → no safety', (text, lang) => expect(kinds(text, lang)).not.toContain('safety'));
  test.each([
    ['I choked on a piece of the toy\'s plastic', 'en'],
    ['my son choked on the lid of the sippy cup you sold me, he\'s ok but scared', 'en'],
    ['choked on my coffee when i saw my son had swallowed a magnet from your set', 'en'],
    ['孩子被玩具零件卡住喉咙了', 'zh'],
    ['如果再不退款我就不想活了', 'zh'],
    ['如果充电宝又鼓包我会被烫伤吗', 'zh'],
  ] as const)('%s → safety', (text, lang) => expect(kinds(text, lang)).toContain('safety'));

  test('only the phrase inside the figure is set aside', () => {
    expect(harmFigured('choked on', normalizeEnglish('nearly choked on my coffee when I saw the price'), '')).toBe(true);
    expect(harmFigured('choked on', normalizeEnglish('nearly choked on my coffee when I saw the price, then my son choked on a bead'), '')).toBe(false);
    expect(harmFigured('当场晕倒', '', normalizeChinese(foldChinese('要是运费这么贵我会当场晕倒')))).toBe(true);
    expect(harmFigured('当场晕倒', '', normalizeChinese(foldChinese('我妈昨天用了你们的药当场晕倒')))).toBe(false);
  });
});

describe('the customer\'s own injury, disowned, told as why goods bought go unused', () => {
  test.each([
    ['上周滑雪把手摔骨折了（跟你们没关系哈），买的滑雪靴这个冬天用不上了，怎么退货', 'zh'],
    ['上週滑雪摔斷手（跟你們無關啦），買的雪靴用不到了，要怎麼退貨', 'zh'],
    ['上個月打球摔斷手（跟你們無關），買的球拍用不到，可以退嗎', 'zh'],
  ] as const)('%s → no safety', (text, lang) => expect(kinds(text, lang)).not.toContain('safety'));
  test.each([
    ['滑雪靴扣子断了害我摔断手', 'zh'],
    ['我女儿用你们的滑板车摔断了手', 'zh'],
    ['跟你们没关系 但是买的滑雪靴扣子断了害我摔断手 怎么退', 'zh'],
  ] as const)('%s → safety', (text, lang) => expect(kinds(text, lang)).toContain('safety'));
});

describe('someone else\'s account hacked, told before a question about the customer\'s own data', () => {
  test.each([
    ['is my data safe with you? my friend\'s bank got hacked last month and it freaked me out. what do you keep about me', 'en'],
    ['my sister\'s paypal got hacked last week and now i\'m nervous. how do you store my card details?', 'en'],
    ['我朋友的微信被盗了，你们会不会也不安全，我的信息存哪', 'zh'],
  ] as const)('%s → no takeover', (text, lang) => expect(kinds(text, lang)).not.toContain('account_takeover'));
  test.each([
    ['my account got hacked and someone changed my email, help', 'en'],
    ['my friend\'s account on your site got hacked, someone ordered stuff', 'en'],
    ['我妈在你们这的账号被盗了 有人下单', 'zh'],
    ['我的帳號被盜了，有人用我的錢買東西', 'zh'],
  ] as const)('%s → takeover', (text, lang) => expect(kinds(text, lang)).toContain('account_takeover'));
});
