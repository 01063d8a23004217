/**
 * Repeated contact told as a frequency over a span, or as the store's same answer on each occasion (failure-series.ts
 * reads the store's failures at a frequency; counted-contacts.ts contacts counted; this reads the contacts and the
 * answers themselves):
 *
 * - the customer reaching the store at a frequency: "every week i chat in", "i've been chatting with you people every
 *   day for two weeks", "been on the phone with you lot every day this week", "i email you every other day", 我每天都打电话
 *   来问, 每个礼拜都来催;
 * - the store's answer on each occasion: "every week i get told the refund is on its way", "two months of the same
 *   answer", "the same reply for weeks", 又一次被驳回 同样的理由, 每次都是同一个回答.
 *
 * Who reaches whom decides: the customer is the subject (I, we, or the subject dropped: "been on the phone…") and the
 * store the one reached (you, your team, support, "chat in"), or nobody named with the contact going nowhere ("i call
 * every day and nobody answers"). Not a repeat: the customer's habit ("i order every week", 我每个礼拜都会买), someone
 * else reached ("i chat with my friends every day, anyway where is my order", 每天打电话给我妈), a question about
 * frequency ("how often do you send newsletters", "do you deliver every day", 你们每天都发货吗), a supposition.
 *
 * Read in code over clauses: the patterns name a word or two each, and none spans a clause.
 */

// --- English -------------------------------------------------------------------------------------------------------

/** A frequency of occasions: "every day", "each week", "every other day", "every single morning", "day after day". */
const EN_OFTEN =
  /\b(?:(?:every|each)(?: single)?(?: other)? (?:day|week|weekday|morning|afternoon|evening|night|month|couple of days|few days|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|daily|day after day|week after week|day in day out|(?:twice|three times|[2-9] times) a (?:day|week))\b/;
/** A verb of contact. */
const EN_CONTACT =
  /\b(?:chat(?:ted|ting|s)?|call(?:ed|ing|s)?|ring(?:ing|s)?|rang|phon(?:e|ed|es|ing)|e-?mail(?:ed|ing|s)?|messag(?:e|ed|es|ing)|writ(?:e|es|ing)|wrote|written|contact(?:ed|ing|s)?|ask(?:ed|ing|s)?|chas(?:e|ed|es|ing)|explain(?:ed|ing|s)?|follow(?:ed|ing)? up|check(?:ed|ing)? in|on the phone|on hold)\b/g;
/** The customer as the subject: "i", "we've". */
const CUSTOMER = new Set(['i', "i've", "i'm", 'ive', 'im', 'we', "we've", "we're"]);
/** Words between the subject and the verb, passed over: "i have literally been", "we keep", "i've had to". */
const BETWEEN = new Set([
  'have', 'has', 'been', 'am', 'are', 'literally', 'now', 'just', 'already', 'honestly', 'basically', 'kept', 'keep',
  'still', 'even', 'also', 'then', 'had', 'to', 'need', 'needed', 'got', 'get', 'practically',
]);

/** The nearest subject before the verb is the customer's, or none at the clause's head ("been on the phone…"). */
function customerSubject(before: string): boolean {
  const words = before.split(' ').filter(Boolean);
  while (words.length > 0 && BETWEEN.has(words[words.length - 1])) words.pop();
  return words.length === 0 || CUSTOMER.has(words[words.length - 1]);
}

/** The one reached, right after the verb: the store ("you", "you lot", "your team", "support", "in"). */
const EN_STORE_REACHED =
  /^ (?:(?:in|back|up)(?: (?:to|with))? |(?:to|with|at) )?(?:you|u|ya|your|yall|y'all|this (?:chat|store|shop|company|number)|the (?:shop|store|company|helpline|hotline|support|team|chat|bot)|support|customer (?:service|support|care)|here|in|about (?:it|this|my|the))\b/;
/** Someone else reached: "with my friends", "my mum", "to the courier". */
const EN_OTHER_REACHED = /^ (?:(?:to|with|at) )?(?:my|our|his|her|their|a|an|the|some|friends|family|people|him|her|them|me|us|mum|mom|dad)\b/;
/** The contact going nowhere, told in the sentence: "and nobody answers", "still nothing", "same reply". */
const EN_NO_OUTCOME =
  /\b(?:still|nothing|no one|nobody|noone|no (?:answer|reply|response|update|refund|help|change)|same (?:answer|reply|response|thing|message|excuse|story)|never (?:hear|get|answer)|(?:nobody|no one) (?:answers|picks up|replies))\b/;
/** The store's answer given on the occasion: "i get told", "you tell me", "i'm given the same excuse". */
const EN_ANSWER_GIVEN =
  /\b(?:(?:i|we)(?: (?:just|only|always|still))? (?:get|got|am|'m|are|keep getting|keep being|get given|am given) (?:told|fobbed off|given|the same|a new|another|a different)|(?:you|they|your (?:[a-z]{1,12} )?(?:team|staff|agents?|people|support|bot)) (?:tell|tells|say|says|give|gives|reply|replies|promise|promises)(?: me| us)?)\b/;
/** The same answer held over a span: "two months of the same answer", "the same reply for weeks". */
const EN_SAME_ANSWER_SPAN =
  /\b(?:(?:days|weeks|months)|(?:\d{1,2}|two|three|four|five|six|several|a few|many) (?:days|weeks|months)) (?:of|now of) (?:the same|getting the same|hearing the same|being told)\b|\bsame (?:answer|reply|response|excuse|story|line|message)s? (?:for|over|every|each) (?:days|weeks|months|the (?:last|past)|(?:single )?(?:time|day|week))\b/;
/** A routine or a pleasure, not a chase: "i call you every week to place my order", "they are always lovely". */
const EN_ROUTINE =
  /\b(?:to (?:place|put in|make|book|order|buy|renew|top up|say (?:hi|hello|thanks))|my (?:usual|regular|weekly|standing) order|lovely|great|helpful|love|thanks|thank you|friendly|brilliant|amazing)\b/;
const EN_SUPPOSED = /\b(?:if|whether|in case|unless|suppose|what if)\b/;
const EN_ASKING_HEAD = /^(?:how|do|does|did|is|are|can|could|will|would|should|what|when|which|have|has)\b/;

/** The customer reaching the store at a frequency, in one clause. */
function reachedOften(clause: string, sentence: string): boolean {
  if (!EN_OFTEN.test(clause)) return false;
  for (const verb of clause.matchAll(EN_CONTACT)) {
    const at = verb.index ?? 0;
    // "every week i chat in": the frequency said first is passed over to find the subject.
    const before = clause.slice(0, at).replace(EN_OFTEN, ' ');
    if (!customerSubject(before)) continue;
    const after = clause.slice(at + verb[0].length);
    if (EN_STORE_REACHED.test(after)) return true;
    if (EN_OTHER_REACHED.test(after)) continue;
    if (EN_NO_OUTCOME.test(sentence)) return true;
  }
  return false;
}

function englishFrequency(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/[.!?;]+/)) {
    const trimmed = sentence.trim();
    if (!trimmed || EN_SUPPOSED.test(trimmed) || EN_ROUTINE.test(trimmed)) continue;
    const clauses = trimmed.split(/,| and (?=i |we |still|nothing|get |keep )| but /).map((c) => c.trim()).filter(Boolean);
    const told = clauses.find(
      (clause) => !EN_ASKING_HEAD.test(clause) && (reachedOften(clause, trimmed) || (EN_OFTEN.test(clause) && EN_ANSWER_GIVEN.test(clause))),
    );
    const same = EN_SAME_ANSWER_SPAN.exec(trimmed);
    if (told) found.push(told);
    else if (same && !EN_ASKING_HEAD.test(trimmed)) found.push(same[0]);
  }
  return found;
}

// --- Chinese (simplified, no spaces; Cantonese folded) -----------------------------------------------------------

/** A frequency of occasions: 每天, 每个礼拜, 天天, 每隔两天. */
const ZH_OFTEN = /(?:每一?个?(?:天|日|周|星期|礼拜|早|晚|早上|晚上)|天天|日日|每隔[一两二三几]天)(?:都|也|就|总|还)?/;
/** A contact following it: 打电话, 来问, 来催, 联系, 问你们, 发邮件. */
const ZH_CONTACT = /^(?:有|会|要|在|过来|来)?(?:打(?:个)?电话|打来|打过来|打给|来电|来问|来找|来催|来咨询|问|找|催|联系|留言|发(?:邮件|信息|消息|私信)|写信|咨询|反映|投诉|跟进|上线|在线|call)/;
/** Someone else reached after the contact: 给我妈, 跟朋友 (not 给你们, 跟客服). */
const ZH_OTHER_REACHED = /^(?:电话)?(?:给|跟|和|同)(?!你|客服|商家|店|贵司|这边|你们)/;
/** The store as the subject before the frequency: 你们每天都发货吗, 客服每天打给我. */
const ZH_STORE_SUBJECT = /(?:你们|你|客服|商家|他们|快递|司机)$/;
/** The same answer or reason given again: 又…同样的理由, 每次都是同一个回答, 次次都系同一句. */
const ZH_SAME_ANSWER = /(?:同样|一样|同一|相同)(?:的|个|套)?(?:理由|回复|回答|答复|说法|借口|话|句|答案|模板)/;
const ZH_AGAIN = /又|每次|次次|每回|回回|几次|好几[次遍回]|每一次|还是/;
const ZH_SUPPOSED = /如果|要是|假如|万一|若是|假设|的话/;
const ZH_ASKING = /[吗么呢]$/;

function chineseFrequency(text: string): string[] {
  const found: string[] = [];
  if (ZH_SUPPOSED.test(text)) return found;
  for (const clause of text.split(/[，,；;。！？!?\n]/)) {
    if (!clause || ZH_ASKING.test(clause)) continue;
    const often = ZH_OFTEN.exec(clause);
    if (!often || ZH_STORE_SUBJECT.test(clause.slice(0, often.index))) continue;
    const after = clause.slice(often.index + often[0].length);
    const contact = ZH_CONTACT.exec(after);
    if (contact && !ZH_OTHER_REACHED.test(after.slice(contact[0].length))) {
      found.push(clause);
      break;
    }
  }
  const same = ZH_SAME_ANSWER.exec(text);
  if (same && ZH_AGAIN.test(text) && !ZH_ASKING.test(text)) found.push(same[0]);
  return found;
}

/** Contacts at a frequency, or the store's same answer each time, in a message (normalised English and Chinese). */
export function contactFrequency(english: string, chinese: string): string[] {
  return [...(english ? englishFrequency(english) : []), ...(chinese ? chineseFrequency(chinese) : [])];
}
