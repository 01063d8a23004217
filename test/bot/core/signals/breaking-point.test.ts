import { breakingPoint, distressTears } from '../../../../bot/core/signals/breaking-point';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? breakingPoint(normalizeEnglish(text), '') : breakingPoint('', normalizeChinese(foldChinese(text)));

const AT_BREAKING_POINT: Array<[string, 'en' | 'zh']> = [
  ["honestly I'm at my wits' end", 'en'],
  ["I can't deal with this any more", 'en'],
  ["I'm literally in tears over a kettle", 'en'],
  ['your company has completely broken me', 'en'],
  ["I've honestly reached my limit with this order", 'en'],
  ['this is making me sick with worry', 'en'],
  ['我真的要抓狂了', 'zh'],
  ['已經忍到極限', 'zh'],
  ['我嬲到爆', 'zh'],
  ["I'm seeing red right now", 'en'],
  ['我整个人彻底崩溃了', 'zh'],
  // Anger shown in the body, with words between: hands shaking, in tears.
  ['我氣到手都震 你哋仲未退錢', 'zh'],
  ['气得我手都在抖', 'zh'],
];
const NOT: Array<[string, 'en' | 'zh']> = [
  ["I can't take it back to the shop, can you collect", 'en'],
  ["i'm so done with shopping for today, hold my basket", 'en'],
  ["I'm not devastated, just curious when it ships", 'en'],
  ['受不了这个价格 有折扣吗', 'zh'],
  ["I'm seeing red and pink in the photos, which is it", 'en'],
  // A limit of something is a quota.
  ["I noticed a fee, I didn't think I had hit the limit of how much I could withdraw", 'en'],
  ['reached the limit on my gift card, can I add another', 'en'],
];

describe('a customer at breaking point', () => {
  test.each(AT_BREAKING_POINT)('%s → breaking point', (text, lang) => expect(read(text, lang)).not.toBeNull());
  test.each(NOT)('%s → not', (text, lang) => expect(read(text, lang)).toBeNull());
});

describe('tears of distress (Chinese)', () => {
  const tears = (text: string) => distressTears(normalizeChinese(foldChinese(text)));
  test.each([
    '婚礼用的东西没到 我急得哭了',
    '婚宴用嘅嘢仲未到 我急到喊',
    '生日禮物到現在還沒到 我都快哭了',
    '我真的快要哭出来了 退款到底什么时候到',
    '被你們客服弄得好委屈 我好想哭',
    '氣到我都想哭',
    '我等了三个礼拜都没收到 我真的要哭了',
  ])('%s → tears', (text) => expect(tears(text)).not.toBeNull());
  test.each([
    // Tears of joy, Mandarin 喊 (to call someone), asked about, denied.
    '感动得哭了 谢谢你们',
    '开心到哭 终于到货了',
    '我想喊人来帮我装 你们有安装服务吗',
    '我喊了你们客服好几次',
    '宝宝一直哭 有安抚奶嘴吗',
    '宝宝要哭了 有安抚奶嘴吗',
    '我没有急到哭啦 就问问几时到',
  ])('%s → not', (text) => expect(tears(text)).toBeNull());
});
