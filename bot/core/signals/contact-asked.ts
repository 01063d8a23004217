/**
 * One of the shop's people asked to contact the customer, read by composition rather than by frame: in one clause, who
 * (someone, a colleague of yours, one of the team, your manager) and, after it, contact made with the customer by any
 * channel ("drop me an email", "send me a message on whatsapp", "ring my work number", "get back to me"). The frames
 * of agent-request.ts list the common word orders ("can someone call me"); this reading takes the ones they do not
 * ("could a colleague of yours drop me an email", "can one of the team send me a message").
 *
 * Not asked: how things will go ("will someone email me when it ships", "someone will call before delivery"), contact
 * that happened ("your rep emailed me yesterday", "someone called me but I missed it"), and the customer's own people
 * ("my colleague will text me the code").
 */

const WHO =
  /\b(?:some\s?(?:one|body)|a\s(?:real\s)?(?:person|human)|(?:a\s)?colleagues?\sof\syours|one\sof\s(?:your|ur|the)\s(?:team|staff|people|guys|folks|agents|reps|colleagues|advisors|managers)|(?:your|ur)\s(?:[a-z]{2,12}\s)?(?:team|staff|people|folks|guys|colleagues?|managers?|supervisors?|reps?|representatives?|agents?|advis[oe]rs?)|(?:a|an|the)\s(?:manager|supervisor|rep|representative|agent|advis[oe]r|staff\smember|member\sof\s(?:staff|the\steam)|team\smember))\b/;

/** Contact made with the customer, by any channel; a thing sent is no contact ("email me the invoice"). */
const CONTACT_ON_ME =
  /\b(?:(?:call|ring|phone|contact)\s(?:me|us)|(?:text|e-?mail|message|dm|pm|whatsapp)\s(?:me|us)(?!\s(?:the|a|an|my|your|our|this|that|it|them|its|tracking|confirmation|receipt|invoice|label|link|code|details)\b)|get\sback\sto\s(?:me|us)|reach\sout\sto\s(?:me|us)|get\sin\stouch\swith\s(?:me|us)|follow\sup\swith\s(?:me|us)|(?:drop|send|shoot|give)\s(?:me|us)\s(?:an?\s|a\squick\s)?(?:e-?mail|message|text|line|dm|call|ring|buzz|note)|(?:call|ring|phone|text|message)\smy\s(?:[a-z]{2,8}\s)?(?:phone|mobile|cell|landline|number|line))\b/;

/** Asked, not told: a modal or a plea before whom, or a want. */
const ASKED = /\b(?:can|could|would|may|please|pls|plz|need|want|like|let|have|get|ask|i'd|i\swould)\b/;
/** How things go, or what happened. */
const TOLD =
  /\b(?:will|won't|going\sto|gonna|when|once|before|after|if|yesterday|already|last|earlier|ago|called|rang|phoned|texted|emailed|messaged|contacted|said|told|promised|missed|never|didn't|hasn't|haven't)\b/;
/** The customer's own people: "my colleague", "our manager". */
const OWN_BEFORE = /\b(?:my|our|his|her|their)\s(?:[a-z]{2,12}\s)?$/;

/** The clause that asks one of the shop's people to contact the customer, or nothing. */
export function personAskedToContact(normalized: string): string[] {
  const found: string[] = [];
  for (const clause of normalized.split(/[.!?;]|\s-\s/)) {
    const text = clause.trim();
    const who = WHO.exec(text);
    if (!who || OWN_BEFORE.test(text.slice(0, who.index))) continue;
    const rest = text.slice(who.index + who[0].length);
    const contact = CONTACT_ON_ME.exec(rest);
    if (!contact || rest.slice(0, contact.index).split(/\s+/).filter(Boolean).length > 6) continue;
    if (!ASKED.test(text.slice(0, who.index + who[0].length + contact.index)) || TOLD.test(text)) continue;
    found.push(text.slice(who.index, who.index + who[0].length + contact.index + contact[0].length));
  }
  return found;
}
