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

  // Someone else's accident or stay told with what it does to the errand (no one home, staying at a relative's, at the
  // bedside), a court served as a juror or a witness: the customer's reason, beside a routine question.
  const fold = (text: string) => foldChinese(text.normalize('NFKC'));
  test.each([
    ["My daughter broke her arm and I'm staying at my mum's this week so no one's home to receive parcels, can I change the delivery address?", 'en'],
    ["My mother is in hospital after a fall and I've been staying with her, where is my parcel?", 'en'],
    ["My dad is in hospital and I'm staying with him for a while, please unsubscribe me from your emails", 'en'],
    ["I've been called as a witness in court on Thursday and won't be home, can I reschedule the delivery?", 'en'],
    ['孩子摔断了胳膊 这几天都住我妈家 家里没人收快递 能改一下收货地址吗', 'zh'],
    ['明天要去法院当陪审员 整天不在家 包裹能先放驿站吗', 'zh'],
    ['阿仔跌親手骨折咗 我哋呢排住喺外婆屋企 冇人收件 可唔可以改送貨地址', 'zh'],
    ['下星期要去法院做證人 成日唔喺屋企 可唔可以暫時hold住個包裹', 'zh'],
    // Someone's illness as the circumstance of the day, the delivery timed or placed around it.
    ['my wife is sick in bed today, can the delivery come after 6pm?', 'en'],
  ] as Array<[string, 'en' | 'zh']>)('%s: no safety or legal matter', (text, lang) => {
    const result = detectComplaintLevel(lang === 'zh' ? fold(text) : text, lang);
    expect([result.kind, result.level]).toEqual([null, null]);
  });

  // A court visited on a day of the customer's own, the police on the customer's own loss (a wallet stolen, a report
  // filed for the card on the account), beside a routine question: no legal matter.
  test.each([
    ['in court today for my parking ticket, can the courier come tomorrow', 'en'],
    ["I'm at the courthouse all day on Monday, can the delivery go to my neighbour?", 'en'],
    ['filed a police report, need to update the card on my account', 'en'],
    ['my wallet got stolen and I reported it to the police, how do I change the payment card on my account?', 'en'],
    ['明天要去法院办事 包裹能不能放驿站', 'zh'],
    ['我下午要去法院出庭作證 快遞可以改到明天送嗎', 'zh'],
    ['錢包被偷咗 報咗警 點樣更改賬戶嘅信用卡', 'zh'],
    ['手機被偷了 已經報案 帳號的密碼要怎麼改', 'zh'],
  ] as Array<[string, 'en' | 'zh']>)('%s: the customer\'s own matter', (text, lang) => {
    const result = detectComplaintLevel(lang === 'zh' ? fold(text) : text, lang);
    expect([result.kind, result.level]).toEqual([null, null]);
  });

  // The court aimed at the store, the store's parcel or courier in the report, the store accused: still legal at L1.
  test.each([
    ['tomorrow I\'m taking you to court, where\'s my invoice', 'en'],
    ['your courier stole my parcel, I filed a police report', 'en'],
    ['my parcel was stolen, I filed a police report, can you update my account?', 'en'],
    ['I reported you to the police, now update the card on my account', 'en'],
    ["I've filed a police report because you scammed me, update the card on my account", 'en'],
    ['明天就去法院告你们 发票呢', 'zh'],
    ['我明天去法院起訴你們 包裹到哪了', 'zh'],
    ['快遞員偷了我的包裹 我已經報警了', 'zh'],
    ['快递被人偷了 已经报案 能不能补发', 'zh'],
    ['你哋係騙子 我已經報咗警 賬戶點樣註銷', 'zh'],
  ] as Array<[string, 'en' | 'zh']>)('%s: still legal', (text, lang) => {
    const result = detectComplaintLevel(lang === 'zh' ? fold(text) : text, lang);
    expect(result.complaints.some((c) => c.kind === 'legal' && c.level === 'L1')).toBe(true);
  });

  // The goods as the cause, the goods asked back, the thing the accident happened on, a threat: still a matter at L1.
  test.each([
    ['My child fell off the scooter you sold me and is in hospital, where is my refund?', 'en', 'safety'],
    ["My son broke his arm falling off the bunk bed, I'm staying at my mum's, can I return the bed?", 'en', 'safety'],
    ["My daughter was burned by the kettle and is in hospital, I'm staying with her so no one's home, can I return it?", 'en', 'safety'],
    ["I'll see you in court, no one is home anyway, where's my parcel?", 'en', 'legal'],
    ["Unless you refund me I'm taking you to court, I'm not home this week anyway, where is my order?", 'en', 'legal'],
    ['孩子用了你们的滑板车摔骨折住院了 我现在住我妈家 能改地址吗', 'zh', 'safety'],
    ['我妈摔了一跤住院了 我在医院陪她 我要退掉那个防滑垫', 'zh', 'safety'],
    ['我妈摔倒住院了 我在医院陪她 这个助行器能退吗', 'zh', 'safety'],
    ['孩子吃了你们的饼干住院了 我在医院陪他 快递到哪了', 'zh', 'safety'],
    ['阿仔玩你哋嘅玩具跌親骨折 我喺醫院陪佢 冇人收件 可唔可以改地址', 'zh', 'safety'],
    ['my son is ill after eating your sweets, can the delivery come after 6pm?', 'en', 'safety'],
    ['my daughter broke her arm on your trampoline, can you leave the replacement at the door?', 'en', 'safety'],
    ['我兒子食咗你哋啲餅入院 我喺醫院陪佢 冇人收件 退款幾時到', 'zh', 'safety'],
    ['我要告你们 明天去法院 不在家 包裹先别送', 'zh', 'legal'],
  ] as Array<[string, 'en' | 'zh', string]>)('%s: still %s', (text, lang, kind) => {
    const result = detectComplaintLevel(lang === 'zh' ? fold(text) : text, lang);
    expect(result.complaints.some((c) => c.kind === kind && c.level === 'L1')).toBe(true);
  });

  // Care asked for an illness with nothing of the store's linked to it (harm-as-reason.ts careAdviceAsked): the illness
  // is the reason for the question, whoever it befell; a store declines medical advice, it hands over no incident.
  test.each([
    ['小孩发烧了 吃什么药好', 'zh'],
    ['小朋友發燒 要吃什麼藥', 'zh'],
    ['寶寶發燒了 退燒藥要吃哪一種比較好', 'zh'],
    ['我個仔發燒 應該食咩藥好', 'zh'],
    ['my son has a fever, what medicine should I give him?', 'en'],
    ['my toddler has a temperature, can I give her calpol?', 'en'],
  ] as Array<[string, 'en' | 'zh']>)('%s: no safety incident', (text, lang) => {
    const result = detectComplaintLevel(lang === 'zh' ? fold(text) : text, lang);
    expect(result.complaints.some((c) => c.kind === 'safety')).toBe(false);
  });
  // The goods linked (eaten, used, the store's), or a hurt that is no illness: still an incident, whatever is asked.
  test.each([
    ['孩子吃了你们的饼干发烧了 吃什么药好', 'zh'],
    ['小朋友用了你們的乳液之後發燒 要吃什麼藥', 'zh'],
    ['我個仔食咗你哋啲餅乾之後發燒 應該食咩藥', 'zh'],
    ['宝宝吃了你们的米粉拉肚子 吃什么药好', 'zh'],
    ['my son has a fever after eating your cookies, what medicine should I give?', 'en'],
    ['my son got burned, what cream should I use?', 'en'],
    ['the delivery guy coughed all over me and now I have a fever, what medicine should I take?', 'en'],
    ['送貨員咳嗽沒戴口罩 現在我發燒了 要吃什麼藥', 'zh'],
  ] as Array<[string, 'en' | 'zh']>)('%s: still safety', (text, lang) => {
    const result = detectComplaintLevel(lang === 'zh' ? fold(text) : text, lang);
    expect(result.complaints.some((c) => c.kind === 'safety' && c.level === 'L1')).toBe(true);
  });
});
