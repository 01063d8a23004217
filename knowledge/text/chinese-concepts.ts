/**
 * Classes of words a knowledge base cannot list one by one, read as the concept they stand for (for matching only):
 * - a payment brand or method (八达通, 转数快, 街口支付, 超商代码缴费, PayMe, LINE Pay) is a way to pay: 付款方式, unless
 *   the text is about a refund (退款到支付宝要多久, 退款會退返八達通嗎): there the brand is where the money goes back,
 *   the account paid from (原账户), whichever it is; read as itself or as a way to pay it would pull the message to
 *   the payment methods (whose questions name the brands) away from the refund it asks about; nor when the text tells
 *   of a payment failing (支付宝付款失败, 微信支付一直付不了, Apple Pay一直付款失敗): the brand is what the customer paid
 *   with, and the failure is what they ask about, so it stays only itself;
 * - a broken state (破了, 裂开, 碎掉, 烂了, 崩了) is damage: 破损, and so are goods spoilt by liquid on the way (漏了, 洒出来,
 *   淋湿, 泡水);
 * - a destination after a shipping verb (寄去旺角, 送到沙田, 寄到顺丰站, 寄到7-11) is a delivery question: the place becomes 配送,
 *   a pickup point (…柜, …站, …点, 便利店) 快递柜代收点, and a country or a region abroad keeps its name and reads
 *   国外 (寄去澳洲 → 寄去澳洲国外).
 * - what was ordered, then something else received (我买的是鼠标 寄来的是键盘, 拍的白色发来的是黑色, 买的耳机发来个充电宝) is a
 *   wrong item: 发错了 is added, whatever the two things are;
 * - a count in the hundreds or more of 点 or 分 (我有两万点, 儲咗三千分, 2000点) is points: 积分. No clock or mark counts
 *   that high (三点 and 十二点 are hours, 一百分之一 a fraction, 三千分钟 minutes);
 * - a thing that stopped doing what it does (充不进电, 不加热了, 吹风机不着 after folding 唔著, 耳机不响, 开不了机) is a
 *   fault: 质量问题, the word a warranty article uses;
 * - a parcel that came or comes late (迟到了, 晚到, 送货迟了 after folding 遲咗, 延迟, 包裹晚了, 晚了一天) is a delay: 延误, the word of a
 *   delayed-delivery article, unless the text is about a refund (退款延迟 is a refund's time);
 * - the same thing bought twice (买了两件一样的) is 买重了, the return article's word;
 * - a refund not arrived (退款还没到) is money not in the account: 没有到账; money short in a refund (少了二十多块) is 少退; a size too big or too small (太大了, 條褲太細) is a
 *   fit: 尺码;
 * They run on Chinese text already folded to simplified Mandarin (chinese-fold.ts), on articles and questions alike,
 * so both meet in the concept whatever brand, place or word for "broken" either uses. Each is one linear pass.
 */
import type { ConverterFunction } from 'opencc-js/t2cn';

/** Payment brands and methods, by name as written in simplified Chinese (Latin names are in chinese-vocabulary.ts). */
const PAYMENT_BRANDS = [
  // Hong Kong
  '八达通', '转数快', '拍卡',
  // Taiwan
  '街口支付', '街口', '全支付', '悠游付', '悠游卡', '一卡通', '台湾pay', '便利店代码', '便利店条码', '代码缴费', '条码缴费',
  // Mainland and everywhere
  '云闪付', '银联', '支付宝', '微信支付', '电子钱包', '货到付款',
];

/** A broken thing, as shoppers say it after folding (爛咗 and 壞咗 are 坏了 by then). */
const BROKEN_STATES = ['破了', '破开', '裂了', '裂开', '裂掉', '碎了', '碎掉', '碎开', '烂了', '烂掉', '崩了', '凹了', '扁了', '断了', '断掉', '折断'];
/**
 * Goods spoilt by liquid on the way: a bottle or a bag that leaked or spilled into the box (漏了, 漏得满箱都是, 洒出来), or a
 * parcel soaked by rain or water (淋湿, 湿透, 湿晒 after folding 濕晒, 泡水, 浸了水). They are damage as much as a broken state:
 * 破损. A thing left out (漏了一件, 漏发) is a missing item, kept by NOT_LEAKED; an appliance that leaks water in use (洗衣机
 * 漏水) is a fault, so 漏水 and 漏油 alone, and 进水 (a phone dropped in water), are no state here.
 */
const SPOILT_STATES = ['漏了', '漏出', '漏得', '漏光', '漏满', '漏到', '漏液', '渗漏', '洒了', '洒出', '洒得', '洒满',
  '湿了', '湿透', '湿晒', '湿掉', '淋湿', '弄湿', '浸湿', '泡湿', '打湿', '淋雨', '淋了雨', '泡水', '泡了水', '浸水', '浸了水'];
/** 漏了 that tells of something left out: a count or a measure word after it (漏了一件, 漏了两个, 漏了我的). */
const NOT_LEAKED = [...'一两二三四五六七八九几个件样我你1234567890'].map((after) => `漏了${after}`);
/** Mandarin words that read as one of BROKEN_STATES but are not damage: kept (longest match reads them first). */
const NOT_BROKEN = ['突破了', '看破了', '说破了', '识破了', '道破了', '心碎了', '稀烂了',
  // A line cut off, not a thing broken: the network, the signal, the tracking, contact.
  '网断了', '网络断了', '信号断了', '信息断了', '物流断了', '联系断了', '电话断了', '线断了',
  // A body snapped by a fall, a twist, a trap or a blow (跌断了脚, 夹断了手指): the safety rules read the verb, 断了 and the
  // body together, so nothing goes between them. A limb or a bone named before 断了 (腿断了) keeps its words either way.
  '跌断了', '摔断了', '扭断了', '夹断了', '砸断了', '压断了', '撞断了', '手指折断', '腿折断', '骨头折断'];

/**
 * What a thing bought does, as a verb a customer negates when it stopped doing it: a charger charges (充电), a kettle
 * heats (加热, 热), a speaker sounds (响), a lamp lights (亮), a fan turns (转), a phone starts (开机, 启动). 不 before
 * one (不加热, 不响了, 不充电) or the verb's own "cannot" (充不进电, 启动不了) is the thing failing: a fault. 不能用 and 用不了
 * are left out: a coupon or a payment method "cannot be used" as often as a thing.
 */
const DEVICE_FUNCTIONS = ['充电', '加热', '发热', '制热', '制冷', '热', '响', '亮', '转', '开机', '启动', '通电', '出风', '出水', '工作', '运转'];
const STOPPED_FUNCTIONS = [
  ...DEVICE_FUNCTIONS.map((verb) => `不${verb}`),
  ...['进', '上', '了', '到', '入', '满'].flatMap((result) => [`充不${result}电`, `充不${result}`]),
  '开不了机', '开不到机', '不开得机', '开不着', '启动不了', '加热不了', '制冷不了',
  // Cantonese 唔著 (a thing does not come on) is 不着 after folding.
  '不着',
];
/** Words with one of STOPPED_FUNCTIONS inside that are no thing failing: kept (longest match reads them first). */
const NOT_STOPPED = ['不热门', '不热销', '不热情', '不热闹', '不亮眼', '不响应', '不转账', '不转运', '不转发', '不转寄', '不转告',
  '不转交', '不工作日', '不着急', '不着调', '不着边', '找不着', '睡不着', '用不着', '犯不着', '摸不着', '见不着', '够不着',
  '猜不着', '等不着', '收不着', '买不着', '抢不着', '查不着', '联系不着', '说不上', '比不上', '赶不上', '跟不上', '算不上',
  '补充不了', '充不充'];

/**
 * A parcel late: arriving late (迟到, 晚到, 到迟), sent late by a shipping verb (送迟了, 寄货迟了), or 延迟. 迟 alone is left
 * out: 是不是太迟了 asks whether it is too late to cancel or change, not about a parcel.
 */
const LATE_ARRIVALS = ['迟到', '晚到', '到迟', '到晚了', '来迟', '延迟',
  ...['送', '寄', '发', '运'].flatMap((verb) => [`${verb}迟了`, `${verb}货迟了`, `${verb}得迟`, `${verb}晚了`, `${verb}得太迟`]),
  // The parcel itself late (包裹晚了, 快递迟了), or late by a count of days (晚了一天, 遲咗兩日 after folding 迟了两日).
  ...['包裹', '快递', '货', '件'].flatMap((parcel) => [`${parcel}晚了`, `${parcel}迟了`]),
  ...[...'一两二三四五六七八九几半'].flatMap((count) => [`晚了${count}天`, `迟了${count}天`, `晚了${count}日`, `迟了${count}日`])];

/** Two of the same thing bought: a count, a measure word, then 一样的 or 同样的. */
const BOUGHT_SAME = ['两', '二', '俩', '2'].flatMap((count) =>
  [...'件个条双份套本台支瓶盒张'].flatMap((measure) => [`买了${count}${measure}一样的`, `买了${count}${measure}同样的`]));

/** Goods said not opened: a negation before 拆封, 开封, 拆开 or 拆 (longest first in the converter's longest match). */
const UNOPENED = ['没', '没有', '未', '还没', '还没有', '尚未', '未曾', '不曾'].flatMap((not) =>
  ['拆封', '开封', '拆开', '拆过', '开过', '拆'].map((opened) => `${not}${opened}`));

/** Convenience-store chains, where parcels are collected in Taiwan and Hong Kong: a 便利店 (7-11 is no sum). */
const CONVENIENCE_STORES = ['7-11', '7-eleven', '7-ELEVEN', '7-Eleven', '7–11', '全家便利店', '全家', '莱尔富', 'ok便利店', 'OK便利店', '美廉社'];

/**
 * The countries and regions customers most often ask about shipping to; anything else after a shipping verb is local.
 * Hong Kong, Macau and Taiwan are here on purpose, and only after a shipping verb: 寄去香港, 有冇得寄貨去香港 ask whether
 * the store delivers there, which a store answers with its cross-border delivery (the regions it serves are listed at
 * checkout; customs and times differ), as the labelled development sets do. Where the customer lives (我住香港, 我喺香港,
 * 人在台湾) is no shipping verb's destination and gets no 国外: it is context for the question that follows (运费幾多,
 * 幾時送到), which is about the store's own delivery.
 */
const ABROAD = [
  '国外', '海外', '境外', '香港', '澳门', '台湾', '大陆', '内地', '中国', '日本', '韩国', '新加坡', '马来西亚', '泰国',
  '越南', '菲律宾', '印尼', '印度尼西亚', '印度', '澳洲', '澳大利亚', '新西兰', '纽西兰', '美国', '加拿大', '墨西哥',
  '巴西', '英国', '爱尔兰', '法国', '德国', '意大利', '西班牙', '葡萄牙', '荷兰', '比利时', '瑞士', '瑞典', '挪威',
  '丹麦', '芬兰', '奥地利', '波兰', '俄罗斯', '欧洲', '美洲', '北美', '南美', '中东', '迪拜', '阿联酋', '沙特',
  '以色列', '土耳其', '南非', '非洲', '东南亚',
];

/**
 * Shipping verbs, then what may come between them and a destination. 发 and 派 are shipping only with 货 or 件 after
 * them (发货到); alone they also post online (发到网上, 发到群里), and 送 takes people to hospital or the police (送到医院,
 * 送去警局), whose words the detectors read: there the place is kept and 配送 only added.
 */
const SHIPPING_VERBS = ['寄', '送', '运', '发', '派', '邮'];
const AMBIGUOUS_VERBS = new Set(['发', '派']);
/** Where 送 takes a person or a complaint, not a parcel: a place with one of these keeps its name. */
const NOT_DELIVERY = new Set('医院诊警法网微媒消'.split(''));
const AFTER_VERB = ['货', '件'];
/** The customer's home, as a destination: kept, with 配送 added. */
const HOME_WORDS = ['家', '屋企', '门口', '楼上', '楼下'];
const DIRECTIONS = ['过去', '去', '到', '往', '至'];
/**
 * Where a local destination ends: a character that starts the rest of the sentence (a verb, a question or function
 * word), not a place name. Place names are at most MAX_PLACE characters.
 */
const PLACE_ENDS = new Set('要的有可能吗呢吧啊呀啦嘛么多几什怎运邮需收大通得不是会快包自取和同或等一了没还先才好这那都也就又再给时免入贵便平慢唔咩嘅喎我你他她它们维修检退换仓来已后过坏破烂，。？！、 ,.?!'.split(''));
const MAX_PLACE = 5;
/** "My" and "our" before a destination (寄去我公司, 送到我们学校), longest first. */
const POSSESSIVES = ['我们的', '我们', '我的', '我'];
/** A pickup point rather than a place: 快递柜, 智能柜, 顺丰站, 代收点, 便利店, 信箱. */
const PICKUP_ENDS = new Set('柜站点店箱'.split(''));

/** A Han character (the CJK blocks; a surrogate half stands for the supplementary ideographs): no regex per character. */
function isHan(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd8bf);
}

/** Words of a refund (simplified; 退刷 is folded to a refund by then): a payment brand near them is no way to pay. */
/** Where a refund goes, whichever brand: the account paid from (every store refunds there: 原路退回). */
export const REFUND_DESTINATION = '原账户';
const REFUND_WORDS = ['退款', '退钱', '退回', '退到', '退给', '退还', '退费', '原路', 'refund'];

/** A payment that did not go through (folded: 刷不過 and 俾錢唔成功 read 付款失败, 付款不成功 by then). */
const PAYMENT_FAILURE_WORDS = ['失败', '付不了', '付不出', '付不上', '付不进', '支付不了', '不成功', '没成功', '没有成功', '被拒', '拒付', '报错'];

/** Whether the text tells of a payment failing (see PAYMENT_BRANDS). */
export function mentionsPaymentFailure(text: string): boolean {
  return PAYMENT_FAILURE_WORDS.some((word) => text.includes(word));
}

/** Whether the text is about a refund (see PAYMENT_BRANDS). */
export function mentionsRefund(text: string): boolean {
  const lower = text.toLowerCase();
  return REFUND_WORDS.some((word) => lower.includes(word));
}

interface ConceptTables {
  words: ConverterFunction;
  /** The same without the payment concept, for text about a refund. */
  refundWords: ConverterFunction;
  /** The same with payment brands as themselves, for text about a payment failing. */
  failureWords: ConverterFunction;
  abroad: ReadonlyMap<string, number>;
}

let tables: ConceptTables | undefined;

function tablesOf(): ConceptTables {
  if (!tables) {
    const { ConverterFactory } = require('opencc-js/t2cn') as typeof import('opencc-js/t2cn');
    const others: Array<[string, string]> = [
      ...BROKEN_STATES.map((state): [string, string] => [state, `${state}破损`]),
      ...NOT_BROKEN.map((word): [string, string] => [word, word]),
      ...SPOILT_STATES.map((state): [string, string] => [state, `${state}破损`]),
      ...NOT_LEAKED.map((word): [string, string] => [word, word]),
      ...STOPPED_FUNCTIONS.map((state): [string, string] => [state, `${state}质量问题`]),
      ...NOT_STOPPED.map((word): [string, string] => [word, word]),
      // Taiwan's 壞掉 is the mainland's 坏了.
      ['坏掉了', '坏了'], ['坏掉', '坏了'],
      // Two of the same thing bought (买了两件一样的, 買咗兩件一樣嘅 folded) is 买重了: one bought too many, the return
      // article's word. The count and 一样的 are dropped: they drew the search to 买了三件只到了两件 (a missing item).
      ...BOUGHT_SAME.map((words): [string, string] => [words, '买重了']),
      // Goods not opened (没拆封, 未開封 folded, 还没拆) are unopened, said in one word that has no 拆封 in it: the search
      // ignores the negation, and 拆封 alone drew 没拆封的耳机可以退吗 to the article about opened goods that cannot go back.
      ...UNOPENED.map((words): [string, string] => [words, '原封未用']),
      // 被拒绝 (被拒絕 folded) is 被拒 said in full: the segmenter reads 拒绝 as one word, which no payment article has,
      // so 信用卡一直被拒絕 lost the 被拒 of 卡被拒了.
      ['被拒绝', '被拒'],
      ...CONVENIENCE_STORES.map((store): [string, string] => [store, '便利店']),
    ];
    const brands = PAYMENT_BRANDS.map((brand): [string, string] => [brand, `${brand}付款方式`]);
    const late = LATE_ARRIVALS.map((word): [string, string] => [word, `${word}延误`]);
    tables = {
      words: ConverterFactory([[...brands, ...late, ...others]]),
      refundWords: ConverterFactory([[...PAYMENT_BRANDS.map((brand): [string, string] => [brand, REFUND_DESTINATION]), ...others]]),
      failureWords: ConverterFactory([[...PAYMENT_BRANDS.map((brand): [string, string] => [brand, brand]), ...late, ...others]]),
      abroad: new Map(ABROAD.map((place) => [place, place.length])),
    };
  }
  return tables;
}

/** The longest country or region starting at `at`, or 0. */
function abroadAt(text: string, at: number, abroad: ReadonlyMap<string, number>): number {
  if (!isHan(text[at])) return 0;
  for (let length = 5; length >= 2; length--) if (abroad.has(text.slice(at, at + length))) return length;
  return 0;
}

/** The length of a pickup point's name starting at `at` (Han characters ending in one of PICKUP_ENDS), or 0. */
function pickupPointAt(text: string, at: number): number {
  for (let end = at; end < text.length && end - at < MAX_PLACE; end++) {
    if (!isHan(text[end])) return 0;
    if (end > at && PICKUP_ENDS.has(text[end])) return end - at + 1;
  }
  return 0;
}

function startsWithAny(text: string, at: number, words: readonly string[]): number {
  for (const word of words) if (text.startsWith(word, at)) return word.length;
  return 0;
}

/**
 * Destinations after shipping verbs read as the delivery concept (see the file's comment). One pass: at each shipping
 * verb, an optional 货/件 and a direction, then at most MAX_PLACE characters are looked at.
 */
function foldDestinations(text: string, abroad: ReadonlyMap<string, number>): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const verb = SHIPPING_VERBS.includes(text[i]) ? 1 : 0;
    if (!verb) {
      out += text[i++];
      continue;
    }
    let at = i + verb;
    // 送不送到, 寄不寄去: the repeated verb of a question.
    if (text[at] === '不' && text[at + 1] === text[i]) at += 2;
    const object = startsWithAny(text, at, AFTER_VERB);
    at += object;
    const ambiguous = object === 0 && (AMBIGUOUS_VERBS.has(text[i]) || text[i] === '送');
    const direction = startsWithAny(text, at, DIRECTIONS);
    at += direction;
    // 寄去, 送往, 寄过去 read as the 寄到 a knowledge base writes.
    const verbPart = direction > 0 ? text.slice(i, at - direction) + '到' : text.slice(i, at);
    const country = abroadAt(text, at, abroad);
    if (country > 0) {
      out += verbPart + text.slice(at, at + country) + (text.slice(at, at + country) === '国外' ? '' : '国外');
      i = at + country;
      continue;
    }
    // A pickup point named in Latin letters or digits (7-11, OK便利店, i-Locker).
    let latin = at;
    while (direction > 0 && latin < text.length && /[A-Za-z0-9-]/.test(text[latin])) latin++;
    // A number alone is a count (配送到 40 多个国家), not a name.
    if (latin > at && /[A-Za-z-]/.test(text.slice(at, latin))) {
      out += verbPart + text.slice(at, latin) + '快递柜代收点';
      i = latin;
      continue;
    }
    const pickup = direction > 0 ? pickupPointAt(text, at) : 0;
    if (pickup > 0) {
      out += `${verbPart}${text.slice(at, at + pickup)}快递柜代收点`;
      i = at + pickup;
      continue;
    }
    // 寄去我公司, 送到我家: "my" before the place is part of it (我 alone ends a place: 寄到了我才发现).
    const mine = direction > 0 ? startsWithAny(text, at, POSSESSIVES) : 0;
    let end = at + mine;
    while (direction > 0 && end < text.length && end - at - mine < MAX_PLACE && isHan(text[end]) && !PLACE_ENDS.has(text[end])) end++;
    if (end === at + mine) end = at;
    // Nothing that reads as a place (寄回, 送货上门 …), or too long to be one: left as written.
    if (end === at || (end - at - mine === MAX_PLACE && end < text.length && isHan(text[end]) && !PLACE_ENDS.has(text[end]))) {
      out += text.slice(i, at);
      i = at;
      continue;
    }
    // Home (送到家门口, 寄到我家楼下) keeps its words too: where at home is what the customer asks about, and what the
    // detectors read (a parcel brought to the door of someone who cannot go out).
    const home = HOME_WORDS.some((word) => text.slice(at, end).includes(word));
    const keepsPlace = home || (ambiguous && (text[i] !== '送' || [...text.slice(at, end)].some((char) => NOT_DELIVERY.has(char))));
    out += keepsPlace ? `${text.slice(i, end)}配送` : `${verbPart}配送`;
    i = end;
  }
  return out;
}

/** What the customer ordered: 买的, 拍的 (Taobao's word for buying), 订的, 下单的, 要的. */
const ORDERED = ['买的', '拍的', '订的', '下单的', '下的单', '要的', '选的', '点的'];
/** What came instead, with the thing after it: 发来的是…, 寄来个…, 收到的却是…. */
const RECEIVED = ['发来的', '发来了', '发来个', '发来一个', '发了个', '发了一个', '发成', '寄来的', '寄来了', '寄来个', '寄来一个', '寄成', '送来的', '送来了', '送来个', '送成', '收到的', '到手的', '却是', '结果是'];
/** After a RECEIVED cue, these say when or whether it came (发来的时候, 寄来了吗), not what: no wrong item. */
const NOT_A_THING = new Set('时候了吗没呢吧啊呀嘛就都也还已很太'.split(''));
const WRONG_ITEM = '发错了';

/**
 * 买的…发来的是…: an ordered cue, then a received cue followed by a thing. One pass: the first ordered cue, then the
 * received cues after it.
 */
function ordersOneGetsAnother(text: string): boolean {
  let ordered = -1;
  for (const cue of ORDERED) {
    const at = text.indexOf(cue);
    if (at >= 0 && (ordered < 0 || at < ordered)) ordered = at + cue.length;
  }
  if (ordered < 0) return false;
  for (const cue of RECEIVED) {
    for (let at = text.indexOf(cue, ordered); at >= 0; at = text.indexOf(cue, at + 1)) {
      let next = at + cue.length;
      while (text[next] === '是' || text[next] === ' ') next++;
      if (next < text.length && isHan(text[next]) && !NOT_A_THING.has(text[next])) return true;
      if (next < text.length && /[a-z0-9]/i.test(text[next])) return true;
    }
  }
  return false;
}

/**
 * A count of hundreds, thousands or tens of thousands (两万, 三千五百, 1500), then 点 or 分 not starting a word of time or
 * a fraction: a balance of points. Bounded, so it matches in linear time.
 */
const POINTS_COUNT = /([零一二两三四五六七八九十\d][零一二两三四五六七八九十百千万\d]{0,6}[百千万]|\d{3,7})(?:点|分)(?![钟之])/gu;

/**
 * Money that has not arrived (退款还没到, 退款到现在都没到, 退的钱未到): in text about a refund, 没到 is the money not yet in
 * the account, 没有到账, as the refund articles write 到账; left bare it reads as a parcel not arrived (包裹还没到) and the
 * message as a late delivery. Not 没到货 or 没到手, which are goods.
 */
const NOT_ARRIVED = /(?:没有|没|未|不)到(?![账货手齐])/g;
/** Written whole, so no 没到 is left to meet a parcel's 还没到. */
const NOT_CREDITED = '没有到账';

/**
 * Money short in a refund (退款到账了但是少了二十多块, 退款少咗50蚊 after folding, 少了一些钱): less refunded than paid, 少退, as
 * the partial-refund article writes it. Only in text about a refund: 少了一件 is a missing item.
 */
const AMOUNT_SHORT = /少(?:了|咗)?(?:[零一二两三四五六七八九十百千\d]{1,6}多?(?:块|元|蚊|钱|刀|港币|台币)|(?:一些|一点|点|好多|不少)钱)/g;
const REFUNDED_LESS = '少退';

/**
 * A size that does not fit (太大, 太小 after folding 太細, 太紧, 太长): the customer's fit, which shops change by 尺码. Only
 * with nothing but an ending after it (太大了, 太小啦, 太紧 at a clause's end), so 太大声, 太长时间 and 太小气 stay.
 */
const TOO_SIZED = /太(?:大|小|长|短|紧|松|肥|瘦|窄|宽)(?=了|啦|喇|咯|呀|啊|$|[\s，。！？、,.!?])/g;
const SIZE_CONCEPT = '尺码';

/**
 * A complaint not dealt with (投诉了还没解决, 投訴咗都冇解決 after folding, 投诉一直没处理好) asks for the next step: escalation,
 * 升级, the word of an escalation article. Both a complaint and a negated resolution must be there: 投诉多久能处理 asks
 * how a complaint is handled, 问题没解决 alone is left as written.
 */
const COMPLAINT = '投诉';
const NOT_RESOLVED = /(?:没|未|不)(?:有|被|能){0,2}(?:解决|处理|搞定|跟进)/;
const ESCALATION = '升级';

/**
 * The customer's things, all of them, not received (东西没收到, 我的东西一直都没收到, 啲嘢仲未收到 after folding): the
 * parcel has not come, 没收到货, as a delivery article says it. A count or a lack (少了一件东西没收到, 有件东西没收到) is a
 * missing item and is left as written: only 东西 right after the start, a possessive or a space counts.
 */
const THINGS_NOT_RECEIVED = /(?:^|[的我\s，,])东西(?:还|一直|都|仍然|仍|至今|到现在|现在){0,3}(?:没有|没|未)收到(?!货)/;
const GOODS = '货';

/** Simplified Mandarin text with payment brands, broken states, destinations and wrong items read as their concept. */
export function foldConcepts(text: string): string {
  const { words, refundWords, failureWords, abroad } = tablesOf();
  const counted = text.replace(POINTS_COUNT, '$1积分');
  const refund = mentionsRefund(counted);
  const brands = refund ? refundWords : mentionsPaymentFailure(counted) ? failureWords : words;
  const credited = refund && counted.includes('到') ? counted.replace(NOT_ARRIVED, NOT_CREDITED) : counted;
  const short = refund && credited.includes('少') ? credited.replace(AMOUNT_SHORT, `$&${REFUNDED_LESS}`) : credited;
  const sized = short.includes('太') ? short.replace(TOO_SIZED, `$&${SIZE_CONCEPT}`) : short;
  const things = sized.includes('东西') ? sized.replace(THINGS_NOT_RECEIVED, `$&${GOODS}`) : sized;
  const unresolved = things.includes(COMPLAINT) && NOT_RESOLVED.test(things) && !things.includes(ESCALATION) ? `${things} ${ESCALATION}` : things;
  const folded = foldDestinations(brands(unresolved), abroad);
  return ordersOneGetsAnother(folded) && !folded.includes(WRONG_ITEM) ? `${folded} ${WRONG_ITEM}` : folded;
}
