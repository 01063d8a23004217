/**
 * A service asked of by a compound whose head the knowledge base has nowhere ("do you do gift wrapping", "do you offer
 * gift boxes", "is there a gift wrap option"): in English the last word of a noun compound is the thing, the words
 * before it only say which one. The search matches the modifier (gift: the gift-card article) and would answer it,
 * though the thing asked about (wrapping) is no article's. Then the message is declined, as the search declines a
 * question whose thing it does not know at all.
 *
 * Read only where the compound is the thing offered for certain: after a word that offers or has a thing (do, offer,
 * have, provide, sell) or "is there", with at most an article between; never after a subject or "to" ("can i return
 * xbox", "how to cancel subscription": there the first word is a verb, and the unknown word its object), nor after a
 * bare "the" ("when will the refund land": the unknown word is the verb).
 */
import { stem } from '../../knowledge/search';

/** A modifier and its head after a word that makes the modifier a noun; the head ends the clause or the message. */
const COMPOUND_EN =
  /\b(?:(?:do|does|offer|offers|provide|provides|have|has|sell|sells)(?:\s+(?:a|an|any|some))?|(?:is|are)\s+there(?:\s+(?:a|an|any|some))?)\s+([a-z]+)\s+([a-z]+)(?:\s+(?:service|services|option|options))?\s*(?:[?.!,]|$|\s(?:for|on|with|available)\b)/g;

/**
 * Whether an English message asks of a compound whose head the knowledge base has nowhere (`unknown`: index terms,
 * the search's `unknownWords`) and whose modifier the best article matched (`matched`: its matched terms): the
 * article was found by the word that only says which thing.
 */
export function asksOfUnknownHead(text: string, unknown: ReadonlySet<string>, matched: readonly string[]): boolean {
  if (unknown.size === 0 || matched.length === 0) return false;
  for (const found of text.toLowerCase().matchAll(COMPOUND_EN)) {
    const modifier = stem(found[1]);
    if (unknown.has(stem(found[2])) && !unknown.has(modifier) && matched.includes(modifier)) return true;
  }
  return false;
}
