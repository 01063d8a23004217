/**
 * A count of contacts read by who contacted whom. The repeated-contact rule reads "called three times", "twice",
 * "5 times already", 打了三次 as the customer chasing the store; three readings of a count are not:
 *
 * - someone else calling the customer: the courier, the driver ("the courier called three times trying to find my
 *   house", 快递员打了三次电话才找到我家, Cantonese 速递员打咗三次电话);
 * - the customer asking someone of their own ("I've asked my husband three times to check the mailbox", 我问了我老公两次);
 * - purchases counted: loyalty, not failure ("I've bought this shampoo 5 times already", 这个洗发水我已经回购五次了), and
 *   so is the store recommended ("twice now I've recommended you to friends");
 * - a thing that showed the same each time: "the tracking has said out for delivery three days in a row";
 * - contacts the customer says came to nothing needed, in the same sentence: "I emailed twice about the colours but
 *   then found the answer myself", 问了两次 后来自己找到了;
 * - the customer's own tries ("tried it twice now", 刚试了两次) and the store's own messages received ("getting like 3
 *   emails a day from you", 营销邮件天天发好几封);
 * - another shop chased ("I emailed the other shop three times", 在别家问了三次都没退): its story, told before a question
 *   to this store (another-shop.ts).
 *
 * The count is read in its own clause (up to a comma, a dash or a sentence end); any clause that counts the customer's
 * own contacts with the store keeps it.
 */

import { anotherShopsClause } from './another-shop';

const EN_OTHERS =
  /\b(?:courier|couriers|driver|drivers|delivery (?:guy|man|men|driver|person|people|rider|company)|postman|postie|mailman|postwoman|rider|dpd|ups|fedex|dhl|evri|hermes|royal mail|usps|the post office)\b/;
const EN_OWN_CIRCLE =
  /\b(?:asked|told|reminded|called|rang|phoned|texted|messaged|begged|nagged) (?:my|our) (?:husband|wife|partner|son|daughter|kids?|children|mum|mom|dad|mother|father|parents|brother|sister|neighbou?rs?|flatmates?|roommates?|friends?|boyfriend|girlfriend|family|colleagues?|boss)\b/;
const EN_PURCHASE = /\b(?:bought|buy|buying|ordered|ordering|purchased|re-?ordered|repurchased|used|worn|wore|washed|shopped|shopping|order(?:ing)? from you)\b/;
/**
 * Someone of the customer's own circle telling or asking the customer, not the store: "my daughter keeps telling me to
 * ask for a human", "my mum's always on at me", "my husband asked me twice if it came".
 */
const EN_CIRCLE_TELLS =
  /\b(?:my|our) (?:[a-z]{1,10} )?(?:husband|wife|partner|son|daughter|kids?|children|mum|mom|dad|mother|father|parents|brother|sister|neighbou?rs?|flatmates?|roommates?|friends?|boyfriend|girlfriend|family|colleagues?|boss|other half)(?:'s)? (?:(?:keeps|kept|has been|have been|is always|was always|always|just|also) )?(?:telling|told|tells|saying|says|said|asking|asked|asks|nagging|nagged|on at|reminding|reminded) (?:me|us)\b/;
/**
 * The customer as the one asked, told or treated: "3rd time asking myself why i keep buying stuff", "4th time this
 * month i've treated myself", 第三次问自己. No one is reached.
 */
const EN_SELF_REACHED =
  /\b(?:ask|asked|asking|tell|told|telling|remind|reminded|reminding|promise|promised|promising|treat|treated|treating|talk|talked|talking|convince|convinced|convincing) (?:myself|ourselves)\b/;
const ZH_SELF_REACHED = /(?:问|告诉|提醒|劝|说服|奖励|犒劳|对)(?:了|过|咗)?(?:我)?自己/;
/** 我妈一直说, 老公老是问我, 朋友叫我: someone of the customer's own circle tells or asks the customer. */
const ZH_CIRCLE_TELLS =
  /(?:妈妈|爸爸|老妈|老爸|阿妈|阿爸|妈|爸|老公|老婆|先生|太太|儿子|女儿|孩子|家人|朋友|同事|室友|男朋友|女朋友|闺蜜)(?:一直|总是|老是|天天|又|每次|经常|成日)?(?:说|讲|话|叫我|催我|问我|念我|唠叨|提醒我)/;

/**
 * The customer's own doings, which reach no one: "I've changed my password three times this month because I keep
 * forgetting it", "refreshed the tracking page ten times".
 */
const EN_OWN_ACTION = /\b(?:changed|reset|updated|forgot|forgotten|refreshed|re-?read|reread|checked|rechecked|tried|retried|attempted|entered|typed|used) (?:my|the|it|this|that|them)\b/;
/** The customer's own tries (试了两次, 输了三次): attempts at something, no one contacted. */
const ZH_OWN_ACTION = /(?:试|输入|输|尝试|重试|刷新|点)(?:了|过|咗)/;
/**
 * The store's own messages counted, as received: "getting like 3 emails a day from you", "too many emails from you guys
 * every single day", 你们的营销邮件天天发好几封. A
 * count of what the store sends is a question of how often it sends (unsubscribing, a newsletter), not the customer chasing.
 */
const EN_STORE_SENDS = /\b(?:a|per|each|every)(?: single)? (?:day|week)\b|\bdaily\b|\bunsubscribe\b|\bnewsletters?\b|\bmarketing\b|\bspam\b|\bpromo(?:tional)?s?\b/;
/** The store as the sender: "from you", "you keep sending", messages being received. */
const EN_STORE_SENDER = /\bfrom (?:you|u|your [a-z]{2,12})\b|\byou (?:keep )?(?:send|sending|sent)\b|\bstop sending\b|\b(?:getting|receiving|receive|get)\b/;
/**
 * The message asks to stop the store's mail ("too many emails lol how do i unsubscribe from the newsletter"): messages
 * counted beside it are the store's, unless the customer says they sent them.
 */
const EN_UNSUBSCRIBE_ASKED = /\b(?:unsubscribe|opt out|newsletters?|mailing list|marketing (?:emails|e-mails|messages|texts))\b/;
const EN_CUSTOMER_SENT = /\b(?:i|we)(?:'ve| have| had)? (?:sent|written|wrote|emailed|messaged|called|chased)\b/;
/** The store's messages each saying or promising something ("three separate emails from you saying within 5 days"): a chase. */
const EN_STORE_PROMISES = /\b(?:saying|says|said|promising|promised|telling|told|claiming|confirming|assuring)\b/;
/** A count of messages (the only counts the store's own sending explains). */
const MESSAGES_COUNTED = /e-?mails?|texts?|messages?|notifications?|封|条|邮件|短信|信息/;
/** Sent to the store by the customer (给你们发了三封): the customer's contacts whatever else the message says. */
const ZH_TO_STORE = /(?:给|向|跟)(?:你们|你哋|客服|商家)/;
const ZH_STORE_SENDS = /退订|营销|广告|推送|推广|垃圾(?:邮件|短信)|订阅|(?:天天|每天|一天)(?:都)?(?:给我)?发/;
/** The store reached: "you", its people, lines and couriers ("your team", "your courier"), not its goods ("try your candles"). */
const EN_STORE_CONTACT =
  /\b(?:you|your (?:support|team|staff|agents?|customer service|chat|help ?line|hotline|phone line|people|colleagues|reps?|office|store|shop|couriers?|drivers?|delivery|carriers?|company)|support|customer service|the store|the shop|an agent|agents|the team|chat)\b/;

/** The customer found the answer or no longer needs one: "found it myself", "never mind", 自己搞定了. */
const EN_SETTLED =
  /\b(?:found|figured|worked|sorted) (?:(?:it|the answer|that|this) )?(?:out )?(?:myself|ourselves|on my own)\b|\b(?:never mind|nevermind|no longer need|all sorted now|it's fine now|worked this time)\b/;
const ZH_SETTLED = /自己(?:找到|解决|搞定|弄好|搞掂|搞清楚)|后来(?:找到|解决|搞定|好了)|已经(?:解决|搞定|好)了|现在(?:好|得)了/;

/** Someone else: the courier, or a company or office that is not the shop (银行又搞错我张卡, 物业又把快递退回了). */
const ZH_OTHERS = /快递员|快递小哥|快递哥|速递员|派送员|送货员|配送员|司机|外卖员|骑手|师傅|邮差|顺丰|派件员|银行|航空公司|物业|邮局|电信|电讯|保险公司|房东/;
// The people around the customer's door too: 问过门卫也没有 (the doorman, the guard, the front desk) is no contact of the shop.
const ZH_OWN_CIRCLE = /(?:问|叫|提醒|催|告诉)(?:了|咗|过)?(?:我)?(?:老公|老婆|先生|太太|妈|爸|儿子|女儿|孩子|家人|邻居|朋友|同事|室友|门卫|保安|前台|管理处|物管|大堂|看更)/;
const ZH_PURCHASE = /回购|复购|买了|买过|买咗|下了?[^，。！？]{0,3}单|光顾/;
const ZH_STORE_CONTACT = /你们|你哋|客服|人工|商家|店家|平台/;

function clauseOf(text: string, phrase: string): string {
  const index = text.indexOf(phrase);
  if (index < 0) return '';
  const bounds = /[,.;!?—–，。；！？、]|\p{Extended_Pictographic}/gu;
  let start = 0;
  for (let m = bounds.exec(text); m && m.index < index; m = bounds.exec(text)) start = m.index + 1;
  bounds.lastIndex = 0;
  // A clause ends at punctuation, at an emoji, or where a question to the store starts ("…to shop here do you have a code").
  const rest = text.slice(index + phrase.length).search(/[,.;!?—–，。；！？]|\p{Extended_Pictographic}|\s(?:do|does|can|could|is|are|will|would) (?:you|i|we|there)\b/u);
  return text.slice(start, rest < 0 ? text.length : index + phrase.length + rest);
}

/**
 * The store recommended, not reached: "twice now I've recommended you to friends", "referred your shop to three people".
 * The store is what is recommended; the count is of the customer's word of mouth.
 */
const EN_RECOMMENDED = /\b(?:recommended|recommending|recommend|referred|referring|refer|suggested|introduced)\s(?:you|u|your (?:shop|store|site|brand|company|products?|stuff))(?:\s(?:guys|lot))?\s(?:to|around)\b/g;
/**
 * A thing that said or showed the same thing each time, not a contact: "the tracking has said out for delivery three days
 * in a row", "the app showed an error twice".
 */
const EN_THING_SAID = /\b(?:the|my) (?:tracking|status|order status|tracking page|app|website|site|page|order page|screen|checkout)\s(?:(?:has|have|had)\s)?(?:been\s)?(?:said|says|saying|show(?:s|ed|n|ing)?|display(?:s|ed|ing)?|read|reads|stuck|sat)\b/;

function othersContact(clause: string, chinese: boolean): boolean {
  if (anotherShopsClause(clause)) return true;
  if (chinese) {
    const ownCircle = ZH_OWN_CIRCLE.test(clause) || ZH_CIRCLE_TELLS.test(clause) || ZH_SELF_REACHED.test(clause);
    return (ZH_OTHERS.test(clause) || ownCircle || ZH_PURCHASE.test(clause) || ZH_OWN_ACTION.test(clause)) && !ZH_STORE_CONTACT.test(clause);
  }
  const reached = clause.replace(EN_RECOMMENDED, ' ');
  const recommended = reached !== clause;
  const ownCircle = EN_OWN_CIRCLE.test(clause) || EN_CIRCLE_TELLS.test(clause) || EN_SELF_REACHED.test(clause);
  return (EN_OTHERS.test(clause) || ownCircle || EN_PURCHASE.test(clause) || EN_OWN_ACTION.test(clause) || recommended || EN_THING_SAID.test(clause)) && !EN_STORE_CONTACT.test(reached);
}

function sentenceOf(text: string, phrase: string): string {
  const index = text.indexOf(phrase);
  if (index < 0) return '';
  let start = 0;
  const ends = /[.!?。！？]/g;
  for (let m = ends.exec(text); m && m.index < index; m = ends.exec(text)) start = m.index + 1;
  const rest = text.slice(index + phrase.length).search(/[.!?。！？]/);
  return text.slice(start, rest < 0 ? text.length : index + phrase.length + rest);
}

/** The repeated-contact phrases without counts of someone else's contacts or of purchases (see the file's comment). */
export function withoutOthersContacts(found: readonly string[], english: string, chinese: string): string[] {
  return found.filter((phrase) => {
    const isChinese = /[\u4e00-\u9fff]/.test(phrase);
    const text = isChinese ? chinese : english;
    // A reading told in two parts ("问过…也没") is found in the text by its first part.
    const located = phrase.includes('…') ? phrase.split('…')[0] : phrase;
    const clause = clauseOf(text, located);
    if (!clause) return true;
    const sentence = sentenceOf(text, located);
    const settled = (isChinese ? ZH_SETTLED : EN_SETTLED).test(sentence);
    const storeSends =
      MESSAGES_COUNTED.test(phrase) &&
      (isChinese
        ? ZH_STORE_SENDS.test(text) && !ZH_TO_STORE.test(clause)
        : !EN_STORE_PROMISES.test(clause) &&
          ((EN_STORE_SENDER.test(clause) && EN_STORE_SENDS.test(clause)) || (EN_UNSUBSCRIBE_ASKED.test(text) && !EN_CUSTOMER_SENT.test(clause))));
    return !settled && !storeSends && !othersContact(clause, isChinese);
  });
}
