import { namesCourierEnglish } from './third-party';

/**
 * Praise, thanks or surprise the customer turns on the shop, and scorn put as a question, regret or shame: a strong
 * feeling aimed at the shop in words that weigh as praise or weigh little one by one (shop-scorn.ts reads it beside
 * being taken for a fool).
 *
 * - praise said of the shop beside a failure: "you guys are hilarious. a month for a refund", 呵呵 你们真厉害 把我的东西又弄丢了,
 *   你们太会做生意了 卖个坏的给我还不给退;
 * - thanks for a failure told again or with weight: "cheers, really appreciate you sending me an empty box. twice.";
 * - surprise feigned at one more failure: "what a surprise, another delay", "colour me shocked";
 * - the shop asked what is wrong with it, whether it wants the customer's money, whether this is how it treats people,
 *   its people wished out of a job: "what is wrong with you people", "I'm starting to think you don't want my money",
 *   "i hope whoever designed this website gets fired", 你们就是这么对待老客户的, 这就是你们的服务;
 * - regret at having bought there, shame at how it trades: 我真是瞎了眼在你们家买东西, 买到你们家东西算我倒霉,
 *   做生意做成这样 丢人.
 *
 * Not read: praise meant ("you guys are amazing, the refund came so fast", 你们真厉害 第二天就到了), thanks for a fix
 * ("thanks for sorting the broken one"), praise of the goods ("the kettle is brilliant"), surprise at good news.
 */

/** The shop's people or the shop (English, lower case). */
const EN_SHOP = String.raw`(?:you|u|you guys|you lot|you people|you all|y'all|your (?:company|shop|store|team|staff|service|customer service|support|people)|this (?:company|shop|store))`;
const EN_PRAISE =
  String.raw`(?:hilarious|brilliant|amazing|incredible|fantastic|wonderful|great|geniuses|a genius|legends|unbelievable|impressive|efficient|a delight|something else|priceless|on the ball|top notch|a class act|really something|too much|the best|a treat|comedians|a comedy)`;
/** "you guys are hilarious", "your customer service is just brilliant". */
const EN_PRAISE_OF_SHOP = new RegExp(String.raw`\b${EN_SHOP} (?:are|'re|re|r|is|'s) (?:(?:so|just|really|truly|absolutely|honestly|seriously|such|a|real|proper|bloody|simply|actually) ){0,2}${EN_PRAISE}\b`);
/** A failure told in the message: the wait, the loss, the breakage, once more. */
// Not what may be the customer's own ("I lost my receipt") nor a speed ("arrived in two days").
const EN_FAILURE =
  /\b(?:again|twice|another|yet|still (?:no|not|nothing|waiting)|a (?:month|fortnight)|(?:\d{1,2}|two|three|four|five|six) (?:weeks|months)|late|delay(?:ed|s)?|wrong|empty|cancell?ed|ignored|no (?:reply|answer|response|refund|update)|nothing|on hold)\b/;
/** Praise meant: what went well, told beside it. */
const EN_MEANT =
  /\b(?:so (?:fast|quick|quickly)|quick(?:ly)?|fast|early|ahead of|sorted|fixed|resolved|replaced (?:it|them)|never (?:had|have) (?:a|any) (?:problem|issue)s?|love (?:it|them|this)|recommend)\b/;
/** Thanks beside the praise ("you lot are brilliant, thanks again for the help"): meant, unless for nothing. */
const EN_THANKS = /\bthank(?:s| you)(?! for nothing)\b/;
/** Thanks whose object is a failure: "appreciate you sending me an empty box", "thanks for losing my parcel". */
const EN_THANKED_FAILURE =
  /\b(?:thanks|thank you|thx|cheers|appreciate(?:d)?|love|loving|great job|good job|well done|nice one|nice work|bravo|kudos)\b(?: (?:so much|a lot|loads|really|for|you|guys|lot|again)){0,3} (?:losing|ignoring|wasting|breaking|messing|dumping|cancell?ing|keeping me (?:waiting|on hold)|making me wait|(?:sending|delivering|giving|shipping|charging|leaving)\b[^.!?]{0,40}?\b(?:wrong|empty|broken|damaged|cracked|expired|used|half|nothing|twice|again|late))\b/;
/** Weight on the thanks, or the failure counted: "really appreciate", "twice.", "again". */
const EN_WEIGHT = /\b(?:really|so much|a lot|loads|truly|seriously|twice|again|another|yet|second|third)\b|🙄|\/s\b/;
/** Surprise feigned at one more failure. */
const EN_FEIGNED_SURPRISE =
  /\b(?:what a (?:surprise|shock|shocker)|colou?r me (?:shocked|surprised|amazed|stunned)|surprise,? surprise|quelle surprise|big surprise|shocker|who (?:would|could)(?:'ve| have) (?:thought|guessed)|never would have guessed|didn't see that coming)\b/;
const EN_ONE_MORE = /\b(?:another|again|still|yet|late|delay(?:ed|s)?|no (?:reply|answer|refund|update)|cancell?ed|wrong|broken|nothing)\b/;
/** Scorn put as a question, a suspicion or a wish: what is wrong with them, do they want the money, sack whoever. */
/** The shop's people, as those asked what is wrong with them. */
const EN_SHOP_PEOPLE = String.raw`(?:you|u|you guys|you lot|you people|you all|y'all|your (?:company|staff|team|people))`;
const EN_SCORN_SAID: readonly RegExp[] = [
  new RegExp(String.raw`\bwhat(?:'s| is|s) (?:wrong|the matter) with ${EN_SHOP_PEOPLE}\b(?!'| (?:order|account|site|website|app|system|tracking|payment)s?\b)`),
  new RegExp(String.raw`\b${EN_SHOP} (?:don't|do not|dont|doesn't|does not) (?:even |actually |really |seem to )?want (?:my|our|customers'?|people's|anyone's) (?:money|business|custom)\b`),
  new RegExp(String.raw`\bdo(?:es)? ${EN_SHOP} (?:even |actually |really )?want (?:my|our|any) (?:money|business|custom|customers)\b`),
  new RegExp(String.raw`\bis (?:this|that) how ${EN_SHOP} treats? (?:your |all your |loyal |paying |long[- ]time |your loyal )?(?:customers|people|clients|shoppers|buyers)\b`),
  // Patience spent on the shop: "I have been more than patient", "my patience has run out", "last time I'm asking nicely".
  /\b(?:i've|ive|i have|i was|we've|we have) been (?:more than|extremely|incredibly|beyond|super|very very) patient\b|\b(?:my|our) patience (?:has |is |have )?(?:run|running|worn|wearing) (?:out|thin)\b|\b(?:running|run|ran) out of patience\b|\blast time (?:i'm|i am|im|i'll be|i will be) (?:asking|being) (?:nicely|politely|nice|polite)\b|\basking (?:nicely|politely) for the last time\b/,
  // The shop blamed for a day spoiled: "you've ruined my daughter's birthday".
  new RegExp(String.raw`\b${EN_SHOP}(?: have|'ve| has|'s)? (?:completely |totally |absolutely |officially )?(?:ruined|wrecked|spoiled|spoilt) (?:my|our|the) (?:[a-z']{1,12} ){0,2}(?:birthday|holiday|christmas|wedding|day|weekend|party|anniversary|trip|event|celebration|plans)\b`),
  // Incompetence in idiom: "you lot couldn't organise a piss up in a brewery", "couldn't find your way out of a paper bag".
  /\b(?:couldn't|could not|can't|cannot|cant) (?:organi[sz]e|run|arrange) a piss[- ]?up in a brewery\b|\b(?:couldn't|could not|can't|cannot|cant) (?:find|fight) (?:your|their) way out of a (?:paper|wet paper) bag\b/,
  // The shop wished out of business: "hope you go bust", "you'll be out of business by christmas".
  new RegExp(String.raw`\b(?:hope|hoping) ${EN_SHOP} (?:go|goes|get|gets|end up) (?:bust|bankrupt|under|out of business)\b|\b${EN_SHOP} (?:will|'ll|deserve to|should) (?:go bust|go bankrupt|go under|be out of business|go out of business)\b`),
  // Told to get its act together: "get your act together", "sort your shit out".
  new RegExp(String.raw`\b(?:get|pull) (?:your|ur) (?:act|shit|finger|socks|house) (?:together|out|up|in order)\b|\bsort (?:your|ur) (?:shit|life|act|company|business|service) out\b`),
  /\b(?:i )?(?:hope|hoping) (?:you|whoever|the (?:person|people|guy|genius|idiot|one|ones)|your [a-z]{2,12})\b[^.!?]{0,40}?\b(?:gets?|is|are|be|get) (?:fired|sacked|let go)\b/,
  new RegExp(String.raw`\b(?:regret|biggest mistake|worst mistake|worst decision)\b[^.!?]{0,30}?\b(?:order(?:ing|ed)?|buy(?:ing)?|bought|shop(?:ping|ped)?|spend(?:ing)?|spent) (?:anything |something )?(?:from|with|at) ${EN_SHOP}\b`),
];

/** The shop (Chinese, folded: 你哋 → 你们). */
const ZH_SHOP = '(?:你们|你们家|你们公司|你|客服|商家|卖家|店家|贵司|贵公司|贵店|平台)';
/** The shop named as this one: 这家店, 这间铺头 (呢间舖頭, folded), 这个商家. */
const ZH_THIS_SHOP = '(?:这|那)(?:家|间|个)(?:店|公司|铺头|铺|商家|网店|店铺)';
/** 你们真厉害, 你们太会做生意了, 客服可真专业. */
const ZH_PRAISE_OF_SHOP = new RegExp(
  `${ZH_SHOP}(?:真|可真|真是|真的|太|好|还真|也太|实在|可|就是)(?:是)?(?:厉害|行|棒|牛|能干|专业|会做生意|有本事|有效率|高效|靠谱|了不起|出色|有才|优秀|聪明|有能耐|能耐|可以)`,
);
/** A failure told in the message: again, broken, lost, wrong, refused, empty, still waiting. */
const ZH_FAILURE =
  /又(?:发错|寄错|送错|坏|丢|弄丢|搞错|错|延迟|拖|没|不|是这样|少|漏)|(?<!没|没有|不|不会)坏(?:了|的|掉)|丢了|弄丢|发错|寄错|送错|不给(?:退|换|处理|解决)|不退|空盒|空箱|没到|没收到|没发货|还没(?:到|发|退|收到|处理)|等了|拖了|一个月|骗|少了|漏发/;
/** Praise meant: what went well told beside it (第二天就到了, 很快, 谢谢). */
const ZH_MEANT = /很快|好快|超快|就到了|第二天|及时|解决了|处理好了|搞定了|谢谢|感谢|多谢|点赞|给力|完好|没坏|没有坏|推荐/;
/** 呵呵 before the shop is named with a failure told: scorn, not a laugh. */
const ZH_SNEER = /呵呵|嗬嗬|呵(?=[，,。！!\s])/;
/** Scorn said outright: how the shop treats people, what its service amounts to, regret, shame. */
const ZH_SCORN_SAID: readonly RegExp[] = [
  new RegExp(`${ZH_SHOP}(?:就是|就|都是|都|原来|一直)?(?:这么|这样|这样子|如此)(?:对待|对|服务|糊弄|敷衍|欺负|坑)(?:老)?(?:客户|顾客|消费者|客人|买家|我们|用户|会员)`),
  /这(?:就)?是你们(?:的|所谓的)(?:服务|售后|态度|效率|质量|诚信)/,
  // The shop wished out of business: 你们这种公司早晚倒闭, 活该倒闭.
  new RegExp(`(?:${ZH_SHOP}|${ZH_THIS_SHOP}|这种(?:公司|店|商家))[^，,。！？]{0,6}(?:早晚|迟早|赶紧|活该|一定会|等着)(?:要|会)?(?:倒闭|关门|完蛋|破产|执笠)`),
  // The staff said to be asleep or idle: 客服都在睡觉喔, 你们是不是都在摸鱼.
  /(?:客服|你们|你们的人|员工)(?:都|全都|是不是都|是不是)在?(?:睡觉|睡死|吃干饭|摸鱼)/,
  // Patience spent, a day spoiled by the shop: 我已经很有耐心了, 耐心都被你们磨光了, 你们把我女儿的生日都毁了.
  /(?:已经|够|非常|很|相当)有耐心了|耐心(?:都|已经|早就)?(?:被)?(?:你们)?(?:磨光|耗尽|用完|消磨光|没了)|最后一次(?:好好|客气地?|礼貌地?)(?:说|问|讲)/,
  new RegExp(`${ZH_SHOP}(?:把|彻底|直接)?[^，,。！？]{0,10}(?:毁了|搞砸了|破坏了|泡汤了)`),
  // A verdict on the shop's dealing: 商家太黑了吧, 呢间铺头真系离晒谱 (folded 这间铺头真是离晒谱), 你们真的很无良.
  new RegExp(
    `(?:${ZH_SHOP}|${ZH_THIS_SHOP})(?:真的|真是|真系|实在|也|就是)?(?:很|好|超|太|也太|够)?(?:黑心|无良|缺德|不要脸|无耻|离谱|离晒谱|烂透|坑爹)|(?:${ZH_SHOP}|${ZH_THIS_SHOP})(?:真的|真是|实在)?(?:太|好|超|也太|够)黑(?!色|白|五|猫|名单|科技|卡)`,
  ),
  /(?:做生意|开店|做服务|做电商|做客服|做售后)(?:做)?成(?:这样|这个样子|这样子|这副德性)|丢人现眼|(?:你们|你|商家|公司)(?:也|都)?(?:不|唔)(?:觉得)?(?:丢人|丢脸|羞耻|害臊|脸红)/,
];

/** Regret at having bought there, with the shop named: 我真是瞎了眼在你们家买东西, 买到你们家东西算我倒霉 (算我倒霉 alone blames the customer's own slip). */
const ZH_REGRET = /(?:瞎|盲)了(?:狗)?眼|眼(?:睛)?(?:瞎|盲)了|算我倒霉|算我(?:自己)?(?:瞎|蠢)|肠子(?:都)?悔青|后悔(?:死了)?(?:在|买|来|选)(?:了)?(?:你们|这家)/;
const ZH_SHOP_NAMED = /你们|你们家|这家店|这家|贵店|贵司|商家/;

function englishSarcasm(english: string): string | null {
  for (const pattern of EN_SCORN_SAID) {
    const hit = pattern.exec(english);
    // A courier wished out of a job is the courier's matter (third-party.ts), not the shop's.
    if (hit && !(/fired|sacked|let go/.test(hit[0]) && namesCourierEnglish(english))) return hit[0];
  }
  const praised = EN_PRAISE_OF_SHOP.exec(english);
  if (praised && EN_FAILURE.test(english.replace(praised[0], ' ')) && !EN_MEANT.test(english) && !EN_THANKS.test(english)) return praised[0];
  const thanked = EN_THANKED_FAILURE.exec(english);
  if (thanked && EN_WEIGHT.test(english) && !EN_MEANT.test(english)) return thanked[0];
  const surprise = EN_FEIGNED_SURPRISE.exec(english);
  if (surprise && EN_ONE_MORE.test(english)) return surprise[0];
  return null;
}

function chineseSarcasm(chinese: string): string | null {
  for (const pattern of ZH_SCORN_SAID) {
    const hit = pattern.exec(chinese);
    if (hit) return hit[0];
  }
  const regret = ZH_REGRET.exec(chinese);
  if (regret && ZH_SHOP_NAMED.test(chinese)) return regret[0];
  const praised = ZH_PRAISE_OF_SHOP.exec(chinese);
  if (praised && ZH_FAILURE.test(chinese.replace(praised[0], '')) && !ZH_MEANT.test(chinese)) return praised[0];
  const sneer = ZH_SNEER.exec(chinese);
  if (sneer && new RegExp(ZH_SHOP).test(chinese) && ZH_FAILURE.test(chinese) && !ZH_MEANT.test(chinese)) return sneer[0];
  return null;
}

/** The sarcasm or scorn aimed at the shop found in the message (English lower case, Chinese folded), or null. */
export function shopSarcasm(english: string, chinese: string): string | null {
  return (english ? englishSarcasm(english) : null) ?? (chinese ? chineseSarcasm(chinese) : null);
}
