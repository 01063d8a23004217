import { analyzeMessage } from '../../../../bot/core/signals';
import { contactFrequency } from '../../../../bot/core/signals/contact-frequency';
import { failureSeries } from '../../../../bot/core/signals/failure-series';
import { foldChinese } from '../../../../knowledge';
import { normalizeChinese } from '../../../../bot/core/signals/patterns';

// The engine folds traditional characters before reading; so does this.
const repeated = (text: string, lang: 'en' | 'zh') =>
  analyzeMessage(lang === 'zh' ? foldChinese(text) : text, { lang }).complaints.some((c) => c.kind === 'repeated_contact');

// The customer reaching the store at a frequency, or the store's same answer each time.
const OFTEN_EN: string[] = [
  'every week i chat in, every week i get told the refund is on its way, its been two months of the same answer',
  "i've been chatting with you people every day for two weeks and still nothing has changed",
  'been on the phone with you lot every day this week',
  'i email you every other day and get the same reply',
  'every week i get told it ships next week',
  'i have literally called support every single day since the 3rd',
  'three weeks of the same answer from your team',
];
const OFTEN_ZH: string[] = [
  // Simplified.
  '又一次 退款又被驳回 同样的理由 我已经解释过好几遍了',
  '我每天都打电话来问，到现在都没消息',
  '每个礼拜都来催，退款还没到',
  // Traditional, Taiwan.
  '我每天都打電話來問，到現在都沒消息',
  '又被退回了，每次都是同樣的理由',
  // Traditional, Cantonese.
  '我日日都打電話嚟問，你哋都冇覆',
  '又係同一個答覆，我已經解釋咗好幾次',
];

// The customer's habit, someone else reached, a question about frequency, the customer's own tries at the site.
const NOT_OFTEN_EN: string[] = [
  'i order every week, can you add a subscription discount',
  'how often do you send newsletters',
  'do you deliver every day',
  'i chat with my friends every day, anyway where is my order',
  'i tried to log in every day this week and it keeps saying wrong password',
  'i call you every week to place my usual order',
  'i chat with your team every day and they are always lovely',
  'every day i ask my husband if the parcel came',
  'if i call every day will it be quicker',
];
const NOT_OFTEN_ZH: string[] = [
  '我每个礼拜都会买你们的菜',
  '你们每天都发货吗',
  '我每個禮拜都會買一次麵包',
  '你們每天都打電話給我推銷',
  '我每日都打電話俾我阿媽，想問點改地址',
  '同样的尺码还有吗',
];

describe('contacts at a frequency, the same answer each time', () => {
  test.each(OFTEN_EN)('%s → repeated contact', (text) => expect(repeated(text, 'en')).toBe(true));
  test.each(OFTEN_ZH)('%s → repeated contact', (text) => expect(repeated(text, 'zh')).toBe(true));
  test.each(NOT_OFTEN_EN)('%s → no repeated contact', (text) => expect(repeated(text, 'en')).toBe(false));
  test.each(NOT_OFTEN_ZH)('%s → no repeated contact', (text) => expect(repeated(text, 'zh')).toBe(false));
});

describe('the reader alone', () => {
  test.each(NOT_OFTEN_EN)('%s → nothing read', (text) => expect(contactFrequency(text.toLowerCase(), '')).toEqual([]));
  test.each(NOT_OFTEN_ZH)('%s → nothing read', (text) => expect(contactFrequency('', normalizeChinese(foldChinese(text)))).toEqual([]));
  test('the customer’s own tries at a frequency are no failure series', () =>
    expect(failureSeries('i tried to log in every day this week and it keeps saying wrong password', '')).toEqual([]));
});
