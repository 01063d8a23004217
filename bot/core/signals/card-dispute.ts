/**
 * The payment taken back through the card or the bank, told in the customer's words rather than named as a chargeback:
 * "I've given my bank the go-ahead to reverse it", "opened a dispute with my credit card company, they'll be pulling
 * the money back", "I've told Visa it was not as described, they're handling it now", 我已经向银行提出退单,
 * 我会同信用卡公司讲 要佢哋退返笔钱. The card's issuer and a taking back in one sentence, said by the customer.
 *
 * Not a dispute: a payment declined or a refund on its way to the card ("my bank declined it twice", 退款多久能到信用卡),
 * a reversal the bank made by itself ("the payment was reversed"), and a question about what would happen ("if the
 * payment fails will my bank reverse it?", 银行能帮我追回吗).
 */

const EN_ISSUER =
  /\b(?:(?:my|our|the) (?:bank|credit card(?: company| provider| issuer)?|card (?:company|provider|issuer)|credit union|building society)|visa|amex|american express|mastercard|paypal|klarna|afterpay|barclaycard|capital one|chase|discover|citi|monzo|revolut|gcash|maya|(?:my|our) (?:e-?wallet|card issuer))\b/;
const EN_TAKE_BACK =
  /\b(?:revers(?:e|ing|al)|reversed (?:the|my|it|this|that)|disput(?:e|es|ed|ing)|(?:pull|take|get|claw|claim)(?:s|ing|ed)? (?:the |my |our |that )?(?:money|payment|funds|cash|charge|it) back|took (?:the |my |our )?(?:money|payment|it) back|charge ?back|charg(?:e|ing) (?:this|it|that|the (?:order|payment|amount)) back|not as described|(?:is|are|'re) investigating|recall(?:s|ing|ed)? (?:the |my )?(?:funds|payment|money)|(?:is|are|'re|'s) (?:now )?(?:handling|dealing with|looking into) (?:it|this)|go-?ahead|(?:file|filed|filing|open|opened|opening|raise|raised|raising|lodge|lodged|put in) (?:a )?(?:claim|case)|(?:dispute|claim|case) (?:has been|was|is) (?:now )?(?:opened|raised|filed|lodged))\b/;
const EN_CUSTOMER = /\b(?:i|i've|ive|i'm|im|i'll|ill|we|we've|we're|we'll)\b/;
/**
 * The customer's own doing with the subject left out, as chat often does: "Just raised a dispute with Visa", "Told
 * Barclaycard about the non delivery", "Going through my card issuer to get my money back".
 */
const EN_NO_SUBJECT = /^(?:just |already |have |also )?(?:raised|opened|filed|lodged|told|started|contacted|called|rang|asked|reported|disputed|going through|gone through|went through|reversed)\b/;
/** The issuer's own case named: "Klarna dispute has been opened", "a PayPal claim is open". */
const EN_ISSUER_CASE = /\b(?:klarna|paypal|visa|amex|mastercard|afterpay|bank|card) (?:dispute|claim|chargeback|case) (?:has been|was|is|'s) (?:now )?(?:opened|raised|filed|lodged|open|started|underway)\b/;
const EN_BY_ITSELF = /\b(?:was|were|been|got|get|be|is) (?:automatically )?reversed\b/;
const EN_ASKS = /\?|^\s?(?:can|could|will|would|should|how|do|does|is|what|when)\b|\bwhether\b/;

const ZH_ISSUER = /银行|信用卡(?:公司|中心)?|发卡行|卡中心|支付宝|paypal|visa|master/;
const ZH_TAKE_BACK =
  /拒付|退单|争议|追回|止付|撤销(?:交易|扣款|付款)|(?:退|拿|追|攞|要)(?:返|回)(?:笔|这笔|嗰笔|啲|我的|我嘅)?(?:钱|款|货款)|(?:把|将)(?:钱|款|这笔钱|货款)(?:退|追|拿|要)回/;
const ZH_ASKS = /[?？]|[吗么呢]$|怎么|怎样|如何|能不能|可不可以|是否|会不会|可以吗|得唔得/;

export function cardDisputes(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english) {
    for (const sentence of english.split(/(?<=[.!?;])\s|\n/)) {
      const own = EN_CUSTOMER.test(sentence) || EN_NO_SUBJECT.test(sentence.trim()) || EN_ISSUER_CASE.test(sentence);
      if (!EN_ISSUER.test(sentence) || !EN_TAKE_BACK.test(sentence) || !own) continue;
      if (EN_BY_ITSELF.test(sentence) || EN_ASKS.test(sentence)) continue;
      found.push(sentence.trim());
    }
  }
  if (chinese) {
    for (const sentence of chinese.split(/[。！？!?\n]/)) {
      if (ZH_ISSUER.test(sentence) && ZH_TAKE_BACK.test(sentence) && !ZH_ASKS.test(sentence)) found.push(sentence.trim());
    }
  }
  return found;
}
