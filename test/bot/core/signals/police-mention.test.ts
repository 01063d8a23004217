import { withoutPoliceInnocent } from '../../../../bot/core/signals/police-mention';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const en = (phrases: string[], text: string) => withoutPoliceInnocent(phrases, normalizeEnglish(text), '');
const zh = (phrases: string[], text: string) => withoutPoliceInnocent(phrases, '', normalizeChinese(foldChinese(text)));

// [legal phrases found, message]: the police as someone's trade, or a question whether to report to them.
const ENGLISH_INNOCENT: Array<[string[], string]> = [
  [['police'], 'my daughter is a police officer based in Spain, can you deliver there'],
  [['police'], "I'm a retired police sergeant, is there a veterans discount"],
  [['police'], 'my partner works for the police and does shifts, can I pick a delivery slot'],
  [['police'], 'the parcel was nicked off my step, do you need a police report before you resend it'],
  [['police', 'report it to the police'], 'should I report it to the police or do you handle lost parcels'],
  // The police closing a road a parcel must come down; the store's policy towards them asked about.
  [['police'], 'our street is cordoned off by police after a gas leak, will the driver still come'],
  [['police'], 'would your company ever hand my address to the police?'],
  // A third party calling the police on someone else, the customer's night told before a routine question.
  [['police'], "my neighbours called the police on the people upstairs again so no sleep. where is my parcel?"],
  [['cops'], 'the guy next door called the cops on his roommate last night haha, anyway when does my order ship'],
  // The police seen about the customer's street on their own business.
  [['police'], 'there were police outside my building this morning, no idea why. anyway when does my order ship?'],
  // At the building for someone else, the store disowned in the same sentence.
  [['police'], "police were at my building tonight for something upstairs, nothing to do with you. anyway my parcel says delivered but it's not here"],
  [['police'], 'cops were at our building all night for some drama, not your problem. when will my order ship?'],
];
const ENGLISH_THREATS: Array<[string[], string]> = [
  [['police'], 'police outside my door said my parcel was stolen and you did nothing'],
  [['police'], "I've called the police about your counterfeit goods"],
  [['police'], "I'm going to the police with this"],
  [['police'], 'my dad is a police officer and I have already reported this to the police'],
  [['police'], 'should I call the police on you thieves'],
  [['police'], 'the police are involved now'],
  [['police'], "the police closed the road while I reported your scam to them, I've called the police again"],
  // The third party's call is about the store's parcel or courier, or the police report a theft: kept.
  [['police'], 'my neighbour called the police because the courier dumped my parcel in their garden'],
  [['police'], "the police said the parcel was stolen from my porch and you won't refund"],
  [['police'], 'police were at my building because your driver hit my car'],
];
const CHINESE_INNOCENT: Array<[string[], string]> = [
  [['警察'], '我哥哥是民警 平时不在家 能寄到单位吗'],
  [['警察'], '我太太當警察的 收貨時間不固定 可以放管理處嗎'],
  [['报警'], '快递好几天没动静了 需不需要报警'],
  [['报警'], '包裹被人拿了 我是不是要先報警'],
  [['警察'], '我们小区被警察封了 快递还能送进来吗'],
  [['警察'], '你们会把客户的资料交给警察吗'],
  [['报了警'], '楼上邻居半夜吵架有人报了警，我都没睡好，快递今天能到吗'],
  [['报警'], '隔壁鄰居昨晚報警了，吵到我沒睡，我的訂單發貨了嗎'],
  // The police seen near home on their own business, a turn of topic after.
  [['警察'], '楼下好像有警察在查什么 吓死我了 对了我的订单什么时候发货'],
  [['警察'], '樓下好像有警察在查什麼 嚇死我了 對了我的訂單什麼時候發貨'],
  // Cantonese 隔離 (next door) calling the police over their own quarrel (folded 隔离).
  [['报了警'], '尋晚隔離屋嗌交仲報咗警，成晚瞓唔到。順便問下我份貨去到邊，點查'],
  [['报了警'], '隔离屋吵架报了警，吵到半夜。顺便问下我的订单几时发货'],
];
const CHINESE_THREATS: Array<[string[], string]> = [
  [['报警'], '我已经报警了'],
  [['报警'], '再不退钱我就报警'],
  [['报警'], '你们这是骗人 要不要我报警'],
  [['警察'], '警察已经上门了解情况'],
  [['警察', '报警'], '我老公是警察 他让我报警'],
  [['报警'], '邻居报警了 说快递被人偷了 你们管不管'],
  [['报了警'], '邻居报了警，我也要报警，你们骗子'],
  [['警察'], '楼下来了警察 说我的快递被人偷了'],
  [['警察'], '警察来了说我的快递被人偷了 你们不管吗'],
  [['报了警'], '隔离屋报了警，因为你们的快递员偷了我的包裹'],
];

describe('the police named as a trade or asked about', () => {
  test.each(ENGLISH_INNOCENT)('set aside: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual([]));
  test.each(ENGLISH_THREATS)('kept: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual(phrases));
  test.each(CHINESE_INNOCENT)('set aside: %j in %s', (phrases, text) => expect(zh(phrases, text)).toEqual([]));
  test.each(CHINESE_THREATS)('kept: %j in %s', (phrases, text) => expect(zh(phrases, text)).toEqual(phrases));

  test('only the police words are set aside', () => {
    expect(en(['police', 'lawsuit'], 'my brother is a cop and we are filing a lawsuit')).toEqual(['lawsuit']);
    expect(en(['police', 'small claims'], 'my son is a police officer, see you in small claims')).toEqual(['small claims']);
  });
});
