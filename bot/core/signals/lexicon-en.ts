/**
 * English customer-service vocabulary, written for Baton, on AFINN's scale (-5 … 5). AFINN rates general English;
 * customer messages need corrections: "help", "please", "like" and "care" are politeness or set phrases ("customer
 * care"), not praise; "charge" and "fine" are billing words; and AFINN lacks the phrases customers complain with
 * ("still haven't received", "waste of money"). Entries here win over AFINN.
 */

/** Single words whose customer-service valence differs from AFINN's, or which AFINN lacks. */
export const EN_WORD_VALENCE: Readonly<Record<string, number>> = {
  // Neutral in a support chat, whatever AFINN says.
  help: 0, helping: 0, please: 0, pls: 0, plz: 0, like: 0, want: 0, wanna: 0, care: 0, free: 0, charge: 0,
  charged: 0, charges: 0, charging: 0, fee: 0, fees: 0, cancel: 0, cancelled: 0, canceled: 0, cancellation: 0,
  interest: 0, top: 0, demand: 0, fire: 0, kill: 0, joke: 0, sorry: 0, ok: 0, okay: 0, pay: 0, paid: 0, payment: 0,
  claim: 0, penalty: 0, penalties: 0, withdrawal: 0, forgotten: 0, forgot: 0, leave: 0, demanding: 0, no: 0, yes: 0,
  sure: 0, agree: 0, god: 0, dear: 0, account: 0, pretty: 0, cancelling: 0, canceling: 0, afford: 0,
  // Mild: customers use these words to report what they need done ("I have a problem updating my address", "I
  // entered a wrong address by mistake"); alone they do not make a message negative.
  problem: -0.5, problems: -0.5, issue: -0.5, issues: -0.5, error: -0.5, errors: -0.5, trouble: -0.5,
  troubles: -0.5, mistake: -0.5, mistakes: -0.5, missed: -0.5, wrong: -0.5, incorrect: -0.5, lost: -0.5,
  missing: -0.5, failed: -0.5, fails: -0.5, hard: -0.5, difficult: -0.5, stuck: -0.5,
  fine: 1, thanks: 1, thank: 1, thx: 1,
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
  // Harm: safety incidents are as negative as it gets, whatever the tone.
  burned: -3, burnt: -3, injured: -3, injury: -3, exploded: -3, electrocuted: -4, poisoned: -4, bleeding: -3,
  dangerous: -3, unsafe: -3, hazard: -2, lawsuit: -2, hacked: -3,
};

/**
 * Phrases customers complain (or thank) with. Matched on whole lower-cased words, so "don't" also matches "dont" and
 * "do not" (see the contractions in sentiment-en.ts). A phrase already carries its negation: "never arrived" is -3.
 */
export const EN_PHRASE_VALENCE: Readonly<Record<string, number>> = {
  "still haven't received": -3, 'still not received': -3, "haven't received": -2,
  "didn't receive": -2, 'never received': -3, 'never arrived': -3, "hasn't arrived": -2,
  "didn't arrive": -2, 'not arrived': -2, 'never came': -3, 'never showed up': -3, 'still waiting': -2,
  'been waiting': -2, 'not working': -2, "doesn't work": -2, "don't work": -2, "isn't working": -2,
  "won't work": -2, 'stopped working': -2, 'does nothing': -2, 'waste of money': -3, 'waste of time': -3,
  'rip off': -3, 'ripped off': -3, 'refund now': -3, 'want my money back': -2,
  "don't like": -2, "didn't like": -2, "doesn't like": -2, 'fed up': -3, 'sick of': -3, 'sick and tired': -4,
  'had enough': -3, 'how many times': -2, 'what a joke': -3,
  'a joke': -2, 'not good enough': -3, 'let me down': -2, 'let down': -2, 'falling apart': -2, 'fell apart': -2,
  'never again': -3, 'wrong item': -2, 'wrong order': -2, 'wrong size': -2, 'wrong product': -2,
  'charged twice': -3, 'double charged': -3, 'charged me twice': -3, 'no response': -2, 'no reply': -2,
  'no answer': -2, 'no one answers': -3, 'nobody answers': -3, 'hung up': -2, "can't believe": -2,
  'took forever': -2, 'taking forever': -2, 'takes forever': -2, 'taking so long': -1.5, 'keeps crashing': -2,
  'nobody has replied': -2, 'no one has replied': -2, 'nobody replied': -2, 'no one replied': -2,
  "haven't heard back": -2, 'not fixed': -2, 'still broken': -3, 'still not working': -3, 'are you kidding': -3,
  'you kidding me': -3, 'give up': -2, 'out of pocket': -2,
  'claim against': -3, 'complaint against': -3, 'customer claim': -3, 'consumer claim': -3, 'file a claim': -3,
  'lodge a claim': -3, 'make a claim': -2, 'too bad': -2, 'caught fire': -4, 'on fire': -3, 'locked out': -2,
  // Thanks and praise in support chats.
  'thank you': 2, 'thanks a lot': 3, 'much appreciated': 3, 'works now': 2, 'problem solved': 3, 'all good': 2,
};

/** Words that flip the valence of the sentiment word that follows within a few words ("not happy"). */
export const EN_NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'hardly', 'barely', 'cannot',
  "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "shouldn't",
  "couldn't", "haven't", "hasn't", "hadn't", "ain't",
]);

/** Degree words: multiply the valence of the sentiment word they precede. */
export const EN_DEGREE: Readonly<Record<string, number>> = {
  very: 1.5, really: 1.5, so: 1.4, extremely: 1.8, totally: 1.5, absolutely: 1.6, completely: 1.5,
  incredibly: 1.7, super: 1.5, too: 1.3, utterly: 1.7, truly: 1.4, seriously: 1.5, most: 1.4, such: 1.3,
  highly: 1.4, beyond: 1.5, quite: 1.2, pretty: 1.2, entirely: 1.4, deeply: 1.5, terribly: 1.6, awfully: 1.6,
  slightly: 0.6, somewhat: 0.7, 'a bit': 0.7, 'a little': 0.7, 'kind of': 0.7, 'sort of': 0.7, marginally: 0.6,
};

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
