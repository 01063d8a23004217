import { analyzeSentiment } from '../../../../bot/core/signals';

/**
 * How customers write to companies in posts and chats: sarcasm, rhetorical questions, disbelief, the least expected
 * not done, hashtags, statuses that stand still. Each table holds the frame and its near misses (bot/core/signals/
 * sentiment-en.ts, sentiment-en-displeasure.ts, sentiment-en-shortfalls.ts, hashtag-en.ts).
 */
type Expected = 'negative' | 'not negative';

const SARCASM: Array<[string, Expected]> = [
  ['Good to see my flight is delayed again', 'negative'],
  ['nice to see the issue is being looked into', 'not negative'],
  ['great to hear my order has been cancelled again', 'negative'],
  ['Lovely to find out my card was charged twice', 'negative'],
  ['No one answering the phone, no one replying to emails. Fantastic.', 'negative'],
  ['nice, my train is cancelled', 'negative'],
  // Near misses: the news is good, or a remedy.
  ['good to know, thanks!', 'not negative'],
  ['Glad to hear the refund has been processed', 'not negative'],
  ['Nice to see the new menu on the app', 'not negative'],
];

const REPROACHES: Array<[string, Expected]> = [
  ['How is it fair to charge me for a seat that was broken', 'negative'],
  ['how is this acceptable? 3 days and no word', 'negative'],
  ['The box came open with half the items gone. Seriously?', 'negative'],
  ['My flight is delayed again. Really?', 'negative'],
  ['is it too much to ask for a working router', 'negative'],
  ['Can your staff do anything right', 'negative'],
  ['why does it take 3 weeks to process a simple refund', 'negative'],
  // Near misses: a fault asked about, surprise at good news, a question with no reproach.
  ['how is the fit on the blue one?', 'not negative'],
  ['how is it possible to change my seat?', 'not negative'],
  ['It came today already. Really? That was quick', 'not negative'],
  ['really? thank you so much!', 'not negative'],
  ['how long does it take to process a refund?', 'not negative'],
];

const SHORTFALLS: Array<[string, Expected]> = [
  ["the engineer didn't even look at the router", 'negative'],
  ['they never even apologised', 'negative'],
  ['my complaint was closed without replying to a single point', 'negative'],
  ['they cancelled my booking without any explanation', 'negative'],
  ['Not once has anyone from your team been helpful', 'negative'],
  ['nobody ever called back', 'negative'],
  ['My order has been "processing" since Monday', 'negative'],
  ['the courier never turned up', 'negative'],
  ['no apology, nothing', 'negative'],
  // Near misses: ease, a thought, a fit.
  ["didn't even have to ask, they rebooked me straight away. thanks!", 'not negative'],
  ["I didn't even notice the scratch until today, can I still return it?", 'not negative'],
  ['it fits without looking tight', 'not negative'],
  ['the agent apologised and rebooked me', 'not negative'],
];

const HASHTAGS: Array<[string, Expected]> = [
  ['Three hours at the gate #NeverAgain', 'negative'],
  ['@SkyRail the 8:10 is late for the fifth day running #epicfail', 'negative'],
  ['#worstserviceever', 'negative'],
  ['Landed early and the crew were lovely #happycustomer', 'not negative'],
  ['Is the Smartisan T2 in stock? #Smartisan', 'not negative'],
];

const CALM: Array<[string, Expected]> = [
  ['my payment failed and I have no idea why. can you check?', 'not negative'],
  ['am I entitled to a refund if the train was delayed by 2 hours?', 'not negative'],
  ['I lost my card, can you block it please?', 'not negative'],
  ['is there an outage in Leeds? my broadband is down', 'not negative'],
  ['Urgent: which terminal does the 6am Dubai flight leave from?', 'not negative'],
  ['Here is the receipt for the broken kettle, as requested', 'not negative'],
  ['I was told to message you here about my damaged suitcase', 'not negative'],
  // Near misses: a put "why", a feeling.
  ['why did my payment fail? this is the third time', 'negative'],
  ['my broadband is down again and it is so frustrating, is there an outage?', 'negative'],
];

const WORDS: Array<[string, Expected]> = [
  ['the app is so slow today', 'negative'],
  ['Honestly a letdown after all the hype', 'negative'],
  ['impossible to get hold of anyone', 'negative'],
  ["charging me after I cancelled is theft", 'negative'],
  ["don't fly with them, stay away", 'negative'],
  // Adverbs weigh what their adjective does; those that comment or only raise a degree weigh nothing.
  ['the flight was delayed but the crew handled it brilliantly', 'not negative'],
  ['the agent spoke to me rudely and hung up', 'negative'],
  ['amazingly the parcel came a day early', 'not negative'],
  ['honestly the worst airline', 'negative'],
];

function readsAs(text: string, expected: Expected): void {
  const label = analyzeSentiment(text, 'en').label;
  if (expected === 'negative') expect(label).toBe('negative');
  else expect(label).not.toBe('negative');
}

describe('English sentiment: how customers post', () => {
  test.each(SARCASM)('sarcasm: %s → %s', readsAs);
  test.each(REPROACHES)('reproach: %s → %s', readsAs);
  test.each(SHORTFALLS)('the least not done: %s → %s', readsAs);
  test.each(HASHTAGS)('hashtag: %s → %s', readsAs);
  test.each(CALM)('calm request: %s → %s', readsAs);
  test.each(WORDS)('word: %s → %s', readsAs);
});
