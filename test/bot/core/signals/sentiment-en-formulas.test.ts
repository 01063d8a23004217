import { readEnglishLexicon } from '../../../../bot/core/signals/sentiment-en';

/**
 * Set forms of customer English (bot/core/signals/sentiment-en-formulas.ts) added for issue 12: a slip the customer
 * owns, a wait the customer offers, "X-free", an apology for imposing, a repeat counted with "a", and what the customer
 * "wanted to say". Each with the near miss that keeps its words meaning what they say.
 */
const label = (text: string) => readEnglishLexicon(text).sentiment.label;

describe('what the customer did by mistake is their own doing', () => {
  test.each([
    'I accidentally left a terrible review on the wrong product',
    'I left a one star review by accident, how do I edit it?',
  ])('%s', (text) => {
    expect(label(text)).not.toBe('negative');
  });

  test("not the company's mistake", () => {
    expect(label('You sent the wrong colour by mistake and now I have to pay return postage?')).toBe('negative');
  });
});

describe('a wait the customer offers is patience', () => {
  test.each(['I can wait a few more weeks for the navy one', "we're happy to wait another week if it means the right size"])('%s', (text) => {
    expect(label(text)).not.toBe('negative');
  });

  test.each(["I've waited three weeks already", "I can't wait three more weeks for a kettle"])('not a wait endured: %s', (text) => {
    expect(label(text)).toBe('negative');
  });
});

describe('"X-free" is the absence of X', () => {
  test('these insoles are pain free from day one', () => {
    expect(label('these insoles are pain free from day one')).not.toBe('negative');
  });

  test('not the thing itself', () => {
    expect(label('The hassle of returning it was awful')).toBe('negative');
  });
});

describe('an apology for imposing', () => {
  test.each(['sorry to be a nuisance, could you resend the invoice?', 'sorry to bother you, is the pink one back in stock?'])(
    'says nothing against the company: %s',
    (text) => {
      expect(label(text)).not.toBe('negative');
    },
  );

  test('but counts with a complaint beside it', () => {
    expect(label("sorry to be a nuisance but this is the third time I've asked")).toBe('negative');
    expect(readEnglishLexicon("sorry to be a nuisance but this is the third time I've asked").sentiment.evidence).toContain('nuisance');
  });
});

describe('a repeat counted with "a"', () => {
  test.each(["I'm not explaining this a fourth time", 'writing for a third time about the same fault'])('%s', (text) => {
    expect(label(text)).toBe('negative');
  });

  test('not "a second time", which may be a plan', () => {
    expect(label('can I use the discount a second time?')).not.toBe('negative');
  });
});

describe('what the customer wanted to say is said', () => {
  test.each(['just wanted to say the fleece is lovely', 'wanted to say thank you to the driver'])('%s', (text) => {
    expect(label(text)).toBe('positive');
  });

  test('not praise only hoped for', () => {
    expect(label('I wanted to love this kettle')).toBe('negative');
  });
});
