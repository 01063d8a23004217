import { DEFAULT_HIGH_VALUE_THRESHOLDS, detectHighValue, parseChineseNumber, parseMoneyAmounts } from '../../../../bot/core/signals';

// Each row: the message, then every amount it holds, exactly.
const AMOUNTS: Array<[string, Array<{ value: number; currency: string }>]> = [
  // English: symbols and codes before the number.
  ['I was charged $12,500.50 for this', [{ value: 12500.5, currency: 'USD' }]],
  ['USD 3k', [{ value: 3000, currency: 'USD' }]],
  ['$1.2k', [{ value: 1200, currency: 'USD' }]],
  ['£250', [{ value: 250, currency: 'GBP' }]],
  ['€99', [{ value: 99, currency: 'EUR' }]],
  // Thousands written with dots, as the euro countries write them; two dots or more in any currency.
  ['€40.000 Bestellung', [{ value: 40000, currency: 'EUR' }]],
  ['€40.50 refund', [{ value: 40.5, currency: 'EUR' }]],
  ['EUR 1.234.567', [{ value: 1234567, currency: 'EUR' }]],
  // A thousands shorthand before the thing it prices.
  ['there is a 35k payment pending', [{ value: 35000, currency: 'XXX' }]],
  ['it cost £1,299.99!', [{ value: 1299.99, currency: 'GBP' }]],
  ['$5', [{ value: 5, currency: 'USD' }]],
  ['$5m', [{ value: 5_000_000, currency: 'USD' }]],
  ['$2bn deal', [{ value: 2_000_000_000, currency: 'USD' }]],
  ['USD3000', [{ value: 3000, currency: 'USD' }]],
  ['EUR 1.5m', [{ value: 1_500_000, currency: 'EUR' }]],
  ['HK$ 200', [{ value: 200, currency: 'HKD' }]],
  ['A$50', [{ value: 50, currency: 'AUD' }]],
  ['CA$75.25', [{ value: 75.25, currency: 'CAD' }]],
  ['CHF 120', [{ value: 120, currency: 'CHF' }]],
  ['₹4,500', [{ value: 4500, currency: 'INR' }]],
  // India's lakh groups, and Rs without its dot.
  ['charged Rs 1,85,000 for the TV', [{ value: 185000, currency: 'INR' }]],
  ['paid ₹12,50,000 for the order', [{ value: 1250000, currency: 'INR' }]],
  ['rs 500 only', [{ value: 500, currency: 'INR' }]],
  ['RMB 500', [{ value: 500, currency: 'CNY' }]],
  ['$.99', [{ value: 0.99, currency: 'USD' }]],
  ['a compensation of$1499', [{ value: 1499, currency: 'USD' }]],
  ['there is a charge for 1£ I do not know', [{ value: 1, currency: 'GBP' }]],
  ['it was 45€ in the shop', [{ value: 45, currency: 'EUR' }]],
  // English: words after the number.
  ['1.2 million dollars', [{ value: 1_200_000, currency: 'USD' }]],
  ['500 bucks', [{ value: 500, currency: 'USD' }]],
  ['2,000 usd', [{ value: 2000, currency: 'USD' }]],
  ['3000 JPY', [{ value: 3000, currency: 'JPY' }]],
  ['3k USD', [{ value: 3000, currency: 'USD' }]],
  ['a refund of 250 euros', [{ value: 250, currency: 'EUR' }]],
  ['50 cents', [{ value: 0.5, currency: 'USD' }]],
  ['2 billion yen', [{ value: 2_000_000_000, currency: 'JPY' }]],
  ['I paid 20 pounds', [{ value: 20, currency: 'GBP' }]],
  ['5 grand', [{ value: 5000, currency: 'XXX' }]],
  ['$10-$20', [{ value: 10, currency: 'USD' }, { value: 20, currency: 'USD' }]],
  // English: a bare number in a money context.
  ['I paid 3000 for it', [{ value: 3000, currency: 'XXX' }]],
  ['I paid 300 last month', [{ value: 300, currency: 'XXX' }]],
  ['the price was 299', [{ value: 299, currency: 'XXX' }]],
  ['it cost me over 1500', [{ value: 1500, currency: 'XXX' }]],
  ['a refund of 49.99 please', [{ value: 49.99, currency: 'XXX' }]],
  ['my budget is 3k', [{ value: 3000, currency: 'XXX' }]],
  ['1.2k', [{ value: 1200, currency: 'XXX' }]],
  ['it was about 2.5k for the repair', [{ value: 2500, currency: 'XXX' }]],
  ['the house is worth 2.5 million', [{ value: 2_500_000, currency: 'XXX' }]],
  // Chinese: units and currency words.
  ['订单金额二十多万', [{ value: 200_000, currency: 'XXX' }]],
  ['20多万的设备', [{ value: 200_000, currency: 'XXX' }]],
  ['两万多块', [{ value: 20_000, currency: 'CNY' }]],
  ['他三十多岁', []],
  ['50万', [{ value: 500_000, currency: 'XXX' }]],
  // Points told before a number make it points; a currency after it makes it money again.
  ['积分换了 订单二十多万', [{ value: 200_000, currency: 'XXX' }]],
  ['用积分抵了500元', [{ value: 500, currency: 'CNY' }]],
  ['5千元', [{ value: 5000, currency: 'CNY' }]],
  ['¥3000', [{ value: 3000, currency: 'CNY' }]],
  ['￥5000', [{ value: 5000, currency: 'CNY' }]],
  ['¥3,000.50', [{ value: 3000.5, currency: 'CNY' }]],
  ['三万块', [{ value: 30_000, currency: 'CNY' }]],
  ['2.5万元', [{ value: 25_000, currency: 'CNY' }]],
  ['一百五十元', [{ value: 150, currency: 'CNY' }]],
  ['1.5亿', [{ value: 150_000_000, currency: 'XXX' }]],
  ['人民币8000', [{ value: 8000, currency: 'CNY' }]],
  ['3000块钱', [{ value: 3000, currency: 'CNY' }]],
  ['花了两千', [{ value: 2000, currency: 'XXX' }]],
  ['五块五', [{ value: 5.5, currency: 'CNY' }]],
  ['两块钱', [{ value: 2, currency: 'CNY' }]],
  ['一万五块', [{ value: 15_000, currency: 'CNY' }]],
  ['三千五百元', [{ value: 3500, currency: 'CNY' }]],
  ['我花了1万5千买的', [{ value: 15_000, currency: 'XXX' }]],
  ['他借了我五十万', [{ value: 500_000, currency: 'XXX' }]],
  ['价值20万', [{ value: 200_000, currency: 'XXX' }]],
  ['退款2.5万', [{ value: 25_000, currency: 'XXX' }]],
  ['转账5000', [{ value: 5000, currency: 'XXX' }]],
  ['一亿五千万', [{ value: 150_000_000, currency: 'XXX' }]],
  ['5w块', [{ value: 50_000, currency: 'CNY' }]],
  ['100美元', [{ value: 100, currency: 'USD' }]],
  ['200港币', [{ value: 200, currency: 'HKD' }]],
  ['30欧元', [{ value: 30, currency: 'EUR' }]],
  ['一千二百块', [{ value: 1200, currency: 'CNY' }]],
  ['壹佰元', [{ value: 100, currency: 'CNY' }]],
  ['扣了我199元两次', [{ value: 199, currency: 'CNY' }]],
  ['订单金额是3999', [{ value: 3999, currency: 'XXX' }]],
  ['花了一百零五块', [{ value: 105, currency: 'CNY' }]],
  // The leading 一 dropped before a unit (万五 = 15 000, 千五 = 1 500); 文 and 蚊雞 as the dollar; 几 after the figure (a few
// of the next unit, read as three);
  // a unit alone after a word of nearness (成万蚊: about ten thousand dollars). The engine reads folded text.
  ['成万五蚊的相机寄来是坏的', [{ value: 15_000, currency: 'HKD' }]],
  ['千五蚊买的耳机', [{ value: 1500, currency: 'HKD' }]],
  ['万二蚊鸡', [{ value: 12_000, currency: 'HKD' }]],
  ['成两万文的手表', [{ value: 20_000, currency: 'HKD' }]],
  ['两万几蚊的电脑', [{ value: 23_000, currency: 'HKD' }]],
  ['一万几的订单', [{ value: 13_000, currency: 'XXX' }]],
  ['两万几个人', []],
  ['成万蚊的相机', [{ value: 10_000, currency: 'HKD' }]],
  ['差不多万五块的手机', [{ value: 15_000, currency: 'CNY' }]],
  ['万五的相机值得买吗', [{ value: 15_000, currency: 'XXX' }]],
  // Words, not amounts: in case, by all means, thousands upon thousands, a document.
  ['万一坏了怎么办', []],
  ['千万别寄错', []],
  ['成千上万块砖', []],
  ['三千文字的说明', []],
  // Several amounts, in order.
  ['I paid $40 but was charged $80', [{ value: 40, currency: 'USD' }, { value: 80, currency: 'USD' }]],
  ['原价5000元，现价3999元', [{ value: 5000, currency: 'CNY' }, { value: 3999, currency: 'CNY' }]],
];

// Numbers that are not money: identifiers, dates, times, phone numbers, quantities, percentages, words.
const NOT_MONEY: string[] = [
  'rooms 1,2,3 are booked',
  'version 1.2.3 of the app',
  'order 12345 was late',
  'order #98765 for $0',
  'call me at 555-123-4567',
  'on 5/12 at 10:30',
  'delivered 2024-05-01',
  'I bought 3 items',
  'it took 2 days',
  'I paid for 3 items',
  'I paid in 2023',
  'a refund of 50%',
  'I tried 3 times',
  'I walked 10k steps',
  'I ran a 5k race',
  'I tried to make a transfer 5 different times',
  "Why is my transfer still pending? It's 2018",
  'I lost 5 pounds',
  'a 20 pound bag of flour',
  'A123 is broken',
  'firmware v1.2',
  'room 1204',
  '订单号123456789',
  '我的手机号是13800138000',
  '转账13800138000',
  '10万公里',
  '50万人',
  '几十万',
  '扣了几十元手续费',
  '千万别买',
  '万一坏了呢',
  '花了一下午',
  '一块去吃饭',
  '买了3件',
  '等了3天',
  '下午3点',
  '5号到货',
  '打了八折',
  '一百多人',
  // Points, followers, views: what a bare number counts, told before it.
  '积分攒了二十万了 能换什么',
  '我的積分有三十萬 可以換什麼',
  '粉丝有五十万 可以合作吗',
];

// Amounts written in words, with every kind of currency cue money.ts reads: a currency word or code after, a code
// before, "grand", a spaced "k", a scale word standing alone ("1.2 million", "a hundred and twenty thousand").
const AMOUNTS_IN_WORDS: Array<[string, Array<{ value: number; currency: string }>]> = [
  ['roughly twenty-two thousand dollars of garden tables', [{ value: 22_000, currency: 'USD' }]],
  ['thirty grand for the showroom fit-out', [{ value: 30_000, currency: 'XXX' }]],
  ['fifty k for the fit-out', [{ value: 50_000, currency: 'XXX' }]],
  ['about a hundred and twenty thousand euros', [{ value: 120_000, currency: 'EUR' }]],
  ['an order of about 1.2 million.', [{ value: 1_200_000, currency: 'XXX' }]],
  ['one point two million dollars', [{ value: 1_200_000, currency: 'USD' }]],
  ['twenty thousand quid', [{ value: 20_000, currency: 'GBP' }]],
  ['I paid twenty-five thousand pounds', [{ value: 25_000, currency: 'GBP' }]],
  ['forty thousand sterling', [{ value: 40_000, currency: 'GBP' }]],
  ['two hundred thousand yuan', [{ value: 200_000, currency: 'CNY' }]],
  ['ninety thousand renminbi', [{ value: 90_000, currency: 'CNY' }]],
  ['three million yen', [{ value: 3_000_000, currency: 'JPY' }]],
  ['thirty thousand rupees', [{ value: 30_000, currency: 'INR' }]],
  ['twenty-five thousand francs', [{ value: 25_000, currency: 'CHF' }]],
  ['half a million bucks', [{ value: 500_000, currency: 'USD' }]],
  ['sixty thousand CAD', [{ value: 60_000, currency: 'CAD' }]],
  ['eighty thousand hkd', [{ value: 80_000, currency: 'HKD' }]],
  ['USD twenty thousand', [{ value: 20_000, currency: 'USD' }]],
  ['fifty thousand RMB', [{ value: 50_000, currency: 'CNY' }]],
  ['five lakh rupees', [{ value: 500_000, currency: 'INR' }]],
  ['seventy-five cents', [{ value: 0.75, currency: 'USD' }]],
  ['a hundred grand', [{ value: 100_000, currency: 'XXX' }]],
  ['forty-one thousand of lighting on the quote', [{ value: 41_000, currency: 'XXX' }]],
  ['twenty-odd thousand dollars', [{ value: 20_000, currency: 'USD' }]],
  ['two and a half million dollars', [{ value: 2_500_000, currency: 'USD' }]],
  ['a fifty-thousand-dollar order', [{ value: 50_000, currency: 'USD' }]],
  ['we paid fifty thousand', [{ value: 50_000, currency: 'XXX' }]],
  ['ten bucks and $20,000', [{ value: 10, currency: 'USD' }, { value: 20_000, currency: 'USD' }]],
  ['$500 now and eleven thousand dollars later', [{ value: 500, currency: 'USD' }, { value: 11_000, currency: 'USD' }]],
];

// Numbers in words that are not money: counts, sayings, a number too plain to be an amount without a currency.
const NOT_MONEY_IN_WORDS: string[] = [
  'thanks a million!',
  'one in a million',
  "I've told you a hundred times",
  'twenty thousand steps a day',
  'fifty k followers on instagram',
  'a thousand apologies',
  'forty thousand miles on the clock',
  'two grand pianos',
  'twenty pounds of flour',
  'I paid for two',
  'we paid in twenty twenty-three',
  '3 million views',
  'sold 2 million of these',
  'spent a few thousand dollars',
  'fifty m of cable',
  'a thousand thank yous',
  'I bought twenty-two of them',
  'one of the two thousand chairs',
  'it took ninety minutes',
  'twenty thousand leagues under the sea is a great book',
  'a one-off payment',
  'someone paid twice',
  'often charged twice',
  'a hundred percent sure it was broken',
  'one or two pounds heavier than listed',
  'twenty-five thousand people follow you',
  'the k in the name is silent',
  'two thousand of the chairs arrived',
  'a twenty-five-thousand-pound lorry',
  'the one-hundred-day guarantee',
  'one and a half days late',
];

describe('parseMoneyAmounts', () => {
  describe('amounts in words', () => {
    test('near misses outnumber the amounts', () => {
      expect(NOT_MONEY_IN_WORDS.length).toBeGreaterThanOrEqual(AMOUNTS_IN_WORDS.length);
    });

    test.each(AMOUNTS_IN_WORDS)('%s', (text, expected) => {
      expect(parseMoneyAmounts(text).map(({ value, currency }) => ({ value, currency }))).toEqual(expected);
    });

    test.each(NOT_MONEY_IN_WORDS)('not money: %s', (text) => {
      expect(parseMoneyAmounts(text)).toEqual([]);
    });

    test('evidence is the words that were read', () => {
      expect(parseMoneyAmounts('about twenty-two thousand dollars, maybe').map((a) => a.evidence)).toEqual(['twenty-two thousand dollars']);
      expect(parseMoneyAmounts('over thirty grand!').map((a) => a.evidence)).toEqual(['thirty grand']);
    });
  });

  test('the table holds at least 60 expressions', () => {
    expect(AMOUNTS.length).toBeGreaterThanOrEqual(60);
  });

  test.each(AMOUNTS)('%s', (text, expected) => {
    expect(parseMoneyAmounts(text).map(({ value, currency }) => ({ value, currency }))).toEqual(expected);
  });

  test.each(NOT_MONEY)('not money: %s', (text) => {
    const amounts = parseMoneyAmounts(text).filter((a) => a.value !== 0);
    expect(amounts).toEqual([]);
  });

  test('evidence is the text that was read', () => {
    expect(parseMoneyAmounts('about USD 3k, maybe').map((a) => a.evidence)).toEqual(['USD 3k']);
    expect(parseMoneyAmounts('我花了2.5万元买的').map((a) => a.evidence)).toEqual(['2.5万元']);
    expect(parseMoneyAmounts('over 1.2 million dollars!').map((a) => a.evidence)).toEqual(['1.2 million dollars']);
    expect(parseMoneyAmounts('花了人民币8000').map((a) => a.evidence)).toEqual(['人民币8000']);
  });

  test('full-width digits and signs read as their ASCII forms', () => {
    expect(parseMoneyAmounts('￥３０００')).toEqual([{ value: 3000, currency: 'CNY', evidence: '¥3000' }]);
  });
});

describe('parseChineseNumber', () => {
  test.each([
    ['一百五十', 150], ['两千', 2000], ['三万', 30_000], ['十五万', 150_000], ['一亿五千万', 150_000_000],
    ['2.5万', 25_000], ['1万5千', 15_000], ['一万五', 15_000], ['三千五', 3500], ['一百五', 150], ['一百零五', 105],
    ['一千零五十', 1050], ['十五', 15], ['二十', 20], ['十', 10], ['壹佰', 100], ['3000', 3000], ['1,200万', 12_000_000],
    // The leading 一 left out, as spoken and as Hong Kong writes it.
    ['万五', 15_000], ['萬二', 12_000], ['千五', 1500], ['百五', 150], ['万五千', 15_000], ['千五百', 1500],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  test.each(['千万', '万一', '一五零', '零', '百', '万'])('%s is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('a retirement plan named by its section of the tax code', () => {
  test('401k, 401(k) and 403b are no amounts; with a currency sign, 401k is', () => {
    expect(parseMoneyAmounts('how do i rollover my 401k')).toEqual([]);
    expect(parseMoneyAmounts('can i pay from my 401(k) plan')).toEqual([]);
    expect(parseMoneyAmounts('it cost $401k')).toMatchObject([{ value: 401_000, currency: 'USD' }]);
  });
});

describe('detectHighValue', () => {
  test('at or above the threshold of its currency: about US$20,000 by default', () => {
    expect(detectHighValue('I need 40 laptops for the office, about $48,000 in total')).toEqual({
      amount: { value: 48_000, currency: 'USD' },
      highValue: true,
      evidence: ['$48,000'],
    });
    expect(detectHighValue('we want around $25k of furniture').highValue).toBe(true);
    expect(detectHighValue('I paid $19,999.99').highValue).toBe(false);
    expect(detectHighValue('公司采购三十万元的设备').highValue).toBe(true);
    expect(detectHighValue('这台电脑一万五千元').highValue).toBe(false);
  });

  test('an amount with no currency is in the account currency', () => {
    expect(detectHighValue('订单金额二十多万', DEFAULT_HIGH_VALUE_THRESHOLDS, 'CNY')).toEqual({
      amount: { value: 200_000, currency: 'CNY' },
      highValue: true,
      evidence: ['二十多万'],
    });
    // With no account currency, an unknown currency takes the figure for currencies not listed (500 000).
    expect(detectHighValue('我们公司这笔订单50万')).toMatchObject({ amount: { value: 500_000, currency: 'XXX' }, highValue: true });
    expect(detectHighValue('我们公司这笔订单20万').highValue).toBe(false);
  });

  test("the customer's own money, saved, earned or owed elsewhere, is no case with the shop", () => {
    expect(detectHighValue("I'm saving up for a $20,000 car so I'm cutting back. How do I unsubscribe from your emails")).toMatchObject({ highValue: false, evidence: [] });
    expect(detectHighValue('I earn 25k a month, can I pay in installments').highValue).toBe(false);
    expect(detectHighValue('我年薪三十万 能分期吗').highValue).toBe(false);
    expect(detectHighValue('在攒二十万买房 要控制消费了 怎么取消你们的营销短信').highValue).toBe(false);
    // What the customer owns or their business turns over.
    expect(detectHighValue('my house cost 500k, does delivery include carrying upstairs').highValue).toBe(false);
    expect(detectHighValue('我们公司年营业额三千万 想问下能开专票吗').highValue).toBe(false);
    // An order of that size told beside it still counts.
    expect(detectHighValue("I'm saving up, but my order of $30,000 needs an invoice").highValue).toBe(true);
    expect(detectHighValue('my order was $25,000 and it is late').highValue).toBe(true);
  });

  test('the largest amount is the one reported', () => {
    expect(detectHighValue('I paid $40, then $600,000').amount).toEqual({ value: 600_000, currency: 'USD' });
  });

  test('one figure for every currency, and the default currency, are configurable', () => {
    expect(detectHighValue('花了两千', 1000, 'CNY')).toEqual({
      amount: { value: 2000, currency: 'CNY' },
      highValue: true,
      evidence: ['两千'],
    });
    expect(detectHighValue('€900', 1000, 'CNY')).toMatchObject({ amount: { value: 900, currency: 'EUR' }, highValue: false });
    expect(detectHighValue('€900', { byCurrency: { EUR: 500 }, otherwise: 1e9 })).toMatchObject({ highValue: true });
  });

  // [customer says, high value] with the account in US dollars: each currency against its own figure (about US$20,000).
  const HIGH_VALUE_IN_WORDS: Array<[string, boolean]> = [
    ['twenty-six thousand dollars of bedroom sets on hold', true],
    ['the invoice will be about thirty grand', true],
    ['we are looking at fifty k on chairs', true],
    ['a hundred and twenty thousand for the whole fit-out', true],
    ['the quote came to 1.2 million', true],
    ['twenty thousand quid on sofas', true],
    ['twenty thousand euros', true],
    ['thirty thousand CAD', true],
    ['two hundred thousand yuan', true],
    ['three million yen', true],
    ['twenty-five thousand francs', true],
    ['one point five million rupees', true],
    ['nineteen thousand dollars', false],
    ['fourteen thousand quid', false],
    ['nineteen thousand euros', false],
    ['twenty thousand CAD', false],
    ['a hundred thousand yuan', false],
    ['two million yen', false],
    ['a million rupees', false],
    ['fifteen grand', false],
    ['thanks a million', false],
    ['twenty thousand steps', false],
    ['two grand pianos', false],
    ['fifty k followers', false],
  ];

  test.each(HIGH_VALUE_IN_WORDS)('in words: %s → %s', (text, high) => {
    expect(detectHighValue(text, DEFAULT_HIGH_VALUE_THRESHOLDS, 'USD').highValue).toBe(high);
  });

  test('no amount, no high value', () => {
    expect(detectHighValue('where is order 123456?')).toEqual({ amount: null, highValue: false, evidence: [] });
  });
});
