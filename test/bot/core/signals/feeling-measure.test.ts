/**
 * Strong feeling told by the body or against a setting (feeling-measure.ts, circumstance-cue.ts withoutIllnessAsSetting,
 * breaking-point.ts, vent-aside.ts, insult-addressed.ts), through analyzeMessage: an emotion (L2), not an incident (L1);
 * and the guards, a real explosion, a child hurt, goods that made someone ill, praise, stay as they were.
 */
import { analyzeMessage } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') => analyzeMessage(lang === 'zh' ? foldChinese(text) : text, { lang, clock: () => 0 });

describe('a feeling measured by the body is an emotion, not harm', () => {
  test.each([
    ['气死我了 气到手都在抖 给孩子买的生日礼物到现在还没到', 'zh'],
    ['真的氣到爆炸 等了一個月什麼都沒有 我快崩潰了', 'zh'],
    ['我气得浑身发抖 退款等了三个礼拜还没到账', 'zh'],
    ['嬲到手震 份嘢等咗成個月都未到', 'zh'],
    ['i am literally shaking with anger, third time my parcel has gone missing', 'en'],
    ["I'm honestly at breaking point. My mum is ill, I've been running between the hospital and home and now this order for her care has vanished. I just can't cope.", 'en'],
    ['我妈住院了 我两头跑 给她买的轮椅还没到 我真的快崩溃了', 'zh'],
    // The measure alone, with no other feeling word the lexicon weighs, is the feeling at its height.
    ['超派 我真的氣到快爆炸 到底在搞什麼', 'zh'],
  ] as const)('%s', (text, lang) => {
    const signals = read(text, lang);
    expect(signals.complaints.some((c) => c.kind === 'safety')).toBe(false);
    expect(signals.emotion.strong).toBe(true);
  });
});

describe('a real explosion, a hurt, goods that made someone ill stay safety', () => {
  test.each([
    ['我的充电宝爆炸了 桌子都烧了', 'zh'],
    ['電池爆炸 孩子的手被炸傷了', 'zh'],
    ['气到爆炸 充电宝也爆炸了', 'zh'],
    ['the charger caught fire and burned my hand', 'en'],
    ['my mum is ill and the cream you sent gave her a rash, I can\'t cope', 'en'],
    ['my son got sick after eating your snacks and now the refund hasnt arrived', 'en'],
    ['我女儿吃了你们的饼干住院了 退款还没到', 'zh'],
  ] as const)('%s', (text, lang) => {
    expect(read(text, lang).complaints.some((c) => c.kind === 'safety')).toBe(true);
  });
});

describe('anger told plainly before a shouted demand, tears where the customer sits, insults at the reader', () => {
  test.each([
    ['honestly want to scream. WHERE IS MY MONEY', 'en'],
    ['im so angry i cant even type properly rn. WHERE IS MY ORDER', 'en'],
    ['im sitting in my car crying. i saved for months for this and you sent me an empty box and now i cant afford anything else', 'en'],
    ['whoever is reading this you are a brainless waste of space and so is everyone at baton', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(read(text, lang).emotion.strong).toBe(true);
  });

  test.each([
    ['thanks so much, the lamp arrived and looks great', 'en'],
    ['the kids made me want to scream with laughter, thanks for the game', 'en'],
    ['好開心 收到了 謝謝', 'zh'],
  ] as const)('stays routine: %s', (text, lang) => {
    expect(read(text, lang).emotion.strong).toBe(false);
  });
});

describe('a feeling measured by the body about the customer’s own day, set aside before a routine question', () => {
  test('今天堵车气到手抖 算了 问下运费多少', () => {
    expect(read('今天堵车气到手抖 算了 问下运费多少', 'zh').emotion.strong).toBe(false);
  });
});
