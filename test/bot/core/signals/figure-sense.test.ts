/**
 * A blast or a bleed read as a figure or a display term (figure-sense.ts, through word-role.ts), and a feeling caused
 * by the world or the customer's own life (world-cause.ts, through emotion-aim.ts): no incident, no strong emotion.
 * Beside them, the same words of a real blast, bleed or a feeling at the shop, which stay.
 */
import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { analyzeMessage } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

const fold = (text: string, lang: 'en' | 'zh') => (lang === 'zh' ? foldChinese(text) : text);
const kinds = (text: string, lang: 'en' | 'zh') => detectComplaintLevel(fold(text, lang), lang).complaints.map((c) => c.kind);
const strong = (text: string, lang: 'en' | 'zh') => analyzeMessage(fold(text, lang), { lang, clock: () => 0 }).emotion.strong;

describe('a blast or a bleed that is a figure or a display term is no incident', () => {
  test.each([
    ['my head is going to explode from all the choices 😂 what delivery options do you have', 'en'],
    ['my brain is about to explode from all these colour options 😂 which one is most popular', 'en'],
    ['that headset exploded in popularity huh, when is it restocking', 'en'],
    ['that jacket exploded in popularity, will you restock the medium', 'en'],
    ['my screen is bleeding... backlight bleed on the monitor I mean. is that covered under warranty', 'en'],
    ['头都要爆炸了，加班到现在。账户登不上去说被锁了', 'zh'],
    ['脑袋都快爆炸了，今天开会开了一整天。怎么修改收货地址', 'zh'],
    ['开箱快乐到爆炸，结果发现少了一根数据线', 'zh'],
    ['收到禮物開心到爆炸，想再買一個同款', 'zh'],
    ['頭都要爆炸了 報表做不完 幫我查下訂單幾時到', 'zh'],
  ] as const)('%s (%s)', (text, lang) => {
    expect(kinds(text, lang)).not.toContain('safety');
  });

  test.each([
    ['the charger exploded and burnt my hand', 'en'],
    ['the power bank exploded in my bag and burnt my leg', 'en'],
    ['the battery exploded and my head is bleeding', 'en'],
    ['the screen was bleeding some liquid and my kid touched it', 'en'],
    ['the monitor is bleeding liquid from the corner, is that safe', 'en'],
    ['the laptop exploded in my son\'s hands', 'en'],
    ['我的充电宝爆炸了 手被烫伤了', 'zh'],
    ['我的头被掉下来的架子砸了 流血了', 'zh'],
    ['充電寶在頭旁邊爆炸了', 'zh'],
  ] as const)('stays an incident: %s (%s)', (text, lang) => {
    expect(kinds(text, lang)).toContain('safety');
  });
});

describe('a feeling caused by the weather, a weekday or the customer\'s own life is no strong emotion', () => {
  test.each([
    ['ugh this rain is killing me. is my parcel still coming today', 'en'],
    ['ugh the heat is killing me. will my order arrive before 5', 'en'],
    ['i hate mondays. also i hate that i forgot my password. how do i reset it', 'en'],
    ['my sister is raging because the bridesmaids cant agree on colours 🙄 can i order 5 dresses in different sizes in one order?', 'en'],
    ['got fired today so I need to cancel the big order I made this morning. sucks', 'en'],
    ['約會超雷 男生遲到還一直滑手機 算了 你們收LINE Pay嗎', 'zh'],
  ] as const)('%s (%s)', (text, lang) => {
    expect(strong(text, lang)).toBe(false);
  });

  test.each([
    ['ugh your app is killing me, where is my refund', 'en'],
    ['你们客服超雷 算了 能退款吗', 'zh'],
  ] as const)('stays strong: %s (%s)', (text, lang) => {
    expect(strong(text, lang)).toBe(true);
  });
});
