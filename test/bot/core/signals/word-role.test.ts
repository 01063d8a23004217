/**
 * Escalation words read by their role (word-role.ts), chargebacks asked about (threat-asked.ts) and contacts that were
 * not the customer chasing the store (contact-role.ts), through the complaint reader as the engine calls it (Chinese
 * folded to simplified first).
 */
import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { withoutThreatAsked } from '../../../../bot/core/signals/threat-asked';
import { withoutOthersContacts } from '../../../../bot/core/signals/contact-role';
import { withoutWordsInRole } from '../../../../bot/core/signals/word-role';
import { foldChinese } from '../../../../knowledge';

const kinds = (text: string, lang: 'en' | 'zh') => detectComplaintLevel(text, lang).complaints.map((c) => c.kind);

describe('a word naming a product, a trade, a workplace or an errand is no incident or threat', () => {
  test.each([
    ['do you have the smoke-grey glass coffee table in stock?', 'en'],
    ['is the poison ivy lotion back in stock', 'en'],
    ['my dad is a retired police detective and collects watches, do you do gift receipts?', 'en'],
    ["i'm a firefighter on 24h shifts, can i pick a delivery day?", 'en'],
    ['my daughter wants to be a lawyer, any law textbooks?', 'en'],
    ['有没有警察玩具套装', 'zh'],
    ['我准备考律师，有没有台灯推荐', 'zh'],
    ['我们诊所想买几台空气净化器', 'zh'],
    ['同事住院了 想送束花过去 能当天送吗', 'zh'],
    ['下周三要去医院复查 那天能不能别送货', 'zh'],
    ['收到冒充你们的诈骗短信 官方号码是哪个', 'zh'],
    // A blast measured in popularity, a head bursting with choices, a display's backlight bleed (figure-sense.ts).
    ['that headset exploded in popularity huh, when is it restocking', 'en'],
    ['my head is going to explode from all the choices 😂 what delivery options do you have', 'en'],
    ['my screen is bleeding... backlight bleed on the monitor I mean. is that covered under warranty', 'en'],
    ['头都要爆炸了，加班到现在。账户登不上去说被锁了', 'zh'],
    ['开箱快乐到爆炸，结果发现少了一根数据线', 'zh'],
  ] as const)('%s (%s)', (text, lang) => {
    const read = kinds(text, lang);
    expect(read).not.toContain('safety');
    expect(read).not.toContain('legal');
  });

  test.each([
    ["i'm a journalist and i'm going to write about how you treat customers", 'en', 'legal'],
    ['my son is a firefighter and says your charger started the fire in our kitchen', 'en', 'safety'],
    ['the smoke came out of the charger', 'en', 'safety'],
    ['the charger exploded and burnt my hand', 'en', 'safety'],
    ['the screen was bleeding some liquid and my kid touched it', 'en', 'safety'],
    ['我的充电宝爆炸了 手被烫伤了', 'zh', 'safety'],
    ['burned my hand on the kettle lid', 'en', 'safety'],
    ['我老公是律师 他说你们这是违法的', 'zh', 'legal'],
    ['朋友吃了你们的零食住院了 想送个果篮', 'zh', 'safety'],
    ['我是记者 会把你们怎么对待顾客写出来', 'zh', 'legal'],
    // No article and a verb before the trade: what the customer is doing, not who they are.
    ["I'm instructing solicitors over the damaged piano", 'en', 'legal'],
  ] as const)('%s (%s) → still %s', (text, lang, kind) => {
    expect(kinds(text, lang)).toContain(kind);
  });

  test('only the word in its role is set aside', () => {
    expect(withoutWordsInRole(['smoke', 'caught fire'], 'the smoke-grey lamp caught fire', '')).toEqual(['caught fire']);
  });
});

describe('a word as a workplace, a landmark, an address, a road, a design or a title is no incident or threat', () => {
  test.each([
    ['volunteering for the consumer council this summer, can I change my delivery slot?', 'en'],
    ['paramedic here, do you deliver on sundays?', 'en'],
    ['our flat is opposite the police station, can the courier buzz flat 4?', 'en'],
    ['the locker I picked is inside the courthouse lobby building, how long does it hold parcels?', 'en'],
    ['I live on Hospital Road, is that covered by express?', 'en'],
    ['is the "Sue Me" card game back in stock?', 'en'],
    ['do you still sell the Poison fragrance in 50ml?', 'en'],
    ['我姐在消委会做志工 想问下礼品卡能用多久', 'zh'],
    ['我家在派出所斜对面 快递能放门卫吗', 'zh'],
    ['收件地址是市第一医院门诊楼三楼 能改成下午送吗', 'zh'],
    ['警察造型的公仔还有货吗', 'zh'],
    ['《律师本色》的蓝光碟什么时候补货', 'zh'],
    ['我是doctor 上夜班 能放快递柜吗', 'zh'],
    ['在12315官网看到你们的评分 第一次下单怎么付款', 'zh'],
    ['这件外套好看到爆炸 有没有黑色', 'zh'],
    ["my sister is a trading standards officer and wants a gift card, what values are there?", 'en'],
    ['are you licensed by the gambling commission? one of your prize draws looks odd', 'en'],
    ['does the ombudsman oversee your refunds process?', 'en'],
    ['我是消委会的义工 请问运费多少', 'zh'],
    ['你们受市场监管局监管吗', 'zh'],
    ['我要告诉我妈你们的裙子很好看 还有L码吗', 'zh'],
    ['i got hurt pride when my friend had the same jacket lol, can i exchange it', 'en'],
  ] as const)('%s (%s)', (text, lang) => {
    const read = kinds(text, lang);
    expect(read).not.toContain('safety');
    expect(read).not.toContain('legal');
  });

  test.each([
    ['I work next to the trading standards office and I am reporting you to them', 'en', 'legal'],
    ['I was taken to the hospital near my office after the heater exploded', 'en', 'safety'],
    ['the toxic perfume gave my daughter a rash', 'en', 'safety'],
    ['我已经在12315网站上投诉你们了', 'zh', 'legal'],
    ['我住派出所旁边 已经报警了', 'zh', 'legal'],
    ['充电宝在包里爆炸了', 'zh', 'safety'],
    ["I'm a consumer rights blogger and I'm reporting you to the regulator", 'en', 'legal'],
    ['我要告你们', 'zh', 'legal'],
    ['my son got hurt when the shelf fell', 'en', 'safety'],
  ] as const)('%s (%s) → still %s', (text, lang, kind) => {
    expect(kinds(text, lang)).toContain(kind);
  });
});

describe('a chargeback asked about is a process question, threatened it is a threat', () => {
  test.each([
    ['what happens to an order if a chargeback is filed?', 'chargeback', 'en', []],
    ['if you do not refund me by friday, will a chargeback be my only option? i will file one', 'chargeback', 'en', ['chargeback']],
    ['如果信用卡拒付，订单会怎么处理？', '拒付', 'zh', []],
    ['如果再不退款我就拒付', '拒付', 'zh', ['拒付']],
  ] as const)('%s', (text, phrase, lang, kept) => {
    expect(withoutThreatAsked([phrase], lang === 'en' ? text : '', lang === 'zh' ? text : '')).toEqual(kept);
  });
});

describe('contacts counted: the customer chasing the store, not the courier or the family, nor purchases', () => {
  test.each([
    ['the courier called three times trying to find my house', 'called three times', []],
    ["i've bought this shampoo 5 times already, any subscription?", '5 times already', []],
    ['i asked my husband three times to check the mailbox', 'asked my husband three times', []],
    ['i emailed twice about colours but then found the answer myself', 'emailed twice', []],
    ["i've called you four times this week", 'called you four times', ['called you four times']],
    ["i've told my sister again and again to try your candles 😄 do you have gift sets", 'again and again', []],
    ['i reset my password three times this week because i keep forgetting it, can i use google sign in', 'three times this week', []],
    ['ordering for the 6th time now, am i a gold member yet', 'for the 6th time', []],
    // The customer's own tries, and the store's own messages received: no one chased.
    ['the code isnt working again, tried it twice now', 'twice now', []],
    ['getting like 3 emails a day from you lol how do i unsubscribe', '3 emails', []],
    ['too many emails from you guys every single day 😩 how do i unsubscribe', 'too many emails', []],
    ["i've emailed you 3 times a day for a week", 'emailed you 3 times', ['emailed you 3 times']],
    ['you sent me 3 emails saying it shipped but it never did, this is the fourth time im writing', 'the fourth time', ['the fourth time']],
  ] as const)('%s', (text, phrase, kept) => {
    expect(withoutOthersContacts([phrase], text, '')).toEqual(kept);
  });

  test.each([
    ['快递员打了三次电话才找到我家', '打了三次', []],
    ['这个洗发水我已经回购五次了', '五次', []],
    ['我给你们客服打了三次电话', '打了三次', ['打了三次']],
    ['又扣款失败了 刚试了两次', '两次', []],
    ['怎么退订你们的营销邮件 天天发好几封', '发好几封', []],
    ['我给你们发了三封邮件了 想退订营销短信 还是没用', '发了三封邮件', ['发了三封邮件']],
    // The doorman asked, a reading in two parts found by its first: no contact of the shop.
    ['物流显示已签收 但门口没有 问过门卫也没有 下一步咋弄', '问过…也没', []],
    ['问过你们客服也没有结果 还是没退款', '问过…也没', ['问过…也没']],
  ] as const)('%s', (text, phrase, kept) => {
    expect(withoutOthersContacts([phrase], '', text)).toEqual(kept);
  });
});

describe('a word as a trait of goods, a destination, a workplace told after it, a class of goods, a sight or a safeguard', () => {
  // Through the complaint reader as the engine calls it (Chinese folded to simplified first).
  const read = (text: string, lang: 'en' | 'zh') => kinds(lang === 'zh' ? foldChinese(text) : text, lang);

  test.each([
    ['These sneakers are sick, are they true to size?', 'en', 'safety'],
    ['Do you sell police-style tactical boots in size 11?', 'en', 'legal'],
    ["Can you ship to the ambulance station on Park Road? It's my workplace.", 'en', 'safety'],
    ['The police department I work for wants a bulk order of torches, do you do invoices?', 'en', 'legal'],
    ['Is the dangerous goods surcharge applied to perfume shipments?', 'en', 'safety'],
    ['What counts as a hazardous item for shipping? I want to send nail polish back.', 'en', 'safety'],
    ['I nearly fainted at how cheap the sofa is, is delivery included?', 'en', 'safety'],
    ['My bank flagged fraud on my card last month, can I pay by bank transfer instead?', 'en', 'legal'],
    ['我是医院的护士，有医护优惠吗？', 'zh', 'safety'],
    ['法院隔離嗰間分店幾點收工？', 'zh', 'legal'],
    ['这件衣服颜色太炸了，有没有低调一点的？', 'zh', 'safety'],
    ['你们家的辣条辣到爆炸，有大包装吗？', 'zh', 'safety'],
    ['這個包也太炸了吧，有黑色嗎？', 'zh', 'safety'],
    ['怎么举报冒充你们客服的诈骗电话？', 'zh', 'legal'],
    ['My uncle runs an ambulance company, do you do trade accounts?', 'en', 'safety'],
    ['Do you sell smoke machines for parties?', 'en', 'safety'],
    ['Can I return an unopened poison-free ant bait?', 'en', 'safety'],
    ['这个香水味道炸裂，有小样吗？', 'zh', 'safety'],
    ['呢隻香水味道炸裂，有冇試用裝？', 'zh', 'safety'],
    ['我表哥同前妻打緊官司，我想寄啲嘢俾佢。', 'zh', 'legal'],
  ] as const)('%s (%s) → no %s', (text, lang, kind) => expect(read(text, lang)).not.toContain(kind));

  test.each([
    ['My son is sick after eating your cookies.', 'en', 'safety'],
    ['The kids were sick all night after the sweets you sent.', 'en', 'safety'],
    ['The police came to my house because your driver attacked me.', 'en', 'legal'],
    ['The ambulance came to take my son after your heater burned him.', 'en', 'safety'],
    ["I'm calling the police department about your driver.", 'en', 'legal'],
    ['The dangerous goods you sent leaked acid on my hands.', 'en', 'safety'],
    ['My mum fainted after using your heater.', 'en', 'safety'],
    ["This is fraud, I'm reporting you.", 'en', 'legal'],
    ['我是医院的护士，用了你们的消毒液手烂了', 'zh', 'safety'],
    ['法院隔離嗰間分店告你哋', 'zh', 'legal'],
    ['充电宝炸了，差点烧到我', 'zh', 'safety'],
    ['你们就是诈骗，我要举报', 'zh', 'legal'],
    ['The ambulance company took an hour to come after your heater burned my son.', 'en', 'safety'],
    ['The smoke came out of the machine you sold me.', 'en', 'safety'],
    ['Your poison killed my dog.', 'en', 'safety'],
    ['充电宝炸裂了，差点伤到孩子', 'zh', 'safety'],
    ['孩子被送去医院了', 'zh', 'safety'],
    ['我表哥要告你哋', 'zh', 'legal'],
  ] as const)('%s (%s) → still %s', (text, lang, kind) => expect(read(text, lang)).toContain(kind));
});

describe('fraud done by someone else and a dispute between others are no threat', () => {
  const all = (text: string, lang: 'en' | 'zh') => {
    const read = detectComplaintLevel(lang === 'zh' ? foldChinese(text) : text, lang);
    return read.complaints.map((c) => c.kind);
  };

  test.each([
    ['My bank told me someone tried to scam me with a fake courier text, is your courier Evri?', 'en'],
    ["My neighbour was scammed by a fake site, what's your official web address?", 'en'],
    ['How do I check whether an email claiming to be from you is a scam?', 'en'],
    ['My employer is taking my old company to court so I need a new laptop bag, which is the toughest?', 'en'],
    ['My sister is suing her landlord lol, anyway can I send a gift to her new flat?', 'en'],
    // A shop said to be another one: someone else's case.
    ['my mate is taking another shop to court over a refund lol, anyway how long do your refunds take', 'en'],
    ['my brother is suing a different company over his car, can I change my delivery address', 'en'],
    ['我姐在跟房东打官司，我想寄个礼物到她新家，可以吗？', 'zh'],
    ['我姐在跟房東打官司，想寄禮物到她新家可以嗎？', 'zh'],
    ['有卖律师袍吗？我们学校模拟法庭要用。', 'zh'],
    ['我喺法院做書記，可唔可以開公司發票？', 'zh'],
    ['我在法院當書記官，可以開統編嗎？', 'zh'],
    // A third person's suit against a party of their own (他老板, 她房东, 佢公司) or someone's unnamed (某个平台), however
    // the message goes on: an opinion asked, a plain report.
    ['我邻居要去法院告他老板 你觉得能赢吗', 'zh'],
    ['我鄰居要去法院告他老闆 你覺得會贏嗎', 'zh'],
    ['我同事話要告佢公司 你覺得佢贏唔贏到', 'zh'],
    ['我闺蜜说要去法院起诉她前夫 你觉得能赢吗', 'zh'],
    ['我邻居说要告他房东 你们怎么看', 'zh'],
    ['我同事说要告他老板', 'zh'],
    ['我姑姑要告她老板拖欠工资 你觉得她能赢吗', 'zh'],
    ['我同學要去法院告她公司 你覺得她贏得了嗎', 'zh'],
    // A dispute between others whose plaintiff is an uncle; a suit the third person means to bring.
    ['我舅舅在跟他房东打官司 你们能给点建议吗', 'zh'],
    ['my friend wants to take her landlord to court, any idea if she has a case', 'en'],
    ['my husband is going to take his employer to a tribunal, can you recommend a briefcase', 'en'],
  ] as const)('%s (%s) → no threat', (text, lang) => {
    expect(all(text, lang)).not.toContain('legal');
    expect(all(text, lang)).not.toContain('complaint');
  });

  test.each([
    ['You are a scam, where is my money?', 'en', 'complaint'],
    ['This site is a scam and someone should report it, I paid and got nothing.', 'en', 'complaint'],
    ['My sister is a lawyer and is suing you, expect a letter.', 'en', 'legal'],
    ['My husband is taking you to court over the sofa.', 'en', 'legal'],
    ['My husband is taking the shop to court over the sofa.', 'en', 'legal'],
    ['我姐要告你们，等着吧', 'zh', 'legal'],
    ['我要去法院告你们', 'zh', 'legal'],
    // The shop named as the one sued, by a third person or by the customer.
    ['我邻居要告你们 我也要告', 'zh', 'legal'],
    ['我鄰居要告你們 我也要告', 'zh', 'legal'],
    ['我邻居要告你们店 你觉得能赢吗', 'zh', 'legal'],
    ['我朋友要去法院告你们公司', 'zh', 'legal'],
    ['我老公說要去消基會投訴你們', 'zh', 'legal'],
    ['my friend wants to take you to court', 'en', 'legal'],
    ["my sister will take her car to work, i'm calling my lawyer about my refund", 'en', 'legal'],
    ['你們就是騙子，被騙了怎麼退款？', 'zh', 'abuse'],
  ] as const)('%s (%s) → still %s', (text, lang, kind) => expect(all(text, lang)).toContain(kind));
});

// The law turned on the customer themself in jest, or someone of the customer's own case with another shop: no legal
// matter of this store's. Against this store, it still is.
describe("a legal word of the customer's joke on themself, or of someone else's case with another shop", () => {
  test.each([
    ['如果我起诉自己乱花钱哈哈 开玩笑 积分怎么用', 'zh'],
    // Turned on a habit, a day or the weather: no party that could be sued.
    ['我要起诉我的拖延症 哈哈 差点忘了问 注册账号需要手机号吗', 'zh'],
    ['我想起诉周一 哈哈 问一下退货要几天', 'zh'],
    ['我要告我的拖延症 哈哈 差點忘了問 註冊帳號需要手機號碼嗎', 'zh'],
    ['我要告我嘅拖延症 哈哈 想問下積分點用', 'zh'],
    ['i will sue the weather honestly. do you ship on sundays', 'en'],
    ["I'll sue my own laziness haha, how do points work", 'en'],
    ['my friend had a horrible time with another shop and ended up in small claims court. hope that never happens here lol. whats your return window on electronics', 'en'],
    ['my sister had a nightmare with a different site and went to small claims. anyway do you ship to ireland', 'en'],
  ] as const)('%s → no legal', (text, lang) => expect(kinds(lang === 'zh' ? foldChinese(text) : text, lang)).not.toContain('legal'));
  test.each([
    ['我要起诉你们', 'zh'],
    // The customer's dealings with the shop after the verb, spaces gone: still a suit.
    ['我要起诉 我的订单一直没发货', 'zh'],
    ['我要起訴 我的訂單一直沒發貨', 'zh'],
    ["I'm going to sue my order never arrived", 'en'],
    ['i will sue the weather and you too, my parcel is soaked', 'en'],
    ['我會告你們，等著收律師信', 'zh'],
    ['my friend says I should take you to small claims court, my parcel never came', 'en'],
    ["I'll see you in small claims court, another shop would have refunded me by now", 'en'],
    ["I'm going to take you to small claims court if I don't get my refund", 'en'],
  ] as const)('%s → legal', (text, lang) => expect(kinds(lang === 'zh' ? foldChinese(text) : text, lang)).toContain('legal'));
});

// A word's other sense shown by its neighbours: 曝光 of a photo or publicity done for the shop, 有毒 as a hold on the
// buyer, self-harm words lent to a thing (thing-as-subject.ts). Against the shop, with a symptom, or of a person: kept.
describe("a word's other sense shown by its neighbours", () => {
  test.each([
    ['拍照的时候曝光没调好 照片偏暗 其实衣服很好看 怎么晒图评价', 'zh', 'legal'],
    ['拍照的時候曝光沒調好 照片偏暗 其實衣服很好看 怎麼曬圖評價', 'zh', 'legal'],
    ['朋友說要喺小紅書幫你哋曝光吓 因為真係好好用 有冇推薦碼', 'zh', 'legal'],
    ['你家的香薰蜡烛有毒 用完一瓶还想再买 有没有会员折扣', 'zh', 'safety'],
    ['你家的香薰蠟燭有毒 用完一瓶還想再買 有沒有會員折扣', 'zh', 'safety'],
    ['我的手机说它不想活了哈哈 电量太低 你们有充电宝吗', 'zh', 'safety'],
    ['我的錢包說它不想活了😂 有沒有分期', 'zh', 'safety'],
    // 中毒 said of a device is a virus; a blogger's post of praise (好物分享, 种草) takes no dispute anywhere.
    ['我阿公說他電腦中毒了，其實沒有啦，請問怎麼註冊帳號', 'zh', 'safety'],
    ['我爸说他的电脑又中毒了 其实是他自己装了软件 怎么改密码', 'zh', 'safety'],
    ['U盘中毒了 你们有卖杀毒软件吗', 'zh', 'safety'],
    ['我是小博主 准备发你们家的好物分享！会员怎么升级VIP', 'zh', 'legal'],
    ['我是up主 准备发你们家的开箱种草视频 会员怎么积分', 'zh', 'legal'],
  ] as const)('%s → no %s', (text, lang, kind) => expect(kinds(lang === 'zh' ? foldChinese(text) : text, lang)).not.toContain(kind));
  test.each([
    ['我朋友要把你们曝光到IG上 太黑心了', 'zh', 'legal'],
    ['帮你们曝光一下 这种黑店', 'zh', 'legal'],
    ['我要把你們曝光到網上 讓大家看看', 'zh', 'legal'],
    ['抱枕有毒 孩子闻了头晕', 'zh', 'safety'],
    ['你们的零食有毒 买了还想买 但是吃了拉肚子', 'zh', 'safety'],
    ['我不想活了', 'zh', 'safety'],
    ['我老公说他不想活了 怎么办', 'zh', 'safety'],
    ['我的钱包被你们扣光了 我不想活了', 'zh', 'safety'],
    ['我的錢包說它不想活了 我也不想活了', 'zh', 'safety'],
    ['电脑中毒了 是不是你们的U盘带的病毒 还有孩子吃了你们的糖也中毒了', 'zh', 'safety'],
    ['我吃了你们的零食中毒了 现在在医院', 'zh', 'safety'],
    ['my kid got food poisoning from your snacks', 'en', 'safety'],
    ['我是博主 准备曝光你们家的黑心产品', 'zh', 'legal'],
    ['我是博主 准备发视频让大家避雷你们家', 'zh', 'legal'],
  ] as const)('%s → %s', (text, lang, kind) => expect(kinds(lang === 'zh' ? foldChinese(text) : text, lang)).toContain(kind));
});
