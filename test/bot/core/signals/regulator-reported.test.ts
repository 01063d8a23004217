import { regulatorsReported } from '../../../../bot/core/signals/regulator-reported';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? regulatorsReported(normalizeEnglish(text), '') : regulatorsReported('', normalizeChinese(foldChinese(text)));

// An authority named by a word with an everyday meaning, with a verb of reporting or contacting.
const REPORTED: Array<[string, 'en' | 'zh']> = [
  ["I'm reporting you to customs, these are fakes", 'en'],
  ['we will be complaining to the consumer council', 'en'],
  ['我已经去邮政局申诉了', 'zh'],
  ['刚刚找了工商 他们说会处理', 'zh'],
  ['我要去公平會檢舉你們', 'zh'],
  ['我會報海關 你哋貨品同描述唔一樣', 'zh'],
  ['工商那边投诉过了', 'zh'],
];
const NOT_REPORTED: Array<[string, 'en' | 'zh']> = [
  ['will customs charge me import duty?', 'en'],
  ['my parcel is stuck with customs', 'en'],
  ['包裹在海关 要去海关拿吗', 'zh'],
  ['需要报海关吗', 'zh'],
  ['工商银行的卡能用吗', 'zh'],
  ['我想用工商银行付款', 'zh'],
  ['我是学工商管理的 学生有折扣吗', 'zh'],
];

describe('a dispute taken to an authority named by an everyday word', () => {
  test.each(REPORTED)('%s → reported', (text, lang) => expect(read(text, lang)).not.toEqual([]));
  test.each(NOT_REPORTED)('%s → not reported', (text, lang) => expect(read(text, lang)).toEqual([]));
});
