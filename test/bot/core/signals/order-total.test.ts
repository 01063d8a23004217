import { detectHighValue } from '../../../../bot/core/signals/high-value';
import { orderTotals } from '../../../../bot/core/signals/order-total';

describe('an order total told as a count and a price per piece', () => {
  test.each([
    ['we need 400 office chairs at $65 each', 26_000, 'USD', '400 × $65'],
    ['ordering 300 units at 80 dollars a piece for our school', 24_000, 'USD', '300 × 80 dollars'],
    ['400 of the chairs at $65 each please', 26_000, 'USD', '400 × $65'],
    ['300 pcs x $70/unit', 21_000, 'USD', '300 × $70'],
    ['I want to order 40 laptops at $900 each', 36_000, 'USD', '40 × $900'],
    ["we'd like 1,200 tablets, unit price $350?", 420_000, 'USD', '1,200 × $350'],
    ["I'd like to order 250 of your ergonomic chairs at 189 each", 47_250, 'XXX', '250 × at 189 each'],
    ['我们公司要订500台，每台600块', 300_000, 'CNY', '500台 × 600块'],
    ['各位好 我们学校要采购200台电脑 单价大概5000元 能开专票吗', 1_000_000, 'CNY', '200台 × 5000元'],
    ['我们要300个，一个800块', 240_000, 'CNY', '300个 × 800块'],
    ['我们要200台 每台1200 能便宜点吗', 240_000, 'XXX', '200台 × 每台1200'],
    // The detectors read Chinese folded to simplified (the engine's textForMatching); 張 and 张 are one piece.
    ['想订300張椅子，每张港币900', 270_000, 'HKD', '300張 × 港币900'],
  ])('%s → %d %s', (text, value, currency, evidence) => {
    expect(orderTotals(text)).toContainEqual({ value, currency, evidence });
  });

  test.each([
    ['in 2025 I bought chairs at $65 each'], // a year is not a count
    ['I paid $30 per month for 12 months'], // a rate, not a price per piece
    ['order 45678 has lamps at $90 each'], // an order number
    ['the lamps cost $40 and took 30 days to arrive'], // no price per piece
    ['750ml的一瓶88元'], // a size
    ['一箱12个，每个4两多点'], // a box of twelve, a weight
    ['作为一台两千元级别的彩屏机，内置海量1000条的电话本记录'], // entries are not phones
    ['每台600块，我要第300台'], // an ordinal
  ])('no total in %s', (text) => {
    expect(orderTotals(text).filter((total) => total.value >= 1000)).toEqual([]);
  });

  test('a high-value case, with the product as its evidence; a small order stays below', () => {
    expect(detectHighValue('we need 400 office chairs at $65 each')).toMatchObject({ highValue: true, evidence: ['400 × $65'] });
    expect(detectHighValue('250 chairs at 189 each', undefined, 'USD')).toMatchObject({ highValue: true, amount: { value: 47_250, currency: 'USD' } });
    expect(detectHighValue('i bought 2 mugs at $12 each and one arrived chipped').highValue).toBe(false);
  });
});
