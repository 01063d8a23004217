/**
 * Another organisation named by its kind, not its name, as the one that holds the account, made the charge or took
 * the booking: "i was charged twice by my electricity company", "my hotel charged my card twice", "how do i get an
 * invoice from my phone company", "how do i cancel a flight booking", "my order from another website arrived damaged",
 * 酒店多扣了我一次房费, 话费发票怎么开, 别的网站买的东西坏了. Its account, bill or booking is its business, however well one
 * of this store's articles matches the words (charged twice, invoice, cancel).
 *
 * other-company.ts names companies one by one; a kind covers every company of it, named or not. The kind alone is not
 * enough: "can i pay with my bank card", "my bank charged me a foreign fee", 银行收了境外手续费 and "the hotel-style
 * lamp arrived broken" are this store's. The kind must own what is asked about (F1), do the charging (F2, F3), send
 * the bill (F4) or be where the card was used (F5). A bank is the customer's way to pay, like a payment brand
 * (other-company.ts), so it is named only as a place where a card failed in a shop that is not this one.
 *
 * Text arrives folded (traditional and Cantonese to simplified Mandarin); English is read in lower case.
 */

/**
 * Organisations by kind: utilities and telecoms by what they supply, then the places and services people have
 * accounts, bills and bookings with. Compound kinds only where the single word is also a thing a shop sells or a word
 * of its own service: "phone company" (not "phone"), "water company" (not "water").
 */
const SUPPLIED_EN = ['electricity', 'electric', 'energy', 'power', 'gas', 'water', 'utility', 'utilities', 'phone', 'mobile', 'mobile phone', 'cell phone', 'cellphone', 'cell', 'cellular', 'broadband', 'internet', 'cable', 'tv', 'satellite', 'telecom', 'wifi'];
const SUPPLIER_EN = ['company', 'provider', 'supplier', 'carrier', 'operator', 'network', 'firm'];
const KINDS_EN = [
  'hotel', 'airline', 'airlines', 'landlord', 'landlady', 'letting agent', 'letting agency', 'estate agent', 'gym', 'school', 'university', 'college', 'nursery',
  'insurer', 'insurance company', 'insurance provider', 'employer', 'council', 'streaming service', 'taxi company', 'train company', 'rail company',
  'bus company', 'travel agent', 'travel agency', 'tour operator', 'cruise line', 'holiday company', 'parking company', 'car park', 'car dealer',
  'dealership', 'garage', 'mechanic', 'restaurant', 'cinema', 'dentist', 'hospital', 'vet', 'doctor', 'pharmacy', 'supermarket',
  'mortgage lender', 'lender', 'loan company',
];
/** A shop that is not this one, unnamed: "another website", "a different shop", "some other app". */
const ANOTHER_EN = String.raw`(?:another|a different|some other|other|an other|a separate|a third[- ]party) (?:online )?(?:website|site|web site|shop|store|seller|retailer|app|company|marketplace|platform|merchant|vendor|brand)s?`;

/** What an organisation holds or sends that a customer asks about: "my hotel booking", "the airline's refund policy". */
const OWNED_EN = [
  'account', 'bill', 'bills', 'billing', 'invoice', 'invoices', 'statement', 'booking', 'bookings', 'reservation', 'reservations', 'refund', 'refunds',
  'charge', 'charges', 'fee', 'fees', 'subscription', 'membership', 'contract', 'plan', 'tariff', 'app', 'website', 'site', 'password', 'login',
  'customer service', 'customer support', 'support', 'helpline', 'hotline', 'deposit', 'policy', 'policies', 'loyalty points', 'points', 'miles',
];
/** An organisation's doings with a customer's money: "my hotel charged my card twice". */
const CHARGED_EN = ['charged', 'has charged', 'billed', 'has billed', 'overcharged', 'double charged', 'double-charged', 'took', 'has taken', 'debited', 'keeps charging', 'is charging', 'charges', 'refused', 'declined', 'cancelled', 'canceled', 'won\'t refund', 'will not refund', 'didn\'t refund', 'did not refund', 'hasn\'t refunded', 'has not refunded'];
/** The same said from the customer's side: "i was charged twice by my electricity company". */
const CHARGED_BY_EN = ['charged', 'billed', 'overcharged', 'double charged', 'double-charged', 'debited', 'invoiced', 'refunded', 'scammed', 'ripped off'];
/** What an organisation sends: "an invoice from my phone company". */
const SENT_EN = ['invoice', 'invoices', 'bill', 'bills', 'receipt', 'receipts', 'refund', 'refunds', 'statement', 'statements', 'booking', 'reservation', 'contract', 'letter', 'email', 'text', 'charge', 'charges', 'order', 'orders', 'parcel', 'parcels', 'package', 'packages', 'delivery', 'item', 'items', 'stuff', 'purchase', 'purchases', 'thing', 'things'];
/**
 * Bookings and tickets of travel and events: a flight booking is the airline's, a train ticket the railway's. Not
 * "table" (furniture), nor "seat" or "room" alone ("a dining table that seats six").
 */
const BOOKED_EN = ['flight', 'flights', 'plane', 'airline', 'train', 'rail', 'bus', 'coach', 'ferry', 'cruise', 'hotel', 'holiday', 'concert', 'theatre', 'theater', 'cinema', 'movie', 'festival', 'football', 'match', 'event', 'restaurant', 'taxi', 'lottery', 'parking'];
const BOOKING_EN = ['booking', 'bookings', 'reservation', 'reservations', 'ticket', 'tickets', 'fare', 'fares', 'pass', 'passes'];
/** Where a card is used in person: "my card was declined at the supermarket". Not "shop" or "store": this store may have one. */
const PLACES_EN = ['supermarket', 'grocery store', 'grocery shop', 'restaurant', 'petrol station', 'gas station', 'garage', 'atm', 'cash machine', 'cashpoint', 'bar', 'pub', 'cafe', 'café', 'coffee shop', 'hotel', 'airport', 'pharmacy', 'cinema', 'car park', 'toll', 'gym', 'hospital', 'doctor', 'dentist', 'vet', 'salon', 'hairdresser', 'hairdressers', 'takeaway'];
/** What happens to a card there (only a card or a payment: "it stopped working in the hotel" is a product's fault). */
const PAID_WITH_EN = ['card', 'cards', 'payment', 'payments', 'transaction', 'contactless', 'apple pay', 'google pay', 'visa', 'mastercard', 'amex'];
const FAILED_AT_EN = ['declined', 'refused', 'rejected', 'charged', 'charged twice', 'double charged', 'overcharged', 'not accepted', 'didn\'t work', 'did not work', 'doesn\'t work', 'does not work', 'wouldn\'t work', 'failed', 'blocked'];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const SUPPLIER = `(?:${alternatives(SUPPLIED_EN)}) (?:${alternatives(SUPPLIER_EN)})`;
// A utility's bill or plan names its supplier: "my phone bill", "my electricity bill", "my mobile plan".
const SUPPLIED_THING = `(?:${alternatives(SUPPLIED_EN)}) (?:bill|bills|plan|contract|tariff|top up|top-up|topup|data plan|data allowance)`;
const KIND = `(?:${SUPPLIER}|${alternatives(KINDS_EN)})`;
const DETERMINER = `(?:my|the|our|their|his|her|a|an|your|this|that)`;
const WORD_END = '(?![a-z])';

/**
 * Another shop's price is a question for this store ("the item on another website is cheaper, do you match it",
 * 别家买的比你们便宜); a ticket's price is not ("do you price match plane tickets").
 */
const PRICE_COMPARISON = /\b(?:cheaper|price ?match|match (?:the|their|that|its) price|lower price|better price|less|same price)\b|便宜|价格|比价|差价|价保|贵/;

const PATTERNS_EN: readonly RegExp[] = [
  // F1: my hotel booking, the airline’s refund policy, my gym membership
  new RegExp(String.raw`\b${DETERMINER} (${KIND})(?:'s|’s)? (?:${alternatives(OWNED_EN)})${WORD_END}`),
  // F1: my phone bill, my electricity bill
  new RegExp(String.raw`\b${DETERMINER} (${SUPPLIED_THING})${WORD_END}`),
  // F2: my hotel charged my card twice, the airline won't refund me
  new RegExp(String.raw`\b${DETERMINER} (${KIND}) (?:(?:just|also|still|has|have|already) )?(?:${alternatives(CHARGED_EN)})${WORD_END}`),
  // F3: i was charged twice by my electricity company
  new RegExp(String.raw`\b(?:${alternatives(CHARGED_BY_EN)})(?: (?:me|us|twice|again|double|two times|2x|three times|extra|too much|for [a-z]{1,12})){0,3} by ${DETERMINER} (${KIND})${WORD_END}`),
  // F4: an invoice from my phone company, my order from another website (not "at": "collect my parcel at the
  // supermarket" names a pickup point)
  new RegExp(String.raw`\b(?:${alternatives(SENT_EN)})(?: (?:i|we) (?:got|ordered|bought|booked|made|placed))? (?:from|with|by|through) ${DETERMINER} (${KIND})${WORD_END}`),
  new RegExp(String.raw`\b(?:${alternatives(SENT_EN)})(?: (?:i|we) (?:got|ordered|bought|booked|made|placed))? (?:from|with|on|at|through|via|off) (${ANOTHER_EN})${WORD_END}`),
  new RegExp(String.raw`\b(?:bought|ordered|purchased|got|booked)(?: (?:it|this|that|them|something|stuff|a [a-z]{1,16}|an [a-z]{1,16}|some [a-z]{1,16}))? (?:from|on|at|through|via|off) (${ANOTHER_EN})${WORD_END}`),
  // A booking or ticket of travel or an event: cancel a flight booking, a refund for train tickets
  new RegExp(String.raw`\b((?:${alternatives(BOOKED_EN)}) (?:${alternatives(BOOKING_EN)}))${WORD_END}`),
  // F5: my card was declined at the supermarket
  new RegExp(
    String.raw`\b(?:${alternatives(PAID_WITH_EN)})(?: [a-z']{1,16}){0,4} (?:${alternatives(FAILED_AT_EN)}) (?:at|in) (?:the|a|my|our|some) (?:local )?(${alternatives(PLACES_EN)})${WORD_END}`,
  ),
];

/**
 * The same in Chinese: the kind before what it holds or did (酒店多扣了, 物业的电话, 航空公司退款), a utility's bill
 * (话费发票, 电费账单), a ticket of travel (机票怎么退), a shop that is not this one (别的网站买的), a card used elsewhere
 * (在超市刷卡被拒).
 */
const KINDS_ZH = [
  '酒店', '宾馆', '民宿', '航空公司', '航司', '物业', '房东', '中介', '电信', '联通', '中国移动', '运营商', '电力公司', '供电局', '自来水公司', '燃气公司',
  '健身房', '学校', '幼儿园', '保险公司', '医院', '驾校', '4s店', '外卖平台', '信用卡中心', '银行信用卡', '视频网站', '音乐app', '游戏公司',
];
const BILLS_ZH = ['话费', '电费', '水费', '燃气费', '煤气费', '宽带费', '网费', '物业费', '房租', '房费', '流量', '停车费', '学费', '保费', '油费'];
const TICKETS_ZH = ['机票', '火车票', '高铁票', '动车票', '车票', '船票', '电影票', '演唱会门票', '门票', '彩票'];
const OWNED_ZH = ['账号', '账户', '帐号', '帐户', '密码', '会员', '发票', '账单', '客服', '电话', '押金', '退款', '多扣', '扣了', '扣钱', '扣款', '扣费', '乱扣', '重复扣', '多收', '乱收', '收了我', '收费', '退订', '预订', '预定', '订单', '不退', '不给退'];
const ANOTHER_ZH = '(?:别家|别人家|别的(?:网站|店|店铺|平台|商家|app|卖家)|其他(?:网站|店|店铺|平台|商家|app|卖家)|其它(?:网站|店|店铺|平台|商家|app|卖家)|外面)';
/** A shop that is not this one, as the patterns name it (English or Chinese). */
const ANOTHER_SHOP = new RegExp(`^(?:${ANOTHER_EN}|${ANOTHER_ZH})$`);
const PLACES_ZH = ['超市', '餐厅', '饭店', '加油站', '便利店', '酒店', '商场', '医院', '药店', '停车场', '电影院'];

const PATTERNS_ZH: readonly RegExp[] = [
  // 酒店多扣了我一次房费, 物业的电话, 航空公司不给退
  new RegExp(`(${alternatives(KINDS_ZH)})(?:的)?(?:${alternatives(OWNED_ZH)})`),
  // 话费发票怎么开, 电费多扣了
  new RegExp(`(${alternatives(BILLS_ZH)})(?:的)?(?:${alternatives(['发票', '账单', '充值', '充不进', '多扣', '扣了', '扣费', '扣款', '扣钱', '乱扣', '退', '怎么交', '怎么缴', '缴费', '交费'])})`),
  // 机票怎么退, 火车票退票手续费多少, 能在你们这买彩票吗: the ticket is the travel company's or the event's
  new RegExp(`(${alternatives(TICKETS_ZH)})`),
  // 别的网站买的东西到了是坏的, 在别家下的单
  new RegExp(`(${ANOTHER_ZH})(?:上|里|那边|那里)?(?:买|下单|下的单|订|购买|网购)`),
  // 在超市刷卡被拒 (folded to 刷卡支付被拒), 在餐厅被扣了两次
  new RegExp(`在(${alternatives(PLACES_ZH)})(?:里|上)?(?:刷卡|付款|付钱|支付|结账|买单){0,2}(?:被拒|失败|刷不了|付不了|多扣|扣了两次|被扣|重复扣)`),
];

/** Another shop, unnamed, anywhere in a text (folded): 在别家买的, "from another website". */
// Not 外面 ("outside"), which is also where a parcel is left (放在外面).
const ANOTHER_SHOP_NAMED = new RegExp(`\\b${ANOTHER_EN}\\b|${ANOTHER_ZH.replace('|外面', '')}`);

/** Whether a text (folded) speaks of another shop without naming it (别家, 别的网站, "another website"). */
export function namesAnotherShop(text: string): boolean {
  return ANOTHER_SHOP_NAMED.test(text.slice(0, MAX_LENGTH).toLowerCase());
}

const HAN = /\p{Script=Han}/u;
/** Characters read per message at most (as other-company.ts). */
const MAX_LENGTH = 300;

/**
 * The kind of organisation a message asks about as the holder of the account, the charger, the sender of the bill
 * or the taker of the booking ("electricity company", "hotel", "flight booking", 酒店, 话费); undefined when none.
 */
export function organisationByKind(text: string): string | undefined {
  const lower = text.slice(0, MAX_LENGTH).toLowerCase().replace(/\s+/g, ' ').trim();
  const comparesPrices = PRICE_COMPARISON.test(lower);
  for (const pattern of PATTERNS_EN) {
    const match = pattern.exec(lower);
    if (match && !(comparesPrices && ANOTHER_SHOP.test(match[1]))) return match[1];
  }
  if (!HAN.test(lower)) return undefined;
  const compact = lower.replace(/ /g, '');
  for (const pattern of PATTERNS_ZH) {
    const match = pattern.exec(compact);
    if (match && !(comparesPrices && ANOTHER_SHOP.test(match[1]))) return match[1];
  }
  return undefined;
}
