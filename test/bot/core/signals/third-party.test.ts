/**
 * A verdict standing alone as the last clause right after the customer told a slip of their own is the customer's on
 * themself (third-party.ts), not abuse; a verdict after the shop's failure, or on many, stays abuse.
 */
import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';

const kinds = (text: string) => detectComplaintLevel(text, 'en').complaints.map((c) => c.kind);

describe("a bare verdict after the customer's own slip", () => {
  test.each([
    'Could I cancel? Ordered the wrong size at 3am after my shift, brain dead',
    'typed my postcode wrong, total idiot lol. can i fix it',
    'put the wrong house number in, such a muppet. can i change it',
  ])('%s → no abuse', (text) => expect(kinds(text)).not.toContain('abuse'));
  test.each([
    'you sent the wrong size, brain dead',
    'ordered twice and it never came, idiot',
    'ordered twice and nothing came, idiots',
    'your driver left it at the wrong house, idiots',
  ])('%s → abuse', (text) => expect(kinds(text)).toContain('abuse'));
});
