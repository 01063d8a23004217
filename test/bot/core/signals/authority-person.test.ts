import { authorityPerson } from '../../../../bot/core/signals/authority-person';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? authorityPerson(normalizeEnglish(text), '') : authorityPerson('', normalizeChinese(foldChinese(text)));

const ASKED: Array<[string, 'en' | 'zh']> = [
  ['could someone with real authority take a look', 'en'],
  ['would somebody with the power to sign off a refund please get in touch', 'en'],
  ['I need somebody who can authorise a refund', 'en'],
  ['so who is in charge around here?', 'en'],
  ['is there anybody human out there', 'en'],
  ['找个能拍板的人来', 'zh'],
  ['有冇可以話事嘅人', 'zh'],
  ['唔好再用機械人回覆我', 'zh'],
];
const NOT_ASKED: Array<[string, 'en' | 'zh']> = [
  ['who is in charge of the loyalty scheme?', 'en'],
  ['someone with authority already approved my return', 'en'],
  ['does the lock let a parent override the code', 'en'],
  ['我要决定的是颜色', 'zh'],
  ['退款谁负责审核', 'zh'],
];

describe('a person asked for by the power they hold', () => {
  test.each(ASKED)('%s → asked', (text, lang) => expect(read(text, lang)).not.toEqual([]));
  test.each(NOT_ASKED)('%s → not', (text, lang) => expect(read(text, lang)).toEqual([]));
});
