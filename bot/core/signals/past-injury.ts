/**
 * An injury told as the customer's condition, the reason for a purchase, not one a product caused: "I injured my back
 * last year so I need a chair with lumbar support", "recovering from a knee injury, which brace?", "old shoulder injury,
 * is the massager ok for that". The safety rule reads "injury" and "injured" as an incident, which most messages that
 * name one are ("my son was injured by the gate"); a condition is past or lasting, and names nothing of the store's.
 *
 * Any word of a product or of the store as the cause ("your", "from using", "from the", "because of", "broke") keeps it
 * an incident. Only the injury words are set aside.
 */

const INJURY_WORD = /\binjur(?:y|ies|ed|ing)\b|^hurt (?:my|his|her) /;
const EN_CONDITION = new RegExp(
  [
    // "I injured my back last year", "hurt my knee skiing years ago".
    String.raw`\b(?:i|he|she|my [a-z]{2,12}) (?:injured|hurt) (?:my|his|her) [a-z]{2,12} (?:[a-z]{1,12} ){0,2}(?:last (?:year|month|summer|winter|spring|autumn)|years ago|months ago|a while (?:back|ago)|ages ago|playing|skiing|running|at work|at the gym|in (?:a|an|the) (?:[a-z]{1,12} )?(?:accident|crash|match|game))\b`,
    // "an old injury", "my knee injury", "recovering from a sports injury", "a back injury".
    String.raw`\b(?:old|previous|past|existing|long-term|chronic|sports|running|work|back|knee|shoulder|neck|ankle|wrist|hip|hamstring|rugby|football|skiing) injur(?:y|ies)\b`,
    String.raw`\brecover(?:ing|ed)? from (?:a|an|my|his|her) (?:[a-z]{1,14} )?injur(?:y|ies)\b`,
  ].join('|'),
);
const EN_CAUSE =
  /\b(?:your|yours|from (?:using|the|it|this|that|these)|because of|due to|caused|by (?:the|it|this|that)|broke|collapsed|snapped|gave way|fell (?:on|off|apart)|after (?:using|the|it))\b/;

/** The safety phrases without an injury told as the customer's condition (see the file's comment). */
export function withoutInjuryAsCondition(found: readonly string[], english: string): string[] {
  if (!english || !found.some((phrase) => INJURY_WORD.test(phrase))) return [...found];
  if (!EN_CONDITION.test(english) || EN_CAUSE.test(english)) return [...found];
  return found.filter((phrase) => !INJURY_WORD.test(phrase));
}
