import { analyzeEmotion, analyzeSentiment } from '../../../../bot/core/signals';

/**
 * A question about the store's process does not read its topic as displeasure, and a fault told calmly with a request
 * for help is mildly negative at most (bot/core/signals/sentiment-en-asking.ts). Near misses keep reproaching: "why",
 * rhetorical questions, feelings, repeats, "??".
 */
type Expected = 'negative' | 'not negative';

const PROCESS_QUESTIONS: Array<[string, Expected]> = [
  ['how do i make a complaint', 'not negative'],
  ['where can i file a formal complaint', 'not negative'],
  ['Has my complaint been escalated? I just want to know the reference number', 'not negative'],
  ['is there a restocking fee for returns?', 'not negative'],
  ['how long do i have to return an item', 'not negative'],
  ['Is there a dead pixel policy for the monitors?', 'not negative'],
  ['I cancelled an order within 5 minutes, will I still be charged?', 'not negative'],
  // Near misses: a complaint told, a "why", a fee resented.
  ['I want to make a complaint, this is the worst service I have had', 'negative'],
  ['why did my complaint get closed without a reply?', 'negative'],
  ['I was charged twice and nobody answers my emails', 'negative'],
];

const CALM_REPORTS: Array<[string, Expected]> = [
  ["hi, my parcel hasn't arrived yet, can you check? order #48213", 'not negative'],
  ['I think I was charged twice for order 55021, can you look into it?', 'not negative'],
  ["My heater stopped working, it's still under warranty — what do I need to send you?", 'not negative'],
  ['the seal was broken, is that normal?', 'not negative'],
  ['Parcel arrived but the charger is missing. what do i do', 'not negative'],
  ['Wrong product delivered. Kindly arrange replacement at the earliest.', 'not negative'],
  // Played down, a feeling named along the way stays calm; anger named in so many words does not.
  ['the driver was rude. not a huge deal, but can you check my parcel', 'not negative'],
  ["not urgent but honestly I'm furious with you, how do I complain", 'negative'],
  ["I think there's a mistake on my invoice, the VAT number is wrong", 'not negative'],
  ['i think i accidentally chose express shipping, can i switch to standard?', 'not negative'],
  ['my basket disappeared, is there a way to get it back?', 'not negative'],
  // Near misses: the same faults with a feeling, a repeat, a "why", "??" or told without a request.
  ["my parcel still hasn't arrived, this is ridiculous. can you check?", 'negative'],
  ["my parcel hasn't arrived AGAIN, can you check?", 'negative'],
  ['this is the third time my order is wrong, can you fix it?', 'negative'],
  ['why is my parcel taking so long', 'negative'],
  ["my parcel hasn't arrived?? can you check", 'negative'],
  ['the item arrived damaged and the return label doesn\'t work', 'negative'],
  ['How does that even happen? The box was crushed and the lamp is broken', 'negative'],
];

// What a question about the store's rules names is its topic: a fault the rule covers, what a complaint is about.
const POLICY_QUESTIONS: Array<[string, Expected]> = [
  ['is a cracked screen covered under the warranty?', 'not negative'],
  ["what's your policy on late deliveries?", 'not negative'],
  ['Does the guarantee cover accidental damage to the lens?', 'not negative'],
  ['where do I report a rude driver?', 'not negative'],
  // Near misses: a rhetorical "even", a "why", a complaint told rather than asked about.
  ['Does your warranty even cover anything? Mine broke in a week', 'negative'],
  ["why doesn't the warranty cover a broken hinge?", 'negative'],
  ['I want to complain about your rude driver', 'negative'],
];

// A fault put to the store with a short question, a formula that hands it over, or played down.
const HANDED_OVER: Array<[string, Expected]> = [
  ["The replacement hasn't arrived yet, any ETA?", 'not negative'],
  ['the lid is cracked, what now?', 'not negative'],
  ["I haven't received a receipt, did my payment go through?", 'not negative'],
  ['The mug arrived chipped. Photos attached.', 'not negative'],
  ['The tap leaks a bit. Let me know if you need the serial number.', 'not negative'],
  ["The courier was a bit rude, no big deal, just thought you'd want to know", 'not negative'],
  ['The parcel have damage on the box, what I need to do?', 'not negative'],
  ['The courier says my parcel was damaged in their depot. What happens next?', 'not negative'],
  // Near misses: a judgement beside the photos, rudeness not played down.
  ['The mug arrived chipped. Useless. Photos attached.', 'negative'],
  ['The courier was incredibly rude and I want an apology', 'negative'],
  ["what happened to my refund? it's been 3 weeks", 'negative'],
];

const IDIOMS: Array<[string, Expected]> = [
  ["i feel like i'm talking to a wall", 'negative'],
  ["I really hope someone reads this because I'm at the end of my patience", 'negative'],
  ["sorry but 'we'll look into it' isn't going to cut it this time", 'negative'],
  ["This isn't the first time. Or the second. I'm starting to think you just don't care.", 'negative'],
  ['thx for nothing', 'negative'],
  ['Dear sir, I have one doubt regarding the EMI option. Is it available on credit card?', 'not negative'],
  // Near misses: the words without the idiom.
  ['is this the first time you ship to Norway?', 'not negative'],
  ["I don't care which colour, just send whichever is in stock", 'not negative'],
];

function readsAs(text: string, expected: Expected): void {
  const label = analyzeSentiment(text, 'en').label;
  if (expected === 'negative') expect(label).toBe('negative');
  else expect(label).not.toBe('negative');
}

describe('English sentiment: questions about the store and calm reports', () => {
  test.each(PROCESS_QUESTIONS)('process question: %s → %s', readsAs);
  test.each(CALM_REPORTS)('calm report: %s → %s', readsAs);
  test.each(IDIOMS)('idiom: %s → %s', readsAs);
  test.each(POLICY_QUESTIONS)('policy question: %s → %s', readsAs);
  test.each(HANDED_OVER)('handed over: %s → %s', readsAs);

  test('a calm report says so in the evidence, and the emotion stays calm', () => {
    const text = "hi, my parcel hasn't arrived yet, can you check?";
    expect(analyzeSentiment(text, 'en').evidence).toContain("hasn't arrived (asked calmly)");
    expect(analyzeEmotion(text, 'en').strong).toBe(false);
  });
});
