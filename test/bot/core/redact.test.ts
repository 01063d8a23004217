import { isFoldSafe, redactPersonalData } from '../../../bot/core/redact';
import { personalDataSamples, sentenceWith } from '../../support/personal-data';

// [customer text, stored text]
const table: Array<[string, string]> = [
  ['my card is 4111 1111 1111 1111 thanks', 'my card is [card number] thanks'],
  ['card 5500-0000-0000-0004', 'card [card number]'],
  // Any separators, none at all, glued to a word, full-width digits.
  ['5555.5555.5555.4444', '[card number]'],
  ['card5105105105105100', 'card[card number]'],
  ['paid with 3782 822463 10005 (amex)', 'paid with [card number] (amex)'],
  ['卡号６２２２ ０２０５ １１００ ９２６８ ５２１', '卡号[card number]'],
  ['4111 - 1111 - 1111 - 1111', '[card number]'],
  ['mail me at jane.doe+shop@example.co.uk', 'mail me at [email]'],
  // Internationalised and full-width addresses; Chinese text around an address stays.
  ['张三@例子.中国', '[email]'],
  ['我的邮箱是zhang@qq.com谢谢', '我的邮箱是[email]谢谢'],
  ['ａｎｎ＠ｅｘａｍｐｌｅ．ｃｏｍ', '[email]'],
  ['call 13812345678 please', 'call [phone] please'],
  ['我的手机号是13812345678', '我的手机号是[phone]'],
  ['手机 138 1234 5678 或 +86 139-1234-5678', '手机 [phone] 或 [phone]'],
  ['phone (415) 555-0134 or +44 20 7946 0958', 'phone [phone] or [phone]'],
  ['415 555 0177', '[phone]'],
  ['4155550188', '[phone]'],
  ['座机 010-62345678', '座机 [phone]'],
  ['身份证 11010519491231002X', '身份证 [id number]'],
  ['身份证 110105491231002', '身份证 [id number]'],
  // Not personal data: order numbers (no card prefix, no Luhn match, no date inside), amounts, dates, ticket ids.
  ['order 113542617735902 was $1,250.00 on 2026-11-02', 'order 113542617735902 was $1,250.00 on 2026-11-02'],
  ['订单号 2026112200042，金额 ¥3000', '订单号 2026112200042，金额 ¥3000'],
  ['where is order 123456? I paid $12,500.50', 'where is order 123456? I paid $12,500.50'],
  ['订单123456789，退款2.5万元，50万', '订单123456789，退款2.5万元，50万'],
  ['ticket T-20261122-0042 at 2026-11-22T10:00:00.000Z', 'ticket T-20261122-0042 at 2026-11-22T10:00:00.000Z'],
  // Only the personal data is replaced: the rest keeps the customer's own (full-width) characters.
  ['电话：１３８１２３４５６７８，谢谢！', '电话：[phone]，谢谢！'],
];

test.each(table)('%s', (text, stored) => {
  expect(redactPersonalData(text).text).toBe(stored);
});

test('reports which kinds of personal data it removed', () => {
  expect(redactPersonalData('4111111111111111 a@b.io').kinds.sort()).toEqual(['card', 'email']);
});

test('a Luhn-invalid number of card length is not a card', () => {
  expect(redactPersonalData('4111 1111 1111 1112').text).toBe('4111 1111 1111 1112');
});

test('400 generated samples in English and Chinese sentences: none survives', () => {
  const samples = personalDataSamples(400, 11);
  const survivors = samples
    .map((sample, i) => ({ sample, stored: redactPersonalData(sentenceWith(sample, i)).text }))
    .filter(({ sample, stored }) => sample.needles.some((needle) => stored.includes(needle)));
  expect(survivors).toEqual([]);
});

test('the characters let through without a scan fold to no digit and no @, as the full scan would read them', () => {
  const foldingToDigitOrAt: string[] = [];
  for (let c = 0x80; c <= 0xffff; c++) {
    if (isFoldSafe(c) && /[0-9@]/.test(String.fromCharCode(c).normalize('NFKC'))) foldingToDigitOrAt.push(c.toString(16));
  }
  expect(foldingToDigitOrAt).toEqual([]);
  expect(redactPersonalData('寄到 ａｄａ＠ｅｘａｍｐｌｅ．ｃｏｍ').text).toBe('寄到 [email]');
  expect(redactPersonalData('电话１３８１２３４５６７８').text).toBe('电话[phone]');
  expect(redactPersonalData('Where is my order?')).toEqual({ text: 'Where is my order?', kinds: [] });
});
