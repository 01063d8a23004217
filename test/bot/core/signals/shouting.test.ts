import { analyzeMessage } from '../../../../bot/core/signals';
import { shouting } from '../../../../bot/core/signals/shouting';

describe('shouting: capitals and runs of "!"', () => {
  test.each([
    'WHERE IS MY REFUND!!! THIS IS A JOKE!!!',
    'I HAVE BEEN WAITING FOR WEEKS!!!!!',
    'ANSWER ME! ANSWER ME! ANSWER ME! NOW!',
    'SO SICK OF THIS！！！ NOBODY HELPS',
  ])('%s → shouting', (text) => expect(shouting(text)).toMatch(/^SHOUTING: \d+% capitals/));

  test.each([
    // Capitals alone: typed out of habit.
    'HOW DO I CHANGE MY DELIVERY ADDRESS',
    // "!!!" in lower case, or too few letters to tell.
    'thanks so much for the quick help!!!!',
    'OK!!!',
    // Mostly lower case with one word in capitals.
    'where is my parcel, it is NOT here!!!',
    '我的快递呢！！！！',
  ])('%s → no shouting', (text) => expect(shouting(text)).toBeUndefined());

  test('the evidence gives the share of capitals and the longest run', () => {
    expect(shouting('WHERE IS MY PARCEL!!!')).toBe('SHOUTING: 100% capitals, !!!');
  });
});

/** Through analyzeMessage: a shout that only asks how the shop works is no strong emotion; a chase or a feeling is. */
const strong = (text: string) => analyzeMessage(text, { lang: 'en', clock: () => 0 }).emotion.strong;

describe('a shouted question about how the shop works', () => {
  test.each([
    'WHEN DOES THE SUMMER SALE START!!!',
    'DO YOU DELIVER ON SUNDAYS!!! NEED IT FOR A PARTY',
    'HELLO!!! IS THE FREE SHIPPING CODE ON SHOES TOO',
  ])('%s → no strong emotion', (text) => expect(strong(text)).toBe(false));

  test.each([
    'WHERE IS MY PARCEL!!!',
    'WHEN WILL MY REFUND ARRIVE!!!',
    'WHY IS THIS SO HARD!!!!! I JUST WANT MY ORDER!!!!',
    'DO YOU EVEN READ THESE, NOBODY ANSWERS!!!',
  ])('%s → strong emotion', (text) => expect(strong(text)).toBe(true));
});
