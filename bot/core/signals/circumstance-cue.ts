/**
 * A harm, an illness, a hospital stay, a court, a lawsuit or the police told as the circumstance of a routine question,
 * not as an incident of the store's: "my cold and fever kept me in bed a week, is the return window over?",
 * 我上礼拜住院 错过了超商取货 包裹现在在哪里, 我自己打官司需要购物凭证 能补开发票吗, 因为诉讼需要 想申请一份电子发票, "I'm going
 * to court next month over my divorce and need a copy of my invoice", "police officer here, on night shifts, what
 * delivery options do you have". The safety and legal rules read 发烧, 住院, 打官司, 诉讼, "to court" and "police" as an
 * incident or a threat, which most messages that hold them are; the phrase readers beside this one (hospital-mention.ts,
 * harm-elsewhere.ts, past-injury.ts, police-mention.ts, lawyer-mention.ts) each know one frame of a circumstance in so
 * many words (a stay with a parcel word, a trade said "I'm a…"), and a reordered frame (退货期…过了), a pick-up word they
 * do not list (超商取货) or a lawsuit of the customer's own falls between them.
 *
 * This reader asks the structural question instead. A cue is an incident when the message links it to the store: the
 * store or its goods as the cause (你们的, 你们家, 吃了, 用了, 买的, "your", "you sold", "after eating", "because of the"),
 * its staff as the agent (快递员偷了, "the courier stole"), the store as the target (告你们, 起诉你们, 跟你们打官司, "sue you",
 * "see you in court", "over this"), or when it is told as an incident to report (报警了, "police are involved", a threat:
 * 再不退款我就…, "unless"). A cue with no such link, in a message that asks a routine store question whose subject is
 * elsewhere (a parcel and its tracking or pick-up, an invoice, a receipt or a record, delivery options, a
 * cancellation, a return asked by its time: the window, still, 退货期, 还能), is the customer's circumstance. A return or
 * a refund asked for by itself is not elsewhere: "I was sick all night, can I get a refund on the chicken" may be the
 * chicken's doing. Only the circumstance cues themselves are set aside: a
 * symptom the goods may cause (上吐下泻, 过敏, rash, vomiting), a fire or a burn stays with the rules, and so does a
 * harm told of someone else (孩子住院了), whose cause the customer may not have told.
 */

import { policeActs } from './police-mention';

// --- The cues read as a circumstance -----------------------------------------------------------------------------

/** Illness, a hospital stay or a treatment: the customer's condition, which no goods need have caused. */
const EN_SAFETY_CUE = /^(?:(?:in|at|to|from|into|out of) (?:the )?)?(?:hospital|hospitali[sz]ed|(?:was |been |got |felt |feel )?(?:sick|ill|unwell)|fever|flu|covid|surgery|operation)$/;
const ZH_SAFETY_CUE = /^(?:发烧|发高烧|高烧|发热|感冒|流感|生病|病了|住院|入院|出院|住了?院|在医院|进了?医院|去了?医院|入了医院|医院|开刀|做了?手术|手术)$/;
/** A court, a lawsuit, a lawyer or the police named as part of the customer's affairs (never an act: 告, 起诉, sue). */
const EN_LEGAL_CUE = /^(?:(?:to|in|into|approach the|approach a) court|court (?:case|order)|lawsuit|lawyers?|attorneys?|solicitors?|police|litigation|court dates?(?: set)?)$/;
const ZH_LEGAL_CUE = /^(?:打官司|官司|诉讼|法院|法庭|律师|警察|公安)$/;

// --- The legal matter as the customer's own -----------------------------------------------------------------------

/**
 * A legal matter is the customer's own when it is given as the reason a routine thing is needed (需要, 要我提供, 因为,
 * "need", "for my insurance case", "over my divorce") or names who the customer is ("police officer here", "as a
 * police officer"). Told alone it may be the dispute itself: "please preserve all records relating to my order,
 * litigation is likely".
 */
const EN_LEGAL_OWN =
  /\b(?:need|needs|needed|require|requires|required|asked me|asks me|want me|wants me|told me|as evidence|for (?:a|an|my|our|the) (?:[a-z]{2,14} ){0,3}(?:case|claim|hearing|trial|proceedings|lawsuit|dispute|divorce|matter)|over (?:my|our|a|an) (?:[a-z]{2,14} ){0,2}(?:divorce|custody|estate|will|case|tenancy|landlord|accident|claim|dispute|business)|(?:police )?(?:officer|cop|constable|sergeant|detective)s? here|as (?:a|an) (?:[a-z]{2,14} )?(?:police officer|cop|constable))\b/;
const ZH_LEGAL_OWN = /需要|要我|让我|叫我|要求我|需|要用|用来|作为证据|当证据|证明|因为|由于|为了|自己/;

// --- Whose circumstance ------------------------------------------------------------------------------------------

/** Someone else told as the one ill or in hospital (a child's or a parent's harm may be the goods' doing). */
const EN_OTHER = /\bthe (?:baby|kid|kids|child|children|toddler|little one)\b|\b(?:my|our|his|her) (?:son|daughter|kid|kids|child|children|baby|toddler|boy|girl|wife|husband|partner|mum|mom|mother|dad|father|nan|gran|grandma|grandad|dog|cat|puppy)\b|\b(?:he|she|they)(?:'s| is| was| were| got| had| has)\b/;
const ZH_OTHER = /孩子|小孩|宝宝|婴儿|小朋友|儿子|女儿|(?:个|我|细)仔|个女|老公|老婆|爱人|妈|爸|老人|家人|全家|一家|他|她|佢|狗|猫/;

// --- What links a cue to the store ---------------------------------------------------------------------------------

/** Routine things of the store's a "your" may name without blaming it: "your return window", "your pickup points". */
const EN_ROUTINE_OF_YOURS =
  String.raw`(?:return|returns|refund|refunds|exchange|delivery|deliveries|shipping|website|site|app|policy|policies|team|customer service|support|store|shop|pick-?up|collection|lockers?|invoices?|receipts?|records?|system|options?|address|email|e-mail|chat|hotline|number|account|order|orders|tracking|help|end|side|opening hours)`;
const EN_LINK = new RegExp(
  [
    String.raw`\b(?:your|ur)\b(?! ${EN_ROUTINE_OF_YOURS}\b)`,
    String.raw`\b(?:you|u)(?:'ve| have| had| guys| lot)? (?:sold|sent|shipped|delivered|gave|made|poisoned|hurt|burned|burnt|injured|caused|did this|scammed|robbed|cheated)\b`,
    // The store as the target: "sue you", "see you in court", "take you to court", "report you", "against you".
    String.raw`\b(?:sue|suing|sued|see|take|taking|took|drag|dragging|report|reporting|reported|against) (?:you|u|this company|this shop|this store)\b`,
    // The store's matter as the case: "going to court over this", "a lawyer about it".
    String.raw`\b(?:over|about|for) (?:this|it|that)(?: (?:order|matter|issue|problem|product|item))?\s*(?:[,.;!?]|$)`,
    // Goods as the cause: "after eating", "from using", "because of the", "caused by", "bought it from you".
    String.raw`\b(?:after|from|since) (?:eating|using|wearing|drinking|taking|applying|touching|trying|swallowing|charging|opening|it|this|that|these|those)\b`,
    String.raw`\b(?:because of|due to|caused by) (?:the|it|this|that|these|those)\b`,
    String.raw`\b(?:bought|ordered|got) (?:it |them |this |these |one )?(?:from (?:you|u)|here)\b`,
    // Staff or goods acting: "the courier stole", "the driver pushed me", "it exploded".
    String.raw`\b(?:courier|driver|delivery (?:guy|man|person|driver)|staff|employee|rider|postman|it|the [a-z]{2,14}) (?:stole|hit|pushed|assaulted|attacked|threatened|broke|exploded|caught fire|burst|collapsed|snapped|melted|leaked|fell|tipped|toppled|gave way|gave out|came apart|came off|overheated|blew up)\b`,
  ].join('|'),
);
/**
 * What incidents and threats tell: the police already involved, a threat's condition, the law invoked ("my lawyer will
 * be in touch", "I know my rights", "this is illegal").
 */
const EN_INCIDENT = /\b(?:in touch|hear from|my rights|illegal|unlawful|against the law|breach\w{0,3}|liable|legal action|proceedings|claim against|(?:good|strong|solid) case)\b|\b(?:unless|or else|otherwise|if (?:you|u) (?:don't|do not|won't|will not|can't|refuse))\b|\bpolice (?:are|were|have been|got|is|came|come|turned up|showed up|arrived)(?: now| already)? (?:involved|investigating|on it|here|round|over|looking)\b|\bpolice (?:investigat\w{0,4}|involvement|report (?:number|reference)?)\b/;

/** Routine things of the store's a 你们 may name without blaming it: 你们的发票, 你们的退货政策, 你们的快递(not 快递员). */
const ZH_ROUTINE_OF_YOURS = '(?:发票|收据|客服|退货|退换|退款|订单|配送|送货|快递(?!员|小哥)|物流|网站|官网|app|电话|政策|规定|规则|地址|门店|自提|取货|邮箱|系统|会员|账号|平台|售后|流程)';
const ZH_STORE = '(?:你们|你哋|你家|贵店|贵公司|商家|店家|卖家|你们公司|你们店)';
const ZH_LINK = new RegExp(
  [
    // The store's goods or doings: 你们的零食, 你们家的, 你们卖的, 你哋啲, 被你们.
    `${ZH_STORE}(?:的|嘅|啲)(?!${ZH_ROUTINE_OF_YOURS})`,
    `${ZH_STORE}(?:家|卖|寄|发|送|做|害|搞|弄|把我|让我|给我的|骗)`,
    `被${ZH_STORE}`,
    // The store as the target: 告你们, 起诉你们, 投诉你们, 跟你们打官司, 和你们法庭见.
    `(?:告|起诉|控告|投诉|举报|检举|曝光|报警抓)(?:了|咗)?${ZH_STORE}`,
    `(?:和|跟|同|与)${ZH_STORE}(?:打官司|对簿公堂|法庭见|法院见|没完|上法庭|上法院)`,
    // Goods as the cause: eaten, drunk, used, worn, applied, played with, bought.
    '吃了|吃完|吃过|喝了|喝完|饮咗|食咗|食完|用了|用完|用过|使用|戴了|涂了|擦了|玩了|穿了|买的|买嘅|买来的|这款|呢款|同款',
    '(?:这个|呢个|那个)(?!' + ZH_ROUTINE_OF_YOURS + '|期限|包裹|问题)',
    // Goods failing, staff acting: 爆了, 漏电, 快递员偷了, 骑手推倒.
    '(?<![摔跌])(?:断|裂|爆|炸)(?:了|咗|开)|塌|垮了|坍|漏电|短路|着火|起火|冒烟',
    '(?:快递员|快递小哥|骑手|外送员|外卖员|送货员|司机|店员|员工)[^，,。！!？?]{0,4}(?:偷|打|推|骂|撞|抢|弄坏|拿走|威胁)',
  ].join('|'),
);
/** Told to be acted on: the customer's threat or act (再不退款我就…, 我要告, 已经报警), or the police already on it. */
const ZH_INCIDENT =
  /再不|不然|否则|要不然|要是不|如果不|我(?:要|会|就|准备|已经|已|马上|一定)(?:去)?(?:告|起诉|提告|报警|报案|打官司|上法院|找律师)|报了(?:警|案)|警察(?:来了|上门|介入|调查|在查|立案)/;

// --- The routine question ------------------------------------------------------------------------------------------

/**
 * A routine store question whose subject is elsewhere than the cue: a parcel and its tracking or pick-up, an invoice, a
 * receipt or a record, delivery options, a cancellation.
 */
const EN_ROUTINE =
  /\b(?:parcel|package|order|delivery|deliveries|deliver|redeliver|pick-?up|locker|collect|collection|tracking|track|invoice|receipt|proof of purchase|order history|ship|shipping|address|reschedule|cancel|post office|pickup point|depot|safe place)\b/;
const ZH_ROUTINE = /取件|取货|收货|收件|包裹|快递(?!员|小哥)|驿站|快递柜|超商|便利店|物流|订单|发票|收据|凭证|记录|明细|配送|送货|派送|寄|改期|地址|取消|管理处|管理室/;
/**
 * A return, a refund or an exchange is elsewhere only asked by its time (the window, the deadline, still, too late,
 * 退货期, 还能, 过了): the customer late for it. Asked for by itself ("I was sick all night, can I get a refund on the
 * chicken", 发烧了一晚上 那盒海鲜可以退款吗), the goods returned may be what made them ill.
 */
// A parcel sent back by the carrier ("returned to depot", "return to sender") is delivery, not the customer's return.
const EN_UNDO = /\b(?:return(?:s|ed|ing)?(?! to (?:the )?(?:depot|sender|warehouse|hub|post office|branch|facility|office))|refund(?:s|ed)?|exchange|send (?:it|them) back|money back)\b/;
const EN_UNDO_TIME = /\b(?:window|deadline|too late|still|in time|expired|extend(?:ed)?|extension|period|days? left|(?:is|it's|has) (?:it |that |the [a-z]{2,14} )?(?:over|passed|closed|gone))\b/;
const ZH_UNDO = /退(?!回)|换货/;
const ZH_UNDO_TIME = /期|还能|还可以|仍可|仍然可以|仲可|仲能|过了|过咗|超过|来得及|来不及|延长|宽限|错过|耽误|没顾上|顾不上|晚了/;
const EN_ASKS = /\?|\b(?:can|could|would|will|is|are|do|does|how|what|where|when|which|may) (?:i|you|it|the|my|there|u|we|this)\b|\b(?:please|pls)\b/;
const ZH_ASKS = /[?？吗]|未$|能不能|可不可以|可唔可以|可以|怎么|怎样|如何|哪|几时|多久|有没有|有冇|有咩|有什么|是不是|还能|仲可以|请问|麻烦|帮我/;

function asksRoutine(text: string, chinese: boolean): boolean {
  const [routine, undo, undoTime, asks] = chinese ? [ZH_ROUTINE, ZH_UNDO, ZH_UNDO_TIME, ZH_ASKS] : [EN_ROUTINE, EN_UNDO, EN_UNDO_TIME, EN_ASKS];
  if (!asks.test(text)) return false;
  return undo.test(text) ? undoTime.test(text) : routine.test(text);
}

/** The clause (between punctuation) around a phrase's first place in the text. */
function clauseOf(text: string, phrase: string, chinese: boolean): string {
  const at = text.indexOf(phrase);
  if (at < 0) return '';
  const stops = chinese ? /[，,。！!？?；;\s]/ : /[,.;!?]/;
  let start = at;
  while (start > 0 && !stops.test(text[start - 1])) start--;
  let end = at + phrase.length;
  while (end < text.length && !stops.test(text[end])) end++;
  return text.slice(start, end);
}

function isCue(phrase: string, kind: 'safety' | 'legal', chinese: boolean): boolean {
  if (kind === 'safety') return chinese ? ZH_SAFETY_CUE.test(phrase) : EN_SAFETY_CUE.test(phrase);
  return chinese ? ZH_LEGAL_CUE.test(phrase) : EN_LEGAL_CUE.test(phrase);
}

/** The message asks a routine store question and ties nothing of its harm or legal words to the store. */
function routineWithoutLink(text: string, chinese: boolean): boolean {
  if (!asksRoutine(text, chinese)) return false;
  return chinese ? !ZH_LINK.test(text) && !ZH_INCIDENT.test(text) && !policeActs('', text) : !EN_LINK.test(text) && !EN_INCIDENT.test(text) && !policeActs(text, '');
}

/**
 * The safety or legal phrases without the cues told as the circumstance of a routine question (see the file's
 * comment). Each language reads its own words.
 */
export function withoutCueAsCircumstance(found: readonly string[], kind: 'safety' | 'legal', english: string, chinese: string): string[] {
  if (found.length === 0) return [...found];
  const zhReads = !!chinese && routineWithoutLink(chinese, true);
  const enReads = !!english && routineWithoutLink(english, false) && !(chinese && ZH_LINK.test(chinese));
  if (!zhReads && !enReads) return [...found];
  return found.filter((phrase) => {
    const chineseWord = /[\u4e00-\u9fff]/.test(phrase);
    if (chineseWord ? !zhReads : !enReads) return true;
    if (!isCue(phrase, kind, chineseWord)) return true;
    if (kind === 'legal' && !(chineseWord ? ZH_LEGAL_OWN.test(chinese) : EN_LEGAL_OWN.test(english))) return true;
    // A safety cue is the customer's own (or no one's named): someone else's illness or stay may be the goods' doing.
    if (kind === 'safety') {
      const clause = clauseOf(chineseWord ? chinese : english, phrase, chineseWord);
      const before = clause.slice(0, Math.max(0, clause.indexOf(phrase)));
      if (chineseWord ? ZH_OTHER.test(before) : EN_OTHER.test(before)) return true;
    }
    return false;
  });
}
