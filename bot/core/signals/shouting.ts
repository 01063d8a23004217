/**
 * Shouting: a message written mostly in capitals with runs of exclamation marks ("WHY IS THIS SO HARD!!!!! I JUST WANT
 * MY ORDER!!!!"). The sentiment reads capitals and "!" as cues that strengthen the words around them, and a shouted
 * message with few feeling words stays short of a strong emotion; a customer who shouts with a run of "!" is upset
 * enough for a person whatever the words say. Measured, not listed: the share of capitals among the letters, and the
 * longest run of exclamation marks (or how many there are). Capitals alone are no shout (some customers type in capitals
 * out of habit: "HOW DO I CHANGE MY ADDRESS"), and neither are "!!!" in a message in lower case ("thanks!!!").
 */

/** The share of capitals among the letters at or above which a message is written in capitals. */
export const SHOUTED_CAPITALS_SHARE = 0.7;
/** Letters a message needs before its capitals are counted ("OK!!!" is no shout). */
const MIN_LETTERS = 12;
/** A run of this many "!" (or this many in all) makes capitals a shout. */
const EXCLAMATION_RUN = 3;
const EXCLAMATIONS_IN_ALL = 4;

/** The shout's evidence ("SHOUTING: 90% capitals, !!!!!"), or undefined when the message does not shout. */
export function shouting(text: string): string | undefined {
  let letters = 0;
  let capitals = 0;
  let exclamations = 0;
  let run = 0;
  let longestRun = 0;
  for (const char of text) {
    if (char === '!' || char === '！') {
      exclamations++;
      run++;
      longestRun = Math.max(longestRun, run);
      continue;
    }
    run = 0;
    if (char >= 'A' && char <= 'Z') {
      letters++;
      capitals++;
    } else if (char >= 'a' && char <= 'z') letters++;
  }
  if (letters < MIN_LETTERS || capitals / letters < SHOUTED_CAPITALS_SHARE) return undefined;
  if (longestRun < EXCLAMATION_RUN && exclamations < EXCLAMATIONS_IN_ALL) return undefined;
  return `SHOUTING: ${Math.round((capitals / letters) * 100)}% capitals, ${'!'.repeat(Math.min(longestRun, 5))}`;
}

/**
 * A shout that only asks how the shop works, with no problem of the customer's in it: "WHEN DOES THE SALE END!!!", "DO
 * YOU SHIP TO AUSTRALIA?? need it for a birthday!!!". Capitals and "!" there are eagerness or habit; the question is the
 * bot's to answer. A chase is no such question: the customer's own order or money ("my"), a wait or a failure (still,
 * yet, why, again, never, not, where…) keep the shout a shout ("WHERE IS MY PARCEL!!!", "WHY IS THIS SO HARD!!!!!").
 */
const ASKS_HOW_SHOP_WORKS =
  /^(?:(?:hi|hello|hey|hiya)\b[\s!?,.]{0,6})?(?:when (?:does|do|is|are) |do (?:you|u) |does (?:the|this|it|your) |can (?:i|you|u|we) |how (?:do|can|much|long) |is (?:the|there|it|this) |are (?:the|there|you|u) |what (?:is|are|time) |which )/;
const CHASES = /\b(?:my|mine|me|still|yet|why|again|never|nobody|no one|not|no|where|wait\w{0,3}|\w{1,8}n'?t)\b/;

/** The shout only asks how the shop works (see ASKS_HOW_SHOP_WORKS): its capitals and "!" are no strong feeling. */
export function shoutAsksOnly(text: string): boolean {
  const lower = text.normalize('NFKC').toLowerCase().trim();
  return ASKS_HOW_SHOP_WORKS.test(lower) && !CHASES.test(lower);
}
