import { contactSeries } from '../../../../bot/core/signals/contact-series';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const en = (text: string) => contactSeries(normalizeEnglish(text), '');
const zh = (text: string) => contactSeries('', normalizeChinese(foldChinese(text)));

// Repeated contact told as a series: ticket numbers listed, the shop's words quoted twice, a promise from day to day.
const SERIES: Array<[string, 'en' | 'zh']> = [
  // The promise told with a word between: "you already told me", "you guys said".
  ['you already told me the refund went through on the 3rd. it didnt. then the 12th. it didnt. what now', 'en'],
  ['you guys said the 5th. then the 9th. nothing arrived', 'en'],
  ['ticket 20931, 20977, 21003. same problem. nobody reads them apparently', 'en'],
  // Listed by ellipsis, one reference a sentence.
  ['hi again. ticket 30412. and 30588. and 30790. same issue every time', 'en'],
  ['case refs CS-1182 and CS-1240, both still open', 'en'],
  [
    "From your email on 3 March: 'Your replacement will be dispatched within 48 hours.' From your email on 17 March: 'Your replacement will be dispatched within 48 hours.' It is now April.",
    'en',
  ],
  ['You promised me a callback on Monday. And on Wednesday. It\'s Friday.', 'en'],
  ['you said someone would ring me monday, then wednesday, now friday and nothing', 'en'],
  ['工單號 3321、3356、3402 都是同一個問題', 'zh'],
  ['客服回复说三个工作日内给您答复 上周也是回复说三个工作日内给您答复', 'zh'],
];
const NOT_SERIES: Array<[string, 'en' | 'zh']> = [
  ['you already told me the store opens at 9. is that on sundays too?', 'en'],
  ['you already told me it ships on the 3rd, then arrives on the 5th?', 'en'],
  ['order 1182 and order 1190, can they ship together', 'en'],
  ['ticket 20931 is about my sofa, any news', 'en'],
  ['my ticket is 30412. can you check 2 items are missing', 'en'],
  ['you said it would ship Wednesday and arrive Friday, is that still right', 'en'],
  ['I ordered on Monday and it was dispatched on Wednesday', 'en'],
  // A short label said in two places is no quotation.
  ['your email says order confirmed for delivery and the app says order confirmed for delivery, when is it coming', 'en'],
  ['订单号 20931、20977 能一起发吗', 'zh'],
  ['工单号 3321 有进展吗', 'zh'],
];

describe('repeated contact told as a series', () => {
  test.each(SERIES)('%s → series', (text, lang) => expect(lang === 'en' ? en(text) : zh(text)).not.toEqual([]));
  test.each(NOT_SERIES)('%s → no series', (text, lang) => expect(lang === 'en' ? en(text) : zh(text)).toEqual([]));

  test('the evidence is the list, the quotation or the day told again', () => {
    expect(en('ticket 20931, 20977, 21003. same problem')).toEqual(['ticket 20931, 20977, 21003']);
    expect(en("you said 'it will be with you by friday at the latest' and then again 'it will be with you by friday at the latest'")).toEqual([
      'it will be with you by friday at the latest (twice)',
    ]);
    expect(en('You promised me a callback on Monday. And on Wednesday. It\'s Friday.')).toEqual(['and on wednesday.']);
  });
});
