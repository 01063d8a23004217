/** A market's figure of the day is general knowledge; the rate the store converts an order at is the store's. */
import { asksMarketQuote } from '../../../bot/core/market-quote';
import { foldChinese } from '../../../knowledge/text';

const quote = (text: string) => asksMarketQuote(foldChinese(text));

test.each([
  'what is the price of bitcoin right now',
  "what's today's exchange rate for euros",
  'gold price today?',
  '今天美金匯率多少',
  '今天美元兑日元汇率多少',
  '现在金价多少一克',
])('a market figure: %s', (text) => {
  expect(quote(text)).toBe(true);
});

test.each([
  'what exchange rate do you use',
  'what exchange rate is used when i pay in dollars today',
  'the exchange rate on my order is wrong',
  '你们按什么汇率算',
  '今天下单用什么汇率结算',
  '汇率怎么算',
  'can i see prices in euros',
])('the store’s: %s', (text) => {
  expect(quote(text)).toBe(false);
});
