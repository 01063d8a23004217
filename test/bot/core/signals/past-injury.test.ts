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

describe('harm told as the reason for a routine question', () => {
  test.each([
    [['broke my wrist'], 'I broke my wrist so typing is slow, how do I change my delivery address?'],
    [['was sick'], 'I was sick last week and missed the delivery, where is my parcel now?'],
    [['hands … numb'], 'after chemo my hands are numb, does the electric can opener have a warranty?'],
    [['was ill'], 'my mum was ill last winter and we missed the parcel, can it be redelivered?'],
  ])('set aside: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual([]));

  test.each([
    [['was sick'], "my son was sick last week, what's in the gummies?"],
    [['broke my tooth'], 'I broke my tooth last week on one of the nuts, can I get a refund?'],
    [['broke my wrist'], 'I broke my wrist when the chair collapsed so I can\'t type, how do I return it?'],
    [['hands … numb'], 'my hands went numb after using the massager so I stopped, is that normal?'],
  ])('kept: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual(phrases));
});
