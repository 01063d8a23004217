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
