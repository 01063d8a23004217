/**
 * A name the knowledge base has never seen, as the owner of an account, a password, a subscription or a payment: "my
 * xbox game pass payment failed", "how do i change the email on my linkedin profile", QQ密码忘了怎么找回, IG帐号被盗了,
 * LINE Pay帐号被锁了, 网易云音乐被扣了两次钱. A store's articles name its own brand, the apps it has and the ways it is
 * paid; an account or a charge of a name they never use is another service's, whatever list of companies
 * (other-company.ts) it is missing from.
 *
 * Only those owned words make the name another service: a product brand the customer bought from the store is named
 * with the product ("my Nike shoes arrived damaged", "my iPhone case is cracked") and stays in scope. Whose account
 * ("my husband's account", "my business account", 老公的会员) is not a service's name; payment brands are this store's
 * ways to pay ("my klarna payment failed": other-company.ts reads their own service).
 *
 * Text arrives folded (traditional and Cantonese to simplified Mandarin); English is read in lower case.
 */
import { stem } from '../../knowledge/search';

/** What a service owns in English: its account and sign-in, its subscription, its payments. */
const OWNED_EN = new Set([
  'account', 'accounts', 'acct', 'password', 'passcode', 'login', 'logins', 'username', 'profile', 'id', 'subscription', 'subscriptions', 'sub',
  'membership', 'premium', 'payment', 'payments', 'billing', 'bill', 'renewal', 'trial', 'plan',
]);
/** Words that open the owner's name: "my …", "the …", or the message itself. */
const OPENERS_EN = new Set(['my', 'the', 'our', 'your', 'his', 'her', 'their', 'a', 'an', 'this', 'that']);
/**
 * Which kind of account, not whose: "my business account", "my student account", "my family plan". Payment brands
 * and card networks are this store's ways to pay.
 */
const NOT_A_SERVICE_EN = new Set([
  'business', 'personal', 'work', 'school', 'student', 'guest', 'family', 'kids', 'kid', 'child', 'children', 'joint', 'main', 'second',
  'secondary', 'primary', 'backup', 'trade', 'corporate', 'wholesale', 'staff', 'employee', 'teacher', 'mum', 'mom', 'dad', 'son',
  'daughter', 'wife', 'husband', 'partner', 'friend', 'visa', 'mastercard', 'maestro', 'amex', 'unionpay', 'discover', 'jcb', 'debit',
  'credit', 'paypal', 'klarna', 'afterpay', 'clearpay', 'affirm', 'alipay', 'venmo', 'payme', 'octopus', 'revolut', 'monzo', 'zip', 'sezzle',
  'laybuy', 'apple', 'google', 'samsung', 'wechat',
]);
/** At most this many words of a name ("xbox game pass"). */
const NAME_WORDS = 3;

/** In Chinese, what a service owns or did: its account, password, sign-in, a charge or a renewal. */
const OWNED_ZH = '(?:账号|帐号|账户|帐户|密码|登录|登陆|会员|被盗|盗号|被封|封号|被锁|锁了|被冻结|冻结|被扣|扣了|扣款|扣费|多扣|续费|自动续费|连续包月|限额|被限)';
/**
 * Only a charge or a membership ended makes a name in Chinese characters another service's (视频会员怎么关掉连续包月);
 * an account needs a Latin name. A membership alone may be the store's tier (金卡会员有什么优惠), and so is its 折扣 (a
 * discount, not a deduction: 回头客会员有折扣吗).
 */
const CHARGED_ZH = '(?:被扣|扣了|扣款|扣费|多扣|自动续费|连续包月|会员(?:[^，。！？,.!? ]{0,4})(?:退订|取消|关掉|关闭|自动续费|续费|(?<!折)扣|退钱))';
const OPENERS_ZH = '^(?:请问|想问|问一下|问下|那个|你好|您好)?(?:我的|我)?';
// The fold adds 付款方式 after a payment word (LINE Pay → line pay付款方式).
const LATIN_NAME_ZH = new RegExp(`${OPENERS_ZH}([a-z][a-z0-9]{0,15}(?: [a-z0-9]{1,15}){0,2}) ?(?:付款方式)?(?:的)?(?:号)?(?:又)?(?:被)?${OWNED_ZH}`);
const HAN_NAME_ZH = new RegExp(`${OPENERS_ZH}(\\p{Script=Han}{2,8}?)(?:的)?${CHARGED_ZH}`, 'u');
/**
 * A name is no clause: 我是老客户 有会员折扣吗 says who the customer is, and a passive or a condition tells what happened
 * (如果被人扣了两次钱, 万一给扣了): 被 / 让 / 给 mark who did it, 如果 / 万一 / 假如 open a condition, never a name.
 */
const CLAUSE_ZH = /[是有在要想能会被让给]|如果|万一|假如|要是/;
/** Whose membership or charge (老公的会员, 孩子的账号), not a service's name. */
const PEOPLE_ZH = /老公|老婆|妈|爸|孩子|儿子|女儿|朋友|家人|同事|对象|亲戚|宝宝|父母|公司|自己|别人|会员卡|积分|优惠|运费|退款|订单|快递|包裹/;

const MAX_LENGTH = 300;

/**
 * The unknown name that owns an account, a password, a subscription or a charge in the message ("xbox game pass",
 * "linkedin", "qq", 网易云音乐); undefined when none. `unknownTerms`: the message's terms the knowledge base has nowhere
 * (index terms: English stems, Chinese words; the search's explanation `unknownWords`).
 */
export function unknownNameOwning(text: string, unknownTerms: ReadonlySet<string>): string | undefined {
  if (unknownTerms.size === 0) return undefined;
  const lower = text.slice(0, MAX_LENGTH).toLowerCase().replace(/\s+/g, ' ').trim();
  return englishName(lower, unknownTerms) ?? chineseName(lower, unknownTerms);
}

function englishName(lower: string, unknownTerms: ReadonlySet<string>): string | undefined {
  const words = lower.match(/[a-z0-9][a-z0-9'’+&.-]*/g) ?? [];
  for (let at = 1; at < words.length; at++) {
    if (!OWNED_EN.has(words[at])) continue;
    // The name runs back from the owned word to an opener ("my xbox game pass payment") or the message's start.
    for (let from = at - 1; from >= Math.max(0, at - NAME_WORDS); from--) {
      const opened = from === 0 || OPENERS_EN.has(words[from - 1]);
      if (!opened) continue;
      const name = words.slice(from, at);
      if (isServiceName(name, unknownTerms)) return name.join(' ');
    }
  }
  return undefined;
}

/**
 * A service's name: its first word unseen by the knowledge base and no kind of account, no one's possession, no number
 * or ordinal ("my 1st payment didnt go thru": which payment, not whose).
 */
function isServiceName(name: readonly string[], unknownTerms: ReadonlySet<string>): boolean {
  if (NOT_A_SERVICE_EN.has(name[0]) || name.some((word) => /['’]s?$/.test(word) || OPENERS_EN.has(word) || /^\d+(?:st|nd|rd|th)?$/.test(word))) return false;
  return unknownTerms.has(stem(withoutFullStops(name[0])));
}

/** A word that ends a sentence ("…my hulu.") without its full stops. */
function withoutFullStops(word: string): string {
  let end = word.length;
  while (end > 0 && word[end - 1] === '.') end--;
  return word.slice(0, end);
}

function chineseName(lower: string, unknownTerms: ReadonlySet<string>): string | undefined {
  // Spaces go between Latin and Han (QQ 密码); between Han words they end a clause and stay.
  const compact = lower.replace(/(?<=[a-z0-9]) (?=\p{Script=Han})|(?<=\p{Script=Han}) (?=[a-z0-9])/gu, '');
  const latin = LATIN_NAME_ZH.exec(compact);
  if (latin) {
    const name = latin[1].trim();
    const words = name.split(' ');
    if (!NOT_A_SERVICE_EN.has(words[0]) && words.some((word) => unknownTerms.has(stem(word)))) return name;
  }
  const han = HAN_NAME_ZH.exec(compact);
  if (han && !PEOPLE_ZH.test(han[1]) && !CLAUSE_ZH.test(han[1]) && [...unknownTerms].some((term) => term.length >= 2 && /\p{Script=Han}/u.test(term) && han[1].includes(term))) {
    return han[1];
  }
  return undefined;
}
