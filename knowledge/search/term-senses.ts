/**
 * Words a shop's customers use in two senses, read by what the rest of the message is about (coverage.ts).
 *
 * "Safe" (安全) is about an account, a card or personal data ("is my data safe", 银行卡信息安全吗), or about a thing
 * bought: whether a child may use it, whether it is safe to eat or to plug in ("is this toy safe for a 3 year old",
 * 孩子的实验套装 6岁能玩吗 安全吗). A knowledge base with a privacy article and none on product safety shares the word
 * with the first kind only, and a match on it alone would answer a product question with the privacy policy.
 *
 * So, where the message speaks of a thing bought or of a child and not of an account, card, payment or data, the word
 * counts as had only by an article that speaks of things bought too (商品, "product", "toy"…): the same word in the
 * same sense. A message that speaks of both, or of neither, keeps the word as written. These are facts about how
 * shoppers write, not about one store: a store with a product-safety article has the word beside product words.
 */
import { boughtThingPositions, termClassOf } from './term-classes';
import { analyzeText, type TextAnalysis } from './tokenize';

export type TermSense = 'product';

/** The words with two senses, as written (English stems and Chinese words are derived below). */
const SAFETY_WORDS = ['safe', 'safety', 'unsafe', 'harmful', '安全', '安不安全', '危险', '有害', '有毒', '无毒'];

/** Words of a thing in use, and of who uses it: a child, an age ("6 year old", 6岁), eating, playing. */
const PRODUCT_CONTEXT = [
  'kid', 'kids', 'child', 'children', 'baby', 'babies', 'toddler', 'infant', 'newborn', 'year', 'yr', 'yrs', 'age',
  'toy', 'toys', 'play', 'eat', 'edible', 'food', 'skin', 'pet', 'dog', 'cat', 'material', 'materials', 'plastic',
  'chemical', 'chemicals', 'ingredient', 'ingredients', 'battery', 'plug', 'use', 'wear',
  '孩子', '小孩', '儿童', '宝宝', '婴儿', '幼儿', '小朋友', '岁', '玩', '玩具', '吃', '食用', '入口', '皮肤', '宠物', '狗',
  '猫', '材质', '材料', '塑料', '化学', '成分', '电池', '插电', '用', '戴', '穿', '孕妇',
];

/** Words of an account, a card, a payment or personal data: the other sense. */
const ACCOUNT_CONTEXT = [
  'account', 'data', 'information', 'info', 'detail', 'details', 'password', 'privacy', 'private', 'personal', 'card',
  'pay', 'payment', 'checkout', 'site', 'website', 'login', 'log', 'bank', 'paypal', 'transaction', 'secure', 'hack',
  '账号', '账户', '信息', '数据', '个人', '隐私', '密码', '银行卡', '信用卡', '卡', '付款', '支付', '网站', '登录', '银行',
  '泄露', '资料', '交易', '转账',
];

/** What an article speaks of when it speaks of things bought. */
const PRODUCT_ANCHORS = ['item', 'items', 'product', 'products', 'toy', 'toys', 'child', 'children', '商品', '产品', '玩具', '儿童', '孩子'];

interface SenseTables {
  safety: Set<string>;
  product: Set<string>;
  account: Set<string>;
  anchors: string[];
}

let tables: SenseTables | undefined;

/** A word's terms as the index analyses them (a Chinese word whole, English stems). */
function termsOf(word: string): string[] {
  const analysis = analyzeText(word);
  return analysis.hanWords.length > 0 ? [analysis.hanWords.join('')] : analysis.stems;
}

function tablesOf(): SenseTables {
  tables ??= {
    safety: new Set(SAFETY_WORDS.flatMap(termsOf)),
    product: new Set(PRODUCT_CONTEXT.flatMap(termsOf)),
    account: new Set(ACCOUNT_CONTEXT.flatMap(termsOf)),
    anchors: [...new Set(PRODUCT_ANCHORS.flatMap((word) => analyzeText(word).terms))],
  };
  return tables;
}

/** Whether a term is one of the two-sense words of safety. */
export function isSafetyTerm(term: string): boolean {
  return tablesOf().safety.has(term);
}

/**
 * The sense the message gives its safety words: `product` when it speaks of a thing bought (`namesProduct`: the caller
 * found one by class, term-classes.ts), a child or a use and not
 * of an account, a card, a payment or data; undefined otherwise (no safety word, both senses, or neither).
 */
export function safetySenseOf(analysis: TextAnalysis, namesProduct = false): TermSense | undefined {
  const { safety, product, account } = tablesOf();
  const terms = [...analysis.stems, ...analysis.hanWords];
  if (!terms.some((term) => safety.has(term))) return undefined;
  if (terms.some((term) => account.has(term))) return undefined;
  const aboutThing = namesProduct || boughtThingPositions(analysis.words).size > 0 || terms.some((term) => product.has(term) || termClassOf(term) === 'product');
  return aboutThing ? 'product' : undefined;
}

/** Terms an article must have beside a safety word for the word to be had in the product sense. */
export function productSenseAnchors(): readonly string[] {
  return tablesOf().anchors;
}

/**
 * What a thing bought does, by the verb a customer uses for it (stems): a charger charges, a kettle heats and boils, a
 * fan spins, a phone turns or switches on. "Charge" has a second sense, a card's ("you charged me twice"), and that is
 * the one a knowledge base with a double-charge article shares: so these verbs, said of a thing that stopped doing
 * them, are read as the thing failing (below), not as themselves.
 */
const FUNCTION_VERBS = new Set([
  'charg', 'heat', 'boil', 'spin', 'blow', 'cool', 'light', 'play', 'connect', 'start', 'switch', 'turn', 'power',
  'work', 'hold', 'pair', 'dry', 'freez', 'toast', 'vibrat', 'print', 'ring', 'beep', 'sound', 'sync',
]);

/** Words that say the verb after them has stopped: "stopped charging", "quit working". */
const STOPPED = new Set(['stop', 'quit', 'ceas']);
/** Words that say the negated verb did once work: "doesn't heat anymore", "no longer charges". */
const NO_MORE = new Set(['anymor', 'long']);
/** Who is charged when "charge" is a card's: "stopped charging me", "charges us twice". */
const CHARGED_ONES = new Set(['me', 'us', 'them', 'him', 'her']);
/** A negation before the verb ("isn't", "won't", "can't" are split to their verb and "not" by tokenize.ts). */
const NEGATIONS = new Set(['not', 'never', 'no']);
/**
 * What the verb is done to or with when it is a payment's, a code's or a page's, not a device's: "stopped charging me",
 * "my card doesn't work anymore", "the code won't work", "the app won't start". Then the message is not about a thing
 * bought that failed.
 */
const NOT_A_DEVICE = new Set([
  'card', 'account', 'payment', 'pay', 'bank', 'paypal', 'subscript', 'code', 'coupon', 'voucher',
  'promo', 'discount', 'link', 'app', 'site', 'websit', 'page', 'login', 'log', 'password', 'track', 'email', 'checkout',
]);

/**
 * Where a message says a thing stopped doing what it does — "the charger isn't charging anymore", "kettle doesn't heat
 * anymore", "stopped working after a week", "no longer turns on" — the positions of those verbs in `words` (tokenize.ts:
 * words and their Porter stems, negations split from their verb); empty otherwise. A negated verb needs "anymore" or
 * "no longer" (it worked before: the "won't turn on" of a new thing is as often a question of use); a message about a
 * card, a payment, a code or a page is none of this.
 */
export function stoppedFunctionPositions(stems: readonly string[]): number[] {
  if (stems.some((term) => NOT_A_DEVICE.has(term))) return [];
  const noMore = stems.some((term, i) => term === 'anymor' || (term === 'ani' && stems[i + 1] === 'more') || (term === 'long' && stems[i - 1] === 'no'));
  const positions: number[] = [];
  for (let i = 1; i < stems.length; i++) {
    if (!FUNCTION_VERBS.has(stems[i]) || CHARGED_ONES.has(stems[i + 1])) continue;
    const before = stems.slice(Math.max(0, i - 3), i);
    if (STOPPED.has(stems[i - 1]) || (noMore && before.some((term) => NEGATIONS.has(term) || NO_MORE.has(term)))) positions.push(i);
  }
  return positions;
}

/** A complaint, a case or a ticket: what is escalated when it is not resolved. */
const CASE_WORDS = new Set(['complaint', 'complain', 'case', 'ticket']);
/** Verbs of a case being dealt with ("resolved", "sorted out", "fixed", "handled", "settled", "dealt with"). */
const RESOLVE_VERBS = new Set(['resolv', 'solv', 'sort', 'fix', 'handl', 'settl', 'dealt', 'deal', 'address', 'process']);
/** Words that say it was not: a negation, "nothing", "nobody", "still" before "open" or "unresolved". */
const NOT_DONE = new Set(['not', 'never', 'noth', 'nobodi', 'no']);

/**
 * Whether a message tells of a complaint not resolved ("what's the process if my complaint isn't resolved", "my
 * complaint wasn't sorted out, what can I do next", "I complained and nothing has been resolved"): "resolve" then
 * asks for the next step, escalation, and not for how a complaint is made (whose answer promises to resolve it, so
 * the word alone pulls there). `stems` as tokenize.ts gives them (negations split from their verb).
 */
export function tellsOfUnresolvedCase(stems: readonly string[]): boolean {
  if (!stems.some((term) => CASE_WORDS.has(term))) return false;
  return stems.some((term, i) => term === 'unresolv'
    || (RESOLVE_VERBS.has(term) && stems.slice(Math.max(0, i - 4), i).some((before) => NOT_DONE.has(before))));
}
