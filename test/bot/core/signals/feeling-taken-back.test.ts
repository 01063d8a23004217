/**
 * A feeling taken back as soon as it is said ("devastated 😭 (not really)", "jk", 开玩笑的, 其实也还好, 讲笑咋), beside a
 * routine matter (feeling-taken-back.ts), through analyzeMessage as the engine calls it (Chinese folded first): no longer
 * a strong emotion. A feeling taken back only in part ("not really joking"), a denial of joking (不是开玩笑), sarcasm
 * that turns back ("jk... but seriously") and the shop's joke ("are you kidding me", 你们开玩笑的吧) stay strong.
 */
import { analyzeMessage } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

const strong = (text: string): boolean => {
  const zh = /[\u4e00-\u9fff]/.test(text);
  return analyzeMessage(zh ? foldChinese(text) : text, { lang: zh ? 'zh' : 'en', clock: () => 0 }).emotion.strong;
};

describe('a feeling taken back at once is no strong emotion', () => {
  test.each([
    "The price dropped $40 two days after I bought it, I'm devastated 😭 (not really). can I get it back?",
    "price went down the day after i ordered, i'm furious lol jk, can you match it?",
    "I'm heartbroken (jk) — is the blue one coming back in stock?",
    "absolutely devastated they discontinued my fave mug, just kidding, do you have a similar one?",
    "买完第二天就降价了 气死我了 开玩笑的 能补差价吗",
    "刚买就打折 好伤心 其实也还好 可以价保吗",
    "買完就減價 激死我 講笑咋 可唔可以補差價",
    "剛買就降價 好崩潰 開玩笑的啦 能退差價嗎",
    "so angry i missed the sale lol not really, when is the next one?",
    "我好绝望啊 骗你的 就想问问什么时候补货",
    "I'm devastated, not really, but is there a student discount?",
    "Bought it Monday, it's $30 cheaper today. I'm heartbroken (not really lol). Can you refund the difference?",
    "I'm so devastated jk, do you ship to Canada?",
    "新品刚买就降价 心都碎了 开玩笑的 可以申请价保吗",
    "剛買就降價 氣死了 其實也還好 可以補差價嗎",
    "我好崩溃 哈哈 说笑的 想问下什么时候上新",
    "i'm devastated lol not really, can i still use the discount code?",
    "買完第二日就平咗 好嬲 講笑咋 有冇得補差價",
    "I'm absolutely furious (jk). Do you price match?",
    "降价了好心痛 逗你的 能不能补差价呀",
    "sale started right after i paid, i'm heartbroken, only kidding, is a price adjustment possible?",
  ])('%s → not strong', (text) => expect(strong(text)).toBe(false));
  test.each([
    "I'm devastated, this was for my mum's funeral and it didn't come",
    "不是开玩笑 我真的很生气",
    "I'm furious. jk... but seriously, where is my refund",
    "are you kidding me? I'm so angry, the order is three weeks late",
    "我真的很生气 你们开玩笑的吧",
    "I'm not kidding, I'm absolutely livid about this",
    "I'm devastated (not really joking), the parcel never came",
    "气死我了 订单一个月还没到",
    "氣死我了 開玩笑的吧 等了一個月還沒發貨",
    "I'm heartbroken, the gift never arrived and the party was yesterday",
    "I'm devastated (not really joking), my order never came",
    "不是开玩笑 我真的很生气 订单到现在还没到",
    "I'm livid. jk, but seriously where is my order",
    "我真的很生氣 你們開玩笑的嗎",
    "you must be joking, I'm furious, this is the third time",
    "I'm devastated, this was for my mum's funeral and it didn't come",
    "气死我了 说真的 退款到现在还没到",
    "我好绝望 订单丢了 没开玩笑",
    "I'm heartbroken, no joke, the ring never arrived",
    "I'm so angry, are you kidding me with this delivery?",
  ])('%s → strong', (text) => expect(strong(text)).toBe(true));
});
