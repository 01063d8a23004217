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
