/**
 * A strong feeling aimed away from the shop beside a question it answers (emotion-aim.ts), through analyzeMessage as
 * the engine calls it (Chinese folded to simplified first): no longer strong. Beside each, the same feeling aimed at the
 * shop, which stays strong.
 */
import { analyzeMessage } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

const strong = (text: string, lang: 'en' | 'zh') =>
  analyzeMessage(lang === 'zh' ? foldChinese(text) : text, { lang, clock: () => 0 }).emotion.strong;

describe('a strong feeling aimed away from the shop, beside a store question, is no strong emotion', () => {
  test.each([
    // A third party named as the target.
    ["I'm so angry at my airline, they lost my luggage. Do you sell carry-on suitcases?", 'en'],
    ["I'm fuming at my landlord, do you sell door draught excluders?", 'en'],
    ["I'm disgusted by how my gym treats members, do you sell home weights?", 'en'],
    ["I'm outraged at the price of petrol, do you sell e-bikes?", 'en'],
    // The customer themself.
    ["I'm so mad at myself, I forgot my password. How do I reset it?", 'en'],
    ['ugh I hate myself, I ordered the wrong size again. how do I swap it for a medium', 'en'],
    // Someone of the customer's own circle did it.
    ['Ugh, so angry, my son spilled juice all over the sofa. Do you sell washable sofa covers?', 'en'],
    // Only supposed.
    ["I'd die of embarrassment if the gift arrived late, can I get guaranteed delivery by Friday?", 'en'],
    // A word the complaint readers set aside (a bank's fraud flag).
    ['My bank flagged fraud on my card last month, can I pay by bank transfer instead?', 'en'],
    ['我被老板气死了，你们有解压玩具吗？', 'zh'],
    ['我对航空公司很生气，他们弄丢了我的箱子，你们有登机箱吗？', 'zh'],
    ['气炸了，我的猫把花瓶打碎了，有不易碎的花瓶吗？', 'zh'],
    // The weather, a weekday, the customer's own slip or life, a date of their own (world-cause.ts).
    ['ugh this rain is killing me. is my parcel still coming today', 'en'],
    ['i hate mondays. also i hate that i forgot my password. how do i reset it', 'en'],
    ['got fired today so I need to cancel the big order I made this morning. sucks', 'en'],
    ['約會超雷 男生遲到還一直滑手機 算了 你們收LINE Pay嗎', 'zh'],
    ['对我家wifi很火大，有没有好一点的路由器？', 'zh'],
    ['《愤怒的小鸟》玩偶有吗？', 'zh'],
    ['我被诈骗过一次，你们的付款页面安全吗？', 'zh'],
    // A fake channel, someone else's.
    ['My bank told me someone tried to scam me with a fake courier text, is your courier Evri?', 'en'],
    ['我邻居被假网站骗过，你们的官网网址是什么？', 'zh'],
    // Someone else feels it, or a word inside a target aimed away.
    ['Our vet was livid that we feed the dog scraps, do you sell grain-free dog food?', 'en'],
    ['So mad at my phone for dying mid-call, do you sell spare batteries for the Pixel 7?', 'en'],
    ['朋友网上买狗被骗了，你们有宠物保险卡吗？', 'zh'],
    ['我老公很生气，你们有没有解压玩具？', 'zh'],
    // Cantonese and Taiwan usage, traditional script.
    ['好嬲航空公司整唔見我個喼，你哋有冇登機喼？', 'zh'],
    ['我俾老細激死，有冇減壓玩具？', 'zh'],
    ['被老闆氣死，你們有紓壓小物嗎？', 'zh'],
    ['對家裡網路超火大，有沒有好一點的路由器？', 'zh'],
    // A company, an office or the weather did it, and the feeling follows its clause.
    ['银行把我的付款拦了 气死 能用微信支付吗', 'zh'],
    ['銀行又凍結咗我張卡 激死 可唔可以貨到付款', 'zh'],
    ['小区物业不让外卖快递上楼 烦死 能放楼下驿站吗', 'zh'],
    ['楼下邮局的人态度恶劣 气死我了 可以寄到家里吗', 'zh'],
    // The bank's failure told again is the bank's, not a chase of the shop.
    ['银行又搞错了我的转账 气死 可以货到付款吗', 'zh'],
    ['the train strike has been a nightmare all week, can I move my delivery to Monday?', 'en'],
    // A company named bare, without "my" or "the".
    ['so angry at ryanair, they cancelled my flight. can I change my delivery address to my hotel?', 'en'],
    // The courier's act beside a first report of a problem: the courier is a third party.
    ['the delivery guy is useless, chucked my box in a hedge and now the vase inside is ruined. how do I get a new one?', 'en'],
    ['so furious at the courier, he kicked the box down the stairs. can you send a replacement?', 'en'],
    // Someone of the customer's own circle did it before the feeling.
    ['我弟弟把我新买的耳机弄坏了 气死了 还有同款吗', 'zh'],
    ['my flatmate binned the box and I am so angry, can I still send the kettle back?', 'en'],
    // The customer calls themself a name for a slip.
    ["ugh I'm such an idiot, I ticked the wrong size, can I still change it?", 'en'],
    ['我真的是白痴 忘了用优惠券 还能补用吗', 'zh'],
    // The customer disowns the feeling for the shop, and tells nothing of the shop's it could be about.
    ['Pissed off beyond belief today, nothing to do with you guys. How long is delivery to Spain?', 'en'],
    ['So angry right now, not aimed at you at all, do you have the grey coat in a 14?', 'en'],
    ['刚跟房东吵了一架，气死了，跟你们没关系。寄到深圳要几天？', 'zh'],
    ['今天跟老公吵架，好生气，不关你们的事，你们有没有香薰蜡烛？', 'zh'],
    ['今日同業主嗌咗交，好嬲，唔關你哋事。請問幾時有貨？', 'zh'],
    ['啱啱同男朋友拗完，激死我，同你哋冇關係。想問下運費幾多？', 'zh'],
    ['剛跟婆婆吵完，氣死了，不是說你們喔。請問可以超商取貨嗎？', 'zh'],
    // Someone else's feeling told with its own cause or audience, or beside a question of what a status means.
    ['我老細今日好嬲 成個office都驚 我張單顯示處理中係咩意思', 'zh'],
    ['我老板今天很生气 全公司都不敢说话 我的包裹什么时候到', 'zh'],
    ['我媽今日好嬲 因為鄰居吵 我張單幾時寄出', 'zh'],
  ] as const)('%s (%s)', (text, lang) => expect(strong(text, lang)).toBe(false));

  test.each([
    ["I'm so angry with your courier, where is my parcel?", 'en'],
    ["I'm fuming at you lot, where is my parcel?", 'en'],
    ["I'm disgusted by the state of the box, when will the new one come?", 'en'],
    ["I'm outraged at the price of the sofa, why did it go up?", 'en'],
    ["I'm so mad at myself for trusting you, when is my refund coming?", 'en'],
    ["I'm furious, my husband says the parcel never came, where is it?", 'en'],
    ['I am absolutely livid with how I have been treated', 'en'],
    ['This is fraud, I want my money back, where is it?', 'en'],
    ['我被你们气死了，什么时候发货？', 'zh'],
    ['对快递很生气，包裹到底在哪？', 'zh'],
    ['气炸了，你们又发错货了，怎么办？', 'zh'],
    ['对你们的服务很火大，什么时候退款？', 'zh'],
    ['我被你们诈骗了，付款页面安全吗？', 'zh'],
    ['Fake reviews, fake site, you are a scam, where is my refund?', 'en'],
    ['My husband is furious, your driver broke the gate, who pays?', 'en'],
    ['我老公很生气，你们什么时候发货？', 'zh'],
    ['你们卖假货，被骗了，怎么退款？', 'zh'],
    ['好嬲你哋，幾時先退錢？', 'zh'],
    ['被你們的物流氣死，包裹在哪？', 'zh'],
    ['對你們客服超火大，有沒有人要處理？', 'zh'],
    // The shop in the company's clause: the bank tells what the shop did.
    ['银行说你们根本没退款 气死 什么时候退', 'zh'],
    // The courier given to the shop, the failure told again, or the shop told off beside it: the shop's service.
    ['so furious at your courier, he kicked the box down the stairs. can you send a replacement?', 'en'],
    ['so furious at the delivery guy, he chucked my box in a hedge again, how do I get a new one?', 'en'],
    ['so furious at the driver and at you, where is my parcel?', 'en'],
    ['furious with evri again, another parcel soaked, can you use someone else?', 'en'],
    ['你们的速递员太离谱了 直接丢在楼梯口 杯子都碎了 可以补发吗', 'zh'],
    ['速递员又乱丢包裹 气死了 什么时候补发', 'zh'],
    // The verdict turned on the shop.
    ["I'm such an idiot for ordering from you, where is my refund?", 'en'],
    ['你们把我当白痴吗 什么时候退款', 'zh'],
    // Disowned, and yet the shop's parcel or goods told beside it: the feeling may be about them.
    ["Not your fault, but I'm absolutely livid the parcel still isn't here, when will it come?", 'en'],
    ["I know it's not your fault but I'm furious, my order is late again, where is it?", 'en'],
    ['跟你们没关系，但是快递又晚了，气死了，什么时候到？', 'zh'],
    ['唔關你哋事？你哋寄嚟啲嘢爛晒，激死，點退貨', 'zh'],
    ['我很生气 你们的客服太差了', 'zh'],
    ['我老公很生气 因为你们的快递员把门弄坏了 怎么赔', 'zh'],
    ['my boss is furious and so am I, your courier lost my parcel!!', 'en'],
  ] as const)('%s (%s) → still strong', (text, lang) => expect(strong(text, lang)).toBe(true));
});

describe('a feeling at another shop, named by where it stands or masked with 某, is aimed away', () => {
  test.each([
    ['某东的客服气死我了 你们这边退货要几天', 'zh'],
    ['隔壁那家店超爛der 你們有沒有賣同款', 'zh'],
    ['對面嗰間舖激死我 你哋有冇同款', 'zh'],
    ['某宝那家店把我气死了 你们有没有正品', 'zh'],
    ['the shop next door is a bloody nightmare, do you have this in a size 10', 'en'],
    ['that store down the road is a nightmare, do you deliver to Leeds?', 'en'],
    // The weather at the head of the clause; a question put "A not A" (会不会) asks.
    ['老家那边一直下雨 烦死了 包裹会不会湿', 'zh'],
    ['呢排成日落雨 煩到死 你哋會唔會延遲派件', 'zh'],
    // A complaint word said of another shop's people is theirs, as its feeling is.
    ['對面間舖啲職員態度差到爆 你哋幾點開門', 'zh'],
    ["the other shop's staff were rude and useless, do you have this in a medium", 'en'],
  ] as const)('%s (%s)', (text, lang) => expect(strong(text, lang)).toBe(false));
  test.each([
    // The shop's own people, and an indefinite 某 (some day), are not another shop.
    ['你们客服气死我了 退货要几天', 'zh'],
    ['你哋啲客服激死我 幾時先退錢', 'zh'],
    ['某天客服气死我了 你们退货要几天', 'zh'],
    ['隔壁那家店都比你们好 你们客服气死我了 退款要几天', 'zh'],
    ["I'm furious with you, the shop next door delivers in a day, where is my order?", 'en'],
    // Goods spoilt in the rain are the shop's problem; the courier it sent is the shop's.
    ['下雨 包裹全泡烂了 气死了 能换吗', 'zh'],
    ['下雨天你们快递员把包裹扔门外 气死了 能换吗', 'zh'],
    ['你们的职员态度差到爆 几点开门', 'zh'],
    ["your staff were rude and useless, do you have this in a medium", 'en'],
  ] as const)('%s (%s) → still strong', (text, lang) => expect(strong(text, lang)).toBe(true));
});

// With no question: a feeling the customer aims at themself (a verdict on themself, themself as its object) or one whose
// cause, told just before, is the customer's own slip, is no strong emotion; the same feeling at the shop stays strong.
describe('a feeling aimed at the customer themself, or at their own slip, with no question, is no strong emotion', () => {
  test.each([
    ["ugh i'm such an idiot, forgot my password AGAIN", 'en'],
    ['忘记密码了，气死我自己了', 'zh'],
    ['密码输错太多次被锁了，要疯了🙃', 'zh'],
    ['入錯密碼太多次俾人鎖咗，頂唔順🙃', 'zh'],
    ['地址填錯咗，我真係要瘋了', 'zh'],
    // The slip told after a sigh; a head shaken (smh) aims at nothing.
    ['ugh forgot my password AGAIN 🙄', 'en'],
    ['ugh locked myself out of my account again 🙄', 'en'],
  ] as const)('%s → not strong', (text, lang) => expect(strong(text, lang)).toBe(false));
  test.each([
    ['ugh you lot are such idiots, lost my password AGAIN', 'en'],
    ['ugh I\'m such an idiot for trusting you lot', 'en'],
    ['气死我了，你们又把我的密码弄丢了', 'zh'],
    ['你们把我的密码弄错了，要疯了', 'zh'],
    ['你哋又寄錯貨，我真係要瘋了', 'zh'],
    ['ugh you forgot my password AGAIN 🙄', 'en'],
  ] as const)('%s → strong', (text, lang) => expect(strong(text, lang)).toBe(true));
});

// With no question: a feeling aimed at a party of the world beside a plain matter told in a clause of its own ("card
// declined"), in a message that names nothing of the shop's; someone else's feeling the customer disowns for the shop.
describe('a feeling at the world beside a plain matter, or someone else\'s disowned, with no question, is no strong emotion', () => {
  test.each([
    ['card declined smh. prob my bank being dumb again', 'en'],
    ['payment failed again smh, maybe the bank is being stupid', 'en'],
    ['payment declined again smh, my bank is so useless. can I pay with paypal?', 'en'],
    ['我老婆被快遞氣死了，不關你們事', 'zh'],
    ['我妈被快递员气死了，不关你们的事', 'zh'],
    ['我老公俾速遞激死咗，唔關你哋事', 'zh'],
    ['我媽被郵差氣炸了，不是你們的問題', 'zh'],
    ['银行又抽风了 气死 支付失败', 'zh'],
    ['銀行又出錯 激死 俾唔到錢', 'zh'],
  ] as const)('%s → not strong', (text, lang) => expect(strong(text, lang)).toBe(false));
  test.each([
    ['card declined smh. you lot are being dumb again', 'en'],
    ["I'm so angry about the traffic today", 'en'],
    ['so angry at my landlord. anyway how do i return it', 'en'],
    ['我老婆被你們客服氣死了', 'zh'],
    ['我老婆被快递气死了', 'zh'],
    ['我老公俾速遞激死咗', 'zh'],
    // The world's party is the feeling's cause, and nothing else is told.
    ['气死了 天气太热', 'zh'],
    ['气死了 又下雨了', 'zh'],
  ] as const)('%s → strong', (text, lang) => expect(strong(text, lang)).toBe(true));
});

describe('a bank’s doing told with its subject carried is the plain matter beside a feeling at the bank', () => {
  test.each([
    ['my bank is being ridiculous, keeps blocking online payments smh', 'en'],
  ] as const)('%s (%s)', (text, lang) => expect(strong(text, lang)).toBe(false));
  test.each([
    ['my bank is being ridiculous, keeps blocking payments on your site smh', 'en'],
    ['your checkout is being ridiculous, keeps blocking online payments smh', 'en'],
  ] as const)('%s (%s) → strong', (text, lang) => expect(strong(text, lang)).toBe(true));
});

// A bad word said of a skill of the customer's own (self-deprecation.ts): an aside explaining the question.
describe('a skill of the customer\'s own judged, beside a question, is no strong emotion', () => {
  test.each([
    ['3件衣服一件590總共多少，我數學很爛', 'zh'],
    ['我方向感很烂，门店在哪里', 'zh'],
    ['我數學真的很爛，買三送一的話每件多少錢', 'zh'],
  ] as const)('%s → not strong', (text, lang) => expect(strong(text, lang)).toBe(false));
  test.each([
    ['你们的客服很烂，退款怎么还没到', 'zh'],
    ['我买的衣服质量很烂 怎么退货', 'zh'],
    ['我的数学老师说你们的东西很烂 真的吗', 'zh'],
  ] as const)('%s → strong', (text, lang) => expect(strong(text, lang)).toBe(true));
});
