/**
 * A court, a lawsuit, a lawyer or the police as the customer's own affairs, the legal kind of circumstance
 * (circumstance-cue.ts): given as the reason a routine thing is needed (我自己打官司需要购物凭证, "I'm going to court next
 * month over my divorce and need a copy of my invoice"), a role of the customer's ("police officer here", 我们是法院的行政,
 * "a trainee with a tribunal hearing", a juror or a witness), a court the customer goes to on a day of their own (明天要去
 * 法院办事, "at court all day tomorrow"), or the police on the customer's own loss. Never an act against the store (告,
 * 起诉, sue): store-link.ts reads those as links.
 */
import { ownThingsStolen } from './theft-suffered';

/** A court, a lawsuit, a lawyer or the police named as part of the customer's affairs (never an act: 告, 起诉, sue). */
const EN_LEGAL_CUE = /^(?:(?:to|in|into|approach the|approach a) court|court(?: (?:case|order))?|lawsuit|lawyers?|attorneys?|solicitors?|police|litigation|court dates?(?: set)?|tribunal|hearing)$/;
const ZH_LEGAL_CUE = /^(?:打官司|官司|诉讼|法院|法庭|律师|警察|公安|法务|(?:已经|已)?报(?:了|过)?(?:警|案)|(?:去|到)(?:了)?(?:派出所|警局|警察局|警署)(?:报案|备案|立案|落案))$/;

/** The phrase the legal rule read is a court, a lawsuit, a lawyer or the police named (not an act). */
export function isLegalCue(phrase: string, chinese: boolean): boolean {
  return chinese ? ZH_LEGAL_CUE.test(phrase) : EN_LEGAL_CUE.test(phrase);
}

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

/** The police in the customer's own matter: the customer's own things stolen, or a report filed for the account or card. */
export function policeMatterOwn(text: string, chinese: boolean): boolean {
  if (chinese ? ZH_SHOP_ACCUSED.test(text) : EN_SHOP_ACCUSED.test(text)) return false;
  if (chinese ? ownThingsStolen('', text) : ownThingsStolen(text, '')) return true;
  return chinese
    ? ZH_REPORT_FILED.test(text) && ZH_OWN_ACCOUNT.test(text) && !ZH_STORE_GOODS.test(text)
    : EN_REPORT_FILED.test(text) && EN_OWN_ACCOUNT.test(text) && !EN_STORE_GOODS.test(text);
}

/** A legal matter of the customer's own: a reason or a role (EN_LEGAL_OWN), a court errand on a day, the police on the customer's own loss. */
export function legalOwn(text: string, chinese: boolean): boolean {
  return chinese
    ? ZH_LEGAL_OWN.test(text) || ZH_COURT_ERRAND.test(text) || policeMatterOwn(text, true)
    : EN_LEGAL_OWN.test(text) || EN_COURT_ERRAND.test(text) || policeMatterOwn(text, false);
}
