/**
 * The police named as someone's trade, or asked about, not as a threat. The legal rule reads "police", 警察, 报警 and
 * 公安 as one ("I'm calling the police", 我要报警, 我已经报警了), and most messages that name the police mean one; two
 * readings are not (compare lawyer-mention.ts and hospital-mention.ts):
 *
 * - a trade: the customer's or a relative's ("my son is a police officer posted abroad", "I work for the police",
 *   我老公是警察, 我是民警, 在派出所上班) — who someone is, told to explain an address or a schedule;
 * - a question whether to report a loss to the police at all ("should I report the missing parcel to the police?", "do
 *   you need a police report for a stolen parcel?", 包裹一直没到 要报警吗, 需不需要报案): the customer asks what to do,
 *   which the store answers.
 *
 * - the police as part of the world a parcel moves through, or the store's policy towards them asked about: a road the
 *   police closed or cordoned off ("the police have closed my road, what if the courier can't get through", 警察封路了
 *   快递还能送吗), or whether the store shares data with them ("do you share my data with the police?", 你们会把我的信息给警察吗).
 *   Nothing is reported: the customer asks what the store does.
 *
 * Any word of the customer acting ("I've called the police", "I'll report you to the police", 我要报警, 报了警, 警察上门)
 * keeps the police a threat. Only the police words are set aside; the message's other legal phrases stand.
 */

/** The legal rule's phrases that name the police (and nothing else that threatens). */
const POLICE_WORD = /police|cops?\b|警察|报警|报了警|报咗警|公安|(?<!\d)110(?!\d)/;

// --- English -------------------------------------------------------------------------------------------------------

const EN_OFFICER = String.raw`(?:police ?(?:officers?|m[ae]n|wom[ae]n|constables?|sergeants?|detectives?|inspectors?|staff)|policem[ae]n|policewom[ae]n|cops?)`;
/** A trade: "my son is a police officer", "I'm a cop", "she works for the police", "as a police officer". */
const EN_TRADE = new RegExp(
  String.raw`\b(?:i'm|im|i am|i was|he's|she's|he is|she is|he was|she was|(?:who|that) (?:is|was)|who's|` +
    String.raw`(?:my|our|his|her) [a-z-]{1,16}(?:'s| is| was| used to be| became)|works? as|worked as|working as|as)` +
    String.raw` (?:a |an )?(?:[a-z-]{1,14} )?${EN_OFFICER}\b` +
    String.raw`|\b(?:work|works|worked|working|serve|serves|served|serving|job|joined|retired from) (?:for|in|with|at) the (?:[a-z]{1,14} )?police\b` +
    String.raw`|\bin the police (?:force|service)\b`,
);
/** Asked whether to go to the police at all: "should I call the police", "do you need a police report". */
const EN_ASKS_WHETHER = new RegExp(
  String.raw`\b(?:should|shall|do|must|would|can|could) (?:i|we) (?:also |first |still )?(?:need to |have to )?(?:call|contact|phone|ring|tell|inform|go to|report (?:it|this|that|the [a-z]{1,12}) to|file (?:a )?(?:report|claim) with) (?:the )?police\b` +
    String.raw`|\b(?:do|does|will|would) (?:i|we|you|the courier|the carrier) (?:need|want|require|ask for|have) (?:to (?:get|file|make|show|provide|give you) |me to (?:get|file|make|give you) )?(?:a )?police (?:report|reference|number)\b` +
    String.raw`|\b(?:is|are) (?:a )?police (?:report|reference)s? (?:needed|required|necessary)\b` +
    String.raw`|\bwhether (?:i|we) (?:should|need to|have to) (?:[a-z]{1,12} ){0,2}(?:the )?police\b`,
);
/** The police closing a road or an area: "the police have closed my road", "road cordoned off by police". */
const EN_ROAD_CLOSED = new RegExp(
  String.raw`\bpolice (?:have |has |had |just )?(?:closed|shut|blocked|cordoned|taped|sealed|fenced)(?: off)? (?:the |my |our |a |an )?(?:[a-z]{1,12} )?(?:road|roads|street|streets|lane|area|block|estate|building|entrance|junction|bridge|route)\b` +
    String.raw`|\b(?:road|roads|street|lane|area|block|estate|junction|bridge|route)s? (?:is |are |was |were |has been |have been )?(?:closed|shut|blocked|cordoned|taped|sealed)(?: off)? by (?:the )?police\b` +
    String.raw`|\bpolice (?:cordon|roadblock|road block|closure|diversion|tape)s?\b`,
);
/** The store's policy towards the police asked about: "do you share my data with the police". */
const EN_POLICY_ASKED = new RegExp(
  String.raw`\b(?:do|does|would|will|can|could|is|are) (?:you|u|your (?:company|store|shop|site|app)|baton)(?: ever| guys)? (?:share|give|hand|pass|disclose|sell|provide|report|send|show)(?: [a-z']{1,14}){0,5} (?:with|to) (?:the )?police\b`,
);
/**
 * The customer acting: "I've called the police", "I'll report you to the police", "the police are involved"; or the
 * shop accused of a crime ("scam", "thieves", 骗子), which makes any question about the police a threat.
 */
const EN_ACTS = new RegExp(
  String.raw`\b(?:i|we)(?:'ve|'d| have| had)? (?:already |just )?(?:called|contacted|phoned|rang|reported|informed|told|involved|gone to|went to) (?:it |this |you |them )?(?:to )?(?:the )?police\b` +
    String.raw`|\b(?:i|we)(?:'ll| will| am going to|'m going to|'m gonna| are going to| shall) (?:be )?(?:call|calling|contact|report|phone|ring|tell|involve|go to|get) (?:it |this |you |them )?(?:to )?(?:the )?police\b` +
    String.raw`|\breport(?:ing)? (?:you|your company|your business|them) to\b|\bpolice (?:are|were|have been|got) involved\b|\bcalling the police\b` +
    // The shop accused of a crime: "should I call the police, you thieves" asks nothing.
    String.raw`|\b(?:scam(?:s|med|mers?)?|fraud(?:ulent|sters?)?|thie(?:f|ves|ving)|crooks?|con artists?|you stole|stealing from)\b`,
);

/**
 * Someone else calling the police on someone else: "my neighbor called the police on someone's party last night so i
 * barely slept", "the guy next door called the cops on his roommate". The caller is a third party (not I or we) and the
 * sentence names nothing of the store's (you, a parcel, an order, a courier) nor a theft: it is the customer's night,
 * told before a routine question. "the police said the parcel was stolen" names the parcel and stays a legal matter.
 */
const EN_OTHERS_CALL = new RegExp(
  String.raw`\b(?:(?:my|our|the|a|some|his|her|their) (?:[a-z'-]{1,14} ){0,2}?(?:neighbou?rs?|people|guy|man|woman|lady|bloke|roommate|flatmate|housemate|landlord|friend|mate|family)|someone|somebody)` +
    String.raw`(?: (?:next door|upstairs|downstairs|across the (?:road|street|hall)|down the (?:road|street|hall)|on my street|nearby))?` +
    String.raw` (?:called|rang|phoned|had called|has called) (?:the )?(?:police|cops)\b` +
    // The police seen about the customer's street on their own business: "there were police downstairs", "cops outside
    // my building this morning", "police all over my street".
    String.raw`|\b(?:police|cops|police cars?|police vans?)(?: (?:are|were|is|was|all|just))?(?: over)? (?:outside|downstairs|upstairs|next door|across the (?:road|street)|on my (?:street|road)|in my (?:street|road|building)|my street|at the end of my (?:street|road)|(?:at|in) (?:my|our|the) (?:building|block|flats?|apartment(?: building| block)?|complex|estate))\b`,
  'i',
);
const EN_STORE_IN_SENTENCE = /\b(?:you|your|u|ur|parcel|package|order|delivery|courier|driver|stole|stolen|theft|thie(?:f|ves)|scam\w{0,4}|fraud\w{0,6})\b/i;
/**
 * The store disowned in the telling ("…for something upstairs, nothing to do with you"): the "you" there says the store
 * is not in it, so it does not count as the store named.
 */
const EN_DISOWNED = /\b(?:(?:nothing|not anything) to do with|(?:not|isn't|is not|wasn't|was not) (?:about|related to)|unrelated to) (?:you|u|your (?:[a-z]{1,12} )?(?:company|store|shop|order|parcel|delivery|courier)s?|the (?:store|shop|order|parcel|delivery))\b|\bnot (?:your|ur) (?:fault|problem|doing)\b/g;
function othersCallEnglish(english: string): boolean {
  // A sentence, or the part before a turn of topic ("…last night haha, anyway when does my order ship").
  const sentences = english.split(/[.!?;]+|,? (?:anyway|anyways|btw|by the way|unrelated)\b/).filter((sentence) => EN_OTHERS_CALL.test(sentence));
  return sentences.length > 0 && sentences.every((sentence) => !EN_STORE_IN_SENTENCE.test(sentence.replace(EN_DISOWNED, ' ')));
}

// --- Chinese -------------------------------------------------------------------------------------------------------

/**
 * The same in Chinese: 邻居报警了, 楼上有人报了警, Cantonese 隔離屋嗌交仲報咗警 (folded 隔离: next door); or the police
 * seen near the customer's home on some business of their own (楼下来了警察不知道什么事, 隔壁来了几个警察, 门口停了辆警车): the clause naming nothing of the store's or a theft.
 */
const ZH_OTHERS_CALL =
  /(?:邻居|隔壁|隔离|楼上|楼下|对门|室友|舍友|房东|有人|别人|路人)[^，,。！!？?；;\s我]{0,6}(?:报警|报了警|报咗警|叫了警察|叫警察|打了110)|(?:邻居|隔壁|楼上|楼下|对门|对面|门口|楼道|小区|街上|路口|外面|附近)(?:好像|似乎|突然|刚刚|刚才|今天|早上|晚上)?(?:来了|有|停了|站了|围了)(?:好多|几个|一些|好些|两个|三个|一堆|辆)?(?:警察|公安|警车)/;
const ZH_STORE_IN_CLAUSE = /你|您|贵|快递|包裹|订单|货|偷|盗|骗|丢/;
function othersCallChinese(chinese: string): string | null {
  // A turn of topic (对了, 顺便, 另外, 话说) ends the clause too: chat runs its sentences together, and the spaces between
  // them are gone after normalising (楼下有警察在查什么吓死我了对了我的订单什么时候发货).
  const clauses = chinese.split(/[，,。！!？?；;\s]+|(?=对了|顺便|另外|话说|还有就是)/);
  const calls = clauses.filter((clause) => ZH_OTHERS_CALL.test(clause));
  if (calls.length === 0 || calls.some((clause) => ZH_STORE_IN_CLAUSE.test(clause))) return null;
  return clauses.filter((clause) => !calls.includes(clause)).join('，');
}

const ZH_OFFICER = '(?:警察|民警|交警|刑警|警官|特警|辅警|公安)';
/** A trade: "我老公是警察", "我是民警", "当警察的", "在派出所上班", "我警察朋友说". */
const ZH_TRADE = new RegExp(
  `(?:是|当|做|作为|身为|干)(?:过|了)?(?:一名|一个|一位|个|位|名)?(?:人民)?${ZH_OFFICER}(?![说讲让叫告打来找通知要求已会])` +
    '|在(?:公安局|派出所|警局|警察局|公安)(?:上班|工作|任职|值班)|警察(?:朋友|同学|亲戚|邻居|同事)',
);
/** Asked whether to report: "要报警吗", "需不需要报案", "该不该找警察". */
const ZH_ASKS_WHETHER =
  /(?:要|需要|用|该|应该|得|必须|可以|能)(?:先|去|先去)?(?:报警|报案|找警察)(?:吗|么|呢|嘛|[?？])|(?:要不要|需不需要|用不用|该不该|应不应该|是否|是否要|是否需要|是不是要|是不是得|是不是该|能不能|可不可以)(?:先|去|先去)?(?:报警|报案|找警察)/;
/** The police closing a road: 警察封路了, 路被警察封了, 交通管制. */
const ZH_ROAD_CLOSED = /(?:警察|公安|交警)(?:把路|把[^，。！？]{0,6}路)?(?:封|拉了警戒线|管制)|(?:路|街|小区|楼)[^，。！？]{0,4}被(?:警察|公安|交警)(?:封|围|管制)/;
/** The store's policy towards the police asked about: 你们会把我的信息给警察吗. */
const ZH_POLICY_ASKED = /你们(?:会|能|可以)?(?:把|将)?[^，。！？]{0,10}(?:给|交给|提供给|透露给|告诉)(?:警察|公安)(?:吗|么|嘛|[?？])/;
/** The customer acting: "我要报警", "我已经报警了", "报了警", "警察上门了"; or the shop called a cheat (骗子, 诈骗). */
const ZH_ACTS =
  /(?:我|我们)(?:就|会|要|已经|已|马上|立刻|现在就|准备|这就)?(?:去)?(?:报警|报案|找警察|叫警察)(?![吗么呢嘛?？])|报了(?:警|案)|报过(?:警|案)|警察(?:来了|上门|介入|找你们|会找|调查)|骗|诈骗|欺诈|小偷|偷了?我/;

/** The customer acting with the police, or the shop called a cheat (shared with word-role.ts's trade frame). */
export function policeActs(english: string, chinese: string): boolean {
  return (!!english && EN_ACTS.test(english)) || (!!chinese && ZH_ACTS.test(chinese));
}

/** The message names the police as a trade, a road closed, or asks whether to report to them or what the store tells them, and acts on nothing. */
export function namesPoliceInnocently(english: string, chinese: string): boolean {
  const englishInnocent =
    (EN_TRADE.test(english) || EN_ASKS_WHETHER.test(english) || EN_ROAD_CLOSED.test(english) || EN_POLICY_ASKED.test(english) || othersCallEnglish(english)) && !EN_ACTS.test(english);
  // A third party's call is read with its clause set aside: its 报了警 is theirs, not the customer acting.
  const othersRest = chinese ? othersCallChinese(chinese) : null;
  const chineseInnocent =
    (othersRest !== null && !POLICE_WORD.test(othersRest) && !ZH_ACTS.test(othersRest)) ||
    ((ZH_TRADE.test(chinese) || ZH_ASKS_WHETHER.test(chinese) || ZH_ROAD_CLOSED.test(chinese) || ZH_POLICY_ASKED.test(chinese)) && !ZH_ACTS.test(chinese));
  return englishInnocent || chineseInnocent;
}

/** The legal phrases without those that name the police as a trade or in a question (see the file's comment). */
export function withoutPoliceInnocent(found: readonly string[], english: string, chinese: string): string[] {
  if (!found.some((phrase) => POLICE_WORD.test(phrase))) return [...found];
  return namesPoliceInnocently(english, chinese) ? found.filter((phrase) => !POLICE_WORD.test(phrase)) : [...found];
}
