/**
 * A personal matter that shares a word with a store's articles: someone else's dispute ("how do i complain about my
 * neighbour's noise", "can i sue my landlord", 邻居太吵了怎么投诉) and the paperwork and chores of one's own life ("how do
 * i file my tax return", "how do i write a will", "how do i unblock a sink", 个税怎么申报). A complaint about a neighbour
 * is not a complaint about the store, a tax return is no return, a blocked sink no blocked account.
 *
 * The dispute must be with another party and about nothing of the store's: "my neighbour took the parcel you left,
 * i want to complain" and 邻居拿了我的快递 are the store's (its parcel, its delivery).
 *
 * Text arrives folded (traditional and Cantonese to simplified Mandarin); English is read in lower case.
 */

/** The other parties of a personal dispute. */
const PARTIES_EN = [
  'neighbour', 'neighbor', 'neighbours', 'neighbors', 'landlord', 'landlady', 'tenant', 'tenants', 'roommate', 'flatmate', 'housemate', 'employer',
  'boss', 'manager at work', 'coworker', 'co-worker', 'colleague', 'ex', 'ex-husband', 'ex-wife', 'ex-partner', 'council', 'school', 'teacher',
  'builder', 'builders', 'plumber', 'contractor', 'nanny', 'babysitter', 'gp', 'doctor', 'dentist', 'letting agent', 'estate agent',
];
const DISPUTE_EN = [
  'complain', 'complaining', 'complaint', 'complaints', 'report', 'reporting', 'sue', 'suing', 'take action', 'legal action', 'dispute',
  'deal with', 'problem with', 'problems with', 'issue with', 'issues with', 'trouble with', 'argument with', 'fight with', 'falling out with',
  'get back at', 'get rid of',
];
/**
 * One's own paperwork and home, as the thing to be done: a tax return, a will, a pension, a blocked sink. What a store
 * sells is named otherwise ("a sink plug", "a will-o'-the-wisp lamp" are not asked so).
 */
const AFFAIRS_EN = [
  // Not "tax" or "visa" alone: "a tax invoice" and "a visa payment" are the store's.
  'tax return', 'tax returns', 'taxes', 'tax form', 'tax forms', 'self assessment', 'self-assessment', 'will', 'pension', 'mortgage', 'passport',
  'visa application',
  'driving licence', 'driving license', "driver's license", 'cv', 'resume', 'résumé', 'job application', 'benefits claim', 'insurance claim',
  'sink', 'drain', 'toilet', 'loo', 'pipe', 'pipes', 'gutter', 'gutters', 'boiler', 'radiator', 'shower drain',
];
const DOING_EN = [
  'file', 'filing', 'do', 'doing', 'submit', 'submitting', 'fill in', 'fill out', 'write', 'writing', 'make', 'making', 'draft', 'renew',
  'renewing', 'apply for', 'claim', 'unblock', 'unblocking', 'unclog', 'unclogging', 'clear', 'clean', 'fix', 'fixing', 'repair', 'bleed',
];
/** Something of the store's in the message: its parcel, its delivery, an order, the customer's account with it. */
const STORE_STAKE_EN = /\b(?:parcels?|packages?|orders?|ordered|deliver(?:y|ies|ed)|courier|driver|you|your|u|ur|refund|return label)\b/;

const PARTIES_ZH = '(?:邻居|楼上|楼下|隔壁|房东|租客|室友|舍友|老板|上司|同事|前夫|前妻|装修队|装修公司|物业)';
const DISPUTE_ZH = '(?:投诉|举报|起诉|告他|告她|告他们|报警|维权)';
const PATTERNS_ZH: readonly RegExp[] = [
  // 邻居太吵了怎么投诉, 楼上装修噪音去哪举报
  new RegExp(`${PARTIES_ZH}[^，。！？,.!?]{0,8}${DISPUTE_ZH}`),
  // 怎么投诉邻居, 起诉房东
  new RegExp(`${DISPUTE_ZH}(?:一下)?(?:我的|我家|我们)?${PARTIES_ZH}`),
  // 邻居太吵了, 楼上噪音, 樓上日日裝修
  new RegExp(`(?:邻居|楼上|楼下|隔壁)[^，。！？,.!?]{0,4}(?:吵|噪音|扰民|装修|漏水)`),
  // 个税怎么申报, 遗嘱怎么写, 下水道堵了
  /个税|退税|报税|遗嘱|养老金|房贷|护照|签证|简历|下水道|马桶堵|水管|地漏/,
];
/** The store's parcel, order or delivery: 邻居拿了我的快递. */
const STORE_STAKE_ZH = /快递|包裹|订单|下单|买的|你们|外卖员|送货|配送|退款/;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const PATTERNS_EN: readonly RegExp[] = [
  // complain about my neighbour's noise, can i sue my landlord, report my boss
  new RegExp(String.raw`\b(?:${alternatives(DISPUTE_EN)})(?: (?:about|against|to|with|on|over|at))? (?:my|the|our|a|an|his|her|their) (?:${alternatives(PARTIES_EN)})(?:'s|’s)?(?![a-z])`),
  // how do i file my tax return, how to write a will, how do i unblock a sink
  new RegExp(String.raw`\b(?:${alternatives(DOING_EN)}) (?:my|a|an|the|our|his|her|their) (?:own |kitchen |bathroom |blocked |clogged |annual |yearly |last )?(?:${alternatives(AFFAIRS_EN)})(?![a-z])(?! (?:invoice|receipt|payment|card|number|code|refund))`),
];

const HAN = /\p{Script=Han}/u;
const MAX_LENGTH = 300;

/** Whether the message is about a personal matter of the customer's, and nothing of the store's. */
export function personalMatterIn(text: string): boolean {
  const lower = text.slice(0, MAX_LENGTH).toLowerCase().replace(/\s+/g, ' ').trim();
  if (!STORE_STAKE_EN.test(lower) && PATTERNS_EN.some((pattern) => pattern.test(lower))) return true;
  if (!HAN.test(lower)) return false;
  const compact = lower.replace(/ /g, '');
  return !STORE_STAKE_ZH.test(compact) && PATTERNS_ZH.some((pattern) => pattern.test(compact));
}

/** A dispute's verb (complain, sue, 投诉, 举报): a question asking it asks about the story's party, named or not. */
const DISPUTE_ASKED_EN = new RegExp(String.raw`\b(?:${alternatives(DISPUTE_EN)})(?![a-z])`);
const DISPUTE_ASKED_ZH = new RegExp(DISPUTE_ZH);

/**
 * Whether a question (folded) asks about a personal matter the story before it told: it names the matter itself, or it
 * asks the dispute's verb whose party the story named ("邻居太吵了 怎么投诉", "my neighbour is so loud, how do i report
 * them"). "这个月房贷压力好大 有没有优惠券" asks about coupons: the mortgage is the story's.
 */
export function asksPersonalMatter(question: string): boolean {
  const lower = question.slice(0, MAX_LENGTH).toLowerCase();
  return personalMatterIn(lower) || DISPUTE_ASKED_EN.test(lower) || DISPUTE_ASKED_ZH.test(lower.replace(/ /g, ''));
}
