import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { harmHasOwnCause, isBodilyHarm } from '../../../../bot/core/signals/harm-own-cause';
import { foldChinese } from '../../../../knowledge';

const fold = (text: string) => foldChinese(text.normalize('NFKC'));
const read = (text: string, lang: 'en' | 'zh') => detectComplaintLevel(lang === 'zh' ? fold(text) : text, lang);

// The customer's own injury or illness, with an activity, a sport, cooking, an illness or an operation as its cause,
// told as the reason for a routine question: no safety matter.
const OWN_CAUSE: Array<[string, 'en' | 'zh']> = [
  ['做饭烫到手了 打字慢 想问下退货地址', 'zh'],
  ['煮飯燙到手 打字好慢 請問退貨地址係邊', 'zh'],
  ['打球把手指弄骨折了 能不能帮我改个收货地址', 'zh'],
  ['打波整親隻腳 可唔可以改送貨時間', 'zh'],
  ['煲湯燙親隻手 想問下幾時送到', 'zh'],
  ['打籃球扭傷腳踝 暫時去不了超商取貨 可以改寄到家裡嗎', 'zh'],
  ['最近发烧在家躺了三天 现在才看到取件短信 还能取吗', 'zh'],
  ['做完手术在家休养 订单能改成周末送吗', 'zh'],
  ["sprained my ankle playing football so can't get to the post office, can you collect the return?", 'en'],
  ["I cut my finger chopping onions so typing is slow, what's your returns address?", 'en'],
  ["broke my arm skiing last month, can I change the delivery address to my parents' place?", 'en'],
  ['scalded my wrist making tea this morning so typing is slow, can I change the delivery date?', 'en'],
  ['had surgery last week, can the 30 day return window be extended?', 'en'],
  // A sport named by its game after "at": the occasion ("at netball", "at soccer practice").
  ["I sprained my ankle at netball, what's the delivery time for the trainers?", 'en'],
  ['broke my wrist at soccer, is the return window 30 days?', 'en'],
];

// The goods, the courier or a use of a thing as the cause, someone else hurt by the goods, a reaction to food: L1.
const KEPT: Array<[string, 'en' | 'zh']> = [
  ["the kettle burned my hand, what's the returns address?", 'en'],
  ['I burned my hand cooking with your pan, what\'s your returns address?', 'en'],
  ["I burned my hand while using the straightener, what's the returns address?", 'en'],
  ["I cut myself opening the parcel, what's the returns address?", 'en'],
  ['my daughter cut her finger on the toy, where do I send the return?', 'en'],
  ['I had an allergic reaction to the nuts I ordered, where do I send the return?', 'en'],
  ['I got an allergic reaction eating dinner last night, can I change my delivery address?', 'en'],
  ['the courier dropped the parcel on my foot and broke my toe, can I change the delivery address?', 'en'],
  ['I burned my hand cooking on the new hob you sold me, can I change my address?', 'en'],
  ['充电器烫伤了我的手 退货地址是哪里', 'zh'],
  ['食咗你哋啲嘢肚痛入院 可唔可以改地址', 'zh'],
  ['用你们的锅做饭烫到手了 锅柄太烫', 'zh'],
  ['做饭的时候用新买的锅烫到手 退货地址在哪', 'zh'],
  ['做饭时锅柄烫到手 退货地址在哪', 'zh'],
  ['玩具把我儿子的手割伤了 退货寄到哪', 'zh'],
  ['打開包裹的時候被刀片割傷手 退貨地址係邊', 'zh'],
  ['用咗個風筒燙親手 退貨地址喺邊', 'zh'],
  ['煮飯時個煲燙親我隻手 想問退貨地址', 'zh'],
  ['骑你们的单车摔断了手 能改地址吗', 'zh'],
  // A thing as the one that did the harm, the activity only when it happened (past-injury.ts reads "cooking" too).
  ["the pan burned my hand while cooking, what's the returns address?", 'en'],
  ["it burned my hand when I was cooking, what's the returns address?", 'en'],
  ['the knife cut my finger chopping onions, can you change my delivery address?', 'en'],
  ['做饭的时候锅把我的手烫到了 退货地址在哪', 'zh'],
  ['煮飯嗰陣個煲燙親我 想問退貨地址', 'zh'],
];

describe('harm-own-cause', () => {
  test.each(OWN_CAUSE)('%s: no safety matter', (text, lang) => {
    const result = read(text, lang);
    expect(result.complaints.filter((c) => c.kind === 'safety')).toEqual([]);
  });
  test.each(KEPT)('%s: still safety at L1', (text, lang) => {
    expect(read(text, lang).complaints.some((c) => c.kind === 'safety' && c.level === 'L1')).toBe(true);
  });

  // [text, harm phrase, own cause read]: the clause is the whole text here.
  test.each([
    ['burned my hand cooking dinner', 'burned my hand', 'en', true],
    ['sprained my ankle playing football', 'sprained', 'en', true],
    ['while cooking i burned my hand', 'burned my hand', 'en', true],
    ['hurt my back in a car accident', 'hurt my back', 'en', true],
    ['burned my hand using the straightener', 'burned my hand', 'en', false],
    ['hurt his hand playing with the toy', 'hurt his hand', 'en', false],
    ['burned my hand cooking with the pan', 'burned my hand', 'en', false],
    ['the pan burned my hand cooking', 'burned my hand', 'en', false],
    ['cut my finger on the lid', 'cut my finger', 'en', false],
    ['做饭烫到手了', '烫到手', 'zh', true],
    ['我昨天打球把手指弄骨折了', '骨折', 'zh', true],
    ['炒菜被油溅到烫伤了', '烫伤', 'zh', true],
    ['做饭的时候不小心烫到手', '烫到手', 'zh', true],
    ['打开包裹割伤手', '割伤', 'zh', false],
    ['做饭时锅柄烫到手', '烫到手', 'zh', false],
    ['用锅做饭烫到手', '烫到手', 'zh', false],
    ['充电器烫伤了我的手', '烫伤', 'zh', false],
  ] as Array<[string, string, 'en' | 'zh', boolean]>)('%s (%s): %s %s', (text, phrase, lang, expected) => {
    const at = text.indexOf(phrase);
    expect(harmHasOwnCause(text, at, at + phrase.length, 0, text.length, lang === 'zh')).toBe(expected);
  });

  test.each([
    ['burned my hand', false, true],
    ['caught fire', false, false],
    ['allergic reaction', false, false],
    ['烫伤', true, true],
    ['整亲', true, true],
    ['过敏', true, false],
    ['触电', true, false],
  ] as Array<[string, boolean, boolean]>)('%s is a bodily harm: %s %s', (phrase, chinese, expected) =>
    expect(isBodilyHarm(phrase, chinese)).toBe(expected));
});
