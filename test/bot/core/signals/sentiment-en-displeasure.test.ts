import { readEnglishLexicon } from '../../../../bot/core/signals/sentiment-en';

/**
 * Displeasure told with no word of feeling (bot/core/signals/sentiment-en-displeasure.ts): being ignored, a question
 * put to reproach, an ultimatum, a negator in capitals, rough handling of the customer's things, chasing since a day.
 * Hand-written for issue 12; each reading has near misses that must stay calm.
 */
type Expected = 'negative' | 'not negative';

function readsAs(text: string, expected: Expected): void {
  const label = readEnglishLexicon(text).sentiment.label;
  if (expected === 'negative') expect(label).toBe('negative');
  else expect(label).not.toBe('negative');
}

const IGNORED: Array<[string, Expected]> = [
  ['no one there ever listens', 'negative'],
  ['nobody in your office checks the inbox apparently', 'negative'],
  ["your agents just don't listen", 'negative'],
  ['they never reply to emails', 'negative'],
  // Near misses: the customer's own indifference, nobody at home, a question with no negation.
  ["I don't care which courier you use", 'not negative'],
  ['nobody was home so the driver took it back to the depot, can I rebook?', 'not negative'],
  ['does anyone know if the store opens on Sunday?', 'not negative'],
];

const REPROACHES: Array<[string, Expected]> = [
  ['could the app be any harder to use?', 'negative'],
  ["do you really think that's acceptable?", 'negative'],
  ['does anyone even work on weekends?', 'negative'],
  ['are you purposely ignoring my emails?', 'negative'],
  // Near misses: a comparison asked, advice asked, a fault asked about.
  ['could it be any later than 6pm? I work days', 'not negative'],
  ["do you think it's okay to tumble dry this jacket?", 'not negative'],
  ['my new kettle makes a clicking noise, is that normal?', 'not negative'],
];

const ULTIMATUMS: Array<[string, Expected]> = [
  ['refund me. today.', 'negative'],
  ['Just cancel it. Now!', 'negative'],
  ['Do NOT call me on this number again', 'negative'],
  // Near misses: a deadline inside a request, "now" opening a sentence, a negator in capitals played down.
  ["I'd like it today if possible, thanks", 'not negative'],
  ['Now, about my second order: can I add a gift note?', 'not negative'],
  ['NOT urgent, but could you check my address?', 'not negative'],
];

const TOLD_AS_FACTS: Array<[string, Expected]> = [
  ['the courier tossed my parcel onto the porch roof', 'negative'],
  ['been chasing a refund since March', 'negative'],
  ["I've been trying to reach you since Monday", 'negative'],
  // Near misses: the customer's own deed, a gift thrown in, a customer since a year, using a thing since a day.
  ['I threw the box away before I noticed the receipt, can I still return it?', 'not negative'],
  ['they threw in a free tote bag, lovely touch', 'not negative'],
  ["I've been a customer since 2012 and love the service", 'not negative'],
  ['been using it since Christmas, works great', 'not negative'],
];

describe('English sentiment: displeasure without feeling words', () => {
  test.each(IGNORED)('being ignored: %s → %s', readsAs);
  test.each(REPROACHES)('a reproach asked: %s → %s', readsAs);
  test.each(ULTIMATUMS)('an ultimatum: %s → %s', readsAs);
  test.each(TOLD_AS_FACTS)('told as a fact: %s → %s', readsAs);

  test('what the reproach asks about is not praise, and the evidence names the reproach', () => {
    const evidence = readEnglishLexicon("do you really think that's acceptable?").sentiment.evidence;
    expect(evidence).toEqual(["do you really think that's acceptable…?"]);
  });

  test('"nobody … cares" is no praise of caring', () => {
    const reading = readEnglishLexicon('why do I get the feeling nobody over there actually cares?').sentiment;
    expect(reading.label).toBe('negative');
    expect(reading.evidence.join(' ')).not.toMatch(/^cares$/);
  });
});
