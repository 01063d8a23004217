/**
 * A vent about the customer's own day before a turn to a routine question (vent-aside.ts), through analyzeMessage as the
 * engine calls it (Chinese folded to simplified first): the anger is no strong emotion, and smoke of the customer's own
 * cooking is no safety incident. Beside them, the same shapes with the store in the vent, smoke from goods, or no
 * cause and no question: they keep what the rules read.
 */
import { analyzeMessage } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') => analyzeMessage(lang === 'zh' ? foldChinese(text) : text, { lang, clock: () => 0 });

describe('anger at something of the customer’s own day, then a turn to a routine question, is no strong emotion', () => {
  test.each([
    ["the traffic this morning was insane, I'm absolutely fuming. anyway what time do you close today?", 'en'],
    ['so angry, my team lost again last night lol. btw how much is shipping to leeds?', 'en'],
    ['my boss is driving me mad today, so furious. ok so is the blue kettle in stock?', 'en'],
    ["crowded train, someone spilled coffee on me, I'm livid. anyway can I track my order?", 'en'],
    ['昨晚球队又输了 真的很火大 对了 运费多少钱', 'zh'],
    ['邻居装修吵了一整天 气死人 话说 我的快递到哪了', 'zh'],
    // Cantonese: 嬲爆 (folded 生气爆), 激死, 係喎 (folded 是了), 話說.
    ['今朝迫地鐵迫到嬲爆 係喎 你哋幾點開門', 'zh'],
    ['老細今日激死我 話說 運費幾錢', 'zh'],
    ['塞車塞咗成個鐘 嬲死 問一下你哋幾點收舖', 'zh'],
    // The sentence's end as the turn, a question after it; a feeling that lasts ("still furious"); a plain "yet".
    ['stuck on the motorway for three hours, absolutely fuming. what are your opening hours', 'en'],
    ['my flatmate ate my leftovers again, livid. do you do gift wrapping?', 'en'],
    ['the referee robbed us last night, still furious. anyway do you ship to Ireland', 'en'],
    ['my kids turned the kitchen into a disaster zone this morning, total chaos. anyway, has my order shipped yet?', 'en'],
    ['地铁挤死了 气得我 算了 问下运费怎么算', 'zh'],
    ['房东又涨租 气死我了。你们周末发货吗', 'zh'],
    // A need stated after the turn is the business at hand; "before it ships" is the order, not the vent pointed back at.
    ['still furious about the ref in last nights game 😡⚽ anyway need to cancel the jersey i ordered, wrong team haha', 'en'],
    ['traffic is killing me this morning 😤 anyway can i change my delivery address before it ships', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(read(text, lang).emotion.strong).toBe(false);
  });
});

describe('smoke of the customer’s own cooking, then a turn to a routine question, is no safety incident', () => {
  test.each([
    ['my kids set off the smoke alarm making toast this morning haha. anyway do you deliver on saturdays?', 'en'],
    ['burnt the dinner and the whole flat is full of smoke lol. btw what are your opening hours?', 'en'],
    // A fire alarm goes off for burnt food as a smoke alarm does.
    ['I burnt the bacon and set off the fire alarm haha, anyway do you have the blue mugs in stock?', 'en'],
    ['煮饭烧焦了 整屋烟 不说了 问一下这个锅还有货吗', 'zh'],
    ['煲飯燒燶咗 成屋都係煙 對了 請問有冇貨', 'zh'],
  ] as const)('%s', (text, lang) => {
    const signals = read(text, lang);
    expect(signals.complaints.map((c) => c.kind)).not.toContain('safety');
    expect(signals.emotion.strong).toBe(false);
  });
});

describe('anger at the store, anger with no cause or no question, and smoke from goods keep what the rules read', () => {
  test.each([
    ["traffic was bad and then your driver didn't come, I'm fuming", 'en'],
    ["I'm so angry about the traffic today", 'en'],
    ["I'm fuming, anyway where is my order?", 'en'],
    ["waited two hours for nothing, I'm fuming. anyway where is my parcel?", 'en'],
    ["I'm absolutely furious with this whole experience lol. anyway when do you open", 'en'],
    ['the traffic was awful and your courier lost my parcel, I\'m furious. anyway when will it come?', 'en'],
    ['堵车就算了 你们的快递员还不来 气死我了 什么时候送到', 'zh'],
    ['气死我了 算了 问一下运费多少', 'zh'],
    // A verdict in a vent with no turn word most likely judges the store.
    ["this is ridiculous, I'm furious. when will my order come", 'en'],
    ['stuck at home all day waiting, fuming. is my parcel coming today', 'en'],
    ['太离谱了 气死我了。我的订单呢', 'zh'],
    ['我等了一整天 气死了。包裹什么时候到', 'zh'],
    ['气死了 等了一个星期 算了 问一下什么时候到', 'zh'],
    // 嬲死 (folded 生气死) weighs as 气死: at the store's late delivery, a strong emotion.
    ['塞車又遲到 你哋送貨仲要遲 嬲死 幾時到', 'zh'],
    // A question pointing back at the vent's thing; a need stated after the store named in the vent.
    ['so angry at my landlord. anyway how do i return it', 'en'],
    ['fuming, you lost my parcel again. anyway need to cancel', 'en'],
  ] as const)('%s stays a strong emotion', (text, lang) => {
    expect(read(text, lang).emotion.strong).toBe(true);
  });
  test.each([
    ['the toaster I bought from you set off the smoke alarm', 'en'],
    ['the heater you sold me set off the fire alarm, anyway how do I return it?', 'en'],
    ['the fire alarm went off because the kitchen caught fire, anyway what time do you close', 'en'],
    ['the air fryer from you started smoking, anyway can I return it?', 'en'],
    ['the kitchen filled with smoke while I was cooking with your pan, anyway can I return it?', 'en'],
    ['the oven caught fire while cooking dinner lol, anyway what time do you open', 'en'],
    ['你们卖的烤面包机一用就冒烟 整屋烟 还能退吗', 'zh'],
  ] as const)('%s stays a safety incident', (text, lang) => {
    expect(read(text, lang).complaints.map((c) => c.kind)).toContain('safety');
  });
});

describe('a rudeness complained of inside a vent about someone of its own, then a turn to a routine question, is no strong emotion', () => {
  test.each([
    ['the post office lady was so rude to me today 🙄 anyway where do I print my return label', 'en'],
    ['my neighbour was so rude to me this morning ugh, anyway how long does standard shipping take', 'en'],
    ['the bus driver was so rude today 🙄 anyway do you ship to Ireland', 'en'],
    ['楼下邻居太没素质了 气死我了 总之 退货地址在哪', 'zh'],
  ] as const)('%s (%s)', (text, lang) => expect(read(text, lang).emotion.strong).toBe(false));
  test.each([
    // The store's people are rude, or rude with no one named: the feeling is the store's.
    ['your driver was so rude to me 🙄 anyway where do I print my return label', 'en'],
    ['you guys are so rude, anyway where is my refund', 'en'],
    ['the driver was so rude to me 🙄 anyway where do I print my return label', 'en'],
    ['你们客服态度太差了 气死 总之 退款呢', 'zh'],
    ['你們客服態度太差了 氣死 總之 退款呢', 'zh'],
  ] as const)('%s (%s) → strong', (text, lang) => expect(read(text, lang).emotion.strong).toBe(true));
});
