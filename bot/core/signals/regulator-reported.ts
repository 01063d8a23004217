/**
 * A dispute taken to an authority named by a word that also means something else: the market regulator (工商, not
 * 工商银行), customs (海关: Hong Kong Customs enforces the law on goods not as described, 货不对办; "does customs hold my
 * parcel" is a shipping question), the postal regulator (邮政局), Taiwan's Fair Trade Commission (公平会) and the other
 * agencies customers report a shop to. The legal rule (complaint.ts) reads the names that mean nothing else (消协,
 * 12315, 消基会, 消委会, 市场监管, trading standards); these count with a verb of reporting or contacting before them
 * (打电话给工商了, 我会报海关, 去邮政局申诉) or a report after them (工商投诉). A question about the authority ("要报海关吗",
 * "需要去海关拿吗") reports nothing.
 *
 * English: a report to customs, border force or a consumer council, which the legal rule's "report you to the
 * regulator" phrases do not name.
 */

/** Authorities named by words with another everyday meaning (folded to simplified). */
const ZH_AUTHORITY =
  '(?:工商(?!银行|业|管理|学|注册|执照|登记|局长)|(?:香港)?海关|邮政(?:管理)?局|邮管局|物价局|质监局|质检局|药监局|食药监|食药署|食品药物管理署|公平会|公平交易委员会|经济部|商务局|卫生局|食安中心|通讯(?:事务)?管理局|通讯局|竞争事务委员会|竞委会|ncc|消保处|行政院|标检局|信访(?:办|局)?|卫健委|质量技术监督局|' +
  // Any government body by the ending its name takes: 某某市场监督管理局, 消费者权益保护委员会, 主管机关.
  '[^，,。！？\\s]{1,6}?(?:管理局|监督局|监管局|管理署|事务署|主管机关|主管部门))';
/** Reporting to it, or contacting it about the dispute. */
const ZH_REPORT_VERB = '(?:报|报告|举报|投诉|告|反映|申诉|检举|打电话给|打电话去|打给|打去|致电|找|联系|联络|通知|写信给|去)';
const ZH_REPORTED = new RegExp(`${ZH_REPORT_VERB}(?:到|给|去)?(?:了|咗|过)?(?:当地|本地|市|区|县)?(?:的)?${ZH_AUTHORITY}`);
const ZH_REPORT_AFTER = new RegExp(`${ZH_AUTHORITY}(?:那边|那里)?(?:投诉|举报|申诉|检举|告|报案|通报|反映)`);
/** Customs is also where a parcel is collected: going there or finding it is no report. */
const ZH_CUSTOMS_ERRAND = /(?:去|找)(?:了|咗|过)?(?:香港)?海关/;
const ZH_ASKS = /[吗么][?？]?$|[?？]|需要|要不要|用不用|是否|怎么|如何|可以|能不能|点样|使唔使/;
const ZH_CLAUSE = /[。！？!?\n]/;

const EN_REPORTED =
  /\b(?:report(?:ing|ed)?|complain(?:ing|ed)?|go(?:ing)?|went|writ(?:e|ing)|call(?:ing|ed)?|contact(?:ing|ed)?|tell(?:ing)?|told)(?: (?:you|this|it|your (?:company|shop|store)|them))? (?:to|with) (?:the )?(?:customs|border force|consumer council|consumer affairs(?: department)?|department of (?:consumer|fair trading)|fair trade commission|customs and excise)\b/;
const EN_ASKS = /\?|^(?:do|does|will|would|can|could|should|is|are|how|what|when|where)\b/;

export function regulatorsReported(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english) {
    for (const clause of english.split(/[.!;]+/)) {
      const reported = EN_REPORTED.exec(clause.trim());
      if (reported && !EN_ASKS.test(clause.trim())) found.push(reported[0]);
    }
  }
  if (chinese) {
    for (const clause of chinese.split(ZH_CLAUSE)) {
      if (!clause || ZH_ASKS.test(clause)) continue;
      // Going to customs is an errand, unless a report follows it: 我会去海关投诉你们商品说明不实.
      const before = ZH_REPORTED.exec(clause);
      const reported = before && !(/海关/.test(before[0]) && ZH_CUSTOMS_ERRAND.test(before[0])) ? before : ZH_REPORT_AFTER.exec(clause);
      if (!reported) continue;
      found.push(reported[0]);
    }
  }
  return found;
}
