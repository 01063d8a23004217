import { analyzeSentiment } from '../../../../bot/core/signals';

/**
 * Hand-written messages in the style of complaint tweets to an airline, a courier or a shop, written before the
 * sarcasm rules they check, as a check set for English sentiment on real customer text (Baton issue #12, item 8): about
 * half complaints (sarcasm, delays, cancellations, lost bags, hold queues, no reply, rude staff, swearing), half sincere
 * thanks, praise and plain questions. A complaint must read negative; the rest must not.
 */
type Expected = 'negative' | 'not negative';

const CUSTOMER_MESSAGES: Array<[string, Expected]> = [
  // Sarcasm: praise of a failure that befell the customer's things.
  ['thanks for losing my bag again, really appreciate it', 'negative'],
  ['Nice job leaving my luggage in Chicago', 'negative'],
  ['so glad I paid $400 to sit on the tarmac for 2 hours', 'negative'],
  ['great, another delay. love this airline', 'negative'],
  ['Thanks for cancelling my flight the night before, super helpful', 'negative'],
  ['well done losing my parcel for the second time', 'negative'],
  ['well done cancelling my flight again', 'negative'],
  ['love that my suitcase arrived in pieces', 'negative'],
  ['wow, amazing customer service. 3 hours on hold and then they hung up on me', 'negative'],
  ['Great job breaking my guitar, guys', 'negative'],
  ['really appreciate you ignoring my emails for two weeks', 'negative'],
  ['so happy I spent my birthday stuck at the gate', 'negative'],
  ['Fantastic. Delayed again. Third time this month', 'negative'],
  ['thank you for damaging my stroller, really made my day', 'negative'],
  ['awesome, my order shows delivered but nothing is here', 'negative'],
  ['brilliant service as always, missed my connection because of your delay', 'negative'],
  // Delays, cancellations, lost bags, hold queues, no reply.
  ['my flight has been delayed 5 hours and nobody at the desk knows anything', 'negative'],
  ['flight cancelled, no hotel, no food vouchers, stuck at the airport overnight', 'negative'],
  ['Still no sign of my bag after 4 days. Where is it?', 'negative'],
  ['been on hold for 45 minutes, this is ridiculous', 'negative'],
  ['I have emailed three times and nobody has replied', 'negative'],
  ['parcel was supposed to arrive Monday, it is now Friday', 'negative'],
  ['your driver left my package in the rain and it is soaked', 'negative'],
  ['they charged me twice and still no refund', 'negative'],
  ['second time my order has been lost in a month', 'negative'],
  ['The app keeps crashing when I try to check in', 'negative'],
  ['I was promised a callback yesterday and never got one', 'negative'],
  // Rude staff, anger, swearing.
  ['the agent at the gate was incredibly rude to my elderly mother', 'negative'],
  ['your staff are rude and unhelpful, never flying with you again', 'negative'],
  ['what a shit airline', 'negative'],
  ['where the fuck is my luggage', 'negative'],
  ['this is a f***ing joke, 6 hours late', 'negative'],
  ['absolutely disgusted with how I was treated at check in', 'negative'],
  ['worst customer service I have ever experienced', 'negative'],
  ['you lost my bag and now you want me to pay to get it back??', 'negative'],
  ['done with this company. never again', 'negative'],
  ['the crew were lovely but my bag never arrived', 'negative'],
  ['sick of waiting for a refund that never comes', 'negative'],
  ['my package was delivered to the wrong address and support just sends copy paste answers', 'negative'],
  ['Cancelled my order without telling me, thanks a lot', 'negative'],
  // A known miss until the reading of being ignored ("nobody … answers", sentiment-en-displeasure.ts).
  ['why does nobody answer the phone at your call centre?', 'negative'],
  // Written as "not negative" at first; relabelled: a delayed bag is a complaint, and Baton reads wanting to file a
  // claim or a complaint as negative ("I want to file a complaint", sentiment.test.ts), as airline-tweet labels do.
  // A delay told calmly, to ask the process (issue 12's definition: a calm statement of a problem is not displeasure).
  ['My bag is delayed, what is the process to file a claim?', 'not negative'],

  // Sincere thanks for a fix or for help: praise of what was done for the customer.
  ['Thank you for sorting out the delay so quickly!', 'not negative'],
  ['thanks for fixing the broken link', 'not negative'],
  ['thanks for finding my lost bag, you guys are the best', 'not negative'],
  ['Great job getting us rebooked after the cancellation, really appreciate it', 'not negative'],
  ['so glad I booked with you, the crew were fantastic', 'not negative'],
  ['Nice job on the new app, check in took a minute', 'not negative'],
  ['thank you for refunding the cancelled flight so fast', 'not negative'],
  ['well done to the ground staff for handling the delay so calmly', 'not negative'],
  ['thanks for replacing the damaged item, it arrived today', 'not negative'],
  // What a thanked remedy put right is no complaint; a failure after it still is.
  ['thank you for repairing the broken handle so quickly', 'not negative'],
  ['thanks for fixing it, but the new one is broken too', 'negative'],
  ['Shoutout to Maria at the help desk who found my missing suitcase', 'not negative'],
  ['really appreciate you calling me back about my complaint', 'not negative'],
  ['so happy my parcel arrived a day early!', 'not negative'],
  ['love the new seats, great flight', 'not negative'],
  ['the delay was annoying but the staff kept us informed, thanks', 'not negative'],
  ['thanks for your patience, my bag turned up this morning', 'not negative'],
  ['Thank you for helping me with my lost luggage claim', 'not negative'],
  ['amazing service, the courier even carried it upstairs', 'not negative'],
  ['cheers for the quick reply, all sorted now', 'not negative'],
  ['thanks for letting me know about the delay in advance', 'not negative'],
  ['great to be home, smooth flight and on time', 'not negative'],
  // Plain questions and requests.
  ['how do I add a checked bag to my booking?', 'not negative'],
  ['Can I change my flight to tomorrow?', 'not negative'],
  ['what is the baggage allowance for international flights', 'not negative'],
  ['is flight 212 on time today?', 'not negative'],
  ['Hi, my order number is 55123, when will it ship?', 'not negative'],
  ['do you deliver on Sundays?', 'not negative'],
  ['I need to cancel my booking, how do I get a refund?', 'not negative'],
  ['can someone help me track my parcel please', 'not negative'],
  ['what time does check in open at Heathrow', 'not negative'],
  ['is there wifi on the flight to Boston?', 'not negative'],
  ['hello, I would like to change my delivery address', 'not negative'],
  ['how long does a refund usually take?', 'not negative'],
  ['can I bring a stroller on board', 'not negative'],
  ['Please DM me the status of my claim, reference ABC123', 'not negative'],
  ['do you price match other shops?', 'not negative'],
  ['I want to upgrade to business class, how much would that cost', 'not negative'],
  ['my flight was moved to 3pm, can I still use my lounge pass?', 'not negative'],
  ['ok thanks, I will wait for the email', 'not negative'],
  ['got it, thank you for the update', 'not negative'],
];

/**
 * Complaints of the check set still misread. "nobody answer" read as a failure flipped a check row of the stc3 bench
 * whose customer ended up satisfied ("Why did nobody answer the phone? …"), lowering its precision: left for later.
 */
function readsAs(text: string, expected: Expected): void {
  const label = analyzeSentiment(text, 'en').label;
  if (expected === 'negative') expect(label).toBe('negative');
  else expect(label).not.toBe('negative');
}

describe('English sentiment on customer messages (check set)', () => {
  test.each(CUSTOMER_MESSAGES)('%s → %s', readsAs);
});

// Written after the rules, to pin what they tell apart: the deed praised (a remedy or a mishandling of the customer's
// things), a failure undone promptly at the customer's request, and contentment with a clause that reports a failure.
const DEEDS_PRAISED: Array<[string, Expected]> = [
  ['great job ruining my holiday', 'negative'],
  ['cheers for delaying my flight AGAIN', 'negative'],
  ['love how you lost my bag', 'negative'],
  ['so glad I waited 3 hours on hold', 'negative'],
  ['thanks for keeping me updated on the delay', 'not negative'],
  ['thanks for cancelling my subscription so quickly', 'not negative'],
  ['glad you fixed my broken screen', 'not negative'],
  ['thank you for finally refunding me after 3 weeks', 'not negative'],
];

// Written after the rules, to pin them: the customer judging their own skill or owning a slip, and "I hate to…" as a
// courtesy, say nothing against the company; a negated failure with an adverb inside it, and a wait counted in working
// days, still report one.
const SELF_AND_COURTESY: Array<[string, Expected]> = [
  ["I'm not very good with computers, could you walk me through placing an order?", 'not negative'],
  ["I'm hopeless at picking presents, what would you suggest for a ten year old?", 'not negative'],
  ['my bad, the postcode should be SW1 2AB not SW1 2BA', 'not negative'],
  ['I hate to bother you but has my order shipped yet?', 'not negative'],
  ["you are hopeless at answering emails", 'negative'],
  ["I'm fed up with waiting for this refund", 'negative'],
  ["the discount code doesn't even work", 'negative'],
  ['the parcel still hasn’t actually arrived', 'negative'],
  ['told to wait another 10 working days for my money, brilliant', 'negative'],
  ['refunds take 5 to 10 working days', 'not negative'],
  // Excitement now is no let-down; planning for the worst is no verdict.
  ["I'm so excited, it's my first proper camera!", 'not negative'],
  ['I was so excited for this jacket and the zip broke on day one', 'negative'],
  ['worst case, if the parcel is stopped at customs, who pays the fees?', 'not negative'],
  // A customer lost, a count of things sent again, the wait for one thing, how staff treated the customer.
  ['never shopping here again', 'negative'],
  ['I will definitely order again', 'not negative'],
  ['uploaded my ID three times now and still not verified', 'negative'],
  ['3 weeks for a pair of socks', 'negative'],
  ["we're away for 2 weeks for a wedding, can you hold the parcel?", 'not negative'],
  ['the lady at the returns desk was so condescending', 'negative'],
  ['raised my subscription with no warning', 'negative'],
  // An eye-roll marks praise as sarcasm; "of course" closing a failure is resignation, not agreement.
  ['fantastic service as usual 🙄', 'negative'],
  ['love this dress 😍', 'not negative'],
  ['my bag is lost. of course', 'negative'],
  ['is returning free? of course it is, right?', 'not negative'],
];

describe('English sentiment: the customer about themselves, courtesies, and failures told with an adverb', () => {
  test.each(SELF_AND_COURTESY)('%s → %s', readsAs);
});

describe('English sarcasm: what the praise is for', () => {
  test.each(DEEDS_PRAISED)('%s → %s', readsAs);

  test('thanks for a mishandling is sarcastic across a trailing clause, and so is the praise in it', () => {
    const reading = analyzeSentiment('thanks for losing my bag again, really appreciate it', 'en');
    expect(reading.evidence).toEqual(expect.arrayContaining(['thanks (sarcasm)', 'really appreciate (sarcasm)']));
  });
});
