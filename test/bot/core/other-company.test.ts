/**
 * Another company's service: a named company that is not this store, as the owner of what is asked about (its policy,
 * customer service, subscription; where something was bought; the subject of the question). Payment brands, carriers
 * and a company named only in passing (a price comparison, this store's shop elsewhere, an advert seen there) are not.
 */
import { ANOTHER_SHOP, namesCompany, otherCompanyAskedAbout } from '../../../bot/core/other-company';
import { foldChinese } from '../../../knowledge/text';

const companyIn = (text: string) => otherCompanyAskedAbout(foldChinese(text))?.name;

describe('asks about another company’s service', () => {
  // [customer says, the company]
  test.each([
    ['how do I cancel netflix', 'netflix'],
    // Other organisations shoppers write to a shop's chat by mistake.
    ['how do i cancel my gym membership', 'gym membership'],
    // A sign-in account of a phone, a console or a payment brand, with what happens to a sign-in.
    ['my Apple ID is locked, how do i unlock it', 'apple id'],
    ['how do i reset my xbox password', 'xbox'],
    // A public place or service named where the thing is done; a parcel from another shop; a hired car.
    ['how do i return a book to the library', 'library'],
    ['how do i change my address with the post office', 'post office'],
    ['what time does the bank open', 'bank'],
    ['can you track my parcel from ebay', 'ebay'],
    ['can I return my rental car here', 'rental car'],
    ['how do i return a rental dvd', 'another shop'],
    ['can I exchange currency here', 'another shop'],
    ["my apple id is locked and i can't log into the app store", 'app store'],
    ['个税退税多久到账', '个税'],
    ['蘋果ID的密碼忘了', '苹果id'],
    ["what's amazon's return policy", 'amazon'],
    ['what is the amazon return policy', 'amazon'],
    ['do you know if amazon delivers on sundays', 'amazon'],
    ['where is my amazon package', 'amazon'],
    ['I bought it on ebay and it broke, how do I return it', 'ebay'],
    ['spotify premium price?', 'spotify'],
    ['how do i return something to ikea', 'ikea'],
    ['京东客服电话是多少', '京东'],
    ['淘宝怎么退款', '淘宝'],
    ['京东几点发货', '京东'],
    ['我在淘宝买的东西怎么退', '淘宝'],
    ['请问拼多多的客服在哪', '拼多多'],
    ['蝦皮要怎麼退貨', '虾皮'],
    ['蝦皮客服電話幾多號', '虾皮'],
    ['喺HKTVmall買嘅嘢點退', 'hktvmall'],
    // The company opens the question: asked about, though price words follow.
    ["Does Amazon do price matching? they're cheaper than you anyway", 'amazon'],
    // The other company's failure, with no turn to this store: its refund is asked of it.
    ['amazon lost my parcel again, how do i get a refund', 'amazon'],
    ['does nike do free returns', 'nike'],
    ['亲 京东的价保是多少天啊', '京东'],
  ])('%s → %s', (text, company) => {
    expect(otherCompanyAskedAbout(foldChinese(text))).toEqual({ name: company, paymentBrand: false });
  });
});

describe('another shop, unnamed: the thing is not from this store', () => {
  test.each([
    'how do i find a parcel that is not from your shop',
    'I ordered it elsewhere, can you tell me where it is',
    '這個不是在你們家買的 可以保修嗎',
    '在别的网站买的 你们能退吗',
  ])('%s', (text) => {
    expect(companyIn(text)).toBe(ANOTHER_SHOP);
  });

  test.each(['is this email not from you?', 'the parcel from you has not arrived', '不是你们发的短信吗'])('%s is about this store', (text) => {
    expect(companyIn(text)).toBeUndefined();
  });
});

describe('about this store, though a company may be named', () => {
  test.each([
    // Payment brands and carriers are how this store is paid and delivers.
    'can I pay with PayPal',
    'do you take apple pay',
    'refund to 支付宝',
    '可以用微信支付吗',
    'my paypal account was charged twice',
    'I paid with my chase card and got charged twice',
    'I changed my gmail account, how do I update my email with you',
    // This store's password, sent by email.
    'the password reset email never arrives',
    'please send the password to my email',
    // A descriptor of a product the shop sells, not the organisation.
    'gym leggings in size M?',
    'my xbox controller stopped working',
    'can i take my return to the post office',
    'the refund went back to the bank?',
    'when does the bank release the hold on my card',
    'do you ship to the library on campus',
    'is the toy car in stock',
    'can I exchange it for a different size here',
    'do you rent out party equipment',
    'can i exchange my money off voucher',
    'do you sell playstation games',
    'is my account locked',
    'library style bookshelf in stock?',
    '苹果手机壳有货吗',
    '顺丰到了吗',
    '京东物流到哪了',
    'has UPS picked up my parcel',
    // A comparison, this store's shop elsewhere, an advert seen there.
    "it's cheaper on amazon, do you price match",
    'do you sell on amazon',
    '淘宝上比你们便宜',
    '你们淘宝店还开吗',
    '抖音上看到的那个杯子有货吗',
    // The customer's own post there: the goods shown, this store asked.
    '我在抖音发的开箱视频火了哈哈 同款还有货吗',
    '在小紅書曬了開箱 還有別的顏色嗎',
    'posted my haul on tiktok and everyone asks, do you ship to canada',
    // Turning from the other company to this store: what follows is asked of this store.
    "Amazon lost my parcel again so I'm giving you a go instead lol. how long does standard delivery take?",
    'ebay seller never shipped so trying you guys instead, do you deliver on saturdays',
    'switched from amazon to you, how do i track my order',
    // Ordinary words that are also names elsewhere.
    'can i grab my order from the store',
    'the kettle lets out steam',
  ])('%s', (text) => {
    expect(companyIn(text)).toBeUndefined();
  });
});

test('an article that names the company makes it the store’s own question', () => {
  expect(namesCompany('We also sell on Amazon: orders placed there follow Amazon’s returns.', 'amazon')).toBe(true);
  expect(namesCompany('Returns are accepted within 30 days.', 'amazon')).toBe(false);
});

test.each(['how do i make my password stronger for my email', 'forgot my email password', 'what is the login for my mailbox'])(
  'a mailbox’s password is the mail provider’s: %s',
  (text) => {
    expect(otherCompanyAskedAbout(text)).toEqual({ name: 'email', paymentBrand: true });
  },
);

describe('a payment brand’s or carrier’s own service is the brand’s, not this store’s', () => {
  test.each([
    ['八達通增值點樣增值', '八达通'],
    ['支付宝客服电话多少', '支付宝'],
    ['how do I top up my paypal', 'paypal'],
    ['paypal customer service number', 'paypal'],
    // The brand's own sign-in.
    ['微信密码忘了怎么办', '微信'],
    ['I forgot my paypal password', 'paypal'],
    ['my paypal account is frozen, can you help', 'paypal'],
    ['支付宝账号被冻结了怎么解', '支付宝'],
    ['微信支付又被限额了', '微信支付'],
    // Carriers alike: this store delivers with them, their hotline is theirs.
    ['順豐客服電話幾多', '顺丰'],
    ['fedex customer service number', 'fedex'],
    ['中通快递的人工客服怎么找', '中通'],
  ])('%s → %s', (text, company) => {
    expect(otherCompanyAskedAbout(foldChinese(text))).toEqual({ name: company, paymentBrand: true });
  });
});
