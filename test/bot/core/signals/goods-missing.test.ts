/**
 * Goods told as missing from the order (goods-missing.ts), through analyzeMessage as the engine calls it (Chinese
 * folded to simplified first): the learned safety reading, which leans on the goods' own words, stays out. With a word
 * of harm told, the message is read as before.
 */
import { analyzeMessage } from '../../../../bot/core/signals';
import { goodsMissing } from '../../../../bot/core/signals/goods-missing';
import { foldChinese } from '../../../../knowledge';

const kinds = (text: string, lang: 'en' | 'zh') =>
  analyzeMessage(lang === 'zh' ? foldChinese(text) : text, { lang, clock: () => 0 }).complaints.map((c) => c.kind);

describe('goods missing from the order', () => {
  test.each([
    ['充电器没在盒子里 只有手机壳 咋回事', 'zh'],
    ['充電器唔喺盒入面 得個手機殼', 'zh'],
  ] as const)('%s (%s) → no safety', (text, lang) => expect(kinds(text, lang)).not.toContain('safety'));

  test.each([
    ['充电器少了一个 另一个充电的时候冒烟了', 'zh'],
    ['the charger wasnt in the box and the one I borrowed caught fire', 'en'],
  ] as const)('%s (%s) → safety', (text, lang) => expect(kinds(text, lang)).toContain('safety'));

  test.each([
    ['the lid wasnt in the box', '', true],
    ['only 3 of the 4 chairs arrived', '', true],
    ['', '四把椅子只到了三把', true],
    ['the lid wasnt in the box and it burned my hand', '', false],
    ['', '盖子少了 手被烫伤了', false],
  ] as const)('%s%s → %s', (english, chinese, expected) => expect(goodsMissing(english, chinese)).toBe(expected));
});
