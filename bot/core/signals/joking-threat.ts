/**
 * A legal word said in jest, not a threat: "I'll sue you if this isn't the best cake ever lol", "I'd call the police
 * on how good this price is lol", "if the boots don't fit I'm calling the fashion police haha, can I exchange them?",
 * "my lawyer (my cat) says I deserve a discount 😹". The legal rule reads "sue", "police" and "lawyer" as a dispute
 * taken outside; told with a laugh in the same sentence, about praise or beside a routine question, and with no word
 * of a grievance anywhere in the message, they are a joke.
 *
 * Any grievance ("refund", "never arrived", "broken", "still waiting", "scam", "how you treat customers") keeps the threat, laugh or not: "see you
 * in court lol, where's my refund" is a threat said lightly. Only the legal phrases in laughing sentences are set aside.
 */

/** A laugh or a wink: "lol", "haha", "jk", "😂". */
const EN_LAUGH = /\b(?:lol+|lmao|lmfao|rofl|ha(?:ha)+h?|he(?:he)+|jk|just kidding|kidding)\b|😂|🤣|😹|😆|😜|😉|😅|😄|😁|😛/u;
/** Praise the jest is about: "the best cake ever", "how good this price is". */
const EN_PRAISE =
  /\b(?:best|love|loving|loved|good|great|cute|gorgeous|amazing|delicious|perfect|beautiful|awesome|stunning|adorable|yummy|tasty|deserve)\b/;
const EN_ASKS = /\?|\b(?:how|what|when|where|which|can|could|do|does|is|are|will|any) (?:i|you|we|it|the|my|they|there|this|promo|codes?)\b/;
/**
 * A grievance: a refund, something broken, torn, dead or not working, late, missing or wrong, a charge, a cheat ("my
 * lawyer is going to love this, the couch arrived ripped" is sarcasm about a grievance, not praise).
 */
const EN_GRIEVANCE =
  /\b(?:refund(?:ed|s)?|money back|damaged|broken|broke|faulty|defective|missing|ripped|torn|tore|cracked|smashed|shattered|dented|scratched|stained|leak(?:s|ed|ing)|dead|(?:doesn't|don't|didn't|won't|isn't|not|stopped|never) work(?:s|ed|ing)?|fell apart|falling apart|never (?:arrived|came|got)|not (?:arrived|received|delivered)|hasn't (?:arrived|come)|still (?:waiting|not|no)|where(?:'s| is) my|late|delayed|wrong|overcharged|charged (?:twice|me)|scam(?:s|med|mers?)?|fraud\w{0,6}|ripped off|thie(?:f|ves|ving)|ignor(?:ed|ing)|unacceptable|disgusting|terrible|awful|worst|treat(?:s|ed|ing)? (?:your |ur )?(?:customers|people|ppl|buyers|shoppers|us|me))\b/;

function sentenceOf(phrase: string, english: string): string | undefined {
  return english.split(/(?<=[.!?])\s/).find((s) => s.includes(phrase));
}

function saidInJest(phrase: string, english: string): boolean {
  const sentence = sentenceOf(phrase, english);
  if (!sentence || !EN_LAUGH.test(sentence)) return false;
  return EN_PRAISE.test(sentence) || EN_ASKS.test(english);
}

/** The legal phrases without those said in jest (see the file's comment). */
export function withoutThreatInJest(found: readonly string[], english: string): string[] {
  if (!english || EN_GRIEVANCE.test(english)) return [...found];
  return found.filter((phrase) => /[\u4e00-\u9fff]/.test(phrase) || !saidInJest(phrase, english));
}
