/**
 * A problem told by its facts rather than by its name, read as the name the knowledge base uses for it, so the search
 * meets the article that answers it:
 * - **a date passed**: the shop said when it would come, and now is later ("checkout said it'd be here by Saturday,
 *   it's Monday", 下单时显示周六前送达 现在周一了, 話三日到 而家一個禮拜) — a late delivery;
 * - **a claim contradicted**: a courier, the tracking or the app says it was delivered, left or handed somewhere, and
 *   the place or the customer says otherwise ("the courier says he left it with the concierge, concierge has nothing",
 *   快递员说放驿站了 驿站说没有) — marked as delivered but not received;
 * - **one thing ordered, another received** ("ordered a black hoodie, got a pink t-shirt", 下单选的M 来了个XXL) — a
 *   wrong item;
 * - **part of an order absent**: fewer came than were ordered, half a set, a thing the box came without ("order was 3
 *   candles, only 2 came", "the bed frame came without the screws", 餐具少了一半, 买了两把只来了一把) — missing items.
 * - **paying over time in other words**: the cost spread or split, a bit each month, not all at once (一次付清吗,
 *   分几个月) — installments;
 * - **not to be had for long**: sold out for months, greyed out since spring, 一直没货, 好耐冇貨 — out of stock and restocks.
 * - **a refund shown done, the money not there**: the status, the app or an e-mail says refunded, and the money has
 *   not come ("it says refunded but the money isn't in my account", 显示已退款 但钱没到账) — the refund's status and
 *   timing, not a parcel marked as delivered;
 * - **the parcel itself gone**: the parcel, the package, the whole order gone missing ("my parcel has gone missing",
 *   "package is missing") — a lost parcel, not an item missing from one ("an item is missing from my order").
 * - **the customer's own wrong choice**: the customer is who chose wrong, a size or a colour ("i ordered the wrong size
 *   by mistake", "picked the wrong colour", 尺码买错了, 拍错颜色了, 买小了一码) — an exchange, not a wrong item received: the
 *   store sent what was ordered (發錯, "you sent the wrong size" stay a wrong item). Before it ships ("…by mistake, can
 *   I change it before it ships?", 还没发货) it is a change to the order instead, which the message's own words ask for:
 *   nothing is added.
 * - **a fit that is off**: a thing worn tried on and too small, too tight or too long, or that does not fit ("my husband
 *   tried the shirt on and the collar is too tight", 衬衫领口太紧, 鞋子有点挤脚, 褲頭太鬆) — an exchange for another size.
 *   The fit is read with a word of wearing or sizing beside it (tried on, size, collar, 穿, 尺码, 领口): "the box is too
 *   big for my letterbox" tells no fit.
 * - **money short**: part of the money back, so many dollars missing or short ("only part of my money came back, 12
 *   dollars missing?") — a partial refund, not items missing from a package.
 * - **where the thing bought is**: a purchase, then where it or they are ("bought shoes last week and still nothing,
 *   how do i see where they are") — tracking the order;
 * - **buying one more**: another, a second, one more of it ("can i order another one", 可以再订一个吗, 想再買多一個) —
 *   placing an order, not changing the one placed; the store sending one more ("send me another") is not it.
 * - **a container burst on the way**: a bottle, a jar, a can exploded in the box, no one hurt ("one bottle exploded in
 *   the box lol everything sticky", 酱油瓶在快递箱里爆开了) — goods damaged in transit (signals/burst-in-transit.ts).
 * What is read is the shape of the sentence (who said what, then what is; what was ordered, then what came), not the
 * things named: any product, any day. The concept is added to the words searched, never replaces them, and only when
 * nothing in the message makes it about someone else's timing or errand (a bus, a plumber, a flight, 师傅, 外卖: the
 * same shapes, not the store's). These are facts of how shoppers write, not of one store: a knowledge base without
 * the concept's words is not moved by them.
 *
 * Text arrives as `textForMatching` gives it: Chinese folded to simplified Mandarin (Cantonese and Taiwan wording
 * included), English as typed (read in lower case here).
 */
import type { Lang } from '../../contracts';
import { burstTold } from './signals/burst-in-transit';

export type ProblemShape =
  | 'date-passed'
  | 'claim-contradicted'
  | 'refund-not-there'
  | 'wrong-item'
  | 'missing-part'
  | 'paying-over-time'
  | 'long-out-of-stock'
  | 'parcel-gone'
  | 'own-wrong-choice'
  | 'fit-off'
  | 'money-short'
  | 'whereabouts'
  | 'buy-again'
  | 'burst-in-transit';

/** What each shape is called, in the words knowledge bases use (added to the search, never shown). */
const CONCEPT: Record<ProblemShape, { en: string; zh: string }> = {
  'date-passed': { en: 'delayed delivery, late, not arrived yet', zh: '物流延误 还没到' },
  'claim-contradicted': { en: 'marked as delivered but not received', zh: '显示签收但没收到' },
  'refund-not-there': { en: 'refund status, refund not received', zh: '退款进度 退款到账' },
  'wrong-item': { en: 'received the wrong item', zh: '收到的商品发错了' },
  'missing-part': { en: 'items missing from my package', zh: '包裹少件 少了东西' },
  'paying-over-time': { en: 'pay in installments', zh: '分期付款' },
  'long-out-of-stock': { en: 'out of stock, when is it back in stock', zh: '缺货 什么时候补货' },
  'parcel-gone': { en: 'lost parcel', zh: '包裹丢失' },
  'own-wrong-choice': { en: 'exchange it for a different size or colour', zh: '换货 换尺码 换颜色' },
  'fit-off': { en: 'exchange it for a different size', zh: '换货 换尺码' },
  'money-short': { en: 'refund amount is less than i paid', zh: '退款金额比我付的少' },
  whereabouts: { en: 'track my order', zh: '查物流 订单到哪了' },
  'buy-again': { en: 'how do i place an order', zh: '怎么下单' },
  'burst-in-transit': { en: 'item arrived damaged, broken in transit', zh: '收到的商品破损 运输途中损坏' },
};

// ---- English -------------------------------------------------------------------------------------------------------

/** Someone else's timing or errand: the same shapes, not the store's. */
const OTHER_ERRAND_EN =
  /\b(?:bus|buses|train|trains|tram|flight|flights|plane|taxi|cab|uber|lyft|plumber|electrician|builder|builders|engineer|technician|repairman|cleaner|doctor|dentist|appointment|meeting|exam|payday|salary|paycheck|wages|landlord|boss|restaurant|cafe|coffee|latte|pizza|takeaway|takeout|waiter|barista)\b/;

/**
 * The order not placed yet ("will it arrive by fri if i order now", "if we buy it today"): a question of how long
 * delivery takes, not a date promised and passed, whatever day is named and however "now" is said.
 */
const NOT_ORDERED_YET_EN =
  /\b(?:if|when|once) (?:i|we|you) (?:order|buy|purchase|place (?:an |the |my |our )?order|check ?out|pay)\b|\b(?:order|buy|purchase)(?: it| one| them)? (?:now|today|tonight|right now)\b|\bbefore (?:i|we) (?:order|buy)\b/;

/** Someone was to do something other than bring a parcel: call, visit, reply. */
const OTHER_ACTION_EN = /\b(?:call|ring|text|visit|meet|phone me|phone you|come over|come round|pick me up|reply|get back to me|email me back)\b/;
/** It came after all ("it says delivered today, thanks it's here"): no problem told. */
const CAME_EN = /\b(?:it's here|its here|it is here|it came|it arrived|got it|received it|thanks|thank you|thx)\b/;

/** When something was to come: a day, a date, a span of days, or a relative day. */
const WHEN_EN =
  /\b(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day)?\b|\bweekend\b|\bnext week\b|\blast week\b|\b\d{1,2}(?:st|nd|rd|th)\b|\bthe \d{1,2}\b|\b\d{1,2}[-–]\d{1,2} (?:working |business )?days\b|\b\d{1,2} ?(?:working |business )?(?:days?|weeks?)\b|\b(?:one|two|three|four|five|six|seven|ten) (?:working |business )?(?:days?|weeks?)\b|\b\d{1,2}(?:h|hrs?| hours?)\b|\bnext[- ]day\b|\b\d-day\b/;

/** What the shop said or showed about when it would come. */
const EXPECTED_EN =
  /\b(?:said|says|told|promised|promise|supposed to|meant to|due|expected|estimated|estimate|eta|should have|should've|shouldve|should be here|would be here|would arrive|would come|guaranteed|by|before|within|max|at the latest|delivery date|delivery window|arriving|arrive by)\b/;

/** Now is later than that: the present stated, a time since, or the date gone by. */
const NOW_LATER_EN =
  /\b(?:it's|its|it is|today is|today's|todays|now|we're on|we are on|we're at|we are at|day \d{1,2}|came and went|has passed|have passed|passed|ago|still|nothing yet|not here|isn't here|isnt here|hasn't arrived|hasnt arrived|no show|no sign|where is it)\b/;

/** Something was delivered, left or handed somewhere, by someone's account. */
const CLAIMED_EN =
  /\b(?:delivered|left(?! a (?:card|note|slip|message))|handed|dropped|put|placed|posted|pushed|signed|gave|given|took|taken|knocked|went in|in the locker|in my mailbox|in the mailbox|through the letterbox|with the concierge|with reception|with a neighbou?r)\b/;
/** Whose account it is: the courier, the tracking, the app. */
const CLAIMANT_EN =
  /\b(?:courier|driver|postman|postie|mailman|delivery (?:guy|man|person|driver|company)|carrier|tracking|app|status|it says|it said|says delivered|said delivered|they say it|they said it|marked|photo|signed for|proof of delivery)\b/;
/** And what is: nothing there, nobody has it, it did not happen. */
const CONTRADICTED_EN =
  /\b(?:nothing|no one|nobody|empty|not there|isn't there|isnt there|wasn't there|no record|no parcel|no package|has nothing|have nothing|doesn't have|doesnt have|don't have|dont have|didn't|didnt|did not|never|not mine|isn't mine|isnt mine|neither|not received|haven't received|havent received|no sign|was out|was away|was at work|was at school|wasn't home|wasnt home|wasn't in|wasnt in|not home|nobody home|no one home|all day)\b|\bsays? (?:she|he|they) (?:didn't|didnt|did not)\b|\bisn't my\b|\bisnt my\b/;

/** What was ordered. */
const ORDERED_EN =
  /\b(?:ordered|bought|paid for|asked for|picked|chose|selected|order said|order was|i got the|purchased)\b/;
/** How far after the ordered cue what came is looked for (characters): a story's later "the box it came in" is not it. */
const NEAR_EN = 60;
/** What came instead. */
const RECEIVED_EN =
  /\b(?:got|received|came(?! in\b)|arrived|sent|turned up|showed up|box had|box has|box says|label says|what came|instead|these are|this is|it's a|its a)\b/;

/**
 * Paying over time said in other words: the cost spread or split, paid over months or bit by bit, some now and the
 * rest later, or whether it must be paid all at once.
 */
const OVER_TIME_EN =
  /\b(?:spread|split|stagger|break up|divide) (?:the |my |it |this |that )?(?:cost|costs|payment|payments|price|total|amount|bill|it|out)\b|\bover (?:\d{1,2}|several|a few|some|three|six|twelve|a couple of) months\b|\b(?:pay|paying|paid) (?:for )?(?:it |this |that )?(?:all )?at once\b|\bin one go\b|\bin full (?:up ?front|now)\b|\bpay (?:some|part|half|a bit|a little) (?:of it )?now\b|\b(?:pay|paying) (?:it )?(?:monthly|every month|each month|per month|a month at a time|bit by bit|in bits|in chunks)\b|\brest later\b/;
/** A debt or a bill that is not the shop's: rent, a loan, a restaurant bill shared. */
const OTHER_BILL_EN = /\b(?:rent|mortgage|loan|tax|taxes|bill with|the bill at|phone bill|electricity|council tax|tuition|fees at)\b/;

/** Not to be had, for a long time or for good: the thing never back (sold out forever, greyed out since spring). */
const UNAVAILABLE_EN =
  /\b(?:sold out|out of stock|unavailable|not available|greyed out|grayed out|coming soon|no stock|none left|gone)\b/;
const LONG_OR_BACK_EN =
  /\b(?:forever|for ages|ages|for months|for weeks|months|weeks|since|ever|again|any news|give up|come back|coming back|be back)\b/;

/** Nothing came yet ("ordered a week ago and still haven't received anything"): no other thing received. */
const NOTHING_CAME_EN =
  /\b(?:haven't|havent|hasn't|hasnt|didn't|didnt|not|never|still|yet to|nothing) (?:received|got|gotten|come|came|arrived|get)\b|\bnothing (?:came|arrived|has come|has arrived)\b/;

/** Got "it", "them": the thing ordered, in another state ("ordered a steak medium and got it well done"), not another. */
const SAME_THING_EN =
  /^\s*(?:it|them|this|that|mine|my order|nothing|anything|yet)\b|^\s*(?:the |an? |my |your )?(?:confirmation|email|e-mail|receipt|invoice|tracking|refund|code|message|text|notification|update|link|label|call|reply|points)\b/;
const RECEIVED_ALL_EN = new RegExp(RECEIVED_EN.source, 'g');
const SHOP_GOT_EN = /\b(?:you|u|they|we|he|she)\s$/;

/** A wish or a change asked for before "instead": the customer's choice, not what arrived. */
const WISHED_EN = /\b(?:want|wanted|wants|wanna|prefer|preferred|would like|'d like|id like|rather|meant to|should have|switch|swap|change|exchange)\b/;
/** A received cue followed by a thing, not by the thing ordered again. */
function receivedAnother(window: string): boolean {
  for (const m of window.matchAll(RECEIVED_ALL_EN)) {
    // "no email to say you got the order": the shop received, not the customer.
    if (SHOP_GOT_EN.test(window.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "ordered the blue one but wanted the grey one instead": what the customer wishes for now, nothing came.
    if (m[0] === 'instead' && WISHED_EN.test(window.slice(0, m.index))) continue;
    if (!SAME_THING_EN.test(window.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** Fewer than ordered: "3 candles, only 2 came", "set of 6, there's 4", "paid for 2, there's 1". */
const NUMBER_EN = /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen)\b/g;
/** Two numbers joined by a slash: one figure ("24/7", "12/05"), whose halves are not a count ordered and a count come. */
const FIGURE_PAIR_EN = /\b\d{1,4}\/\d{1,4}\b/g;
const SIZE_EN = /\b(?:size|sizes|sz|a|an|uk|us|eu)\s?\d{1,2}\b/;
/** An age ("my 75 year old father", "a 5-month-old", "aged 80"): whose the goods are for, not a count ordered. */
const AGE_EN = /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ]?(?:years?|yrs?|months?|weeks?)[- ]old\b|\b\d{1,3}[- ]?yo\b|\baged \d{1,3}\b/g;
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, dozen: 12,
};
/**
 * Part of an order absent: half of it, come without a part, a part not in the box, only some. "Without the" alone is what
 * the customer would do ("can i return shoes without the box"), no part missing.
 */
const PART_ABSENT_EN =
  /\bhalf (?:the|of|my)\b|\b(?:came|come|comes|arrived|arrives|delivered|shipped|sent|turned up|showed up|got here|received (?:it|them)) (?:[a-z]{1,10} ){0,2}?without\b|\bwasn't in\b|\bwasnt in\b|\bweren't in\b|\bwerent in\b|\bisn't in\b|\bisnt in\b|\baren't in\b|\barent in\b|\bnot in the box\b|\bnot in there\b|\bno \w+ in the box\b|\bonly (?:got|came|received|one|two|half|had|has|contained)\b|\bwhere's the other\b|\bwheres the other\b|\bthe rest\b|\bcame with (?:\d|one|two|three|four|five)\b/;

/** Part of the money back, or a sum missing or short: "only part of my money came back", "12 dollars missing", "$8 short". */
const MONEY_SHORT_EN =
  /\b(?:part|some|half) of (?:my|the) (?:money|refund)\b|\b(?:\d{1,5}|a few|some) (?:dollars|bucks|pounds|euros|quid)\b[^.!?]{0,12}?\b(?:short|missing|less)\b|[$£€]\d{1,5}(?:\.\d{1,2})? (?:short|missing|less)\b/;

/** A refund said to be done: refunded, the refund issued or processed (as the status, an e-mail or the app shows it). */
const REFUND_DONE_EN = /\b(?:refunded|refund (?:was |has been |is )?(?:issued|processed|completed?|done|sent|approved|successful|confirmed))\b/;
/** …and the money not there: not received, not in the account, nothing yet. */
const MONEY_NOT_THERE_EN =
  /\b(?:not|never|nothing|no sign|still waiting|yet to|haven'?t|hasn'?t|didn'?t|don'?t|isn'?t|wasn'?t|aren'?t)\b[^.!?]{0,40}?\b(?:money|account|bank|card|statement|received|got|arrived|credited|showing|show up|see it|in my)\b|\b(?:money|it)\b[^.!?]{0,20}?\b(?:isn't|isnt|is not|hasn't|hasnt|has not|not)\b/;
/** 已退款, 退款成功, 显示退款完成 (folded: 退咗款 is 退了款). */
const REFUND_DONE_ZH = /已退款|已经退款|退款成功|退款完成|退款已完成|已退了?款|退了款|已经退了|已退回|已经退回/;
/** …and the money not come: 钱没到, 没收到钱, 还没到账, 没入账. */
const MONEY_NOT_THERE_ZH = /(?:没|没有|未|还没|还没有)(?:收到钱|收到|到账|入账|看到钱|到)|钱(?:还)?(?:没|没有|未)(?:到|收到|入账|看到)/;

/**
 * The parcel itself missing: a word for the whole consignment as what is (or has gone, went) missing. Not an item, a
 * piece or something "from" it: "my order is missing a cable", "parcel came but the charger is missing from it".
 */
const PARCEL_GONE_EN =
  /\b(?:parcel|package|packet|delivery|shipment|consignment|order|box)(?:'s| is| has| was| have| seems to have| seems to be| must have)?(?: been| gone| went| go| goes| gotten| got)? (?:missing|astray)\b(?! (?:a|an|one|two|some|the|my|from|item|items|piece|pieces|part|parts|things?)\b)/;
/** Something inside came, so what is missing is a part of it (missing-part reads that). */
const SOMETHING_CAME_EN = /\b(?:arrived|came|received|got it|opened|inside|in the box)\b/;

/**
 * One's own people, as the one who said or promised: "my sister said she'd post it", "my landlord said he left the
 * keys". Read only just before the saying, so "the driver said he gave it to my son" is still the courier's claim.
 */
const PERSON_EN =
  /\b(?:mum|mom|mother|dad|father|sister|brother|wife|husband|partner|boyfriend|girlfriend|bf|gf|friend|mate|son|daughter|aunt|uncle|grandma|gran|nan|grandpa|grandad|cousin|neighbou?r|landlord|landlady|council|boss|colleague|teacher|school|kid|kids)(?:'s)?$/;
/** Someone else's parcel ("my uncle's parcel from dhl"): not the customer's order with this store. */
const OWN_PEOPLES_PARCEL_EN =
  /\b(?:mum|mom|mother|dad|father|sister|brother|wife|husband|partner|boyfriend|girlfriend|friend|mate|son|daughter|aunt|uncle|grandma|gran|nan|grandpa|grandad|cousin|neighbou?r|landlord|boss|colleague)'?s (?:parcel|package|order|delivery|stuff)\b/;
const SAID_BY_EN = /\b(?:said|says|told|promised|claims?)\b/;

/** Whether the first saying in the text is a person's of the customer's own. */
function saidByOwnPeople(lower: string): boolean {
  const said = SAID_BY_EN.exec(lower);
  return !!said && PERSON_EN.test(lower.slice(Math.max(0, said.index - 24), said.index).trimEnd());
}

function englishShape(text: string): ProblemShape | undefined {
  const lower = text.toLowerCase();
  if (saidByOwnPeople(lower) || OWN_PEOPLES_PARCEL_EN.test(lower)) return undefined;
  if (OTHER_ERRAND_EN.test(lower) || OTHER_ACTION_EN.test(lower)) return undefined;
  const refunded = REFUND_DONE_EN.exec(lower);
  if (refunded && MONEY_NOT_THERE_EN.test(lower.slice(refunded.index + refunded[0].length))) return 'refund-not-there';
  const claimed = CLAIMED_EN.exec(lower);
  if (claimed && CLAIMANT_EN.test(lower) && CONTRADICTED_EN.test(lower.slice(claimed.index))) return 'claim-contradicted';
  if (MONEY_SHORT_EN.test(lower)) return 'money-short';
  if ((fewerThanOrdered(lower) || PART_ABSENT_EN.test(lower)) && !MONEY_EN.test(lower)) return 'missing-part';
  const ordered = NOTHING_CAME_EN.test(lower) ? null : ORDERED_EN.exec(lower);
  if (ordered && !MONEY_EN.test(lower) && receivedAnother(lower.slice(ordered.index + ordered[0].length, ordered.index + ordered[0].length + NEAR_EN))) return 'wrong-item';
  if (OVER_TIME_EN.test(lower) && !OTHER_BILL_EN.test(lower)) return 'paying-over-time';
  if (UNAVAILABLE_EN.test(lower) && LONG_OR_BACK_EN.test(lower)) return 'long-out-of-stock';
  if (PARCEL_GONE_EN.test(lower) && !SOMETHING_CAME_EN.test(lower)) return 'parcel-gone';
  if (OWN_CHOICE_EN.test(lower) && !STORE_CHOSE_EN.test(lower)) return NOT_SHIPPED_EN.test(lower) ? undefined : 'own-wrong-choice';
  if (FIT_OFF_EN.test(lower) && FIT_CUE_EN.test(lower) && !REMEDY_CHOSEN_EN.test(lower)) return 'fit-off';
  const purchased = PURCHASED_EN.exec(lower);
  if (purchased && WHERE_IT_IS_EN.test(lower.slice(purchased.index))) return 'whereabouts';
  if (BUY_AGAIN_EN.test(lower)) return 'buy-again';
  const expected = EXPECTED_EN.exec(lower);
  if (expected && WHEN_EN.test(lower) && !NOT_DELIVERY_EN.test(lower) && !CAME_EN.test(lower) && !NOT_ORDERED_YET_EN.test(lower) && NOW_LATER_EN.test(lower.slice(expected.index + expected[0].length))) return 'date-passed';
  return undefined;
}

/** Two counts, the later smaller, with a word of coming or being there after the first: fewer came than were ordered. */
function fewerThanOrdered(lower: string): boolean {
  // "ordered a 9 got a 7", "size 10": a size or a model, not a count.
  if (SIZE_EN.test(lower)) return false;
  // "24/7", "9/5", "3/4 full": a span of hours, a date or a share, written as one figure, not two counts.
  // "my 75 year old father … got his first tablet, how do I create one for him": an age is no count either.
  const counts = [...lower.replace(FIGURE_PAIR_EN, ' ').replace(AGE_EN, ' ').matchAll(NUMBER_EN)].map((m) => NUMBER_WORDS[m[0]] ?? Number(m[0]));
  if (counts.length < 2 || counts.length > 4) return false;
  const [first, second] = counts;
  return second < first && /\b(?:came|arrived|got|there's|theres|there is|there are|in the box|box has|box had|in it|in there|received|only)\b/.test(lower);
}

/**
 * The customer chose the wrong size or colour: "I" (or no one named) as the one who ordered, bought or picked it
 * ("i ordered the wrong size by mistake", "bought the wrong colour", "picked a size too small"). Bounded: a few words
 * between the verb and the size.
 */
const OWN_CHOICE_EN =
  /\b(?:ordered|bought|picked|chose|chosen|selected|clicked|went for|put in)(?: [a-z']{1,12}){0,2} (?:wrong|incorrect) (?:size|sizes|colou?r|colou?rs|fit)\b|\b(?:ordered|bought|picked|chose|selected|got)(?: [a-z']{1,12}){0,2} (?:size|one|pair) (?:too|a bit|way) (?:small|big|large|tight|loose)\b/;
/** The order not shipped yet, or the order itself to be changed: the wrong choice is mended by changing the order. */
const NOT_SHIPPED_EN =
  /\bbefore (?:it|they|the order|my order) (?:ships|ship|is shipped|are shipped|goes out|go out|gets sent|is sent|dispatch(?:es)?)\b|\b(?:hasn't|hasnt|has not|haven't|havent|not|isn't|isnt) (?:been )?(?:shipped|sent|dispatched)\b|\bjust (?:ordered|placed|bought)\b|\b(?:fix|change|edit|amend|update) (?:the|my) order\b/;
const NOT_SHIPPED_ZH = /还没发货|没发货|未发货|没有发货|发货前|发货之前|刚下单|刚下的单|刚买|刚拍|改订单|修改订单|改一下订单|改下订单/;

/** The store (or someone else) as the one who got it wrong: "you sent me the wrong size", "they packed the wrong colour". */
const STORE_CHOSE_EN = /\b(?:you|u|they|the store|the shop|warehouse|seller)(?: guys)? (?:sent|shipped|packed|gave|delivered|mailed|posted)\b|\b(?:sent|shipped|delivered) (?:me |us )?(?:the |a )?wrong\b|\breceived\b|\bgot sent\b/;

/** Too small, too tight, doesn't fit: a fit that is off, when a word of wearing or sizing is beside it (FIT_CUE_EN). */
const FIT_OFF_EN =
  /\b(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|won'?t|wont) fit\b|\b(?:too|way too|a bit|a little|bit|slightly|really|so) (?:small|big|large|tight|loose|short|long|snug|baggy|narrow|wide)\b/;
/** A return or a refund the customer names: the remedy chosen, which the message's own words ask for. */
const REMEDY_CHOSEN_EN = /\b(?:return|returning|send (?:it |them )?back|sending (?:it |them )?back|refund|money back)\b/;
const FIT_CUE_EN =
  /\btried (?:it|them|(?:the|my|his|her|a) [a-z]{1,12}) on\b|\btry (?:it|them) on\b|\bsize\b|\bsizes\b|\bfit\b|\bwear\b|\bwore\b|\bwearing\b|\bcollar\b|\bwaist\b|\bsleeves?\b|\blength\b|\bshoulders?\b|\btoes?\b|\bfeet\b|\bheel\b/;

/** A purchase told, then where "it" or "they" are: the thing bought, wherever it is. */
const PURCHASED_EN = /\b(?:bought|ordered|purchased|paid for)\b/;
const WHERE_IT_IS_EN = /\bwhere (?:it is|it's|its|they are|they're|theyre|is it|are they|they went|it went|it's at|they're at|it is at|they are at)\b/;
/** Too small, too tight, doesn't fit (穿不下, 挤脚, 不合身), when a word of wearing or sizing is beside it (FIT_CUE_ZH). */
const FIT_OFF_ZH = /(?:太|有点|有些|偏|略|好|超)(?:小|大|紧|松|短|长|肥|瘦|窄|宽)|穿不下|穿不上|不合身|不合脚|挤脚|夹脚|磨脚|不合适/;
/** Which way a size runs, asked before buying (偏大还是偏小, 会不会太小): no fit told. */
const FIT_ASKED_ZH = /还是|会不会|会太|会不会太|吗|[?？]/;
const REMEDY_CHOSEN_ZH = /退货|退款|退回|寄回|退掉|退了/;
const FIT_CUE_ZH = /穿|试|尺码|尺寸|码数|码|领口|腰|袖|裤|鞋|衣服|衬衫|裙|外套|肩|脚/;

/** The customer buying one more of it (not the store sending one: "send me another"). */
const BUY_AGAIN_EN =
  /\b(?:order|buy|get|purchase)(?: (?:another|a second|one more|two more|a couple more|some more)| (?:it|one|them|this|the same(?: one)?) again)\b/;

// ---- Chinese (folded to simplified Mandarin) -------------------------------------------------------------------------

const OTHER_ERRAND_ZH = /师傅|外卖|高铁|火车|动车|航班|班机|飞机|公交|巴士|地铁|出租车|的士|滴滴|网约车|老板|工资|出粮|餐厅|饭店|咖啡|医生|预约|开会|会议|考试|房东|装修|维修工|水电/;

/** When it was to come: a weekday, a date, a span, a relative day. */
const WHEN_ZH = /周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|\d{1,2}[号日]|[一二三四五六七八九十两\d]{1,3}(?:个)?(?:天|日|工作日|星期|礼拜|周)(?:内|之内|到|送达|发货)?|\d{1,3}小时|次日|隔日|隔天|上周|上个?星期|上个?礼拜/;
/** What the shop said or showed about it. */
const EXPECTED_ZH = /(?<!电)话|说好|说了|说是|说|预计|预估|显示|承诺|保证|答应|写着|写的|页面|本来|应该|该到|就该|讲好|前送达|前到|内到|内发|天到|日到/;
/** Now is later: the present, the time gone by, still nothing. */
const NOW_LATER_ZH = /该到了|应该到了|早该|本该|现在|今天|今日|都|已经|过了|过去|还没|还在路上|没到|没动静|没收到|第[一二三四五六七八九十\d]{1,2}[天日]|结果/;
/** The thing to come, arriving: a delivery, not a visit. */
const ARRIVAL_ZH = /到(?!现在|今天|目前|底|期|账|时)|送达|送|发货|发出|寄|收到/;

/** Someone's account that it was delivered or left: the courier, the tracking, the app. */
const CLAIMED_ZH = /(?:说|(?<!电)话|显示|写|写着|物流|系统|快递员|快递小哥|司机|速递员|派送员|app)[^，。！？]{0,12}?(?:放|签收|送达|妥投|代收|交给|交了给|派送|已送|送到|送了|配达|派了|派咗)/;
/** And what is: nothing there, nobody has it, not signed. */
const CONTRADICTED_ZH = /没有|没收到|没看到|没见到|说没|什么都没|啥都没|啥也没|空的|没签|不是我|没人|没收过|找不到/;

/** Fewer came than ordered: a count ordered, then a smaller one come; half of it; a part not given. */
const PART_ABSENT_ZH = /少了一半|少一半|只有一半|得一半|得返一半|只得[一两二三四五六七八九\d]|一半没|只来了|只到了|只收到|只有[一两二三四五六七八九\d]|才[一两二三四五六七八九\d][件个把双只套张]|没给|漏发|漏了|少发|少寄|少了[一两二三四五六七八九\d]?[件个把双只套张份]?/;
/** A count of things (三件, 5个), the character before it kept: 只到了三件, 得三件 say fewer came. */
const COUNT_ZH = /([一两二三四五六七八九十\d]{1,2})[件个样双只把套张份箱盒瓶]/g;
const CAME_BEFORE_ZH = /(?:到了|收到|来了|只有|得|才|只|剩)$/;
const DIGITS_ZH: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Two counts, the second smaller and said as what came (落咗五件 得三件). */
/**
 * One thing came and a part of it did not (电钻到了 电池没有, 電鑽到了 沒有電池): a part said absent after 到了 or 收到了.
 * Paperwork and messages (发票, 邮件, 物流信息) absent are their own questions.
 */
const ARRIVED_ZH = /到了|收到了|收到|拆开|打开/;
const PART_NOT_THERE_ZH = /没有[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,4}(?:没有|没给|不在)/;
const PAPERWORK_ZH = /发票|收据|小票|邮件|短信|通知|物流|单号|信息|消息|退款|回复|没人|没有人|在家/;

function partAbsentAfterArrival(text: string): boolean {
  const arrived = ARRIVED_ZH.exec(text);
  if (!arrived || PAPERWORK_ZH.test(text)) return false;
  const after = text.slice(arrived.index + arrived[0].length);
  return /^[了 ，,]*[ ，,]/.test(after) && PART_NOT_THERE_ZH.test(after);
}

function fewerCameZh(text: string): boolean {
  const counts = [...text.matchAll(COUNT_ZH)].slice(0, 4);
  if (counts.length < 2) return false;
  const value = (digits: string) => (/\d/.test(digits) ? Number(digits) : DIGITS_ZH[digits] ?? 0);
  const [first, second] = counts;
  return value(second[1]) < value(first[1]) && CAME_BEFORE_ZH.test(text.slice(Math.max(0, second.index - 3), second.index));
}

/** Money short (退款少了十块钱, 金额不对 少了) is a refund's or a charge's amount, not an item. */
const MONEY_ZH = /退款|退钱|金额|钱|块|元|蚊|扣款|收费|价/;
/** 下单选的M 来了个XXL: ordered (买的/选的/订的), then what came (来了个, 来的是, 到的是). */
const ORDERED_ZH = /买的|拍的|订的|下单的|选的|要的|点的|下单选的|买了|订了/;
const RECEIVED_ZH = /来了个|来了一个|来的是|到的是|到手是|到手的是|收到是|收到的是|发的是|寄的是|给我发了|给我寄了|给了我/;

/** Paying over time in other words: months, bit by bit, part now, or all at once. */
const OVER_TIME_ZH =
  /一次付清|一次性付|一次过给|一次过付|一次给完|全款|分[几两二三六十\d]{1,2}个?月|分[几两二三四五六\d]次付|分开付|分批付|分开几次|按月付|每个月付|每月付|一个月一个月|先付一部分|先付一半|先付一点|剩下的以后|每个月给|月供/;
/** Not to be had for a long time, or asked whether it comes back (一直没货, 好耐冇货, 从春天开始就没货, 还会上架吗). */
const UNAVAILABLE_ZH = /没货|没有货|缺货|无货|断货|卖完|卖光|售罄|下架/;
const LONG_OR_BACK_ZH = /一直|好久|很久|好耐|几个月|几周|开始|还会|再有|再上|补货|上架|到货/;
const OTHER_BILL_ZH = /房租|房贷|贷款|车贷|学费|水电费|话费|税/;

/** A promise of when, not an account of a delivery: 周三前送达, 三天内送到. */
const PROMISED_ZH = /[前内天日号][送配](?:达|到)/;
/** A refund's or a reply's time passed is not a delivery's. */
const NOT_DELIVERY_ZH = /退款|退钱|到账|回复|答复|客服|到期|过期|有效期|优惠|券/;
const MONEY_EN = /\b(?:refund|refunded|refunds|charged|charge|charges|payment|payments|paid twice|card|transaction|transactions|money|amount|price|gift card|gift cards|paid \$|\$\d|£\d|€\d|dollars|pounds|bucks)\b|[$£€]\d/;
const NOT_DELIVERY_EN = /\b(?:promo|code|coupon|voucher|expire|expired|expires|return window|to return|send it back|refund|refunded|money back|reply|replied|response|email back|call back|called back)\b/;

/** One's own people just before the first saying (我妹说, 房东说, 我阿妈话): not the shop's or the courier's word. */
const PERSON_SAID_ZH = /(?:妈|爸|妹|姐|哥|弟|老公|老婆|男朋友|女朋友|男友|女友|朋友|同事|老板|房东|儿子|女儿|阿姨|叔叔|奶奶|爷爷|外婆|老师|同学|物业|邻居)(?:说|话|讲|答应)/;
const SAID_ZH = /说|话|讲|答应/;
/** Someone else's parcel (我舅舅的包裹, 朋友的快递). */
const OWN_PEOPLES_PARCEL_ZH = /(?:妈|爸|妹|姐|哥|弟|老公|老婆|男朋友|女朋友|朋友|同事|老板|房东|儿子|女儿|阿姨|叔叔|舅舅|奶奶|爷爷|外婆|邻居)的(?:包裹|快递|订单|件)/;

/**
 * The customer chose the wrong size or colour: a buying verb with 错 after it (买错, 拍错, 选错, 下错, 订错, 点错) near a size
 * or a colour, or bought too small or too big (买小了, 买大了一码). 发错, 寄错 (the store's sending) are not the customer's.
 */
const OWN_CHOICE_ZH = /(?:买|拍|选|下|订|点|挑)错[\u4e00-\u9fff]{0,3}?(?:尺码|尺寸|码数|码|号|颜色|色|size)|(?:尺码|尺寸|码数|码|号码|颜色)[\u4e00-\u9fff]{0,2}?(?:买|拍|选|下|订|点|挑)错|(?:买|拍|选|订)(?:得)?(?:小|大)了/;

/** The customer buying one more (再订一个, 再买两件, 想再下一单, 再订多一个 from 再訂多一個): not the store sending one (再寄一个, 再发). */
const BUY_AGAIN_ZH = /再(?:订|买|下单|下一单|拍)(?:多)?(?:[一两二三几]|一点|些)/;

function chineseShape(text: string): ProblemShape | undefined {
  if (OTHER_ERRAND_ZH.test(text)) return undefined;
  const said = SAID_ZH.exec(text);
  if (said && PERSON_SAID_ZH.test(text.slice(Math.max(0, said.index - 4), said.index + said[0].length))) return undefined;
  if (OWN_PEOPLES_PARCEL_ZH.test(text)) return undefined;
  const refunded = REFUND_DONE_ZH.exec(text);
  if (refunded && MONEY_NOT_THERE_ZH.test(text.slice(refunded.index + refunded[0].length))) return 'refund-not-there';
  const claimed = PROMISED_ZH.test(text) ? null : CLAIMED_ZH.exec(text);
  if (claimed && CONTRADICTED_ZH.test(text.slice(claimed.index + claimed[0].length))) return 'claim-contradicted';
  if ((PART_ABSENT_ZH.test(text) || fewerCameZh(text) || partAbsentAfterArrival(text)) && !MONEY_ZH.test(text)) return 'missing-part';
  const ordered = ORDERED_ZH.exec(text);
  if (ordered && RECEIVED_ZH.test(text.slice(ordered.index + ordered[0].length))) return 'wrong-item';
  if (OVER_TIME_ZH.test(text) && !OTHER_BILL_ZH.test(text)) return 'paying-over-time';
  if (UNAVAILABLE_ZH.test(text) && LONG_OR_BACK_ZH.test(text)) return 'long-out-of-stock';
  if (OWN_CHOICE_ZH.test(text)) return NOT_SHIPPED_ZH.test(text) ? undefined : 'own-wrong-choice';
  if (FIT_OFF_ZH.test(text) && FIT_CUE_ZH.test(text) && !FIT_ASKED_ZH.test(text) && !REMEDY_CHOSEN_ZH.test(text)) return 'fit-off';
  if (BUY_AGAIN_ZH.test(text)) return 'buy-again';
  const expected = EXPECTED_ZH.exec(text);
  if (expected && WHEN_ZH.test(text) && ARRIVAL_ZH.test(text) && !NOT_DELIVERY_ZH.test(text)) {
    const after = text.slice(expected.index);
    if (NOW_LATER_ZH.test(after)) return 'date-passed';
  }
  return undefined;
}

/** The shape of the problem a message tells by its facts, if it tells one. */
export function problemShapeOf(matching: string, lang: Lang): ProblemShape | undefined {
  const shape = lang === 'zh' ? chineseShape(matching) : englishShape(matching);
  if (shape) return shape;
  // A bottle or a jar burst inside the parcel, no one hurt ("one bottle exploded in the box", 酱油瓶在快递箱里爆开了): goods
  // damaged on the way (signals/burst-in-transit.ts), told with no word of damage the articles use.
  const lower = matching.toLowerCase();
  if (burstTold(lang === 'zh' ? '' : lower, lang === 'zh' ? matching : '').length > 0) return 'burst-in-transit';
  return undefined;
}

/**
 * Shapes that correct how a word of the question itself is read ("12 dollars missing?": money, not an item missing from
 * the package), so that they hold over the question's own answer, unlike a problem told before a question.
 */
export const READS_THE_QUESTION: ReadonlySet<ProblemShape> = new Set(['money-short']);

/** The message with its problem's name added for the search, or the message as it is. */
export function withProblemNamed(text: string, matching: string, lang: Lang): { text: string; shape?: ProblemShape } {
  const shape = problemShapeOf(matching, lang);
  if (!shape) return { text };
  return { text: `${text} ${CONCEPT[shape][lang === 'zh' ? 'zh' : 'en']}`, shape };
}
