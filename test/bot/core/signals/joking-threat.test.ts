import { withoutThreatInJest } from '../../../../bot/core/signals/joking-threat';
import { normalizeEnglish } from '../../../../bot/core/signals/patterns';

const en = (phrases: string[], text: string) => withoutThreatInJest(phrases, normalizeEnglish(text));

describe('a legal word said in jest', () => {
  test.each([
    [["i'll sue"], "I'll sue you if this isn't the best cake ever lol. when does it ship?"],
    [['police'], "I'd call the police on how good this price is lol, is it still on sale tomorrow?"],
    [['lawyer'], 'my lawyer (my cat) says I deserve a discount 😹 any promo codes?'],
  ])('set aside: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual([]));

  test.each([
    [["i'll sue"], "I'll sue you lol, where's my refund?"],
    [['see you in court'], 'see you in court lol'],
    [['lawyer'], 'my lawyer will hear about this lol'],
    [['police'], "I'm calling the police haha, the parcel never arrived"],
    // Sarcasm about a grievance: "love" here is no praise.
    [['lawyer'], 'haha my lawyer is going to love this, the couch arrived ripped'],
    [['lawyer'], "my lawyer will love this lol, the blender doesn't work after a week"],
  ])('kept: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual(phrases));
});
