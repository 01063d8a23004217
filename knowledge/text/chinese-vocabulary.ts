/**
 * How Chinese-speaking shoppers write, mapped to the mainland Mandarin a knowledge base is usually written in. These
 * are facts about the language, not about one store: written Cantonese, Taiwan and Hong Kong shopping vocabulary that
 * OpenCC's converters leave alone, the commonest variant and homophone spellings, and English shopping words that
 * customers mix into Chinese sentences. Matching folds both the articles and the customer's text with them, so they
 * never change what a customer reads.
 */

/**
 * Written Cantonese → Mandarin. Applied before the script is simplified, so keys come in both scripts where they
 * differ. Longest match wins: 關係 and 係數 keep their 係 (relation, coefficient); alone, 係 is Cantonese "is".
 */
export const CANTONESE: ReadonlyArray<readonly [string, string]> = [
  ['點樣', '怎么'], ['点样', '怎么'], ['點解', '为什么'], ['点解', '为什么'], ['點算', '怎么办'], ['点算', '怎么办'],
  ['幾時', '什么时候'], ['几时', '什么时候'], ['幾多', '多少'], ['几多', '多少'], ['幾錢', '多少钱'], ['几钱', '多少钱'],
  ['幾耐', '多久'], ['几耐', '多久'], ['幾點', '几点'],
  ['乜嘢', '什么'], ['乜野', '什么'], ['咩嘢', '什么'], ['咩', '什么'], ['乜', '什么'],
  ['冇', '没有'], ['唔該', '请'], ['唔该', '请'], ['唔係', '不是'], ['唔系', '不是'], ['唔啱', '不合适'], ['唔', '不'],
  ['係', '是'], ['關係', '关系'], ['係數', '系数'], ['聯係', '联系'], ['喺', '在'], ['嘅', '的'], ['咗', '了'],
  ['快啲', '快点'], ['有啲', '有些'], ['啲', '的'], ['嘢', '东西'],
  ['佢哋', '他们'], ['我哋', '我们'], ['你哋', '你们'], ['佢', '他'], ['哋', '们'],
  ['睇', '看'], ['俾人', '被人'], ['俾錢', '付款'], ['俾钱', '付款'], ['俾', '给'], ['畀', '给'], ['攞', '拿'],
  ['搵', '找'], ['揾', '找'], ['嚟', '来'], ['咁', '这么'], ['噉', '这样'], ['而家', '现在'], ['依家', '现在'],
  ['邊度', '哪里'], ['边度', '哪里'], ['邊個', '谁'], ['边个', '谁'], ['邊間', '哪家'], ['边间', '哪家'],
  ['呢個', '这个'], ['呢个', '这个'], ['呢件', '这件'], ['呢度', '这里'], ['嗰個', '那个'], ['嗰个', '那个'], ['嗰', '那'],
  ['同埋', '和'], ['仲未', '还没'], ['仲有', '还有'], ['仲要', '还要'],
  // 未 + verb is Cantonese (and written) 没: 未到 → 没到; 未来 and 未成年 keep their 未 (not listed).
  ['未到', '没到'], ['未收到', '没收到'], ['未收', '没收'], ['未寄', '没寄'], ['未發', '没发'], ['未发', '没发'],
  ['未退', '没退'], ['未有', '没有'],
  ['啱啱', '刚刚'], ['啱', '合适'],
  // 爛 is Cantonese "broken" (Mandarin reads it "rotten"): 爛咗 → 坏了, 整爛 → 弄坏.
  ['爛咗', '坏了'], ['烂咗', '坏了'], ['整爛', '弄坏'], ['整烂', '弄坏'],
  ['落單', '下单'], ['落单', '下单'], ['埋單', '结账'], ['埋单', '结账'], ['找數', '付款'], ['找数', '付款'],
  ['張單', '订单'], ['张单', '订单'], ['碼數', '尺码'], ['码数', '尺码'],
  ['喇', '了'], ['囉', '了'], ['啰', '了'], ['喎', '了'], ['㗎', '的'], ['嘞', '了'],
];

/** Characters of written Cantonese that Mandarin does not use. */
export const CANTONESE_CHARACTERS: ReadonlySet<string> = new Set('嘅咗唔冇啲嘢喺佢哋咩嚟睇畀攞搵揾噉嗰㗎喎啱'.split(''));

/**
 * Taiwan and Hong Kong shopping words (in simplified characters: applied after the script is folded), variant and
 * homophone spellings common everywhere, → the mainland word.
 */
export const REGIONAL_AND_VARIANT: ReadonlyArray<readonly [string, string]> = [
  // Taiwan
  ['超商', '便利店'], ['宅配', '送货上门'], ['出货', '发货'], ['运送', '配送'], ['统一编号', '税号'], ['统编', '税号'],
  ['鉴赏期', '无理由退货期'], ['保固', '保修'], ['红利点数', '积分'], ['点数', '积分'], ['电子报', '营销邮件'],
  ['礼拜', '周'], ['退费', '退款'], ['折价券', '优惠券'], ['折价码', '优惠码'], ['电子信箱', '邮箱'], ['信箱', '邮箱'],
  ['个资', '个人数据'], ['简讯', '短信'], ['连结', '链接'], ['门市', '门店'], ['预购', '预售'], ['行动支付', '移动支付'],
  ['笔电', '笔记本电脑'], ['登入', '登录'], ['客服专线', '客服电话'], ['寄送', '配送'],
  // 信 is an e-mail in Taiwan (确认信, 广告信); 刷不过 is a card payment that fails.
  ['确认信', '确认邮件'], ['广告信', '广告邮件'], ['通知信', '通知邮件'], ['刷不过', '付款失败'],
  // Hong Kong
  ['电邮', '邮件'], ['户口', '账户'], ['保养', '保修'],
  // Variant and homophone spellings
  ['帐号', '账号'], ['帐户', '账户'], ['帐单', '账单'], ['转帐', '转账'], ['到帐', '到账'], ['入帐', '入账'], ['对帐', '对账'],
  ['定单', '订单'], ['登陆', '登录'], ['优惠卷', '优惠券'], ['冲值', '充值'],
];

/** English shopping words inside a Chinese sentence (我的order还没到, 退款refund, cancel订单) → the Chinese word. */
export const ENGLISH_IN_CHINESE: Readonly<Record<string, string>> = {
  order: '订单', orders: '订单', refund: '退款', refunds: '退款', return: '退货', returns: '退货', cancel: '取消',
  track: '查物流', tracking: '物流', delivery: '配送', international: '国际', deliver: '配送', shipping: '配送', ship: '发货', shipped: '发货',
  size: '尺码', account: '账户', password: '密码', email: '邮箱', mail: '邮件', login: '登录', 'log in': '登录',
  coupon: '优惠券', 'promo code': '优惠码', 'discount code': '优惠码', discount: '折扣', invoice: '发票', receipt: '收据',
  payment: '付款', pay: '付款', 'credit card': '信用卡', card: '卡', exchange: '换货', warranty: '保修', points: '积分',
  member: '会员', membership: '会员', package: '包裹', parcel: '包裹', address: '地址', 'customer service': '客服',
  price: '价格', stock: '库存', 'out of stock': '缺货', restock: '补货', newsletter: '营销邮件', unsubscribe: '退订',
  status: '状态', checkout: '结算', cart: '购物车', fee: '费用', fees: '费用', customs: '关税', damaged: '损坏',
  broken: '坏了', wrong: '错', missing: '少件', late: '延误', delayed: '延误', lost: '丢失', install: '安装',
};
