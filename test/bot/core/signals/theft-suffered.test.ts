import { ownThingsStolen } from '../../../../bot/core/signals/theft-suffered';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? ownThingsStolen(normalizeEnglish(text).toLowerCase(), '') : ownThingsStolen('', normalizeChinese(foldChinese(text.normalize('NFKC'))));

describe('a theft of the customer\'s own belongings', () => {
  // The customer's own things taken by someone of no store's: the police in the story are about them.
  test.each([
    ['my wallet got stolen and I reported it to the police', 'en'],
    ['someone stole my handbag on the bus yesterday', 'en'],
    ['I was mugged last night', 'en'],
    ['钱包被偷了 报了警', 'zh'],
    ['我的手機被人偷走了', 'zh'],
    ['錢包被偷咗 報咗警', 'zh'],
    ['小偷偷了我的包', 'zh'],
  ] as Array<[string, 'en' | 'zh']>)('%s: own', (text, lang) => expect(read(text, lang)).toBe(true));

  // The store's parcel or goods taken, someone of the store's the thief, or nothing taken: not the customer's own loss.
  test.each([
    ['my parcel was stolen from the doorstep', 'en'],
    ['someone stole my package from my porch', 'en'],
    ['the courier stole my wallet', 'en'],
    ['I filed a police report', 'en'],
    ['我的包裹被偷了', 'zh'],
    ['快遞被人偷咗', 'zh'],
    ['快递员偷了我的钱包', 'zh'],
    ['東西被偷了', 'zh'],
  ] as Array<[string, 'en' | 'zh']>)('%s: not', (text, lang) => expect(read(text, lang)).toBe(false));
});
