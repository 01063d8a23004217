/**
 * A hospital named as a place or as a past circumstance, not as where a product put someone. The safety rule reads
 * "in hospital", 医院 and 住院 as an incident ("my son ended up in hospital after using your heater", 吃了你们的零食住院了,
 * "we spent the night in the ER"), and most messages that name a hospital mean one; two readings are not incidents:
 *
 * - the hospital as an address: where the customer works or where a parcel should go ("can you deliver to the hospital
 *   where I work", "ship it to the children's hospital reception", 能送到我上班的医院吗, 我在医院上班, a shift: 我在医院上夜班,
 *   Cantonese 我喺医院返夜班); the customer's
 *   trade says the same ("I'm a night nurse", 我是护理师) unless a cause is told;
 * - a stay told as the reason for something else, with a duration or an end and no cause ("I was in hospital for a
 *   month and now I can't remember my password", 我之前住院一个月 密码忘了, Cantonese 入咗医院两个礼拜…出返嚟, folded
 *   入了医院…出回来). Any word of a cause (using, eating, after
 *   your…, 吃了, 用了, 导致) keeps it an incident: "I was in hospital for two days after eating your snacks" is one.
 *
 * - a stay to come or under way, told as the customer's schedule: booked in ahead ("I'm going into hospital for a week so
 *   I'll miss the delivery", 我下周要住院, Cantonese 下个礼拜入院), or the customer in hospital now where a parcel cannot
 *   reach them ("I'm in hospital, can the courier leave it with my neighbour", 我在医院住院 快递送不了). With no cause told:
 *   "my daughter is in hospital now" and 孩子住院了 stay incidents (no delivery in them, and not the customer's own stay).
 *
 * - a stay of someone in the customer's household under way, told as the reason for a parcel's or an errand's change
 *   ("my mum's in hospital, can you deliver to my address instead", "my dad is in hospital, how do I start the return
 *   he asked me to do for him", 我妈住院了 想把收货地址改到医院, Cantonese 阿妈入咗医院 可唔可以改送货地址): the stay
 *   is the customer's schedule, as their own is. With nothing of a parcel or an errand, "my daughter is in hospital
 *   now" stays an incident; any word of a cause keeps it one.
 *
 * Only the hospital words are set aside: "deliver to the hospital where I work, the charger caught fire" is still a fire.
 * An ambulance, the emergency room, A&E and 急诊 are an incident, unless they are where the customer works ("I work in
 * A&E", 我在急诊科上班): then only they are set aside.
 */

/** The phrases of the safety rule that name a hospital (and nothing else that hurts). */
const HOSPITAL_WORD = /hospital|医院|住院|入院|送医/;

const EN_SUBJECT = String.raw`(?:i|we|he|she|they|my [a-z]{1,12})`;
const EN_HOSPITAL_PLACE = new RegExp(
  [
    // "the hospital where I work", "the hospital I work at".
    String.raw`\bhospital (?:(?:where|that|which) )?(?:i|we|my [a-z]{1,12}|he|she) (?:work|works|am working|volunteer|volunteers)\b`,
    // "I work at the hospital", "my night shift at the children's hospital", "I work nights on a hospital ward".
    String.raw`\b(?:work|works|worked|working|job|shift|shifts|volunteer|volunteering|employed|based|stationed)(?: (?:nights|days|nightshifts?|night shifts?|day shifts?|lates|earlies|weekends|part-time|full-time))? (?:at|in|for|on) (?:the |a |an |our |my )?(?:[a-z']{1,14} ){0,2}hospital\b`,
    // Where a parcel goes: "deliver to the hospital", "ship it straight to the hospital", "send my order to the hospital".
    String.raw`\b(?:deliver|delivered|delivering|delivery|ship|shipped|shipping|post|posted|mail|mailed|courier|redirect|address(?:ed)?|send (?:it|them|this|that|(?:the|my) (?:order|parcel|package|item|items|box|gift|replacement)))(?: (?:it|them|this|that|(?:my|the) (?:order|parcel|package)|directly|straight|instead))? (?:to|at) (?:me at )?(?:the |a |an |my |our )?(?:[a-z']{1,14} ){0,2}hospital\b`,
    String.raw`\bhospital(?:'s)? (?:address|reception|mailroom|mail room|post room|front desk|loading bay)\b`,
    // A shift said as chat says it, the preposition dropped: "working hospital nights", "on the hospital night shift",
    // "doing hospital shifts all week". A shift is worked, not suffered: no incident names its hospital so.
    String.raw`\b(?:work|works|worked|working|doing|do|does|did|on|pulling|covering)(?: (?:the|a|my|some|extra|more))? hospital (?:nights|days|lates|earlies|weekends|(?:night |day |late |early |long |double )?(?:shifts?|rotas?|rotations?|placements?))\b`,
  ].join('|'),
);
/**
 * The customer's trade: "I'm a nurse", "I am a night porter", or introduced as chat does at the message's start, "nurse
 * here, …", "night nurse here" (a workplace, unless a cause is told).
 */
const EN_HOSPITAL_TRADE =
  /\b(?:i'm|im|i am|i work as) (?:a |an )?(?:[a-z]{1,12} )?(?:nurse|doctor|porter|midwife|surgeon|paramedic|pharmacist|physician|carer|healthcare worker|junior doctor|registrar)\b|(?:^|[.!?;] ?)(?:[a-z]{1,12} )?(?:nurse|doctor|porter|midwife|surgeon|paramedic|pharmacist|physician|carer|healthcare worker|junior doctor|registrar) here\b/;
/**
 * A stay: "I was in hospital", "my mum has been in hospital", "I just got out of hospital", "while I was in hospital";
 * with the subject left out as chat does, at the start or after "and" ("was in hospital last week and missed the
 * delivery", "I had a fall and was in hospital for 10 days"). A harm told in the clause before is read by the rule's
 * other phrases ("my son fell off the scooter and was in hospital" keeps "fell off") and by the causes below.
 */
const EN_STAY = new RegExp(
  String.raw`(?:\b${EN_SUBJECT}(?:'ve|'d|'s| have| has| had)? |(?:^|[.!?;,] ?|\b(?:and|so|but) )(?:i've |i have |i'd )?)(?:been|was|were|spent(?: [a-z0-9]{1,10}){1,3}|(?:just )?(?:got|came) out of|(?:just )?(?:got|get|come|came|gotten|been) (?:back |home )+(?:from|out of)|(?:just|only just|fresh|freshly|recently) out of|was discharged from|left)(?: (?:stuck|admitted|kept|laid up|staying))? (?:(?:in|at|out of|from) )?(?:the )?hospital\b` +
    String.raw`|\b${EN_SUBJECT}(?:'ve|'d|'s| have| has| had)? (?:been |was |were )?hospitali[sz]ed\b`,
);
/**
 * A stay that is over or lasted: "for a month", "since June", "two weeks ago", "got out", or for a planned reason ("was
 * in hospital for surgery", "for my operation": the customer away, not an incident).
 */
const EN_STAY_OVER =
  /\b(?:since|until|till) [a-z0-9]{1,12}\b|\bfor (?:(?:my|an|a|some|his|her) )?(?:surgery|operation|op|procedure|treatment|tests|scans?|check-?ups?|chemo(?:therapy)?|knee replacement|hip replacement)\b|\b(?:for|during|over) (?:a|an|the|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|a few|weeks|months|days|ages|a while|most|christmas)\b|\bspent (?:a|an|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:days?|weeks?|months?)\b|\bin (?:january|february|march|april|june|july|august|september|october|november|december)\b|\blast (?:week|month|year)\b|\b(?:weeks|months|days|a week|a month|a year) ago\b|\b(?:got|came|just|been) out\b|\b(?:home|back) from (?:the )?hospital\b|\bdischarged\b/;
/**
 * A cause: what put someone in hospital. Any of it keeps the hospital an incident: "after the heater tipped over", not
 * "after that", "after I got out", "after surgery", "after a heart attack" (an illness or a treatment is no cause the
 * store has a part in), nor a time ("deliver after 5pm", "after work"). Goods failing are a cause wherever they stand
 * ("the ladder gave way and I was in hospital for a week", "the bike threw me off"), and so are goods named as the
 * store's ("the heater you sold me"); so does whatever "put my patient in hospital".
 */
export const EN_CAUSE =
  /\b(?:after(?! (?:that|which|i|we|he|she|they|getting|coming|being|leaving|having|giving birth|surgery|an operation|my (?:surgery|operation|op|stroke|fall|accident)|(?:a|an|his|her|my|their|our) (?:(?:bad|big|major|minor|mild|suspected|sudden|massive) )?(?:heart attack|stroke|operation|surgery|op|procedure|seizure|illness|infection|covid|birth|c-section|caesarean|transplant|chemo|bout of [a-z]{2,12})\b|\d{1,2}(?:[:.]\d{2})?(?: ?[ap]m)?|noon|midday|midnight|lunch|dinner|work|hours|dark|school|tomorrow|today|the weekend|(?:next|this) [a-z]{1,9})\b)|because|cause[ds]?|due to|thanks to|result of|(?:from|by) (?:using|eating|drinking|wearing|taking|trying|applying|touching|swallowing|playing with|charging|your|the|it|this|that|these|those)|used|using|ate|eaten|eating|drank|drinking|wore|wearing|swallow(?:ed|ing)?|reaction|poison(?:ed|ing)?|(?:you|u) (?:sold|sent|shipped|supplied)|(?:bought|ordered|got) (?:it |them |this |these |one )?(?:from (?:you|u)|here)|(?:the|it|its|this|that|your) (?:[a-z]{2,14} ){0,2}(?:gave way|gave out|collapsed|snapped|broke|exploded|blew up|caught fire|tipped over|toppled|fell apart|came apart|came off|melted|overheated|burst)|(?:threw|knocked|tipped|flung) (?:me|him|her|them|us) (?:off|over|out)|(?:put|landed|sent) (?:me|him|her|them|us|(?:my|our) [a-z]{1,12}) (?:in|into) (?:the )?hospital)\b/;

/**
 * A stay ahead, booked or expected: "going into hospital for a week", "I'll be in hospital next week", "admitted on
 * Monday". Not "going to hospital now" (on the way there, which an incident may be).
 */
const EN_STAY_AHEAD = new RegExp(
  String.raw`\b(?:going|go|goes|goin|heading|booked|due|scheduled|admitted|checking|check) (?:back )?(?:in|into|to|at) (?:the )?hospital (?:for|on|next|tomorrow|this|from|until|till|in|at the end|over)\b` +
    String.raw`|\b(?:will|'ll|going to|gonna|might|may|could|should) be (?:in|at|staying in|admitted to) (?:the )?hospital\b` +
    // A date ahead within a few words: "surgery at the hospital next Tuesday", "into hospital to have the baby next week".
    String.raw`|\bhospital (?:[a-z']{1,12} ){0,4}(?:next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|this coming [a-z]{1,9}|in (?:a|two|three|four|\d{1,2}) (?:days?|weeks?)(?! ago))\b` +
    String.raw`|\b(?:i'm|im|i am|i've|i have|i've got|i have got) (?:a |an )?(?:hospital (?:stay|appointment|admission)|(?:operation|surgery|op|procedure) (?:next|on|tomorrow|this|in))\b`,
);
/** The customer in hospital now: "I'm in hospital", "I'm stuck in hospital at the moment". */
const EN_IN_HOSPITAL_NOW = /\b(?:i'm|im|i am|we're|we are)(?: currently| still| stuck| laid up| staying| now| mostly| basically)? (?:in|at) (?:the )?(?:[a-z']{1,14} ){0,2}?hospital\b/;
/** Where a parcel cannot reach the customer: delivery, address, collection, someone to take it in. */
const EN_DELIVERY =
  /\b(?:(?:re-?)?deliver(?:y|ies|ed|ing)?|resend|send (?:it|them) again|cancel(?:led|ling)?|parcels?|packages?|courier|address|redirect|re-?route|neighbou?r|collect(?:ion)?|pick (?:it|them) up|sign for|miss(?:ed)? (?:the|my|it)|hold (?:it|my order|the order|the parcel)|not (?:be )?(?:at )?home|ship(?:s|ping|ped)?|dispatch(?:ed)?)\b/;

/** Someone of the customer's household or circle: "my mum", "my husband", "my flatmate". */
const EN_HOUSEHOLD =
  String.raw`my (?:mum|mom|mother|dad|father|parents?|wife|husband|partner|fianc[eé]e?|son|daughter|kid|child|baby|newborn|twins|little one|grandson|granddaughter|grandma|grandmother|nan|nana|gran|granny|grandad|grandpa|grandfather|brother|sister|aunt|auntie|uncle|friend|flatmate|roommate|housemate|neighbou?r|boss)`;
/** A stay of theirs under way: "my mum's in hospital", "my dad is still in hospital", "my wife has been in hospital". */
const EN_HOUSEHOLD_IN_HOSPITAL = new RegExp(
  String.raw`\b${EN_HOUSEHOLD}(?:'s| is| has been| was| will be)?(?: currently| still| stuck| now| staying)? (?:in|at) (?:the )?hospital\b` +
    // A birth, a treatment or an illness told as the stay: "my wife just had a baby in hospital", "my dad had his op at
    // the hospital"; a mishap ("fell off") stays among the rule's phrases, and a cause keeps the hospital an incident.
    String.raw`|\b${EN_HOUSEHOLD}(?: just| has just| has| had| is)? (?:had (?:a |our |the |her |his |their )?(?:baby|babies|twins|operation|surgery|op|procedure|c-section|caesarean)|gave birth|(?:is |was )?having (?:a |our |the |her |his )?(?:baby|operation|surgery|op|chemo|treatment)|(?:is |was )?giving birth) (?:in|at) (?:the )?hospital\b`,
);
/**
 * An errand the customer does for them: "the return for her", "send back a dress she bought", "on his behalf", or a
 * gift sent them ("send her a gift", "a get well hamper").
 */
const EN_ERRAND =
  /\b(?:gift|present|flowers|hamper|get well|card|send (?:her|him|them)|for (?:her|him|them)|on (?:her|his|their) behalf|(?:she|he|they) (?:bought|ordered|got)|(?:her|his|their) (?:order|parcel|package|return|account|refund))\b/;

/** The customer's workplace, or where a parcel goes (寄, 邮, 配送 always ship; 送 ships when asked for, not when someone was taken). */
const ZH_HOSPITAL_PLACE =
  /(?:改|换)(?:到|成|去)[^，。！？]{0,8}医院|(?:上班|工作|任职|实习|值班|夜班|住的|附近)的?医院|在医院(?:上班|工作|任职|值班|实习|当|做|打工|返工|轮班|(?:上|返|值|轮|做)?(?:夜|早|晚|白|中|大夜|小夜)班|返班)|医院(?:上班|工作|的?地址)|我们医院|(?:寄|邮|快递|配送|派送|送货|发货)(?:到|去|往|至|给)[^，。！？]{0,8}医院|(?:能|可以|可否|能不能|可不可以|帮我|请|直接)送(?:到|去)[^，。！？]{0,8}医院/;
/** The customer's trade: "我是护士", "我是护理师" (a workplace, unless a cause is told). */
const ZH_HOSPITAL_TRADE = /我是(?:[^，。！？是]{1,8}的)?(?:一名|一个|个)?(?:护士|护理师|护理人员|医生|医师|大夫|药剂师|护工|医护)/;
/** A stay that lasted or is over: "住院一个月", "住了两个礼拜院", "之前住院", "刚出院". */
const ZH_STAY_OVER =
  /(?:住院|住了?[^，。！？]{0,5}院|在医院(?:躺|待|呆|住)?|(?:入|进)了?医院)(?:了)?[^，。！？]{0,3}(?:[一二两三四五六七八九十几半0-9]{1,3}个?多?(?:天|周|星期|礼拜|月|年)|段时间|阵子)|(?:之前|以前|前阵子|前段时间|前些日子|上个?月|去年|那段时间)[^，。！？]{0,4}(?:住院|住了?[^，。！？]{0,5}院|在医院|入院|(?:入|进)了?医院)|出院|出了院/;
/** Cantonese "出返嚟" (folded 出回来): out again, after a stay named in the same message (入咗医院…出返嚟). */
const ZH_OUT_AGAIN = /出(?:回|返|翻)来/;
const ZH_STAY = /住院|住了?[^，。！？]{0,5}院|(?:入|进|在)了?医院/;
/** A stay ahead: "我下周要住院", "下个礼拜入院", "明天去医院做手术", "我准备住院". */
const ZH_STAY_AHEAD =
  /(?:下周|下个?礼拜|下个?星期|下个?月|明天|后天|过两天|过几天|这周|本周|月底|月初|周[一二三四五六日天末]|礼拜[一二三四五六日天]|星期[一二三四五六日天])[^，。！？]{0,4}(?:要|会|得|就|准备|安排|预约了?)?(?:住院|入院|进医院|去医院(?:做|动|开)?(?:手术|刀))|我(?:要|准备|快要|就要|得|将要|将|会)(?:去)?(?:住院|入院)/;
/** The customer in hospital now: "我在医院住院", "我现在住院". */
const ZH_IN_HOSPITAL_NOW = /我(?:现在|目前|正|还|这几天|最近)?(?:在医院|在住院|住院)/;
/**
 * Someone of the household in hospital now: 我妈住院了, 老公在医院, 阿妈入了医院 (Cantonese 入咗, folded), 阿爸住了院, with
 * what took them there between (我爸中风住院, 奶奶生病住院): an illness, never an act with goods or a mishap (我爸用电热毯住院,
 * 我妈摔倒住院 are not read here).
 */
const ZH_HOUSEHOLD_IN_HOSPITAL =
  /(?:妈|爸|母亲|父亲|老公|老婆|爱人|孩子|儿子|女儿|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|公公|岳母|岳父|哥|姐|弟|妹|朋友|室友|家人|家里人|嫲|阿爷|阿公|阿婆|老豆|老母|个仔|个女|舅|姨|叔|伯|姑)[^，,。！!？?；;\s用吃喝饮食玩戴穿坐摔跌烫烧电被碰摸涂擦]{0,5}?(?:住(?:了)?院|(?:入|进)(?:了)?院|在医院|(?:入|进)了?医院)/;
/** Where a parcel cannot reach the customer. */
const ZH_DELIVERY = /快递|送货|收货|签收|收件|取件|地址|配送|派送|寄|送不了|收不了|不在家|驿站|快递柜|代收|出货|发货|取消(?:订单)?|重新(?:寄|发|送|派)|(?:晚点|晚些|迟些|迟点|推迟|延迟|延后|改天|改期|下周|过几天)(?:再|先)?(?:送|发|寄|派)|暂停|先别发|别发/;
/** An errand for someone of the household: 帮她退个货, 替他取消, a gift sent them (送给他, 想给她买, 贺卡, 一束花). */
const ZH_ERRAND = /(?:帮|替|给)(?:她|他|佢|我妈|我爸|老人)|送(?:给|去给)?(?:她|他|佢)|礼物|贺卡|祝福卡|心意卡|卡片|鲜花|(?:一)?束花/;
/**
 * A cause: something eaten, used or touched, a passive of harm (被电到), goods failing (塌了, 断了, 爆了, 着火, 漏电). A
 * parcel's passive (包裹被退回, 快递被签收) is logistics, and a bone broken in a fall (摔断, 跌断) is the injury, not goods.
 */
export const ZH_CAUSE =
  /吃|喝|饮|食|用了|用过|使用|涂|擦|戴|玩|碰|摸|接触|因为|由于|导致|引起|造成|害|搞到|搞得|弄到|弄得|(?<!(?:包裹|快递|订单|货|件)(?:又|都|也|已经|已)?)被|过敏|中毒|塌|(?<![摔跌扭撞打])断(?:了|掉|开)|爆(?:了|开|炸)|炸(?:了|开|裂)|着火|起火|漏电|短路/;

/** The safety phrases without those that name a hospital as a place or a past stay (see the file's comment). */
export function withoutHospitalAsPlace(found: readonly string[], english: string, chinese: string): string[] {
  if (!found.some((phrase) => HOSPITAL_WORD.test(phrase))) return [...found];
  return namesHospitalAsPlace(english, chinese) ? found.filter((phrase) => !HOSPITAL_WORD.test(phrase)) : [...found];
}

/** The message names a hospital as an address, a workplace or a past stay, not as where an incident sent someone. */
export function namesHospitalAsPlace(english: string, chinese: string): boolean {
  const englishCause = EN_CAUSE.test(english);
  const chineseCause = ZH_CAUSE.test(chinese);
  const place = EN_HOSPITAL_PLACE.test(english) || ZH_HOSPITAL_PLACE.test(chinese);
  const trade = (EN_HOSPITAL_TRADE.test(english) && !englishCause) || (ZH_HOSPITAL_TRADE.test(chinese) && !chineseCause);
  const pastStay =
    (EN_STAY.test(english) && EN_STAY_OVER.test(english) && !englishCause) || ((ZH_STAY_OVER.test(chinese) || (ZH_STAY.test(chinese) && ZH_OUT_AGAIN.test(chinese))) && !chineseCause);
  // A stay now, or one told as why a parcel was missed ("I was in hospital with pneumonia and missed the delivery").
  const ownStay =
    ((EN_STAY_AHEAD.test(english) || ((EN_IN_HOSPITAL_NOW.test(english) || EN_STAY.test(english)) && EN_DELIVERY.test(english))) && !englishCause) ||
    ((ZH_STAY_AHEAD.test(chinese) || (ZH_IN_HOSPITAL_NOW.test(chinese) && ZH_DELIVERY.test(chinese))) && !chineseCause);
  const householdStay =
    (EN_HOUSEHOLD_IN_HOSPITAL.test(english) && (EN_DELIVERY.test(english) || EN_ERRAND.test(english)) && !englishCause) ||
    (ZH_HOUSEHOLD_IN_HOSPITAL.test(chinese) && (ZH_DELIVERY.test(chinese) || ZH_ERRAND.test(chinese)) && !chineseCause);
  return place || trade || pastStay || ownStay || householdStay;
}

// --- The emergency ward as a workplace -------------------------------------------------------------------------------

/** The safety rule's phrases that name an emergency ward (A&E, the ER, 急诊). */
const EMERGENCY_WORD = /a&e|\ber\b|emergency|急诊|急症/;
const EN_EMERGENCY_WORKPLACE = new RegExp(
  String.raw`\b(?:work|works|worked|working|job|shift|shifts|nights|based|nurse|nursing|doctor|registrar|consultant|porter|receptionist|staff) (?:in|at|on|for) (?:the |an |a |our )?(?:a&e|er|emergency (?:department|room|dept|ward))\b` +
    String.raw`|\b(?:a&e|er|emergency (?:department|room)) (?:nurse|doctor|registrar|consultant|porter|receptionist|staff|worker|shift|shifts)s?\b`,
);
const ZH_EMERGENCY_WORKPLACE = /在急(?:诊|症)(?:科|室|部)?(?:上班|工作|值班|返工|返班|实习|当|做)|急(?:诊|症)(?:科|室|部)?的?(?:护士|护理师|医生|医师|同事)|我是急(?:诊|症)/;

/** The safety phrases without an emergency ward named as where the customer works ("I work in A&E", 我在急诊科上班). */
export function withoutEmergencyWardAsWorkplace(found: readonly string[], english: string, chinese: string): string[] {
  if (!found.some((phrase) => EMERGENCY_WORD.test(phrase))) return [...found];
  if (!EN_EMERGENCY_WORKPLACE.test(english) && !ZH_EMERGENCY_WORKPLACE.test(chinese)) return [...found];
  if (EN_CAUSE.test(english) || ZH_CAUSE.test(chinese)) return [...found];
  return found.filter((phrase) => !EMERGENCY_WORD.test(phrase));
}
