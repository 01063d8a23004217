/**
 * Who gets a person, as conversations: `[customer says, bot does]`, in English, simplified and traditional Chinese,
 * through `handleTurn` with a small knowledge base of the test's own (editing the demo content cannot break these).
 * Traditional Chinese goes in as the customer types it: the engine folds it for its detectors.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

// A problem stated plainly gets the answer first, never a person.
const PROBLEMS: Array<[string, 'Hans' | 'Hant', string]> = [
  ["my package hasn't arrived", 'Hans', 'answer late-en'],
  ['the item is damaged', 'Hans', 'answer damaged-en'],
  ['I was charged twice for the same order', 'Hans', 'answer charged-twice-en'],
  ['my account is locked', 'Hans', 'answer locked-en'],
  ['how do i make a complaint', 'Hans', 'answer complaint-en'],
  ['is there a way to speak to someone on the phone', 'Hans', 'answer person-en'],
  ['还没收到货', 'Hans', 'answer late-zh'],
  ['东西坏了', 'Hans', 'answer damaged-zh'],
  ['积分会过期吗', 'Hans', 'answer points-zh'],
  ['账号被锁了', 'Hans', 'answer locked-zh'],
  ['投诉渠道在哪', 'Hans', 'answer complaint-zh'],
  ['人工客服啥时候在线', 'Hans', 'answer person-zh'],
  ['還沒收到貨', 'Hant', 'answer late-zh'],
  ['東西壞了', 'Hant', 'answer damaged-zh'],
  ['帳號被鎖住了', 'Hant', 'answer locked-zh'],
  ['積分會過期嗎', 'Hant', 'answer points-zh'],
];

// Routine wording near the escalation words: no person.
const ROUTINE: Array<[string, 'Hans' | 'Hant']> = [
  // Annoyed at the store's tools or at an item unlike its picture, asking a routine question.
  ['where do I enter a voucher code on this stupid app', 'Hans'],
  ['无语 裤子跟图片差太多了 退货入口在哪', 'Hans'],
  // A colour, a chewed toy returned, a hospital shift or past stay, a toy police car.
  ['the package was blue not red', 'Hans'],
  ['can I return a toy my kid chewed', 'Hans'],
  ['我在醫院上夜班 你們客服幾點在線', 'Hant'],
  ['我喺醫院返工 你哋幾點有人', 'Hant'],
  ['我在医院上夜班，你们客服几点到几点在线', 'Hans'],
  ['我入咗醫院兩個禮拜 出返嚟都未收到包裹', 'Hant'],
  ['do you have the toy police car in stock', 'Hans'],
  ['I want to cancel my order', 'Hans'],
  ['can I leave a review', 'Hans'],
  ['do you have fever thermometers', 'Hans'],
  ['is it safe for kids', 'Hans'],
  ['我要退单', 'Hans'],
  ['怎么写评价', 'Hans'],
  ['孩子穿着有点小', 'Hans'],
  ['退貨要多久', 'Hant'],
  ['hospital grade masks in stock?', 'Hans'],
  ['smoke detector batteries?', 'Hans'],
  ['烟雾报警器有货吗', 'Hans'],
  ['发朋友圈有优惠吗', 'Hans'],
  ['猫粮有货吗', 'Hans'],
  // A duration or a replacement without a chase or a second failure: a question, not repeated contact.
  ['I returned the item two weeks ago and have not had the refund yet', 'Hans'],
  ['can I get a replacement, it is broken', 'Hans'],
  ['is the replacement going to be the same colour as the first one', 'Hans'],
  ['will someone call me when the courier arrives?', 'Hans'],
  ['退货寄回去两周了 钱还没到', 'Hans'],
  ['我想换货 东西坏了', 'Hans'],
  ['簽收超過一個月了 還能退嗎', 'Hant'],
  // Sharing for a reward or asking whether one may is not going public; a fault each time is not contact each time.
  ["I'll share the link on facebook, is there a referral bonus", 'Hans'],
  ['can I post a review with photos', 'Hans'],
  ['it was posted yesterday, tracking says online', 'Hans'],
  ['every time I log in it asks for my password again', 'Hans'],
  ['我在你们直播间买的 怎么查物流', 'Hans'],
  ['快递员说放门口了 但门口什么都没有', 'Hans'],
  ['快遞員說放門口了 但門口什麼都沒有', 'Hant'],
  // Sharing with friends is not going public; an attempt that failed twice is not contact twice.
  ['我要发朋友圈推荐给朋友', 'Hans'],
  ['I tried twice to reset my password', 'Hans'],
  ['我想跟朋友分享這個連結', 'Hant'],
  ['話咗三日到 而家一個禮拜都未到', 'Hant'],
  // A hospital as an address or a past stay; someone's own agent or manager; a question about what happens.
  ['could you ship it to the hospital I work at? nobody is home in the day', 'Hans'],
  ["I was in hospital for three weeks and forgot my password, how do I reset it", 'Hans'],
  ['能直接送到我上班的医院吗 我白天都不在家', 'Hans'],
  ['可以寄到我上班的醫院嗎 我是護理師白天不在家', 'Hant'],
  ['我之前住院一個月 密碼忘記了怎麼辦', 'Hant'],
  ['our purchasing agent needs an itemised invoice for the order, can you send one', 'Hans'],
  ["I'm the human resources manager and want to buy gift cards for 20 staff, how do they work", 'Hans'],
  ['我们主管想买礼品卡送员工 怎么买', 'Hans'],
  ['我們主管想買禮物卡送員工 要怎麼買', 'Hant'],
  ['can a ticket be escalated if nobody has replied in a week', 'Hans'],
  // A hospital stay ahead or under way as the customer's schedule, an emergency ward as a workplace, a breakfast burnt;
  // the police as a relative's trade or a question whether to report; a lawyer sought for one's own affairs; an agent
  // praised or quoted; none of them a harm or a dispute with the store.
  ["I'm having an operation next week so I'll be in hospital, can you hold the delivery", 'Hans'],
  ['I do shifts in A&E, is there a key worker discount', 'Hans'],
  ['the toaster burnt my crumpets on setting 2, is that normal', 'Hans'],
  ['my niece is a police constable in Dublin, do you ship to Ireland', 'Hans'],
  ['do I need to get a police report if my parcel went missing', 'Hans'],
  ['can you recommend a family lawyer near Bristol', 'Hans'],
  ['the advisor I spoke to last week said I could swap the size, how do I do it', 'Hans'],
  ['我月底要住院 订单能不能晚几天发', 'Hans'],
  ['我這幾天在醫院住院 包裹沒人簽收 可以改寄到我家人那邊嗎', 'Hant'],
  ['我后天入院 快递放快递柜可以吗', 'Hans'],
  ['我老公是交警 白天都不在家 能约晚上送吗', 'Hans'],
  ['包裹好幾天沒更新 要不要報案 還是你們會查', 'Hant'],
  ['快递丢了 是不是要先报警', 'Hans'],
  ['有沒有靠譜的離婚律師可以介紹', 'Hant'],
  ['想表扬一下上次帮我退货的客服 在哪评价', 'Hans'],
  ['之前人工客服說可以換貨 要去哪裡申請', 'Hant'],
  // A journalist or an injury as who the customer is; an allergy as a condition; whether a product is safe, asked first.
  ["I'm a reporter so I'm away a lot, can I pause deliveries", 'Hans'],
  ['I hurt my knee running years ago, which trainers have the most cushioning', 'Hans'],
  ['is the electric blanket safe to leave on all night?', 'Hans'],
  ['我女儿对牛奶过敏 这个饼干含奶吗', 'Hans'],
  ['這個暖風機開整晚會不會起火', 'Hant'],
  ['我對蝦過敏 這款零食有沒有海鮮成分', 'Hant'],
  // A word read by its role (word-role.ts): a product or a colour it names, a trade, a workplace or the buyer, a
  // get-well gift, a check-up booked; a chargeback asked about as a process (threat-asked.ts); contacts that were someone
  // else's, purchases counted, or a question the customer then answered alone (contact-role.ts).
  ['Do you have the smoke-grey glass coffee table in stock?', 'Hans'],
  ['Do you sell poison ivy lotion or calamine?', 'Hans'],
  ['Do you sell the police box Lego set? The blue one from Doctor Who.', 'Hans'],
  ["I'm a firefighter and work 24h shifts — can I choose a delivery day?", 'Hans'],
  ["My son wants to be a lawyer, do you sell Black's Law Dictionary or any law textbooks?", 'Hans'],
  ["My husband is a judge at the county court and I'd like to send him a gift at work — can you deliver to a courthouse?", 'Hans'],
  ["Sending a get-well gift to a friend at the children's hospital — do you offer gift messages on the packing slip?", 'Hans'],
  ['I burned my old address into the account by mistake, how do I delete a saved address?', 'Hans'],
  ['I was shocked at how cheap the air fryer was — is that price right or a typo?', 'Hans'],
  ['What happens to an order if a chargeback is filed? Does it get cancelled automatically?', 'Hans'],
  ['The courier called three times trying to find my house, sorry about that! Can I add directions to my address?', 'Hans'],
  ["I've bought this shampoo 5 times already, is there a subscription option?", 'Hans'],
  ["I've asked my husband three times to check the mailbox, nothing yet — what's the usual delivery time to Leeds?", 'Hans'],
  ['I emailed twice about the colour options but then found the answer myself. Can I still change the colour on my order?', 'Hans'],
  ['你们能给诊所开发票吗？我们诊所想买几台空气净化器。', 'Hans'],
  ['明天上午要去医院体检，能不能下午再配送？', 'Hans'],
  ['朋友住院了，想给她送个果篮，可以写贺卡吗？', 'Hans'],
  ['你们有没有卖法律考试的教材？我准备考律师。', 'Hans'],
  ['如果信用卡拒付，订单会怎么处理？', 'Hans'],
  ['快递员打了三次电话才找到我家，不好意思，我能在地址里加个说明吗？', 'Hans'],
  ['银行提醒我有冒充你们的诈骗短信，你们官方发货通知是哪个号码？', 'Hans'],
  ['我哋診所想買幾部空氣清新機，可以開發票俾診所嗎？', 'Hant'],
  ['聽日朝早要去睇醫生，可唔可以改下晝送？', 'Hant'],
  ['朋友入咗醫院，想送個果籃，可以寫心意卡嗎？', 'Hant'],
  ['有冇法律書賣？我準備考律師牌。', 'Hant'],
  ['如果信用卡有爭議款項，訂單會點處理？', 'Hant'],
  ['速遞員打咗三次電話先搵到我屋企，唔好意思，可唔可以喺地址加備註？', 'Hant'],
  ['新聞講其他牌子氣炸鍋回收，你哋呢款冇問題吧？', 'Hant'],
  ['銀行提我有人冒認你哋發詐騙短訊，你哋官方發貨通知係邊個號碼？', 'Hant'],
  // Harm told as the reason for a routine question; legal words said in jest; a chargeback's effect asked; praise in
  // words of violence; a bank's fraud check; counts of orders that are no repeats; happy capitals.
  ['I broke my wrist so typing is slow, how do I change my delivery address?', 'Hans'],
  ['I was sick last week and missed the delivery, where is my parcel now?', 'Hans'],
  ['after chemo my hands are numb, does the electric can opener have a warranty?', 'Hans'],
  ['recovering from a burn on my hand, buying the oven mitts now lol, when do they ship?', 'Hans'],
  ['buying a wheelchair cushion after my hip surgery, how fast is express delivery?', 'Hans'],
  ["I'll sue you if this isn't the best cake ever lol. when does it ship?", 'Hans'],
  ["if the boots don't fit I'm calling the fashion police haha, can I exchange them?", 'Hans'],
  ["I'd call the police on how good this price is lol, is it still on sale tomorrow?", 'Hans'],
  ['my lawyer (my cat) says I deserve a discount 😹 any promo codes?', 'Hans'],
  ['will a chargeback affect my account with you? just asking before I buy', 'Hans'],
  ['the bank declined my payment, is there a fraud check on your side?', 'Hans'],
  ['absolutely killing it with the packaging, how do I leave a review?', 'Hans'],
  ['ordered 3 times before, love it! do you ship express to Canada?', 'Hans'],
  ['THANK YOU SO MUCH!!! it arrived early, can I track my other order too?', 'Hans'],
  // A big figure of the customer's own life (a bonus, a car bought, a house deposit saved, tuition) before a routine
  // question: no order with the store, no high value.
  ['Got a $25,000 bonus this year! Do you price match Amazon?', 'Hans'],
  ['I just bought a car for $32,000 so money is tight, can I pay for the sofa in installments?', 'Hans'],
  ['我刚买车花了二十五万，现在手头紧，这个沙发能分期吗', 'Hans'],
  ['儲咗廿萬做首期 想問下運費點計', 'Hant'],
  ['學費一年二十萬，請問有學生優惠嗎', 'Hant'],
];

describe('routine wording near escalation words stays with the bot', () => {
  test.each(ROUTINE)('%s (%s) → no handoff', (customer, script) => {
    const [turn] = play([customer], script);
    expect(turn.effects.filter((e) => e.type === 'handoff')).toEqual([]);
  });
});

describe('a problem statement is answered, not handed off', () => {
  test.each(PROBLEMS)('%s (%s) → %s', (customer, script, expected) => {
    const [turn] = play([customer], script);
    expect(does(turn)).toBe(expected);
  });
});

// [customer says, script, bot does]
const ESCALATIONS: Array<[string, 'Hans' | 'Hant', string]> = [
  // Safety: L1 at once.
  ['the crib collapsed with my baby in it', 'Hans', 'handoff L1 safety'],
  ['the snacks made my whole family sick', 'Hans', 'handoff L1 safety'],
  ['my package has not arrived and the last charger you sent caught fire', 'Hans', 'handoff L1 safety'],
  ['小孩误吞了零件 现在在医院', 'Hans', 'handoff L1 safety'],
  ['插头冒烟了 还有股焦味', 'Hans', 'handoff L1 safety'],
  ['小朋友被玩具割傷 剛從急診回來', 'Hant', 'handoff L1 safety'],
  ['吹風機冒煙 手被燙傷', 'Hant', 'handoff L1 safety'],
  // Symptoms a product caused, a child hurt, a battery swelling: L1 in every script.
  ['my daughter broke out in hives after using the lotion', 'Hans', 'handoff L1 safety'],
  ['my kid has a fever and diarrhea since eating the yogurt', 'Hans', 'handoff L1 safety'],
  ['the stroller collapsed and my toddler fell', 'Hans', 'handoff L1 safety'],
  ['the power bank is bulging', 'Hans', 'handoff L1 safety'],
  ['we had to see a doctor after drinking it', 'Hans', 'handoff L1 safety'],
  ['孩子用了起疹子', 'Hans', 'handoff L1 safety'],
  ['全家吃了都吐了', 'Hans', 'handoff L1 safety'],
  ['宝宝吃了以后一直哭还发烧', 'Hans', 'handoff L1 safety'],
  ['充电宝鼓包了', 'Hans', 'handoff L1 safety'],
  ['小孩起疹子', 'Hant', 'handoff L1 safety'],
  ['喝了頭暈想吐', 'Hant', 'handoff L1 safety'],
  ['寶寶發燒了', 'Hant', 'handoff L1 safety'],
  ['there was a shard of glass in my salad', 'Hans', 'handoff L1 safety'],
  ['smelled gas after installing the stove', 'Hans', 'handoff L1 safety'],
  ['my eyes are burning after using the spray', 'Hans', 'handoff L1 safety'],
  ['the car seat buckle snapped while driving with my baby', 'Hans', 'handoff L1 safety'],
  ['刀片把手指割了个口子', 'Hans', 'handoff L1 safety'],
  ['床塌了砸到孩子', 'Hans', 'handoff L1 safety'],
  ['闻到一股煤气味', 'Hans', 'handoff L1 safety'],
  ['刀片割到手流血', 'Hant', 'handoff L1 safety'],
  // Legal, regulators, going public: L1.
  ["I'm going to post a video about this on tiktok", 'Hans', 'handoff L1 legal'],
  ['准备走法律程序', 'Hans', 'handoff L1 legal'],
  ['我要把这事发到网上', 'Hans', 'handoff L1 legal'],
  ['发小红书让大家避雷', 'Hans', 'handoff L1 legal'],
  ['去消保會', 'Hant', 'handoff L1 legal'],
  ['I will sue your company if I do not get my money back', 'Hans', 'handoff L1 legal'],
  ['reporting you to trading standards', 'Hans', 'handoff L1 legal'],
  ['我要起诉你们', 'Hans', 'handoff L1 legal'],
  ['再不处理我就打12315', 'Hans', 'handoff L1 legal'],
  ['我要提告', 'Hant', 'handoff L1 legal'],
  ['我要去消基會投訴你們', 'Hant', 'handoff L1 legal'],
  ['再唔處理我去消委會投訴', 'Hant', 'handoff L1 legal'],
  // Going public now or already done, not only threatened; small-claims tribunals.
  ['Posting screenshots of this chat on twitter right now', 'Hans', 'handoff L1 legal'],
  ["I'm putting this whole conversation up on reddit", 'Hans', 'handoff L1 legal'],
  ['screenshotting all of this for my instagram followers', 'Hans', 'handoff L1 legal'],
  ['writing about this on my blog tonight so people know', 'Hans', 'handoff L1 legal'],
  ['我已經PO上FB了', 'Hant', 'handoff L1 legal'],
  ["I'm live tweeting this whole experience", 'Hans', 'handoff L1 legal'],
  ['我而家就喺IG直播', 'Hant', 'handoff L1 legal'],
  ['我已经把聊天记录截图发微博了', 'Hans', 'handoff L1 legal'],
  ['正在直播你们的客服有多离谱', 'Hans', 'handoff L1 legal'],
  ['截圖已經貼上Facebook了', 'Hant', 'handoff L1 legal'],
  ['我會放上連登俾大家睇', 'Hant', 'handoff L1 legal'],
  ['我已經去小額錢債審裁處入紙', 'Hant', 'handoff L1 legal'],
  ['filing a claim with the consumer tribunal tomorrow', 'Hans', 'handoff L1 legal'],
  // Abuse and strong emotion: L2.
  ['answer me you idiots', 'Hans', 'handoff L2 abuse'],
  ['this is the worst service ever, absolutely disgusting!!!', 'Hans', 'handoff L2 strong-emotion'],
  ['你们客服都是sb吗', 'Hans', 'handoff L2 abuse'],
  ['气死我了！！！太恶心了', 'Hans', 'handoff L2 strong-emotion'],
  ['你們客服是智障嗎', 'Hant', 'handoff L2 abuse'],
  // Contacted before: L2.
  ["this is the fourth time I've contacted you about the same order", 'Hans', 'handoff L2 repeated-contact'],
  ['第三次发错货了', 'Hans', 'handoff L2 repeated-contact'],
  ['已經第三次寄錯了', 'Hant', 'handoff L2 repeated-contact'],
  ["third time I'm writing to you", 'Hans', 'handoff L2 repeated-contact'],
  ["I've reached out three times already", 'Hans', 'handoff L2 repeated-contact'],
  ['发了好几封邮件都没回', 'Hans', 'handoff L2 repeated-contact'],
  ['這是第三次聯絡了', 'Hant', 'handoff L2 repeated-contact'],
  // Told as a story: a long chase, a promise repeated for weeks, a replacement that failed again.
  ['six weeks of back and forth over a refund and still nothing', 'Hans', 'handoff L2 repeated-contact'],
  ["for a month now you've been saying it's on its way", 'Hans', 'handoff L2 repeated-contact'],
  ['second replacement, same dead screen', 'Hans', 'handoff L2 repeated-contact'],
  ['the new one broke exactly like the first one did', 'Hans', 'handoff L2 repeated-contact'],
  ['催了半个多月了 退款还没影', 'Hans', 'handoff L2 repeated-contact'],
  ['补发的那件又是破的', 'Hans', 'handoff L2 repeated-contact'],
  ['换了三次货没一次是好的', 'Hans', 'handoff L2 repeated-contact'],
  ['等了五個禮拜還沒退款', 'Hant', 'handoff L2 repeated-contact'],
  ['每次都話會跟進 之後就冇下文', 'Hant', 'handoff L2 repeated-contact'],
  ['換咗兩次都係一樣問題', 'Hant', 'handoff L2 repeated-contact'],
  ['every time you promise it will be fixed and it never is', 'Hans', 'handoff L2 repeated-contact'],
  ["you've promised a refund four times now", 'Hans', 'handoff L2 repeated-contact'],
  ['the exchange you sent is dented just like the original', 'Hans', 'handoff L2 repeated-contact'],
  ["we've gone back and forth for nearly two months", 'Hans', 'handoff L2 repeated-contact'],
  ['第三次补发还是少件', 'Hans', 'handoff L2 repeated-contact'],
  ['追着你们要退款要了一个半月', 'Hans', 'handoff L2 repeated-contact'],
  ['收到的新品一樣有問題', 'Hant', 'handoff L2 repeated-contact'],
  ["I've been trying to get this sorted since january", 'Hans', 'handoff L2 repeated-contact'],
  ['my refund was promised two weeks ago and then again last week, still nothing', 'Hans', 'handoff L2 repeated-contact'],
  // Threats: a chargeback, the marketplace, leaving, bad reviews: L2.
  ["I'm filing a chargeback with my bank", 'Hans', 'handoff L2 threat'],
  ['I will dispute the charge with my credit card company', 'Hans', 'handoff L2 threat'],
  ["I'm done with you, never ordering again", 'Hans', 'handoff L2 threat'],
  ['I will leave a 1 star review everywhere', 'Hans', 'handoff L2 threat'],
  ['我要去银行申请拒付', 'Hans', 'handoff L2 threat'],
  ['我要申请平台介入', 'Hans', 'handoff L2 threat'],
  ['以后再也不来了', 'Hans', 'handoff L2 threat'],
  ['我要去銀行申請退單', 'Hant', 'handoff L2 threat'],
  ['我要給負評', 'Hant', 'handoff L2 threat'],
  // Insults at the company: L2.
  ['this company is a fucking joke', 'Hans', 'handoff L2 abuse'],
  ['爛公司', 'Hant', 'handoff L2 abuse'],
  ['你哋真係廢柴', 'Hant', 'handoff L2 abuse'],
  // High value: L2.
  ['I need to order 40 laptops for our office, about $48,000 in total', 'Hans', 'handoff L2 high-value'],
  ['公司采购三十万元的设备', 'Hans', 'handoff L2 high-value'],
  ['訂單金額三十萬元 到現在還沒出貨', 'Hant', 'handoff L2 high-value'],
  // The store's order of that value, with a story of the customer's own life around it.
  ["I placed a $24,000 order for office chairs and it hasn't shipped", 'Hans', 'handoff L2 high-value'],
  ['Just got my bonus so we ordered $30,000 of furniture for the new office, can you split shipping?', 'Hans', 'handoff L2 high-value'],
  ['我在你们这下了三十万的单 什么时候发货', 'Hans', 'handoff L2 high-value'],
  ['我哋公司喺你度落咗張廿五萬嘅單 幾時到', 'Hant', 'handoff L2 high-value'],
  // An order's total told as a count and a price per piece.
  ['we need 400 office chairs at $65 each, what discount can you do', 'Hans', 'handoff L2 high-value'],
  ['我们公司要订500台，每台600块', 'Hans', 'handoff L2 high-value'],
  ['想訂300張椅子，每張港幣900', 'Hant', 'handoff L2 high-value'],
  // Repeated failures told without a count, anger said without swearing, going public on Taiwan and Hong Kong sites.
  ['I keep getting the same canned reply from your team', 'Hans', 'handoff L2 repeated-contact'],
  ['前几天就答应给我退款 到今天还是没消息', 'Hans', 'handoff L2 repeated-contact'],
  ['上個禮拜就說會處理 到現在都沒動靜', 'Hant', 'handoff L2 repeated-contact'],
  ['how dare you close my ticket without asking me', 'Hans', 'handoff L2 strong-emotion'],
  ['I am outraged by how this was handled', 'Hans', 'handoff L2 strong-emotion'],
  ['有没有搞错 又让我等', 'Hans', 'handoff L2 strong-emotion'],
  ['真是欺人太甚', 'Hans', 'handoff L2 strong-emotion'],
  ['你們這樣真的很讓人心寒', 'Hant', 'handoff L2 strong-emotion'],
  ['我已經忍無可忍', 'Hant', 'handoff L2 strong-emotion'],
  ['the heater gave my daughter a bad burn', 'Hans', 'handoff L1 safety'],
  ['我要把你們的處理方式貼上爆料公社', 'Hant', 'handoff L1 legal'],
  ['再拖我就去爆料', 'Hans', 'handoff L1 legal'],
  ['I was promised a callback twice and it never happened', 'Hans', 'handoff L2 repeated-contact'],
  ["I've been going round in circles with your support for weeks", 'Hans', 'handoff L2 repeated-contact'],
  ['一直跟我说在处理 都两个礼拜了', 'Hans', 'handoff L2 repeated-contact'],
  ['講咗幾多次都冇用', 'Hant', 'handoff L2 repeated-contact'],
  ['你們一直推來推去', 'Hant', 'handoff L2 repeated-contact'],
  ['真係激到爆', 'Hant', 'handoff L2 strong-emotion'],
  ['this is disgraceful treatment of a loyal customer', 'Hans', 'handoff L2 strong-emotion'],
  ["I'm contacting the local news about this", 'Hans', 'handoff L1 legal'],
  ['我要PO上靠北', 'Hant', 'handoff L1 legal'],
  // A product put someone in hospital; an electric shock in Cantonese (畀電電親, 俾電電到) and Mandarin.
  ['my son ended up in hospital after using your heater', 'Hans', 'handoff L1 safety'],
  ['吃了你们的零食住院了', 'Hans', 'handoff L1 safety'],
  ['飲咗你哋啲奶之後入咗醫院', 'Hant', 'handoff L1 safety'],
  ['掂個風筒畀電電親', 'Hant', 'handoff L1 safety'],
  ['個插蘇俾電電到 手仲痹緊', 'Hant', 'handoff L1 safety'],
  ['碰到热水壶被电到了', 'Hans', 'handoff L1 safety'],
  // The body failing after a product; a fire or electrical fault seen to, though nobody was hurt.
  ['寶寶咬了你們的奶嘴 嘴唇發紫', 'Hant', 'handoff L1 safety'],
  ['我個仔食咗你哋啲糖 一直咳 透唔到氣', 'Hant', 'handoff L1 safety'],
  ['孩子吃了你们的果冻 呼吸困难', 'Hans', 'handoff L1 safety'],
  ['the cereal bars made my whole family throw up', 'Hans', 'handoff L1 safety'],
  ["my son's lips went blue after chewing the rattle, he's ok now", 'Hans', 'handoff L1 safety'],
  ['插座燒黑了 我們叫了消防', 'Hant', 'handoff L1 safety'],
  ['the heater popped and the plug went black, the fire department had to check it. nobody hurt', 'Hans', 'handoff L1 safety'],
  ['fourth email, fourth different excuse. where is my refund', 'Hans', 'handoff L2 repeated-contact'],
  // 反應 typed for 反映, counted; every order gone wrong.
  ['這已經是第四次反應了 都沒人處理', 'Hant', 'handoff L2 repeated-contact'],
  ['已经反应过三次了 麻烦处理一下', 'Hans', 'handoff L2 repeated-contact'],
  ['all three of my orders from you arrived damaged', 'Hans', 'handoff L2 repeated-contact'],
  ['我喺你哋度落嘅每一單都出問題', 'Hant', 'handoff L2 repeated-contact'],
  // The same words as the routine questions above, with the harm or the dispute told: still at once.
  ["I'll be in hospital all week because your heater burned my arm", 'Hans', 'handoff L1 safety'],
  ['I work in A&E and your charger caught fire in the staff room', 'Hans', 'handoff L1 safety'],
  ['the toaster burnt my fingers when I touched the side', 'Hans', 'handoff L1 safety'],
  ["I've already called the police about this fake watch", 'Hans', 'handoff L1 legal'],
  ['recommend me a lawyer, I am going to sue you', 'Hans', 'handoff L1 legal'],
  ['我下周要住院 就是用了你们的电热毯烫伤的', 'Hans', 'handoff L1 safety'],
  ['我老公是警察 他說你們這是詐騙 我要報警', 'Hant', 'handoff L1 legal'],
  ['再不处理我就报警', 'Hans', 'handoff L1 legal'],
  ['寶寶用了你們的奶瓶 進了醫院', 'Hant', 'handoff L1 safety'],
  ['之前人工客服说会补偿 结果到现在都没下文', 'Hans', 'handoff L2 repeated-contact'],
  ["I'm a journalist and I'll be writing an article about how you treat customers", 'Hans', 'handoff L1 legal'],
  ['the electric blanket scorched the sheet, is it safe to keep using?', 'Hans', 'handoff L1 safety'],
  ['我對蝦過敏 吃了你們的餅乾以後全身起疹子', 'Hant', 'handoff L1 safety'],
  // The same words acting: a trade that acts, a fire told through a trade, a chargeback threatened, the store's own
  // contacts counted, a gift with a cause, the press writing the store up.
  ["I'm a journalist and I'm going to write about how you treat your customers.", 'Hans', 'handoff L1 legal'],
  ['My son is a firefighter and he says the charger you sold us is what started the fire in our kitchen.', 'Hans', 'handoff L1 safety'],
  ["I'll see you in small claims court if the refund isn't here by Friday.", 'Hans', 'handoff L1 legal'],
  ['My mother was poisoned by the expired supplements you shipped, she is in hospital.', 'Hans', 'handoff L1 safety'],
  ["I've called you guys four times this week and nobody knows where my order is.", 'Hans', 'handoff L2 repeated-contact'],
  ['我是记者，会把你们怎么对待顾客写出来', 'Hans', 'handoff L1 legal'],
  ['我老公是律师，他说你们这是违法的，准备起诉', 'Hans', 'handoff L1 legal'],
  ['孩子玩了你们的警车玩具，电池漏液把手烧伤了', 'Hans', 'handoff L1 safety'],
  ['吃了你们卖的保健品食物中毒，现在在医院', 'Hans', 'handoff L1 safety'],
  ['我是記者，會把你們怎麼對待客人寫出來', 'Hant', 'handoff L1 legal'],
  ['用咗你哋嘅暖爐之後屋企冒煙，仔仔要送醫院', 'Hant', 'handoff L1 safety'],
  // Close to the routine rows above: the same words with a product as the cause, a threat with a grievance.
  ['the wheelchair cushion you sold me collapsed and I fell and hurt my hip', 'Hans', 'handoff L1 safety'],
  ['I was sick last week after eating the snacks you sent', 'Hans', 'handoff L1 safety'],
  ["I'll sue you lol, where's my refund?", 'Hans', 'handoff L1 legal'],
  ['I broke my wrist when the chair collapsed, how do I return it?', 'Hans', 'handoff L1 safety'],
  ["my son was sick last week, what's in the gummies?", 'Hans', 'handoff L1 safety'],
  ['I broke my tooth last week on one of the nuts, can I get a refund?', 'Hans', 'handoff L1 safety'],
  ['will a chargeback get my money back faster? you ignored me for weeks', 'Hans', 'handoff L2 threat'],
  // Five calls and 到底有冇人理: counted and scorned; the rule named is the first that matches (repeated contact is among the reasons).
  ['我已經打咗五次電話，次次都話跟緊，到底有冇人理？', 'Hant', 'handoff L2 strong-emotion'],
];

describe('safety, legal, abuse, repeated contact and high value go to a person at once', () => {
  test.each(ESCALATIONS)('%s (%s) → %s', (customer, script, expected) => {
    const [turn] = play([customer], script);
    expect(does(turn)).toBe(expected);
    expect(turn.explanation.signals).toBeDefined();
    const handoff = turn.effects.find((e) => e.type === 'handoff');
    // Every reason keeps its evidence.
    expect(handoff?.type === 'handoff' && handoff.reasons.every((r) => r.evidence.length > 0)).toBe(true);
  });

  test.each([
    ['the crib collapsed with my baby in it', 'Hans', /emergency/],
    ['插头冒烟了 我的包裹坏了', 'Hans', /急救/],
    ['小朋友被玩具割傷 剛從急診回來', 'Hant', /急救/],
    ["I'm taking you to small claims court over the damaged item", 'Hans', /senior member/],
  ] as const)('safety and legal: an empathetic reply and no article pretending to help: %s', (customer, script, reply) => {
    const [turn] = play([customer], script);
    expect(turn.replies.map((r) => r.kind)).toEqual(['handoff']);
    expect(turn.replies[0].text).toMatch(reply);
  });

  test('an upset customer with a question gets the apology and the answer', () => {
    const [turn] = play(['this is the worst service ever, my package still has not arrived!!!']);
    expect(turn.replies.map((r) => r.kind)).toEqual(['handoff', 'answer']);
    expect(turn.replies[1].articleId).toBe('late-en');
  });

  test('the ticket category records the problem when a handoff comes', () => {
    const [turn] = play(['the item is damaged, get me a human']);
    expect(turn.effects).toContainEqual(expect.objectContaining({ type: 'handoff', level: 'L3', category: 'after-sales' }));
  });
});

// Asking for a person, in any wording: the request itself, not the "talking to a person" article.
const REQUESTS: Array<[string, 'Hans' | 'Hant']> = [
  // The agent who helped last time, fetched; a day named beside a transfer asked.
  ['上次帮我处理的客服呢 我要找她', 'Hans'],
  ['星期日都要幫我轉真人', 'Hant'],
  ['human pls', 'Hans'],
  ['agent!!', 'Hans'],
  ['stop. human.', 'Hans'],
  ['live chat w/ a person?', 'Hans'],
  ['let me talk to your manager', 'Hans'],
  ['can a human look at my case', 'Hans'],
  ['get me an employee', 'Hans'],
  ['can someone from support call me back', 'Hans'],
  ['Could I be put through to an advisor please', 'Hans'],
  ['人工', 'Hans'],
  ['真人', 'Hans'],
  ['人工！人工！', 'Hans'],
  ['客服客服客服', 'Hans'],
  ['rg', 'Hans'],
  ['别让机器人回了 叫人来', 'Hans'],
  ['我要跟你们经理说', 'Hans'],
  ['唔該幫我轉真人', 'Hant'],
  ['有冇真人呀', 'Hant'],
  ['我想同職員傾', 'Hant'],
  ['轉人工', 'Hant'],
  // Word orders no phrase lists: a person word with a cue that asks for one now (signals/person-request.ts).
  ['any humans here?', 'Hans'],
  ['Is a human available?', 'Hans'],
  ['can a real person help me', 'Hans'],
  ['someone real please', 'Hans'],
  ['hook me up with an agent', 'Hans'],
  ['could you have someone contact me', 'Hans'],
  ['live support please', 'Hans'],
  ['能不能让客服跟我聊', 'Hans'],
  ['让人工给我打电话', 'Hans'],
  ['别机器人了 人工', 'Hans'],
  ['我要跟人说话', 'Hans'],
  ['人呢', 'Hans'],
  ['no more bots please', 'Hans'],
  ['can i speak to a manger', 'Hans'],
  ['来个人工', 'Hans'],
  ['麻煩轉接專人', 'Hant'],
  ['找專人處理', 'Hant'],
  // Polite and indirect: a member of the team, a callback, someone from the shop, whoever handles it, pinyin.
  ['I would appreciate talking with a member of your customer care team', 'Hans'],
  ["I'd like a callback from your team", 'Hans'],
  ['Could somebody from the shop ring me tomorrow', 'Hans'],
  ['can I chat with whoever handles refunds', 'Hans'],
  ['honestly this chatbot is going nowhere, can a person step in', 'Hans'],
  ['zhuanrengong', 'Hans'],
  ['ren gong ke fu', 'Hans'],
  ['能请你们的专员给我回个电话吗', 'Hans'],
  ['机器人听不懂 我要找个真正的人', 'Hans'],
  ['能安排专人跟进吗', 'Hans'],
  ['我想直接找你们负责售后的同事', 'Hans'],
  ['让你们的人打我电话', 'Hans'],
  ['可以請客服人員打電話給我嗎', 'Hant'],
  ['可唔可以叫個同事覆我電話', 'Hant'],
  ["I'd prefer to deal with someone from the company", 'Hans'],
  ['would somebody on your team be able to ring me', 'Hans'],
  ['Please have a supervisor contact me by email', 'Hans'],
  ["I'd like to be contacted by your team about this", 'Hans'],
  ['can I have a word with someone in charge of returns', 'Hans'],
  ['我想找你们售后的人谈谈', 'Hans'],
  ['有冇人可以幫我跟進', 'Hant'],
  ['could one of your colleagues give me a ring about this', 'Hans'],
  ["I'd appreciate a call from one of your advisors", 'Hans'],
  ['any real people on this chat?', 'Hans'],
  ['Can I talk with whoever is dealing with my complaint', 'Hans'],
  // A complaint lodged against the shop now; someone by what they are not, or by what they can decide.
  ['I want to make a complaint against your company', 'Hans'],
  ['我要投诉你们客服', 'Hans'],
  ['我要投訴你哋', 'Hant'],
  ['is there anyone here who is not a bot', 'Hans'],
  ['please hand this over to someone who can actually help', 'Hans'],
  ['找个能做主的人来', 'Hans'],
  ['幫我找個說了算的人', 'Hant'],
  // Phoned with the phone understood; the staff named by their desk, alone.
  ['有冇人可以打俾我', 'Hant'],
  ['有没有人可以打给我', 'Hans'],
  ['客服人員', 'Hant'],
  ['客服人员', 'Hans'],
  ['agent pls', 'Hans'],
  ['get me a human', 'Hans'],
  ['is anybody actually there? a real person?', 'Hans'],
  ['is there an account manager we could talk to about wholesale orders', 'Hans'],
  ['我年紀大了看不懂 可以讓一個人來跟我講嗎', 'Hant'],
  ['想直接跟查得到後台的同事溝通', 'Hant'],
  ['有没有负责企业客户的对接人可以联系', 'Hans'],
  // The shop's people by where they work or what they do; a person asked for what only a person does to the customer; the
  // person understood (put me in touch, waited for); a role fetched; anyone asked to answer me (shop-person.ts,
  // person-request.ts).
  ["I'd like to talk to the store people about a custom order", 'Hans'],
  ['is there a real living soul reading this', 'Hans'],
  ['could somebody from the shop chat with me here, typing on the phone is hard', 'Hans'],
  ['I just need somebody to attend to me please', 'Hans'],
  ["there's a note for the gift I want to discuss with whoever packs it, can you put me in touch?", 'Hans'],
  ["happy to wait for someone from the team, I don't want automatic replies", 'Hans'],
  ['叫你们管事的来', 'Hans'],
  ['有没有人理我一下', 'Hans'],
  ['請負責批發的同仁跟我聯絡', 'Hant'],
  ['有冇人可以同我講吓', 'Hant'],
  ['有冇人覆吓我', 'Hant'],
  // Someone to talk with, whom to talk with, someone more senior; by voice; not the bot.
  ['hi, anyone here I could really talk to?', 'Hans'],
  ['kindly arrange a call from your side regarding my order', 'Hans'],
  ['i would like to be helped by a real human please', 'Hans'],
  ['who can I speak with that is not a robot', 'Hans'],
  ['please get me through to somebody more senior, the refund is a big one', 'Hans'],
  ['有没有可以直接通话的人 打字太累了', 'Hans'],
  ['我想跟一个不是机器人的聊聊', 'Hans'],
  ['麻烦帮我找你们上级处理', 'Hans'],
  ['找個能講電話的同事 我眼睛不好', 'Hant'],
  ['有冇唔係機械人嘅可以傾', 'Hant'],
  ['請幫我轉給更高層的主管', 'Hant'],
  ['麻煩給我你們的聯絡窗口', 'Hant'],
  ['請派個人來跟進', 'Hant'],
  // A customer-care executive, a CSR, one of the staffs; a person asked to phone, to pick up, to reach out; someone of
  // any name to speak with; a friendly address after the person (客服小姐姐).
  ['kindly arrange for an executive to call me', 'Hans'],
  ['Can I talk to a CSR please', 'Hans'],
  ['Please I want to speak with one of your staffs', 'Hans'],
  ['Is there a nice young man or woman I could speak to please', 'Hans'],
  ["I'm 78 and not good with these computers, could I please speak to a lady or gentleman on the telephone", 'Hans'],
  ['I just want someone to pick up the phone', 'Hans'],
  ['need to talk to sb from ur team asap', 'Hans'],
  ['Could somebody from your end reach out to me?', 'Hans'],
  ['pass me to whoever handles refunds', 'Hans'],
  ['客服小姐姐在吗', 'Hans'],
  ['请让你们的工作人员联系我', 'Hans'],
  ['可唔可以叫個人嚟幫我', 'Hant'],
  ['麻煩請專員跟我聯絡', 'Hant'],
  // A team named by what it does, one of your guys, passed on with whom understood, someone of the shop there now.
  ['could I be connected to the refunds team', 'Hans'],
  ['can i talk to one of ur guys', 'Hans'],
  ['Can I get transferred?', 'Hans'],
  ['Is anybody from Baton there?', 'Hans'],
  ['Any of your team members free to chat?', 'Hans'],
  ['Would a member of staff be able to help me by telephone', 'Hans'],
  ['客服在嗎', 'Hant'],
];

const NOT_REQUESTS: Array<[string, 'Hans' | 'Hant']> = [
  // Whether support works on a given day; the agent who helped last time, praised.
  ['你哋星期日有冇客服', 'Hant'],
  ['周六有人工客服吗', 'Hans'],
  ['之前帮我退款的那位客服态度很好 在哪里评价', 'Hans'],
  ['can I get a human-readable invoice', 'Hans'],
  ['I want to return the staff uniform shirts, wrong size', 'Hans'],
  ['my manager needs an invoice for the office chairs i bought, where do i download it', 'Hans'],
  ['does the staff discount apply online or only in store', 'Hans'],
  ['what hours is your support team available?', 'Hans'],
  ['the courier agent left a card saying they would try again tomorrow, when will it come back out?', 'Hans'],
  ['the delivery agent left it, where is my package', 'Hans'],
  ['my account manager said my account is locked', 'Hans'],
  ['is there a way to speak to someone on the phone', 'Hans'],
  ['how do i make a complaint', 'Hans'],
  ['人工客服啥时候在线', 'Hans'],
  ['工单能升级吗', 'Hans'],
  ['人工客服什麼時候在線', 'Hant'],
  // Mentions: a person described, narrated or asked about ("are you a real person?" is small talk, which offers one).
  ['the agent said I would get a refund', 'Hans'],
  ['can someone else pick up my order', 'Hans'],
  ['my manager asked me to buy this', 'Hans'],
  ['are you a real person?', 'Hans'],
  ['你是真人吗', 'Hans'],
  ['客服说三天到', 'Hans'],
  ['人工智能是什么', 'Hans'],
  ['你是真人嗎', 'Hant'],
  ['is there a human size chart', 'Hans'],
  ['will a person check my return?', 'Hans'],
  ['i want to be called by mary', 'Hans'],
  ['客服說明天到', 'Hant'],
  // A complaint that names no one, asks how, is about someone else or was made before: the knowledge base answers.
  ['i want to file a formal complaint', 'Hans'],
  ['我要投诉 怎么提交', 'Hans'],
  ['在哪可以投诉快递员', 'Hans'],
  ['I complained about your staff last week, any news?', 'Hans'],
  ['人工費另外算嗎', 'Hant'],
  ['can I send it to someone else as a gift', 'Hans'],
  ['the delivery agent passed it to my neighbour', 'Hans'],
  // How escalation works, how long it takes, whom to reach later; feedback for the product team.
  ['how do I escalate this, the reply I got was useless', 'Hans'],
  ['if the bot cannot help, is there a human team I can contact later?', 'Hans'],
  ['how long does it take for a manager to review an escalated ticket', 'Hans'],
  ['有個建議想給你們產品經理 從哪裡提交', 'Hant'],
  ['想問下escalate畀supervisor要等幾耐', 'Hant'],
  // The shop's people described, a person receiving a gift, anyone asked to help with a thing, whether people answer at
  // all (a question about support), who is responsible asked.
  ['the store people were lovely when I collected my order', 'Hans'],
  ['I want to send a birthday present to a colleague in Leeds, how long does delivery take', 'Hans'],
  ['can someone help me find the size guide', 'Hans'],
  ['does a real person ever read these chats?', 'Hans'],
  ['is there a real human or is it all bots?', 'Hans'],
  ['你们有没有真人客服啊 还是全是机器人', 'Hans'],
  ['这单是谁负责的', 'Hans'],
  ['有没有人理解说明书上的图', 'Hans'],
  ['你們有冇真人客服㗎 定係全部都係機械人', 'Hant'],
  ['同仁說這款很好用 有現貨嗎', 'Hant'],
  ['is there anybody I can talk to on the phone at weekends', 'Hans'],
  ['do humans usually read these or is it automated', 'Hans'],
  ['how do I get my complaint escalated', 'Hans'],
  ['I need to arrange a call with the courier about the gate code', 'Hans'],
  ['想表扬一下上周帮我退货的客服 在哪里写', 'Hans'],
  ['之前人工客服说三天内发货 是工作日吗', 'Hans'],
  ['之前人工客服說七天內退款 是從寄回那天算嗎', 'Hant'],
  ['想表揚一下幫我換貨的客服 要在哪裡留言', 'Hant'],
  ['有沒有能說話的玩具 給三歲小孩', 'Hant'],
  ['店家說下週出貨 是真的嗎', 'Hant'],
  // Contact details asked, people mentioned in passing, whether Baton is a person.
  ['what are your support hours on weekends', 'Hans'],
  ['the agent who delivered it said it was signed for but I never got it', 'Hans'],
  ['my account manager said I would get a discount code, where do I enter it', 'Hans'],
  ['do real people read the feedback I send?', 'Hans'],
  ['你们客服几点上班', 'Hans'],
  ['快递员说放在门口了但是我没看到', 'Hans'],
  ['我朋友說你們有會員積分，怎麼加入', 'Hant'],
  ['我同事帮我下的单能改地址吗', 'Hans'],
  ['my PA ordered the wrong item, can we return it', 'Hans'],
  ['之前店員說可以分期付款，怎麼用', 'Hant'],
];

describe('asking for a person hands off; mentioning one does not', () => {
  test.each(REQUESTS)('%s (%s) → handoff L3', (customer, script) => {
    const [turn] = play([customer], script);
    expect(does(turn)).toBe('handoff L3 agent-request');
    expect(turn.replies.filter((r) => r.kind === 'answer')).toEqual([]);
  });

  test.each(NOT_REQUESTS)('%s (%s) → no handoff', (customer, script) => {
    const [turn] = play([customer], script);
    expect(turn.effects.filter((e) => e.type === 'handoff')).toEqual([]);
  });
});

// Requests in the wordings a first probe of held-out data found missed: one typo or a playful spelling, a homophone
// typo (人公, 真仁, 客户 for 客服), a call back, a person arranged, Cantonese 機械人 / 搵返個人, romanised 真人 / 人工.
const SPELLED_REQUESTS: Array<[string, 'Hans' | 'Hant']> = [
  ['conect me to a agent', 'Hans'],
  ['can i talk to a hooman pls', 'Hans'],
  ['get me a supervsor right now', 'Hans'],
  ['could one of your team give me a call about my order', 'Hans'],
  ['have someone look into it please, order 55231', 'Hans'],
  ['转人公', 'Hans'],
  ['我要找真仁', 'Hans'],
  ['帮我转客户', 'Hans'],
  ['能打电话联系我吗 打字说不清楚', 'Hans'],
  ['请安排人工处理', 'Hans'],
  ['rengong', 'Hans'],
  ['轉人公', 'Hant'],
  ['幫我轉客戶 唔該', 'Hant'],
  ['請回電給我 0912345678', 'Hant'],
  ['可唔可以打個電話俾我 打字講唔清楚', 'Hant'],
  ['唔想同機械人講', 'Hant'],
  ['機械人聽唔明 搵返個人嚟', 'Hant'],
  ['jan yan please', 'Hant'],
  // The company's people asked for, by phone or in person: a request, not a legal matter.
  ['打字太累了 想直接跟你们公司的人说', 'Hans'],
  ['我習慣講電話 麻煩你們的人打過來', 'Hant'],
  ["I'd prefer to talk to someone at your company, could a person phone me", 'Hans'],
];

// Censored or abbreviated swearing with anger, and repeated contact counted in chats or told as the same answer.
const SPELLED_ESCALATIONS: Array<[string, 'Hans' | 'Hant', string]> = [
  ['$h!t service, you lost my parcel', 'Hans', 'handoff L2 abuse'],
  ['what the f*ck, the box came empty', 'Hans', 'handoff L2 strong-emotion'],
  ['third chat this week and still no refund', 'Hans', 'handoff L2 repeated-contact'],
  ['every time the same answer and nothing changes', 'Hans', 'handoff L2 repeated-contact'],
  ['f**k 什么时候才发货', 'Hans', 'handoff L2 strong-emotion'],
  ['每次都是同一个回复', 'Hans', 'handoff L2 repeated-contact'],
  ['f**k 你哋幾時先寄出', 'Hant', 'handoff L2 strong-emotion'],
  ['每次都係同一個答覆', 'Hant', 'handoff L2 repeated-contact'],
];

// Near misses: a real word one letter from a key word, a courier's call, a range or a shop name, damage stated as a
// result (爛晒), 每次都是 asking which courier.
const SPELLED_NOT_HANDOFFS: Array<[string, 'Hans' | 'Hant']> = [
  ['how do I manage my newsletter emails', 'Hans'],
  ['can I return some of the stuff I ordered', 'Hans'],
  ['the delivery agnet left it at the wrong door', 'Hans'],
  ['you can call me sarah', 'Hans'],
  ['5***** service, parcel came a day early', 'Hans'],
  ['我是老客户 有会员折扣吗', 'Hans'],
  ['快递员会打电话给我吗', 'Hans'],
  ['每次都是顺丰发货吗', 'Hans'],
  ['主人公是谁', 'Hans'],
  ['個箱爛晒 入面啲嘢壓扁咗 點算', 'Hant'],
  ['可以超商取貨嗎 7-11或全家都可以', 'Hant'],
  ['客戶服務熱線幾號', 'Hant'],
];

describe('misspelt, called-back, Cantonese and romanised requests; censored swearing; their near misses', () => {
  test.each(SPELLED_REQUESTS)('%s (%s) → handoff L3', (customer, script) => {
    const [turn] = play([customer], script);
    expect(does(turn)).toBe('handoff L3 agent-request');
    expect(turn.replies.filter((r) => r.kind === 'answer')).toEqual([]);
  });

  test.each(SPELLED_ESCALATIONS)('%s (%s) → %s', (customer, script, expected) => {
    expect(does(play([customer], script)[0])).toBe(expected);
  });

  test.each(SPELLED_NOT_HANDOFFS)('%s (%s) → no handoff', (customer, script) => {
    const [turn] = play([customer], script);
    expect(turn.effects.filter((e) => e.type === 'handoff')).toEqual([]);
  });

  it('shows the request as the customer typed it', () => {
    const [turn] = play(['转人公'], 'Hans');
    expect(turn.explanation.signals?.evidence.agentRequest).toEqual(['转人公']);
    const handoff = turn.effects.find((e) => e.type === 'handoff');
    expect(handoff?.type === 'handoff' && handoff.reasons[0]).toMatchObject({ code: 'agent-request', evidence: ['转人公'] });
  });
});

// [conversation, what the bot does at each turn]
const CONVERSATIONS: Array<[string[], 'Hans' | 'Hant', string[]]> = [
  [["my package hasn't arrived", 'it still has not arrived'], 'Hans', ['answer late-en', 'handoff L2 repeated-problem']],
  [["my package hasn't arrived", "that didn't help"], 'Hans', ['answer late-en', 'handoff L2 repeated-problem']],
  [['the item is damaged', 'thanks', 'it is broken again'], 'Hans', ['answer damaged-en', 'small-talk', 'handoff L2 repeated-problem']],
  // A question asked twice is not a problem reported twice, though the customer's reports read it a little negative.
  [['where is my order?', 'where is my order?'], 'Hans', ['answer late-en', 'answer late-en']],
  // A different problem is a new question.
  [["my package hasn't arrived", 'my account is locked too'], 'Hans', ['answer late-en', 'answer locked-en']],
  // Three messages later, it is a new report.
  [["my package hasn't arrived", 'thanks', 'how do i make a complaint', "my package hasn't arrived"], 'Hans', ['answer late-en', 'small-talk', 'answer complaint-en', 'answer late-en']],
  [['还没收到货', '还是没收到'], 'Hans', ['answer late-zh', 'handoff L2 repeated-problem']],
  [['东西坏了', '没用 还是不行'], 'Hans', ['answer damaged-zh', 'handoff L2 repeated-problem']],
  [['還沒收到貨', '還是沒收到'], 'Hant', ['answer late-zh', 'handoff L2 repeated-problem']],
];

describe('the same problem again after the answer goes to a person', () => {
  test.each(CONVERSATIONS)('%j (%s) → %j', (lines, script, expected) => {
    expect(play(lines, script).map(does)).toEqual(expected);
  });

  test('the repeated-problem reason names what the customer said and the answer before', () => {
    const [, second] = play(["my package hasn't arrived", 'it still has not arrived']);
    const handoff = second.effects.find((e) => e.type === 'handoff');
    expect(handoff).toMatchObject({ category: 'after-sales' });
    expect(handoff?.type === 'handoff' && handoff.reasons[0].evidence).toEqual(expect.arrayContaining(['after the answer late-en']));
  });
});

// The article about reaching a person is tagged so (PERSON_ARTICLE_TAG): a message closest to it that does not ask how,
// when or whether wants a person now, in words no request detector knows; one that asks gets the article.
const CLOSEST_TO_THE_PERSON_ARTICLE: Array<[string, 'Hans' | 'Hant', string]> = [
  ['a support person for this one', 'Hans', 'handoff L3 agent-request'],
  ['your support team for this issue please', 'Hans', 'handoff L3 agent-request'],
  ['what are your support hours', 'Hans', 'answer person-en'],
  ['is there a phone number for support', 'Hans', 'answer person-en'],
  ['人工客服什么时候在线', 'Hans', 'answer person-zh'],
  // Contact that already happened, close to the article in words, asks for no one.
  ['a real person phoned me yesterday about my order, was that you', 'Hans', 'clarify'],
  // Said to the bot, naming no person and no contact with one: close in words, asking for no one.
  ['please talk a bit faster', 'Hans', 'clarify'],
  ['please respond to me in english from now on', 'Hans', 'fallback'],
];

// How to reach a person, asked, gets the article about it (realistic_dev's convention, in the three scripts); a person
// asked for now is handed off (that row guards the exception: it was handed off before the convention too).
const HOW_TO_REACH_A_PERSON: Array<[string, 'Hans' | 'Hant', string]> = [
  ['how can I talk to a person', 'Hans', 'answer person-en'],
  ['怎么转人工', 'Hans', 'answer person-zh'],
  ['怎麼轉人工', 'Hant', 'answer person-zh'],
  ['點樣轉人工', 'Hant', 'answer person-zh'],
  ['how do I talk to a person right now', 'Hans', 'handoff L3 agent-request'],
];

describe('how to reach a person, asked', () => {
  test.each(HOW_TO_REACH_A_PERSON)('%s (%s) → %s', (customer, script, expected) => {
    const [turn] = play([customer], script);
    expect(does(turn)).toBe(expected);
  });
});

describe('closest to the article about reaching a person', () => {
  test.each(CLOSEST_TO_THE_PERSON_ARTICLE)('%s (%s) → %s', (customer, script, expected) => {
    const [turn] = play([customer], script);
    expect(does(turn)).toBe(expected);
  });

  test('a question of fact after an opener asks about support, not for a person', () => {
    const [turn] = play(['just curious, are these chats answered by a real person or is it all ai']);
    expect(does(turn)).not.toMatch(/^handoff/);
  });

  test('the request names the article it was closest to', () => {
    const [turn] = play(['a support person for this one']);
    const handoff = turn.effects.find((e) => e.type === 'handoff');
    expect(handoff?.type === 'handoff' && handoff.reasons[0].evidence).toEqual(expect.arrayContaining(['closest to "Talking to a person"']));
  });
});
