import { analyzeSentiment } from '../../../../bot/core/signals';
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
