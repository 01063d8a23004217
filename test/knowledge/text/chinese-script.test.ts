import { detectScript, foldChinese, inScript, toSimplified, toTraditional } from '../../../knowledge/text';

describe('detectScript', () => {
  test.each([
    ['訂單送出後還可以改嗎', 'Hant'],
    ['帳號被鎖住了 登入不了', 'Hant'],
    ['可以用台幣付款嗎', 'Hant'],
    ['退貨', 'Hant'],
    ['订单送出后还可以改吗', 'Hans'],
    ['我的order还没到', 'Hans'],
    ['我在台湾', 'Hans'],
    // Characters both scripts write alike: the text alone cannot tell.
    ['人工客服', undefined],
    ['我要真人客服', undefined],
    ['唔該', 'Hant'],
    ['where is my order', undefined],
    ['', undefined],
  ])('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});

describe('toSimplified', () => {
  test.each([
    ['訂單', '订单'],
    ['退貨', '退货'],
    ['滑鼠壞了', '鼠标坏了'],
    ['軟體下載', '软件下载'],
    ['登入不了', '登录不了'],
    // 連登 (LIHKG) is a name: its 登出 is no "log out"; 登出 alone still is.
    ['我會喺連登出post', '我会喺连登出post'],
    ['點樣登出帳號', '点样注销帐号'],
  ])('%s → %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  test('leaves simplified text, and text without Chinese, as it is', () => {
    expect(toSimplified('怎么退货？什么时候到')).toBe('怎么退货？什么时候到');
    expect(toSimplified('How do I return an item?')).toBe('How do I return an item?');
  });
});

describe('toTraditional', () => {
  test('Taiwan characters and phrases by default', () => {
    expect(toTraditional('怎么退货')).toBe('怎麼退貨');
    expect(toTraditional('登录软件')).toBe('登入軟體');
  });

  test('Hong Kong characters when asked', () => {
    expect(toTraditional('订单', 'HK')).toBe('訂單');
  });

  test('inScript converts for a traditional reader only', () => {
    expect(inScript('订单', 'Hant')).toBe('訂單');
    expect(inScript('订单', 'Hans')).toBe('订单');
    expect(inScript('订单', undefined)).toBe('订单');
  });
});

describe('foldChinese (matching only)', () => {
  test.each([
    // Traditional script and Taiwan vocabulary
    ['帳號被鎖住了', '账号被锁住了'],
    ['有超商取貨嗎', '有便利店自提吗'],
    ['保固期多久', '保修期多久'],
    // Cantonese
    ['點樣退貨', '怎么退货'],
    ['幾時到', '什么时候到'],
    ['冇收到', '没有收到'],
    ['唔該幫我查下', '请帮我查下'],
    ['我係你嘅客人', '我是你的客人'],
    ['我張單一個禮拜都未到 點算', '我订单一个星期都没到 怎么办'],
    ['退咗貨 幾時有錢退', '退了货 什么时候有钱退'],
    ['邊度可以攞貨', '哪里可以取货'],
    ['乜嘢係運費', '什么是运费'],
    ['啲貨爛咗', '的货坏了'],
    // A Cantonese word inside a longer word is not folded; 未来 is no "not yet"
    ['沒有關係', '没有关系'],
    ['未來幾天會到嗎', '未来几天会到吗'],
    // Taiwan: 信 is an e-mail, 刷不過 a card that fails; 網購, 宅配, 信用卡, 訂單
    ['沒收到訂單確認信', '没收到订单确认邮件'],
    ['每天收到廣告信', '每天收到广告邮件'],
    ['信用卡一直刷不過', '信用卡一直付款失败'],
    ['網購宅配運費', '网购快递送货运费'],
    // 個資 is personal data, but not inside 個資深 (a senior one)
    ['你們怎麼處理我的個資', '你们怎么处理我的个人数据'],
    ['找個資深一點的客服', '找个资深一点的客服'],
    // Variant and homophone spellings
    ['帐户登陆不了', '账户登录不了'],
    // English shopping words inside Chinese
    ['我的order还没到', '我的order订单还没到'],
    ['cancel訂單', 'cancel取消订单'],
    ['用credit card付款', '用credit card信用卡付款'],
    // Hong Kong code-mixing
    ['張卡俾decline咗', '张卡给decline付款失败了'],
    ['你哋CS幾點收工', '你们CS客服几点下班'],
    // A returning customer asks as a member of the store's scheme would; Hong Kong's 特快 is express delivery
    ['老客户有啥优惠', '老客户会员有啥优惠'],
    ['熟客有冇折', '熟客会员有没有折'],
    ['回頭客有折扣嗎', '回头客会员有折扣吗'],
    ['張單可唔可以改做特快', '订单可不可以改做加急'],
  ])('%s → %s', (text, folded) => {
    expect(foldChinese(text)).toBe(folded);
  });

  test('folded text folds to itself', () => {
    for (const text of ['老客户有啥优惠', '熟客有冇折', '我有兩萬點', '改做特快']) expect(foldChinese(foldChinese(text))).toBe(foldChinese(text));
  });

  test('English text is not touched', () => {
    expect(foldChinese('cancel my order')).toBe('cancel my order');
  });

  test('an English word that is no shopping word stays', () => {
    expect(foldChinese('我的iPhone坏了')).toBe('我的iPhone坏了');
  });
});
