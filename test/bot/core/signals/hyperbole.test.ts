/**
 * A feeling put as a figure of speech beside a routine question (hyperbole.ts), through analyzeMessage as the engine
 * calls it (Chinese folded to simplified first): no longer a strong emotion; beside a complaint, an insult or "!!!" it
 * stays one.
 */
import { analyzeMessage } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

const strong = (text: string, lang: 'en' | 'zh') => analyzeMessage(text, { lang, clock: () => 0 }).emotion.strong;

describe('a figure of speech beside a routine question is no strong emotion', () => {
  test.each([
    ['this wait is pure torture, how long does express take?', 'en'],
    ['the suspense is killing me, when will the boots ship', 'en'],
    ['this coupon thing is driving me nuts, how do i apply it?', 'en'],
    ['急死我了 快递几天能到', 'zh'],
    ['找发票找到要疯了，在哪里下载', 'zh'],
    // A way of delivering asked for as "could you not" beside the weather's figure.
    // Wanting goods to come: "dying to know" of a restock, the "!!" and "drop" are eagerness.
    ['dying to know when the ivory slip dress restocks!!', 'en'],
    ["I'm dying to see the new colours!! when do they drop", 'en'],
    ['热死了，快递能不能别放门口', 'zh'],
    ['冷死了 快递可不可以不要放楼下', 'zh'],
  ] as const)('%s (%s)', (text, lang) => expect(strong(text, lang)).toBe(false));

  test.each([
    ['this is torture, worst service ever, where is my refund?', 'en'],
    ['you are killing me!!! where is my order???', 'en'],
    ['气死我了 第三次发错货了 你们怎么回事', 'zh'],
    ['气死我了 你们这群骗子', 'zh'],
    ['气死我了，你们是不是都在睡觉', 'zh'],
    // Anger said outright is no figure, even beside a question.
    ['气死我了 刚买就降价 可以退差价吗', 'zh'],
    ['激死我 幾時先退錢俾我', 'zh'],
    ['真的要疯了 你们到底什么时候发货', 'zh'],
    ["I'm dying here, it's been 3 weeks and no refund!!", 'en'],
    ["I'm dying to know why my refund still hasn't arrived after 3 weeks!!", 'en'],
    ['this is torture, are you all asleep over there?', 'en'],
    // "Could you not" asked of a wrong done again is a reproach.
    ['热死了 能不能别再让我等了 什么时候到', 'zh'],
    ['热死了 能不能别又放门口 几点送', 'zh'],
  ] as const)('%s (%s) → still strong', (text, lang) => expect(strong(text, lang)).toBe(true));
});

describe('a figure of the weather beside a long wait for the store’s courier is a strong emotion', () => {
  const folded = (text: string, lang: 'en' | 'zh') => strong(lang === 'zh' ? foldChinese(text) : text, lang);
  test.each([
    ['热死了还让我等了三个小时 快递到底什么时候来', 'zh'],
    ['冷死了还让我在门口等了三个小时 你们快递到底来不来', 'zh'],
    ['熱死了還讓我等了三個小時 快遞到底什麼時候來', 'zh'],
    ["it's freezing and your courier made me wait outside for four hours, where is he", 'en'],
  ] as const)('%s (%s)', (text, lang) => expect(folded(text, lang)).toBe(true));
  test.each([
    // The figure alone, or someone else kept the customer waiting.
    ['热死了 快递什么时候来', 'zh'],
    ['热死了 公交让我等了两个小时 快递什么时候到', 'zh'],
    ['boiling today, the bus kept me waiting 2 hours, where is my parcel', 'en'],
  ] as const)('%s (%s) → not strong', (text, lang) => expect(folded(text, lang)).toBe(false));
});
