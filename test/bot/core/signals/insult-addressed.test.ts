import { insultAddressed } from '../../../../bot/core/signals/insult-addressed';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? insultAddressed(normalizeEnglish(text), '') : insultAddressed('', normalizeChinese(foldChinese(text)));

const INSULTS: Array<[string, 'en' | 'zh']> = [
  ["you're useless, all of you", 'en'],
  ['u r thicker than a plank', 'en'],
  ['you lot are total amateurs', 'en'],
  ['are you seriously this clueless', 'en'],
  ['get a clue', 'en'],
  ['what a shady little outfit', 'en'],
  ['a pack of chancers, the lot of you', 'en'],
  ['你们老板是猪吧', 'zh'],
  ['客服是不是聋了啊', 'zh'],
  ['你这个烂机器人', 'zh'],
  ['你們是一班土匪', 'zh'],
  ['你哋係咪冇腦', 'zh'],
];
const NOT_INSULTS: Array<[string, 'en' | 'zh']> = [
  ['you guys are absolute legends', 'en'],
  ['this model is slower than the old one', 'en'],
  ['the trip was a waste of time, sadly', 'en'],
  ['这个猪肉脯是你们家的吗', 'zh'],
  ['我家狗一样喜欢这个零食', 'zh'],
  ['电脑短路了还能修吗', 'zh'],
  ['这个破机器人扫地扫不干净 能退吗', 'zh'],
];

describe('insults put to the staff, the bot or the company', () => {
  test.each(INSULTS)('%s → insult', (text, lang) => expect(read(text, lang)).not.toEqual([]));
  test.each(NOT_INSULTS)('%s → not', (text, lang) => expect(read(text, lang)).toEqual([]));
});
