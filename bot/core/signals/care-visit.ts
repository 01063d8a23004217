/**
 * A hospital, a clinic or a doctor named as where the customer is or goes for routine care, beside a routine question:
 * "at the hospital for my scan appt, whats the quickest way to check my refund", "sitting in the GP waiting room, where's
 * my order", "visiting my grandad at the hospital for his check-up", 在医院等复诊 顺手查下退款 (Cantonese 喺醫院等覆診,
 * folded), 我今天去医院做检查, 下午要去看医生 (Cantonese 睇醫生) 包裹可以放门口吗. The safety rule reads "at the hospital",
 * 在医院, 看医生 and 诊所 as an incident's outcome; here the care word is tied, in its own clause, to a purpose of routine
 * care (an appointment, a check-up, a follow-up, a scan, a visit, waiting one's turn) or, for a doctor seen, to a time
 * or an intent ahead (下午要去看医生): the customer's schedule, not where a product sent someone.
 *
 * hospital-mention.ts reads a hospital as an address, a workplace or a stay; this reads it as an errand of care. As
 * there, any word of a cause keeps it an incident (after eating, because of, used, your…, 吃了, 用了, 过敏, 被, the
 * store's goods named as the store's: "the heater you sold me", 你们的零食): "at the hospital for a scan after the
 * ladder gave way" stays one. Only the care words are set aside: a burn, a rash or a fall told beside them stays with
 * the rules.
 */
import { EN_CAUSE, ZH_CAUSE } from './hospital-mention';
import { asksOrRequests } from './question-form';

/** The safety phrases that name a place or a visit of care (not a stay, an ambulance or the emergency ward). */
const EN_CARE_PHRASE = /\b(?:hospital|clinic|doctors?|gp)\b/;
const EN_NOT_A_VISIT = /hospitali[sz]ed|a&e|\ber\b|emergency|ambulance|urgent care/;
const ZH_CARE_PHRASE = /医院|医生|诊所|就医/;
// 住院, 入院 and 送医 are a stay or an admission, 急诊 the emergency ward: hospital-mention.ts reads those.
const ZH_NOT_A_VISIT = /住|入院|送医|急诊|急症|救护/;

/** The care word in its clause: the words of a care place or of seeing a doctor. */
const EN_CARE_AT = /\b(?:hospital|clinic|doctors?|doctor's|gp|gp's|surgery|dentist|dentist's|dental|vet|vets|vet's|optician|opticians|physio)\b/g;
/** A purpose of routine care, or the customer's turn or visit, told in the care word's sentence. */
const EN_ROUTINE_CARE =
  /\b(?:appt|appts|appointments?|check-?ups?|follow-?ups?|routine|scans?|screening|antenatal|ante-natal|prenatal|jabs?|vaccinations?|vaccines?|booster|flu shot|blood (?:test|tests|work)|physio|dental|waiting (?:room|area)|visiting|visiting hours|shift|shifts|on call|clinic day)\b/;

const ZH_CARE_AT = /医院|诊所|门诊|牙医|牙科|兽医|宠物医院|卫生院|医生/g;
/** A purpose of routine care after the care word (复诊, 覆诊 unfolded, 检查, 体检, 产检, 排队, 拿药, 探病…). */
const ZH_ROUTINE_CARE =
  /复诊|覆诊|复查|覆查|检查|体检|产检|看诊|挂号|排队|等号|叫号|拿药|取药|配药|预约|约了|探病|探望|看望|打疫苗|疫苗|洗牙|补牙|验血|抽血|照片|上班|返工|值班|夜班|轮班/;
/** A doctor to be seen, told as a time or an intent ahead: 下午要去看医生, 等阵去睇医生 (folded 看医生), 约了医生. */
const ZH_DOCTOR_AHEAD = /(?:今天|明天|后天|下午|上午|早上|晚上|中午|等下|等会|待会|一阵|等阵|迟啲|迟些|晚点|下周|下礼拜|下星期|周[一二三四五六日末]|礼拜[一二三四五六日天]|星期[一二三四五六日天]|要|准备|约了|预约了?)[^，,。！!？?；;\s]{0,3}(?:去)?(?:看|见)医生/;

/** The store's goods named as the store's ("your kettle", "you sold", 你们的零食); its routine things are not goods. */
const EN_STORE_GOODS =
  /\b(?:your|ur)\b(?! (?:[a-z]{2,10}est |usual |standard |express )?(?:website|site|app|refunds?|returns?|delivery|deliveries|shipping|customer service|support|team|store|shop|system|tracking|policy|policies|couriers?|options?|hotline|chat|number|help))|\b(?:you|u)(?: guys)? (?:sold|sent|shipped|made)\b|\b(?:bought|ordered|got) (?:it |them |this |these |one )?from (?:you|u)\b/;
const ZH_STORE_GOODS =
  /(?:你们|你哋|你家|贵店|店家|商家)(?:的|嘅|啲|家|卖|寄|发)(?!发票|收据|客服|退货|退换|退款|订单|配送|送货|快递|物流|网站|官网|app|电话|政策|规定|地址|门店|账号|平台|售后)|买的|买嘅/;

/** The sentence (English) or clause (Chinese) around `at`. */
function around(text: string, at: number, end: number, stops: RegExp): string {
  let start = at;
  while (start > 0 && !stops.test(text[start - 1])) start--;
  let stop = end;
  while (stop < text.length && !stops.test(text[stop])) stop++;
  return text.slice(start, stop);
}

function englishVisit(english: string): boolean {
  if (!english || EN_CAUSE.test(english) || EN_STORE_GOODS.test(english) || !asksOrRequests(english, false)) return false;
  EN_CARE_AT.lastIndex = 0;
  for (let m = EN_CARE_AT.exec(english); m; m = EN_CARE_AT.exec(english)) {
    if (EN_ROUTINE_CARE.test(around(english, m.index, m.index + m[0].length, /[.!?;]/))) {
      EN_CARE_AT.lastIndex = 0;
      return true;
    }
  }
  EN_CARE_AT.lastIndex = 0;
  return false;
}

function chineseVisit(chinese: string): boolean {
  if (!chinese || ZH_CAUSE.test(chinese) || ZH_STORE_GOODS.test(chinese) || !asksOrRequests(chinese, true)) return false;
  if (ZH_DOCTOR_AHEAD.test(chinese)) return true;
  ZH_CARE_AT.lastIndex = 0;
  for (let m = ZH_CARE_AT.exec(chinese); m; m = ZH_CARE_AT.exec(chinese)) {
    // The purpose follows the place in its clause (在医院等复诊, 去医院做检查, 喺牙医度洗牙).
    const clause = around(chinese, m.index, m.index + m[0].length, /[，,。！!？?；;\s]/);
    const after = clause.slice(clause.indexOf(m[0]) + m[0].length, clause.indexOf(m[0]) + m[0].length + 8);
    if (ZH_ROUTINE_CARE.test(after)) {
      ZH_CARE_AT.lastIndex = 0;
      return true;
    }
  }
  ZH_CARE_AT.lastIndex = 0;
  return false;
}

/** The message names a place of care or a doctor as the customer's routine errand of care (see the file's comment). */
export function careVisitTold(english: string, chinese: string): boolean {
  return englishVisit(english) || chineseVisit(chinese);
}

/** The safety phrases without the care words of a routine visit (see the file's comment). */
export function withoutCareVisit(found: readonly string[], english: string, chinese: string): string[] {
  const isCare = (phrase: string) =>
    /[\u4e00-\u9fff]/.test(phrase) ? ZH_CARE_PHRASE.test(phrase) && !ZH_NOT_A_VISIT.test(phrase) : EN_CARE_PHRASE.test(phrase) && !EN_NOT_A_VISIT.test(phrase);
  if (!found.some(isCare)) return [...found];
  const en = englishVisit(english);
  const zh = chineseVisit(chinese);
  if (!en && !zh) return [...found];
  return found.filter((phrase) => !(isCare(phrase) && (/[\u4e00-\u9fff]/.test(phrase) ? zh : en)));
}
