import { fireHarm } from '../../../../bot/core/signals/fire-harm';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? fireHarm(normalizeEnglish(text), '') : fireHarm('', normalizeChinese(foldChinese(text)));

// Fire told by what it did: flame spat out, a hole burned, hair or skin reached.
const TOLD: Array<[string, 'en' | 'zh']> = [
  ['the patio heater flared up in my face and singed my fringe', 'en'],
  ['the camping stove flared up and my eyebrows are burnt', 'en'],
  ['排插突然喷火 吓得我把插头拔了', 'zh'],
  ['暖风机窜出火苗来了', 'zh'],
  ['毛毯被取暖器烫出一个大洞', 'zh'],
  ['捲髮棒噴火 瀏海都燒焦了', 'zh'],
];
// Fire meant or fire as a word: a lighter working, anger, a toy, a skin condition, a perm.
const NOT_TOLD: Array<[string, 'en' | 'zh']> = [
  ['my eczema flared up, which soap is gentlest', 'en'],
  ['is the fire pit flame adjustable', 'en'],
  ['这个打火机喷火稳不稳', 'zh'],
  ['气得我心里冒火', 'zh'],
  ['有没有喷火龙的玩具', 'zh'],
  ['我想烫头发 卷发棒哪款好', 'zh'],
];

describe('fire told by what it did', () => {
  test.each(TOLD)('%s → fire', (text, lang) => expect(read(text, lang)).not.toEqual([]));
  test.each(NOT_TOLD)('%s → no fire', (text, lang) => expect(read(text, lang)).toEqual([]));
});
