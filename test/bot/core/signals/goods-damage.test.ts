import { withoutDamageToGoods } from '../../../../bot/core/signals/goods-damage';
import { popularityInFigure } from '../../../../bot/core/signals/popular-figure';
import { normalizeChinese } from '../../../../bot/core/signals/patterns';

const zh = (phrases: string[], text: string) => withoutDamageToGoods(phrases, normalizeChinese(text));

describe('a wound word said of the goods', () => {
  test.each([
    [['刮伤'], '柜门刮伤了 能换吗'],
    [['划伤'], '屏幕有划伤 是不是二手的'],
    [['烧焦'], '锅底烧焦了 怎么清洗'],
  ])('set aside: %j in %s', (phrases, text) => expect(zh(phrases, text)).toEqual([]));
  test.each([
    [['刮伤'], '孩子被桌角刮伤了'],
    [['烧焦'], '插头烧焦了'],
    [['烧焦'], '锅底烧焦了 还冒烟'],
  ])('kept: %j in %s', (phrases, text) => expect(zh(phrases, text)).toEqual(phrases));
});

describe('fire as popularity', () => {
  test.each(['这款好火 还有货吗', '爆款卫衣补货了吗'])('figure: %s', (text) => expect(popularityInFigure(normalizeChinese(text))).toBe(true));
  test.each(['爆款充电宝着火了', '火爆的那款暖风机冒烟了'])('no figure: %s', (text) => expect(popularityInFigure(normalizeChinese(text))).toBe(false));
});
