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
 *
 * Three more shapes tell the cue as the customer's reason, whoever it befell. The routine question may be a person
 * asked for ("my husband's in hospital so it's fallen to me, could I speak to someone who can walk me through it",
 * 老公住院了 只能我来下单 能不能找个人工) or the speed of a delivery (最快, 加急, "the quickest shipping"). Someone else's
 * stay, fall or fever is the customer's reason when the one hurt is said to be fine ("(he's fine)", 没事), when the
 * customer has taken the errand over ("it's fallen to me", 平时都是他下单), or when something was bought for it after
 * (发烧 买了个体温计): goods bought for an illness did not cause it. And goods asked back untouched ("it's unused and
 * still boxed", 还没拆封) caused nothing: "I fractured my wrist, so I can't lift the pan I bought from you, it's still
 * boxed, can I return it?" names the goods as the store's without blaming them. An accident's hurt (a fall, a sprain, a
 * break) may be the goods' doing ("I broke my wrist, can you collect the chair?"), so it is set aside only in one of
 * those shapes. A court as the buyer or the customer's studies (我们是法院的行政, "a trainee with a tribunal hearing")
 * is a legal word of the customer's own affairs, and so is a court the customer serves as a juror or a witness
 * (明天要去法院当陪审员 整天不在家, "called as a witness in court on Thursday").
 *
 * Someone else's accident or stay is the customer's reason, too, when the message tells what it does to the errand:
 * no one home to take the parcel in, the customer staying at a relative's or at the bedside (errand-consequence.ts). A
 * return or a refund beside it, or the thing the accident happened on, keeps it with the rules.
 *
 * A bodily harm of the customer's own whose clause tells its own cause, an activity as its occasion ("burned my hand
 * cooking dinner", 打球把手指弄骨折了, 打波整亲只脚: harm-own-cause.ts), is set aside beside a routine question too, any
 * harm word the rules read (a burn, a cut, 整亲), not only the cues above; with its cause told, a return asked by where it
 * goes (退货地址, "your returns address") is routine as well.
 */

import { harmLeadsToErrand } from './errand-consequence';
import { harmHasOwnCause, isBodilyHarm } from './harm-own-cause';
import { policeActs } from './police-mention';
import { ownThingsStolen } from './theft-suffered';

// --- The cues read as a circumstance -----------------------------------------------------------------------------

/** Illness, a hospital stay or a treatment: the customer's condition, which no goods need have caused. */
const EN_SAFETY_CUE = /^(?:(?:in|at|to|from|into|out of) (?:the )?)?(?:hospital|hospitali[sz]ed|(?:was |been |got |felt |feel )?(?:sick|ill|unwell)|fever|flu|covid|surgery|operation)$/;
const ZH_SAFETY_CUE = /^(?:发烧|发高烧|高烧|发热|感冒|流感|生病|病了|住院|入院|出院|住了?院|在医院|进了?医院|去了?医院|入了医院|医院|开刀|做了?手术|手术)$/;
/**
 * An accident's hurt: a fall, a sprain, a break, a bump (the phrase as the rules read it, 儿子…摔了一跤, 腰…扭伤, "hurt my
 * back", "girl fell off"). Goods may cause one (a chair that gave way), so it is set aside only as the others are: with
 * nothing of the store's linked to it, beside a routine question.
 */
const EN_ACCIDENT_CUE = /\b(?:numb|frostbit\w{0,3}|fell|fall(?:en|s)?|slipped|tripped|fractured?|broke|broken|sprain(?:ed)?|twisted|bumped|hurt (?:my|his|her|their) (?:back|knee|ankle|wrist|shoulder|leg|arm|hip|neck|foot)|injured (?:my|his|her) (?:back|knee|ankle|wrist|shoulder|leg|arm|hip|neck|foot))\b/;
const ZH_ACCIDENT_CUE = /摔|跌|扭伤|骨折|断了|折了|崴|磕|撞到头|闪了腰/;
/** An illness told by its symptom (宝宝最近老是咳): as a stay or a fever, the customer's condition unless linked. */
const ZH_ILLNESS_CUE = /^[^，,。！!？?]{0,6}(?:咳|发烧|发热|感冒|流鼻涕|鼻塞)[^，,。！!？?]{0,2}$/;
/** A court, a lawsuit, a lawyer or the police named as part of the customer's affairs (never an act: 告, 起诉, sue). */
const EN_LEGAL_CUE = /^(?:(?:to|in|into|approach the|approach a) court|court(?: (?:case|order))?|lawsuit|lawyers?|attorneys?|solicitors?|police|litigation|court dates?(?: set)?|tribunal|hearing)$/;
const ZH_LEGAL_CUE = /^(?:打官司|官司|诉讼|法院|法庭|律师|警察|公安|法务|(?:已经|已)?报(?:了|过)?(?:警|案)|(?:去|到)(?:了)?(?:派出所|警局|警察局|警署)(?:报案|备案|立案|落案))$/;

// --- The legal matter as the customer's own -----------------------------------------------------------------------

/**
 * A legal matter is the customer's own when it is given as the reason a routine thing is needed (需要, 要我提供, 因为,
 * "need", "for my insurance case", "over my divorce") or names who the customer is ("police officer here", "as a
 * police officer"). Told alone it may be the dispute itself: "please preserve all records relating to my order,
 * litigation is likely".
 */
const EN_LEGAL_OWN =
  /\b(?:need|needs|needed|require|requires|required|asked me|asks me|want me|wants me|told me|as evidence|for (?:a|an|my|our|the) (?:[a-z]{2,14} ){0,3}(?:case|claim|hearing|trial|proceedings|lawsuit|dispute|divorce|matter)|over (?:my|our|a|an) (?:[a-z]{2,14} ){0,2}(?:divorce|custody|estate|will|case|tenancy|landlord|accident|claim|dispute|business)|(?:police )?(?:officer|cop|constable|sergeant|detective)s? here|as (?:a|an) (?:[a-z]{2,14} )?(?:police officer|cop|constable)|(?:i'm|i am|we're|we are) (?:a |an |the )?(?:[a-z]{2,14} ){0,3}(?:student|trainee|paralegal|clerk|team|office|department|staff)|moot|mock trial|exams?|law (?:school|degree|course|module)|revision|jury (?:service|duty|summons)|jurors?|(?:on|for) (?:a|the) jury|(?:as|be|being) (?:a|the) (?:witness|juror)|witness summons|giv(?:e|ing) evidence)\b/;
const ZH_LEGAL_OWN = /需要|要我|让我|叫我|要求我|需|要用|用来|作为证据|当证据|证明|因为|由于|为了|自己|我们?是[^，,。！？!?]{0,8}(?:法院|法庭|律|检察院|警|公安)|(?:法院|法庭|律所|检察院)的(?:采购|总务|行政|同事|实习|员工)|单位|抬头|学生|考试|模拟法庭|实习|(?:公司|单位|我们)(?:的)?法务要求|做法务|陪审|(?:当|做|作为|担任|出庭|去)(?:证人|作证)/;

/**
 * A court the customer goes to on a day of their own, as an errand: "in court today for my parking ticket", "at court
 * all day tomorrow", 明天要去法院办事, 下午要去法院, 聽日去法院 (folded 明天去法院). The day is what tells it: a threat says
 * what will happen if the store does nothing ("see you in court", 我就去法院告你们, read as links and incidents), an errand
 * says when the customer is away. A court with the store as its target is linked (告你们, "take you to court") and never
 * reaches this reading.
 */
const EN_DAY = String.raw`(?:today|tomorrow|tonight|this (?:morning|afternoon|evening|week)|next (?:week|month|monday|tuesday|wednesday|thursday|friday)|all day|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the whole day)`;
const EN_COURT_ERRAND = new RegExp(String.raw`\b(?:in|at|to) (?:the )?(?:court|courthouse|courts|tribunal)(?: [a-z]{2,12})? ${EN_DAY}\b|\b${EN_DAY} (?:i'm |i am |i'll be |im |i have to go |i need to go |i've got to go )?(?:in|at|to) (?:the )?(?:court|courthouse|tribunal)\b`);
const ZH_DAY = '(?:今天|明天|后天|今晚|今早|明早|下午|上午|早上|晚上|中午|下周|下礼拜|下星期|下个月|这周|这礼拜|周[一二三四五六日末]|礼拜[一二三四五六日天]|星期[一二三四五六日天])';
/** The day, then going to court within the clause (not 就去法院: "then", a threat's consequence). */
const ZH_COURT_ERRAND = new RegExp(`${ZH_DAY}(?:我)?(?:要|得|需要|会|都)?(?:去|到|在|上)(?:法院|法庭)(?![^，,。！？!?]{0,3}(?:告|起诉|控告))`);

/**
 * The police in the customer's own matter: a theft of the customer's own things (theft-suffered.ts), or a report filed
 * beside a question about the customer's own account or card and nothing of the store's goods ("filed a police report,
 * need to update the card on my account"). A report told with a parcel, an order or a delivery may be about them, and
 * stays an incident.
 */
const EN_REPORT_FILED = /\b(?:filed|made|lodged|got|have|reported it|reported the (?:theft|loss))(?: a| the)? (?:police report|crime (?:report|number)|(?:to|with) the police)\b/;
const EN_OWN_ACCOUNT = /\b(?:my|the) (?:[a-z-]{2,12} )?(?:account|card|cards|payment (?:method|details|card)|billing(?: details| address)?|password|login)\b/;
const EN_STORE_GOODS = /\b(?:parcels?|packages?|orders?|ordered|deliver(?:y|ies|ed)|courier|driver|items?|goods|products?|shipments?|refund|money back)\b/;
const ZH_REPORT_FILED = /报(?:了|过)?(?:警|案)/;
const ZH_OWN_ACCOUNT = /账户|账号|帐户|帐号|信用卡|银行卡|付款方式|支付方式|绑定的?卡|卡号|密码/;
const ZH_STORE_GOODS = /包裹|快递|订单|货|商品|外卖|退款/;
/** The shop accused of a crime: keeps any report the customer's threat. */
const EN_SHOP_ACCUSED = /\b(?:scam(?:s|med|mers?)?|fraud(?:ulent|sters?)?|crooks?|con artists?|you (?:stole|took|robbed|cheated))\b/;
const ZH_SHOP_ACCUSED = /骗|诈骗|欺诈|你们(?:偷|拿|抢)/;

function policeMatterOwn(text: string, chinese: boolean): boolean {
  if (chinese ? ZH_SHOP_ACCUSED.test(text) : EN_SHOP_ACCUSED.test(text)) return false;
  if (chinese ? ownThingsStolen('', text) : ownThingsStolen(text, '')) return true;
  return chinese
    ? ZH_REPORT_FILED.test(text) && ZH_OWN_ACCOUNT.test(text) && !ZH_STORE_GOODS.test(text)
    : EN_REPORT_FILED.test(text) && EN_OWN_ACCOUNT.test(text) && !EN_STORE_GOODS.test(text);
}

/** A legal matter of the customer's own: a reason or a role (EN_LEGAL_OWN), a court errand on a day, the police on the customer's own loss. */
function legalOwn(text: string, chinese: boolean): boolean {
  return chinese
    ? ZH_LEGAL_OWN.test(text) || ZH_COURT_ERRAND.test(text) || policeMatterOwn(text, true)
    : EN_LEGAL_OWN.test(text) || EN_COURT_ERRAND.test(text) || policeMatterOwn(text, false);
}

// --- Whose circumstance ------------------------------------------------------------------------------------------

/** Someone else told as the one ill or in hospital (a child's or a parent's harm may be the goods' doing). */
const EN_OTHER = /\bthe (?:baby|kid|kids|child|children|toddler|little one)\b|\b(?:my|our|his|her) (?:son|daughter|kid|kids|child|children|baby|toddler|boy|girl|wife|husband|partner|mum|mom|mother|dad|father|nan|gran|grandma|grandad|dog|cat|puppy)\b|\b(?:he|she|they)(?:'s| is| was| were| got| had| has)\b/;
const ZH_OTHER = /孩子|小孩|宝宝|婴儿|小朋友|儿子|女儿|(?:个|我|细)仔|个女|老公|老婆|爱人|妈|爸|老人|家人|全家|一家|他|她|佢|狗|猫/;

// --- What links a cue to the store ---------------------------------------------------------------------------------

/** Routine things of the store's a "your" may name without blaming it: "your return window", "your pickup points". */
const EN_ROUTINE_OF_YOURS =
  String.raw`(?:return|returns|refund|refunds|exchange|delivery|deliveries|shipping|website|site|app|policy|policies|team|customer service|support|store|shop|pick-?up|collection|lockers?|invoices?|receipts?|records?|system|options?|address|emails?|e-mails?|newsletters?|marketing|mailing list|notifications?|chat|hotline|number|account|order|orders|tracking|help|end|side|opening hours)`;
/**
 * The store's goods named as the store's: "your kettle", "the pan you sold me", "bought it from you". The goods may be
 * the cause, unless they are asked back untouched (EN_UNUSED): "I can't lift the pan I bought from you, it's still
 * boxed, can I return it?" names them as what the hurt keeps the customer from using.
 */
const EN_GOODS_OF_STORE = new RegExp(
  [
    // "your quickest delivery option", "your next-day shipping": a routine thing with its kind or its speed before it.
    // Not someone of the shop's asked for ("can someone from your staff call me"): a request, not the goods.
    String.raw`\b(?<!(?:someone|somebody|anyone|one|a member) (?:from|of) )(?:your|ur)\b(?! (?:[a-z]{2,10}est |next[- ]day |same[- ]day |usual |standard |express |normal )?${EN_ROUTINE_OF_YOURS}\b)`,
    String.raw`\b(?:you|u)(?:'ve| have| had| guys| lot)? (?:sold|sent|shipped|delivered|gave|made)\b`,
    String.raw`\b(?:bought|ordered|got) (?:it |them |this |these |one )?(?:from (?:you|u)|here)\b`,
  ].join('|'),
);
const EN_LINK = new RegExp(
  [
    String.raw`\b(?:you|u)(?:'ve| have| had| guys| lot)? (?:poisoned|hurt|burned|burnt|injured|caused|did this|scammed|robbed|cheated)\b`,
    // The store as the target: "sue you", "see you in court", "take you to court", "report you", "against you".
    String.raw`\b(?<!not )(?:sue|suing|sued|see|take|taking|took|drag|dragging|report|reporting|reported|against) (?:you|u|this company|this shop|this store)\b`,
    // The store's matter as the case: "going to court over this", "a lawyer about it".
    String.raw`\b(?:over|about|for) (?:this|it|that)(?: (?:order|matter|issue|problem|product|item))?\s*(?:[,.;!?]|$)`,
    // Goods as the cause: "after eating", "from using", "because of the", "caused by", "bought it from you".
    String.raw`\b(?:after|from|since) (?:eating|using|wearing|drinking|taking|applying|touching|trying|swallowing|charging|opening|it|this|that|these|those)\b`,
    String.raw`\b(?:because of|due to|caused by) (?:the|it|this|that|these|those)\b`,
    // Staff or goods acting: "the courier stole", "the driver pushed me", "it exploded".
    String.raw`\b(?:courier|driver|delivery (?:guy|man|person|driver)|staff|employee|rider|postman|it|the [a-z]{2,14}) (?:stole|hit|pushed|assaulted|attacked|threatened|broke|exploded|caught fire|burst|collapsed|snapped|melted|leaked|fell|tipped|toppled|gave way|gave out|came apart|came off|overheated|blew up)\b`,
  ].join('|'),
);
/**
 * What incidents and threats tell: the police already involved, a threat's condition, the law invoked ("my lawyer will
 * be in touch", "I know my rights", "this is illegal").
 */
const EN_THREAT_TOLD = /\b(?:in touch|hear from|my rights|illegal|unlawful|against the law|breach\w{0,3}|liable|legal action|proceedings|claim against|(?:good|strong|solid) case)\b|\b(?:unless|or else|otherwise|if (?:you|u) (?:don't|do not|won't|will not|can't|refuse))\b/;
/** The police on it: an incident unless the matter is the customer's own loss (policeMatterOwn). */
const EN_POLICE_ON_IT = /\bpolice (?:are|were|have been|got|is|came|come|turned up|showed up|arrived)(?: now| already)? (?:involved|investigating|on it|here|round|over|looking)\b|\bpolice (?:investigat\w{0,4}|involvement|report (?:number|reference)?)\b/;

/** Routine things of the store's a 你们 may name without blaming it: 你们的发票, 你们的退货政策, 你们的快递(not 快递员). */
const ZH_ROUTINE_OF_YOURS = '(?:发票|收据|客服|退货|退换|退款|订单|配送|送货|快递(?!员|小哥)|物流|网站|官网|app|电话|政策|规定|规则|地址|门店|自提|取货|邮箱|邮件|短信|推送|系统|会员|账号|平台|售后|流程)';
const ZH_STORE = '(?:你们|你哋|你家|贵店|贵公司|商家|店家|卖家|你们公司|你们店)';
/** The store's goods named as the store's (你们的零食, 你们家的, 你们卖的, 买的, 这款): see EN_GOODS_OF_STORE. */
const ZH_GOODS_OF_STORE = new RegExp(
  [
    `${ZH_STORE}(?:的|嘅|啲)(?!${ZH_ROUTINE_OF_YOURS})`,
    `${ZH_STORE}(?:家|卖|寄|发|送|做)`,
    '买的|买嘅|买来的|这款|呢款|同款',
    // Not a time: 这个冬天, 这个月, 呢个礼拜.
    '(?:这个|呢个|那个)(?!' + ZH_ROUTINE_OF_YOURS + '|期限|包裹|问题|冬天|夏天|春天|秋天|月|星期|礼拜|周末|周|季|年|时候|时间|假期|假|节)',
  ].join('|'),
);
const ZH_LINK = new RegExp(
  [
    // The store's doings: 你们害的, 被你们.
    `${ZH_STORE}(?:害|搞|弄|把我|让我|给我的|骗)`,
    `被${ZH_STORE}`,
    // The store as the target: 告你们, 起诉你们, 投诉你们, 跟你们打官司, 和你们法庭见.
    `(?:告|起诉|控告|投诉|举报|检举|曝光|报警抓)(?:了|咗)?${ZH_STORE}`,
    `(?:和|跟|同|与)${ZH_STORE}(?:打官司|对簿公堂|法庭见|法院见|没完|上法庭|上法院)`,
    // Goods as the cause: eaten, drunk, used, worn, applied, played with, bought.
    '吃了|吃完|吃过|喝了|喝完|饮咗|食咗|食完|用了|用完|用过|(?<![未没])使用|戴了|涂了|擦了|玩了|穿了',
    // Goods failing, staff acting: 爆了, 漏电, 快递员偷了, 骑手推倒.
    '(?<![摔跌])(?:断|裂|爆|炸)(?:了|咗|开)|塌|垮了|坍|漏电|短路|着火|起火|冒烟',
    '(?:快递员|快递小哥|骑手|外送员|外卖员|送货员|司机|店员|员工)[^，,。！!？?]{0,4}(?:偷|打|推|骂|撞|抢|弄坏|拿走|威胁)',
  ].join('|'),
);
/** Told to be acted on: the customer's threat or act (再不退款我就…, 我要告, 已经报警), or the police already on it. */
const ZH_THREAT_TOLD = /再不|不然|否则|要不然|要是不|如果不|我(?:要|会|就|准备|已经|已|马上|一定)(?:去)?(?:告|起诉|提告|打官司|上法院|找律师)/;
const ZH_POLICE_ON_IT = /我(?:要|会|就|准备|已经|已|马上|一定)(?:去)?(?:报警|报案)|报了(?:警|案)|警察(?:来了|上门|介入|调查|在查|立案)/;

// --- The routine question ------------------------------------------------------------------------------------------

/**
 * A routine store question whose subject is elsewhere than the cue: a parcel and its tracking or pick-up, an invoice, a
 * receipt or a record, delivery options, a cancellation.
 */
const EN_ROUTINE =
  /\b(?:parcel|package|order|delivery|deliveries|deliver|redeliver|pick-?up|locker|collect|collection|tracking|track|invoice|receipt|proof of purchase|order history|ship|shipping|address|reschedule|cancel|post office|pickup point|depot|safe place|courier|unsubscribe|newsletters?|mailing list|account|payment (?:method|details|card)|billing|card on (?:my|the) account)\b/;
const ZH_ROUTINE = /账户|账号|帐户|帐号|付款方式|支付方式|绑定|取件|取货|收货|收件|包裹|快递(?!员|小哥)|驿站|快递柜|超商|便利店|物流|订单|发票|收据|凭证|记录|明细|配送|送货|派送|运送|寄|改期|地址|取消|退订|订阅|管理处|管理室|下单|付款|结账|几天到|多久到|快点到|尽快到|几时到|送到|送嚟|最快|加急|出货|到货/;
/**
 * A person asked for, to help with the errand or to call back: "could I speak to a member of staff who can walk me
 * through it", 能不能找个人工客服带我操作一下, 可以请真人客服教我. The request is the question; its subject is the errand.
 */
const EN_PERSON_ASKED =
  /\b(?:speak|talk|chat) (?:to|with) (?:a |an |one of |someone|somebody|a real|a member)|\b(?:someone|somebody|a person|a human|a real (?:person|human)|a member of (?:staff|your team)|an agent|(?:one of )?your (?:staff|team))\b[^.!?]{0,40}\b(?:help|call|ring|phone|walk me|guide|talk|chat)/;
const ZH_PERSON_ASKED = /人工|真人|客服人员|专人|找个人|找人(?:帮|教|带)|(?:打|回)电话给我|致电|客服[^，,。！？!?]{0,4}(?:帮|教|带|协助|打电话)/;
/**
 * A return, a refund or an exchange is elsewhere only asked by its time (the window, the deadline, still, too late,
 * 退货期, 还能, 过了): the customer late for it. Asked for by itself ("I was sick all night, can I get a refund on the
 * chicken", 发烧了一晚上 那盒海鲜可以退款吗), the goods returned may be what made them ill.
 */
// A parcel sent back by the carrier ("returned to depot", "return to sender") is delivery, not the customer's return.
const EN_UNDO = /\b(?:return(?:s|ed|ing)?(?! to (?:the )?(?:depot|sender|warehouse|hub|post office|branch|facility|office))|refund(?:s|ed)?|exchange|send (?:it|them) back|money back)\b/;
const EN_UNDO_TIME = /\b(?:window|deadline|too late|still|in time|expired|extend(?:ed)?|extension|period|days? left|(?:is|it's|has) (?:it |that |the [a-z]{2,14} )?(?:over|passed|closed|gone))\b/;
// 退订 unsubscribes or cancels: no goods sent back.
const ZH_UNDO = /退(?!回|订)|换货|(?:能|可以|还能|可不可以)换/;
const ZH_UNDO_TIME = /期|还能|还可以|仍可|仍然可以|仲可|仲能|过了|过咗|超过|来得及|来不及|延长|宽限|错过|耽误|没顾上|顾不上|晚了/;
const EN_ASKS = /\?|\b(?:can|could|would|will|is|are|do|does|how|what|where|when|which|may) (?:i|you|it|the|my|there|u|we|this)\b|\b(?:what|how|where|when|which)(?:'s|s| is| are) (?:the|your|my|a|an)\b|\b(?:please|pls)\b|(?:^|[,;.] ?|\b(?:i|we) )(?:need|want|would like|'d like) (?:to|a|an)\b/;
const ZH_ASKS = /[?？吗]|未$|什么|啥|(?:要|想|需要)(?:开|申请|补|查|改)|能不能|可不可以|可唔可以|可以|怎么|怎样|如何|哪|几时|多久|有没有|有冇|有咩|有什么|是不是|还能|仲可以|请问|想问|问下|问一下|麻烦|帮我|点样|边度|系边|喺边/;

/**
 * Goods asked back untouched: "it's unused and still boxed", 还没拆封, 原封未动 (not 全新, "brand new": new, maybe used). Goods never used caused nothing, so a
 * return asked for them is asked for the customer's reason, whatever the harm told beside it.
 */
const EN_UNUSED = /\b(?:unused|unopened|never (?:been )?(?:used|opened|worn|taken out)|still (?:sealed|boxed|in (?:the|its) (?:box|packaging|wrapping|wrapper))|(?:sealed|boxed) in (?:the|its) box|not (?:been )?(?:opened|used))\b/;
const ZH_UNUSED = /(?:没|未|还没|沒)(?:有)?(?:拆|开封|开箱|用过|使用)|原封/;

function unused(text: string, chinese: boolean): boolean {
  return (chinese ? ZH_UNUSED : EN_UNUSED).test(text);
}

/**
 * Where a return goes, asked: "what's your returns address", "where do I send the return", 退货地址, 寄去哪. With a harm
 * whose cause is told (harm-own-cause.ts) it is as routine as a parcel's address: the goods are not what hurt.
 */
const EN_UNDO_PLACE = /\breturns? (?:address|label|form|slip|point|portal)\b|\baddress (?:for|to send) (?:the |a |my )?returns?\b|\bwhere (?:do|can|should) (?:i|we) (?:send|post|drop off|take) (?:the |a |my )?returns?\b/;
const ZH_UNDO_PLACE = /退(?:货|换)?(?:的)?(?:地址|寄到|寄去|寄回|点|单|流程|方式)|退货寄(?:到|去)|寄(?:去|到|回)(?:哪|边|邊)/;

function asksRoutine(text: string, chinese: boolean, returnPlace = false): boolean {
  const [routine, undo, undoTime, asks, person] = chinese
    ? [ZH_ROUTINE, ZH_UNDO, ZH_UNDO_TIME, ZH_ASKS, ZH_PERSON_ASKED]
    : [EN_ROUTINE, EN_UNDO, EN_UNDO_TIME, EN_ASKS, EN_PERSON_ASKED];
  if (!asks.test(text)) return false;
  if (person.test(text)) return true;
  if (!undo.test(text)) return routine.test(text);
  return undoTime.test(text) || unused(text, chinese) || (returnPlace && (chinese ? ZH_UNDO_PLACE : EN_UNDO_PLACE).test(text));
}

/**
 * Where a phrase stands: a phrase the rules found in two parts ("thumbs … numb") from its first part to its last.
 * [-1, -1] when it is not in the text.
 */
function placeOf(text: string, phrase: string): [number, number] {
  const parts = phrase.split(/\s?…\s?/);
  const at = text.indexOf(parts[0]);
  if (at < 0) return [-1, -1];
  const last = parts[parts.length - 1];
  const lastAt = parts.length > 1 ? text.indexOf(last, at + parts[0].length) : at;
  return [at, lastAt < 0 ? at + parts[0].length : lastAt + last.length];
}

/** The clause (between punctuation) around a phrase's first place in the text. */
function clauseOf(text: string, phrase: string, chinese: boolean): string {
  const [at, phraseEnd] = placeOf(text, phrase);
  if (at < 0) return '';
  const stops = chinese ? /[，,。！!？?；;\s]/ : /[,.;!?]/;
  let start = at;
  while (start > 0 && !stops.test(text[start - 1])) start--;
  let end = phraseEnd;
  while (end < text.length && !stops.test(text[end])) end++;
  return text.slice(start, end);
}

function isCue(phrase: string, kind: 'safety' | 'legal', chinese: boolean): boolean {
  if (kind === 'safety') return chinese ? ZH_SAFETY_CUE.test(phrase) || ZH_ILLNESS_CUE.test(phrase) || ZH_ACCIDENT_CUE.test(phrase) : EN_SAFETY_CUE.test(phrase) || EN_ACCIDENT_CUE.test(phrase);
  return chinese ? ZH_LEGAL_CUE.test(phrase) : EN_LEGAL_CUE.test(phrase);
}

/** The message ties something of its harm or legal words to the store (goods asked back untouched are no cause). */
function linked(text: string, chinese: boolean): boolean {
  const [link, goods] = chinese ? [ZH_LINK, ZH_GOODS_OF_STORE] : [EN_LINK, EN_GOODS_OF_STORE];
  return link.test(text) || (goods.test(text) && !unused(text, chinese));
}

/**
 * The message asks a routine store question and ties nothing of its harm or legal words to the store. `returnPlace`:
 * a return asked by where it goes counts as routine too (for a harm whose own cause is told).
 */
function routineWithoutLink(text: string, chinese: boolean, returnPlace = false): boolean {
  if (!asksRoutine(text, chinese, returnPlace) || linked(text, chinese)) return false;
  if (chinese ? ZH_THREAT_TOLD.test(text) : EN_THREAT_TOLD.test(text)) return false;
  // The police on the customer's own loss (a wallet stolen, a report filed for the card on the account) are no incident
  // of the store's; otherwise a report made or the police acting is one.
  if (policeMatterOwn(text, chinese)) return true;
  return chinese ? !ZH_POLICE_ON_IT.test(text) && !policeActs('', text) : !EN_POLICE_ON_IT.test(text) && !policeActs(text, '');
}

// --- Someone else's harm told as the customer's reason -------------------------------------------------------------

/**
 * Someone else's illness or hurt may be the goods' doing, and stays with the rules, unless the message tells it as the
 * customer's reason for the errand: the one hurt is said to be fine ("(she's fine)", 没事), the customer has taken the
 * errand over ("it's fallen to me", 平时都是他下单, 只能我来), or something was bought for it after (买了个体温计, "so I
 * bought a humidifier"): goods bought for an illness did not cause it.
 */
const EN_OTHER_FINE = /\b(?:he|she|they)(?:'s|s| is|'re|re| are) (?:fine|ok|okay|alright|all right|doing (?:fine|ok|okay|well))\b|\b(?:no harm done|nothing serious)\b/;
const ZH_OTHER_FINE = /没事|没什么事|没什么大碍|没大碍|无大碍|冇事|冇咩事|不严重/;
const EN_TAKEN_OVER =
  /\b(?:fallen|falls|fell|left|down) to me\b|\b(?:it's|its|it is) (?:on|up to) me\b|\bon (?:his|her|their) behalf\b|\b(?:i'm|im|i am) (?:doing|ordering|sorting|handling|buying|shopping)(?: [a-z]{2,10}){0,3} for (?:him|her|them)\b|\b(?:usually|normally) (?:does|do|handles|sorts|orders)\b/;
const ZH_TAKEN_OVER = /(?:只能|换|轮到|改由|得)我|我(?:来|替|帮|代)(?:他|她|佢)?(?:下单|买|网购|处理|弄|操作|订)|(?:平时|平常|一般|通常)都?是(?:他|她|佢)/;
const EN_BOUGHT_FOR = /\b(?:so (?:i|we) (?:bought|ordered|got)|(?:bought|ordered|got) (?:a|an|some|the) (?:[a-z-]{2,14} ){0,3}for (?:it|him|her|them))\b/;
const ZH_BOUGHT_FOR = /买了|买个|买咗|入了|订了/;

/**
 * The hurt given as the reason the customer cannot do a thing themself ("because my thumbs are numb from the cold, can
 * someone call me", "fractured my wrist, so I can't lift the pan", 因为扭伤了脚 去不了驿站, 摔伤了手 所以没法自己寄).
 */
const EN_REASON_WORD = /\b(?:because|cos|cuz|coz|since|as)\b/;
const EN_CANNOT = /\bso (?:i|we) (?:can't|cannot|can not|couldn't|won't be able|am unable|'m unable|am not able|'m not able)\b/;
const ZH_REASON_WORD = /因为/;
const ZH_CANNOT = /^(?:所以|搞到|弄得|害我)?(?:没法|没办法|不能|去不了|拿不了|搬不动|走不了|出不了门|动不了|唔可以|冇办法)/;

/** The part of `before` in its sentence (EN) or clause (ZH): after its last stop. */
function sinceStop(before: string, stops: RegExp): string {
  let at = before.length;
  while (at > 0 && !stops.test(before[at - 1])) at--;
  return before.slice(at);
}

/** The hurt given as the reason: a reason word before it in its sentence, or "so I can't" / 没法 soon after it. */
function givenAsReason(before: string, after: string, chinese: boolean): boolean {
  if (chinese) {
    if (ZH_REASON_WORD.test(sinceStop(before.slice(-12), /[，,。！!？?]/))) return true;
    const next = after.slice(0, 16);
    for (let at = 0; at <= 12 && at < next.length && !/[。！!？?]/.test(next[at]); at++) if (ZH_CANNOT.test(next.slice(at))) return true;
    return false;
  }
  if (EN_REASON_WORD.test(sinceStop(before.slice(-50), /[.!?]/))) return true;
  const stop = after.search(/[.!?]/);
  return EN_CANNOT.test(after.slice(0, Math.min(stop < 0 ? after.length : stop, 70)));
}

function toldAsReason(text: string, phrase: string, chinese: boolean): boolean {
  const [fine, takenOver, boughtFor] = chinese ? [ZH_OTHER_FINE, ZH_TAKEN_OVER, ZH_BOUGHT_FOR] : [EN_OTHER_FINE, EN_TAKEN_OVER, EN_BOUGHT_FOR];
  if (fine.test(text) || takenOver.test(text) || unused(text, chinese)) return true;
  if (harmLeadsToErrand(text, chinese)) return true;
  const [at, end] = placeOf(text, phrase);
  if (at < 0) return false;
  const [before, after] = [text.slice(Math.max(0, at - 60), at), text.slice(end)];
  if (givenAsReason(before, after, chinese)) return true;
  return boughtFor.test(after);
}

/**
 * A bodily harm of the customer's own (no one else named before it in its clause) whose clause tells an activity as its
 * occasion: "burned my hand cooking dinner", 做饭烫到手了, 打波整亲只脚 (harm-own-cause.ts).
 */
function ownCauseTold(text: string, phrase: string, chinese: boolean): boolean {
  if (!isBodilyHarm(phrase, chinese)) return false;
  const [at, end] = placeOf(text, phrase);
  if (at < 0) return false;
  const stops = chinese ? /[，,。！!？?；;\s]/ : /[,.;!?]/;
  let start = at;
  while (start > 0 && !stops.test(text[start - 1])) start--;
  let stop = end;
  while (stop < text.length && !stops.test(text[stop])) stop++;
  if ((chinese ? ZH_OTHER : EN_OTHER).test(text.slice(start, at))) return false;
  return harmHasOwnCause(text, at, end, start, stop, chinese);
}

/**
 * A legal matter told as the customer's own affairs beside a routine question, linked to nothing of the store's ("I'm a
 * law student with a court moot next Friday, what are your fastest shipping options"): the learned legal reading
 * (escalation-learned.ts), which leans on "court" and "law", is set aside as the rules' cues are.
 */
export function legalMatterAsCircumstance(english: string, chinese: string): boolean {
  if (chinese) return routineWithoutLink(chinese, true) && legalOwn(chinese, true);
  return !!english && routineWithoutLink(english, false) && legalOwn(english, false);
}

/**
 * The safety or legal phrases without the cues told as the circumstance of a routine question (see the file's
 * comment). Each language reads its own words.
 */
export function withoutCueAsCircumstance(found: readonly string[], kind: 'safety' | 'legal', english: string, chinese: string): string[] {
  if (found.length === 0) return [...found];
  const zhReads = !!chinese && routineWithoutLink(chinese, true);
  const enReads = !!english && routineWithoutLink(english, false) && !(chinese && linked(chinese, true));
  // A harm with a cause of its own told (harm-own-cause.ts) may sit beside a return asked by where it goes.
  const zhOwnReads = kind === 'safety' && !!chinese && (zhReads || routineWithoutLink(chinese, true, true));
  const enOwnReads = kind === 'safety' && !!english && (enReads || (routineWithoutLink(english, false, true) && !(chinese && linked(chinese, true))));
  if (!zhReads && !enReads && !zhOwnReads && !enOwnReads) return [...found];
  return found.filter((phrase) => {
    const chineseWord = /[\u4e00-\u9fff]/.test(phrase);
    if (kind === 'safety' && (chineseWord ? zhOwnReads : enOwnReads) && ownCauseTold(chineseWord ? chinese : english, phrase, chineseWord)) return false;
    if (chineseWord ? !zhReads : !enReads) return true;
    if (!isCue(phrase, kind, chineseWord)) return true;
    // An accident's hurt may be the goods' doing ("I broke my wrist, can you collect the chair?"): set aside only when
    // it is told as the reason, the goods asked back untouched or the one hurt said to be fine.
    const accidentOnly = kind === 'safety' && !(chineseWord ? ZH_SAFETY_CUE.test(phrase) || ZH_ILLNESS_CUE.test(phrase) : EN_SAFETY_CUE.test(phrase));
    if (accidentOnly && !toldAsReason(chineseWord ? chinese : english, phrase, chineseWord)) return true;
    if (kind === 'legal' && !(chineseWord ? legalOwn(chinese, true) : legalOwn(english, false))) return true;
    // A safety cue is the customer's own (or no one's named): someone else's illness or stay may be the goods' doing.
    if (kind === 'safety') {
      const clause = clauseOf(chineseWord ? chinese : english, phrase, chineseWord);
      const before = clause.slice(0, Math.max(0, clause.indexOf(phrase.split(/\s?…\s?/)[0])));
      const text = chineseWord ? chinese : english;
      if ((chineseWord ? ZH_OTHER.test(before) : EN_OTHER.test(before)) && !toldAsReason(text, phrase, chineseWord)) return true;
    }
    return false;
  });
}

// --- Someone else's illness as the setting of distress -------------------------------------------------------------

/** Illness told of someone as the rules read it: "is ill", "was sick", "hospital" (an accident's hurt is not among them). */
const EN_ILL_OF_SOMEONE = /^(?:is|are|was|were|has been|have been|got|fell|became|been) (?:so |very |really |seriously |quite |terribly )?(?:ill|sick|unwell|poorly)$/;
/** The store's failure told: the order gone, not come, not refunded. */
const EN_STORE_FAILED =
  /\b(?:vanished|disappeared|gone missing|went missing|is missing|lost (?:it|my|the|her|his)|never (?:arrived|came|turned up)|(?:hasn't|hasnt|has not|haven't|havent|didn't|didnt|did not) (?:arrived|come|turned up|been (?:delivered|refunded))|still (?:not|no|hasn't|waiting)|no sign of|cancelled (?:my|the|her|his) order)\b/;
const ZH_STORE_FAILED = /(?:还|都|仍然|一直)(?:没|未|冇)(?:到|收到|发货|退|寄)|不见了|弄丢|丢了|寄丢|取消了(?:我的)?订单/;

/**
 * Someone else's illness or hospital stay told as the setting of the customer's distress at the store's failure, with
 * nothing of the store's linked to it: "my mum is ill, I've been running between the hospital and home and now this order
 * for her care has vanished. I just can't cope", 我妈住院了 我两头跑 给她买的东西还没到 我快崩溃了. The illness is why
 * the failure weighs so much, not the goods' doing; the emotion is the matter (L2), not an incident (L1). Any goods told
 * as a cause ("after using your cream", 吃了你们的), the store accused of the harm, or a hurt other than illness, keep
 * the phrases.
 */
export function withoutIllnessAsSetting(found: readonly string[], english: string, chinese: string): string[] {
  if (found.length === 0) return [...found];
  const reads = (text: string, zh: boolean) =>
    !!text && !linked(text, zh) && (zh ? ZH_STORE_FAILED : EN_STORE_FAILED).test(text) && (zh ? ZH_OTHER : EN_OTHER).test(text);
  const zhReads = reads(chinese, true) && !(english && linked(english, false));
  const enReads = reads(english, false) && !(chinese && linked(chinese, true));
  if (!zhReads && !enReads) return [...found];
  const illness = (phrase: string, zh: boolean) =>
    zh ? ZH_SAFETY_CUE.test(phrase) || ZH_ILLNESS_CUE.test(phrase) : EN_SAFETY_CUE.test(phrase) || EN_ILL_OF_SOMEONE.test(phrase);
  // Every phrase must be an illness or a stay: one hurt of another kind keeps them all.
  const all = found.every((phrase) => {
    const zh = /[\u4e00-\u9fff]/.test(phrase);
    return (zh ? zhReads : enReads) && illness(phrase, zh);
  });
  return all ? [] : [...found];
}
