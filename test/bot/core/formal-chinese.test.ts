import { inEverydayWords } from '../../../bot/core/formal-chinese';

describe('inEverydayWords', () => {
  test.each([
    ['本人欲更改帳戶登記之電郵地址，煩請告知辦理方法。', '我想更改帳戶登記的電郵地址，请问怎么办理。'],
    ['本人欲修改账户之收货地址，烦请告知办理方法', '我想修改账户的收货地址，请问怎么办理'],
    ['敬请告知本人之订单何时发货', '请问我的订单何时发货'],
  ])('%s → %s', (text, everyday) => {
    expect(inEverydayWords(text)).toBe(everyday);
  });

  // Words that keep 之 and 欲, and text not in the register, are left as they are.
  test.each(['之前买的东西 之后还能退吗', '本人欲望强烈之前已下单', '我想更改邮箱之前要验证吗'])('%s', (text) => {
    const out = inEverydayWords(text);
    expect(out.includes('之前')).toBe(true);
  });
  test('text without the register is unchanged', () => {
    expect(inEverydayWords('之后能不能退货')).toBe('之后能不能退货');
  });
});
