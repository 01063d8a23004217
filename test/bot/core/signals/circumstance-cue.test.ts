import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { withoutCueAsCircumstance } from '../../../../bot/core/signals/circumstance-cue';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const en = (phrases: string[], kind: 'safety' | 'legal', text: string) => withoutCueAsCircumstance(phrases, kind, normalizeEnglish(text), '');
const zh = (phrases: string[], kind: 'safety' | 'legal', text: string) => withoutCueAsCircumstance(phrases, kind, '', normalizeChinese(foldChinese(text)));

// [phrases found, kind, message]: the cue is the customer's circumstance, the question a routine one.
const CIRCUMSTANCE: Array<[string[], 'safety' | 'legal', string, 'en' | 'zh']> = [
  [['发烧'], 'safety', '我感冒发烧躺了一个星期，退货期是不是已经过了？', 'zh'],
  [['住院'], 'safety', '我上禮拜住院，錯過了超商取貨，包裹現在在哪裡？', 'zh'],
  // A parcel the carrier sent back is delivery, not the customer's return; an admission told as 入咗醫院.
  [['in hospital', 'hospital'], 'safety', 'I was in hospital for a few days after my knee op and the courier tried to deliver while I was away. Tracking now says returned to depot. How do I get it sent out again?', 'en'],
  [['医院'], 'safety', '我上個禮拜入咗醫院做手術 速遞嚟嗰陣冇人收 而家顯示退返倉 可唔可以再送過', 'zh'],
  [['打官司'], 'legal', '我自己打官司需要购物凭证，能补开发票吗？', 'zh'],
  [['诉讼'], 'legal', '因為訴訟需要，想申請一份電子發票，請問怎麼處理？', 'zh'],
  [['警察'], 'legal', '警察叫我留好购物记录，订单明细怎么导出？', 'zh'],
  // A parcel sent back (退回) is logistics, not a return asked for.
  [['住院'], 'safety', '我之前住院所以沒去超商取貨，包裹會被退回嗎？', 'zh'],
  [['was sick'], 'safety', 'I was sick for a week, is it too late to return the jeans?', 'en'],
  [['to court'], 'legal', "I'm going to court next month over my divorce and need a copy of my invoice, can you resend it?", 'en'],
  [['police'], 'legal', "Police officer here, I work night shifts so I'm never home for deliveries, what delivery options do you have?", 'en'],
];
// Linked to the store (its goods, its staff, the store as the target), told as an incident, someone else's harm, a
// symptom the goods may cause, or no routine question: nothing set aside.
const KEPT: Array<[string[], 'safety' | 'legal', string, 'en' | 'zh']> = [
  [['住院'], 'safety', '吃了你们的保健品住院一周，退货期过了吗？', 'zh'],
  [['住院'], 'safety', '孩子吃了零食住院了，能退货吗', 'zh'],
  [['住院'], 'safety', '我住院了，你们的东西还能退吗', 'zh'],
  [['住院'], 'safety', '我妈住院了，退货期过了吗', 'zh'],
  [['上吐下泻'], 'safety', '上吐下泻一个星期，退货期过了吗', 'zh'],
  [['住院'], 'safety', '我住院了', 'zh'],
  // A return or a refund asked for by itself, not by its time: the goods returned may be what made the customer ill.
  [['发烧'], 'safety', '发烧了一晚上，那盒海鲜可以退款吗', 'zh'],
  [['was sick'], 'safety', 'I was sick all night, can I get a refund on the chicken?', 'en'],
  [['打官司'], 'legal', '我要和你们打官司，发票呢？', 'zh'],
  [['打官司'], 'legal', '再不退款我就打官司，发票呢？', 'zh'],
  [['警察'], 'legal', '警察已经上门了解情况，包裹在哪里？', 'zh'],
  [['to court'], 'legal', "I'm going to court over this, can you send me the invoice?", 'en'],
  [['police'], 'legal', 'police are investigating, where is my parcel?', 'en'],
  [['police'], 'legal', 'police are involved now, your courier stole my parcel, where is it?', 'en'],
  [['lawyer'], 'legal', 'My lawyer will be in touch, where is my refund?', 'en'],
  [['in hospital'], 'safety', 'I was in hospital after the heater fell on me, can I return it?', 'en'],
  [['in hospital'], 'safety', 'my son was in hospital last week, can I return the toy?', 'en'],
  [['in hospital'], 'safety', 'the baby was in hospital last week, where is my parcel?', 'en'],
  // Goods failing before the stay (the stool gave way): the stay may be theirs.
  [['在医院'], 'safety', '張櫈塌咗 我而家喺醫院 可唔可以改送貨地址', 'zh'],
];

describe('circumstance-cue', () => {
  test.each(CIRCUMSTANCE)('%j (%s) set aside in %s', (phrases, kind, text, lang) =>
    expect(lang === 'en' ? en(phrases, kind, text) : zh(phrases, kind, text)).toEqual([]));
  test.each(KEPT)('%j (%s) kept in %s', (phrases, kind, text, lang) =>
    expect(lang === 'en' ? en(phrases, kind, text) : zh(phrases, kind, text)).toEqual(phrases));

  test('a circumstance keeps the learned readings out too, and a symptom beside it stays', () => {
    expect(detectComplaintLevel('我感冒发烧躺了一个星期，退货期是不是已经过了？', 'zh').level).toBeNull();
    expect(detectComplaintLevel('我自己打官司需要购物凭证，能补开发票吗？', 'zh').level).toBeNull();
    const symptom = detectComplaintLevel('我发烧住院还上吐下泻，退货期过了吗', 'zh');
    expect(symptom.kind).toBe('safety');
    expect(symptom.evidence).toContain('上吐下泻');
  });
});
