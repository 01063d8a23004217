import { withoutInjuryAsCondition } from '../../../../bot/core/signals/past-injury';
import { normalizeEnglish } from '../../../../bot/core/signals/patterns';

const en = (phrases: string[], text: string) => withoutInjuryAsCondition(phrases, normalizeEnglish(text));

describe('an injury told as the customer\'s condition', () => {
  test.each([
    [['injured my back'], 'I injured my back playing rugby, which office chair has the best support'],
    [['injury'], 'I have an old shoulder injury, can the massage gun be used gently'],
    [['injury'], 'recovering from a hamstring injury, do the leggings come in compression fit'],
  ])('set aside: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual([]));

  test.each([
    [['injured'], 'my daughter was injured when your swing snapped'],
    [['injury'], 'I have a knee injury from using your treadmill'],
    [['injured my back'], 'I injured my back last year when your chair collapsed'],
  ])('kept: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual(phrases));
});
