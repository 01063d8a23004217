/**
 * A lawyer named as someone's trade, a workplace or who the customer is, not as a threat. The legal rule reads
 * "lawyer", "solicitor" and 律师 as one ("my lawyer will be in touch", "I'll get a lawyer", 我要找律师, 律师函), and most
 * messages that name a lawyer mean one; three readings are not threats (compare hospital-mention.ts):
 *
 * - a trade: the customer's, a relative's or a friend's ("I'm a lawyer", "my wife is a solicitor", "my dad's an attorney",
 *   "as an attorney I need the invoice", "my attorney friend says…", 我是律师, 我老公是做律师的, 我的律师朋友说, Cantonese
 *   我係律師, folded 我是律师);
 * - a workplace: "I work at a law firm", "she works for a firm of solicitors", 我在律师事务所上班, 律所;
 * - who the customer is, buying: "we're a small law firm", 我们律所要开专票, 抬头是某某律师事务所.
 *
 * - a lawyer sought for the customer's own affairs, asked of the bot as one asks for any advice ("can you recommend a
 *   good lawyer", "who's the best immigration attorney in Leeds", 推荐一个好的律师给我, 有没有离婚律师介绍): out of the
 *   store's scope, declined, not a dispute with the store.
 *
 * Any word of the lawyer acting against the shop keeps it a threat: "my brother is a lawyer and he will be in touch",
 * "I'm a solicitor and this is illegal", 我老公是律师 我要找律师告你们, 律师函. Only the lawyer words are set aside; the
 * message's other legal phrases ("sue you", 起诉, 法院) stand as they are.
 */

/** The legal rule's phrases that name a lawyer (and nothing else that threatens). */
const LAWYER_WORD = /^(?:lawyers?|attorneys?|solicitors?|律师)$/;

// --- English -------------------------------------------------------------------------------------------------------

const EN_LAWYER = String.raw`(?:lawyers?|attorneys?|solicitors?|barristers?|paralegals?)`;
const EN_ACQUAINTANCE =
  String.raw`(?:friends?|mates?|buddy|buddies|pals?|cousins?|neighbou?rs?|colleagues?|relatives?|uncle|aunt|auntie|brother|sister|brother-in-law|sister-in-law|dad|mum|mom|father|mother|son|daughter|husband|wife|partner|flatmate|roommate)`;
/**
 * A trade: "I'm a lawyer", "my partner is a lawyer", "my dad's an attorney", "a friend who is a solicitor", "works as a
 * lawyer", "as an attorney". Not "there's a lawyer on it" (someone involved, not a trade).
 */
const EN_TRADE = new RegExp(
  String.raw`\b(?:i'm|im|i am|we're|we are|i was|he's|she's|he is|she is|he was|she was|(?:who|that) (?:is|was|'s)|who's|` +
    String.raw`(?:my|our|his|her) [a-z]{1,14}(?:'s| is| was| used to be| became)|works? as|worked as|working as)` +
    // "as an attorney", with its article: "professionals such as lawyers" names no one's trade.
    // Without an article, the word before the trade is no verb: "I'm instructing solicitors", "we are contacting
    // lawyers" say what the customer is doing about the shop ("I'm a practising solicitor" keeps its article).
    String.raw` (?:(?:a |an )(?:[a-z-]{1,14} )?|(?![a-z-]{1,14}(?:ing|ed) )(?:[a-z-]{1,14} )?)${EN_LAWYER}\b|\bas an? (?:[a-z-]{1,14} )?${EN_LAWYER}\b|\b${EN_LAWYER} by (?:trade|profession)\b|` +
    // Someone the customer knows by their trade: "my attorney friend says I should keep invoices", "a lawyer mate".
    String.raw`\b${EN_LAWYER} ${EN_ACQUAINTANCE}\b|` +
    // Someone else's lawyer on their affairs: "the lawyer handling my dad's estate", "the attorney representing my
    // landlord" (the customer's own lawyer, "my lawyer", stays a threat).
    String.raw`\b(?:the|a|an) ${EN_LAWYER} (?:handling|dealing with|managing|looking after|sorting out|in charge of|representing|acting for|working on|for|of) (?:my|our|his|her|their|the) (?:[a-z'-]{1,14} ){0,2}(?:estate|will|probate|affairs|company|business|divorce|house|flat|sale|purchase|mortgage|landlord|family|father|mother|dad|mum|mom|parents?|grandparents?|grandmother|grandfather)\b`,
);
/** A workplace: "I work at a law firm", "my job at the solicitors", "an intern with a firm of attorneys". */
const EN_WORKPLACE = new RegExp(
  String.raw`\b(?:work|works|worked|working|job|intern|internship|employed|based|temping)\s(?:at|in|for|with)\s(?:a |an |the |our |my )?` +
    String.raw`(?:[a-z']{1,14} ){0,2}(?:law (?:firm|office|practice)|firm of ${EN_LAWYER}|${EN_LAWYER}(?:'|'s)?(?: office)?)\b`,
);
/** Who is buying: "we're a small law firm", "we are a firm of solicitors", "I run a legal practice". */
const EN_IDENTITY = new RegExp(
  String.raw`\b(?:we're|we are|i run|we run|i own|as)\s(?:a |an )?(?:[a-z-]{1,14} )?(?:law (?:firm|office|practice)|legal practice|firm of ${EN_LAWYER})\b`,
);
/**
 * A lawyer sought for the customer's own affairs: a recommendation asked for ("recommend a good lawyer", "know any
 * decent solicitors"), the best one somewhere ("the best divorce lawyer in Houston"), or a field of law no purchase is
 * disputed in (divorce, immigration, family, criminal, estate, tax, property).
 */
const EN_FIELDS = '(?:divorce|immigration|family|criminal|estate|probate|tax|property|real estate|conveyancing|custody|dui|traffic|patent|visa|tenancy|employment)';
const EN_SOUGHT = new RegExp(
  String.raw`\b(?:recommend|suggest|refer me to|point me to|know of|know any|know a|find me)(?: me)? (?:a |an |any |some |the )?(?:good |decent |reliable |cheap |local |trustworthy |great |best )?(?:[a-z]{1,14} )?${EN_LAWYER}\b` +
    String.raw`|\b(?:best|top|cheapest|good|decent|reliable) (?:[a-z]{1,14} )?${EN_LAWYER} (?:in|near|around|for)\b` +
    String.raw`|\b${EN_FIELDS} ${EN_LAWYER}\b`,
);

/**
 * The lawyer acting, or the law invoked: "in touch", "hear from", "contact you", "a letter", "illegal", "my lawyer",
 * "get a lawyer". Any of it keeps the lawyer a threat.
 */
// A warning beside the trade keeps it a threat: "I'm a lawyer myself so be careful what you say next", "just saying".
const EN_THREAT = new RegExp(
  String.raw`\b(?:be (?:very )?careful|think (?:very )?carefully|watch (?:what|how) you|just saying|(?:consider yourselves?|you've been|you have been) warned|you'?ll regret|in touch|hear from|draft(?:s|ed|ing)? (?:something|a letter|the letter|papers|a claim|a complaint)|(?:good|strong|solid|clear|watertight) case|on (?:the|my|our) case|looking into (?:it|this|you)|(?:contact|contacting|call|calling|email|emailing|write to|writing to|phone|phoning|deal with|dealing with|after) you|(?:a|formal|legal) letter|illegal|unlawful|against the law|breaking the law|breach|liable|my rights|sue|suing|court|(?:legal|court) case|case against|(?:legal|take|taking|court) action|action against|proceedings|claim against|` +
    String.raw`my ${EN_LAWYER}(?! ${EN_ACQUAINTANCE}\b)|(?:my|our) (?:family|own|personal) ${EN_LAWYER}|${EN_LAWYER} (?:has |have |had )?advised (?:me|us)|(?:get|getting|got|hire|hiring|hired|call|calling|called|consult|consulting|consulted|involve|involving|involved|speak to|speaking to|spoke to|talk to|talking to|talked to|see|seeing|instruct|instructed|contact|contacting|contacted|ask|asked|asking) (?:a|my|our|the|an)? ?${EN_LAWYER})\b`,
);

// --- Chinese -------------------------------------------------------------------------------------------------------

/** A trade: "我是律师", "我老公是律师", "他是做律师的", "作为一名律师", "当律师的". */
const ZH_TRADE =
  /(?:是|当|做|作为|身为|干|职业是)(?:过|了)?(?:一名|一个|一位|个|位|名)?(?:执业|实习|专职|兼职|专利|知识产权|大)?律师|律师(?:朋友|同学|亲戚|表哥|表姐|表弟|表妹|堂哥|堂姐|邻居|同事|老同学)/;
/** A law firm named: the customer's workplace or the buyer ("我在律师事务所上班", "我们是律师事务所", "我们律所"). */
const ZH_LAW_FIRM = /律师(?:事务所|行|楼)|律所/;
/**
 * The lawyer sought or acting, or the law invoked: 找律师, 请了律师, 咨询律师, 我的律师, 律师函, 律师会联系你们, 违法. Sending a
 * parcel to a law firm (寄去, 送去) is no seeking.
 */
const ZH_THREAT =
  /(?:找|搵|揾|请|委托|聘|聘请|联系|联络|叫|让|咨询|问过|问了|(?<![寄送发邮])去|交给|拜托)(?:了|过)?(?:个|一个|一位|位|我的|我们的|专业)?(?:的)?律师|律师(?:事务所|行|楼)?(?:函|信|警告|声明|会|将|来|跟|和|找|联系|告|起诉|处理|介入|说你|说这)|我的律师(?!朋友|同学|亲戚|邻居|同事)|我们的律师|(?:会|将|要)(?:跟你们|和你们)?(?:联系|联络|找|起诉|告)你们|违法|侵权|追究|法律责任|小心(?:点|一点|你们|说话)|(?:别|不要)乱(?:说|讲|来)|后果自负|看着办|走着瞧/;

/**
 * A lawyer sought for the customer's own affairs: "推荐一个好的律师给我", "有没有靠谱的律师介绍", "哪个律师比较好", "离婚律师".
 */
const ZH_SOUGHT =
  /(?:推荐|介绍|认识)(?:一下|下)?(?:一个|一位|个|位|几个)?(?:好的|靠谱的|厉害的|专业的|不错的|便宜的)?律师|律师(?:推荐|介绍)|哪(?:个|家|位|里有)(?:比较)?(?:好的?|靠谱的?|厉害的?)?律师|(?:离婚|移民|刑事|婚姻|房产|遗产|继承|劳动|签证|租房)(?:纠纷|案件|官司)?律师/;

/** The lawyer acting or the law invoked, anywhere in the message (shared with word-role.ts's trade frame). */
export function lawyerActs(english: string, chinese: string): boolean {
  return (!!english && EN_THREAT.test(english)) || (!!chinese && ZH_THREAT.test(chinese));
}

function englishInnocent(english: string): boolean {
  return (EN_TRADE.test(english) || EN_WORKPLACE.test(english) || EN_IDENTITY.test(english) || EN_SOUGHT.test(english)) && !EN_THREAT.test(english);
}

function chineseInnocent(chinese: string): boolean {
  return (ZH_TRADE.test(chinese) || ZH_LAW_FIRM.test(chinese) || ZH_SOUGHT.test(chinese)) && !ZH_THREAT.test(chinese);
}

/** The message names a lawyer as a trade, a workplace, the buyer or a recommendation sought, and threatens nothing. */
export function namesLawyerAsTrade(english: string, chinese: string): boolean {
  return englishInnocent(english) || chineseInnocent(chinese);
}

/** The legal phrases without those that name a lawyer innocently (see the file's comment). */
export function withoutLawyerAsTrade(found: readonly string[], english: string, chinese: string): string[] {
  if (!found.some((phrase) => LAWYER_WORD.test(phrase))) return [...found];
  const englishSetAside = englishInnocent(english);
  const chineseSetAside = chineseInnocent(chinese);
  // Each language reads its own words: an English lawyer set aside leaves a Chinese 律师 standing, and the other way.
  return found.filter((phrase) => {
    if (!LAWYER_WORD.test(phrase)) return true;
    return phrase === '律师' ? !chineseSetAside : !englishSetAside;
  });
}
