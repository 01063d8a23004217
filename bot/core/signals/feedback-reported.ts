/**
 * A small fault of the store's own pages reported to the store, as feedback: "reporting... a typo on your product page
 * lol. where do I send that kind of feedback?", "found a bug in your app, where do i report it?", 你们商品页有个错别字
 * 在哪里反馈. What is reported (a typo, a bug, a broken link) is a fault of the site, and it goes to the store: "report" here
 * is the store's feedback channel, not a dispute taken to someone outside. The legal model leans on "report" and
 * "send" (escalation-learned.ts); complaint.ts sets its reading aside for such a message. The rules still read a
 * matter named in so many words ("reporting you to trading standards").
 *
 * Either the fault is named on the store's own pages ("a typo on your product page"), or the customer asks where to
 * send it ("where do I send that kind of feedback?"), the fault named in the message.
 */
const EN_SITE_FAULT =
  /\b(?:typos?|spelling (?:mistakes?|errors?)|misspel\w{0,6}|grammar (?:mistakes?|errors?)|bugs?|glitch(?:es|y)?|broken links?|dead links?|404|display (?:issues?|errors?|bugs?)|formatting (?:issues?|errors?))\b/;
const EN_OWN_PAGES =
  /\b(?:on|in|with) (?:your|the|ur) (?:[a-z]{2,12} )?(?:product )?(?:page|pages|site|website|web site|app|listing|listings|homepage|home page|checkout|menu|description|faq|help centre|help center)\b/;
const EN_WHERE_TO_SEND =
  /\b(?:where|who|how) (?:do|can|should|could|would) (?:i|we) (?:send|report|submit|flag|leave|give|pass|tell|post)\b|\bwhere (?:to|should) (?:i )?(?:send|report|submit|flag)\b|\bfeedback\b/;

const ZH_SITE_FAULT = /错别字|错字|打错字|bug|漏洞|闪退|链接(?:打不开|失效|坏了|有问题)|显示(?:错误|有误|异常|不正常)|乱码/;
const ZH_OWN_PAGES = /(?:你们|你哋|贵司)?(?:的)?(?:商品页|产品页|页面|网页|网站|官网|app|应用|详情页|介绍)/;
const ZH_WHERE_TO_SEND = /(?:在哪|哪里|去哪|怎么|点样|如何)(?:里|儿)?(?:可以|能)?(?:反馈|提交|报告|汇报|上报|提|说|讲)|反馈|意见/;

/** Money or a wrong beside the fault ("the bug charged me twice, reporting you to my bank"): no longer feedback alone. */
const EN_GRIEVANCE = /\b(?:charged|charging|refunds?|money|scam\w{0,4}|fraud\w{0,4}|stole|stolen|sue|suing|court|lawyers?|police|trading standards|ombudsman|regulator|bank|chargeback|data|leak\w{0,3}|hacked)\b/;
const ZH_GRIEVANCE = /扣(?:了)?(?:钱|款)|退款|钱|骗|诈|投诉|律师|起诉|报警|消协|银行|泄露|被盗/;

export function reportsFeedback(english: string, chinese: string): boolean {
  if (EN_GRIEVANCE.test(english) || ZH_GRIEVANCE.test(chinese)) return false;
  if (english && EN_SITE_FAULT.test(english) && (EN_OWN_PAGES.test(english) || EN_WHERE_TO_SEND.test(english))) return true;
  return chinese !== '' && ZH_SITE_FAULT.test(chinese) && (ZH_OWN_PAGES.test(chinese) || ZH_WHERE_TO_SEND.test(chinese));
}
