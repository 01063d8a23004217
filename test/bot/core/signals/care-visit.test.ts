import { withoutCareVisit } from '../../../../bot/core/signals/care-visit';
import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const en = (phrases: string[], text: string) => withoutCareVisit(phrases, normalizeEnglish(text), '');
const zh = (phrases: string[], text: string) => withoutCareVisit(phrases, '', normalizeChinese(foldChinese(text)));
const level = (text: string, lang: 'en' | 'zh') => detectComplaintLevel(lang === 'zh' ? foldChinese(text) : text, lang).level;

// [safety phrases found, message]: a place of care or a doctor as the customer's routine errand, beside a question.
const ENGLISH_VISITS: Array<[string[], string]> = [
  [['at the hospital', 'hospital'], 'at the hospital for my scan appt, whats the quickest way to check my refund'],
  [['at the hospital', 'hospital'], 'sitting in the hospital waiting room for a routine check-up, how do i track my order'],
  [['at the hospital', 'hospital'], 'visiting my grandad at the hospital, can i change the delivery address to my flat'],
  [['hospital'], 'in the hospital antenatal clinic for my 20 week scan, when does my parcel arrive?'],
];
const ENGLISH_INCIDENTS: Array<[string[], string]> = [
  // A cause told: goods failing, the store's goods, something eaten.
  [['at the hospital', 'hospital'], 'my son is at the hospital for a scan after the bunk bed collapsed, can i get a refund'],
  [['at the hospital', 'hospital'], 'at the hospital for a check-up, the charger you sold me burned my hand, what now'],
  [['at the hospital', 'hospital'], 'at the hospital for a scan after eating the snacks, where do i complain'],
  // No routine care told.
  [['in hospital', 'hospital'], 'my daughter is in hospital, where is my order'],
  [['to the hospital', 'hospital'], 'the kettle exploded and I had to go to the hospital, I want a refund'],
];
const CHINESE_VISITS: Array<[string[], string]> = [
  [['在医院'], '喺醫院等覆診 順手查下退款去到邊'],
  [['去医院'], '我去医院复查 顺便问一下退款到账了没'],
  [['去医院'], '我老婆去醫院產檢 我幫她查下訂單'],
  [['诊所'], '在診所排隊 想問下訂單幾時出貨'],
  [['看医生'], '下午要去睇醫生 唔喺屋企 包裹可以放喺門口嗎'],
];
const CHINESE_INCIDENTS: Array<[string[], string]> = [
  [['在医院'], '孩子吃了你們的果凍 現在在醫院'],
  [['烫伤', '在医院'], '我儿子用了你们的电热毯 烫伤了 现在在医院'],
  [['去医院'], '用了你们的面霜 脸肿了 去医院检查 可以退款吗'],
  // 住院 is a stay, not a visit: hospital-mention.ts reads it.
  [['住院'], '我妈住院了 去医院探望 订单到哪了'],
];

describe('withoutCareVisit', () => {
  it.each(ENGLISH_VISITS)('sets aside the care words of %j in %s', (phrases, text) => {
    expect(en(phrases, text)).toEqual([]);
  });
  it.each(ENGLISH_INCIDENTS)('keeps %j in %s', (phrases, text) => {
    expect(en(phrases, text)).toEqual(phrases);
  });
  it.each(CHINESE_VISITS)('sets aside the care words of %j in %s', (phrases, text) => {
    expect(zh(phrases, text)).toEqual([]);
  });
  it.each(CHINESE_INCIDENTS)('keeps %j in %s', (phrases, text) => {
    expect(zh(phrases, text)).toEqual(phrases);
  });
  it('keeps a harm told beside the visit', () => {
    expect(en(['burn', 'hospital'], 'at the hospital for my check-up, got a burn, where is my parcel')).toEqual(['burn']);
  });
});

describe('a routine visit of care through the complaint rules', () => {
  it.each<[string, 'en' | 'zh']>([
    ['at the hospital for my scan appt, whats the quickest way to check my refund', 'en'],
    ['喺醫院等覆診 順手查下退款去到邊', 'zh'],
    ['我去医院复查 顺便问一下退款到账了没', 'zh'],
    ['在診所排隊 想問下訂單幾時出貨', 'zh'],
    ['下午要去睇醫生 唔喺屋企 包裹可以放喺門口嗎', 'zh'],
  ])('no incident: %s', (text, lang) => {
    expect(level(text, lang)).toBeNull();
  });
  it.each<[string, 'en' | 'zh']>([
    ['the heater caught fire and my son is in hospital', 'en'],
    ['食咗你哋啲零食入咗院', 'zh'],
    ['孩子吃了你們的果凍 現在在醫院', 'zh'],
    ['i had an allergic reaction to the lotion and went to hospital, can i get a refund', 'en'],
    ['my son is at the hospital for a scan after the bunk bed collapsed, can i get a refund', 'en'],
  ])('still an incident: %s', (text, lang) => {
    expect(level(text, lang)).toBe('L1');
  });
});
