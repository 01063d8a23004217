import { takeoverOfAnotherPlatform } from './account-elsewhere';
import { anotherShopsClause, clauseHolding } from './another-shop';
/**
 * An account takeover told as over and settled, the reason for a routine request after it: "my account was hacked last
 * year but I got it back, now I want to change my email", 之前账号被盗过 已经找回了 现在想换个邮箱, 之前个账户被人盗用过,
 * 已经搞返好 (folded Cantonese). The takeover rule reads "hacked", 被盗, 盗用 as someone in the account now, which most
 * messages that say them mean; told in the past with its recovery after it, the customer is back in the account and asks
 * something else.
 *
 * Settled needs both: the takeover told as past (before, last year, ago, 之前, 去年, the experiential 过) and its recovery
 * told as done (got it back, sorted, 找回了, 已经解决). Anything happening again or still (again, still, 又, 再次, 还是) keeps
 * it a takeover, and so does a recovery denied (haven't got it back, 还没找回). Only the takeover phrases are set aside.
 */

const EN_PAST = /\b(?:last (?:year|month|week|summer|winter|spring|autumn|time)|(?:a few |two |three |several |some )?(?:days|weeks|months|years) ago|a while (?:ago|back)|ages ago|before|previously|in the past|once|back in [a-z]{3,9}|earlier this year)\b/;
const EN_RECOVERED =
  /\b(?:got (?:it|them|my account|the account|access|everything) back|(?:recovered|restored|secured) (?:it|my account|the account|access)|(?:it was|it's|its|it got|that was|that's|all|everything was|everything's|account was|account's|account is) (?:all )?(?:sorted|resolved|fixed|secured|restored|recovered|back to normal|fine now|ok now)|(?:sorted|fixed) (?:it|that|this) out|(?:was|been|got|all) (?:sorted|resolved|fixed)|back (?:in|into) (?:it|my account|the account)|all good now)\b/;
const EN_NOT_RECOVERED = /\b(?:not|never|haven't|hasn't|didn't|can't|cannot|couldn't|still not|yet to)\s(?:[a-z']{1,12}\s){0,2}$/;
const EN_AGAIN = /\b(?:again|still|once more|just now|right now|this morning|today)\b/;

const ZH_PAST = /之前|以前|早前|上次|去年|前年|上个月|几个月前|曾经|那时|当时|[盗改用登]过/;
const ZH_RECOVERED = /找回|拿回|取回|要回|追回|恢复(?:了|正常)|解决了|处理好|搞定|搞好了|弄好了|搞返好|搞番好|改回来|冇事了|没事了|已经好了|已经没事/;
const ZH_NOT_RECOVERED = /(?:没|没有|还没|未|冇|仲未|不能|无法|找不)$/;
const ZH_AGAIN = /又|再次|再被|还是被|仍然|依然|一直/;

function recoveredEnglish(english: string): boolean {
  const found = EN_RECOVERED.exec(english);
  return found !== null && !EN_NOT_RECOVERED.test(english.slice(Math.max(0, found.index - 30), found.index));
}

function recoveredChinese(chinese: string): boolean {
  const found = ZH_RECOVERED.exec(chinese);
  return found !== null && !ZH_NOT_RECOVERED.test(chinese.slice(Math.max(0, found.index - 3), found.index));
}

/** Whether the message tells the takeover as past and recovered, with nothing of it again or still. */
export function takeoverSettled(english: string, chinese: string): boolean {
  if (chinese) return ZH_PAST.test(chinese) && recoveredChinese(chinese) && !ZH_AGAIN.test(chinese);
  return !!english && EN_PAST.test(english) && recoveredEnglish(english) && !EN_AGAIN.test(english);
}

/** The takeover phrases, none of them when the takeover is told settled (see the file's comment). */
export function withoutTakeoverSettled(found: readonly string[], english: string, chinese: string): string[] {
  return found.length > 0 && takeoverSettled(english, chinese) ? [] : withoutTakeoverElsewhere(found, english, chinese);
}

/**
 * A breach of another shop's systems, read about or heard of: "is my data safe with you? I read about some other store
 * being hacked", "saw that another retailer got hacked, are my card details ok", 听说别家网站被黑了 你们安全吗. The hack
 * is that shop's (another-shop.ts: its clause names another shop and nothing of this one's); the customer asks about
 * the safety of their own data here, a routine question of privacy, not an account taken over. A phrase is set aside
 * only when every place it stands is in such a clause.
 */
function withoutTakeoverElsewhere(found: readonly string[], english: string, chinese: string): string[] {
  return found.filter(
    (phrase) =>
      !ofAnotherShopEverywhere(phrase, english) &&
      !ofAnotherShopEverywhere(phrase, chinese, true) &&
      !ofAnotherPerson(phrase, english, chinese) &&
      // "got hacked in fortnite", 我的微信号被盗了: another platform's account (account-elsewhere.ts).
      !takeoverOfAnotherPlatform(phrase, english, chinese),
  );
}

/**
 * Someone else's account taken over, told as why the customer asks about the safety of their own data here: "my friend's
 * bank got hacked last month and it freaked me out, what do you keep about me", "my sister's paypal got hacked, how do you
 * store card details", 我朋友的微信被盗了 你们怎么保护我的信息. The hacked thing belongs to another person (a possessive of a
 * person: "friend's", 朋友的), and the sentence that tells it names nothing of the customer's own account or this shop's
 * ("my friend's account on your site", 我妈在你们这的账号被盗了 stay takeovers: someone is in an account here).
 */
const EN_PERSON = String.raw`(?:friend|mate|sister|brother|mum|mom|mother|dad|father|wife|husband|partner|boyfriend|girlfriend|son|daughter|cousin|aunt|uncle|neighbou?r|colleague|co-?worker|workmate|boss|roommate|flatmate|housemate|grandma|grandad|grandpa|gran|nan)`;
const EN_OTHERS_THING = new RegExp(String.raw`\b(?:my|our|a) (?:best |old |close )?${EN_PERSON}s?'s? (?:[a-z]{1,14} ){0,2}?(?:bank|account|email|e-mail|paypal|card|phone|instagram|facebook|insta|fb|twitter|tiktok|whatsapp|netflix|amazon|icloud|gmail|details|login)s?\b`, 'i');
const EN_HERE = /\b(?:your|you|u|ur|here|this (?:site|shop|store|app)|my (?:account|card|details|password|email|login|orders?))\b/i;
const ZH_OTHERS_THING = /(?:朋友|同事|同学|室友|邻居|我妈|我爸|妈妈|爸爸|老公|老婆|男朋友|女朋友|姐姐|妹妹|哥哥|弟弟|表姐|表哥|亲戚|闺蜜)的?(?:银行卡|银行|账号|账户|帐号|帐户|微信|支付宝|邮箱|qq|卡|手机)/;
const ZH_HERE = /你|您|贵|这里|这边|本店|我的(?:账号|账户|帐号|帐户|卡|密码|订单)/;

function ofAnotherPerson(phrase: string, english: string, chinese: string): boolean {
  const text = chinese || english;
  if (!text || !phrase || phrase.includes('…') || !text.includes(phrase)) return false;
  const marks = chinese ? /[。！!？?；;，,\s]+/ : /[.!?;]+/;
  const telling = text.split(marks).filter((sentence) => sentence.includes(phrase));
  return telling.every((sentence) =>
    chinese
      ? ZH_OTHERS_THING.test(sentence) && !ZH_HERE.test(sentence.replace(ZH_OTHERS_THING, ' '))
      : EN_OTHERS_THING.test(sentence) && !EN_HERE.test(sentence),
  );
}

const OWN_ACCOUNT = /\b(?:my|our) (?:account|card|orders?|details|password|email|login)\b|\bhere\b|我的(?:账号|账户|帐号|帐户|卡|订单|密码)|我(?:这边|这里)的?(?:账号|账户)/;

function ofAnotherShopEverywhere(phrase: string, text: string, chinese = false): boolean {
  if (!text || !phrase || phrase.includes('…')) return false;
  let any = false;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    any = true;
    const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('?', at), text.lastIndexOf('!', at), text.lastIndexOf('。', at), text.lastIndexOf('？', at), text.lastIndexOf('！', at)) + 1;
    const ends = [...'.?!。？！'].map((mark) => text.indexOf(mark, at + phrase.length)).filter((i) => i >= 0);
    const sentence = text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
    const clause = clauseHolding(sentence, at - start, at - start + phrase.length, chinese);
    // "another site got hacked and now my account here has orders i didn't make": the customer's own account in it too.
    if (!anotherShopsClause(clause) || OWN_ACCOUNT.test(clause)) return false;
  }
  return any;
}
