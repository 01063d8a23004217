/**
 * Who a feeling is aimed at, through analyzeMessage as the engine calls it (Chinese folded first): the shop told off for
 * how it treats the customer (shop-scorn.ts), its own processes and things as the target (emotion-aim.ts), its people
 * and things given a verdict of contempt (insult-addressed.ts) are strong; the courier's act under "they", a relative who
 * only speaks, and wanting goods not yet in stock (hyperbole.ts) are not.
 */
import { analyzeMessage } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

const strong = (text: string, lang: 'en' | 'zh') =>
  analyzeMessage(lang === 'zh' ? foldChinese(text) : text, { lang, clock: () => 0 }).emotion.strong;

describe('a feeling aimed at the shop is a strong emotion', () => {
  test.each([
    ["I'm furious at the delay, where is my parcel?", 'en'],
    ['so angry at the website, it charged me twice, how do I get my money back', 'en'],
    ["you must think I'm stupid, where is my money?", 'en'],
    ["you lot think we're all mugs, where's my refund", 'en'],
    ['your app is garbage and so is your service', 'en'],
    ['your customer service is useless, still no reply', 'en'],
    ['the weather is fine but your delivery is a joke', 'en'],
    ['the courier threw my parcel over the fence again, do you even care', 'en'],
    ['你哋班客服係咪玩嘢', 'zh'],
    ['快递员又把我包裹扔门口了 你们到底管不管', 'zh'],
    ['速遞員又將我件貨掉喺門口，你哋究竟理唔理', 'zh'],
    ['你哋係咪當我傻㗎，啲錢幾時退', 'zh'],
  ] as Array<[string, 'en' | 'zh']>)('%s', (text, lang) => {
    expect(strong(text, lang)).toBe(true);
  });
});

describe('a feeling aimed away from the shop, or only eagerness, is no strong emotion', () => {
  test.each([
    ['DPD are absolutely hopeless, they dumped my order on the step, can you resend', 'en'],
    ['furious with the council, they closed the road, can I collect from the store instead', 'en'],
    ["I'm so stupid, I typed the wrong email, can you change it", 'en'],
    ['your app is slow, how do I log in', 'en'],
    ['我阿媽成日話我亂買嘢 激死', 'zh'],
    ['我老公说我乱花钱，气死了，这个可以退吗', 'zh'],
    ['等补货等到要疯了', 'zh'],
    // The goods named between the wait and the restock; 啥时候 asks as 什么时候 does.
    ['等这双鞋补货等到要疯了 啥时候有货', 'zh'],
    // The courier's doing joined on after a long clause: the goods' state, not anger at the shop.
    ['the courier is useless, left my parcel out in the rain and now the box and the stuff inside is ruined, what do i do', 'en'],
    ['想买想到要疯了，什么时候补货', 'zh'],
    ['你们有玩具吗', 'zh'],
  ] as Array<[string, 'en' | 'zh']>)('%s', (text, lang) => {
    expect(strong(text, lang)).toBe(false);
  });
});
