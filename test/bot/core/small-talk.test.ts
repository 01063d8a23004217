import { detectWholeMessageSmallTalk, isArithmetic } from '../../../bot/core/small-talk';

/** Arithmetic is a message that is the expression; a range or a shop name inside a question is not. */
describe('isArithmetic', () => {
  test.each(["what's 17 times 23", 'whats 45 divided by 9', 'whats 12-4', '17*23', 'what is (3+4)*2?', 'calculate 5 x 6 please', '1+1等于几', '帮我算一下128乘以7', '2加3等于几', '12-4等于几'])(
    'is arithmetic: %s',
    (text) => {
      expect(isArithmetic(text)).toBe(true);
      expect(detectWholeMessageSmallTalk(text)).toBe('arithmetic');
    },
  );

  test.each([
    'is standard shipping really 3-5 days',
    'refunds take 2-3 business days right?',
    'it said 3-5 days and its day 8 now. is it delayed?',
    '3-5天能到吗',
    '可以超商取货吗 7-11或全家都可以',
    '2-3个工作天会退款吗',
    'order 12345',
    'my order 123-456 is late',
  ])('is not arithmetic: %s', (text) => {
    expect(isArithmetic(text)).toBe(false);
  });

  it('reads a long frame-like message at once', () => {
    const started = performance.now();
    isArithmetic('? '.repeat(2000) + 'x');
    isArithmetic('what '.repeat(800));
    expect(performance.now() - started).toBeLessThan(200);
  });
});
