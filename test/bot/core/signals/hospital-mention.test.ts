import { withoutEmergencyWardAsWorkplace, withoutHospitalAsPlace } from '../../../../bot/core/signals/hospital-mention';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';

const en = (phrases: string[], text: string) => withoutHospitalAsPlace(phrases, normalizeEnglish(text), '');
const zh = (phrases: string[], text: string) => withoutHospitalAsPlace(phrases, '', normalizeChinese(text));

// [safety phrases found, message]: the hospital is an address, the customer's workplace, or a stay that is over.
const ENGLISH_PLACES: Array<[string[], string]> = [
  // A shift said as chat says it, and the trade introduced as "X here".
  [['hospital'], 'doctor here, doing hospital nights this month. when are you open on sunday'],
  [['hospital'], 'pulling extra hospital shifts so can you hold my parcel at the depot?'],
  // A stay for a planned reason, told as why the customer was away.
  [['in hospital', 'hospital'], 'I was in hospital for surgery and missed the 30 days, can I still return my order?'],
  [['in hospital', 'hospital'], 'my mum was in hospital for an operation so the parcel went back, can you resend it?'],
  [['to the hospital', 'hospital'], "can you deliver to the hospital where I work, I'm on nights"],
  [['hospital'], 'i work nights on a hospital ward so im never home for deliveries, can i pick up from a locker instead'],
  [['hospital'], 'the hospital I work at has a mailroom, send it there'],
  [['hospital'], 'my shift at the royal hospital ends at 8, can the courier come then'],
  [['hospital'], 'I work night shifts at the hospital, deliver after 6 please'],
  [['to the hospital', 'hospital'], "I'm a midwife, please post it to the hospital"],
  [['in hospital', 'hospital'], "I was in hospital for a month and now I can't remember my password"],
  [['in hospital', 'hospital'], "I've been in hospital since March and missed the return window"],
  [['hospitalised'], 'my dad was hospitalised for two weeks, can I change the delivery date'],  [['in hospital', 'hospital'], 'I spent a week in hospital in June, can I still return the jacket'],
  [['in hospital', 'hospital'], 'I was in hospital for a month and after that I forgot my password'],
  // A stay ahead, or under way where a parcel cannot reach the customer.
  [['in hospital', 'hospital'], "I'll be in hospital over the bank holiday, can the parcel wait at the depot"],
  [['hospital'], 'my partner goes into hospital on Thursday for a knee op, can we get it delivered Wednesday'],
  [['in hospital', 'hospital'], "I'm currently in hospital, can the courier hand it to my neighbour instead"],
  [['hospital'], 'I have a hospital appointment next Monday so nobody will be home for the delivery'],
  // Someone of the household in hospital, told as the reason for a parcel's change or an errand done for them.
  [['in hospital', 'hospital'], "my husband's in hospital this week, can you hold the parcel at the depot"],
  [['in hospital', 'hospital'], 'my grandma is still in hospital so I am sorting out her return for her, where do I start'],
  // The subject left out, at the start or after "and"; a stay just over.
  [['in hospital', 'hospital'], 'was in hospital last week and missed the delivery, can it be resent?'],
  [['in hospital', 'hospital'], 'Sorry for the late return, I had a fall and was in hospital for 10 days. Will you still accept it?'],
  [['in hospital', 'hospital'], 'been in hospital since Tuesday, can you hold my parcel at the depot?'],
  [['hospital'], 'just out of hospital, can I change my delivery to a pickup point?'],
  // An illness after "after" is no cause; a gift sent to someone in hospital is an errand.
  [['in hospital', 'hospital'], 'My husband is in hospital after a heart attack, can I cancel his order for him?'],
  [['in hospital', 'hospital'], 'my sister is in hospital, can I send her flowers and a card?'],
];
const ENGLISH_INCIDENTS: Array<[string[], string]> = [
  [['at the hospital', 'hospital'], 'nurse here, my patient ended up at the hospital after using your heater'],
  [['in hospital', 'hospital'], 'doctor here, your charger put my patient in hospital'],
  [['in hospital', 'hospital'], 'my son was in hospital for treatment after eating your snacks'],
  [['in hospital', 'hospital'], 'my son ended up in hospital after using your heater'],
  [['in hospital', 'hospital'], 'I was in hospital for two days after eating your snacks'],
  [['in hospital', 'hospital'], 'my daughter is in hospital now'],
  // The household's stay with a parcel, and a cause: still an incident.
  [['in hospital', 'hospital'], 'my son is in hospital because of the scooter, cancel the other delivery'],
  [['in hospital', 'hospital'], "I'm a nurse and I was in hospital for a week because of your cream"],
  [['hospital'], 'the ambulance took her to hospital'],  [['in hospital', 'hospital'], 'my son was in hospital for 3 days after the heater tipped over onto him'],
  [['in hospital', 'hospital'], 'he was in hospital for a week after it exploded'],
  // A stay ahead or under way, with its cause told.
  [['in hospital', 'hospital'], "I'll be in hospital until Friday because your heater burned my leg"],
  [['in hospital', 'hospital'], "I'm in hospital from eating your nuts, cancel the delivery"],
  // Goods failing, or named as the store's, are a cause wherever they stand.
  [['in hospital', 'hospital'], 'the ladder gave way and I was in hospital for a week, can I return it?'],
  [['in hospital', 'hospital'], "the bike threw me off, I'm in hospital, please cancel the helmet delivery"],
  [['in hospital', 'hospital'], 'my mum was in hospital for a week with the heater you sold us, can I return it?'],
];
const CHINESE_PLACES: Array<[string[], string]> = [
  [['医院'], '能直接送到我上班的医院吗 我白天都不在家'],
  [['医院'], '可以寄到我上班的医院吗 我是护理师白天不在家'],
  [['在医院', '医院'], '我在医院工作 快递能不能送过来'],
  [['住院'], '我之前住院一个月 密码忘了'],
  [['住院'], '住了两个礼拜院 刚出院 订单还没收到'],
  // A shift at the hospital; a Cantonese stay with its end (入咗醫院…出返嚟, folded 入了医院…出回来).
  [['在医院', '医院'], '我在医院上夜班 客服几点在线'],
  [['在医院', '医院'], '我在医院返夜班 你们几点有人'],
  [['医院'], '我入了医院两个星期 出回来都没收到包裹'],
  [['医院'], '我进了医院一个月 订单都没收到'],
  // A stay ahead, or under way where a parcel cannot reach the customer.
  [['住院'], '我月底要住院 包裹可以晚点寄吗'],
  [['入院'], '我后天入院 快递先放驿站行吗'],
  [['在医院', '住院', '医院'], '我这几天在医院住院 没人签收 能改地址吗'],
  // Someone of the household in hospital, told as the reason for a change of address (阿爸入咗醫院, folded 入了医院).
  [['住院', '医院'], '我爸住院了 收货地址能换成医院吗'],
  [['医院'], '阿爸入了医院 个包裹可以寄去我屋企吗'],
  // A past stay as 入院 (Cantonese 上個月我入院, folded), the customer's workplace before their trade (医院的护士).
  [['入院'], '上个月我入院，错过了退货期，还能退吗'],
  [['医院'], '我是医院的护士，有医护优惠吗'],
  // The parcel's passive (包裹被退回) is no cause; an illness stands between the relative and the stay; a gift or an
  // errand for them (住了院 folded from Cantonese 住咗院).
  [['住院'], '我住院了一周 错过了取件 包裹被退回了怎么办'],
  [['住院'], '我爸中风住院 我想改一下收货地址到我家'],
  [['住院'], '我妈住院了 想给她买个按摩仪 能写贺卡吗'],
  [['住院'], '奶奶生病住院 帮她退个货 怎么操作'],
  [['入院'], '阿嫲病了入院 想寄份礼物去医院给他'],
];
const CHINESE_INCIDENTS: Array<[string[], string]> = [
  [['住院'], '吃了你们的零食住院了'],
  [['住院'], '孩子住院了'],
  [['住院'], '我住院一个星期 就是因为用了你们的电热毯'],
  [['进医院', '医院'], '宝宝喝了奶粉过敏进医院了'],
  [['医院'], '饮了你们的奶之后入了医院 出回来还在咳'],
  [['住院'], '我下周要住院 就是吃了你们的药过敏'],
  [['在医院'], '我在医院 快递不用送了 孩子用了你们的产品过敏'],
  [['住院'], '我妈住院了 就是吃了你们寄来的保健品 地址你们有'],
  [['入院'], '上个月吃了你们的东西入院，还能退吗'],
  [['医院'], '我是医院的护士，用了你们的消毒液手烂了'],
  // An act with goods or a mishap between the relative and the stay; goods failing; a person's passive of harm.
  [['住院'], '我爸用电热毯住院了 帮他取消订单'],
  [['住院'], '我妈摔倒住院了 想改收货地址'],
  [['住院'], '椅子塌了 我住院了一周 退货期过了还能退吗'],
  [['住院'], '我被电到住院了一周 包裹能重新寄吗'],
];

describe('a hospital as a place or a past stay is no incident', () => {
  test.each(ENGLISH_PLACES)('%j in %s → set aside', (phrases, text) => expect(en(phrases, text)).toEqual([]));
  test.each(ENGLISH_INCIDENTS)('%j in %s → kept', (phrases, text) => expect(en(phrases, text)).toEqual(phrases));
  test.each(CHINESE_PLACES)('%j in %s → set aside', (phrases, text) => expect(zh(phrases, text)).toEqual([]));
  test.each(CHINESE_INCIDENTS)('%j in %s → kept', (phrases, text) => expect(zh(phrases, text)).toEqual(phrases));

  test('an emergency ward set aside only as where the customer works, with no cause', () => {
    const enWard = (phrases: string[], text: string) => withoutEmergencyWardAsWorkplace(phrases, normalizeEnglish(text), '');
    const zhWard = (phrases: string[], text: string) => withoutEmergencyWardAsWorkplace(phrases, '', normalizeChinese(text));
    expect(enWard(['in a&e'], 'I do nights in A&E, any discount for health staff?')).toEqual([]);
    expect(enWard(['in the er'], "I'm an ER nurse, can you deliver after 6pm")).toEqual([]);
    expect(zhWard(['急诊'], '我在急诊科上班 快递只能晚上收')).toEqual([]);
    expect(enWard(['in a&e'], 'my son ended up in A&E after using your heater')).toEqual(['in a&e']);
    // A cause told keeps even the workplace an incident.
    expect(enWard(['in a&e', 'burns'], 'I work in A&E and I treated burns from your heater')).toEqual(['in a&e', 'burns']);
    expect(zhWard(['急诊'], '孩子吃了你们的糖进了急诊')).toEqual(['急诊']);
  });

  test('only the hospital words are set aside', () => {
    expect(en(['caught fire', 'to the hospital'], 'deliver it to the hospital where I work, the last charger caught fire')).toEqual(['caught fire']);
  });
});
