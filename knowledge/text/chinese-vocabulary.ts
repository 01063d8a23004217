/**
 * How Chinese-speaking shoppers write, mapped to the mainland Mandarin a knowledge base is usually written in. These
 * are facts about the language, not about one store: Taiwan and Hong Kong shopping vocabulary that OpenCC's
 * converters leave alone (written Cantonese is in cantonese-lexicon.ts), the commonest variant and homophone spellings, and English shopping words that
 * customers mix into Chinese sentences. Matching folds both the articles and the customer's text with them, so they
 * never change what a customer reads.
 */

/** Characters of written Cantonese that Mandarin does not use. */
export const CANTONESE_CHARACTERS: ReadonlySet<string> = new Set('嘅咗唔冇啲嘢喺佢哋咩嚟睇畀攞搵揾噉嗰㗎喎啱乜咁諗谂嘥冚啫噚'.split(''));

/**
 * Taiwan and Hong Kong shopping words (in simplified characters: applied after the script is folded), variant and
 * homophone spellings common everywhere, → the mainland word.
 */
export const REGIONAL_AND_VARIANT: ReadonlyArray<readonly [string, string]> = [
  // Taiwan
  ['超商', '便利店'], ['宅配', '快递送货'], ['出货', '发货'], ['运送', '配送'], ['统一编号', '税号'], ['统编', '税号'],
  ['鉴赏期', '无理由退货期'], ['保固', '保修'], ['红利点数', '积分'], ['点数', '积分'], ['电子报', '营销邮件'],
  ['礼拜', '星期'], ['退费', '退款'], ['折价券', '优惠券'], ['折价码', '优惠码'], ['电子信箱', '邮箱'], ['信箱', '邮箱'],
  ['个资', '个人数据'], ['个资深', '个资深'] /* 找個資深的客服: 資深 (senior), not 個資 */, ['简讯', '短信'], ['连结', '链接'], ['门市', '门店'], ['预购', '预售'], ['行动支付', '移动支付'],
  ['笔电', '笔记本电脑'], ['登入', '登录'], ['客服专线', '客服电话'], ['寄送', '配送'],
  // 客诉 is a customer complaint (要怎么客诉, 客诉专线); 购物金 is store credit.
  ['客诉', '投诉'], ['购物金', '店铺余额'],
  // 呈報 is reporting a case up to someone senior: escalating it (客服案件可以往上呈報嗎).
  ['往上呈报', '升级'], ['呈报', '升级'],
  // 下訂 is placing an order (下订单 stays whole); 免運 is free shipping (免运费 stays whole); 超取, 店到店 and
  // 超商取貨 are collecting a parcel at a convenience store (自提); 宅配 is delivery to the door by courier; 貨運 and 宅急便 are couriers; 配達 is delivered.
  ['下订', '下单'], ['下订单', '下订单'], ['免运', '包邮'], ['免运费', '免运费'], ['超取', '便利店自提'],
  ['店到店', '便利店自提'], ['超商取货', '便利店自提'], ['便利店取货', '便利店自提'], ['破掉', '破损'], ['便利商店', '便利店'], ['货运', '物流'], ['宅急便', '快递'], ['配达', '送达'],
  // Invoices: 載具 holds e-invoices; 三聯式 is the company (VAT) invoice, 二聯式 the personal one.
  ['载具', '电子发票'], ['三联式', '专用'], ['二联式', '普通'],
  // Payment: 匯款 is a bank transfer; 零利率 is interest-free; 刷卡 is paying by card, 退刷 and 刷退 a refund to it.
  ['汇款', '转账'], ['零利率', '免息'], ['退刷', '退款到卡'], ['刷退', '退款到卡'], ['刷卡', '刷卡支付'], ['送修', '维修'],
  // 信 is an e-mail in Taiwan (确认信, 广告信); 刷不过 is a card payment that fails.
  ['确认信', '确认邮件'], ['广告信', '广告邮件'], ['通知信', '通知邮件'], ['刷不过', '付款失败'],
  // Hong Kong
  ['电邮', '邮件'], ['户口', '账户'], ['保养', '保修'],
  // An e-mail address (電郵地址, 邮件地址) is the account's mailbox, 邮箱: its 地址 is no postal address.
  ['电邮地址', '邮箱'], ['邮件地址', '邮箱'], ['电子邮件地址', '邮箱'], ['邮箱地址', '邮箱'],
  // Hong Kong: 特快 is express delivery (特快專遞); 储分 is collecting points.
  ['特快', '加急'], ['特快专递', '加急快递'], ['储分', '攒积分'],
  // Everywhere: a returning customer (老客户, 回头客, 熟客) asks as a member of the store's scheme would: 会员 is added.
  // (Folded text folds to itself: the word already followed by 会员 is kept.)
  ...['老客户', '老顾客', '回头客', '熟客', '常客', '老用户'].flatMap((word): Array<readonly [string, string]> => [
    [word, `${word}会员`],
    [`${word}会员`, `${word}会员`],
  ]),
  // Mainland: 对公转账 is a bank transfer from a company account; 快递小哥 and 送货小哥 are what most call the courier.
  ['对公转账', '银行转账'], ['快递小哥', '快递员'], ['送货小哥', '快递员'], ['快递哥', '快递员'],
  // Everywhere: a shop offline (线下门店, 线下店, 实体门店) is a bricks-and-mortar shop, 实体店; read whole, or the segmenter
  // cuts 有线下门店 into 有线 (cable) / 下 / 门 / 店.
  ['线下门店', '实体店'], ['线下店', '实体店'], ['线下实体店', '实体店'], ['实体门店', '实体店'], ['线下的店', '实体店'],
  // Both: 美金 is the US dollar.
  ['美金', '美元'],
  // Both: 礼物卡 is what many call a gift card (礼品卡).
  ['礼物卡', '礼品卡'],
  // Both: a return label (退貨標籤) is the return waybill.
  ['退货标签', '退货面单'],
  // Variant and homophone spellings
  ['帐号', '账号'], ['帐户', '账户'], ['帐单', '账单'], ['转帐', '转账'], ['到帐', '到账'], ['入帐', '入账'], ['对帐', '对账'],
  ['定单', '订单'], ['登陆', '登录'], ['优惠卷', '优惠券'], ['冲值', '充值'],
  // The commonest typo of 退款 differs in tone (tuī for tuì), which the homophone reading does not cross (homophones.ts:
  // across tones it read 网商贷 as 网上贷 and 编程 as 变成 in one text of 40).
  ['推款', '退款'],
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
  // Hong Kong's everyday code-mixing (張卡俾decline咗, 你哋CS幾點收工, tracking話delivered咗, 用美金charge).
  decline: '付款失败', declined: '付款失败', charge: '扣款', charged: '扣款', cs: '客服', hotline: '客服电话',
  delivered: '已签收', courier: '快递', locker: '快递柜', pickup: '自提', 'pick up': '自提', voucher: '优惠券',
  promo: '优惠', 'debit card': '借记卡', 'transaction fee': '手续费', 'handling fee': '手续费', confirm: '确认',
  confirmation: '确认', faulty: '质量问题', defective: '质量问题', delay: '延误', label: '面单', sms: '短信',
  // Payment brands and methods: a way to pay (chinese-concepts.ts reads the Chinese names alike).
  payme: '付款方式', fps: '付款方式', alipay: '付款方式', alipayhk: '付款方式', 'wechat pay': '付款方式',
  wechatpay: '付款方式', 'line pay': '付款方式', linepay: '付款方式', 'apple pay': '付款方式', 'google pay': '付款方式',
  'samsung pay': '付款方式', paypal: '付款方式', octopus: '付款方式', jkopay: '付款方式', 'jko pay': '付款方式',
  visa: '付款方式', mastercard: '付款方式', amex: '付款方式', unionpay: '付款方式', atm: '付款方式',
};
