import { personAskedToContact } from '../../../../bot/core/signals/contact-asked';

// One of the shop's people asked to contact the customer, beside contact told, foretold, or a thing sent.
const CONTACT: Array<[string, boolean]> = [
  ['could a colleague of yours drop me an email', true],
  ['can one of the team send me a message on whatsapp', true],
  ['please get your support people to get back to me today', true],
  ['would a manager be able to ring my work number', true],
  ['can your team email me the invoice', false],
  ['someone will call before delivery', false],
  ['your rep emailed me yesterday', false],
  ['my colleague will text me the code', false],
  ['someone called me but I missed it', false],
  ['can someone text me when it ships', false],
];

describe('personAskedToContact', () => {
  test.each(CONTACT)('%s → %s', (text, asked) => {
    expect(personAskedToContact(text).length > 0).toBe(asked);
  });
});
