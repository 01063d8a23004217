/**
 * One mild feeling about a thing, a process or shopping in general, beside a routine question or problem
 * (lone-feeling.ts), through analyzeMessage as the engine calls it (Chinese folded to simplified first, Cantonese
 * included): no longer a strong emotion. Aimed at the shop or its people, two cues, "??", anger or a swear: still one.
 */
import { analyzeMessage } from '../../../../bot/core/signals';

const strong = (text: string, lang: 'en' | 'zh') => analyzeMessage(text, { lang, clock: () => 0 }).emotion.strong;

describe('one mild feeling about the situation is no strong emotion', () => {
  test.each([
    ["so frustrating, the tracking hasn't moved since monday, where is it", 'en'],
    ['really disappointed, the candle arrived snapped in half, what now', 'en'],
    ['the worst part of ordering online is waiting for the refund. how long does yours take?', 'en'],
    ['is it really bad to leave a parcel in the rain for a day', 'en'],
    ['太烦了 包裹显示派送中三天了 在哪里查', 'zh'],
    ['太失望了 裤子尺码偏小 可以换大一码吗', 'zh'],
    ['网购最讨厌的就是等快递 你们一般几天到', 'zh'],
    // Cantonese, folded: 好失望呀 个杯崩咗 点样退货.
    ['好失望呀 个杯崩咗 点样退货', 'zh'],
    // Worry or strain: the customer's own state, said of no one.
    ['ugh so stressed today, can you tell me when the parcel ships', 'en'],
    ['so worried, the post office lost my neighbours parcel, can i get signature required on mine', 'en'],
    // 不靠谱 is a verdict (unreliable), not the swear 靠.
    ['快递员太不靠谱了 说送到了其实没有 能重新派送吗', 'zh'],
    // Goods missing from the box, told for the first time: the routine problem, with no question needed.
    ['ugh so frustrating, opened the parcel and two of the plates arent in there', 'en'],
    ['太烦了 打开箱子发现少了两个碗', 'zh'],
    // An understatement: not thrilled is mildly put out.
    ['not thrilled about paying for returns tbh, do i actually have to?', 'en'],
    // An eye-roll: weary annoyance at a first late parcel (the Chinese lexicon weighs it lightly already).
    ['ugh, my order is running late 🙄 when will it get here?', 'en'],
  ] as const)('%s (%s)', (text, lang) => expect(strong(text, lang)).toBe(false));

  test.each([
    ['really disappointed by your support team, how do i send it back?', 'en'],
    ['really disappointed with you guys, the candle arrived snapped in half, what now', 'en'],
    ['the way this order was handled is so disappointing, how do i get a refund', 'en'],
    ['so annoying!!! where is my parcel??', 'en'],
    ['furious, the candle arrived snapped in half, what now', 'en'],
    ['wtf, the candle arrived snapped in half, what now', 'en'],
    ['really disappointed', 'en'],
    ['对你们太失望了 裤子尺码偏小 可以换吗', 'zh'],
    ['太烦了 你们到底什么时候发货', 'zh'],
    ['客服太让人失望了 几天了都不回', 'zh'],
    ['气死我了 包裹在哪里查', 'zh'],
    ['我真是好生气', 'zh'],
    ['你们太不靠谱了 什么时候发货', 'zh'],
    ['so frustrating, two of the plates are missing again', 'en'],
    ['not impressed at all with your service, this is a joke', 'en'],
    ['太烦了 又少了两个碗', 'zh'],
    ['so annoying 🙄 where is my parcel??', 'en'],
  ] as const)('%s (%s) → still strong', (text, lang) => expect(strong(text, lang)).toBe(true));
});

/**
 * The customer's own state before an occasion of their life (withoutAnticipation): nerves, worry, excitement, tears about
 * a move, a wedding, a new job, beside a question the occasion needs. Pressed on the shop, beside a problem with it, or
 * hot: still strong.
 */
describe("the customer's own state before an occasion is no strong emotion", () => {
  test.each([
    ["My daughter flies to Toronto next week for uni and I'm a nervous wreck, do you ship phone chargers to Canada?", 'en'],
    ["Moving house Saturday and I'm terrified!! Can I change the delivery address?", 'en'],
    ["my son leaves for basic training tomorrow and I'm heartbroken, can I still add a gift note to my order?", 'en'],
    ['女儿要出嫁了 我又开心又紧张 哭了一整晚 喜糖盒可以批量订吗', 'zh'],
  ] as const)('%s (%s)', (text, lang) => expect(strong(text, lang)).toBe(false));

  test.each([
    ["I'm terrified, what are you people doing with my order?!", 'en'],
    ["I'm a nervous wreck, the parcel with her wedding dress still hasn't arrived, where is it?", 'en'],
    ['My daughter moves to Canada next week and I am furious and terrified, can you ship there?', 'en'],
    ['紧张到想哭 气死我了 你们什么时候发货', 'zh'],
  ] as const)('%s (%s) → still strong', (text, lang) => expect(strong(text, lang)).toBe(true));
});
