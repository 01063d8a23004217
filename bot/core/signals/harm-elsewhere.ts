/**
 * Harm the customer tells as none of the store's doing, beside a routine question. The safety rule reads the words of
 * an incident (caught fire, food poisoning, 烫伤, 急诊), and most messages that hold them tell one the store must hear
 * about at once; four frames tell a harm that is not the store's:
 *
 * - disowned in so many words: "nothing to do with you", "not your fault", "not yours", "my own fault", 和你们没关系,
 *   跟你们无关, 不关你们事, Cantonese 唔关你哋事, 不是你们的;
 * - elsewhere: it happened at a restaurant, in the park, at a neighbour's, to the courier's van, on the news ("my
 *   friend got food poisoning at a restaurant so I'm cooking more, do you sell pans", 邻居家着火了 能改地址吗, 隔壁失火,
 *   新闻说快递站着火了, 狗狗在外面乱吃东西拉肚子);
 * - settled earlier: the matter was dealt with before ("the allergic reaction issue from before was sorted, thanks",
 *   之前的过敏问题已经解决了, 上次烫伤的事已经处理好了, Cantonese 搞掂咗);
 * - kept company: the customer sat with someone in the emergency ward and missed a parcel ("I was in A&E all night with
 *   my mum", 陪我妈在急诊待了一晚, Cantonese 陪阿妈喺急症室);
 * - ill at home, told as the schedule for a parcel ("my son has a fever so I'm home all week, can the courier come any
 *   time", 孩子发烧在家 快递能放驿站吗);
 * - the customer's own injury, illness or stay in hospital, told as why the parcel must come another way ("I broke my leg
 *   and I'm in hospital, can I change the delivery address to the hospital", 我骨折了在医院 能把收货地址改到医院吗), or as
 *   what keeps them in for an errand from home ("I'm housebound with a broken hip, can someone collect my return",
 *   我骨折了 行动不便 能取消订单吗), with a condition or a measure word between (我怀孕住院了, 我隻腳扭傷咗 folded 我只脚),
 *   or kept in till a time (下个月才能出门); someone of the household ill or in hospital, told as why the parcel must come
 *   later (宝宝发烧了 能不能晚点送, 我老公发烧住院了 快递放驿站吧), though never hurt (宝宝摔伤了 stays an incident); every
 *   harm the rules read must lie in those clauses.
 *
 * Only with a question or a request beside it, and only when the message names nothing of the store's as the cause
 * (your, you sold, bought here, 你们的, 你们家的, 用了你们): "my son burned his hand at school on the lamp you sold us"
 * stays an incident, and so does a harm told without a question ("my kid fell at the park because the scooter's bar
 * snapped" has no request, and a harm with no question is told to be acted on).
 */

import { chineseActivityBefore, harmHasOwnCause } from './harm-own-cause';

/** Said outright: not the store's doing (emotion-aim.ts reads the same disclaimers of a feeling). */
export const EN_DISOWNED =
  /\b(?:(?:nothing|not anything) to do with (?:you|u|your (?:shop|store|company|products?|stuff))|(?:not|none of) (?:your|ur) (?:fault|doing|product|products|problem|issue|concern|business)|not (?:yours|from you|from u|one of yours|bought (?:here|from you))|(?<=\()not (?:you|u|your|ur)(?: guys| lot| people| stuff)?(?: lol| haha| obviously| don't worry| dw)?(?=\))|(?:my|our|his|her|their) own (?:fault|doing|stupidity)|(?<!(?:is it|was it|it's not|its not|it isn't|not) )my fault(?! for)|(?:unrelated|not related) to (?:you|your|the order|my order|this)|(?:not|nothing) (?:you|u) (?:sold|sent)|not blaming (?:you|u))\b/;
export const ZH_DISOWNED =
  /(?:和|跟|与|同)(?:你们|你哋|你|贵店|你家|店家)(?:都)?(?:没|无|冇)(?:有)?(?:关系|关|相关)|(?:跟|和|与)(?:你们|你|贵店)无关|(?:不|唔)关(?:你们|你哋|你|贵店)(?:的)?事|(?<!是)不是(?:你们|你哋|你家|贵店)(?:的)?(?:错|问题|责任|产品|东西|货|嘅)?|不怪(?:你们|你|贵店)|(?:我|他|她|孩子|小孩)自己(?:不小心|弄的|搞的|的问题|的错|做饭|煮饭|煮嘢|煮东西|炒菜)/;

/**
 * Where else the harm came from: someone else's property on fire (a neighbour's house, next door, the courier's van, a
 * warehouse, 邻居家, 隔壁, 快递站), food eaten out (a restaurant, a takeaway, 饭店, 餐厅, 外卖, eaten outside: 在外面乱吃),
 * a harm told from the news, or the customer's home burned down before ("my card was destroyed when my house burned
 * down and I need a replacement", "lost everything in a house fire last year"). A place where goods are used (a park, a school, a beach) says nothing of the cause.
 */
// Another flat of the building (upstairs, the flat below): "fire alarm went off again (burnt toast upstairs lol)".
const EN_ELSEWHERE =
  /\b(?:upstairs|downstairs|the (?:flat|apartment|unit) (?:above|below|upstairs|downstairs))\b|\bneighbou?r(?:'s|s'?)? (?:house|flat|apartment|place|home|kitchen|building|garage|car)\b|\bnext door\b|\b(?:courier|driver|delivery|postman|carrier|dpd|ups|fedex|dhl|royal mail)'?s? (?:van|truck|lorry|depot|warehouse|car|hub)\b|\btheir (?:van|truck|lorry|depot|warehouse)\b|\b(?:on|in) the news\b|\bthe news (?:said|says|say|reported|reports|showed|shows)\b|\bnews (?:report|story|article|clip)\b|\bwarehouse down the road\b|\bat (?:a|the|some) (?:local )?(?:restaurant|cafe|café|takeaway|take-away|chippy|food truck|buffet)\b|\bsomething (?:he|she|it|they) (?:ate|found|picked up)\b|\b(?:when|after|since) (?:my|our|the) (?:house|flat|home|apartment|kitchen) (?:burned|burnt) down\b|\b(?:in|after|since) (?:a|the|our|my) (?:house|home|kitchen|flat) fire\b|\blost (?:everything|it all|all (?:my|our) [a-z]{2,12}) in (?:a|the) fire\b/;
const ZH_ELSEWHERE =
  /邻居家|隔壁|隔篱|对面楼|(?:在|喺)(?:饭店|餐厅|餐馆|饭馆|馆子|路边摊|大排档|茶餐厅|酒楼)|外卖|(?:在|喺)外(?:面|边)乱?吃|新闻(?:说|讲|报道|上)|快递站|物流中心|车祸|别人家/;

/**
 * Someone outside the household harmed by goods from elsewhere: "my neighbour got an electric shock off a cheap charger
 * from some market app", 邻居买了个杂牌充电器起火了, 同事网上随便买的山寨充电宝炸了. A neighbour, a friend or a colleague (not
 * the customer's own child or partner, whose harm may be the store's goods) and goods marked as not the store's: cheap,
 * fake, off-brand, from some app or market, 杂牌, 山寨, 三无, 地摊货. Told as why the customer asks before buying.
 */
const EN_OTHER_PERSON = /\b(?:my|our|a) (?:neighbou?r|friend|mate|colleague|co-?worker|workmate|roommate|flatmate|housemate|classmate|boss|friend's (?:kid|son|daughter))s?\b/;
const EN_GOODS_ELSEWHERE =
  /\b(?:cheap|knock-?off|fake|dodgy|off-?brand|no-?name|counterfeit|unbranded|bootleg)\b|\bfrom (?:some|a|another|an) (?:random |cheap |dodgy |dodgy-looking |online )?(?:market|marketplace|app|site|website|shop|store|seller|stall|street market|car boot sale)\b/;
const ZH_OTHER_PERSON = /邻居|朋友|同事|室友|舍友|同学|老板|闺蜜|哥们|街坊/;
const ZH_GOODS_ELSEWHERE = /杂牌|山寨|三无|地摊|假货|冒牌|水货|路边摊|(?:网上|外面)随便买|别家|别的店|其他店|某宝|某东|某多多/;
/**
 * The sentences that tell another's harm from goods bought elsewhere (lower-case English, or Chinese folded to
 * simplified). A feeling said in them ("…off a cheap charger from some market app, scary stuff") is about that story, not
 * the shop (emotion-aim.ts).
 */
export function othersHarmElsewhereSentences(text: string, chinese: boolean): string[] {
  const [person, elsewhere] = chinese ? [ZH_OTHER_PERSON, ZH_GOODS_ELSEWHERE] : [EN_OTHER_PERSON, EN_GOODS_ELSEWHERE];
  return text.split(chinese ? /[。！!？?；;]+/ : /[.!?;]+/).filter((sentence) => person.test(sentence) && elsewhere.test(sentence));
}
const enOthersHarmElsewhere = (english: string): boolean => othersHarmElsewhereSentences(english, false).length > 0;
const zhOthersHarmElsewhere = (chinese: string): boolean => othersHarmElsewhereSentences(chinese, true).length > 0;
/**
 * Where the store may still be named as the cause beside another's harm from goods bought elsewhere: not the clause
 * that tells that harm (its goods are not the store's: 朋友用了山寨充电宝着火了), and not a question about the store's own
 * goods ("are yours safe?", 你们的充电宝有安全认证吗). "my neighbour got a shock off the heater you sold him" keeps it.
 */
function claimsBesideOthersHarm(text: string, person: RegExp, elsewhere: RegExp, asked: RegExp, harm: RegExp, chinese: boolean): string {
  // Each clause with the mark that ends it, so that "are yours safe?" is read as asked; a contrast starts a clause of its
  // own ("a cheap one elsewhere but the one you sent me caught fire" names the store's), and in Chinese so does a space.
  const clauses = chinese
    ? text.match(/(?:但|可是|不过)?[^,，。!！?？;；\s但]+?(?=但|可是|不过|[,，。!！?？;；\s]|$)[,，。!！?？;；]*/g)
    : text.match(/(?:\b(?:but|though|however)\b)?[^,.!?;]+?(?=\b(?:but|though|however)\b|[,.!?;]|$)[,.!?;]*/g);
  // A question of the store's goods that tells no harm of its own ("are yours safe?") claims nothing.
  return (clauses ?? [])
    .filter((clause) => !(person.test(clause) && elsewhere.test(clause)) && !(asked.test(clause) && !harm.test(clause)))
    .join(' ');
}
/** A harm told in a clause (not 电 of 充电宝 alone): the clause tells something, whatever it asks. */
const ZH_HARM_TOLD = /伤|烫|烧|着火|起火|冒烟|触电|漏电|电到|爆|炸|医院|急诊|痛|疼|吐|泻|过敏|中毒|流血|肿|晕/;

/** A turn after the frame ("it was sorted last time but the charger is smoking again", 但是这次又冒烟了): a new harm. */
const EN_CONTRAST = /\b(?:but|again|still|yet|anymore)\b/;
const ZH_CONTRAST = /但|可是|不过|又|再次|仍然|还是/;
/**
 * What a contrast turns to: a harm of its own ("but the charger is smoking again", 但是这次又冒烟了), or only the parcel's
 * story (在医院照顾病人没空取快递 显示已签收但我没拿到), which a routine question answers. The clause after it decides.
 */
const EN_HARM_AFTER = /\b(?:fire|smok\w{0,3}|burn\w{0,2}|shock\w{0,2}|spark\w{0,3}|explod\w{0,3}|hurt|injur\w{0,4}|ill|sick|hospital|a&e|er|poison\w{0,4}|rash|swell\w{0,3}|reaction|bleed\w{0,3}|cut|pain)\b/;
const ZH_HARM_AFTER = /伤|烫|烧|火|烟|电|爆|炸|医院|急诊|痛|疼|病|吐|泻|过敏|中毒|流血|肿|晕/;
function contrastToHarm(text: string, contrast: RegExp, harm: RegExp): boolean {
  const m = contrast.exec(text);
  return !!m && harm.test(text.slice(m.index));
}

/** Dealt with before: a time gone by, then sorted. */
const EN_SETTLED =
  /\b(?:from before|last time|previously|last (?:week|month|year)|(?:weeks|months|a year|years) ago|(?:that|the) (?:issue|problem|incident|thing|matter))\b[^.!?]{0,40}\b(?:was|were|has been|have been|got|is|are|all|now|been) (?:all |fully |already )?(?:sorted|resolved|settled|handled|dealt with|taken care of|healed|recovered|fixed)\b|\b(?:is|are|was) (?:fully |all |now )?(?:healed|recovered) now\b/;
const ZH_SETTLED =
  /(?:之前|以前|上次|上回|那次|早前|上个?月|去年)[^，,。！!？?]{0,12}(?:已经|已|都)?(?:解决|处理好|处理完|处理了|搞定|搞掂|赔了|赔过|理赔|康复|痊愈|好了)|(?:已经|已)(?:解决|处理好|处理完|搞定|搞掂|赔偿|康复|痊愈)|搞掂(?:咗|了)/;

/** Someone of the customer's household (mum, dad, nan, son, wife…). */
const EN_HOUSEHOLD = String.raw`(?:mum|mom|mother|mam|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|wife|husband|partner|son|daughter|kid|kids|baby|child|boy|girl|little one|youngest|eldest|toddler|newborn|brother|sister|aunt|uncle|parents?|in-laws?)`;
/** Kept someone company in the emergency ward or a hospital. */
/**
 * Kept someone of the household company in the emergency ward or a hospital, and said so as what kept the customer from
 * a parcel or an errand, or that the one ill is fine: "I was in A&E all night with my mum, she's fine", "we were at
 * the ER with my son last night (he's fine)", "been in the ER with my dad all night so missed the delivery". The one
 * told as company is the patient; how they came to be there is no part of the message.
 */
const EN_CARE_PLACE_WORD = String.raw`(?:a&e|er|emergency(?: room| ward| department)?|hospital|icu|urgent care)`;
const EN_COMPANY_TOLD = String.raw`(?:\(?(?:(?:she|he|they)(?:'s| is|'re| are) (?:fine|ok|okay|alright|home|better|doing (?:ok|okay|fine|better)))|nothing to do with|so (?:i |we )?(?:missed|couldn't|could not|didn't|did not|wasn't|forgot|never|haven't|have not)|and (?:i |we )?(?:missed|couldn't|could not|didn't|forgot|never))`;
const EN_KEPT_COMPANY = new RegExp(
  String.raw`\b${EN_CARE_PLACE_WORD}\b[^.!?]{0,25}\bwith my ${EN_HOUSEHOLD}\b[^.!?]{0,30}${EN_COMPANY_TOLD}|\bwith my ${EN_HOUSEHOLD}\b (?:(?:all|last|over) [a-z]{3,9} )?(?:in|at) (?:the )?${EN_CARE_PLACE_WORD}\b[^.!?]{0,30}${EN_COMPANY_TOLD}`,
);
// The customer is the companion or the carer, whoever is ill: 陪老公挂急诊 (registered at the emergency ward with him),
// 在医院照顾病人, Cantonese 喺医院陪紧阿妈 (folded). The one beside the patient is no patient, and the goods hurt no one.
const ZH_KEPT_COMPANY =
  /陪(?:着|住|紧)?[^，,。！!？?\s]{1,6}?(?:在|去|喺|到|挂|看|睇|住|进|入)?(?:了|咗)?(?:医院|急诊|急症|诊所|看医生|睇医生)|(?:在|喺)(?:医院|病房|急诊|急症室)(?:里|度)?(?:陪|照顾|看护|护理|守)/;

/**
 * Someone ill at home, told as the customer's schedule for a parcel: "my son has a fever so I'm home all week, can the
 * courier come any time", 孩子发烧在家 快递能放驿站吗, 兒子發燒在家休息 包裹可以放管理室嗎.
 */
const EN_ILL = /\b(?:has|had|got|have|with|down with) (?:a |the )?(?:high |bad |slight |mild |nasty )?(?:fever|flu|cold|covid|temperature|stomach bug|tummy bug)\b/;
const EN_AT_HOME = /\b(?:home|in bed|off (?:work|school))\b/;
const EN_PARCEL = /\b(?:courier|deliver(?:y|ed)?|parcel|package|collect(?:ion)?|driver|neighbou?r|pick ?up|sign for)\b/;
/** In one sentence: someone ill, at home, and the parcel. */
/**
 * Someone of the household ill, told as the customer's own dilemma and asked about as a life choice, not about anything
 * bought ("my mom is sick and I don't know if I should move back home to help. what would you do"): the illness has no
 * cause in its clause (from, after, because), and nothing of the store's is named anywhere, so the store is asked for
 * advice it declines, not told of a harm.
 */
const EN_LIFE_CHOICE =
  /\b(?:what (?:would|should|do) (?:you|i) do|what do you (?:think|suggest|recommend) i (?:should )?do|(?:if|whether) (?:i|we) should (?:move|go|stay|quit|leave|visit|take|fly|travel)|should (?:i|we) (?:move|go home|stay|quit|leave|visit|take time off|fly|travel)|any advice)\b/;
const EN_ILL_CAUSED = /\b(?:from|after|because|since|due to|by) /;
const EN_STORE_NAMED = /\b(?:your|ur|order(?:s|ed)?|bought|purchased|parcel|package|delivery|product|item|sold|ate|drank|used|tea|food)\b/;
const enIllAsLifeChoice = (english: string): boolean => {
  const ill = new RegExp(EN_HOUSEHOLD_ILL).exec(english);
  return !!ill && !EN_ILL_CAUSED.test(ill[0]) && EN_LIFE_CHOICE.test(english) && !EN_STORE_NAMED.test(english);
};
const enIllAtHome = (english: string): boolean =>
  english.split(/[.!?]+/).some((sentence) => EN_ILL.test(sentence) && EN_AT_HOME.test(sentence) && EN_PARCEL.test(sentence));
const ZH_ILL_AT_HOME = /(?:发烧|发高烧|感冒|生病|病了|不舒服|流感)[^，,。！!？?]{0,4}(?:在家|在屋企|喺屋企|休息|躺)[^。！!？?]{0,16}(?:快递|包裹|驿站|管理室|管理处|快递柜|收货|签收|派送|配送|送货|寄|地址|取件|收件)/;

/**
 * The customer's own harm, told as why the parcel must come another way: "I broke my leg and I'm in hospital, can I
 * change the delivery address to the hospital", "sprained my ankle so can the courier leave it with my neighbour",
 * 我骨折了在医院 能把收货地址改到医院吗. The customer is the one who broke, sprained or was admitted (the subject of the harm,
 * so no thing is its agent), the harm's clause names no cause (by, from, using, because, since I started…, an act done to
 * a thing: "hurt my back lifting it"; 的时候), and what is asked changes where, when or how a parcel comes ("later",
 * "upstairs", "from my door", 上楼, 推迟, 改期). "I broke my wrist when the stool collapsed, can you collect it" tells a cause
 * and stays one. The customer ill counts as harmed (a fever, the flu, 发烧, 感冒, 生病) and a fall as its kind of harm
 * (摔骨折, Cantonese 跌亲), with the body part or the subject left out as chat does (最近腰扭伤了).
 */
const EN_OWN_HARM =
  /(?:^|[,.;:!?] ?|\b(?:and|so|but) )(?:(?:i|i've|ive|i have|i'm|im|i am|i was|i got)(?: just| recently| literally| currently| really)? |^(?:just |recently )?(?=(?:broke|fractured|sprained|twisted|dislocated|injured|hurt|had) my )|^(?:just |recently |also )?(?=(?:was|been|got|had|caught|came down with|spent)\b))(?:broke|broken|fractured|sprained|twisted|dislocated|injured|hurt|(?:had|have|having|got) (?:an? |my )?(?:operation|surgery|op|fall|baby|covid|flu|(?:high |bad )?(?:fever|temperature))|(?:been |stuck |was |were )?(?:in|into) (?:the )?hospital|(?:been |was )?admitted|on crutches|in a (?:cast|wheelchair)|laid up|bed-?ridden|bedbound|(?:was |were |been |got |fell |felt )?(?:really |very |so |quite |pretty |super )?(?:ill|sick|poorly|unwell)(?! of\b)|(?:had|got|caught|came down with|have|having|was down with|been down with) (?:an? |the |bad |nasty |really bad |a bad |a nasty )?(?:flu|covid|food poisoning|stomach bug|tummy bug|cold|virus|chickenpox|norovirus|migraine|infection)|spent (?:[a-z]{1,10} ){0,3}in (?:the )?hospital)\b[^,.;:!?]{0,60}/g;
/**
 * Someone of the customer's household ill or in hospital, told as the schedule (as ZH_OWN_HARM's second half): "my mom
 * is sick and I'm staying at hers, can I change the delivery address", "dad's in the ICU, can I ship it to the
 * hospital". An illness or a stay, never an injury: a child hurt may be the goods' doing, and the clause test below
 * still reads any cause told.
 */
const EN_HOUSEHOLD_ILL = String.raw`\bmy ${EN_HOUSEHOLD}(?:'s| is| was| has been| got| fell| became| came down)? (?:really |very |so |quite |pretty |super |still |currently |now )?(?:(?:sick|ill|unwell|poorly|bed-?ridden)(?! of\b)|in (?:the )?(?:hospital|icu|a&e|er)|(?:been )?admitted|(?:with|has|had|got|caught|down with) (?:an? |the )?(?:flu|covid|fever|cold|virus|pneumonia|infection|cancer|stroke|chickenpox))\b[^,.;:!?]{0,60}`;
const EN_OWN_OR_HOUSEHOLD_HARM = () => new RegExp(`${EN_OWN_HARM.source}|${EN_HOUSEHOLD_ILL}`, 'g');
const EN_HARM_CLAUSE_CAUSE =
  /\b(?:because|cause|due to|by|from|using|taking|after|when|(?<!\ba )while|opening|since (?:i|we|he|she|they|the|it|using|taking|eating|wearing|starting|switching|opening)|[a-z]{3,12}ing (?:it|them|this|that|these|those|the|your|one)|on (?:the|your|it|this|that|one)|with (?:the|your|it|this|that))\b/;
const EN_PARCEL_CHANGE =
  /\b(?:(?:deliver|send|ship|post)(?: it| them)? (?:later|next week|another day)|(?:push|put) (?:it |the delivery |my delivery )?back|carry (?:it|them|the [a-z]{2,12}) (?:up|upstairs|inside|in)|upstairs|resend|send (?:it|them) again|(?:from|at) (?:my|the) (?:door|doorstep|front door|house|home|flat)|(?:delivery|shipping|postal) address|change (?:the |my )?(?:address|delivery)|(?:deliver(?:ed|y)?|send|ship|post)(?: it| them| this| the (?:order|parcel|package)| my (?:order|parcel|package))? (?:to|at) (?:the |my )?(?:hospital|ward|work|home|address|mum|mom|sister|brother|neighbou?r)|re-?deliver(?:y)?|reschedule|re-?arrange|delay (?:the|my|it)|hold (?:it|the|my)|pause|leave (?:it|them|the parcel|the package|my parcel) (?:with|at|in|outside|by)|safe place|sign for|get to the door)\b/;
/** A body part, with its measure word folded away before it (我只脚扭伤了, Cantonese 我隻腳扭傷咗). */
const ZH_BODY_PART = '腿|脚|手|腰|腰椎|颈椎|胳膊|手臂|手腕|脚踝|膝盖|背|肩膀|肩|脖子|颈|头';
/**
 * A condition told before the stay or the harm, the customer's circumstance (我怀孕住院了, 我生孩子住院, 我中风住院): a
 * pregnancy, a birth, an illness or a treatment, none of which the goods cause.
 */
const ZH_CONDITION = '怀孕|待产|分娩|生bb|生孩子|生宝宝|生小孩|生完孩子|生完宝宝|坐月子|中风|化疗|癌症|肺炎|阑尾炎|胆结石|肾结石|做手术|手术后|开刀|隔离';
/** Someone of the customer's household (宝宝, 孩子, 老公, 我妈, Cantonese 个仔, 阿妈 folded). */
const ZH_HOUSEHOLD = '他|她|佢|家里人|家人|屋企人|亲人|宝宝|宝贝|小孩|孩子|儿子|女儿|个仔|个女|老公|老婆|爱人|太太|先生|妈妈|爸爸|妈|爸|阿妈|阿爸|老母|老豆|奶奶|爷爷|外婆|外公|婆婆|公公|老人家|老人';

/**
 * The customer's own harm in Chinese: 我骨折了, 我腿摔断了, 我跌断咗手 (folded 跌断咗), or with the subject left out at the
 * start of the message, as chat often does (扭伤了脚走不了路).
 */
/**
 * The customer's own sport or exercise as the way they got hurt (打球扭伤了脚在家躺着, 跑步时摔伤了): their own doing, which
 * names no goods; a thing of the store's in the clause (打球时你们的护膝断了) is still read as the cause.
 */
const ZH_OWN_SPORT = '(?:(?:打|踢)(?:篮|羽毛|乒乓|网|排|足)?(?:球|波)|跑步|爬山|行山|滑雪|健身|运动|锻炼|骑车|踩单车|游泳|跳舞)(?:的时候|嘅时候|时)?';
const ZH_OWN_HARM = new RegExp(
  String.raw`(?:(?:^|[，,。！!？?；;\s])我(?:的)?(?:只|条|个|边|双|对|块)?|^|(?<=(?:^|[，,。！!？?；;\s])(?:因为|由于|因)我?))(?:刚|刚刚|最近|现在|前几天|前两天|前阵子|前段时间|之前|早前|这几天|昨天|上周|上个?礼拜|上个?星期|上个月)?(?:${ZH_OWN_SPORT})?(?:${ZH_BODY_PART})?(?:摔|跌|扭)?(?:${ZH_CONDITION})?(?:骨折|受伤|摔伤|扭伤|住院|入院|做了?手术|做完手术|在医院|喺医院|进了?医院|跌断|摔断|跌亲|撞亲|整亲|扭亲|(?:发|发高)烧|感冒|生病|病了|出院|从(?:医院|急诊室?|急症室?)(?:回来|出来|返来|返屋企))[^，,。！!？?；;]{0,12}` +
    // Someone of the household ill or in hospital (宝宝发烧了 能不能晚点送, 我个仔发烧 改听日先送): an illness or a stay,
    // never an injury, whose cause a child's or a parent's story may leave to the goods.
    String.raw`|(?:^|[，,。！!？?；;\s]|我(?:的|家)?)(?:${ZH_HOUSEHOLD})(?:${ZH_CONDITION})?(?:(?:发|发高)烧|感冒|生病|病了|流感|肺炎|住院|住了院|入院|入了院|在医院|(?:入|进)(?:了|咗)?(?:医院|急诊室?|急症室?))[^，,。！!？?；;]{0,12}`,
  'g',
);
const ZH_HARM_CLAUSE_CAUSE = /因为|被|用了|用你|吃了|买的|你们|你哋|这个|呢个|产品|导致|害|时候/;
const ZH_PARCEL_CHANGE = /(?:明天|后天|下周|下个?(?:礼拜|星期)|周末|过几天|过两天|改天)(?:再|先|才)?(?:送|派|寄|发)|收货地址|送货地址|地址|改送|改到|送到|寄到|驿站|代收|快递柜|智能柜|管理处|管理室|门口|(?:晚|迟)(?:几|两|一两|两三|三五)(?:天|日)|晚点|迟点|迟啲|延迟|暂停|先别发|别发|取件|上门|签收|上楼|推迟|改天|改期|改日|重新(?:寄|发|送|派)/;

/**
 * A request that is routine only when the harm is told as keeping the customer in: a return collected from the door, an
 * order cancelled, a return window stretched ("broke my ankle and can't get to the post office, can someone collect the
 * return", 我骨折了 行动不便 能取消订单吗). With no such consequence, "I broke my wrist, can you collect the chair" may be
 * the chair's doing, and stays an incident.
 */
const EN_KEPT_IN =
  /\b(?:can't|cant|cannot|can not|couldn't|could not|unable to|not able to) (?:get|go|walk|leave|drive|make it|move|stand|carry|lift|get out)\b|\b(?:housebound|bed-?bound|bedridden|on crutches|in a wheelchair|stuck (?:at home|indoors|inside|in bed)|laid up)\b/;
const EN_HOME_ERRAND =
  /\b(?:collect(?:ion|ed)?|pick(?: it| them| the [a-z]{2,12})? ?up|pickup|cancel(?:led|ling)?|extend(?:ed)?|extension|more time|return window)\b/;
const ZH_KEPT_IN =
  /打字(?:好|很|太|比较|有点)?(?:慢|不方便|困难|吃力)|打不了字|不方便打字|出不(?:了|到)(?:门|街)|(?:才|先)(?:能|可以|会)?出(?:得)?(?:门|街)|卧床|躺在床上|不能下床|下不了?床|坐轮椅|不方便(?:出门|走动|走路|下楼)|搬不(?:动|到|了)|出不去|(?:不能|没法|没办法|不方便|没有得|不到)出(?:门|街)|下不了(?:楼|床)|走不了路|走不动|行不到|行动不便|起不了(?:床|身)|起不到身|起不来|搬不动|不能走路|动不了/;
const ZH_HOME_ERRAND = /取消|延长|延期|宽限|上门|取件|打电话|致电|回电|电话(?:联系|沟通)|语音/;

/**
 * A harm told as why the customer missed a date or forgot an errand, and that errand asked after: "was ill with flu all
 * week and forgot to cancel, can I still cancel it", "had surgery and missed the return window", 前几天发烧住院了 没来得及取消订单
 * 现在还能取消吗, 病咗一个礼拜 错过咗退货期. The harm is the customer's excuse for the lateness, not a matter of its own.
 */
const EN_MISSED =
  /\b(?:sorry (?:for|about) (?:the |my |this )?(?:late|slow|delay\w{0,3}|wait)|sorry (?:i |i've |ive )?(?:didn't|didnt|haven't|havent|wasn't|wasnt|took)|(?:late|slow) (?:reply|response|answer)|missed|forgot|forgotten|didn't (?:get (?:a chance|round|around|to)|see|notice|manage)|did not (?:see|notice|manage)|never got (?:round|around) to|wasn't able|was unable|unable to|ran out of time|too late|past the (?:deadline|window|date)|(?:couldn't|could not|can't|cannot|didn't|did not|wasn't able to) [^,.;:!?]{0,30}\bin time)\b/;
const EN_MISSED_ERRAND =
  /\b(?:cancel\w{0,4}|return\w{0,3}|refund\w{0,3}|send (?:it |them )?back|re-?deliver\w{0,3}|resend|deliver\w{0,3}|window|deadline|extension|extend|still|in time|too late)\b/;
const ZH_MISSED =
  /(?:才|刚|刚刚|先)(?:看到|看见|睇到|收到|发现|知道)|没来得及|来不及|忘了|忘记|错过|耽误|误了|没赶上|没顾上|顾不上|没注意|没看到|没留意|过了(?:退货|退换)?(?:期|期限|时间)|超过了?(?:期限|时间|退货期)/;
const ZH_MISSED_ERRAND = /取消|退货|退款|退|换|期限|延长|延期|宽限|重新|再(?:送|派|寄|发)|补(?:发|寄|送)|还能|还可以|仲可以|仲可唔可以/;

/**
 * The customer's own harm told as the schedule: every harm clause names no cause, every harm the rules read lies in
 * those clauses ("I got burned by the kettle and I'm on crutches" tells a second harm, the kettle's), and the request
 * changes where, when or how a parcel comes, or asks an errand from home the harm is told as keeping them from.
 */
/**
 * The harm told as why the customer types slowly or badly ("burned my hand so typing is slow, where's my order",
 * 手受伤了打字慢 订单到哪了): an excuse for the message itself, beside whatever it asks.
 */
const EN_TYPING =
  /\b(?:typing (?:is |very |really |a bit )?(?:slow|slowly|hard|difficult|one[- ]handed|with one hand)|(?:excuse|sorry (?:for|about)) (?:the |my |any )?typos|one[- ]handed (?:typing|so)|typing with (?:one hand|my left|my right))\b/;
const ZH_TYPING = /打字(?:好|很|太|比较|有点)?(?:慢|不方便|困难|吃力)|打不了字|不方便打字|单手打字|打字打得?(?:好|很)?慢/;

/**
 * The harm told as why the goods are no longer any use to the customer, and the order undone for it: "I got injured at
 * football so I can't use the running shoes I ordered, can I get a refund", 我爸生病了用不上了 想取消, 骨折了穿不了 可以退吗.
 * The goods did not cause a harm that makes them useless to the one it befell.
 */
const EN_NO_USE =
  /\b(?:(?:can't|cant|cannot|can not|won't be able to|wont be able to|will not be able to|unable to|not able to) (?:use|wear|ride|eat|drink|go|attend|travel|make it|play|run|train)|(?:no longer|don't|dont|won't|wont|doesn't|doesnt|will not) (?:need|use|want)|(?:not|isn't|isnt) (?:needed|going ahead|happening) any ?more)\b/;
const EN_UNDONE = /\b(?:cancel\w{0,4}|return\w{0,3}|refund\w{0,3}|send (?:it |them )?back|money back)\b/;
const ZH_NO_USE = /用不(?:了|上|到|着)|没法用|不能用|穿不(?:了|上)|吃不了|去不(?:了|成)|不需要了|不用了|唔使(?:用)?(?:了|喇)|用唔(?:到|着)|着唔到/;
const ZH_UNDONE = /取消|退|cancel/;

interface Excuse {
  missed: RegExp;
  errand: RegExp;
  typing: RegExp;
  noUse: RegExp;
  undone: RegExp;
}
const EN_EXCUSE: Excuse = { missed: EN_MISSED, errand: EN_MISSED_ERRAND, typing: EN_TYPING, noUse: EN_NO_USE, undone: EN_UNDONE };
const ZH_EXCUSE: Excuse = { missed: ZH_MISSED, errand: ZH_MISSED_ERRAND, typing: ZH_TYPING, noUse: ZH_NO_USE, undone: ZH_UNDONE };

function ownHarmAsSchedule(text: string, harm: RegExp, cause: RegExp, change: RegExp, keptIn: RegExp, homeErrand: RegExp, excuse: Excuse, found?: readonly string[]): boolean {
  const told = [...text.matchAll(harm)].map((m) => m[0]);
  if (told.length === 0 || told.some((clause) => cause.test(clause))) return false;
  const clauses = told.join(' | ');
  if (found && !found.every((phrase) => phrase.split('…').every((part) => clauses.includes(part.trim())))) return false;
  return change.test(text) || (keptIn.test(text) && homeErrand.test(text)) || (excuse.missed.test(text) && excuse.errand.test(text)) || excuse.typing.test(text) || (excuse.noUse.test(text) && excuse.undone.test(text));
}

/**
 * The store or a product named as the cause: your, you sold, bought here, a product that broke or burned, something
 * eaten or used; 你们的, 买的, 用了, 吃了, 断了, 漏电.
 */
const EN_STORE_CAUSE =
  /\b(?:your|yours(?! (?:is|are|was|were) (?:ok|okay|fine|safe|alright|all right|not affected)\b)|ur|you (?:sent|sold|shipped|delivered)|(?<!do |can i |where do )you sell|from (?:you|u|your|this (?:shop|store|site)|the|using|eating)|(?:bought|ordered|got) (?:it |them |this |these |one )?(?:here|from (?:you|u))|on the(?! (?:return|returns|refund|delivery|order|website|site|app|phone|way|weekend|day|date|deadline|window|policy|post|mend)\b)|(?:it|the [a-z]{2,14}) (?:broke|snapped|exploded|burst|collapsed|caught fire|melted|leaked)|after (?:using|eating|wearing|drinking|the|it)|ate (?:part|some|one|a piece|pieces) of)\b/;
const ZH_STORE_CAUSE =
  /你们(?:的(?!email|邮件|电邮|邮箱|消息|短信|信息|通知|回复|客服|电话|网站|官网|app|链接|退款|订单)|家的?|卖的|寄的|发的|送的|寄来|发来|送来)|你哋(?:嘅|啲)|贵店的|(?:在|从|跟|喺)(?:你们|你哋|这里|这边|你家|贵店)(?:家)?买|用了|用你们|吃了|食咗|喝了|玩了|戴了|涂了|买的|买嘅|带去的|这个|这款|呢个|呢款|同款|(?:(?<!摔|跌)断|裂|爆|炸|漏电|短路|塌|坏)(?:了|咗)/;

/** A question or a request beside it. */
// A parcel's trouble stated is a request too ("anyway my tracking hasn't moved in 4 days"), as 找不到 is in Chinese.
const EN_ASKS = /\?|\b(?:any advice|wondering (?:if|whether))\b|\b(?:tracking|parcel|package|order|delivery) (?:has(?:n't| not) (?:moved|updated|arrived|come|shipped)|(?:is|was) (?:still )?(?:not|missing|late|stuck))\b|\b(?:how|what|when|where|which|can|could|would|do|does|is|are|will|may) (?:i|you|we|it|the|my|they|there|he|she|u)\b|\b(?:what|when|where|how)'s (?:the|my|it)\b|\b(?:i'd like|i would like|i want|we want|we need|i need|please|pls|need to|want to)\b/;
const ZH_ASKS = /[?？吗嗎]|(?:没|冇)(?:有)?(?:收|拿|取)到|找不到|到哪|在哪|哪里|哪儿|边度|多久|几天|什么时候|啥时候|问一句|问一下|问下|能不能|是不是|会不会|可不可以|可唔可以|可以|怎么|怎样|如何|点样|点用|几时|有没有|有冇|想(?:问|要|买|换|退|取消|改)|麻烦|请|帮(?:我|忙)|吧(?=$|[，,。！!\s])|先别|别发|(?:就|便)(?:好|行|可以)(?=$|[，,。！!\s])/;

/**
 * The question set apart from what came before in so many words: "unrelated but…", "not related, but", "nothing related
 * to the order", 题外话 (folded 題外話), 无关 standing alone (not 无关紧要). Like "nothing to do with you", it tells that
 * the story beside the question is not the store's matter; weaker than a disclaimer, it is not taken beside goods that
 * burn or burst (a charger, a heater, a battery), which may be the store's whatever the customer says.
 */
// Said as an aside: followed by "but", a stop, or "question" ("an unrelated item arrived" is no aside).
const EN_ASIDE = /\b(?:(?:totally |completely |kinda |slightly )?unrelated|not related|nothing related)(?: (?:question|q|note))?(?:,? (?:but|though)\b|\s?[,:;!?)-]|$)/;
const ZH_ASIDE = /题外话|(?:^|[，,。！!？?；;：:\s])无关(?:的)?(?:问题|话题)?(?=$|[，,。！!？?；;：:\s]|但|哈|啊|呀)/;
const EN_HAZARD_GOODS =
  /\b(?:charger|battery|batteries|power ?bank|heater|kettle|toaster|oven|microwave|air ?fryer|fryer|cooker|hob|stove|lamp|candle|plug|socket|cable|adapter|vape|e-?cig\w{0,8}|laptop|phone|hair ?dryer|straightener|blanket)s?\b/;
const ZH_HAZARD_GOODS = /充电|电池|移动电源|取暖器|暖风机|电热|热水壶|烧水壶|烤箱|微波炉|空气炸锅|电饭煲|插座|插头|排插|电线|电源|台灯|蜡烛|电子烟|吹风机|手机|电脑/;
const asideTold = (text: string, chinese: boolean): boolean =>
  chinese ? ZH_ASIDE.test(text) && !ZH_HAZARD_GOODS.test(text) : EN_ASIDE.test(text) && !EN_HAZARD_GOODS.test(text);

/**
 * Someone of the household hurt in an activity of their own, told as the circumstance of a routine question: "my son
 * broke his arm at soccer so we're stuck at home, can I change the order", "my daughter hurt her knee playing netball",
 * 我儿子踢球扭伤了脚在家躺着 帮我查下他买的球鞋到哪了, 女儿滑雪摔伤了腿; or a fall at home or at school (我个仔跌亲脚喺屋企休息,
 * 我老公在家摔了一跤, "my husband fell at home"). The clause names the one hurt, the hurt, and its occasion: a sport or an
 * activity (harm-own-cause.ts reads it as it does the customer's own: "playing football", "at netball", 踢球, 打球, 跑步),
 * or, for a fall, the home or the school. With no occasion told ("my son broke his arm, can I change the order", 宝宝摔伤了)
 * or with a thing in the clause (on the, off the, with, 用, 玩具) the hurt may be the goods' doing and stays an incident.
 */
const EN_HOUSEHOLD_HURT = new RegExp(
  String.raw`\bmy ${EN_HOUSEHOLD}(?: (?:just|also|has|had|got|was|recently))? (?:broke|broken|fractured|sprained|twisted|hurt|injured|bruised|dislocated|pulled|fell|tripped|slipped)\b[^,.;:!?]{0,60}`,
  'g',
);
const EN_CLAUSE_TURN = /\b(?:so|and|but|then|now|can|could|would|will|do|does|is|are|please|pls)\b/;
const EN_FALL = /\b(?:fell|tripped|slipped)\b/;
const EN_FALL_PLACE = /\b(?:at|in) (?:the )?(?:home|house|school|nursery|playground|kindergarten)\b|\b(?:down|on) the stairs\b/;
/** A thing told in the hurt's clause as what did it: the thing may be the goods. */
const EN_HURT_THING = /\b(?:on|off|with|by|from|using|into|against|over|under) (?:the|a|an|his|her|their|its|it|this|that|your|our|my)\b|\b(?:riding|using|playing with|climbing|standing on|sitting on)\b|\b(?:because|due to|when (?:the|a|his|her|it)|after (?:using|eating|wearing|the|it))\b/;
const ZH_HOUSEHOLD_HURT = new RegExp(
  String.raw`(?:^|[，,。！!？?；;\s])(?:我(?:的|家)?)?(?:${ZH_HOUSEHOLD})([^，,。！!？?；;\s]{0,10}?)(扭伤|摔伤|跌伤|拉伤|擦伤|碰伤|受伤|骨折|摔断|跌断|跌亲|整亲|扭亲|撞亲|摔了一跤|跌咗一跤|摔倒|跌倒|扭到)[^，,。！!？?；;\s]{0,12}`,
  'g',
);
const ZH_FALL_PLACE = /(?:在|喺)(?:家|屋企|学校|幼儿园|操场)(?:里|度)?/;
const ZH_FALL_LEAD = /不小心|唔小心|一不小心|今天|昨天|前天|昨晚|今早|刚才|刚刚|啱啱|琴日|寻日|噚日|上周|前几天|前两天/g;

function householdHurtInOwnActivity(text: string, chinese: boolean, found?: readonly string[]): boolean {
  const clauses: string[] = [];
  for (const m of text.matchAll(chinese ? ZH_HOUSEHOLD_HURT : EN_HOUSEHOLD_HURT)) {
    const clause = m[0];
    const at = m.index ?? 0;
    if (chinese) {
      const before = m[1] ?? '';
      // A fall at home or at school with nothing between the one hurt and the fall but the place and a time (孩子在家玩滑板车
      // 摔伤了 names a thing).
      const fall = /摔|跌/.test(m[2] ?? '') && ZH_FALL_PLACE.test(clause) && before.replace(ZH_FALL_PLACE, '').replace(ZH_FALL_LEAD, '') === '';
      if (!chineseActivityBefore(before) && !fall) return false;
    } else {
      const verb = /\b(?:broke|broken|fractured|sprained|twisted|hurt|injured|bruised|dislocated|pulled|fell|tripped|slipped)\b/.exec(clause);
      if (!verb) return false;
      const harmAt = at + verb.index;
      // The hurt ends at the body part told after it ("broke his arm"), or at the verb.
      const part = /^ (?:his|her|their|its|my) [a-z]{2,12}\b/.exec(clause.slice(verb.index + verb[0].length));
      const harmEnd = harmAt + verb[0].length + (part ? part[0].length : 0);
      const own = harmHasOwnCause(text, harmAt, harmEnd, at, at + clause.length, false);
      const fall = EN_FALL.test(verb[0]) && EN_FALL_PLACE.test(clause) && !EN_HURT_THING.test(clause.replace(EN_FALL_PLACE, ' '));
      // What follows the occasion ("…at netball so can you tell me when the trainers come") is the question, not the hurt.
      const occasion = clause.slice(harmEnd - at).split(EN_CLAUSE_TURN)[0];
      if (!(own && !EN_HURT_THING.test(occasion)) && !fall) return false;
    }
    clauses.push(clause);
  }
  if (clauses.length === 0) return false;
  const joined = clauses.join(' | ');
  return !found || found.every((phrase) => phrase.split('…').every((part) => joined.includes(part.trim())));
}

/**
 * Goods bought asked after as still on their way (他买的球鞋到哪了, 佢买嘅波鞋去到边, 她买的护腕发货了没): not here yet, they
 * caused nothing, and 买的 names them only to ask where they are.
 */
const ZH_STILL_COMING = /到哪|到边|去到边|在哪|喺边|发货|发出|寄出|出货|几时到|什么时候到|啥时候到|到了没|到咗未|还没到|未到/;
function withoutGoodsOnTheWay(chinese: string): string {
  return chinese
    .split(/([，,。！!？?；;\s])/)
    .map((clause) => (ZH_STILL_COMING.test(clause) ? clause.replace(/买(?:的|嘅)/g, '的') : clause))
    .join('');
}

/** The disclaimers, removed before the cause is looked for ("not your fault" names the store only to disown it). */
function withoutDisclaimers(text: string, disowned: RegExp): string {
  return text.replace(new RegExp(disowned.source, 'g'), ' ');
}

/**
 * Goods bought that the harm leaves unused, beside a disclaimer: 上周滑雪摔断手（跟你们没关系），买的滑雪靴用不上了 怎么退货.
 * 买的 names the goods as the errand's object (what goes back), not as what did the harm; the clause says they go unused
 * (用不上, 穿不了), which goods that hurt someone are not said to be. The store's other causes (你们的, 断了, 用了) still count.
 */
const ZH_BOUGHT_UNUSED = /买的[^，,。！!？?；;]{0,10}?(?:用不|穿不|没法用|不能用|用唔|着唔|不需要|不用了)/g;
function withoutGoodsUnused(chinese: string): string {
  return chinese.replace(ZH_BOUGHT_UNUSED, ' ');
}

/** The message tells a harm as none of the store's doing, beside a routine question (see the file's comment). */
export function harmElsewhere(english: string, chinese: string, found?: readonly string[]): boolean {
  if (chinese) {
    const othersElsewhere = zhOthersHarmElsewhere(chinese);
    const household = householdHurtInOwnActivity(chinese, true, found);
    const framedOtherwise = othersElsewhere || household || ZH_DISOWNED.test(chinese) || asideTold(chinese, true) || ZH_ELSEWHERE.test(chinese) || ZH_SETTLED.test(chinese) || ZH_KEPT_COMPANY.test(chinese) || ZH_ILL_AT_HOME.test(chinese);
    const schedule = !framedOtherwise && ownHarmAsSchedule(chinese, ZH_OWN_HARM, ZH_HARM_CLAUSE_CAUSE, ZH_PARCEL_CHANGE, ZH_KEPT_IN, ZH_HOME_ERRAND, ZH_EXCUSE, found);
    const unused = ZH_DISOWNED.test(chinese) ? withoutGoodsUnused(chinese) : chinese;
    const disowned = withoutDisclaimers(withoutDisclaimers(household ? withoutGoodsOnTheWay(unused) : unused, ZH_DISOWNED), ZH_ASIDE);
    const rest = othersElsewhere ? claimsBesideOthersHarm(disowned, ZH_OTHER_PERSON, ZH_GOODS_ELSEWHERE, ZH_ASKS, ZH_HARM_TOLD, true) : disowned;
    // A contrast turns a disclaimer round ("和你们没关系 但是…"); beside the customer's own harm told as the schedule it
    // joins the parcel's story (住院了没在家 快递显示签收了但是找不到), whose cause the clause test already read.
    if ((framedOtherwise || schedule) && ZH_ASKS.test(chinese) && !ZH_STORE_CAUSE.test(rest) && (schedule || !contrastToHarm(rest, ZH_CONTRAST, ZH_HARM_AFTER))) return true;
  }
  if (english) {
    const othersElsewhere = enOthersHarmElsewhere(english);
    const framedOtherwise =
      othersElsewhere || householdHurtInOwnActivity(english, false, found) || EN_DISOWNED.test(english) || asideTold(english, false) || EN_ELSEWHERE.test(english) || EN_SETTLED.test(english) || EN_KEPT_COMPANY.test(english) || enIllAtHome(english) || enIllAsLifeChoice(english);
    const schedule = !framedOtherwise && ownHarmAsSchedule(english, EN_OWN_OR_HOUSEHOLD_HARM(), EN_HARM_CLAUSE_CAUSE, EN_PARCEL_CHANGE, EN_KEPT_IN, EN_HOME_ERRAND, EN_EXCUSE, found);
    const disowned = withoutDisclaimers(withoutDisclaimers(english, EN_DISOWNED), EN_ASIDE);
    const rest = othersElsewhere ? claimsBesideOthersHarm(disowned, EN_OTHER_PERSON, EN_GOODS_ELSEWHERE, EN_ASKS, EN_HARM_AFTER, false) : disowned;
    // A bracket that says where it came from ("again (burnt toast upstairs lol)") is the elsewhere told, not a harm anew
    // after a contrast.
    const unbracketed = rest.replace(/\([^()]{0,80}\)/g, (aside) => (EN_ELSEWHERE.test(aside) ? ' ' : aside));
    if ((framedOtherwise || schedule) && EN_ASKS.test(english) && !EN_STORE_CAUSE.test(rest) && (schedule || !contrastToHarm(unbracketed, EN_CONTRAST, EN_HARM_AFTER))) return true;
  }
  return false;
}
