/**
 * A strong feeling said as a sentence of its own (feeling-alone.ts) and tears of distress (breaking-point.ts), through
 * analyzeMessage as the engine calls it (Chinese folded first): strong, whatever the reason told beside them weighs.
 */
import { analyzeMessage } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

const strong = (text: string, lang: 'en' | 'zh') =>
  analyzeMessage(lang === 'zh' ? foldChinese(text) : text, { lang, clock: () => 0 }).emotion.strong;

describe('a strong feeling in a sentence of its own, or tears of distress, is a strong emotion', () => {
  test.each([
    ['I am furious. Two weeks of promises and nothing', 'en'],
    ["I'm livid. You guaranteed next day delivery and it's been a week", 'en'],
    ['Absolutely furious. Nobody has called me back', 'en'],
    ['我很生气。答应的退款到现在都没有', 'zh'],
    ['婚礼用的东西没到 我急得哭了', 'zh'],
    ['婚礼用的东西没到 我急得哭了 什么时候能到', 'zh'],
    ['婚宴用嘅嘢仲未到 我急到喊', 'zh'],
    ['生日禮物到現在還沒到 我都快哭了', 'zh'],
  ] as const)('%s (%s)', (text, lang) => expect(strong(text, lang)).toBe(true));
  test.each([
    // Told of the past with thanks; aimed at the customer's own circle; one mild word; tears of joy; an occasion's nerves.
    ['I was furious. But your team sorted it, thank you so much!', 'en'],
    ['So angry. My cat knocked the vase over. Do you sell vases?', 'en'],
    ["I'm annoyed. Where is my parcel?", 'en'],
    ['太好看了 我都快哭了 还有别的颜色吗', 'zh'],
    ['感动得哭了 谢谢你们', 'zh'],
    ['女儿要出嫁了 我又开心又紧张 哭了一整晚 喜糖盒可以批量订吗', 'zh'],
  ] as const)('%s (%s) → not strong', (text, lang) => expect(strong(text, lang)).toBe(false));
});

describe('a verdict beside the store’s service stalled, or the store called a cheat, is a strong emotion', () => {
  test.each([
    ['太扯了吧 訂單一直沒出貨', 'zh'],
    ['太扯了 我的訂單兩個禮拜了還沒出貨', 'zh'],
    ['太扯了吧 订单一直没发货', 'zh'],
    ['price dropped the day after I bought it, you guys are scamming people', 'en'],
    ['the price went down right after I ordered, you are ripping people off', 'en'],
  ] as const)('%s (%s)', (text, lang) => expect(strong(text, lang)).toBe(true));
  test.each([
    // The verdict is of something else, or laughed off; the charge is someone else's, or asked.
    ['这部剧太扯了哈哈 订单还没发货吗', 'zh'],
    ['the movie was ridiculous, my order still hasn\'t shipped though, any update?', 'en'],
    ['people say you guys are scamming but I don\'t believe it, how do I track my order', 'en'],
    ['price dropped the day after I bought it, can I get a price match', 'en'],
  ] as const)('%s (%s) → not strong', (text, lang) => expect(strong(text, lang)).toBe(false));
});
