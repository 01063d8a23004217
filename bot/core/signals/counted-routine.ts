import { EN_NEW_ERRAND, EN_PRESENCE_AGAIN } from './new-errand';

/**
 * A routine act counted, with nothing failed: 我这是第二次退货了 还是免运费吗 ("my second return — still free?"), 第二次退貨
 * 仲係免運費嗎, 第三次申请会员. The repeated-contact rule counts 第N次 before a return, a refund, an exchange or an
 * application because a customer who has had to return or claim again usually tells a failure; the count is only one
 * when the message tells what failed (没到, 坏, 错, 又, 一直, 拒, 冇) — otherwise it is a question about the act itself.
 * Contacts counted (第三次问, 第四次联系) and failures counted (第二次发错) are not routine acts and stay.
 */
const ROUTINE_COUNTED = /^第[^次回遍]{1,4}[次回遍](?:了|的)?(?:退货|退款|换货|退换|申请|提交|来|下单|购买|回购)$/;
/** What failed, in simplified characters (the rules read folded text): not come, broken, wrong, again, refused, still not. */
const ZH_FAILURE =
  /没|未|冇|唔(?:得|到|退|批|通过|收到)|不(?:行|给|到|退|通过|让|了了之)|坏|烂|破|错|问题|毛病|失败|拒|驳回|又|一直|仍然|依然|还没|还不|还是(?:没|不|坏|错)|催|投诉|气|骗|搞什么|怎么回事/;

/**
 * An apology for writing again, in English: "Hi again, apologies for the second message, is paying in instalments an
 * option?" counts its own message to be polite, as 不好意思又来问了 does; "sorry for the 3rd email, still no refund" tells
 * what failed and stays a chase.
 */
const EN_APOLOGY_FOR_MESSAGE =
  /\b(?:sorry|apologies|apologi[sz]e|pardon)(?: (?:for|about))? (?:the|my|this|a) (?:second|2nd|third|3rd|another|extra|double|follow[- ]?up) (?:message|msg|email|e-mail|chat|question|text)\b/;
/**
 * The apology or the new errand right beside the count, after it as often as before: "second message today sorry, can i
 * also add a gift note", "2nd message, forgot to ask: do you ship to ireland". What follows is something new, not a
 * chase; a failure told anywhere (EN_FAILURE) keeps it one.
 */
const EN_COUNT_THEN_NEW =
  /\b(?:second|2nd) (?:message|msg|email|e-mail|chat|question|text)(?: (?:today|this (?:morning|afternoon|evening)|in a row))?,? (?:(?:sorry|apologies|soz|lol|haha)\b|(?:[a-z']{1,10} ){0,3}(?:also|forgot|one more|another (?:question|thing)|quick question|btw)\b)/;
const EN_COUNTED_MESSAGE = /\b(?:second|2nd|third|3rd) (?:message|msg|email|e-mail|chat|question|text)(?: (?:today|this (?:morning|afternoon|evening)))?$/;
const EN_FAILURE =
  /\b(?:still|again|never|nobody|no one|yet|not (?:received|arrived|here|fixed|sorted|resolved|working|heard)|(?:haven't|hasn't|havent|hasnt|didn't|didnt|wasn't|isn't|won't|can't|cannot) (?!wait\b)[a-z]{2,12}|no (?:reply|response|answer|update|news|word|refund)|broken|damaged|wrong|missing|late|lost|faulty|ignored|waiting|chas(?:e|ing))\b/;

/**
 * The customer's own buying counted: "ordering from you again, second time this month 😊 do I get points on both?" is a
 * loyal customer, not a chase; "again" there is the buying again, not a failure again. A failure told keeps it a count.
 */
const EN_BUYING_AGAIN = /\b(?:order(?:ing|ed)?|buy(?:ing)?|bought|shop(?:ping|ped)?|purchas(?:e|ing|ed))(?: (?:from|with|at) (?:you|u|ya|your (?:store|shop|site))(?: guys)?| here)?(?: again)\b/g;
const EN_COUNTED_TIME = /^(?:for the )?(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|nth|umpteenth|hundredth) times?(?: this (?:week|month|year)| today| in a row)?$/;

/**
 * The customer's own lapse counted: "I hate myself for forgetting my password for the fifth time this year, how do I
 * reset it", 又唔記得密碼 第五次喇 點樣重設, "forgot my pin again haha, third time this year" (the again is the
 * forgetting's). What repeats is the customer's forgetting, not the shop's failure; a failure of the shop told beside it
 * (the reset link never came, 收唔到验证码) keeps the count a chase.
 */
const EN_OWN_LAPSE = /\b(?:forg[eo]t(?:ten|ting)?|lost|lose|losing|misplaced|mistyped|locked myself out of) (?:my |the )?(?:password|passcode|pin|login|log-in|username|user name|account details|sign[- ]in details)(?: (?:yet |once )?again)?\b/g;
const ZH_OWN_LAPSE = /(?:忘记|忘了|忘咗|唔记得|不记得|记不住|记不起|记唔到|记唔住)(?:了|咗)?(?:我的|我嘅)?(?:登录|登入|支付)?(?:密码|账号|帐号|用户名)/g;
/** A Chinese count of times, told alone: 第五次了, 第三次喇. */
const ZH_COUNTED_TIME = /^(?:又)?第[^次回遍]{1,4}[次回遍](?:了|喇|啦)?$/;

/**
 * The customer's own tries at the site, counted: "ive clicked forgot password like 4 times now and the reset email never
 * arrives", "tried paying three times now". What repeats is the customer's own pressing or typing, not a contact with
 * the shop: the failure told beside it is the problem to answer (the reset e-mail, the payment), and a contact counted
 * ("called you 4 times now") stays a chase.
 */
const EN_OWN_TRIES_COUNT = /\b(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a few|several|multiple|so many) times|twice)(?: (?:now|already|this (?:week|month)|today))?$/;
const EN_OWN_TRY_VERB =
  /\b(?:i|i've|ive|i have|we|we've)(?: (?:already|now|literally|just|even))? (?:clicked|pressed|hit|tapped|tried|retried|entered|re-?entered|typed|re-?typed|refreshed|restarted|reinstalled|reset|attempted|requested|logged (?:in|out)|signed (?:in|out)|submitted|filled (?:in|out))\b/;
const EN_CONTACT_IN_SENTENCE = /\b(?:call(?:ed|ing)?|rang|phoned|emailed|e-mailed|messaged|wrote|contacted|chased|asked|told|complained|chatted)\b/;

function ownTriesCounted(evidence: string, english: string): boolean {
  if (!EN_OWN_TRIES_COUNT.test(evidence)) return false;
  const at = english.indexOf(evidence);
  if (at < 0) return false;
  const before = english.slice(Math.max(0, at - 70), at);
  const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
  return EN_OWN_TRY_VERB.test(sentence) && !EN_CONTACT_IN_SENTENCE.test(sentence);
}

/** "Hi again", "me again" greet; they tell no failure (new-errand.ts). */
const EN_GREETING_AGAIN = EN_PRESENCE_AGAIN;

export function withoutRoutineCounted(found: readonly string[], chinese: string, english = ''): string[] {
  let kept = [...found];
  if (english && (EN_APOLOGY_FOR_MESSAGE.test(english) || EN_COUNT_THEN_NEW.test(english) || EN_NEW_ERRAND.test(english)) && !EN_FAILURE.test(english.replace(EN_GREETING_AGAIN, ''))) kept = kept.filter((evidence) => !EN_COUNTED_MESSAGE.test(evidence));
  if (english && english.search(EN_BUYING_AGAIN) >= 0 && !EN_FAILURE.test(english.replace(EN_BUYING_AGAIN, '').replace(EN_GREETING_AGAIN, ''))) {
    kept = kept.filter((evidence) => !EN_COUNTED_TIME.test(evidence));
  }
  if (english && english.search(EN_OWN_LAPSE) >= 0 && !EN_FAILURE.test(english.replace(EN_OWN_LAPSE, ''))) {
    kept = kept.filter((evidence) => !EN_COUNTED_TIME.test(evidence));
  }
  if (english) kept = kept.filter((evidence) => !ownTriesCounted(evidence, english));
  if (chinese && chinese.search(ZH_OWN_LAPSE) >= 0 && !ZH_FAILURE.test(chinese.replace(ZH_OWN_LAPSE, '').replace(/又/g, ''))) {
    kept = kept.filter((evidence) => !ZH_COUNTED_TIME.test(evidence));
  }
  if (!chinese || ZH_FAILURE.test(chinese)) return kept;
  return kept.filter((evidence) => !ROUTINE_COUNTED.test(evidence));
}
