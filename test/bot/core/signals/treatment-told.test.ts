import { treatmentTold } from '../../../../bot/core/signals/treatment-told';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? treatmentTold(normalizeEnglish(text), '') : treatmentTold('', normalizeChinese(foldChinese(text)));

// A treatment after the product's use: harm, whatever the injury is called.
const TOLD: Array<[string, 'en' | 'zh']> = [
  ['after using the foot cream the pharmacist said it is an allergic reaction', 'en'],
  ['these sandals gave my son sores and the GP prescribed antibiotics', 'en'],
  ['my husband ended up on a drip after eating the smoked fish', 'en'],
  ['喝了你们的酸奶 孩子去挂水了', 'zh'],
  ['用了這款洗髮精 醫生說是脂漏性皮膚炎', 'zh'],
];
// A treatment of the customer's own, with no product's use told.
const NOT_TOLD: Array<[string, 'en' | 'zh']> = [
  ["I'm on antibiotics at the moment, will the parcel need a signature", 'en'],
  ['my arm is in a cast so please leave it with a neighbour', 'en'],
  ['我在医院打点滴 晚点再收货', 'zh'],
];

describe('harm told by its treatment', () => {
  test.each(TOLD)('%s → harm', (text, lang) => expect(read(text, lang)).not.toEqual([]));
  test.each(NOT_TOLD)('%s → none', (text, lang) => expect(read(text, lang)).toEqual([]));
});
