import { anotherShopsClause, clauseHolding } from '../../../../bot/core/signals/another-shop';

describe('another shop as the party of a clause', () => {
  test.each([
    '之前在别家退款等了一个月',
    '上次在第二间网店退款等了成个月',
    '隔篱某宝那间铺',
    'i waited a month for a refund from another shop last year',
    'i emailed the other store three times',
  ])('%s → another shop', (clause) => expect(anotherShopsClause(clause)).toBe(true));
  test.each([
    '在别家等了一个月你们也拖了我两个月',
    'this is the second time i have emailed you',
    '这个特别家用的锅',
    '某天收到的',
    'another shop told me yours are better',
  ])('%s → not only another shop', (clause) => expect(anotherShopsClause(clause)).toBe(false));

  test('Chinese clauses run from the last mark to the words read; English ones from mark to mark', () => {
    expect(clauseHolding('之前在别家等了一个月你们多久到', 7, 10, true)).toBe('之前在别家等了一个月');
    expect(clauseHolding('i waited a month from another shop last year, how long do yours take', 9, 16, false)).toBe('i waited a month from another shop last year');
  });
});
