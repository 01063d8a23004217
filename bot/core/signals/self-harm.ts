/**
 * A customer at risk of harming themselves ("I don't want to live anymore", 我不想活了, 我唔想再活落去). The complaint
 * rules read these as a safety matter (a person at once, ahead of the queue); this module keeps the phrases in one
 * place so that the reply can be told apart too: the safety reply asks to call for help if someone is hurt, which is
 * not what a person in crisis needs to hear (they hear the crisis reply, with a crisis line, `bot.crisisEmpathy`).
 *
 * Not "don't want to live in the city", nor a laugh at a price ("I want to die lol"), nor 自杀式 ("suicidal" as a figure).
 */

/** English phrases, as regular-expression fragments matched as whole words in normalised lower-case text. */
export const SELF_HARM_EN: readonly string[] = [
  String.raw`(?:don't|dont|do not|no longer) want to (?:live|be alive|be here any ?more|go on)(?! (?:in|with|near|at|on|like|without|next|there|here)\b)`,
  String.raw`(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?) myself(?! (?:laughing|with laughter|trying|looking|searching))`,
  String.raw`end(?:ing)? (?:it all|my (?:own )?life)`,
  String.raw`suicid(?:e|al)(?! (?:squad|doors?|jump|run|pace|mission))`,
  String.raw`self[- ]harm(?:ing)?`,
  'better off dead',
  String.raw`no reason to (?:live|go on)`,
  String.raw`(?:i|i just|i really|i honestly) (?:want|wanna) to die(?![^.!?]{0,24}(?:lol|haha|lmao|😂|🤣|💀))`,
];

/** Chinese phrases, matched in simplified characters (traditional text and Cantonese are folded before). */
export const SELF_HARM_ZH: readonly string[] = [
  '不想(?:再)?活(?:了|下去|落去)', '活不(?:下|落)去', '(?:想|要|准备)?(?:去)?自杀(?!式)', '轻生', '寻死', '死了算了', '不如死了', '唔想(?:再)?活',
];

const WHOLE_EN = SELF_HARM_EN.map((phrase) => new RegExp(String.raw`^(?:${phrase})$`));
const WHOLE_ZH = SELF_HARM_ZH.map((phrase) => new RegExp(`^(?:${phrase})$`));

/**
 * Whether any of a message's complaint evidence is one of these phrases: the evidence is what the complaint rules
 * matched, so each phrase is tested whole against it, and nothing of the customer's text is read again.
 */
export function speaksOfSelfHarm(evidence: readonly string[]): boolean {
  return evidence.some((phrase) => phrase.length <= 80 && (WHOLE_EN.some((re) => re.test(phrase)) || WHOLE_ZH.some((re) => re.test(phrase))));
}
