import { countedContacts } from '../../../../bot/core/signals/counted-contacts';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? countedContacts(normalizeEnglish(text), '') : countedContacts('', normalizeChinese(foldChinese(text)));

// Contacts counted in the customer's own words: a verb and a count, contacts as things, hours on the line.
const COUNTED: Array<[string, 'en' | 'zh']> = [
  ["I've rung your helpline about this a dozen times", 'en'],
  ['you lot have emailed me the same useless template four times', 'en'],
  ['your team has promised a callback three separate times', 'en'],
  ['after six calls and two emails I still have no refund', 'en'],
  ['spent my whole afternoon on the phone with your support', 'en'],
  ['I was on hold for 3 hours yesterday', 'en'],
  ['我已经发了好几封邮件了 没人理', 'zh'],
  ['电话打了无数个 还是没解决', 'zh'],
  ['客服热线排队等了两个多小时', 'zh'],
  ['我打咗十幾個電話畀你哋 冇人理', 'zh'],
  ['寄了三封email都沒回', 'zh'],
  // Told before a question of the customer's own: the count is told, the question is another clause.
  ['同一个问题我提了三个工单，回复都是一模一样的模板，有意思吗', 'zh'],
  ['我都打了五個電話了，你們到底管不管？', 'zh'],
  // Counted at the head of a clause, the article dropped.
  ['4th email about this, nobody has answered', 'en'],
  ['ok, third call today and still on hold', 'en'],
];
const NOT_COUNTED: Array<[string, 'en' | 'zh']> = [
  // The shop's mail, orders, a short wait, a condition, another party's calls.
  ['you sent me 3 emails about the sale', 'en'],
  ['I have ordered from you many times, do you have a loyalty scheme?', 'en'],
  ['I was on hold for 20 minutes, is that normal', 'en'],
  ['if I call twice, is that two tickets?', 'en'],
  // A count asked, in the clause that holds it.
  ['要打几个电话才有人理吗', 'zh'],
  ['the driver phoned me three times and I missed him', 'en'],
  ['I never called you five times, that was my husband', 'en'],
  ['打一个电话能改地址吗', 'zh'],
  ['如果打了三个电话都没人接怎么办', 'zh'],
  ['要打几个电话才能改地址吗', 'zh'],
];

describe('contacts counted in any words', () => {
  test.each(COUNTED)('%s → counted', (text, lang) => expect(read(text, lang)).not.toEqual([]));
  test.each(NOT_COUNTED)('%s → not counted', (text, lang) => expect(read(text, lang)).toEqual([]));

  test('the evidence is the contact and its count', () => {
    expect(read("I've rung your helpline about this a dozen times", 'en')).toEqual(['rung your helpline about this a dozen times']);
    expect(read('电话打了无数个 还是没解决', 'zh')).toEqual(['电话打了无数个']);
  });
});
