import { DEFAULT_HIGH_VALUE_THRESHOLDS, detectHighValue } from '../../../../bot/core/signals';
import { amountClause } from '../../../../bot/core/signals/own-money';

/**
 * A big figure of the customer's own life (a car bought, a bonus, a house deposit, rent, tuition, a salary, a wedding
 * budget) told before a routine question is no high-value case; the store's order, basket, purchase order, invoice or
 * goods of that value still are, with a story around them. [customer says, account currency, high value]
 */
const ROWS: Array<[string, string, boolean]> = [
  // The customer's own money, read by what the amount is attached to in its clause.
  ['I just bought a car for $32,000 so money is tight, can I pay for the sofa in installments?', 'USD', false],
  ['Got a $25,000 bonus this year! Do you price match Amazon?', 'USD', false],
  ["We're saving a $60,000 house deposit, do you ship to Canada?", 'USD', false],
  ['tuition is $45,000 a year for my daughter, do you offer a student discount?', 'USD', false],
  ['I won $25,000 on the lottery, do you sell gift cards?', 'USD', false],
  ['My salary is $120,000 and I still can\'t get your credit plan approved?', 'USD', false],
  ['我刚买车花了二十五万，现在手头紧，这个沙发能分期吗', 'CNY', false],
  ['我工资一年才二十万 你们能价保吗', 'CNY', false],
  ['我存了三十万想给新家买一套家具 你们有没有上门安装', 'CNY', false],
  ['我哋婚禮預算三十萬 你哋有冇得分期', 'HKD', false],
  ['儲咗廿萬做首期 想問下運費點計', 'HKD', false],
  ['去年賣咗架車收到廿五萬 你哋有冇price match', 'HKD', false],
  ['學費一年七十萬，請問有學生優惠嗎', 'TWD', false],
  ['我的薪水一年二十五萬，可以分期嗎', 'CNY', false],
  ['家裡剛裝修花了三十萬 沙發有冇得分期', 'HKD', false],
  // The figure alone in its clause tells the price of what the clause before named.
  ['刚买了车 二十万 手头紧 这个能分期吗', 'CNY', false],
  ['just bought a car. 32k. can i pay for the sofa in installments', 'USD', false],
  ['just bought a home for 400k, do you deliver furniture to new addresses', 'USD', false],
  // The store's order, basket, purchase order, invoice or goods, even with a story of the customer's life around it.
  ["I placed a $24,000 order for office chairs and it hasn't shipped", 'USD', true],
  // A word of one's own life as the first half of a thing the store sells (a home theater, a wedding dress).
  ['i spent 28k on the home theater bundle and the projector came dead', 'USD', true],
  ['the $22,000 wedding dress I ordered has a tear', 'USD', true],
  // Thousands in shorthand, worth of goods.
  ['ordered like 30k worth of stuff for the restaurant and half is missing', 'USD', true],
  ['我们餐厅订了二十五万的货 一半没到', 'CNY', true],
  ['刚下单 二十五万 什么时候发货', 'CNY', true],
  ["Our school's purchase order of $21,800 was approved, can you ship by Friday?", 'USD', true],
  ['Just got my bonus so we ordered $30,000 of furniture for the new office, can you split shipping?', 'USD', true],
  ['I want $30,000 of furniture for my new home, can you deliver?', 'USD', true],
  ['with my bonus I want a $30,000 sofa set, is it in stock?', 'USD', true],
  ['I got my bonus and I need to order 300 chairs, our total is $27,000', 'USD', true],
  ['my car was damaged by your delivery truck, repair costs $25,000', 'USD', true],
  ['我在你们这下了三十万的单 什么时候发货', 'CNY', true],
  ['我用年终奖买了二十五万的家具 什么时候送', 'CNY', true],
  ['买车之后在你们这订了二十五万的办公家具 能开发票吗', 'CNY', true],
  ['我哋公司喺你度落咗張廿五萬嘅單 幾時到', 'CNY', true],
  ['買完車之後，我們在你們這裡下了一張三十萬的訂單，還沒發貨', 'CNY', true],
];

describe("the customer's own money is no high-value case; the store's order is", () => {
  test.each(ROWS)('%s (%s) → %s', (text, currency, high) => {
    expect(detectHighValue(text, DEFAULT_HIGH_VALUE_THRESHOLDS, currency).highValue).toBe(high);
  });
});

describe('amountClause', () => {
  test('cuts at sentence marks, commas outside a number, a new clause and the space between Chinese clauses', () => {
    const en = 'I just bought a car for $32,000 so money is tight';
    expect(amountClause(en, en.indexOf('32'), false)).toBe('I just bought a car for $32,000 ');
    const zh = '我工资一年才二十万 你们能价保吗';
    expect(amountClause(zh, zh.indexOf('二十万'), true)).toBe('我工资一年才二十万');
  });
});
