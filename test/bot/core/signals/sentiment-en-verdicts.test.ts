import { analyzeEmotion, analyzeSentiment } from '../../../../bot/core/signals';
import { readEnglishLexicon } from '../../../../bot/core/signals/sentiment-en';

/** Hand-written messages for the lexicon's rules on verdicts, laughter and hypothetical questions (issue 12, item 8). */
const lexiconLabel = (text: string) => readEnglishLexicon(text).sentiment.label;

describe('a last sentence of bare praise after a complaint is a verdict on it', () => {
  test.each([
    'they lost my suitcase and the desk was closed. brilliant',
    'you charged me a late fee after your site was down. awesome',
    'the agent was rude and hung up on me. classy',
    'my parcel came back damaged. cool cool cool',
  ])('%s', (text) => {
    expect(lexiconLabel(text)).toBe('negative');
    expect(readEnglishLexicon(text).sentiment.evidence.join(' ')).toContain('(sarcasm)');
  });

  test.each([
    ['my refund came through today. nice', 'positive'],
    ['the first bag ripped, the replacement has a lovely finish. classy', 'positive'],
    ['they lost my suitcase. thanks', 'negative'],
  ])('not after news with nothing bad, nor after praise, nor thanks: %s', (text, label) => {
    expect(lexiconLabel(text)).toBe(label);
    expect(readEnglishLexicon(text).sentiment.evidence.join(' ')).not.toMatch(/(nice|classy|thanks) \(sarcasm\)/);
  });
});

describe('laughter and surprise are tone, not praise', () => {
  test.each([
    'they sent me someone else\'s shoes lol',
    'charged twice for one coffee lmao',
    'wow. on hold for an hour and then cut off',
  ])('%s', (text) => {
    expect(analyzeSentiment(text, 'en').label).not.toBe('positive');
  });

  test('praise next to laughter still counts', () => {
    expect(lexiconLabel('haha the driver was lovely, thanks so much')).toBe('positive');
  });
});

describe('asking what the service is worth', () => {
  test.each([
    "paid for fast shipping and it took two weeks. what's the point",
    'charged extra for a seat and then moved me. make it make sense',
    'the internet drops every evening, what am I paying for',
    'honestly how are you still in business',
    'support has gone downhill since last year',
  ])('%s', (text) => {
    expect(lexiconLabel(text)).toBe('negative');
  });
});

describe('what follows "if" in a question has not happened', () => {
  test.each([
    'what happens if my parcel is damaged in transit?',
    'can I get a refund if the item is broken?',
    'if my flight is cancelled, do I get a hotel?',
  ])('%s', (text) => {
    expect(lexiconLabel(text)).toBe('neutral');
  });

  test('what was said before "if" still counts', () => {
    expect(lexiconLabel('my flight was cancelled, what happens if I miss my connection?')).toBe('negative');
  });

  test('an "if" outside a question is no rule: it reports', () => {
    expect(readEnglishLexicon('if the parcel is damaged again I will complain').sentiment.score).toBeLessThan(0);
  });
});

describe('thanks hedged into a shrug, and praise said twice flat, are verdicts too', () => {
  test.each([
    'your driver dumped the sofa in the rain. cheers for that',
    '30 minutes on hold. thanks I guess',
    'three emails and no answer. very helpful, very nice',
    'paying for fibre to stare at a spinning circle. great great',
  ])('%s', (text) => {
    expect(lexiconLabel(text)).toBe('negative');
    expect(readEnglishLexicon(text).sentiment.evidence.join(' ')).toContain('(sarcasm)');
  });

  test.each(['got my refund, cheers', 'the engineer came and fixed it. thanks'])('not thanks alone: %s', (text) => {
    expect(lexiconLabel(text)).not.toBe('negative');
  });
});

describe('a claim held up in quotes is mocked', () => {
  test.each([
    'the "waterproof" jacket soaked me through in ten minutes',
    'so much for "next day delivery"',
    "'Unlimited' broadband that stops working at 8pm",
  ])('%s', (text) => {
    expect(lexiconLabel(text)).toBe('negative');
    expect(readEnglishLexicon(text).sentiment.evidence.join(' ')).toContain('(quoted)');
  });

  test.each([
    'is the "Premium" plan worth it?',
    'the tracking said "Delivered" and the parcel was on the step, thanks',
    'they said "we will call you back tomorrow morning"',
  ])('not a plan named in a question, a status thanked, or speech reported: %s', (text) => {
    expect(readEnglishLexicon(text).sentiment.evidence.join(' ')).not.toContain('(quoted)');
  });
});

describe('greetings and polite requests are not praise', () => {
  test.each([
    'Good morning, could you tell me when the sale starts?',
    'I would be grateful if you could send me the invoice',
    "I'd really like this fixed by Friday",
    'I would appreciate a reply about my order',
  ])('%s', (text) => {
    expect(lexiconLabel(text)).toBe('neutral');
  });

  test('thanks for what was done still count', () => {
    expect(lexiconLabel('I appreciate your help with the refund')).toBe('positive');
  });

  test('a complaint in a polite letter stays one', () => {
    expect(lexiconLabel('Good evening. I would be grateful for an answer: the heating has been broken for five days.')).toBe('negative');
  });
});

describe('a failure counted, kept up, or hoped to be put right is a complaint told as fact', () => {
  test.each([
    'my router went offline for the third time this month',
    "I've rung your helpline three times and nobody calls back",
    'emailed twice about the missing refund',
    'the lift has been out of order five days in a row',
    'the app keeps logging me out',
    'I was told the fee would be removed and it is still on my bill',
    'I was hoping it would be sorted by now',
    'broken for 9 days and no engineer',
    '3 weeks to get a reply from your team',
    'no tracking and no reply',
  ])('%s', (text) => {
    expect(lexiconLabel(text)).toBe('negative');
    // A report, not a feeling: nobody is handed to a person for it.
    expect(analyzeEmotion(text, 'en').strong).toBe(false);
  });

  test.each([
    'this is the second time I have ordered these and they are great',
    'it keeps getting better with every update',
    'you have 14 days to return it?',
  ])('not a counted order that pleased, nor a time allowed: %s', (text) => {
    expect(lexiconLabel(text)).not.toBe('negative');
  });
});

describe('set forms of content customers', () => {
  test.each([
    'would stay here again',
    'will definitely order again',
    'my coffee has never tasted better',
    'the floors have never been cleaner',
    'never been so happy with a purchase',
    'dangerously good, finished the box in a day',
    'new collection just dropped 😍',
  ])('%s', (text) => {
    expect(lexiconLabel(text)).toBe('positive');
  });

  test.each([
    'would never order again', "won't buy from you again", 'the service could not be worse', 'it used to be my favourite shop. not anymore',
    'I have never been so disgusted by a company in my life', 'never felt this let down by a shop',
  ])(
    'the same forms turned: %s',
    (text) => {
      expect(lexiconLabel(text)).toBe('negative');
    },
  );
});

test('a feeling after "never been so" is the most it has been: strong enough for a person', () => {
  expect(analyzeEmotion('I have never been so disgusted by a company in my life', 'en').strong).toBe(true);
  expect(analyzeEmotion('never been so happy with a purchase', 'en').score).toBeGreaterThan(0);
});

describe('questions about the customer\'s own plan or way around an app are not complaints', () => {
  test.each([
    'is it silly to order two sizes and return one?',
    'I can\'t find the button to change my address',
    'What is the lining made of? My daughter is allergic to wool.',
    'whatever works best for you',
  ])('%s', (text) => {
    expect(lexiconLabel(text)).not.toBe('negative');
  });

  test.each(['whatever, just refund me', 'parcel stuck in the depot 🙄'])('a shrug or an eye-roll is not neutral: %s', (text) => {
    expect(lexiconLabel(text)).toBe('negative');
  });
});

describe('marks that mean the praise the other way', () => {
  test.each([
    'Really helpful chatbot you have there (not)',
    'what a great idea to move the login button /s',
    'such a smart idea to hide the cancel option 🙃',
  ])('%s', (text) => {
    expect(lexiconLabel(text)).toBe('negative');
    expect(readEnglishLexicon(text).sentiment.evidence.join(' ')).toContain('(sarcasm)');
  });

  test.each([
    ["I ordered the blue one (not the red) and it's perfect", 'positive'],
    ['oops I ordered the wrong size 🙃 can I swap it?', 'neutral'],
  ])('not "not" inside a longer aside, nor the face with nothing praised: %s', (text, label) => {
    expect(lexiconLabel(text)).toBe(label);
  });
});

describe('a verdict after a sentence that says something did not happen', () => {
  test.each([
    'the engineer never turned up. Marvellous.',
    'funny how my discount code never works. very funny.',
    'your site has been "under maintenance" for two days. Convenient.',
  ])('%s', (text) => {
    expect(lexiconLabel(text)).toBe('negative');
    expect(readEnglishLexicon(text).sentiment.evidence.join(' ')).toContain('(sarcasm)');
  });

  test.each([
    "Didn't expect it to come so fast. Brilliant!",
    'No problems at all with the install. Great.',
    'The page said "under maintenance" for a few minutes, works now, thanks',
  ])('not a thought denied, a problem denied, or a status that passed: %s', (text) => {
    expect(lexiconLabel(text)).toBe('positive');
  });

  test('once the message is sarcastic, a bare verdict in it is too', () => {
    const evidence = readEnglishLexicon('oh great, another price rise. very nice.').sentiment.evidence;
    expect(evidence).toContain('very nice (sarcasm)');
  });

  test('but not praise that names what it praises', () => {
    expect(readEnglishLexicon('Great jeans. Love another pair!').sentiment.evidence).not.toContain('Great (sarcasm)');
  });
});
