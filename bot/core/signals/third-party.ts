/**
 * Who a feeling or an insult is about, when it is not the shop: the customer themself, or a third party in the clause's
 * subject. Read by emotion-aim.ts (a strong feeling beside a routine question) and insult-addressed.ts (whether an
 * insult word is abuse of the shop).
 *
 * - The customer themself: the insult's clause has I as its subject ("I'm such an idiot, I typed the wrong address",
 *   "ugh stupid me", "I feel so dumb", 我是电脑白痴, 我真系蠢到爆, 笨到家了我). A verdict on oneself, said to explain a slip.
 * - The courier as a third party: the person who carried the parcel named by their trade ("the courier", "the delivery
 *   guy", 快递员, 速递员, 宅配司机), in a message that reports a problem for the first time and does not give the courier
 *   to the shop ("your courier", "the courier you use", 你们的快递, 你们合作的快递) nor say the failure came again ("again",
 *   "every time", "third time", 又, 每次, 第三次). Anger at the courier's act beside a first report is not anger at the
 *   shop; the shop answers the problem first. Told again, or given to the shop, it is the shop's service failing.
 */

/** Someone of the customer's own circle (English, lower case), a noun after "my"/"our". */
export const EN_CIRCLE =
  '(?:cat|cats|dog|dogs|puppy|kitten|kid|kids|son|daughter|toddler|baby|husband|wife|partner|boyfriend|girlfriend|mum|mom|mother|dad|father|brother|sister|flatmate|flatmates|roommate|roommates|housemate|housemates|neighbou?r|neighbou?rs|boss|landlord|ex|family|in-laws|nan|gran|grandma|grandad)';

/** The courier as a person or a carrier company (English, lower case). */
const EN_COURIER =
  /\b(?:courier|couriers|driver|drivers|delivery (?:guy|guys|man|men|driver|drivers|person|people|bloke|lad|woman|rider)|postman|postie|mailman|dpd|evri|hermes|yodel|royal mail|parcelforce|ups|fedex|dhl|usps)\b/;
/** The courier given to the shop: "your courier", "the driver you use", "your delivery partner". */
const EN_COURIER_SHOPS =
  /\b(?:your|ur|yer)(?: [a-z]{1,12}){0,2}? (?:courier|couriers|drivers?|delivery|carriers?|shipping)\b|\b(?:courier|couriers|drivers?|carriers?|delivery (?:company|partner|firm|service)) (?:that |which |who )?(?:you|u) (?:guys |lot |people )?(?:use|used|chose|picked|hired|work with|send with|ship with)\b/;
/** A failure told as happening once more: "again", "every time", "third time", "not the first". */
export const EN_TOLD_AGAIN = /\b(?:again|every (?:single )?time|each time|yet again|(?:second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)) time|not the first)\b/;
/** The courier's failure told as one more: the above, and its habits ("always", "keeps", "third parcel"). */
const EN_AGAIN = new RegExp(
  String.raw`${EN_TOLD_AGAIN.source}|\b(?:everytime|always|keeps?|kept|constantly|once more|twice|(?:second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)) (?:parcel|order|delivery|package))\b`,
);
/** The shop told off in a statement of its own: "and so are you", "you lot never", "you clearly don't care". */
const EN_SHOP_TOLD =
  /\b(?:so (?:are|is) (?:you|your)|(?:you|u)(?: guys| lot| people)? (?:are|were|never|always|clearly|obviously|don't care|do not care|should|need to|ought to|hire|employ|use|pay)|you're|youre)\b/;

/** 快递员, 快递小哥 (folded to 快递员), 速递员, 派件员, 宅配司机, 司机, 邮差, and carriers named (顺丰, 中通…). */
const ZH_COURIER = /快递员|快递小哥|快递哥|速递员|派件员|派送员|送货员|配送员|送货的|司机|邮差|顺丰|中通|圆通|申通|韵达|百世|极兔|邮政|黑猫|宅急便/;
/** The courier given to the shop: 你们的快递, 你们合作的物流, 贵司的快递, 你们家的司机. */
const ZH_COURIER_SHOPS = /(?:你们|你|您|贵司|贵店)(?:的|家|家的)?(?:合作|签约|用|找)?(?:的)?(?:快递|物流|司机|送货|配送|宅配|速递)|(?:合作|签约)的?(?:快递|物流)/;
/** The shop pressed in the same message: 你们管不管, 你们到底, 给个说法. */
const ZH_SHOP_TOLD = /(?:你们|你哋|你|您)[^，。！？]{0,6}(?:管不管|到底|究竟|凭什么|怎么搞|搞什么|负不负责|不管|给个说法)/;
/** A failure told as happening once more: 又, 每次, 总是, 老是, 再次, 第二次, 不是第一次. */
export const ZH_TOLD_AGAIN = /又|每次|次次|总是|老是|再次|屡次|第[二三四五六七八九十两\d]次|不是第一次/;
/** The courier's failure told as one more: the above, and its habits (经常, 成日, 几次). */
const ZH_AGAIN = new RegExp(`${ZH_TOLD_AGAIN.source}|经常|成日|再一次|多次|几次`);

/** The courier named as a party (English): "evri", "the driver", "royal mail". */
export function namesCourierEnglish(text: string): boolean {
  return EN_COURIER.test(text);
}

/** The courier is a third party in this message: named, not given to the shop, the failure told once. */
export function courierIsThirdParty(text: string, chinese: boolean): boolean {
  if (chinese) return ZH_COURIER.test(text) && !ZH_COURIER_SHOPS.test(text) && !ZH_AGAIN.test(text) && !ZH_SHOP_TOLD.test(text);
  return EN_COURIER.test(text) && !EN_COURIER_SHOPS.test(text) && !EN_AGAIN.test(text) && !EN_SHOP_TOLD.test(text);
}

/** The courier as the subject at the head of a clause (English): "the courier's a complete muppet", "dpd are hopeless". */
export const EN_COURIER_SUBJECT =
  /^(?:(?:ugh|argh|omg|honestly|seriously|and|but|so|lol|well|tbh)\s){0,2}(?:the |that |this |our |my |a )?(?:[a-z]{1,12} )?(?:courier|driver|delivery (?:guy|man|driver|person|bloke|lad|woman|rider)|postman|postie|mailman|dpd|evri|hermes|yodel|royal mail|parcelforce|ups|fedex|dhl|usps)(?:'s|'re)?(?:\s|$)/;
/** The courier as the subject at the head of a clause (Chinese, folded, no spaces): 快递员太过分了. */
export const ZH_COURIER_SUBJECT = new RegExp(`^[^，。！？]{0,4}(?:${ZH_COURIER.source})`);

/** A verdict on a person (English): what a customer calls themself when they make a slip. */
const EN_VERDICT =
  /^(?:an? |such an? |a total |a complete |an absolute |an utter |the biggest |so |really |such )?(?:idiots?|morons?|muppets?|numpty|numpties|clowns?|dummy|dumb|stupid|thick|dense|silly|daft|useless|hopeless|clueless|careless|brain ?dead|dimwit|airhead|klutz|fool|twit|plonker|dumbass|eejit|idiotic|an idiot|retarded)$/;
/** The clause with I as subject, up to the verdict: "i'm such", "i am an", "i feel so", "me being", "i was a complete". */
const EN_I_BEFORE =
  /(?:^|[,.;:!?(]\s?|\b(?:and|but|so|lol|ugh|omg|honestly|because|cause|cos|coz|ok|okay|oops|whoops|well|sorry|yeah|yep|um|hmm|haha|lmao)\s)(?:i'm|im|i am|i was|i've been|ive been|i must be|i feel|i felt|i feel like|i felt like|feeling|feel|felt|me being|call me|i'm being|i'm just|what|i guess i'm|guess i'm)(?:\s(?:such|so|a|an|the|total|complete|absolute|utter|proper|right|bloody|literally|really|just|being|like|biggest|little|bit|of|massive|huge)){0,4}\s$/;
/** "stupid me", "silly me", "idiot me" at the head of a clause. */
const EN_X_ME_BEFORE = /(?:^|[,.;:!?(]\s?|\b(?:ugh|argh|omg|oh|lol|haha)\s)$/;
const EN_X_ME_AFTER = /^ me(?:[,.;:!?)]|$|\s(?:again|lol|haha|here|i\b|forgot|put|typed|ordered|paid|clicked|deleted|didn't|did)\b)/;
/** "what an idiot i am", "an idiot like me". */
const EN_X_I_AM_AFTER = /^ (?:i am|i'm|i was|am i|of me|like me)\b/;

/**
 * A verdict standing alone as the last clause, right after the customer told a slip of their own: "Ordered the wrong size
 * at 3am after my shift, brain dead", "typed my postcode wrong, total idiot lol". The subject left out is the one who
 * slipped, the customer; a clause of the shop's before it ("you sent the wrong size, brain dead") keeps it the shop's.
 */
const EN_OWN_SLIP =
  /(?:^|[,.;:!?]\s?|\b(?:i|we|i've|ive|we've|just|accidentally|then)\s)(?:ordered|typed|forgot|put|clicked|bought|entered|picked|chose|selected|paid|deleted|sent|misspelled|misspelt|spelled|spelt|used|booked|hit|pressed|tapped|left|lost|locked|mixed up|got)\b/;
const EN_BARE_VERDICT_BEFORE = /[,.;:!]\s?(?:(?:total|complete|absolute|utter|proper|such an?|an?)\s){0,2}$/;
const EN_BARE_VERDICT_AFTER = /^\s?(?:(?:lol|lmao|haha\w{0,6}|today|tonight|rn|atm|honestly|tbh|sorry)\s?){0,2}(?:[.!?]|$)/;
function bareVerdictAfterOwnSlip(text: string, index: number, word: string): boolean {
  // A verdict on many ("idiots", "clowns") is never the one customer's on themself.
  if (/(?:ots|ons|ets|wns|ies|ols|its)$/.test(word)) return false;
  const before = text.slice(Math.max(0, index - 120), index);
  if (!EN_BARE_VERDICT_BEFORE.test(before)) return false;
  if (!EN_BARE_VERDICT_AFTER.test(text.slice(index + word.length, index + word.length + 30))) return false;
  // The sentence (or clause run) told before the verdict: the customer's own slip, with nothing of the shop in it.
  const told = before.replace(EN_BARE_VERDICT_BEFORE, '');
  const sentence = told.slice(Math.max(...['.', '!', '?'].map((mark) => told.lastIndexOf(mark))) + 1).trimStart();
  // "ordered twice and it never came, idiot": the shop's failure told beside the customer's doing.
  return EN_OWN_SLIP.test(sentence) && !/\b(?:you|your|u|ur|ya|they|them|he|she|it|never|didn't|didnt|hasn't|hasnt|haven't|still|not)\b/.test(sentence);
}

/** The insult or verdict at `index` is said by the customer of themself (English, lower case). */
export function verdictOnSelfEnglish(text: string, index: number, word: string): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  const after = text.slice(index + word.length, index + word.length + 24);
  // "you must think I'm an idiot", "do you take me for a fool": the shop's view of the customer, not the customer's own.
  const clause = before.slice(Math.max(...[',', '.', ';', ':', '!', '?'].map((mark) => before.lastIndexOf(mark))) + 1);
  // "I'm such an idiot for trusting you lot": the verdict turned on the shop.
  const rest = after.split(/[,.;:!?]/)[0];
  if (/\b(?:you|your|u|ur|ya|they|them)\b/.test(clause) || /\b(?:you|your|u|ur|ya|y'all)\b/.test(rest)) return false;
  const bare = word.replace(/^(?:i'm |i am |im )/, '');
  if (!EN_VERDICT.test(bare) && !EN_VERDICT.test(word)) return false;
  if (/^(?:i'm|i am|im) /.test(word)) return true;
  if (EN_I_BEFORE.test(before)) return true;
  if (EN_X_ME_BEFORE.test(before) && EN_X_ME_AFTER.test(after)) return true;
  if (bareVerdictAfterOwnSlip(text, index, word)) return true;
  return /(?:^|[,.;:!?]\s?|\b(?:what|such)\s)(?:an? )?(?:(?:total|complete|absolute|utter|massive) )?$/.test(before) && EN_X_I_AM_AFTER.test(after);
}

/** A verdict on a person (Chinese, folded): 白痴, 蠢, 笨, 傻, 脑残, 智障, 手残, 路痴. */
const ZH_VERDICT = /白痴|蠢|笨|傻|脑残|智障|弱智|手残|路痴|废柴|废物|猪|低能|痴线/;
/**
 * The clause with 我 as subject, up to the verdict: 我是电脑白痴, 我真的是白痴, 我自己犯蠢, 我真是蠢死了, Cantonese 我真系蠢到爆
 * (folded 是). The spaces of a chat message are gone from the folded text, so the subject is the last 我 of the clause,
 * with nothing of the shop after it and no one before it doing it to the customer (你们把我当白痴, 被人说我蠢).
 */
const ZH_I_TAIL =
  /^我(?:自己)?(?:真的|真是|真系|实在|简直|果然|也|都|就)?(?:是|系|个|一个|这个|这种|犯|太|好|超|很|挺|蛮|有够|有点|真)[^，,。！!？?~～你您贵客商店机当]{0,5}$/;
const ZH_DONE_TO_ME = /(?:把|当|让|叫|说|骂|笑|被|给|觉得|以为|嫌)$/;
/** A verb that puts another as the object: 我觉得你们是白痴, 我看客服是猪 (someone else called it). */
const ZH_JUDGES_OTHER = /^我(?:觉得|看|认为|以为|发现|想|说|骂|笑)/;
/** The verdict and then 我 closing the clause: 笨到家了我. */
const ZH_I_AFTER = /^[^，,。！!？?你您]{0,4}我(?:[，,。！!？?~～]|$)/;

/** The insult or verdict at `index` is said by the customer of themself (Chinese, folded, no spaces). */
export function verdictOnSelfChinese(text: string, index: number, word: string): boolean {
  if (!ZH_VERDICT.test(word)) return false;
  const before = text.slice(0, index);
  const clause = before.slice(Math.max(...['，', ',', '。', '！', '!', '？', '?', '~', '～', '；', ';'].map((m) => before.lastIndexOf(m))) + 1);
  const me = clause.lastIndexOf('我');
  if (me >= 0) {
    const tail = clause.slice(me);
    return ZH_I_TAIL.test(tail) && !ZH_JUDGES_OTHER.test(tail) && !ZH_DONE_TO_ME.test(clause.slice(Math.max(0, me - 2), me));
  }
  return clause.length <= 4 && !/[你您]/.test(clause) && ZH_I_AFTER.test(text.slice(index + word.length, index + word.length + 8));
}
