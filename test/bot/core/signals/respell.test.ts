import { asTyped, respellKeyWords } from '../../../../bot/core/signals/respell';

/** One typo in a key word is read through; a real word one edit away is not. */
describe('respellKeyWords', () => {
  test.each([
    ['conect me to a agent', 'connect me to a agent'],
    ['i need to speak with a reprasentative', 'i need to speak with a representative'],
    ['get me a supervsor', 'get me a supervisor'],
    ['i wnat to talk to an agnet', 'i wnat to talk to an agent'],
    ['talk to a hooman pls', 'talk to a human pls'],
    ['transfer me to a humen', 'transfer me to a human'],
    ['a real persn please', 'a real person please'],
    // Chat shorthand without vowels.
    ['tlk to agent', 'talk to agent'],
    ['spk to a prsn pls', 'speak to a person pls'],
    // The transfer verbs' past participles, and greetings drawn out.
    ['can i be transfered to a manager', 'can i be transferred to a manager'],
    ['get me conected with sales', 'get me connected with sales'],
    ['helloooo anyone there', 'hello anyone there'],
    ['heyyy human pleeease', 'hey human please'],
  ])('%s → %s', (typed, read) => {
    expect(respellKeyWords(typed).text).toBe(read);
  });

  test.each([
    'how do i manage my newsletter emails',
    'can i return some of the stuff i ordered',
    'is the packaging humane',
    'my employer pays for it',
    'one steak knife set please',
    'the agency sent it',
    'an urgent question about my order',
    'the transferor signed the form',
    'my contacts were deleted',
    'hello there, hey you, hi',
    'please help',
  ])('leaves real words as they are: %s', (text) => {
    expect(respellKeyWords(text).text).toBe(text);
  });

  it('shows evidence as the customer typed it', () => {
    const respelled = respellKeyWords('conect me to a agnet');
    expect(asTyped('connect me to a agent', respelled)).toBe('conect me to a agnet');
  });

  it('reads a long run of letters in linear time', () => {
    const started = performance.now();
    respellKeyWords('agnet '.repeat(700) + 'x'.repeat(4000));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
