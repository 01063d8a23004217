/**
 * Folding for matching: written Hong Kong Cantonese and Taiwan shopping words reach the Mandarin a knowledge base is
 * written in, and Mandarin text that shares their characters passes unchanged.
 */
import { BEFORE_SIMPLIFYING, CANTONESE_LEXICON } from '../../../knowledge/text/cantonese-lexicon';
import { foldChinese, toSimplified } from '../../../knowledge/text';

describe('written Cantonese → Mandarin', () => {
  test.each([
    ['佢哋仲未寄貨', '他们还没寄货'],
    ['寄咗未', '寄了没有'],
    ['我琴日落咗單', '我昨天下了单'],
    ['聽日會唔會到', '明天会不会到'],
    ['頭先搵唔到你哋', '刚才找不到你们'],
    ['我想攞返啲錢', '我想拿回的钱'],
    ['退返錢畀我', '退回钱给我'],
    ['速遞整唔見咗我個包裹', '快递弄丢了我个包裹'],
    ['呢對鞋幾時有返貨', '这双鞋什么时候补货'],
    ['唔記得咗密碼', '忘记了密码'],
    ['唔識用優惠碼', '不会用优惠码'],
    // 唔好意思 is the apology, not 唔好 ("don't") before 意思.
    ['唔好意思又嚟問', '不好意思又来问'],
    ['可唔可以用八達通', '可不可以用八达通付款方式'],
    ['條褲太細', '条裤太小尺码'],
    ['點解扣咗我兩次錢', '为什么扣了我两次钱'],
    ['係咪要自己俾運費', '是不是要自己给运费'],
    ['聽日會唔會落雨', '明天会不会下雨'],
    // Simplified or variant spellings of a key fold alike: the keys are simplified with the customer's text.
    ['揾唔到张单', '找不到订单'],
    // "V唔V得" asks whether it can be done, for any verb.
    ['買咗兩個禮拜仲退唔退得', '买了两个星期还能退吗'],
    ['呢件換唔換得', '这件能换吗'],
    ['用唔用得信用卡', '能用吗信用卡'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });
});

describe('overlapping Cantonese words and 係 typed as 系', () => {
  test.each([
    // 仲唔 would leave 得 on its own: 还不得.
    ['改咗地址仲唔得', '改了地址还不行'],
    ['使唔使俾運費', '需不需要给运费'],
    ['即係咪唔使運費', '就是不是不用运费'],
    ['系咪可以退', '是不是可以退'],
    ['系唔系要登記', '是不是要登记'],
    ['幾多日先到', '几天才能到'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });
});

describe('話俾 "tell" and 電話俾 "a call to"', () => {
  test.each([
    // 話俾我知 "let me know" is 告诉我: the 知 ("know") is part of it, not a word left over (告诉我知).
    ['話俾我知幾時到', '告诉我什么时候到'],
    ['话俾我知几时到', '告诉我什么时候到'],
    ['唔該話畀我哋知點樣退貨', '请告诉我们怎么退货'],
    ['話我知幾時到', '告诉我什么时候到'],
    // 電話 + 俾我 is a call to me, not 電 + 話俾 ("tell").
    ['打個電話俾我', '打个电话给我'],
    ['回個電話畀我啦', '回个电话给我啦'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  // Mandarin's 的话我知道 ("if so, I know") has 话我知 in it.
  test.each(['这样的话我知道了', '這樣的話我知道了'])('%s keeps its words', (text) => {
    expect(foldChinese(text)).toBe('这样的话我知道了');
  });
});

describe('words that are Cantonese only in Cantonese text', () => {
  test.each([
    // 細 is "small" in Cantonese, 先 after a wait "only then".
    ['件衫好細', '件衣服很小'],
    ['有冇細啲嘅', '有没有小的的'],
    ['呢件細咗', '这件小了'],
    ['要等幾耐先收到', '要等多久才收到'],
    // 好耐 / 咁耐 are "a long time"; 好耐用 "very durable" keeps its 耐.
    ['等咗好耐都未到', '等了好久都没到'],
    ['點解要等咁耐', '为什么要等这么久'],
    ['呢個袋好耐用', '这个袋很耐用'],
    // 平咗 "got cheaper"; 去咗邊 "where has it gone"; 問多個 "ask one more".
    ['我買完第二日就平咗一百蚊', '我买完第二日就便宜了一百蚊'],
    ['張單去咗邊', '订单去了哪里'],
    ['唔好意思再問多個問題', '不好意思再问一个问题'],
    // Mandarin words with 细 keep it in Cantonese text too.
    ['唔該詳細講下', '请详细讲下'],
    ['個花樽爛咗', '个花瓶坏了'],
    // 揀 "choose" in Cantonese; Mandarin's 分揀 "sort" keeps its word there too.
    ['我揀錯咗尺碼', '我选错了尺码'],
    ['件貨喺分揀中心未出', '件货在分拣中心没出'],
  ])('in Cantonese: %s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  // 拣 is Mandarin too ("pick, sort"): a parcel at the sorting centre (分拣中心), items being picked (拣货).
  test.each(['这根线很细', '请仔细核对', '先到的先发', '细节请看邮件', '这条裤子偏小', '把遮光帘拉上', '这件衬衫', '快递在分拣中心', '正在拣货打包'])('in Mandarin: %s stays', (text) => {
    expect(foldChinese(text)).toBe(text);
  });
});

describe('Taiwan phrases fold traditional text only', () => {
  test.each([
    // Simplified text keeps mainland words OpenCC's Taiwan phrases would rewrite (程序 → 进程, 打坏 → 打坯).
    ['程序员说退货程序很麻烦', '程序员说退货程序很麻烦'],
    ['快递把东西打坏了', '快递把东西打坏了'],
    ['行程有变', '行程有变'],
    // Traditional text gets them, less the computing senses of everyday words.
    ['滑鼠壞了', '鼠标坏了'],
    ['退貨程序是什麼', '退货程序是什么'],
    ['打電話呼叫客服', '打电话呼叫客服'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });
});

describe('Taiwan shopping words → mainland', () => {
  test.each([
    ['要怎麼下訂', '要怎么下单'],
    ['下訂單後多久出貨', '下订单后多久发货'],
    ['滿多少免運', '满多少包邮'],
    ['免運費門檻', '免运费门槛'],
    ['可以超取嗎', '可以便利店自提吗'],
    ['發票存手機載具', '发票存手机电子发票'],
    ['要打統編的三聯式發票', '要打税号的专用发票'],
    ['可以ATM匯款嗎', '可以ATM付款方式转账吗'],
    ['信用卡分期零利率', '信用卡分期免息'],
    // OpenCC's Taiwan phrases (twp) are in the chain: 網路 → 网络, 列印 → 打印.
    ['網路購物', '网络购物'],
    ['退貨單列印不了', '退货单打印不了'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });
});

describe('Mandarin is left alone', () => {
  test.each([
    '未来几天会到吗',
    '单位开发票',
    '点击链接查看物流',
    '能早点退款吗',
    '一点用都没有',
    '重点是运费',
    '地点在哪里',
    '旁边的门店',
    '这边一直没人回复',
    '系统显示已签收',
    '没有关系',
    '请联系客服',
    '被雨淋到的包裹',
    '返回上一页',
    '仲裁委员会',
    '你呢？',
    '紧急情况',
    '被蚊子咬了',
    '衬衫尺码',
    '讲解一下',
    '知识产权',
    // Mandarin 点 is also "click", 整 "adjust", 返 "rebate", 线上 "on the line"
    '点取消就行',
    '点退出游戏',
    '把声音调整好',
    '希望你们一点点改正',
    '还送返费卡',
    '无线上网',
    '订购流量包',
    '靓丽的词汇',
  ])('%s', (text) => {
    expect(foldChinese(text)).toBe(text);
  });

  test('係 is folded before simplifying, so no lexicon key reads the 系 of 系统, 关系, 联系', () => {
    const simplifiedKeys = new Set(CANTONESE_LEXICON.map(([from]) => toSimplified(from)));
    for (const word of ['系', '系统', '关系', '联系', '系数']) expect(simplifiedKeys.has(word)).toBe(false);
    expect(BEFORE_SIMPLIFYING.map(([from]) => from)).toContain('係');
  });
});
