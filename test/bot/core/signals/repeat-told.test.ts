import { repeatTold } from '../../../../bot/core/signals/repeat-told';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? repeatTold(normalizeEnglish(text), '') : repeatTold('', normalizeChinese(foldChinese(text)));

const TOLD: Array<[string, 'en' | 'zh']> = [
  ['oh here we go again, the wrong colour', 'en'],
  ["I've honestly lost count of how many times I've asked", 'en'],
  ['this is the second week of hearing "tomorrow"', 'en'],
  ['four promises and not one refund', 'en'],
  ['everytime I ring I get cut off', 'en'],
  ['I messaged every day last week', 'en'],
  ['rang, emailed and tweeted, and still nothing', 'en'],
  ['you said the same thing yesterday', 'en'],
  ['I flagged it six times and got fobbed off six times', 'en'],
  ["been told 'any day now' for three weeks", 'en'],
  ['這句話我講了不下十次', 'zh'],
  ['上回也是这么答复我的', 'zh'],
  ['截图已经传了好几次了', 'zh'],
  ['又是模板回复', 'zh'],
  ['這是第幾次啦', 'zh'],
  ['上次说下周发 这次又说下周发', 'zh'],
  // Occasions counted by month, week or order: the last one, then this one again.
  ['上个月漏发 这个月又漏发', 'zh'],
  ['上礼拜寄错色 今个礼拜又寄错', 'zh'],
  ['上一单少发了一件 这一单又少了', 'zh'],
  ['发货时间改了三次了', 'zh'],
  // Told before, and still so: the customer's words or the shop's promise, then the failure standing.
  ["like I said in my previous chat, the mixer still won't turn on", 'en'],
  ['your colleague promised a replacement by monday. nothing has happened', 'en'],
  ["we've been through this already and the tracking still says pending", 'en'],
  ['上周客服答应今天回电 到现在也没人打来', 'zh'],
  ['同你哋講過 到而家都未處理', 'zh'],
  // Asked again before anyone answers, in exasperation; promised again and again not done.
  ['还要我再说几遍才有人处理', 'zh'],
  ['係咪要我打多五次電話先有人理', 'zh'],
  ['又说明天发 结果又没发', 'zh'],
  ['又話聽日到 又冇到', 'zh'],
];
const NOT_TOLD: Array<[string, 'en' | 'zh']> = [
  ['上个月买的很好 这个月又想买一件', 'zh'],
  ['上周下的单 这周能到吗', 'zh'],
  ['once again, thank you for the quick help', 'en'],
  ['what happens if it happens again?', 'en'],
  ['that is three items in my basket, any deal?', 'en'],
  ['the second order running I have loved', 'en'],
  ['上周也是这个价吗', 'zh'],
  ['验证码发了两次', 'zh'],
  // Either half alone, or a question put after it, is no repeat.
  ["like I said, I'd prefer the grey one", 'en'],
  ['the agent said returns are free, is that still the case for sale items', 'en'],
  ['the tracking still says pending', 'en'],
  ['上次客服说可以开发票 现在还可以吗', 'zh'],
  ['包裹到现在还没到', 'zh'],
  // The shop asking for something again is its request, not the customer's exasperation.
  ['要我再发一次照片吗', 'zh'],
  ['客服又说要我再填一次表', 'zh'],
];

describe('repeated contact told without a count of contacts', () => {
  test.each(TOLD)('%s → repeated', (text, lang) => expect(read(text, lang)).not.toEqual([]));
  test.each(NOT_TOLD)('%s → not', (text, lang) => expect(read(text, lang)).toEqual([]));
});
