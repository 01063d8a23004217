import { redactPersonalData } from '../../../bot/core/redact';

// [customer text, stored text]
const table: Array<[string, string]> = [
  ['my card is 4111 1111 1111 1111 thanks', 'my card is [card number] thanks'],
  ['card 5500-0000-0000-0004', 'card [card number]'],
  ['mail me at jane.doe+shop@example.co.uk', 'mail me at [email]'],
  ['call 13812345678 please', 'call [phone] please'],
  ['我的手机号是13812345678', '我的手机号是[phone]'],
  ['phone (415) 555-0134 or +44 20 7946 0958', 'phone [phone] or [phone]'],
  ['身份证 11010519491231002X', '身份证 [id number]'],
  // Not personal data: order numbers (no Luhn match), amounts, dates.
  ['order 113542617735902 was $1,250.00 on 2026-11-02', 'order 113542617735902 was $1,250.00 on 2026-11-02'],
  ['订单号 2026112200042，金额 ¥3000', '订单号 2026112200042，金额 ¥3000'],
];

test.each(table)('%s', (text, stored) => {
  expect(redactPersonalData(text).text).toBe(stored);
});

test('reports which kinds of personal data it removed', () => {
  expect(redactPersonalData('4111111111111111 a@b.io').kinds.sort()).toEqual(['card', 'email']);
});
