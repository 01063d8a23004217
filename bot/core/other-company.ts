/**
 * A question about another company's service ("how do I cancel netflix", "what's amazon's return policy", 京东客服电话是多少,
 * 淘宝怎么退款, 蝦皮要怎麼退貨): this store cannot answer it, however well one of its articles matches the words (return
 * policy, 客服电话, 退款), so the bot says what it can help with instead of answering with its own policy.
 *
 * Two things make a message one: a named company that is not this store, and that company as the owner of what is
 * asked about — its policy or customer service ("amazon's return policy", "netflix subscription", 京东的客服, 京东客服),
 * the thing done to it ("cancel netflix"), the place something was bought ("bought it on amazon", 在淘宝买的), or the
 * subject of the question ("if amazon delivers on sundays", 淘宝怎么退款 with the platform first, as Chinese puts the
 * topic). A company merely named is not enough: "it's cheaper on amazon, do you price match", "do you sell on amazon",
 * 你们淘宝店 ask about this store.
 *
 * The companies are a class, like the places and products of knowledge/search/term-classes.ts: the marketplaces,
 * subscriptions and apps shoppers confuse with a shop's chat, not a list of one data set's rows. Payment brands
 * (PayPal, 支付宝, 微信支付, Apple Pay) and carriers (UPS, 顺丰, 中通) are not in it: customers name them in questions about
 * this store ("can I pay with PayPal", 顺丰到了吗). And a company this store's own articles name (a store that sells on
 * Taobao says so) is not another company: the engine checks the articles the search found (engine.ts).
 *
 * Text arrives folded (traditional and Cantonese to simplified Mandarin); English is read in lower case.
 */

/** Marketplaces, shops, subscriptions and apps, in English (lower case; a word or a phrase). */
const COMPANIES_EN = [
  // Marketplaces and retailers
  'amazon', 'ebay', 'walmart', 'costco', 'best buy', 'bestbuy', 'etsy', 'aliexpress', 'alibaba', 'temu', 'shein',
  'shopee', 'lazada', 'zalando', 'asos', 'ikea', 'argos', 'tesco', 'sainsburys', 'flipkart', 'myntra', 'mercado libre',
  'rakuten', 'wayfair', 'home depot', 'kohls', 'macys', 'nordstrom', 'newegg', 'taobao', 'tmall', 'jd.com', 'hktvmall',
  'pinduoduo', 'zara', 'uniqlo', 'sephora', 'nike', 'adidas',
  // Subscriptions, streaming and apps
  'netflix', 'spotify', 'hulu', 'disney plus', 'disney+', 'youtube', 'prime video', 'hbo', 'hbo max', 'apple music',
  'apple tv', 'icloud', 'google play', 'xbox live', 'playstation network', 'audible', 'twitch', 'tinder',
  'facebook', 'instagram', 'tiktok', 'whatsapp', 'snapchat',
  // Rides, food and travel
  // (Words that are also ordinary verbs or things, such as grab, steam or kindle, are left out.)
  'uber', 'uber eats', 'doordash', 'deliveroo', 'grubhub', 'instacart', 'foodpanda', 'lyft',
  'airbnb', 'booking.com', 'expedia',
  // Phone and internet
  'verizon', 't-mobile', 'at&t', 'vodafone', 'comcast', 'xfinity',
  // Accounts of the platforms a phone or a computer signs into
  'apple id', 'app store', 'itunes', 'google account', 'microsoft account',
  // Services and public bodies shoppers write to chats by mistake: the gym, the dry cleaner, the tax office, voter rolls.
  // By what is theirs ("gym membership", "library book"): "gym leggings" and "library-style bookshelf" are things a shop sells.
  'gym membership', 'dry cleaning', 'dry cleaner', 'dry cleaners', 'dmv', 'irs', 'hmrc', 'voter registration',
  'library book', 'library books', 'library card', 'rental car', 'car rental', 'car hire',
];

/**
 * Public places and services named as where the thing is done ("return a book to the library", "change my address
 * with the post office", "what time does the bank open"): that place's business. Named only in these shapes: a return
 * dropped at the post office, a refund to the bank, a bookshelf for the library are this store's.
 */
const PLACES_EN = ['library', 'post office', 'bank', 'council', 'town hall', 'passport office', 'dmv', 'pharmacy', 'chemist', 'dentist', 'doctor', 'gp surgery'];
const PLACE_SHAPES_EN: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:return|returning|take|taking|bring|bringing)(?: [a-z']{1,16}){0,3} (?:back )?to the (?:${PLACES_EN.filter((p) => p !== 'post office').join('|')})\b`),
  new RegExp(String.raw`\b(?:change|changing|update|updating|register|registering|renew|renewing)(?: [a-z']{1,16}){0,3} with the (?:${PLACES_EN.join('|')})\b`),
  new RegExp(String.raw`\b(?:does|do|is|are|will|when) the (?:${PLACES_EN.join('|')}) (?:open|close|shut|opens|closes)\b`),
  // A hired car is a rental company's, whatever is asked of it ("can I return my rental car here"), and so is anything
  // rented ("how do i return a rental dvd"); changing money is a bureau's ("can I exchange currency here").
  /\b(?:rental car|car rental|hire car|car hire)s?\b/,
  /\b(?:rental|rented) (?:car|van|dvd|dvds|bike|scooter|tux|tuxedo|suit|equipment|skis|costume)s?\b/,
  /\b(?:exchange|change|swap) (?:some |my )?(?:currency|foreign currency|cash|dollars|euros|pounds|yen|money) (?:here|into|to|for)\b/,
];

/**
 * The password of the customer's mailbox is the mail provider's ("how do i make my password stronger for my email",
 * "forgot my email password"); "the password reset email" is this store's.
 */
const MAILBOX_PASSWORD_EN = /\b(?:my|the|our) (?:e-?mail|mail|mailbox|inbox)(?: account)? (?:password|passcode|login)\b|\b(?:password|passcode|login)(?: (?:stronger|safer|more secure|changed|reset)){0,1} (?:for|of) (?:my|the|our) (?:e-?mail|mail|mailbox|inbox)(?: account)?\b(?! (?:address|with|on|at|here))/;

/** The same in Chinese (simplified: messages are folded before they get here). */
const COMPANIES_ZH = [
  // Mainland
  '淘宝', '天猫', '京东', '拼多多', '唯品会', '苏宁', '抖音', '快手', '小红书', '闲鱼', '得物', '当当', '1688', '美团', '饿了么',
  '携程', '滴滴', '爱奇艺', '优酷', '腾讯视频', '亚马逊', '网易严选',
  // Taiwan and Hong Kong
  '虾皮', '露天拍卖', '博客来', '乐天', 'momo购物', 'momo', 'pchome', '雅虎拍卖', '奇摩拍卖', '百佳', '惠康', '屈臣氏',
  '万宁', '友和', '丰泽', '苹果官网',
  // Accounts of the platforms a phone signs into (as 'apple id', 'google account' in English).
  '苹果id', '苹果账号', '苹果账户', '苹果帐号', '谷歌账号', '微软账号', '华为账号', '小米账号',
  // Public services and utilities: tax, social insurance, the library, the power bill.
  '个税', '社保', '公积金', '医保', '税务局', '图书馆', '电费', '水费', '燃气费',
];

/**
 * Payment brands are this store's ways to pay, except for the brand's own service: topping up an Octopus card or a
 * PayPal balance, the wallet's customer service (八达通增值点样增值, 支付宝客服电话, "how do I top up paypal").
 */
const PAYMENT_BRANDS_EN = [
  'paypal', 'alipay', 'alipayhk', 'wechat pay', 'apple pay', 'google pay', 'octopus', 'payme', 'venmo', 'cash app', 'klarna', 'afterpay',
  // Banks, likewise: the card a customer pays with ("paid with my chase card"), except the bank's own service.
  'chase', 'wells fargo', 'bank of america', 'citibank', 'capital one', 'barclays', 'hsbc', 'lloyds', 'natwest', 'santander',
  'monzo', 'revolut', 'halifax', 'amex', 'american express',
];
const PAYMENT_BRANDS_ZH = [
  '支付宝', '微信支付', '微信', '八达通', '转数快', '云闪付', '街口支付', '街口', '悠游卡', '一卡通',
  '招商银行', '工商银行', '建设银行', '农业银行', '中国银行', '交通银行', '汇丰', '恒生', '中银',
];
/** Carriers, likewise: how this store delivers ("顺丰到了吗"), except for the carrier's own service (顺丰客服电话). */
const CARRIERS_EN = ['ups', 'fedex', 'dhl', 'usps', 'royal mail', 'parcelforce', 'evri', 'dpd', 'canada post', 'australia post', 'sf express'];
const CARRIERS_ZH = ['顺丰', '中通', '圆通', '申通', '韵达', '极兔', '邮政', '德邦', '黑猫宅急便', '黑猫', '新竹物流', '嘉里大荣'];
// The brand's own sign-in too ("forgot my paypal password", 微信密码忘了, 支付宝怎么注销): not this store's account. Not the
// brand's account or balance, which a charge or a refund names ("my paypal account was charged twice").
const BRAND_SERVICE_EN = [
  'top up', 'top-up', 'topup', 'customer service', 'customer support', 'support number', 'helpline', 'hotline', 'password', 'pin',
  'unlock', 'unfreeze', 'freeze', 'unblock',
];
/**
 * Accounts a phone, a console or a mail provider signs into, named with what happens to a sign-in ("my Apple ID is
 * locked", "reset my xbox password", "paypal account is frozen"): that company's account, not this store's. Named
 * alone, the console or the brand may be a thing this store sells or a way to pay ("my xbox controller broke").
 */
const SIGN_IN_ACCOUNTS_EN = [
  'apple id', 'apple account', 'icloud', 'google account', 'gmail', 'microsoft account', 'outlook', 'hotmail', 'yahoo',
  'xbox', 'playstation', 'psn', 'steam', 'nintendo', 'facebook', 'instagram', 'whatsapp', 'snapchat', 'tiktok',
];
const SIGN_IN_TROUBLE_EN = [
  'locked', 'locked out', 'hacked', 'disabled', 'suspended', 'frozen', 'blocked', 'limited', 'banned', 'password',
  'passcode', 'pin', 'login', 'log in', 'sign in', 'sign-in', '2fa', 'verification code',
];
const BRAND_SERVICE_ZH = ['增值', '充值', '客服', '热线', '人工', '密码', '登录', '登陆', '注销', '封号', '解封', '实名', '解冻', '冻结', '限额', '额度', '风控', '被锁', '锁定'];

/** What a company owns that a customer asks about: "amazon's …", "netflix subscription". */
const OWNED_EN = [
  'customer service', 'customer support', 'support', 'helpline', 'help line', 'hotline', 'number', 'phone number', 'phone',
  'account', 'subscription', 'membership', 'prime', 'premium', 'plus', 'order', 'orders', 'refund', 'refunds', 'return',
  'returns', 'return policy', 'policy', 'policies', 'app', 'website', 'site', 'driver', 'seller', 'sellers', 'store',
  'shop', 'delivery', 'deliveries', 'package', 'parcel', 'password', 'login', 'bill', 'billing', 'plan', 'charge',
  'trial', 'free trial', 'warehouse',
];
/** Doing something to the company's service: "cancel netflix", "contact amazon". */
const DONE_TO_EN = ['cancel', 'unsubscribe from', 'unsubscribe', 'pause', 'delete', 'contact', 'call', 'email', 'reach', 'log into', 'login to', 'sign into', 'sign in to', 'renew'];
/** Where something was bought: "bought it on amazon", "ordered from ebay". */
const BOUGHT_EN = ['bought', 'ordered', 'purchased', 'got', 'buy', 'order', 'purchase', 'shopped', 'returned', 'return'];
const BOUGHT_OBJECT_EN = ['it', 'this', 'that', 'them', 'something', 'stuff', 'an item', 'a thing', 'the item', 'my order', 'a parcel', 'the parcel'];
/** Words before a company that make it the subject of the question: "if amazon delivers", "does netflix …". */
const SUBJECT_CUE_EN = ['if', 'does', 'did', 'do', 'will', 'why', 'when', 'whether', 'can', 'could', 'would', 'has', 'is', 'was', 'how does', 'how do', 'how long does'];

/** What follows a company in Chinese that makes it the owner: 京东的…, 京东客服, 淘宝上买的. */
const OWNED_ZH = ['的', '客服', '官方客服', '人工', '电话', '热线', '会员', '账号', '账户', '订单', '退款', '退货', '规则', '政策', '店铺', '卖家', '商家', 'app', '官网', '上买', '上下单', '上面', '上', '里', '买的', '下单', '购买'];
/** Before a company: where it was bought (在淘宝买的, 从京东下单). */
const PLACE_CUE_ZH = ['在', '从', '去', '到'];
const BOUGHT_ZH = ['买', '下单', '下的单', '购买', '订', '购物', '网购'];
/** Openers before a company at the start of a Chinese question (its topic). */
const OPENERS_ZH = ['请问', '想问', '问一下', '问下', '那个', '亲', '你好', '您好', '我的', '我'];

/**
 * The company is what the question is about, whatever follows: the subject of its first clause ("does amazon do price
 * matching", "will ebay refund me") or the owner of its topic in Chinese (京东的价保, 淘宝的规则). Checked before
 * ABOUT_THIS_STORE, whose price words would otherwise claim "does amazon price match" for this store.
 */
const SUBJECT_FIRST_EN = ['does', 'did', 'do', 'will', 'would', 'can', 'could', 'is', 'has'];
const OWNER_FIRST_ZH = `^(?:(?:${['请问', '想问', '问一下', '问下', '那个', '亲', '你好', '您好'].join('|')}))?`;

/** A price comparison or this store's presence elsewhere: about this store, whatever company is named. */
const ABOUT_THIS_STORE = [
  /\b(?:price ?match|cheaper|lower price|better price|same price|beat (?:the|their|that) price)\b/,
  /\b(?:do|are|r|did) (?:you|u|you guys) (?:also )?(?:sell|selling|have a (?:store|shop)|on)\b/,
  /\b(?:your|ur) (?:store|shop|page|listing)s? on\b/,
  // Turning from the other company to this store ("amazon lost it again so I'm giving you a go instead", "trying you guys
  // instead", "switched to you"): what is asked next is asked of this store.
  /\b(?:giv(?:e|ing) (?:you|u|your (?:store|shop|site))(?: guys| lot)? a (?:go|try|shot|chance)|try(?:ing)?(?: out)? (?:you|u)(?: guys| lot)?(?: out)? instead|switch(?:ing|ed)?(?: over)? to (?:you|u|your)|(?:you|u)(?: guys| lot)? instead)\b/,
  // Seen there (an advert, a video): 抖音上看到的那个杯子有货吗 asks about this store's cup.
  /\b(?:saw|seen|found|spotted) (?:it|this|that|you|your \w+|an ad|the ad|a video) (?:on|in)\b/,
  /比价|价保|保价|便宜|贵|价格|差价|你们|你家|贵店|本店|旗舰店|看到|刷到|看见|推荐/,
  // The customer's own post there (我在抖音发的开箱视频火了, 在小红书晒了): the platform is where they showed the goods, as
  // where an advert was seen; what they ask next is this store's.
  /(?:发|晒|拍|录|上传)(?:的|了)?(?:个|一个|条|一条|篇|一篇)?(?:开箱|视频|帖子|帖|笔记|测评|评测|买家秀|图)|开箱/,
  /\b(?:posted|shared|uploaded) (?:it|this|that|them|a|an|my|the)(?: [a-z]{1,12}){0,2} (?:on|to)\b/,
];

/**
 * Someone's post there (小红书上博主发的优惠码, 抖音网红推荐的, "saw a discount code on instagram"): the platform is where the
 * customer heard of the store's code or thing, which is what they ask about; unless the platform's own service is asked
 * too (SERVICE_OF_COMPANY: 小红书客服电话).
 */
const SEEN_IN_POST = [
  /(?:博主|网红|达人|up主|主播|kol|大v)(?:们)?(?:发|分享|推荐|推|给|晒|贴)(?:的|了|出来的)/,
  /\b(?:saw|seen|found|spotted|got) (?:a|an|the|this|that|your)(?: [a-z]{1,12}){0,2} (?:code|discount|coupon|voucher|deal|offer|promo|ad|advert) (?:on|in|from|via)\b/,
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Payment brands and carriers: named in questions about this store, except when their own service is asked for. */
const SERVICE_BRANDS_EN = [...PAYMENT_BRANDS_EN, ...CARRIERS_EN];
const SERVICE_BRANDS = [
  ...PAYMENT_BRANDS_ZH, ...CARRIERS_ZH, ...SERVICE_BRANDS_EN, ...SERVICE_BRANDS_EN.map((brand) => brand.replace(/ /g, '')),
];

const COMPANY_EN = `(?:${alternatives(COMPANIES_EN)})`;
// A company word ends where a word ends (amazon, not amazonian) and is not a payment brand (… pay, … wallet).
const END_EN = "(?![a-z0-9+])(?! pay\\b)(?! wallet\\b)";
const PATTERNS_EN: readonly RegExp[] = [
  // amazon's return policy, netflix's customer service
  new RegExp(`\\b${COMPANY_EN}(?:'s|’s|s')(?![a-z])`),
  // amazon return policy, netflix subscription
  new RegExp(`\\b${COMPANY_EN}${END_EN} (?:${alternatives(OWNED_EN)})(?![a-z])`),
  // cancel (my) netflix
  new RegExp(`\\b(?:${alternatives(DONE_TO_EN)}) (?:my |the |our )?${COMPANY_EN}${END_EN}`),
  // my parcel from ebay, the package i ordered on amazon
  new RegExp(`\\b(?:parcel|package|order|delivery|item|purchase)s? (?:(?:i|we) (?:got|ordered|bought) )?(?:from|on|off) ${COMPANY_EN}${END_EN}`),
  // bought (it) on amazon, ordered from ebay
  new RegExp(`\\b(?:${alternatives(BOUGHT_EN)}) (?:(?:${alternatives(BOUGHT_OBJECT_EN)}) )?(?:on|from|at|through|via|thru|off) ${COMPANY_EN}${END_EN}`),
  // return something to ikea, send it back to amazon
  new RegExp(`\\b(?:return|returning|send|sending|take|taking|bring|bringing|ship|mail)(?: (?:${alternatives(BOUGHT_OBJECT_EN)}))?(?: back)? to ${COMPANY_EN}${END_EN}`),
  // if amazon delivers, does netflix …; a company first in the message
  new RegExp(`(?:^|\\b(?:${alternatives(SUBJECT_CUE_EN)}) )${COMPANY_EN}${END_EN}`),
  // top up (my) paypal, paypal customer service
  new RegExp(`\\b(?:${alternatives(BRAND_SERVICE_EN)}) (?:my |the |an? )?(?:${alternatives(SERVICE_BRANDS_EN)})(?![a-z])`),
  new RegExp(`\\b(?:${alternatives(SERVICE_BRANDS_EN)})(?:'s|’s)? (?:${alternatives(BRAND_SERVICE_EN)})(?![a-z])`),
  // my Apple ID is locked, reset my xbox password, paypal account is frozen
  new RegExp(
    `\\b(?:${alternatives([...SIGN_IN_ACCOUNTS_EN, ...PAYMENT_BRANDS_EN])})(?:'s|’s)? (?:account |acct |id )?(?:(?:is|was|got|has been|keeps getting|just got) (?:been )?)?(?:${alternatives(SIGN_IN_TROUBLE_EN)})(?![a-z])`,
  ),
];

/** Chinese sentences name companies in Latin letters too (在amazon买的, 喺HKTVmall買嘅); read without spaces. */
const COMPANIES_IN_CHINESE = [...COMPANIES_ZH, ...COMPANIES_EN.map((company) => company.replace(/ /g, ''))];
// 京东物流 is a carrier (the store may ship with it): a company followed by a word of delivery is not asked about.
const COMPANY_ZH = `(?:${alternatives(COMPANIES_IN_CHINESE)})(?!物流|快递|速运|配送)`;
const PATTERNS_ZH: readonly RegExp[] = [
  // 淘宝怎么退款, 京东几点发货, 请问京东客服电话: the company is the topic, first in the message
  new RegExp(`^(?:(?:${alternatives(OPENERS_ZH)}))?(?:${alternatives(PLACE_CUE_ZH)})?${COMPANY_ZH}`),
  // …京东的客服, 京东客服电话, 在淘宝上买的
  new RegExp(`${COMPANY_ZH}(?:${alternatives(OWNED_ZH)})`),
  // 在淘宝买的, 从京东下单
  new RegExp(`(?:${alternatives(PLACE_CUE_ZH)})${COMPANY_ZH}(?:上|里|那边|那里)?(?:${alternatives(BOUGHT_ZH)})`),
  // 八达通增值, 支付宝客服, 顺丰快递客服
  // (the fold has added 付款方式 after a payment brand, and may have read 宅急便 as 快递)
  // (its account frozen or limited: 支付宝账号被冻结了, 微信支付被限额了)
  new RegExp(`(?:${alternatives(SERVICE_BRANDS)})(?:付款方式|快递|物流|速运)?(?:的)?(?:账号|账户|帐号|帐户)?(?:又|已经|已)?(?:被)?(?:${alternatives(BRAND_SERVICE_ZH)})`),
];

/** The company's own service named with it (小红书客服, 小红书的账号, "instagram's support"), spaces left out. */
const SERVICE_OF_COMPANY = new RegExp(
  `(?:${COMPANY_ZH}|(?:${alternatives(COMPANIES_EN.map((company) => company.replace(/ /g, '')))})(?:'s|’s)?)(?:的)?(?:客服|官方客服|人工|电话|热线|账号|账户|会员|密码|登录|customerservice|support|helpline|account|password|login)`,
);

// "does amazon …" opening the message; 京东的… opening it (after a greeting).
const SUBJECT_FIRST = new RegExp(`^(?:${SUBJECT_FIRST_EN.join('|')}) ${COMPANY_EN}${END_EN}`);
const OWNER_FIRST = new RegExp(`${OWNER_FIRST_ZH}${COMPANY_ZH}的`);

const HAN = /\p{Script=Han}/u;

/**
 * Every name the company patterns above are written with, spaces left out, in one pattern: each of SUBJECT_FIRST,
 * OWNER_FIRST, PATTERNS_EN and PATTERNS_ZH needs one of these names in the message (with its spaces, in the English
 * ones: the message without spaces then has it without them), so a message with none of them, as most are, is not read
 * by those fourteen patterns at all. One scan instead of fourteen; what is found is the same.
 */
const ANY_NAME = new RegExp(
  alternatives([...new Set([...COMPANIES_EN, ...COMPANIES_ZH, ...SERVICE_BRANDS, ...SIGN_IN_ACCOUNTS_EN].map((name) => name.replace(/ /g, '')))]),
);

/**
 * Another shop, unnamed: the customer says the thing is not from this store ("a fedex package that isn't from you
 * guys", "bought it somewhere else", 不是在你们家买的, 在别家买的). Only a thing bought or sent is meant: "is this email
 * not from you" asks about this store.
 */
const NOT_FROM_HERE_EN = new RegExp(
  String.raw`\b(?:package|parcel|order|item|thing|product|stuff|it|this|that|one)(?: that| which)? (?:isn't|isnt|is not|wasn't|wasnt|was not|aren't|arent|are not|weren't|not) (?:from|with|through) (?:you(?: guys| lot| people)?|your (?:store|shop|site|website|company))\b` +
    String.raw`|\b(?:bought|ordered|purchased|got) (?:it |this |that |them )?(?:somewhere else|elsewhere|from (?:another|a different|some other) (?:shop|store|site|website|seller))\b`,
);
const NOT_FROM_HERE_ZH = /不是(?:在|从)?(?:你们|贵店|你家|你们家|你们店|你们这|你们这里|你们网站|这家)(?:店|家|这里|这边|网站)?(?:买|下单|订|购买)的|在(?:别家|别的店|其他店|别的网站|其他网站|别的平台|其他平台)(?:买|下单|订|购买)的/;
/** What the reply names when the shop is not named. */
export const ANOTHER_SHOP = 'another shop';

/** Characters read per message at most (a company question is short; a long text is read in its first part). */
const MAX_LENGTH = 300;

export interface OtherCompany {
  /** The company as the message names it (lower case, simplified). */
  name: string;
  /**
   * A payment brand's or carrier's own service: this store's articles name the brand as a way to pay or to deliver,
   * which does not make its customer service theirs.
   */
  paymentBrand: boolean;
}


/** The other company a message asks about, if it asks about one's service. */
export function otherCompanyAskedAbout(text: string): OtherCompany | undefined {
  const lower = text.slice(0, MAX_LENGTH).toLowerCase().replace(/\s+/g, ' ').trim();
  const compact = lower.replace(/ /g, '');
  if (NOT_FROM_HERE_EN.test(lower) || NOT_FROM_HERE_ZH.test(compact)) return { name: ANOTHER_SHOP, paymentBrand: true };
  const named = ANY_NAME.test(compact);
  const subject = named ? (SUBJECT_FIRST.exec(lower) ?? OWNER_FIRST.exec(compact)) : null;
  if (subject) return companyIn(subject[0], [...COMPANIES_EN, ...COMPANIES_IN_CHINESE]);
  if (ABOUT_THIS_STORE.some((pattern) => pattern.test(lower))) return undefined;
  if (SEEN_IN_POST.some((pattern) => pattern.test(lower)) && !SERVICE_OF_COMPANY.test(compact)) return undefined;
  const english = named ? PATTERNS_EN.map((pattern) => pattern.exec(lower)).find((match) => match !== null) : undefined;
  if (english) return companyIn(english[0], COMPANIES_EN);
  if (MAILBOX_PASSWORD_EN.test(lower)) return { name: 'email', paymentBrand: true };
  const place = PLACE_SHAPES_EN.map((pattern) => pattern.exec(lower)).find((match) => match !== null);
  if (place) return { name: [...PLACES_EN, ...COMPANIES_EN].find((name) => place[0].includes(name)) ?? ANOTHER_SHOP, paymentBrand: false };
  if (!named || !HAN.test(lower)) return undefined;
  const chinese = PATTERNS_ZH.map((pattern) => pattern.exec(compact)).find((match) => match !== null);
  return chinese ? companyIn(chinese[0], COMPANIES_IN_CHINESE) : undefined;
}

/** The longest company name in a matched span. */
function companyIn(span: string, companies: readonly string[]): OtherCompany | undefined {
  const name = [...companies, ...SERVICE_BRANDS, ...SIGN_IN_ACCOUNTS_EN].sort((a, b) => b.length - a.length).find((company) => span.includes(company));
  return name === undefined ? undefined : { name, paymentBrand: SERVICE_BRANDS.includes(name) && !companies.includes(name) };
}

/** A company that is not this store named anywhere in a text (folded, as otherCompanyAskedAbout reads it). */
const ANOTHER_COMPANY_NAMED = new RegExp(`\\b${COMPANY_EN}${END_EN}|${COMPANY_ZH}`);

/** Whether a text (folded) names a company that is not this store: a marketplace, an app, a subscription. */
export function namesAnotherCompany(text: string): boolean {
  return ANOTHER_COMPANY_NAMED.test(text.slice(0, MAX_LENGTH).toLowerCase());
}

/** Whether an article names the company (a store that sells there, or works with it, says so). */
export function namesCompany(articleText: string, company: string): boolean {
  return articleText.toLowerCase().includes(company);
}
