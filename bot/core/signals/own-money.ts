/**
 * Whether an amount is the customer's own money, read by what it is attached to in its clause. Customers tell big
 * figures of their own life before a routine question: the car they just bought for $32,000, a $25,000 bonus, the
 * house deposit they save, a year's rent or tuition, a salary, a mortgage, a wedding budget (我刚买车花了二十五万,
 * 年终奖三十万, 儲咗廿萬做首期, 份糧, 學費一年二十萬). Such an amount is no order with the shop, and no high-value case.
 *
 * The clause is the amount's own stretch of text, cut at sentence marks, commas, the space a Chinese writer puts
 * between clauses and the words that start a new one ("so", "but", 所以, 但是). In it:
 * - a word of the store's dealings (an order, a purchase order, an invoice, a basket, a quote, goods bought "from you",
 *   订单, 下单, 落咗張單, 货款, 采购, 发票, 购物车, 在你们这) makes it the store's amount, whatever else the clause tells;
 * - otherwise a word of the customer's own life (a car, a house, a deposit, pay, rent, a loan, tuition, a wedding,
 *   savings, what a business turns over: 车, 首期, 工资, 份糧, 房租, 按揭, 学费, 婚礼, 存, 营业额) makes it their own;
 * - a clause that names neither leaves the amount standing: a big figure with no owner told still hands off.
 */

const EN_CLAUSE_BREAK =
  /\.(?!\d)|[!?;:()\n—–]|,(?!\d{3})|\s-\s|\b(?:so|but|because|cause|cos|though|although|while|whereas|then|now|which|and (?=i|we|my|our|it|they|now|so|then|can|could|do|does|will|would|is|are)\b)\b/gi;
const ZH_CLAUSE_BREAK =
  /[。！？；：，、,!?;:()（）\n]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})|所以|但是|不过|不過|可是|然后|然後|因为|因為|请问|請問|想问|想問/gu;

/** The store's dealings: the order, the basket, the invoice, goods bought from the store. */
const EN_STORE_DEALING =
  /\b(?:orders?|ordered|ordering|re-?order(?:ed)?|purchase orders?|po|invoices?|invoiced|quotes?|quoted|quotations?|baskets?|carts?|checkout|refunds?|refunded|charged me|you charged|(?:from|with|to|paid) you|(?:from|with|at) your|your (?:store|shop|site|website|company|team)|you sent)\b/i;
const ZH_STORE_DEALING = new RegExp(
  [
    '订单|訂單|下单|下單|落单|落單|落咗|[的嘅张張这這呢笔筆整批大][单單](?![位独獨身纯純])|单价|單價',
    '货款|貨款|[的嘅批][货貨]|采购|採購|订购|訂購|订货|訂貨|进货|進貨|[订訂](?:了|咗)',
    '发票|發票|开票|開票|购物车|購物車|报价|報價|退款|退钱|退錢',
    '在(?:你们|你們|贵店|貴店|贵司|貴司|贵公司|貴公司)|(?:你们|你們)(?:店|家|这里|這裡|网站|網站)|喺你(?:哋)?度|貴店|贵店',
  ].join('|'),
);

/** The customer's own life: what they own, earn, owe, save, spend on their home, schooling or wedding. */
const EN_OWN_LIFE = new RegExp(
  String.raw`\b(?:` +
    [
      // What they own or sold: a car, a home.
      String.raw`cars?|vehicles?|truck|suv|motorbike|motorcycle|boat|house|home|flat|apartment|condo|property|land|renovation|remodel`,
      // What they earn or are given.
      String.raw`salary|wages?|paycheck|pay rise|income|earn|earns|earned|earning|bonus|bonuses|commission|pension|inheritance|inherited|won(?!')|lottery|jackpot`,
      // What they owe or pay for living.
      String.raw`mortgage|rent|lease|loans?|debts?|tuition|school fees|college|university|wedding|honeymoon`,
      // What they put aside.
      String.raw`sav(?:e|es|ed|ing|ings)|nest egg|afford|dreaming`,
      // What their business turns over or is worth.
      String.raw`revenue|turnover|net worth|valuation|(?:business|company)(?:'s)? (?:is |was )?worth`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);
const ZH_OWN_LIFE = new RegExp(
  [
    // A car or a home (not a shopping cart, a pram, a car accessory).
    '(?<!购物|購物|推|婴儿|嬰兒|手推)[车車](?![载載用])|装修|裝修|买房|買房|房子|新房|房贷|房貸|房租|房价|房價|楼价|樓價|[买買供]楼|[买買供]樓|首期|首付|按揭|租金|交租',
    // Pay and what one is given: 工资, 年薪, 份糧, 奖金, 年终奖, 花红, 遗产, 中了.
    '工资|工資|薪|[份出]糧|[份出]粮|收入|奖金|獎金|年终奖|年終獎|花红|花紅|分红|分紅|遗产|遺產|彩票|六合彩|中了|赚了|賺了|赚咗|賺咗',
    // What one owes or pays for schooling and a wedding (goods for the wedding, 結婚用嘅家電, are a purchase like any other).
    '贷款|貸款|车贷|車貸|欠款|欠了|欠咗|学费|學費|婚礼|婚禮|(?:结婚|結婚)(?!用)|彩礼|彩禮|嫁妆|嫁妝|婚宴|摆酒|擺酒',
    // What one puts aside: 存了, 攒, 儲咗, 积蓄.
    '存款|存了|存咗|存钱|存錢|在存|正在存|攒|攢|[储儲](?:蓄|咗|錢|钱|了)|积蓄|積蓄|身家',
    // What a business turns over.
    '营业额|營業額|营收|營收|流水',
  ].join('|'),
);

/** Where the amount whose number starts at `at` stands: its clause, cut at the breaks before and after it. */
export function amountClause(text: string, at: number, chinese: boolean): string {
  const breaks = chinese ? ZH_CLAUSE_BREAK : EN_CLAUSE_BREAK;
  // A clause is short: reading a window around the amount keeps a message of thousands of numbers linear.
  const from = Math.max(0, at - CLAUSE_REACH);
  const near = text.slice(from, at + CLAUSE_REACH);
  const local = at - from;
  let start = 0;
  let end = near.length;
  for (const match of near.matchAll(breaks)) {
    const index = match.index ?? 0;
    if (index + match[0].length <= local) start = index + match[0].length;
    else if (index > local) {
      end = index;
      break;
    }
  }
  return near.slice(start, end);
}
const CLAUSE_REACH = 160;

/**
 * The thing the amount is the price or value of, when the text names it right there: "$30,000 of furniture", "a
 * $32,000 car", "a $25,000 bonus", 八十萬的車, 三十万的单, 二十万的家具. Null when nothing is named there, or only a
 * word that names no thing ("a $40,000 budget", "$24,000 a year", 二十万的预算), and the clause decides.
 */
const EN_HEAD_AFTER_OF = /^\s?(?:worth\s)?of\s((?:[a-z'-]{1,20}\s){0,2}[a-z'-]{1,20})/i;
const EN_DETERMINER_BEFORE = /\b(?:a|an|the|my|our|his|her|their|this|that|your)\s?$/i;
const EN_HEAD_AFTER_DETERMINED = /^\s?-?\s?([a-z'-]{1,20}(?:\s[a-z'-]{1,20})?)/i;
const ZH_HEAD_AFTER = /^(?:块钱|塊錢|[元块塊蚊])?(?:左右|多)?[的嘅]([^，。！？、,!?\s]{1,4})/;
const EN_NAMES_NO_THING =
  /^(?:budget|total|deposit|down payment|payment|cash|money|amount|limit|figure|sum|per|each|a|an|the|this|that|it|which|and|or|but|so|in|on|for|to|from|at|with|by|of|is|was|are|were|year|month|week|already|now|just|dollars?|usd)\b/i;
const ZH_NAMES_NO_THING = /^(?:预算|預算|额度|額度|钱|錢|样子|樣子|话|話|时候|時候|价|價|金额|金額|数|數)/;

/** "a US$" → "a ": the signs and letters of a currency written right before the number. */
function withoutCurrencySign(before: string): string {
  let end = before.length;
  while (end > 0 && !/\s/.test(before[end - 1]) && !/^[a-z]$/i.test(before[end - 1])) end -= 1;
  return before.slice(0, end).replace(/\b(?:us|usd|hk|nt|au|ca|nz|sg)$/i, '');
}

function attachedThing(text: string, at: number, end: number, chinese: boolean): string | null {
  const after = text.slice(end, end + 60);
  const head = chinese
    ? ZH_HEAD_AFTER.exec(after)?.[1]
    : EN_HEAD_AFTER_OF.exec(after)?.[1] ??
      (EN_DETERMINER_BEFORE.test(withoutCurrencySign(text.slice(Math.max(0, at - 8), at)))
        ? EN_HEAD_AFTER_DETERMINED.exec(after)?.[1]
        : undefined);
  if (!head || (chinese ? ZH_NAMES_NO_THING : EN_NAMES_NO_THING).test(head)) return null;
  return head;
}

/**
 * The amount whose text runs from `at` to `end` is attached to the customer's own life and to no dealing with the
 * store. A thing named right at the amount decides first (a car, a bonus: their own; furniture, an order: the store's);
 * else the clause does.
 */
export function isCustomersOwnMoney(text: string, at: number, end: number = at): boolean {
  const chinese = /\p{Script=Han}/u.test(text);
  const clause = amountWithItsClause(text, at, end, chinese);
  if (EN_STORE_DEALING.test(clause) || ZH_STORE_DEALING.test(clause)) return false;
  const thing = attachedThing(text, at, end, chinese);
  if (thing !== null) return namesOwnLife(thing);
  return namesOwnLife(clause);
}

/**
 * The amount's clause; when the amount stands alone in it ("刚买了车 二十万 手头紧", "just bought a car. 32k. can i
 * split it"), the clause before it too: a bare figure tells the price of what that clause named.
 */
function amountWithItsClause(text: string, at: number, end: number, chinese: boolean): string {
  const clause = amountClause(text, at, chinese);
  const start = text.lastIndexOf(clause, at);
  const rest = clause.replace(text.slice(at, Math.max(end, at)), '').replace(/[\s$£€¥.,!?~～。，！？]|\b(?:like|about|around|over|only|just|approx)\b|左右|多|块|塊|元|蚊/giu, '');
  if (start <= 0 || rest !== '') return clause;
  return `${amountClause(text, Math.max(0, start - 2), chinese)} ${clause}`;
}

/**
 * A word of the customer's own life, where it heads what is named: "home" in "bought a home for 400k", not in "28k
 * on the home theater bundle", where it is the first half of a thing the store sells (a car seat, a wedding dress,
 * boat shoes). English puts the head last: a noun of one's own life followed by another word that is not a function
 * word or a word of money (a car loan, a house deposit) names something else.
 */
function namesOwnLife(words: string): boolean {
  if (ZH_OWN_LIFE.test(words)) return true;
  for (const match of words.matchAll(EN_OWN_LIFE_ALL)) {
    if (!EN_MODIFIER_NOUN.test(match[0])) return true;
    const next = /^\s{1,3}([a-z']{1,20})/i.exec(words.slice((match.index ?? 0) + match[0].length))?.[1];
    if (!next || EN_HEAD_FOLLOWER.test(next) || EN_OWN_LIFE.test(next)) return true;
  }
  return false;
}
const EN_OWN_LIFE_ALL = new RegExp(EN_OWN_LIFE.source, 'gi');
const EN_MODIFIER_NOUN = /^(?:cars?|vehicles?|truck|suv|motorbike|motorcycle|boat|house|home|flat|apartment|condo|property|land|wedding|college|university)$/i;
const EN_HEAD_FOLLOWER =
  /^(?:for|in|on|at|with|and|or|so|but|is|was|were|are|last|this|that|next|we|i|my|our|to|from|of|by|the|a|an|it|which|because|when|after|before|already|just|now|yet|then|too|also|lol|haha|fund|funds|loan|loans|deposit|down|payment|payments|budget|savings|money|fees?|costs?|bills?|insurance|tax|taxes|repairs?|price|value)$/i;
