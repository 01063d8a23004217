/**
 * Classes of words read as their concept when Chinese is folded for matching: payment brands are a way to pay, broken
 * states are damage, a destination after a shipping verb is a delivery question; and Mandarin that only looks like
 * them is left as it is.
 */
import { foldConcepts } from '../../../knowledge/text/chinese-concepts';
import { foldChinese } from '../../../knowledge/text';

describe('payment brands and methods → 付款方式', () => {
  test.each([
    ['收唔收八達通', '收不收八达通付款方式'],
    ['可以用轉數快嗎', '可以用转数快付款方式吗'],
    ['有支援街口支付嗎', '有支持街口支付付款方式吗'],
    ['可以超商代碼繳費嗎', '可以便利店代码付款方式缴费吗'],
    ['收唔收PayMe', '收不收PayMe付款方式'],
    ['可以用LINE Pay嗎', '可以用LINE Pay付款方式吗'],
    ['用AlipayHK得唔得', '用AlipayHK付款方式可以吗'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });
});

describe('a payment brand in a refund → the account paid from (原账户), not a way to pay', () => {
  test.each([
    ['退款到支付宝要多久', '退款到原账户要多久'],
    ['退款會退返八達通嗎', '退款会退回原账户吗'],
    ['退款到AlipayHK要幾耐', '退款到AlipayHK原账户要多久'],
    ['refund to 支付宝', 'refund退款 to 原账户'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });
});

describe('a payment brand in a payment that failed is only what was paid with, not a way to pay', () => {
  test.each([
    ['支付宝付款失败', '支付宝付款失败'],
    ['微信支付一直付不了', '微信支付一直付不了'],
    ['Apple Pay一直付款失敗', 'Apple Pay付款一直付款失败'],
    ['用八達通俾錢唔成功', '用八达通付款不成功'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  test.each([['可以用支付宝吗', '可以用支付宝付款方式吗'], ['Apple Pay可以用嗎', 'Apple Pay付款方式可以用吗']])('asking whether it is taken still: %s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });
});

describe('a count in the hundreds or more of 点 or 分 → 积分', () => {
  test.each([
    ['我有兩萬點', '我有两万积分'],
    ['我儲咗三千分 可以換啲咩', '我储了三千积分 可以换的什么'],
    ['2000点可以抵多少', '2000积分可以抵多少'],
    ['我有一千五百點', '我有一千五百积分'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  // Hours, fractions and minutes are no points.
  test.each(['下午三点前下单', '十二点以后发货', '一百分之一', '等了三千分钟', '10点发货', '百分百正品'])('%s stays', (text) => {
    expect(foldChinese(text)).toBe(text);
  });

  test('takes linear time on long text', () => {
    const text = '两千'.repeat(2000) + '点';
    const started = performance.now();
    foldChinese(text);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('broken states → 破损', () => {
  test.each([
    ['收到的玻璃杯破了', '收到的玻璃杯破了破损'],
    ['個碟裂咗', '个碟裂了破损'],
    ['螢幕裂開', '屏幕裂开破损'],
    ['裡面的碗碎掉了', '里面的碗碎掉破损了'],
    ['吹風機用一週就壞掉了', '吹风机用一周就坏了'],
    ['杯子把手斷了', '杯子把手断了破损'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  // A body snapped by a fall keeps its words together for the safety rules (跌断了脚).
  test.each(['突破了记录', '他看破了', '我心碎了', '物流信息断了好几天', '我跌断了脚'])('not damage: %s', (text) => {
    expect(foldConcepts(text)).toBe(text);
  });
});

describe('goods spoilt by liquid on the way → 破损', () => {
  test.each([
    ['酱油瓶在路上漏了', '酱油瓶在路上漏了破损'],
    ['沐浴露漏咗成個箱都係', '沐浴露漏了破损成个箱都是'],
    ['洗发水漏得满箱都是', '洗发水漏得破损满箱都是'],
    ['包裹被雨淋濕了', '包裹被雨淋湿破损了'],
    ['個箱浸咗水', '个箱浸了水破损'],
    ['入面啲衫全部濕晒', '里面些衣服全部湿晒破损'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  // Something left out is a missing item; an appliance leaking water in use, or a phone in water, is no transit damage.
  test.each(['漏了一件', '包裹里漏了两个杯子', '漏了我的耳机', '洗衣机漏水', '手机进水了'])('not damage: %s', (text) => {
    expect(foldConcepts(text)).toBe(text);
  });
});

describe('a destination after a shipping verb → a delivery question', () => {
  test.each([
    // A local place (any: no list of districts) reads 配送, and 寄去 the 寄到 articles are written with.
    ['寄去旺角要幾耐', '寄到配送要多久'],
    // Home keeps its words, with delivery added: where at home is the question.
    ['能不能送到家門口', '能不能送到家门口配送'],
    ['寄到沙田運費幾多', '寄到配送运费多少'],
    ['送唔送貨去元朗', '送不送货到配送'],
    ['送去將軍澳大概幾耐', '送到配送大概多久'],
    ['寄到台南要幾天', '寄到配送要几天'],
    // "My" before the place is part of it.
    ['送到我屋企要幾耐', '送到我屋企配送要多久'],
    ['能不能改寄到我们办公室', '能不能改寄到配送'],
    // A pickup point: a locker, a station, a store.
    ['可唔可以寄去順豐站', '可不可以寄到顺丰站快递柜代收点'],
    ['寄到智能櫃', '寄到智能柜快递柜代收点'],
    ['可以寄到7-11取貨嗎', '可以寄到便利店快递柜代收点取货吗'],
    // A country or a region abroad keeps its name and reads 国外.
    ['可唔可以寄去台灣', '可不可以寄到台湾国外'],
    ['有寄馬來西亞嗎', '有寄马来西亚国外吗'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  test.each([
    // 送 also takes people to hospital or the police, and 发 posts online: the place stays for the detectors.
    ['孩子被送到医院了', '孩子被送到医院配送了'],
    ['送去警局', '送去警局配送'],
    ['我要把这事发到网上', '我要把这事发到网上配送'],
    ['发到群里', '发到群里配送'],
    // Not a place: a count, a repair, a return, nothing at all.
    ['我们配送到 40 多个国家和地区', '我们配送到 40 多个国家和地区'],
    ['送去维修要多久', '送去维修要多久'],
    ['东西怎么寄回去', '东西怎么寄回去'],
    ['运费多少', '运费多少'],
    ['发票在哪里看', '发票在哪里看'],
  ])('%s → %s', (text, folded) => {
    expect(foldConcepts(text)).toBe(folded);
  });

  test('a place ends where the rest of the sentence starts; a run too long for a place name is left as written', () => {
    expect(foldConcepts('寄到铜锣湾时代广场')).toBe('寄到配送时代广场');
    expect(foldConcepts('寄到九龙湾国际展贸中心')).toBe('寄到九龙湾国际展贸中心');
  });

  test.each([
    // What happened on arrival is no place: 送到嚟 (Cantonese "delivered here") folds to 送到来, and what follows stays.
    ['送到嚟已經爛咗 點算', '送到来已经坏了 怎么办'],
    ['寄到后已经坏了', '寄到后已经坏了'],
    ['送到过了三天才发现', '送到过了三天才发现'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  test('takes linear time on long text', () => {
    const text = '寄去'.repeat(2000);
    const started = Date.now();
    foldChinese(text);
    expect(Date.now() - started).toBeLessThan(200);
  });
});

describe('ordered one thing, received another → a wrong item', () => {
  test.each([
    ['我訂的是滑鼠 寄來的是鍵盤', true],
    ['亲 我拍的白色 发来的是黑色 咋回事', true],
    ['家人们谁懂啊 买的耳机发来个充电宝', true],
    ['买的是红色的 收到的却是蓝色', true],
    // When or whether it came, or damage on arrival: no wrong item.
    ['我买的东西发来的时候就坏了', false],
    ['买的耳机寄来了吗', false],
    ['我买的杯子收到了', false],
    ['买的东西什么时候发货', false],
  ])('%s → wrong item %s', (text, wrong) => {
    expect(foldChinese(text).endsWith(' 发错了')).toBe(wrong);
  });
});

describe('a refund not arrived → money not in the account (没有到账)', () => {
  test.each([
    ['退款还没到', '退款还没有到账'],
    ['退款到而家都未到', '退款到现在都没有到账'],
    ['退钱一直没有到', '退款一直没有到账'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  // Goods not arrived, or no refund named: a parcel's words stay.
  test.each(['包裹还没到', '退款的货还没到货', '退款已经到账了'])('stays: %s', (text) => {
    expect(foldConcepts(text)).toBe(text);
  });
});

describe('money short in a refund → 少退', () => {
  test.each([
    ['退款少了二十块', '退款少了二十块少退'],
    ['退款到账了但是少咗50蚊', '退款到账了但是少了50蚊少退'],
    ['退钱少了一些钱', '退款少了一些钱少退'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  // No refund named, or a thing short rather than money: left as written.
  test.each(['包裹少了一件', '运费少了二十块吗', '退款少了一件衣服'])('stays: %s', (text) => {
    expect(foldConcepts(text)).toBe(text);
  });
});

describe('a size too big or too small → 尺码', () => {
  test.each([
    ['條褲太細', '条裤太小尺码'],
    ['鞋子太紧了', '鞋子太紧尺码了'],
    ['外套太長，可以換嗎', '外套太长尺码，可以换吗'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  test.each(['声音太大声了', '等太长时间了', '运费太贵了'])('stays: %s', (text) => {
    expect(foldConcepts(text)).toBe(text);
  });
});

describe('a thing that stopped doing what it does → 质量问题', () => {
  test.each([
    ['充电宝充不进电', '充电宝充不进电质量问题'],
    ['行動電源充不進電了', '行动电源充不进电质量问题了'],
    ['部風筒唔著', '部风筒不着质量问题'],
    ['电热水壶不加热了', '电热水壶不加热质量问题了'],
    ['買咗嘅耳機唔響', '买了的耳机不响质量问题'],
    ['部手機唔開得機', '部手机不开得机质量问题'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  // A coupon or a name that cannot be used, sleep, hurry, a popular shop: no thing failing.
  test.each(['优惠券用不了', '用户名不能用', '睡不着', '不着急', '找不着快递', '这家店不热门'])('not a fault: %s', (text) => {
    expect(foldChinese(text)).not.toContain('质量问题');
  });
});

describe('a parcel late → 延误', () => {
  test.each([
    ['包裹迟到了能赔吗', '包裹迟到延误了能赔吗'],
    ['送貨遲咗有冇補償', '送货迟了延误有没有补偿'],
    ['快递晚到了', '快递晚到延误了'],
    ['物流延遲會賠償嗎', '物流延迟延误会赔偿吗'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  // A refund's delay is its time; too late to cancel is no parcel.
  test.each(['退款延迟了', '现在取消是不是太迟了'])('not a delivery delay: %s', (text) => {
    expect(foldChinese(text)).not.toContain('延误');
  });
});

describe('a complaint not resolved → 升级', () => {
  test.each([
    ['投诉了还没解决怎么办', '投诉了还没解决怎么办 升级'],
    ['投訴咗都冇解決，下一步點算', '投诉了都没有解决，下一步怎么办 升级'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  test.each(['投诉多久能处理', '问题没解决'])('no escalation: %s', (text) => {
    expect(foldChinese(text)).not.toContain('升级');
  });
});

describe("the customer's things not received → 没收到货", () => {
  test.each([
    ['我的东西一直没收到', '我的东西一直没收到货'],
    ['啲嘢仲未收到', '的东西还没收到货'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  // A count or a lack is a missing item.
  test.each(['少了一件东西没收到', '有件东西没收到', '东西收到了'])('left as written: %s', (text) => {
    expect(foldChinese(text)).toBe(text);
  });
});

describe('被拒绝 is 被拒; a parcel late, or late by days, is a delay (延误); goods not opened are 原封未用, not 拆封; two of the same bought is 买重了', () => {
  test.each([
    ['信用卡一直被拒絕', '信用卡一直被拒'],
    ['包裹晚了一天', '包裹晚了延误一天'],
    ['晚咗兩日都未到', '晚了两天延误都没到'],
    ['没拆封的耳机可以退吗', '原封未用的耳机可以退吗'],
    ['還沒拆封 可以退貨嗎', '原封未用 可以退货吗'],
    ['耳机拆封了还能退吗', '耳机拆封了还能退吗'],
    ['買咗兩件一樣嘅，可以退一件嗎', '买重了，可以退一件吗'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });
});
