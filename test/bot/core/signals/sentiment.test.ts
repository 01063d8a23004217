import { analyzeEmotion, analyzeSentiment, rollingSentiment, type SentimentLabel } from '../../../../bot/core/signals';
import {
  ZH_CONTRAST, ZH_DEGREE, ZH_DIMENSIONS, ZH_EMOTICONS, ZH_MARKERS, ZH_NEGATIVE, ZH_NEGATORS, ZH_NEUTRAL, ZH_POSITIVE,
} from '../../../../bot/core/signals/lexicon-zh';

const score = (text: string, lang: 'en' | 'zh' = 'en'): number => analyzeSentiment(text, lang).score;

const ENGLISH: Array<[string, SentimentLabel]> = [
  ['Thanks, that was really helpful', 'positive'],
  ['Great service, I love it', 'positive'],
  ['The product is not bad', 'positive'], // faint praise
  ['I am not happy with this', 'negative'],
  ['This is the worst service ever', 'negative'],
  ["I still haven't received my order", 'negative'],
  ["My order hasn't arrived yet", 'negative'],
  ['my son is bleeding', 'negative'],
  ['What a waste of money', 'negative'],
  ['This is a scam', 'negative'],
  ['Completely unacceptable', 'negative'],
  ['The screen is broken', 'negative'],
  ['refund now', 'negative'],
  ['WHERE IS MY ORDER???', 'negative'],
  ['How do I change my delivery address?', 'neutral'],
  ['I have a problem updating my address', 'neutral'],
  ['Can you help me cancel my order please', 'neutral'],
  ['where do I leave a damn comment?', 'neutral'],
  // A gift card is a thing the store sells, not a gift received.
  ['can I pay with a gift card?', 'neutral'],
  ['i want to buy a gift card', 'neutral'],
  ['I want to file a complaint', 'negative'],
];

const CHINESE: Array<[string, SentimentLabel]> = [
  // Short of what was described, however far the praise stands; an intensifier that is not praise; a reproach asked.
  ['商品没有想象的那样好', 'negative'],
  ['没有介绍的那样出色', 'negative'],
  ['超级无敌失望', 'negative'],
  ['你们这样好么？', 'negative'],
  ['不好', 'negative'],
  ['不错', 'positive'],
  ['没问题', 'positive'],
  ['好', 'positive'],
  ['很差', 'negative'],
  ['太慢了', 'negative'],
  ['不满意', 'negative'],
  ['质量太差了，非常失望', 'negative'],
  ['东西收到了，很满意，谢谢', 'positive'],
  ['物流很快，包装也很好', 'positive'],
  ['房间太小', 'negative'],
  ['不太好', 'negative'],
  ['没有想象中好', 'negative'],
  ['我想查一下订单', 'neutral'],
  ['请问什么时候发货', 'neutral'],
  ['不好意思，请问怎么退货', 'neutral'],
  ['千万别买，垃圾', 'negative'],
  ['位置不错，但是房间太吵了', 'negative'],
];

describe('analyzeSentiment (English)', () => {
  test.each(ENGLISH)('%s → %s', (text, label) => {
    expect(analyzeSentiment(text, 'en').label).toBe(label);
  });

  test('negation flips a word', () => {
    expect(score('I am happy')).toBeGreaterThan(0);
    expect(score('I am not happy')).toBeLessThan(0);
    expect(score("I don't like it")).toBeLessThan(0);
    expect(score('not bad')).toBeGreaterThan(0);
  });

  test('a negator serves one sentiment word, not the next one too', () => {
    expect(score('it never arrived and nobody answers')).toBeLessThan(score('it never arrived'));
  });

  test('degree words, capitals and exclamation marks strengthen', () => {
    expect(score('this is very bad')).toBeLessThan(score('this is bad'));
    expect(score('this is slightly bad')).toBeGreaterThan(score('this is bad'));
    expect(score('not very good')).toBeGreaterThan(score('not good'));
    expect(score('not very good')).toBeLessThan(0);
    expect(score('this is BAD')).toBeLessThan(score('this is bad'));
    expect(score('this is bad!!!')).toBeLessThan(score('this is bad'));
    expect(score('fucking useless')).toBeLessThan(score('useless'));
  });

  test('after "but" the second half counts more', () => {
    expect(score('nice box but the phone is broken')).toBeLessThan(0);
  });

  test('evidence names the words and cues', () => {
    expect(analyzeSentiment('I am not happy!!!', 'en').evidence).toEqual(['not happy', '!!!']);
    expect(analyzeSentiment('WHERE IS MY ORDER???', 'en').evidence).toEqual(['WHERE IS MY', 'ALL CAPS', '???']);
  });

  test('scores stay within -1 … 1', () => {
    const extreme = 'WORST worst terrible horrible awful scam fraud disgusting!!!! '.repeat(20);
    expect(score(extreme)).toBeGreaterThanOrEqual(-1);
    expect(score('great '.repeat(100))).toBeLessThanOrEqual(1);
  });
});

// Real complaints report what went wrong, often with no feeling word at all; sarcasm praises it.
const ENGLISH_COMPLAINTS_WITHOUT_FEELING_WORDS = [
  'great, another delay',
  'Awesome customer service, on hold for 2 hours',
  'love being on hold all afternoon',
  'my flight got cancelled and no rebooking',
  'been waiting 3 weeks for my refund',
  'still no response to my email',
  'no wifi, no food, no power on a 5 hour flight',
  "I can't log in to check my order",
  'the website is down again',
  'they cancelled my order without telling me',
  'I really wanted to love this dress, returned it',
  'thanks for nothing',
  'why is my package delayed again?',
  // Praise of a failure that happened again, thanks for a failure, praise said to the company beside a failure.
  'oh perfect, my order is late again',
  'just brilliant. cancelled again.',
  'thanks a lot for ruining my weekend',
  'cheers for the useless answer',
  'wow, great service, 3 weeks and still nothing',
  'you are so funny, still no refund',
  // What a product turned out to be, and a challenge asked as a question.
  'the fabric pilled after one wash and it shrank',
  'flimsy and overpriced',
  'what kind of answer is this?',
  // Praise held until something went wrong; a verdict on the purchase.
  'Loved this dress until I washed it, now it has holes',
  'I wanted to love this top, returned it',
  'looks nothing like the picture',
  'honestly bummed, the fabric tore the second time I wore it',
];

const ENGLISH_NOT_NEGATIVE = [
  'great, my package arrived early!',
  'the crew was great but the flight was a bit late',
  'Great service, thank you so much',
  'no problem, thanks',
  'how do I cancel my order',
  'what is your customer support email',
  'I ordered a size 10 and it fits true to size',
  'thank you for the quick reply!',
  'thanks for fixing the problem so fast',
  'you are so helpful, thank you',
  'great job, it arrived on time',
  // Another sentence is another thought: the "but" of the second does not discount the first.
  'Cute top. It runs a little large, but I love it.',
  // A dimension, a colour, a verb of use: no judgement by themselves.
  'the quality of the knit is thick and it can be worn with anything',
  'I bought the grey one, be careful when you wash it',
  'so comfy and flattering',
  'how can you help me with my order?',
  // A reservation in a review that is otherwise content; praise with an object of its own is not sarcasm.
  "Great leggings! they're well made and comfortable, my only complaint is that they stretch a little and don't fit perfectly.",
  'Love these jeans. comfortable fit, doesn\'t stretch out too much after wearing a few hours.',
  // A hope for the future, and a sizing note.
  "it was too big so i'm trying a smaller size, hoping this one works!",
  'Runs small, so I sized up and it is lovely',
  'no thanks, that is all',
];

describe('analyzeSentiment (English): real complaints', () => {
  test.each(ENGLISH_COMPLAINTS_WITHOUT_FEELING_WORDS)('negative: %s', (text) => {
    expect(analyzeSentiment(text, 'en').label).toBe('negative');
  });

  test.each(ENGLISH_NOT_NEGATIVE)('not negative: %s', (text) => {
    expect(analyzeSentiment(text, 'en').label).not.toBe('negative');
  });

  test('"but" discounts what comes before it in its own sentence only', () => {
    expect(score('Cute top. It runs large, but I love it.')).toBeGreaterThan(score('Cute top, it runs large, but I love it.'));
    expect(score('looks nice but fell apart after a day')).toBeLessThan(0);
  });

  test('a reservation weighs a small flaw, and says so in the evidence', () => {
    const reading = analyzeSentiment('Nice top. my only complaint is that the sleeves are a bit short', 'en');
    expect(reading.label).not.toBe('negative');
    expect(reading.evidence.some((e) => e.endsWith('(only)'))).toBe(true);
  });

  test('sarcasm is marked in the evidence', () => {
    expect(analyzeSentiment('great, another delay', 'en').evidence).toEqual(['great (sarcasm)', 'another delay']);
  });

  test('in a sarcastic message the thanks are sarcastic too; a sincere thanks after a failure stays thanks', () => {
    expect(analyzeSentiment('Wonderful, another cancellation. Thanks a lot', 'en').label).toBe('negative');
    expect(analyzeSentiment('love how my suitcase got damaged. thank you', 'en').evidence).toContain('thank you (sarcasm)');
    expect(analyzeSentiment('my parcel was late but it came today, thanks', 'en').label).not.toBe('negative');
  });

  test('swearing written with asterisks is read', () => {
    expect(score('f***ing useless')).toBeLessThan(score('useless'));
  });
});

describe('analyzeEmotion: how upset, apart from what happened', () => {
  test.each([
    ["my package hasn't arrived yet", false],
    ['the item arrived damaged, can I return it?', false],
    ['been waiting 3 weeks for my refund', false],
    ['this is the worst service ever!!!', true],
    ['absolutely useless, I am fed up', true],
    ['you lot are f***ing useless', true],
    ['还没收到货', false],
    ['气死我了！！！垃圾', true],
    // Anger without swearing, rhetorical scolding; a sizing note is no feeling.
    ['how dare you charge me again', true],
    ['I am appalled', true],
    ['有没有搞错', true],
    ['简直欺人太甚', true],
    ['你们还好意思让我等', true],
    ['this top runs small', false],
    ['有没有货', false],
    // Swearing behind symbols or abbreviated, and English swearing in a Chinese message; damage stated as a result
    // (烂晒, 烂了) is a state.
    ['this is f***ing ridiculous', true],
    ['$h!t, the box came empty', true],
    ['ffs just fix it', true],
    ['f**k 什么时候才发货', true],
    ['wtf 还没到', true],
    ['5***** service', false],
    ['个箱烂晒 入面的东西压扁了 怎么办', false],
    ['箱子烂了', false],
  ] as const)('%s → strong %s', (text, strong) => {
    expect(analyzeEmotion(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en').strong).toBe(strong);
  });

  // The same feeling reads the same in both languages: one word of irritation or disappointment, even with "so" / 好
  // before it, is no reason to call a person; stronger words, degree on disappointment, contempt and swearing are.
  test.each([
    ['so annoying', '好烦', false],
    ['really annoying', '很烦', false],
    // Stacked intensifiers say "very" once.
    ['really annoying', '真的很烦', false],
    ['disappointed', '失望', false],
    ['really disappointed', '好失望', true],
    ['this is outrageous', '过分', false],
    ['this is really outrageous', '太过分了', true],
    ['you people dont care about customers', '你们不把顾客当回事', false],
    ["you don't care about your customers, this is ridiculous", '完全不把客人当一回事 太离谱了', true],
    ['fuck when will it ship', 'f**k 什么时候发货', true],
  ] as const)('%s ≈ %s → strong %s', (english, chinese, strong) => {
    const en = analyzeEmotion(english, 'en');
    const zh = analyzeEmotion(chinese, 'zh');
    expect([en.strong, zh.strong]).toEqual([strong, strong]);
    expect(Math.abs(en.score - zh.score)).toBeLessThan(0.15);
  });

  test('damage stated as a result is no feeling; 烂透了 judges', () => {
    expect(analyzeEmotion('箱子烂了', 'zh').label).toBe('neutral');
    expect(analyzeEmotion('烂透了', 'zh').label).toBe('negative');
  });

  test('a report is negative in sentiment and neutral in emotion', () => {
    expect(analyzeSentiment('my parcel never arrived', 'en').label).toBe('negative');
    expect(analyzeEmotion('my parcel never arrived', 'en')).toMatchObject({ label: 'neutral', strong: false });
  });

  test("someone else's taste is the reason for a return, not the customer upset", () => {
    expect(analyzeEmotion('i bought a lamp for my mom but she hates it lol how do i give it back', 'en').label).toBe('neutral');
    expect(analyzeEmotion('my son really hated the jacket', 'en').label).toBe('neutral');
    expect(analyzeEmotion('I hate this company', 'en').label).toBe('negative');
  });

  test('damage described is a report: negative in what is said, no upset customer', () => {
    expect(analyzeSentiment('my mug arrived chipped and the lid leaks', 'en').label).toBe('negative');
    expect(analyzeEmotion('my mug arrived chipped and the lid leaks', 'en')).toMatchObject({ strong: false });
    expect(analyzeEmotion('the table came scratched and dented', 'en')).toMatchObject({ label: 'neutral' });
  });

  test('thanks for catching a fraud is no accusation', () => {
    expect(analyzeSentiment('Thanks @HelioBank for spotting that fraud on my card before I did', 'en').label).not.toBe('negative');
  });
});

describe('analyzeSentiment (Chinese)', () => {
  test.each(CHINESE)('%s → %s', (text, label) => {
    expect(analyzeSentiment(text, 'zh').label).toBe(label);
  });

  test('a question about the goods is no reproach: only one said to the company about what it did', () => {
    expect(analyzeSentiment('这个好用吗？', 'zh').label).not.toBe('negative');
    expect(analyzeSentiment('你们这么做合适吗？', 'zh').label).toBe('negative');
  });

  test('degree words strengthen, and soften under negation', () => {
    expect(score('非常差', 'zh')).toBeLessThan(score('差', 'zh'));
    expect(score('极其失望', 'zh')).toBeLessThan(score('失望', 'zh'));
    expect(score('太贵了', 'zh')).toBeLessThan(score('有点贵', 'zh'));
    expect(score('不太好', 'zh')).toBeGreaterThan(score('不好', 'zh'));
  });

  test('negators 不, 没, 别, 未 flip the word they govern', () => {
    expect(score('满意', 'zh')).toBeGreaterThan(0);
    expect(score('不满意', 'zh')).toBeLessThan(0);
    expect(score('没有用心', 'zh')).toBeLessThan(0);
    expect(score('别推荐', 'zh')).toBeLessThan(0);
    expect(score('未解决', 'zh')).toBeLessThan(0);
    expect(score('不贵', 'zh')).toBeGreaterThan(0);
  });

  test('a negator does not reach into a new predicate', () => {
    expect(analyzeSentiment('没收到货很失望', 'zh').label).toBe('negative');
  });

  test('evidence keeps the modifiers', () => {
    expect(analyzeSentiment('服务不太好，物流非常慢！', 'zh').evidence).toEqual(['不太好', '非常慢', '!']);
  });
});

describe('rollingSentiment', () => {
  test('mean of the last turns and how many of them were negative', () => {
    expect(rollingSentiment([0.5, -0.6, -0.4, 0.1])).toEqual({ score: -0.3, label: 'neutral', negativeTurns: 2 });
    expect(rollingSentiment([-0.6, -0.7], 2)).toEqual({ score: -0.65, label: 'negative', negativeTurns: 2 });
  });

  test('no turns yet is neutral', () => {
    expect(rollingSentiment([])).toEqual({ score: 0, label: 'neutral', negativeTurns: 0 });
  });
});

describe('Chinese lexicon', () => {
  test('every word belongs to one list, so its role is never decided by load order', () => {
    const lists: string[][] = [
      Object.keys(ZH_POSITIVE), Object.keys(ZH_NEGATIVE), Object.keys(ZH_NEGATORS), Object.keys(ZH_DEGREE),
      [...ZH_CONTRAST], [...ZH_NEUTRAL], [...ZH_DIMENSIONS], Object.keys(ZH_MARKERS), Object.keys(ZH_EMOTICONS),
    ];
    const all = lists.flat();
    expect(all.filter((word, i) => all.indexOf(word) !== i)).toEqual([]);
  });
});
