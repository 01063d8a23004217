/**
 * Classes of words coverage (coverage.ts) reads by what they stand for rather than as written, because no knowledge
 * base can list them one by one:
 * - a place (a country, a region, a big city) is a question about shipping abroad: the knowledge base knows it when it
 *   knows "international", "country", 国际, 海外…;
 * - a currency by name or code (USD, euros, 台币, 美金) is a question about currency: known through "currency", 币种…;
 * - a parcel carrier by name (DHL, FedEx, 顺丰, 中通) is a question about how the store ships: known through "courier",
 *   "carrier", 快递 ("do you ship with dhl", 能发顺丰吗 ask which couriers the store uses);
 * - a place a parcel passes through on its way (a depot, a sorting hub, 中转站, 分拣中心) is a parcel in transit: known
 *   through "carrier", "tracking", 快递, 物流 ("stuck at the sorting facility for 6 days" is about a late parcel);
 * - a thing shops sell, by name (a kettle, a mug, earbuds, 吹风机, 耳环) is an item: known through "item", "product",
 *   商品, 产品, since a knowledge base speaks of items in general, not of every one a customer may own;
 * - a colour or a clothing size by name (navy, beige, XL, petite, 藏青, 加大码) is a question about an item's colour or
 *   size: known through "colour", "size", 颜色, 尺码 ("I ordered a medium and you sent an XL" is about a wrong size);
 * - a day, a month or a holiday by name, or a day said relative to today (Tuesday, December, tomorrow, Christmas, 周二,
 *   昨天, 双十一) is a date: known through "date", "day", 日期… ("it was due on Tuesday" is about a delivery date);
 * - a filler (casual address, hedges, chat noise: "u guys", "smth", "mate", 大概, 好像, 请问) says nothing about the
 *   topic either way and is not counted at all: "u guys got a loyalty card or smth" is about a loyalty card, not half
 *   about words the store never uses.
 * These are facts about how shoppers write in English and Chinese, not about one store: a class only counts when the
 * knowledge base has one of its anchor words, so a store that does not ship abroad does not cover "do you ship to
 * Japan". Chinese entries are simplified (messages are folded before they get here, tokenize.ts).
 */
import { analyzeText } from './tokenize';
import { CHINESE_COUNT } from './chinese';

export type TermClass = 'place' | 'currency' | 'carrier' | 'transit' | 'product' | 'variant' | 'date' | 'organisation';

/**
 * Countries, regions and cities customers name as where they are or where a parcel should go. A place only makes a
 * message more likely to be about the store (coverage), it does not pull it to the international-shipping article:
 * "I live in Hong Kong, how long will delivery take" stays a delivery-times question (chinese-concepts.ts's ABROAD says
 * when a place does read as abroad: after a shipping verb).
 */
const PLACES_EN = [
  'abroad', 'overseas', 'worldwide', 'australia', 'zealand', 'canada', 'mexico', 'brazil', 'argentina', 'chile',
  'colombia', 'peru', 'uk', 'britain', 'england', 'scotland', 'wales', 'ireland', 'france', 'germany', 'italy', 'spain',
  'portugal', 'netherlands', 'holland', 'belgium', 'switzerland', 'austria', 'sweden', 'norway', 'denmark', 'finland',
  'poland', 'greece', 'turkey', 'russia', 'ukraine', 'europe', 'eu', 'usa', 'america', 'japan', 'korea',
  'china', 'taiwan', 'hong', 'kong', 'macau', 'macao', 'singapore', 'malaysia', 'thailand', 'vietnam', 'philippines',
  'indonesia', 'india', 'pakistan', 'bangladesh', 'dubai', 'uae', 'emirates', 'saudi', 'qatar', 'israel', 'egypt',
  'nigeria', 'kenya', 'africa', 'asia', 'london', 'paris', 'berlin', 'tokyo', 'sydney', 'melbourne', 'toronto',
  'vancouver', 'auckland', 'beijing', 'shanghai', 'seoul', 'bangkok', 'manila', 'jakarta', 'delhi', 'mumbai',
  'bangalore', 'bengaluru', 'chennai', 'hyderabad', 'kolkata', 'pune', 'karachi', 'lahore', 'dhaka', 'lagos',
  'nairobi', 'cairo', 'istanbul', 'madrid', 'barcelona', 'rome', 'milan', 'amsterdam', 'dublin', 'stockholm', 'oslo',
  'copenhagen', 'vienna', 'zurich', 'geneva', 'brussels', 'lisbon', 'warsaw', 'prague', 'budapest', 'athens',
  'moscow', 'riyadh', 'doha', 'hanoi', 'perth', 'brisbane', 'adelaide', 'montreal', 'lima', 'bogota', 'santiago',
];
const PLACES_ZH = [
  '国外', '海外', '境外', '香港', '澳门', '台湾', '日本', '韩国', '新加坡', '马来西亚', '泰国', '越南', '菲律宾', '印尼',
  '印度尼西亚', '印度', '澳洲', '澳大利亚', '新西兰', '纽西兰', '美国', '加拿大', '墨西哥', '巴西', '英国', '爱尔兰', '法国',
  '德国', '意大利', '西班牙', '葡萄牙', '荷兰', '比利时', '瑞士', '瑞典', '挪威', '丹麦', '芬兰', '奥地利', '波兰', '俄罗斯',
  '欧洲', '美洲', '北美', '南美', '中东', '迪拜', '阿联酋', '沙特', '以色列', '土耳其', '南非', '非洲', '东南亚', '东京',
  '大阪', '首尔', '伦敦', '巴黎', '悉尼', '墨尔本', '温哥华', '多伦多', '纽约', '洛杉矶', '曼谷', '吉隆坡',
];
const PLACE_ANCHORS = ['international', 'internationally', 'country', 'countries', 'overseas', '国际', '国外', '海外', '国家', '境外'];

/** Currencies by name or code. */
const CURRENCIES_EN = [
  'usd', 'eur', 'euro', 'euros', 'gbp', 'pound', 'pounds', 'sterling', 'quid', 'aud', 'cad', 'nzd', 'hkd', 'twd', 'ntd',
  'sgd', 'myr', 'jpy', 'yen', 'cny', 'rmb', 'yuan', 'buck', 'bucks', 'krw', 'inr', 'rupee', 'rupees', 'peso', 'pesos', 'franc',
  'francs', 'chf',
];
const CURRENCIES_ZH = [
  '美金', '美元', '欧元', '英镑', '日元', '日币', '韩元', '港币', '港元', '港纸', '台币', '新台币', '澳币', '澳元', '加币',
  '加元', '新币', '人民币', '外币', '卢比',
];
const CURRENCY_ANCHORS = ['currency', 'currencies', '币种', '货币', '汇率'];

/**
 * Parcel carriers customers ask a store to use. Names that are also something else are left out: "royal" (royal
 * blue), "hermes" (the bags), "ems" (emergency services), "ups" (read as "up"), 京东 alone (the shop; 京东快递 is the carrier).
 */
const CARRIERS_EN = [
  'dhl', 'fedex', 'usps', 'dpd', 'evri', 'parcelforce', 'yodel', 'aramex', 'gls', 'purolator', 'ontrac',
  'auspost', 'canpost', 'ninjavan', 'lalamove',
];
const CARRIERS_ZH = [
  '顺丰', '顺丰速运', '圆通', '中通', '申通', '韵达', '百世', '极兔', '德邦', '京东快递', '京东物流', '中国邮政', '邮政', '宅急便',
  '黑猫宅急便', '新竹物流', '中华邮政', '嘉里大荣', '嘉里物流', '菜鸟',
];
const CARRIER_ANCHORS = ['courier', 'couriers', '快递'];

/** Where a parcel waits on its way: the carrier's depots and hubs, and the customs a parcel from abroad clears. */
const TRANSIT_EN = ['depot', 'depots', 'hub', 'facility', 'sortation', 'sorting'];
const TRANSIT_ZH = ['中转站', '中转', '中转中心', '分拣中心', '分拨中心', '转运中心', '转运站', '集散中心', '集散地', '派送站', '营业部', '物流中心', '配送中心', '海关'];
const TRANSIT_ANCHORS = ['carrier', 'tracking', '快递', '物流'];

/** Things shops sell, named the way customers name what they bought. */
const PRODUCTS_EN = [
  'mug', 'cup', 'glass', 'bottle', 'plate', 'bowl', 'pan', 'pot', 'kettle', 'toaster', 'blender', 'mixer', 'microwave',
  'vacuum', 'fan', 'heater', 'lamp', 'bulb', 'hairdryer', 'dryer', 'straightener', 'shaver', 'razor', 'toothbrush',
  'book', 'books', 'toy', 'toys', 'puzzle', 'game', 'console', 'controller', 'phone', 'laptop', 'tablet', 'charger',
  'cable', 'headphones', 'headphone', 'earbuds', 'earphones', 'speaker', 'keyboard', 'mouse', 'monitor', 'camera',
  'watch', 'shirt', 'tshirt', 'tee', 'top', 'dress', 'skirt', 'jeans', 'trousers', 'pants', 'shorts', 'jacket', 'coat',
  'hoodie', 'sweater', 'jumper', 'socks', 'shoes', 'shoe', 'boots', 'sneakers', 'trainers', 'sandals', 'hat', 'scarf',
  'gloves', 'bag', 'backpack', 'wallet', 'belt', 'ring', 'earrings', 'necklace', 'bracelet', 'lipstick', 'perfume',
  'cream', 'shampoo', 'towel', 'sheets', 'pillow', 'blanket', 'duvet', 'mattress', 'chair', 'table', 'desk', 'sofa',
  'shelf', 'rug', 'curtains', 'stroller', 'pram', 'crib', 'suitcase', 'umbrella', 'bike', 'helmet', 'vase', 'stool',
  'fridge', 'teapot', 'lid', 'sticker', 'stickers', 'slippers', 'cardigan', 'handbag', 'purse',
];
const PRODUCTS_ZH = [
  '杯子', '水杯', '马克杯', '瓶子', '盘子', '碗', '锅', '水壶', '烧水壶', '电水壶', '烤面包机', '搅拌机', '榨汁机', '微波炉',
  '吸尘器', '风扇', '电风扇', '暖风机', '台灯', '灯泡', '吹风机', '电吹风', '卷发棒', '剃须刀', '牙刷', '电动牙刷', '书', '玩具',
  '拼图', '手机', '电脑', '笔记本', '平板', '充电器', '数据线', '耳机', '音箱', '键盘', '鼠标', '显示器', '相机', '手表',
  '衣服', '衬衫', 't恤', '裙子', '连衣裙', '裤子', '牛仔裤', '短裤', '外套', '夹克', '大衣', '卫衣', '毛衣', '袜子', '鞋',
  '鞋子', '靴子', '球鞋', '运动鞋', '凉鞋', '帽子', '围巾', '手套', '包', '包包', '背包', '钱包', '皮带', '戒指', '耳环', '耳钉',
  '项链', '手链', '口红', '香水', '面霜', '洗发水', '毛巾', '床单', '枕头', '被子', '床垫', '椅子', '桌子', '沙发', '书架',
  '地毯', '窗帘', '婴儿车', '婴儿床', '行李箱', '雨伞', '自行车', '头盔', '花瓶', '凳子', '冰箱', '空调', '电饭锅', '手提包',
  '保温杯', '茶壶', '杯盖', '盖子', '贴纸',
];
const PRODUCT_ANCHORS = ['item', 'items', 'product', 'products', '商品', '产品', '东西'];

/**
 * Colours and clothing sizes: what tells one variant of an item from another. Ambiguous words are left out ("small
 * orders", "a large refund", "orange county", "gold member"); so are sizes written as numbers.
 */
const VARIANTS_EN = [
  'red', 'blue', 'navy', 'black', 'white', 'green', 'yellow', 'pink', 'purple', 'grey', 'gray', 'beige', 'brown',
  'maroon', 'burgundy', 'teal', 'turquoise', 'khaki', 'ivory', 'lilac', 'olive', 'charcoal', 'colour',
  'color', 'colours', 'colors', 'colourway', 'xs', 'xxs', 'xl', 'xxl', 'xxxl', '2xl', '3xl', '4xl', 'petite', 'medium',
];
const VARIANTS_ZH = [
  '红色', '蓝色', '藏青', '藏青色', '深蓝', '深蓝色', '黑色', '白色', '绿色', '黄色', '粉色', '粉红', '紫色', '灰色', '米色',
  '卡其', '卡其色', '棕色', '咖啡色', '橙色', '酒红', '酒红色', '米白', '颜色', '色号', '尺寸', '大小', '大码', '小码', '中码',
  '加大码', '均码', '号码',
];
const VARIANT_ANCHORS = ['colour', 'size', '颜色', '尺码'];

/** Days, months and holidays by name, and days relative to today ("may" and "march" are left out: verbs far more often). */
const DATES_EN = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'january', 'february',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'fortnight', 'today', 'tonight',
  'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'christmas', 'easter',
];
const DATES_ZH = [
  '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天', '周一', '周二', '周三', '周四', '周五', '周六',
  '周日', '周天', '周末', '今天', '昨天', '明天', '前天', '后天', '今晚', '昨晚', '上周', '下周', '这周', '本周', '上个月',
  '下个月', '这个月', '月底', '月初', '早上', '上午', '中午', '下午', '晚上', '过年', '春节', '圣诞', '圣诞节', '双十一',
  // Times of day and days off as Cantonese and written Chinese also name them (有冇夜晚送貨: 夜晚 is 晚上).
  '夜晚', '夜里', '夜间', '晚间', '傍晚', '凌晨', '半夜', '深夜', '假日', '节假日', '假期', '休息日', '双休日',
];
const DATE_ANCHORS = ['date', 'day', 'days', 'week', '日期', '时间', '星期'];

/**
 * Who a company is, by kind (a firm, an employer, 事务所, 单位): an invoice "made out to the firm" asks for the company
 * invoice a store's article speaks of as a company's. "business" is left out of the anchors: stores write "business
 * days".
 */
// Not "office" (the post office, office hours), "employer" (a worker's rights) nor "school".
const ORGANISATIONS_EN = ['firm', 'firms', 'organisation', 'organization', 'agency', 'startup', 'charity'];
const ORGANISATIONS_ZH = ['事务所', '律所', '单位', '工作室', '公司名'];
const ORGANISATION_ANCHORS = ['company', 'companies', '公司', '企业'];

/** Words that carry no topic in a customer's message (beyond the stop words tokenize.ts drops). */
const FILLERS_EN = [
  'u', 'ur', 'ya', 'yall', 'guys', 'guy', 'smth', 'sth', 'something', 'stuff', 'pls', 'plz', 'mate', 'lot', 'lol',
  'hey', 'heya', 'yo', 'bro', 'dude', 'thx', 'ty', 'ok', 'okay', 'kinda', 'sorta', 'gonna', 'wanna', 'gotta', 'chance',
  'anyone', 'somebody', 'someone', 'btw', 'tbh', 'idk', 'um', 'umm', 'uh', 'hmm', 'like', 'really', 'actually',
  'basically', 'question', 'wondering', 'wonder', 'kindly', 'folks', 'im', 'ive', 'id',
  // Formal requests, as Indian and business English write them: "I wish to return…, kindly guide me the procedure",
  // what is asked for is in the other words.
  'wish', 'procedure', 'guide',
  // Who the item was for and how they took it ("I bought a lamp for my mom but she hates it"): the story around the
  // question, not its topic.
  'mom', 'mum', 'mother', 'dad', 'father', 'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'friend',
  'boyfriend', 'girlfriend', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'niece', 'nephew', 'aunt', 'uncle',
  'hate', 'hates', 'hated', 'loves', 'loved',
  // Hedges of a question ("is it possible to…", "currently", "normally"): how it is asked, not what about.
  'possible', 'possibly', 'currently', 'presently', 'usually', 'normally', 'generally', 'maybe', 'perhaps',
  // Numbers spelled out count like numbers written in digits (not at all): "two of the thirty chairs" is about chairs.
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'dozen', 'dozens',
  'half', 'couple', 'both',
  // How the customer feels about it ("honestly this is ridiculous, ordered two weeks ago and still nothing"): the
  // feeling is read by the signals, the topic is in the other words.
  'honestly', 'seriously', 'literally', 'ridiculous', 'unacceptable', 'annoying', 'annoyed', 'frustrating', 'frustrated',
  'terrible', 'awful', 'horrible', 'useless', 'pathetic', 'disappointed', 'disappointing', 'angry', 'furious', 'upset',
  'ugh', 'omg', 'wtf', 'ffs', 'smh', 'stupid', 'insane', 'unbelievable', 'fed', 'sick', 'tired',
  // and about the people who served them ("the delivery guy was super nice, how do I leave him a good review").
  'nice', 'lovely', 'super', 'awesome', 'amazing', 'wonderful', 'fantastic', 'friendly', 'polite', 'sweet',
  // Chat shorthand for how something is said ("do u have same day shipping fr", "ngl the hoodie is now 20% off rn").
  'fr', 'ngl', 'rn', 'lowkey', 'highkey', 'istg', 'imo', 'imho', 'tho', 'bc', 'cuz', 'coz', 'lmao', 'lmk', 'srsly',
  'deadass', 'bestie', 'fam', 'bit',
  // Pronouns standing for a thing named elsewhere in the message ("the firm's name rather than mine").
  'mine', 'yours', 'ours', 'theirs', 'hers', 'rather',
];
const FILLERS_ZH = [
  // 可不可以 (可唔可以 in Cantonese) is how a question is asked ("can or can't I"), as 'possible' is in English.
  '可不可以',
  '大概', '好像', '似乎', '可能', '请问', '麻烦', '一下', '那个', '这个', '就是', '到底', '究竟', '其实', '真的', '亲', '在吗',
  '你好', '您好', '哈', '哈哈', '呃', '嗯', '啦', '喔', '咧', '哎', '唉', '诶', '谢谢', '想问', '问下', '问一下', '请教',
  // Politeness around the question (不好意思, 打扰了) and the announcing of one more (再问一个问题: 问题 stays a topic word).
  '不好意思', '打扰', '再问', '多问',
  // How the customer feels (无语, 绝绝子, 离谱): read by the signals, no topic; and the formal "I" and "your shop" of a
  // letter (本人, 贵店).
  '无语', '无语子', '绝绝子', '离谱', '服了', '醉了', '气死', '烦死', '崩溃', '心累', '本人', '贵店', '贵司', '贵公司',
  // and about the people who served them (快递员人很好 怎么给他好评).
  '很好', '人很好', '挺好', '真好', '很棒', '太好了', '超好', '热情', '耐心', '辛苦', '贴心',
  // Where the customer is ("I'm in", "I live in"): the place after it is what tells.
  '我在', '我住', '人在', '我人在', '我住在',
];

interface ClassTables {
  /** English stems and Chinese words → class. */
  classOf: Map<string, TermClass>;
  /** Longest Chinese entry, in characters. */
  longestHan: number;
  fillers: Set<string>;
  /** Terms standing for each class, as the index analyses them. */
  anchors: Record<TermClass, string[]>;
}

let tables: ClassTables | undefined;

/** The terms of a word as the index analyses it (stems; a Chinese word folded). */
function termsOf(word: string): string[] {
  const analysis = analyzeText(word);
  return analysis.hanWords.length > 0 ? [analysis.hanWords.join('')] : analysis.stems;
}

function tablesOf(): ClassTables {
  if (!tables) {
    const classOf = new Map<string, TermClass>();
    const addAll = (words: readonly string[], termClass: TermClass) => {
      for (const word of words) for (const term of termsOf(word)) classOf.set(term, termClass);
    };
    addAll([...PLACES_EN, ...PLACES_ZH], 'place');
    addAll([...CURRENCIES_EN, ...CURRENCIES_ZH], 'currency');
    addAll([...CARRIERS_EN, ...CARRIERS_ZH], 'carrier');
    addAll([...TRANSIT_EN, ...TRANSIT_ZH], 'transit');
    addAll([...PRODUCTS_EN, ...PRODUCTS_ZH], 'product');
    addAll([...VARIANTS_EN, ...VARIANTS_ZH], 'variant');
    addAll([...DATES_EN, ...DATES_ZH], 'date');
    addAll([...ORGANISATIONS_EN, ...ORGANISATIONS_ZH], 'organisation');
    const fillers = new Set([...FILLERS_EN, ...FILLERS_ZH].flatMap(termsOf));
    const anchorTerms = (words: readonly string[]) => [...new Set(words.flatMap((word) => analyzeText(word).terms))];
    tables = {
      classOf,
      longestHan: Math.max(...[...PLACES_ZH, ...CURRENCIES_ZH, ...CARRIERS_ZH, ...TRANSIT_ZH, ...PRODUCTS_ZH, ...VARIANTS_ZH, ...DATES_ZH, ...ORGANISATIONS_ZH].map((word) => word.length)),
      fillers,
      anchors: {
        place: anchorTerms(PLACE_ANCHORS),
        currency: anchorTerms(CURRENCY_ANCHORS),
        carrier: anchorTerms(CARRIER_ANCHORS),
        transit: anchorTerms(TRANSIT_ANCHORS),
        product: anchorTerms(PRODUCT_ANCHORS),
        variant: anchorTerms(VARIANT_ANCHORS),
        date: anchorTerms(DATE_ANCHORS),
        organisation: anchorTerms(ORGANISATION_ANCHORS),
      },
    };
  }
  return tables;
}

/** The words a knowledge base uses for shipping abroad, as written, most telling first. */
export function placeAnchorWords(): readonly string[] {
  return PLACE_ANCHORS;
}

const PLACE_WORDS_EN: ReadonlySet<string> = new Set(PLACES_EN);

const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'some', 'any']);

/** Shipping verbs and nouns in English, as typed (lower case). */
const SHIPPING_WORDS_EN: ReadonlySet<string> = new Set([
  'ship', 'ships', 'shipping', 'shipped', 'deliver', 'delivers', 'delivered', 'delivery', 'delivering', 'send', 'sending',
  'sent', 'post', 'posting', 'postage', 'mail', 'dispatch', 'courier',
]);

/**
 * Whether a place is where the parcel goes: "ship to France", "delivery to the UK", "how much to send it to Canada" (a
 * place after "to", with a shipping word at most four words before it); not a parcel of the customer's own sending ("a
 * letter", "myself"). `words` and `stems` as tokenize.ts gives them.
 */
export function shipsToAPlace(words: readonly string[], stems: readonly string[]): boolean {
  // The customer's own errand ("how do i send a parcel to australia myself", "post a letter to france"): not the store's.
  if (words.includes('myself')) return false;
  for (let i = 1; i < words.length; i++) {
    // "france" stems to the currency "franc": the word as typed says it is the place.
    if (termClassOf(stems[i]) !== 'place' && !PLACE_WORDS_EN.has(words[i])) continue;
    const to = words[i - 1] === 'the' ? i - 2 : i - 1;
    if (words[to] !== 'to') continue;
    for (let back = 1; back <= 4 && to - back >= 0; back++) {
      if (!SHIPPING_WORDS_EN.has(words[to - back])) continue;
      // "send a letter to …", "post a parcel to …": any parcel, not the one the customer ordered.
      return !INDEFINITE.has(words[to - back + 1]);
    }
  }
  return false;
}

/** The class of an English stem or a Chinese word, if it has one. */
export function termClassOf(term: string): TermClass | undefined {
  return tablesOf().classOf.get(term);
}

/** Verbs of buying: what follows them, after a determiner, is a thing bought. */
const BOUGHT_VERBS = new Set(['bought', 'buy', 'purchased', 'purchase', 'ordered', 'order', 'got', 'received', 'sent', 'returned', 'return']);
const BOUGHT_DETERMINERS = new Set([
  'a', 'an', 'one', 'the', 'this', 'that', 'these', 'those', 'my', 'two', 'three', 'some', 'few', 'pair', 'of', 'set',
]);

/**
 * Words the message itself shows to be things bought, whatever they are: the word or two after a verb of buying and a
 * determiner ("I have purchased one kurta", "ordered a pair of jhumkas"), or before "I bought" / "I ordered" ("the
 * gizmo I ordered"). Shoppers name far more things than any list of products holds (term-classes' list is the common
 * ones); an item named where an item goes is an item, and a knowledge base that speaks of items covers it.
 * Returns the positions in `words` (lower-cased words as tokenize.ts gives them).
 */
export function boughtThingPositions(words: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (BOUGHT_VERBS.has(words[i])) {
      let j = i + 1;
      if (!BOUGHT_DETERMINERS.has(words[j] ?? '')) continue;
      while (j < words.length && BOUGHT_DETERMINERS.has(words[j])) j++;
      // The noun, or an adjective and the noun: "a blue kurta", "one silk saree".
      for (let k = j; k < Math.min(j + 2, words.length); k++) found.add(k);
    }
    // "the gizmo I ordered": a determiner, a word or two, then "I" and a verb of buying.
    if (words[i] === 'i' && BOUGHT_VERBS.has(words[i + 1] ?? '')) {
      for (let back = 1; back <= 2 && i - back - 1 >= 0; back++) {
        if (BOUGHT_DETERMINERS.has(words[i - back - 1])) {
          for (let k = i - back; k < i; k++) found.add(k);
          break;
        }
      }
    }
  }
  return found;
}

/** How a customer says who they are: "I'm a …", "I am an …", "as a …" opening the message. */
const SELF_ARTICLES = new Set(['a', 'an']);

/**
 * Words the message shows to say who the customer is ("I'm a solicitor and …", "as a nurse I …", "I'm a freelance
 * designer"): the word or two after "I am a", or "as a" opening the message. Who asks is the story around the question, not its topic; a
 * word of it the knowledge base never uses says nothing about whether the question is the store's. Positions in
 * `words` (tokenize.ts drops the 'm of "I'm": "i", "a").
 */
export function selfDescriptionPositions(words: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    if (!SELF_ARTICLES.has(words[i])) continue;
    const before = words[i - 1];
    // "as a …" opens the message ("as a teacher i shop here a lot"); later it is more often what a thing is used as,
    // or who the customer is where they are ("claim vat back as a tourist"), which the question is about.
    const said = before === 'i' || before === 'im' || (before === 'as' && i === 1) || (before === 'am' && words[i - 2] === 'i');
    if (!said) continue;
    for (let k = i + 1; k < Math.min(i + 3, words.length); k++) found.add(k);
  }
  return found;
}

/** Chinese words before the one that says who the customer is (我是律师, 作为会计, 本人是设计师). */
const SELF_WORDS_ZH = new Set(['我是', '作为', '身为', '本人是']);

/** Positions in `hanWords` of a word that says who the customer is: the word right after 我是, 作为. */
export function selfDescriptionPositionsZh(hanWords: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (let i = 1; i < hanWords.length; i++) if (SELF_WORDS_ZH.has(hanWords[i - 1])) found.add(i);
  return found;
}

/**
 * Endings that make a Chinese noun a thing shops sell, whatever comes before them: 器 an appliance or tool (灭火器,
 * 加湿器), 机 a machine (除湿机, 洗碗机), 灯 a lamp, 锅 and 煲 a pot, 壶 a kettle, 柜 a cabinet. Only words of three
 * characters or more: two (飞机, 司机, 机器) are as often no thing bought.
 */
const THING_ENDINGS_ZH = new Set(['器', '机', '灯', '锅', '煲', '壶', '柜']);

/** Whether a Chinese word is, by its ending, a thing shops sell (灭火器, 除湿机). */
export function isThingByFormZh(word: string): boolean {
  const chars = Array.from(word);
  return chars.length >= 3 && THING_ENDINGS_ZH.has(chars[chars.length - 1]) && /^\p{Script=Han}+$/u.test(word);
}

/** Terms that stand for a class in a knowledge base (a place is known when "international" or 国际 is). */
export function classAnchors(termClass: TermClass): readonly string[] {
  return tablesOf().anchors[termClass];
}

/** Whether a term says nothing about what the message is about. */
export function isFiller(term: string): boolean {
  return tablesOf().fillers.has(term);
}

const CHINESE_NUMERALS = new Set('零一二两三四五六七八九十百千万几半0123456789'.split(''));
const MONEY_UNITS = ['块钱', '块', '元', '蚊', '毛', '角', '分钱'];

/**
 * An amount of money written in Chinese (十块钱, 二十蚊, 两百元, 20块): like a bare number, it tells nothing of the topic
 * (the words around it do: 退款少了十块钱 is about a refund).
 */
export function isChineseAmount(word: string): boolean {
  const unit = MONEY_UNITS.find((u) => word.endsWith(u));
  if (!unit || word.length === unit.length) return unit !== undefined && word === '块';
  for (const char of word.slice(0, word.length - unit.length)) if (!CHINESE_NUMERALS.has(char)) return false;
  return true;
}

const DURATION_UNITS = ['个小时', '小时', '分钟', '个星期', '个礼拜', '星期', '礼拜', '个月', '天', '日', '周', '月', '年'];

/**
 * A length of time written in Chinese (三天, 一周, 两个星期, 十几天): like an amount, it tells nothing of the topic (物流卡了三天
 * is about a stuck parcel, 退款两周了 about a refund).
 */
export function isChineseDuration(word: string): boolean {
  const unit = DURATION_UNITS.find((u) => word.endsWith(u));
  if (!unit || word.length === unit.length) return false;
  for (const char of word.slice(0, word.length - unit.length)) if (!CHINESE_NUMERALS.has(char)) return false;
  return true;
}

/** A count (三十张, 两件): like an amount, it tells nothing of the topic (只收到二十张 is about missing items). */
export function isChineseCount(word: string): boolean {
  CHINESE_COUNT.lastIndex = 0;
  const match = CHINESE_COUNT.exec(word);
  return match !== null && match.index === 0 && match[0].length === word.length;
}

/** Longest Chinese class entry in characters (马来西亚 may come out of the segmenter as 马来 + 西亚). */
export function longestHanEntry(): number {
  return tablesOf().longestHan;
}
