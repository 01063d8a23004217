import { wordTable } from './own';
/**
 * English customer-service vocabulary, written for Baton, on AFINN's scale (-5 … 5). AFINN rates general English;
 * customer messages need corrections: "help", "please", "like" and "care" are politeness or set phrases ("customer
 * care"), not praise; "charge" and "fine" are billing words; and AFINN lacks the phrases customers complain with
 * ("still haven't received", "waste of money"). Entries here win over AFINN.
 */

/** Single words whose customer-service valence differs from AFINN's, or which AFINN lacks. */
export const EN_WORD_VALENCE: Readonly<Record<string, number>> = wordTable({
  // Neutral in a support chat, whatever AFINN says.
  help: 0, helping: 0, please: 0, pls: 0, plz: 0, like: 0, want: 0, wanna: 0, care: 0, free: 0, charge: 0,
  charged: 0, charges: 0, charging: 0, fee: 0, fees: 0, cancel: 0, cancellation: 0,
  interest: 0, top: 0, demand: 0, fire: 0, kill: 0, joke: 0, sorry: 0, ok: 0, okay: 0, pay: 0, paid: 0, payment: 0,
  claim: 0, penalty: 0, penalties: 0, withdrawal: 0, forgotten: 0, forgot: 0, leave: 0, demanding: 0, no: 0, yes: 0,
  sure: 0, agree: 0, god: 0, dear: 0, account: 0, pretty: 0, cancelling: 0, canceling: 0, afford: 0,
  // A customer's standing, not praise: "a loyal customer", "a valued member".
  loyal: 0, valued: 0,
  // A limit, a price or a bill raised: billing words, not praise ("a price increase", "limit increase rejected").
  increase: 0, increased: 0,
  // Names of things and set phrases that AFINN rates as feelings: "customer support", "tops", "fit", "cut", "true to
  // size", "rose gold", "safety pin", "what kind of", "a big order", "a huge order", "hopefully".
  support: 0, supported: 0, tops: 0, fit: 0, fits: 0, cut: 0, true: 0, gold: 0, rose: 0, straight: 0, slip: 0,
  feeling: 0, save: 0, saved: 0, significant: 0, big: 0, huge: 0, large: 0, fan: 0, kind: 0, share: 0, natural: 0,
  safety: 0, hope: 0, hopes: 0, hopefully: 0, wish: 0, worry: 0, deal: 0, clear: 0, clearly: 0, fine: 1,
  // A dimension, a colour, a verb of use, a warning: "the quality of the knit", "grey", "can be worn", "be careful
  // when you wash it". The judgement is in the words around them ("poor quality", "worn out", "too loose").
  quality: 0, grey: 0, gray: 0, worn: 0, wear: 0, careful: 0, loose: -0.5,
  // What shoppers say of a product that AFINN does not rate: how it looks and feels, and what wear did to it.
  flattering: 2, comfy: 2, soft: 1, gorgeous: 3, sturdy: 1, durable: 1,
  flimsy: -2, scratchy: -2, shapeless: -2, frumpy: -2, unwearable: -3, overpriced: -2, meh: -1, baggy: -1,
  pilled: -2, pilling: -2, pills: -1, shrunk: -2, shrank: -2, shrinks: -1, faded: -1.5, fades: -1, ripped: -2,
  unraveled: -2, unravelled: -2, unraveling: -2, snagged: -1.5, snags: -1, flaking: -2, peeling: -2, peeled: -2,
  returning: -1.5, soaked: -2, bummed: -2, cheap: -1.5, poor: -2.5, unflattering: -2.5, dumpy: -2, wrinkled: -1.5, tore: -2,
  // A past or planned return is the customer's verdict on the item.
  returned: -1.5, cancelled: -1, canceled: -1,
  // Mild: customers use these words to report what they need done ("I have a problem updating my address", "I
  // entered a wrong address by mistake"); alone they do not make a message negative.
  problem: -0.5, problems: -0.5, issue: -0.5, issues: -0.5, error: -0.5, errors: -0.5, trouble: -0.5,
  troubles: -0.5, mistake: -0.5, mistakes: -0.5, missed: -0.5, wrong: -0.5, incorrect: -0.5, lost: -0.5,
  missing: -0.5, failed: -0.5, fails: -0.5, hard: -0.5, difficult: -0.5, stuck: -0.5,
  thanks: 1, thank: 1, thx: 1,
  // Laughter and surprise mark tone, not what is judged: to a company they are as often bitter ("got a used item sold
  // as new lol", "told me it's not their problem. wow") as amused. AFINN rates them +3 or +4, as much as "excellent".
  lol: 0, lmao: 0, lmfao: 0, rofl: 0, haha: 0, hahaha: 0, wow: 0,
  // A customer's own slip, owned ("oops, I ordered the wrong size"): no judgement of the company.
  oops: 0, whoops: 0, oopsie: 0,
  rudest: -3.5,
  // Dissatisfaction that AFINN rates too mildly or not at all.
  complaint: -3, complaints: -3, complain: -3, complaining: -3, complained: -3, reclamation: -3, reclamations: -3,
  grievance: -3, unacceptable: -3, ridiculous: -3, absurd: -3, scam: -4, scammed: -4, scammers: -4, fraud: -4,
  broken: -2, defective: -2, faulty: -2, damaged: -2, cracked: -2, smashed: -2, worst: -4, terrible: -3,
  horrible: -3, awful: -3, dreadful: -3, appalling: -4, atrocious: -4, disgusting: -3, disgraceful: -4,
  disgrace: -4, incompetent: -3, unprofessional: -3, rude: -3, outrageous: -3, furious: -4, livid: -4, angry: -3,
  annoyed: -2, frustrated: -3, frustrating: -3, infuriating: -4, disappointed: -3, disappointing: -3,
  unhelpful: -2, useless: -3, pointless: -2, pathetic: -3, lousy: -3, overcharged: -3, misleading: -2,
  shambles: -3, nightmare: -3, hopeless: -3, unreliable: -2, unusable: -3, late: -1, delayed: -1, delay: -1,
  rubbish: -3, garbage: -3, junk: -3, ripoff: -3, crashing: -2, crashes: -2, crashed: -2, freezes: -2,
  cheaply: -2, unbelievable: -2, unfortunately: -2, sadly: -2, alas: -1.5, stranded: -2.5,
  overdue: -1.5, speechless: -2, fooled: -3, rogue: -2, nuisance: -2,
  // Anger said without swearing: each one alone is a customer a person should take.
  appalled: -4, outraged: -4, disgusted: -4, fuming: -4, seething: -4, raging: -4, incensed: -4, enraged: -4, irate: -3.5,
  // Swearing abbreviated: as strong as the words spelled out ("wtf" is AFINN's -4). Not "wth": reviewers type "with".
  ffs: -4, stfu: -4, omfg: -3, fml: -3,
  // "shaking my head": disbelief at what was done.
  smh: -2,
  // How staff treated the customer, food that could not be eaten, being shown up in public.
  dismissive: -2.5, condescending: -2.5, patronising: -2.5, patronizing: -2.5, inedible: -3, mortifying: -2.5,
  humiliating: -3,
  idiots: -3, morons: -3, clowns: -2, thieves: -3, thieving: -3, crooks: -3, scum: -4, liars: -3,
  // Harm: safety incidents are as negative as it gets, whatever the tone.
  burned: -3, burnt: -3, injured: -3, injury: -3, exploded: -3, electrocuted: -4, poisoned: -4, bleeding: -3,
  dangerous: -3, unsafe: -3, hazard: -2, lawsuit: -2, hacked: -3,
  // A condition of the customer's, told to ask about a product ("my son is allergic to wool"), not harm done: the
  // reaction is ("allergic reaction").
  allergic: 0,
  // Damage and faults as customers report them, which AFINN does not rate.
  scratched: -2, scratches: -1.5, dented: -2, chipped: -1.5, leaks: -2, leaking: -1.5, stained: -1.5, throttled: -2,
  buffering: -1.5, mouldy: -2.5, moldy: -2.5, cockroaches: -3, bedbugs: -3,
  // Calling the company a liar, and British swearing AFINN lacks.
  lying: -3, lies: -3, liar: -3, bollocks: -3, tiring: -1.5,
  // Contempt and strain that AFINN lacks: "kinda trash service", "a bit miffed", "so stressful", "more excuses",
  // "don't patronise me".
  trash: -2.5, miffed: -2, stressful: -2, excuses: -2, patronise: -2.5, patronize: -2.5,
  // Praise AFINN lacks, which a customer also says flat after a failure ("down for four days. Convenient."); and
  // "funny", which in a complaint is as often a smell or a noise as a joke (AFINN: +4).
  convenient: 1.5, handy: 1.5, efficient: 2, stellar: 3, fab: 3, marvellous: 3, incredible: 3, funny: 1,
  // How a service runs when it fails, told flat: "so slow", "that's theft", "a letdown", "impossible to reach anyone",
  // "another outage". AFINN lacks the first four and rates "outage" as a feeling (-2); it is a report.
  slow: -0.75, theft: -2, letdown: -2.5, impossible: -1.5, outage: -1, outages: -1,
  // A bank's action asked for, not an obstacle: "can you block my card?" (AFINN: -1).
  block: 0,
  // How soon, not how the customer feels: "urgent: my card was swallowed" (AFINN: -1).
  urgent: 0,
  // An apology is what a customer is owed (AFINN rates it -1, so "they never apologised" and "no apology" read as
  // praise): given, it is mild praise; "no apology" is a service missing (EN_SERVICE_NOUNS).
  apologise: 1, apologised: 1, apologises: 1, apologising: 1, apologize: 1, apologized: 1, apologizes: 1,
  apologizing: 1, apology: 0,
});

/**
 * Phrases customers complain (or thank) with. Matched on whole lower-cased words, so "don't" also matches "dont" and
 * "do not" (see the contractions in sentiment-en.ts). A phrase already carries its negation: "never arrived" is -3.
 */
export const EN_PHRASE_VALENCE: Readonly<Record<string, number>> = wordTable({
  "still haven't received": -3, 'still not received': -3, "haven't received": -2,
  "didn't receive": -2, 'never received': -3, 'never arrived': -3, "hasn't arrived": -2,
  "didn't arrive": -2, 'not arrived': -2, 'never came': -3, 'never showed up': -3, 'still waiting': -2,
  'been waiting': -2, 'not working': -2, "doesn't work": -2, "don't work": -2, "isn't working": -2,
  "won't work": -2, 'stopped working': -2, 'does nothing': -2, 'waste of money': -3, 'waste of time': -3,
  'rip off': -3, 'ripped off': -3, 'refund now': -3, 'want my money back': -2,
  "don't like": -2, "didn't like": -2, "doesn't like": -2, 'fed up': -3, 'sick of': -3, 'sick and tired': -4,
  'had enough': -3, 'how many times': -2, 'what a joke': -3,
  // Anger shown in the body: "I'm shaking with anger", "trembling with rage".
  'shaking with anger': -4, 'shaking with rage': -4, 'trembling with anger': -4, 'trembling with rage': -4, 'shaking with fury': -4,
  // Praise of how something was done ("well done to the crew"); "well" alone is no praise.
  'well done': 2,
  // Things a store sells and prints, not feelings: AFINN's "gift" (+2) made "can I pay with a gift card?" praise.
  'gift card': 0, 'gift cards': 0, 'gift voucher': 0, 'gift vouchers': 0, 'gift certificate': 0, 'gift wrap': 0,
  'gift wrapping': 0, 'gift receipt': 0, 'gift message': 0, 'gift box': 0,
  'a joke': -2, 'not good enough': -3, 'let me down': -2, 'let down': -2, 'falling apart': -2, 'fell apart': -2,
  'worn out': -2, 'wore out': -2, 'poor quality': -3, 'cheap quality': -2,
  'never again': -3, 'wrong item': -2, 'wrong order': -2, 'wrong size': -2, 'wrong product': -2,
  'charged twice': -3, 'double charged': -3, 'charged me twice': -3, 'no response': -2, 'no reply': -2,
  'no answer': -2, 'no one answers': -3, 'nobody answers': -3, 'hung up': -2, "can't believe": -2,
  'took forever': -2, 'taking forever': -2, 'takes forever': -2, 'taking so long': -1.5, 'keeps crashing': -2,
  'nobody has replied': -2, 'no one has replied': -2, 'nobody replied': -2, 'no one replied': -2,
  "haven't heard back": -2, 'not fixed': -2, 'still broken': -3, 'still not working': -3, 'are you kidding': -3,
  'you kidding me': -3, 'give up': -2, 'out of pocket': -2,
  // Giving up on being heard, said as an idiom: "like talking to a wall", "at the end of my patience", "you just don't
  // care", "'we'll look into it' isn't going to cut it", "this isn't the first time", "thx for nothing".
  'talking to a wall': -3, 'talking to a brick wall': -3, 'end of my patience': -3, 'put me off': -2,
  "isn't going to cut it": -2, "won't cut it": -2, "doesn't cut it": -2, 'not going to cut it': -2, 'just for show': -2,
  "you just don't care": -3, "you don't care": -3, 'done being nice': -3, 'out of options': -2,
  "isn't the first time": -2, 'not the first time': -2, 'thx for nothing': -3, 'thank you for nothing': -3,
  'cheers for nothing': -3,
  // "I have one doubt regarding the EMI option": a question, in Indian English.
  'have a doubt': 0, 'have one doubt': 0, 'have some doubts': 0, 'small doubt': 0, 'quick doubt': 0,
  'claim against': -3, 'complaint against': -3, 'customer claim': -3, 'consumer claim': -3, 'file a claim': -3,
  'lodge a claim': -3, 'make a claim': -2, 'too bad': -2, 'caught fire': -4, 'on fire': -3, 'locked out': -2,
  // What went wrong, as customers report it: cancelled by the company, left on hold, nobody answering, nothing yet.
  'was cancelled': -2, 'was canceled': -2, 'got cancelled': -2, 'got canceled': -2, 'been cancelled': -2,
  'been canceled': -2, 'were cancelled': -2, 'were canceled': -2, 'cancelled my': -2, 'canceled my': -2,
  'cancelled our': -2, 'canceled our': -2, 'cancelled on me': -2, 'cancelled flight': -2, 'canceled flight': -2,
  'on hold': -2, 'no one answering': -2.5, 'nobody answering': -2.5, 'no one is answering': -2.5,
  'nobody is answering': -2.5, 'no one picks up': -2.5, 'nobody picks up': -2.5, 'no one responds': -2.5,
  'nobody responds': -2.5, 'no one helped': -2.5, 'nobody helped': -2.5, 'no one called': -2, 'nobody called': -2,
  'no one cares': -3, 'nobody cares': -3, "couldn't care less": -3, "don't care about your customers": -3,
  "don't care about customers": -3, "don't care about us": -3, "can't get through": -2, "couldn't get through": -2,
  "can't get anyone": -2.5, "couldn't get anyone": -2.5, 'no update': -1.5, 'no updates': -1.5,
  'no information': -1.5, 'no info': -1.5, 'no explanation': -2, 'no help': -2, 'no call back': -2,
  'no callback': -2, 'no refund': -2, 'no compensation': -2, 'still no': -1.5, 'still nothing': -2, 'still not': -1.5,
  'missed my connection': -2.5, 'missed connection': -2, 'lost my': -2, 'lost our': -2, 'lost luggage': -2,
  'lost bag': -2, 'lost bags': -2, "didn't work": -2, "didn't fit": -2, "doesn't fit": -2, "won't fit": -2,
  'not as pictured': -2, 'not as described': -2, 'not as advertised': -2, 'not as expected': -2,
  'not what i expected': -2, 'than expected': -1, 'no progress': -2, 'going back': -1.5, 'have to return': -1.5,
  'is down': -1.5, 'was down': -1.5, 'went down': -1.5, 'keeps going down': -2, 'where is my': -1, "where's my": -1,
  'need a refund': -1, 'want a refund': -1,
  // Couriers and airlines: where a thing ended up, what came of a promise, who does not pick up.
  'in pieces': -2, 'arrived in pieces': -2.5, 'stuck at the airport': -2, 'stuck at the gate': -2,
  'stuck on the tarmac': -2, 'stuck on the plane': -2, 'delivered to the wrong': -2, 'sent to the wrong': -2,
  'went to the wrong': -2, 'never got': -2, 'never called back': -2, 'never heard back': -2,
  'was supposed to arrive': -2, 'were supposed to arrive': -2,
  'was supposed to be delivered': -2, 'was supposed to be here': -2, 'shows delivered': -2, 'says delivered': -2,
  'marked as delivered': -2, 'marked delivered': -2, 'was promised': -1, 'were promised': -1, 'been promised': -1,
  // Promises counted or emptied ("two weeks of promises and nothing", "empty promises"): what came of them, not a promise.
  'promises and nothing': -2, 'promises but nothing': -2, 'promises and no': -2, 'promises but no': -2,
  'empty promises': -2, 'broken promises': -2, 'false promises': -2, 'more promises': -1.5,
  // A verdict: the customer sent it back.
  'returned it': -1.5, 'returning it': -1.5, 'sent it back': -1.5, 'sending it back': -1.5, 'send it back': -1,
  'had to return': -1.5, 'will be returning': -1.5, 'went back': -1, 'is going back': -1.5, 'are going back': -1.5,
  'going back to the store': -1.5, 'looks cheap': -2, 'look cheap': -2, 'looked cheap': -2, 'feels cheap': -2,
  'felt cheap': -2, 'cheaply made': -2.5, 'poorly made': -2.5, 'not worth': -2,
  // A sizing note, which content customers write as often as unhappy ones: a report, not a verdict.
  'runs small': -0.5, 'runs large': -0.5, 'runs big': -0.5,
  // A verdict on the purchase: regret, what it did not live up to, what it looked like on.
  'wanted to love': -2.5, 'wanted to like': -2.5, 'not flattering': -2.5, 'not very flattering': -2.5,
  'should have listened': -2.5, 'should have read': -2, 'wanted this to work': -2.5, 'wanted it to work': -2.5,
  'so much potential': -2, 'such potential': -2, 'nothing like the picture': -2.5, 'nothing like the pictures': -2.5,
  'nothing like the photo': -2.5, 'looks nothing like': -2.5, 'looked nothing like': -2.5, 'not for me': -2,
  'not in a good way': -3, 'sent them back': -1.5, 'sending them back': -1.5,
  'returned them': -1.5, 'returning them': -1.5, 'back it goes': -1.5, 'looked like a tent': -2,
  'looks like a tent': -2, 'looked like a sack': -2, 'looks like a sack': -2,
  // Frustration asked as a question, and sarcasm that needs no context.
  'why is it so hard': -2.5, 'how hard is it': -2.5, 'how could you': -2.5, 'do you even': -2, 'is this how you': -2.5,
  'is that how you': -2, 'could you be more': -1.5, 'what kind of answer': -2.5, 'what kind of reply': -2.5,
  'what kind of response': -2.5, 'what is going on': -1.5, "what's going on": -1.5,
  'are you serious': -2, 'is this a joke': -3, 'thanks for nothing': -3, 'so much for': -1.5, 'yeah right': -2,
  'not acceptable': -3, 'not ok': -2, 'not okay': -2, 'not impressed': -2, 'beyond frustrated': -4,
  'what kind of service': -2.5, 'what kind of company': -2.5,
  'how dare you': -4, 'how dare': -3.5, 'beyond a joke': -3.5, 'at my wits end': -3.5, "at my wit's end": -3.5,
  'copy paste': -1.5, 'copy and paste': -1.5, 'copy pasted': -1.5,
  // Swearing at the company, not just a word of tone ("where is the damn invoice?").
  'damn you': -3, 'damn it': -2, 'what the hell': -2,
  // Swearing of delight: a swear word that says yes ("FUCK YES it arrived early", "hell yeah") cheers, at no one.
  'fuck yes': 3, 'fuck yeah': 3, 'fuck yess': 3, 'fuck yesss': 3, 'fuck yea': 3, 'hell yes': 3, 'hell yeah': 3,
  'heck yes': 3, 'heck yeah': 3, 'fuckin yes': 3, 'fucking yes': 3, 'fuckin yeah': 3, 'fucking yeah': 3, "can't tolerate": -3, "can't take it anymore": -3,
  'not easy to use': -2, 'hard to use': -2,
  'lost my patience': -3, 'losing my patience': -3, 'run out of patience': -3, 'had it with': -3, 'fobbed off': -3,
  // Asking what the service is worth, or whether it should exist at all.
  "what's the point": -2, 'what is the point': -2, 'make it make sense': -2, 'what am i paying for': -2.5,
  'what are we paying for': -2.5, 'still in business': -2, 'stay in business': -2, 'absolute joke': -3,
  'complete joke': -3, 'total joke': -3, 'so done with': -2.5, 'gone downhill': -2.5, 'went downhill': -2.5,
  'going downhill': -2, 'nickel and diming': -2.5, 'rolled her eyes': -2, 'rolled his eyes': -2,
  'rolled their eyes': -2,
  // Reports: tracking that stands still, a change made without asking, a wait that came to nothing.
  "hasn't updated": -1.5, "hasn't moved": -1.5, "hasn't been updated": -1.5, 'without notice': -1.5,
  'without warning': -1.5, 'for nothing': -1.5,
  // Greetings and the formulas of a polite letter: no praise in them ("Good morning. Our stay was disappointing", "to
  // be honest it's getting tiring").
  'good morning': 0, 'good afternoon': 0, 'good evening': 0, 'good day': 0, 'to be honest': 0, 'in all honesty': 0,
  // Planning for the worst is no verdict: "worst case, if customs charges apply, who pays?".
  'worst case': 0, 'worst-case': 0, 'worst case scenario': 0, 'in the worst case': 0,
  // A charge or change the customer never agreed to.
  'without asking': -1.5, 'without telling': -1.5, 'without permission': -1.5, 'without my permission': -1.5,
  'without consent': -1.5, 'without my consent': -1.5, 'without my knowledge': -1.5, 'never signed up': -2,
  "didn't sign up": -2, 'never ordered': -2, "didn't order": -2, 'never authorised': -2, 'never authorized': -2,
  "didn't authorise": -2, "didn't authorize": -2, 'never made': -1.5,
  // What a product or room is at its best, which is the complaint ("lukewarm at best", "40 on a good day").
  'at best': -1.5, 'on a good day': -1, 'paper thin': -2, 'bed bugs': -3, 'allergic reaction': -3,
  // A decline: "used to be good. not anymore".
  'not anymore': -2, 'not any more': -2,
  // Demands and disbelief ("sort it out", "'Free' account my arse", "how am I meant to pay this").
  'sort it out': -1.5, 'sort this out': -1.5, 'my arse': -2.5, 'my ass': -2.5, 'how am i supposed to': -2,
  'how am i meant to': -2, 'how are we supposed to': -2, 'how are we meant to': -2,
  // The customer's own mishap, told to ask for help ("I lost my card, can you freeze it?"), not the company's failure.
  'i lost my': -0.5, "i've lost my": -0.5, 'i have lost my': -0.5,
  // Eager to buy, not kept waiting ("been waiting to grab one").
  'waiting to buy': 0.5, 'waiting to grab': 0.5, 'waiting to order': 0.5, 'waiting to try': 0.5,
  'been waiting to buy': 0.5, 'been waiting to grab': 0.5, 'been waiting to order': 0.5, 'been waiting to try': 0.5,
  // Asking why the customer pays, or how a thing could be lost: a reproach, not a question about a rule.
  'why am i paying': -2, 'why do i have to pay': -2, 'why should i pay': -2, 'why are we paying': -2,
  'how do you lose': -2, 'how can you lose': -2, 'how did you lose': -2, 'how do you manage to': -2,
  'how did you manage to': -2,
  // Praise of a delivery or a flight.
  'on time': 1, 'bang on time': 2,
  // Praise in words of violence or crime: "killing it with the packaging", "a killer deal", "to die for"; and the
  // names of a bank's safeguards, no accusation: "is there a fraud check on your side?".
  'killing it': 3, 'killed it': 3, 'killer deal': 3, 'to die for': 3, 'fraud check': 0, 'fraud checks': 0,
  'fraud prevention': 0, 'fraud protection': 0, 'fraud detection': 0, 'fraud screening': 0,
  // Praise that is sarcastic as often as not in a complaint (EN_SARCASM_PRONE turns it there).
  'oh good': 3, 'gotta love': 3, 'got to love': 3,
  // A customer lost, a change made with no warning, being treated like this.
  "won't be back": -2.5, 'will not be back': -2.5, "won't be returning": -2, 'with no warning': -1.5,
  'with no notice': -1.5, 'this is how you treat': -2.5,
  // Resignation at a failure that was bound to come: "…and now it's lost, because of course".
  'because of course': -1.5,
  // Exasperation with no judging word of its own: a head shaken, a rating refused, help that goes nowhere.
  'just wow': -2, 'zero stars': -3, '0 stars': -3, 'no stars': -2, 'taking the mick': -3, 'taking the piss': -3,
  'nobody can help': -2.5, 'no one can help': -2.5, 'not a solution': -2, 'patience is gone': -3,
  'patience is wearing thin': -3, 'pillar to post': -2, 'passed around': -2, 'into thin air': -2,
  // Things a store sells: "trash bags".
  'trash bag': 0, 'trash bags': 0, 'trash can': 0, 'trash cans': 0,
  // Giving up on the company, or being made to chase it: "I've given up expecting a reply", "lost all faith in this
  // company", "done with this store", "had to chase you for everything", "not rocket science", "again with the
  // excuses", "so I'm supposed to just eat the cost?", "don't bother replying".
  'given up': -2, 'gave up': -2, 'giving up': -2, 'lost all faith': -3, 'lost faith': -3, 'lost all trust': -3,
  'lost trust': -3, 'lost all confidence': -3, 'lost confidence': -3, 'lost all respect': -3, 'done with you': -2.5,
  'done with this company': -2.5, 'done with this store': -2.5, 'done with this shop': -2.5, 'done with your company': -2.5,
  'had to chase': -2, 'have to chase': -2, 'having to chase': -2, 'not rocket science': -2, 'again with the': -1.5,
  "so i'm supposed to": -2, 'so im supposed to': -2, "so i'm meant to": -2, "so we're supposed to": -2,
  "so you're telling me": -2, "don't bother": -1.5, 'nowhere near': -1.5, 'nowhere to be seen': -2,
  'nowhere to be found': -2, "it's nowhere": -2,
  // Understatement: "not ideal tbh" ("ideal" alone is as often a name, "the Ideal plan", as praise).
  'not ideal': -1.5, "isn't ideal": -1.5, "wasn't ideal": -1.5, 'not an ideal': -1.5, 'not exactly ideal': -1.5,
  'hardly ideal': -1.5, 'less than ideal': -2, 'far from ideal': -2,
  // Who never came, a charge kept after a cancellation, someone else's parcel, a door shut in the customer's face.
  'never turned up': -3, "didn't turn up": -2, "didn't show up": -2, 'no show': -2, 'no-show': -2,
  'charged me anyway': -2, 'charged anyway': -2, 'is cancelled': -2, 'is canceled': -2, 'are cancelled': -2,
  'are canceled': -2, "someone else's order": -2, "someone else's parcel": -2, "someone else's package": -2,
  "someone else's bag": -2, "someone else's luggage": -2, 'in my face': -2, "doesn't exist": -1.5,
  'had to sleep': -2, 'nobody calls back': -2, 'no one calls back': -2,
  // Warning others off, and verdicts told as idioms: "don't fly with them", "stay away", "can you do anything right",
  // "is it too much to ask", "this is what I get for choosing you", "my wait means nothing to you".
  "don't fly with": -2.5, 'never fly with': -2.5, 'stay away': -2, 'avoid at all costs': -3,
  'do anything right': -2.5, 'get anything right': -2.5, 'too much to ask': -2.5, 'what i get for': -2,
  'means nothing to you': -2.5, 'mean nothing to you': -2.5,
  // Thanks and praise in support chats.
  'thank you': 2, 'thanks a lot': 3, 'much appreciated': 3, 'works now': 2, 'problem solved': 3, 'all good': 2,
  // Surprise at a good price or a good service is pleasure, not shock: "I was shocked at how cheap it was".
  ...pleasantSurprises(),
  // A wild word as the degree of a good price or speed is praise: "crazy cheap", "insanely fast", "dirt cheap".
  ...pleasantDegrees(),
});

/** "shocked at how cheap", "surprised by how fast", "stunned how good": every such surprise as mild praise. */
function pleasantSurprises(): Record<string, number> {
  const surprised = ['shocked', 'surprised', 'stunned', 'amazed', 'astonished', 'blown away'];
  const good = ['cheap', 'low', 'affordable', 'reasonable', 'fast', 'quick', 'quickly', 'good', 'easy', 'nice', 'well', 'soon'];
  const table: Record<string, number> = {};
  for (const s of surprised) for (const link of [' at how ', ' by how ', ' how ']) for (const g of good) table[s + link + g] = 2;
  return table;
}

/** "crazy cheap", "ridiculously fast", "stupidly good": a wild degree of a good price or service as praise. */
function pleasantDegrees(): Record<string, number> {
  const degrees = ['crazy', 'insanely', 'insane', 'ridiculously', 'stupidly', 'stupid', 'silly', 'absurdly', 'dirt'];
  const good = ['cheap', 'low', 'affordable', 'fast', 'quick', 'quickly', 'good'];
  const table: Record<string, number> = {};
  for (const d of degrees) for (const g of good) table[`${d} ${g}`] = 2;
  return table;
}

/** Phrases of EN_PHRASE_VALENCE that judge or vent rather than report. */
const EN_JUDGING_PHRASES: ReadonlySet<string> = new Set([
  'waste of money', 'waste of time', 'rip off', 'ripped off', 'refund now', 'want my money back', "don't like",
  "didn't like", "doesn't like", 'fed up', 'sick of', 'sick and tired', 'had enough', 'how many times', 'what a joke',
  'a joke', 'not good enough', 'let me down', 'let down', 'never again', "can't believe", 'took forever',
  'taking forever', 'takes forever', 'are you kidding', 'you kidding me', 'give up', 'too bad', 'no one cares',
  'nobody cares', 'no help', 'why is it so hard', 'how hard is it', 'what is going on', "what's going on",
  'are you serious', 'is this a joke', 'thanks for nothing', 'so much for', 'yeah right', 'not acceptable', 'not ok',
  'not okay', 'not impressed', 'beyond frustrated', 'looks cheap', 'look cheap', 'looked cheap', 'feels cheap',
  'felt cheap', 'cheaply made', 'poorly made', 'not worth', 'what kind of service', 'what kind of company',
  'should have listened', 'should have read', 'wanted this to work', 'wanted it to work', 'not in a good way', 'how could you', 'do you even', 'is this how you', 'is that how you', 'could you be more', 'what kind of answer',
  'what kind of reply', 'what kind of response', 'damn you', 'damn it', 'what the hell', "can't tolerate",
  "can't take it anymore", 'copy paste', 'copy and paste', 'copy pasted', 'how dare you', 'how dare', 'beyond a joke', 'at my wits end',
  "at my wit's end", 'lost my patience', 'losing my patience', 'run out of patience', 'had it with', 'fobbed off',
  'just wow', 'taking the mick', 'taking the piss', 'patience is gone', 'patience is wearing thin', 'this is how you treat',
  "couldn't care less", "don't care about your customers", "don't care about customers", "don't care about us",
  "what's the point", 'what is the point', 'make it make sense', 'what am i paying for', 'what are we paying for',
  'still in business', 'stay in business', 'absolute joke', 'complete joke', 'total joke', 'so done with',
  'gone downhill', 'went downhill', 'going downhill', 'nickel and diming', 'rolled her eyes', 'rolled his eyes',
  'rolled their eyes', 'my arse', 'my ass', 'how am i supposed to', 'how am i meant to', 'how are we supposed to',
  'how are we meant to', 'sort it out', 'sort this out', 'not anymore', 'not any more', 'why am i paying',
  'why do i have to pay', 'why should i pay', 'why are we paying', 'how do you lose', 'how can you lose',
  'how did you lose', 'how do you manage to', 'how did you manage to',
  'talking to a wall', 'talking to a brick wall', 'end of my patience', 'put me off', "isn't going to cut it", "won't cut it",
  "doesn't cut it", 'not going to cut it', 'just for show', "you just don't care", "you don't care", 'done being nice',
  'out of options', "isn't the first time", 'not the first time', 'thx for nothing', 'thank you for nothing', 'cheers for nothing',
  'given up', 'gave up', 'giving up', 'lost all faith', 'lost faith', 'lost all trust', 'lost trust', 'lost all confidence',
  'lost confidence', 'lost all respect', 'done with you', 'done with this company', 'done with this store',
  'done with this shop', 'done with your company', 'not rocket science', 'again with the', "so i'm supposed to",
  'so im supposed to', "so i'm meant to", "so we're supposed to", "so you're telling me", "don't bother",
  'shaking with anger', 'shaking with rage', 'trembling with anger', 'trembling with rage', 'shaking with fury',
  "don't fly with", 'never fly with', 'stay away', 'avoid at all costs', 'do anything right', 'get anything right',
  'too much to ask', 'what i get for', 'means nothing to you', 'mean nothing to you',
]);

function isReport(phrase: string): boolean {
  return !EN_JUDGING_PHRASES.has(phrase);
}

/**
 * Words and phrases that report what happened (damaged, late, cancelled, on hold, charged twice, returned it) rather
 * than how the customer feels about it. They make a message negative, but not emotional: "my parcel never arrived"
 * is a problem to answer; "this is a joke, absolutely useless" is a customer a person should take. Everything else
 * negative (AFINN included) is emotion: judgements, feelings, insults, swearing.
 */
export const EN_SITUATION: ReadonlySet<string> = new Set([
  // Faults, damage, loss.
  'problem', 'problems', 'issue', 'issues', 'error', 'errors', 'trouble', 'troubles', 'mistake', 'mistakes', 'missed',
  'wrong', 'incorrect', 'lost', 'lose', 'losing', 'missing', 'fail', 'failed', 'fails', 'failing', 'failure', 'hard',
  'difficult', 'stuck', 'broken', 'broke', 'break', 'breaks', 'defective', 'faulty', 'damage', 'damaged', 'damages',
  'cracked', 'smashed', 'torn', 'crashing', 'crashes', 'crashed', 'crash', 'freezes', 'frozen', 'unusable', 'stolen',
  'steal', 'theft', 'dead', 'died', 'leak', 'leaking', 'leaked', 'stain', 'stained', 'expired', 'bug', 'bugs',
  'declined', 'rejected', 'refused', 'denied', 'cancel', 'cancelled', 'canceled', 'overcharged', 'late', 'delayed',
  'delay', 'delays', 'slow', 'hacked', 'locked', 'blocked', 'suspended', 'itchy', 'unflattering', 'returned',
  'stranded', 'overdue', 'flimsy', 'scratchy', 'unwearable', 'pilled', 'pilling', 'pills', 'shrunk', 'shrank',
  'shrinks', 'faded', 'fades', 'ripped', 'unraveled', 'unravelled', 'unraveling', 'snagged', 'snags', 'flaking',
  'peeling', 'peeled', 'returning', 'soaked', 'scratched', 'scratches', 'dented', 'chipped', 'leaks', 'throttled',
  'buffering', 'mouldy', 'moldy', 'cockroaches', 'bedbugs', 'tiring',
  // Things that went missing or changed: "my basket disappeared", "the price dropped", "your emails go to spam".
  'disappeared', 'vanished', 'dropped', 'spam', 'outage', 'outages',
  // What happened or what is not understood, told as a fact: "it stopped heating", "accidental damage", "I'm a bit
  // confused by the tracking", "cruelty free" (asked about, these are a question's topic).
  'stopped', 'accident', 'accidents', 'accidental', 'cruelty', 'confused',
  // Harm: the safety detector acts on it; as a feeling it says nothing.
  'burned', 'burnt', 'injured', 'injury', 'exploded', 'electrocuted', 'poisoned', 'bleeding', 'dangerous', 'unsafe',
  'hazard', 'lawsuit', 'sick', 'ill', 'hurt', 'pain', 'fire', 'smoke',
  // Asking about a complaint is a question: "how do I make a complaint".
  'complaint', 'complaints', 'complain', 'complaining', 'complained', 'reclamation', 'reclamations', 'grievance',
  ...Object.keys(EN_PHRASE_VALENCE).filter((phrase) => EN_PHRASE_VALENCE[phrase] < 0 && isReport(phrase)),
]);

/**
 * Praise that sarcasm turns round when the message reports a failure: "great, another delay", "love being on hold",
 * "awesome service, 2 hours on hold". Not "thanks" alone (customers thank before stating a problem).
 */
export const EN_SARCASM_PRONE: ReadonlySet<string> = new Set([
  'great', 'awesome', 'fantastic', 'wonderful', 'brilliant', 'perfect', 'lovely', 'amazing', 'excellent', 'nice',
  'love', 'loving', 'fun', 'super', 'cool', 'impressive', 'thanks a lot', 'well done', 'outstanding', 'superb',
  'oh good', 'gotta love', 'got to love',
]);

/**
 * Words after which praise is what the customer expected, not what happened ("I really wanted to love this", "was
 * hoping it would fit"): the praise in the rest of the clause turns round, weaker.
 */
export const EN_EXPECTATION: readonly string[] = [
  // Past hopes only: "hoping this size works" is a wish, "was hoping it would fit" one that failed.
  'wanted to', 'want to love', 'hoped', 'was hoping', 'were hoping', 'had been hoping', 'expected', 'was expecting', 'was excited',
  // Past excitement only: "I'm so excited, my first camera!" is the customer happy now.
  'was so excited', 'were so excited', 'was really excited', 'was very excited', 'had been so excited',
  'had high hopes', 'supposed to', 'should have been', 'thought it would', 'thought this would',
  // A decline: "used to be great".
  'used to',
];

/** Size, amount and time words: neutral alone, a complaint after "too" ("too small", "too late", "too expensive"). */
export const EN_DIMENSIONS: ReadonlySet<string> = new Set([
  'small', 'big', 'large', 'tight', 'loose', 'short', 'long', 'wide', 'narrow', 'thin', 'thick', 'heavy', 'expensive',
  'pricey', 'slow', 'late', 'hot', 'cold', 'low', 'high', 'little', 'much', 'many', 'boxy', 'baggy', 'sheer',
]);

/** Words that make a nearby duration a complaint: "on hold for 2 hours", "waited three weeks", "5 days late". */
export const EN_WAIT_WORDS: ReadonlySet<string> = new Set([
  'wait', 'waiting', 'waited', 'hold', 'delay', 'delayed', 'late', 'stuck', 'sitting', 'sat', 'stranded', 'queue',
  'queued', 'tarmac', 'still', 'overdue', 'nothing', 'been', 'took', 'taken', 'takes', 'taking', 'over', 'later',
]);
export const EN_DURATION_UNITS: ReadonlySet<string> = new Set([
  'minutes', 'mins', 'min', 'hours', 'hrs', 'hour', 'hr', 'days', 'weeks', 'months', 'week', 'month',
]);
export const EN_COUNT_WORDS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'several', 'many', 'multiple',
  'an', 'a', 'few', 'couple',
]);
/**
 * What a customer misses when it is missing: "no response", "no wifi", "no refund", "no notice". "no" before one of
 * these reports a failure; before other words it only negates them ("no problem").
 */
export const EN_SERVICE_NOUNS: ReadonlySet<string> = new Set([
  'response', 'reply', 'replies', 'answer', 'answers', 'update', 'updates', 'info', 'information', 'notice', 'warning',
  'explanation', 'email', 'emails', 'call', 'calls', 'callback', 'refund', 'compensation', 'help', 'support', 'service',
  'wifi', 'food', 'power', 'seat', 'seats', 'bags', 'bag', 'luggage', 'tracking', 'confirmation', 'sign', 'show',
  'apology', 'communication', 'contact', 'signal', 'internet', 'delivery', 'package', 'parcel', 'order', 'receipt',
  'reason',
]);
/** What a missing service weighs ("no response"); phrases of their own ("no response": -2) take precedence. */
export const EN_MISSING_VALENCE = -1.5;
/**
 * What a customer cannot do is a failure: "I can't log in", "couldn't check in", "cannot access my account".
 */
export const EN_BLOCKED_ACTIONS: ReadonlySet<string> = new Set([
  'log', 'login', 'sign', 'signin', 'check', 'access', 'get', 'find', 'reach', 'see', 'book', 'change', 'use', 'connect',
  'pay', 'open', 'load', 'download', 'install', 'track', 'cancel', 'return', 'reset', 'update', 'order', 'buy', 'print',
  'scan', 'redeem', 'apply', 'upload', 'hear', 'call', 'send', 'receive', 'view', 'contact',
]);
export const EN_BLOCKED_VALENCE = -1.5;

/** A duration near a wait word reads as this much (on top of the wait word's own valence, if any). */
export const EN_WAIT_VALENCE = -2;


/** Words that flip the valence of the sentiment word that follows within a few words ("not happy"). */
export const EN_NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'hardly', 'barely', 'cannot',
  "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "shouldn't",
  "couldn't", "haven't", "hasn't", "hadn't", "ain't",
]);

/** Degree words: multiply the valence of the sentiment word they precede. */
export const EN_DEGREE: Readonly<Record<string, number>> = wordTable({
  very: 1.5, really: 1.5, so: 1.4, extremely: 1.8, totally: 1.5, absolutely: 1.6, completely: 1.5,
  incredibly: 1.7, super: 1.5, too: 1.3, utterly: 1.7, truly: 1.4, seriously: 1.5, most: 1.4, such: 1.3,
  highly: 1.4, beyond: 1.5, quite: 1.2, pretty: 1.2, entirely: 1.4, deeply: 1.5, terribly: 1.6, awfully: 1.6,
  // "dangerously addictive", "insanely good": a degree, not a danger.
  dangerously: 1.5, insanely: 1.6, scarily: 1.4,
  slightly: 0.6, somewhat: 0.7, 'a bit': 0.7, 'a little': 0.7, 'kind of': 0.7, 'sort of': 0.7, marginally: 0.6,
});

/**
 * Swear words that mostly set a tone: they amplify the sentiment word near them ("fucking useless") and, alone, count
 * only as a mild negative cue ("where is the damn invoice?" is an impatient question, not a complaint).
 */
export const EN_EXPLETIVES: ReadonlySet<string> = new Set([
  'damn', 'damned', 'goddamn', 'goddamned', 'bloody', 'fucking', 'fuckin', 'freaking', 'frigging', 'friggin',
  'effing', 'flipping', 'hell',
]);
export const EXPLETIVE_VALENCE = -0.5;
export const EXPLETIVE_BOOST = 1.5;

/**
 * Words after which the earlier part of a message counts less than the later ("nice box, but broken"). Not "yet" or
 * "though" (they mostly end a sentence: "it hasn't arrived yet"), nor "although" (what follows it is the lesser part).
 */
export const EN_CONTRAST: ReadonlySet<string> = new Set(['but', 'however']);

/** Short all-capital words that are names, not shouting. */
export const EN_ACRONYMS: ReadonlySet<string> = new Set([
  'USD', 'GBP', 'EUR', 'CNY', 'RMB', 'ATM', 'PIN', 'SMS', 'FAQ', 'USA', 'UK', 'EU', 'ID', 'OK', 'PDF', 'URL',
  'ETA', 'DHL', 'UPS', 'TV', 'PC', 'VIP', 'CEO', 'SIM', 'IBAN', 'BIC', 'SWIFT', 'API', 'APP', 'VAT', 'ASAP',
]);

/** Chat spellings without the apostrophe, and "cannot", read as the contraction. */
export const EN_CONTRACTIONS: Readonly<Record<string, string>> = wordTable({
  dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", wont: "won't", isnt: "isn't", arent: "aren't",
  wasnt: "wasn't", werent: "weren't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't", wouldnt: "wouldn't",
  couldnt: "couldn't", shouldnt: "shouldn't", aint: "ain't", whats: "what's", cannot: "can't",
});

/**
 * What a company does wrong to a customer's things: after praise ("thanks for losing my bag", "nice job leaving my
 * luggage in Chicago", "appreciate you ignoring my emails") the praise is sarcasm, whatever follows.
 */
export const EN_MISHANDLING: ReadonlySet<string> = new Set([
  'losing', 'misplacing', 'breaking', 'damaging', 'destroying', 'ruining', 'wrecking', 'smashing', 'crushing',
  'scratching', 'denting', 'cancelling', 'canceling', 'delaying', 'ignoring', 'stranding', 'overcharging', 'wasting',
  'forgetting', 'bumping', 'ghosting', 'leaving', 'mishandling', 'screwing', 'messing', 'overbooking',
]);
/** "leaving" is mishandling only of the customer's things ("leaving my luggage in Chicago"; not "leaving me a note"). */
export const EN_MISHANDLING_OF_THINGS: ReadonlySet<string> = new Set(['leaving']);
/** Possessives that make what follows the customer's own. */
export const EN_CUSTOMER_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their']);

/**
 * What a company does to put a failure right: after praise it is sincere thanks, whatever failure it names ("thanks for
 * fixing the broken link", "thank you for sorting out the delay", "glad you found my lost bag").
 */
export const EN_REMEDIES: ReadonlySet<string> = new Set([
  'fixing', 'fixed', 'repairing', 'repaired', 'mending', 'mended', 'sorting', 'sorted', 'resolving', 'resolved', 'solving', 'solved', 'refunding', 'refunded',
  'replacing', 'replaced', 'finding', 'found', 'helping', 'helped', 'handling', 'handled', 'rebooking', 'rebooked',
  'reimbursing', 'reimbursed', 'compensating', 'compensated', 'returning', 'recovering', 'recovered', 'tracking',
  'tracked', 'letting', 'informing', 'explaining', 'apologising', 'apologizing', 'apologised', 'apologized',
  'responding', 'replying', 'answering', 'looking', 'dealing', 'checking', 'updating', 'processing', 'processed',
  'covering', 'covered', 'waiving', 'waived', 'upgrading', 'upgraded', 'rescuing', 'spotting', 'spotted', 'catching', 'caught', 'stopping', 'stopped', 'blocking', 'blocked', 'flagging', 'flagged', 'noticing', 'noticed',
  'rescued', 'calling', 'called', 'contacting', 'contacted', 'following', 'accommodating', 'clearing', 'cleared', 'correcting', 'corrected', 'reuniting', 'reunited',
]);
/** A failure undone at once is what the customer asked for: "thanks for cancelling my order so quickly". */
export const EN_PROMPTLY: ReadonlySet<string> = new Set(['quickly', 'promptly', 'fast', 'asap', 'requested']);
/** Feelings of contentment that take a clause: "so glad I paid $400 to sit on the tarmac", "love that my bag is lost". */
export const EN_CONTENT_FEELINGS: ReadonlySet<string> = new Set([
  'glad', 'happy', 'pleased', 'thrilled', 'delighted', 'love', 'loving', 'appreciate', 'grateful', 'enjoy', 'enjoyed',
]);
/** Words that open the clause such a feeling takes. */
export const EN_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'i', "i'm", "i've", 'we', "we're", "we've", 'my', 'our', 'that', 'how', 'you', "you're", "you've", 'they', 'it', 'the',
]);

/** Verbs of liking and disliking, which say whose taste they report. */
export const EN_FELT_VERBS: ReadonlySet<string> = new Set(['hate', 'hates', 'hated', 'dislike', 'dislikes', 'disliked', 'love', 'loves', 'loved']);
/** Someone other than the customer, as the subject of a feeling: she, he, a relative or a friend. */
export const EN_OTHER_PEOPLE: ReadonlySet<string> = new Set([
  'she', 'he', 'mom', 'mum', 'mother', 'dad', 'father', 'wife', 'husband', 'son', 'daughter', 'kid', 'kids', 'child',
  'children', 'friend', 'sister', 'brother', 'boyfriend', 'girlfriend', 'partner', 'grandma', 'grandmother', 'grandpa',
  'grandfather', 'nan', 'baby', 'toddler', 'niece', 'nephew', 'aunt', 'uncle', 'boss', 'colleague',
]);
