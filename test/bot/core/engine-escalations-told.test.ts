/**
 * Escalations told without the usual words, as conversations of one message: `[customer says, script, bot does]` in
 * English, simplified and traditional Chinese (typed as customers type them; the engine folds them). Contacts counted in
 * any form, an authority named by an everyday word, a summons, an audience or a video going viral as a threat, an
 * account used by someone else told as facts, a chargeback through the card company, a scald, shouting; and the routine
 * messages near each that stay with the bot.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const TOLD: Array<[string, 'Hans' | 'Hant', string]> = [
  // Contacts counted in the customer's own words: L2.
  ["I've rung your helpline about this a dozen times", 'Hans', 'handoff L2 repeated-contact'],
  ['after six calls and two emails I still have no refund', 'Hans', 'handoff L2 repeated-contact'],
  ['spent my whole afternoon on the phone with your support', 'Hans', 'handoff L2 repeated-contact'],
  ['电话打了无数个 还是没解决', 'Hans', 'handoff L2 repeated-contact'],
  ['客服热线排队等了两个多小时', 'Hans', 'handoff L2 repeated-contact'],
  ['我打咗十幾個電話畀你哋 冇人理', 'Hant', 'handoff L2 repeated-contact'],
  ['寄了三封email都沒回', 'Hant', 'handoff L2 repeated-contact'],
  // An authority named by an everyday word, a summons: L1.
  ["I'm reporting you to customs, these are fakes", 'Hans', 'handoff L1 legal'],
  ['刚刚找了工商 他们说会处理', 'Hans', 'handoff L1 legal'],
  ['你们就等着吃传票', 'Hans', 'handoff L1 legal'],
  ['我要去公平會檢舉你們', 'Hant', 'handoff L1 legal'],
  ['我已經去郵政局申訴了', 'Hant', 'handoff L1 legal'],
  // An audience of thousands as a threat, the dispute going viral: L1.
  ['I have 40k followers and they will hear about this', 'Hans', 'handoff L1 legal'],
  ["I'll make sure this goes viral", 'Hans', 'handoff L1 legal'],
  ['我小红书有五万粉 自己掂量', 'Hans', 'handoff L1 legal'],
  ['我有三萬個追蹤者 自己想清楚', 'Hant', 'handoff L1 legal'],
  // Someone else in the account, told as facts: L1.
  ["I don't recognise these three orders on my account", 'Hans', 'handoff L1 account-takeover'],
  ['somebody changed my password and placed two orders', 'Hans', 'handoff L1 account-takeover'],
  ['我的邮箱被人改了 还下了单', 'Hans', 'handoff L1 account-takeover'],
  ['有人用我嘅帳戶落單', 'Hant', 'handoff L1 account-takeover'],
  // The money taken back through the card company: L2.
  ["I'm asking my card provider to reverse it", 'Hans', 'handoff L2 threat'],
  // A scald: L1, never an insult (滚水 is boiling water).
  ['the coffee maker spat boiling water onto my wrist', 'Hans', 'handoff L1 safety'],
  ['开水溅到宝宝脸上了', 'Hans', 'handoff L1 safety'],
  ['電熱水壺的滾水噴到我手臂', 'Hant', 'handoff L1 safety'],
  // More of the same kinds in other words.
  ["someone's got into my account and is ordering stuff to another city", 'Hans', 'handoff L1 account-takeover'],
  ['I got a password reset email I never asked for and now I cannot log in', 'Hans', 'handoff L1 account-takeover'],
  ['有筆訂單不是我下的', 'Hant', 'handoff L1 account-takeover'],
  ["I've explained this to five different people now", 'Hans', 'handoff L2 repeated-contact'],
  ['每次打來都叫我等 等了三個禮拜', 'Hant', 'handoff L2 repeated-contact'],
  ["I've told my bank not to pay you", 'Hans', 'handoff L2 threat'],
  ['我會叫發卡行退款', 'Hant', 'handoff L2 threat'],
  ['以後不會再買你們家的', 'Hant', 'handoff L2 threat'],
  ["you'll be hearing from my lawyers' office", 'Hans', 'handoff L1 legal'],
  ['我會找民意代表處理', 'Hant', 'handoff L1 legal'],
  ['我已經去派出所備案了', 'Hant', 'handoff L1 legal'],
  ['我會同傳媒講', 'Hant', 'handoff L1 legal'],
  ['我要瘋了 你們這樣搞', 'Hant', 'handoff L2 strong-emotion'],
  // A customer at risk of harming themselves; the police told in Cantonese; a driver's threat.
  ['我唔想再活落去', 'Hant', 'handoff L1 safety'],
  ["I don't want to live anymore", 'Hans', 'handoff L1 safety'],
  ['我已經報咗警，你哋呃錢', 'Hant', 'handoff L1 legal'],
  ['送貨司機威脅話要打我', 'Hant', 'handoff L1 safety'],
  // Going public: an audience made to see how the store behaves, someone the customer knows at the press: L1.
  ['抖音上发视频 让几十万粉丝看看你们怎么坑人的', 'Hans', 'handoff L1 legal'],
  ['my cousin works at the paper and she wants to run a story on this. last chance to fix it', 'Hans', 'handoff L1 legal'],
  ['my sister is a reporter at channel 4', 'Hans', 'handoff L1 legal'],
  ["I'll put a video on youtube so my followers can see how you scam people", 'Hans', 'handoff L1 legal'],
  ['我要拍片上傳IG 俾我啲followers睇下你哋點樣呃人', 'Hant', 'handoff L1 legal'],
  ['我在PTT上發文讓鄉民看看這家店怎麼對待客人', 'Hant', 'handoff L1 legal'],
  ['我姐是電視台記者', 'Hant', 'handoff L1 legal'],
  // Shouting in capitals with runs of "!": L2.
  ['I HAVE BEEN WAITING FOR WEEKS!!!!!', 'Hans', 'handoff L2 strong-emotion'],
];

// Near each: the same words in a routine message.
const ROUTINE: Array<[string, 'Hans' | 'Hant']> = [
  ['you sent me 3 emails about the sale', 'Hans'],
  ['I was on hold for 20 minutes, is that normal', 'Hans'],
  ['will customs charge me import duty?', 'Hans'],
  ['工商银行的卡能用吗', 'Hans'],
  ['我是做会计的 要开传票吗', 'Hans'],
  ['包裹在海關 要去海關拿嗎', 'Hant'],
  ['I have 200k followers, do you do collabs?', 'Hans'],
  ['the lamp went viral on tiktok, is it back in stock?', 'Hans'],
  ['我有十萬粉絲 可以合作推廣嗎', 'Hant'],
  ['can I add items to an order I haven\'t placed yet', 'Hans'],
  ['HOW DO I CHANGE MY DELIVERY ADDRESS', 'Hans'],
  ['THANK YOU SO MUCH!!!! LOVE IT!!!', 'Hans'],
  ['热水壶可以烧开水吗', 'Hans'],
  ['滾筒洗衣機有貨嗎', 'Hant'],
  ['這單不是我下的，是我老公下的 能取消嗎', 'Hant'],
  ['要去派出所報案嗎', 'Hant'],
  ['my gift card balance is 20 and I haven\'t used it yet, does it expire', 'Hans'],
  ["I'm telling my viewers about your sale", 'Hans'],
  ['my cousin works at the paper, can you deliver there?', 'Hans'],
  ['I read about you in the news, do you ship to Canada?', 'Hans'],
  ["I'm a content creator with 50k followers, love your brand", 'Hans'],
  ['saw your ad on tiktok', 'Hans'],
  ['我是小紅書博主 有五萬粉絲 很喜歡你們家', 'Hant'],
  ['我老公在報社上班 週末能送嗎', 'Hant'],
  ['the rice started to char in the rice cooker, is that normal', 'Hans'],
];

describe('escalations told without the usual words', () => {
  test.each(TOLD)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test.each(ROUTINE)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
});

// Escalations told with a frame rather than a word, a sample of many written apart from the rules: a harm seen on the
// body or a product in a dangerous state, a dispute channel (a claim court, the card's issuer), an audience or the
// press, contacts counted by weeks, days or things sent, anger shown in the body, an insult asked.
const FRAMED: Array<[string, 'Hans' | 'Hant', string]> = [
  ["my daughter's lips swelled up after the lip balm", 'Hans', 'handoff L1 safety'],
  ['I had to grab the fire extinguisher when the candle warmer went up', 'Hans', 'handoff L1 safety'],
  ['the teether split and my 8 month old was gagging on a bit of silicone', 'Hans', 'handoff L1 safety'],
  ['女儿用了你们的润唇膏 嘴巴肿起来了', 'Hans', 'handoff L1 safety'],
  ['小狗啃了你们的磨牙棒 现在便血', 'Hans', 'handoff L1 safety'],
  ['行動電源在包包裡膨脹發燙', 'Hant', 'handoff L1 safety'],
  ['個暖爐著咗火 成間屋都係煙', 'Hant', 'handoff L1 safety'],
  ["I've instructed a firm to recover the money", 'Hans', 'handoff L1 legal'],
  ['I will go to the DTI if this is not resolved po', 'Hans', 'handoff L1 legal'],
  ["My son works at the Daily Mail and he's very interested", 'Hans', 'handoff L1 legal'],
  ['my youtube channel is going to hear all about this', 'Hans', 'handoff L1 legal'],
  ['咱们法庭见', 'Hans', 'handoff L1 legal'],
  ['記者朋友說很有興趣', 'Hant', 'handoff L1 legal'],
  ['我會上報紙', 'Hant', 'handoff L1 legal'],
  ['我已經喺IG限動發咗 好多朋友都分享緊', 'Hant', 'handoff L1 legal'],
  ["I've given my bank the go-ahead to reverse it", 'Hans', 'handoff L2 threat'],
  ["I've told Visa it was not as described, they're handling it now", 'Hans', 'handoff L2 threat'],
  ['我會同信用卡公司講 要佢哋退返筆錢', 'Hant', 'handoff L2 threat'],
  ["I've been passed around for three weeks", 'Hans', 'handoff L2 repeated-contact'],
  ['you promised a call back on Monday, then Wednesday, then Friday. nobody called', 'Hans', 'handoff L2 repeated-contact'],
  ['Kindly note this is my 4th reminder regarding the same issue', 'Hans', 'handoff L2 repeated-contact'],
  ['这已经是第三个坏的了', 'Hans', 'handoff L2 repeated-contact'],
  ['打了三个礼拜电话 没一个人能说清楚', 'Hans', 'handoff L2 repeated-contact'],
  ['被踢來踢去三個禮拜了', 'Hant', 'handoff L2 repeated-contact'],
  ['打咗成十次電話都冇人覆', 'Hant', 'handoff L2 repeated-contact'],
  ["I'm shaking with anger right now", 'Hans', 'handoff L2 strong-emotion'],
  ['气得我手都在抖', 'Hans', 'handoff L2 strong-emotion'],
  ['嬲到爆', 'Hant', 'handoff L2 strong-emotion'],
  ['are you thick or something', 'Hans', 'handoff L2 abuse'],
  ['你们是猪吗', 'Hans', 'handoff L2 abuse'],
];

// Near them: the same issuers, products, counts and words in routine messages.
const FRAMED_ROUTINE: Array<[string, 'Hans' | 'Hant']> = [
  ['my bank declined the payment twice, why?', 'Hans'],
  ['how long until the refund shows up on my credit card', 'Hans'],
  ['if the payment fails will my bank reverse it?', 'Hans'],
  ['can I change the delivery address to my solicitor\'s office', 'Hans'],
  ['is the fire extinguisher back in stock', 'Hans'],
  ['the email you sent about my order had the wrong date', 'Hans'],
  ['each one has a different colour, can I pick', 'Hans'],
  ['we deliver on Monday, Wednesday and Friday?', 'Hans'],
  ['空气炸锅不加热了 能保修吗', 'Hans'],
  ['退款多久能到信用卡', 'Hans'],
  ['第三个颜色还有货吗', 'Hans'],
  ['你們上新聞了嗎', 'Hant'],
  ['退款幾時會退返張信用卡', 'Hant'],
  ['行動電源幾時有貨', 'Hant'],
];

describe('escalations told with a frame', () => {
  test.each(FRAMED)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test.each(FRAMED_ROUTINE)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
});

// English told by its outcome or its process, a sample written apart from the rules: harm told as what followed
// (surgery, a pet dead, a call to 111, an inhaler), court process without "sue" (litigation, a court date, a subpoena, a
// tribunal by its initials), a regulator abbreviated, going public as spreading or a review held over the shop, the card
// company told with the subject left out.
const OUTCOMES: Array<[string, 'Hans' | 'Hant', string]> = [
  ['My puppy ate part of the so-called indestructible toy and needed surgery to get it out.', 'Hans', 'handoff L1 safety'],
  ['Our rabbit died after chewing the cable protector you sell as pet safe.', 'Hans', 'handoff L1 safety'],
  ['Mate, the camping stove flared up and took my eyebrows off. Not ideal.', 'Hans', 'handoff L1 safety'],
  ['My toddler got hold of the essential oil bottle, no child cap, we called 111 and they told us to go in.', 'Hans', 'handoff L1 safety'],
  ['The cleaner made my daughter wheeze so badly we had to use her inhaler and then go to the walk-in centre.', 'Hans', 'handoff L1 safety'],
  ['the dog harness buckle broke and he ran into the road and got clipped by a car', 'Hans', 'handoff L1 safety'],
  ['Please preserve all records relating to my order, litigation is likely.', 'Hans', 'handoff L1 legal'],
  ["You'll be served papers next week.", 'Hans', 'handoff L1 legal'],
  ["I've got a court date set for the 12th of March regarding my order.", 'Hans', 'handoff L1 legal'],
  ["I'll be filing with VCAT next week unless you refund me.", 'Hans', 'handoff L1 legal'],
  ["Fine, I'll let the magistrate sort it out then.", 'Hans', 'handoff L1 legal'],
  ["I've spoken to a no win no fee firm about what happened.", 'Hans', 'handoff L1 legal'],
  ["Our family lawyer has advised us not to return the product as it's evidence.", 'Hans', 'handoff L1 legal'],
  ["I've filed with the AG's office.", 'Hans', 'handoff L1 legal'],
  ['Next stop is the Competition and Markets Authority, your pricing is dodgy.', 'Hans', 'handoff L1 legal'],
  ['Rest assured this will be all over Facebook by tonight.', 'Hans', 'handoff L1 legal'],
  ['Will be putting this on LinkedIn so other businesses avoid you.', 'Hans', 'handoff L1 legal'],
  ["I'm leaving reviews on every platform I can find until you refund me.", 'Hans', 'handoff L1 legal'],
  ["I'll go viral with this if I have to.", 'Hans', 'handoff L1 legal'],
  ["I've contacted A Current Affair.", 'Hans', 'handoff L1 legal'],
  ['Just raised a dispute with Visa for the missing order.', 'Hans', 'handoff L2 threat'],
  ['Told Barclaycard about the non delivery and they\'re handling it.', 'Hans', 'handoff L2 threat'],
  ["I'm going to charge this back through my bank.", 'Hans', 'handoff L2 threat'],
];

// Near them: the same words in routine messages.
const OUTCOMES_ROUTINE: Array<[string, 'Hans' | 'Hant']> = [
  ['How long does a refund to my Amex take?', 'Hans'],
  ['I posted about your store on Instagram, do I get loyalty points for that?', 'Hans'],
  ['Can you recommend a good lawyer in Sydney?', 'Hans'],
  ['Is the fire pit in stock again?', 'Hans'],
  ['I want to dispute the shipping fee, I paid for express and got standard.', 'Hans'],
];

describe('escalations told by outcome or process', () => {
  test.each(OUTCOMES)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test.each(OUTCOMES_ROUTINE)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
});
