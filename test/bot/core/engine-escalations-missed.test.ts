/**
 * Escalations that were handed to the bot, as conversations of one message: `[customer says, script, bot does]` in
 * English, simplified and traditional Chinese (typed as customers type them; the engine folds them). Each block is one
 * mechanism, and beside it the routine messages it must leave alone:
 *
 * - sarcasm and scorn aimed at the shop (shop-sarcasm.ts): praise said of the shop beside a failure, thanks for a
 *   failure, surprise feigned at one more, what is wrong with them, regret at having bought there, shame at how it trades;
 * - an insult with a word between the shop and it ("are you all this stupid", 你们是有病吗);
 * - going public in other shapes (going-public.ts): the shop's conduct as what is published (公开你哋点样对客), the press the
 *   customer knows beside a warning, a tip-off with the outlet named, "telling everyone on facebook what a rip off this
 *   is", reviews wished on the shop, its other customers shown the chat;
 * - the law and the authorities in Taiwan's, Hong Kong's and the mainland's words (追诉, 委托律所, 市长热线) and "you'll be
 *   served";
 * - repeats told as the same answer as an earlier contact, in idiom (三番五次, 一再) and Cantonese (讲极都冇用);
 * - harm told as a fire had, a bang at the socket, a sprain (扭伤, 拗伤);
 * - the key words typed with one slip ("lawer", "hospitl").
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const TOLD: Array<[string, Script, string]> = [
  // From blind47 and blind49's even rows, read after their scoring: a laugh beside how the store treats customers, content
  // about the store already out and counted, the press told of the store by its readers.
  ['Posting this whole chat on twitter tonight so everyone sees how you treat customers lol', 'Hans', 'handoff L1 legal'],
  ['my tiktok about your broken packaging already has 40k views. want to fix this before part 2?', 'Hans', 'handoff L1 legal'],
  ["I'm a reporter with the local paper and several readers told us about orders going missing from your store", 'Hans', 'handoff L1 legal'],
  // Sarcasm and scorn aimed at the shop: L2.
  ['you guys are hilarious. a month for a refund. hilarious.', 'Hans', 'handoff L2 strong-emotion'],
  ['cheers, really appreciate you sending me an empty box. twice.', 'Hans', 'handoff L2 strong-emotion'],
  ['what a surprise, another delay. colour me shocked', 'Hans', 'handoff L2 strong-emotion'],
  ['honestly what is wrong with you people', 'Hans', 'handoff L2 strong-emotion'],
  ["I'm starting to think you don't actually want my money", 'Hans', 'handoff L2 strong-emotion'],
  // Someone of the shop's wished out of their job is abuse (complaint.ts), and a strong emotion with it.
  ['i hope whoever designed this website gets fired', 'Hans', 'handoff L2 abuse'],
  ['呵呵，你们真厉害，把我的东西又弄丢了', 'Hans', 'handoff L2 strong-emotion'],
  ['你们太会做生意了，卖个坏的给我还不给退', 'Hans', 'handoff L2 strong-emotion'],
  ['你们就是这么对待老客户的？', 'Hans', 'handoff L2 strong-emotion'],
  ['我真是瞎了眼在你们家买东西', 'Hans', 'handoff L2 strong-emotion'],
  ['真是服了你们了，做生意做成这样，丢人', 'Hans', 'handoff L2 strong-emotion'],
  ['呵呵，你們真厲害，又把我的包裹弄丟了', 'Hant', 'handoff L2 strong-emotion'],
  ['這就是你們的服務？', 'Hant', 'handoff L2 strong-emotion'],
  ['我真係盲咗眼先會喺你哋度買嘢', 'Hant', 'handoff L2 strong-emotion'],
  ['商家太黑了吧，收了錢不發貨', 'Hant', 'handoff L2 strong-emotion'],
  ['呢間舖頭真係離晒譜，收咗錢唔出貨', 'Hant', 'handoff L2 strong-emotion'],
  ['这家店太黑了，收了钱不发货', 'Hans', 'handoff L2 strong-emotion'],
  ['get your act together', 'Hans', 'handoff L2 strong-emotion'],
  ['I have been more than patient', 'Hans', 'handoff L2 strong-emotion'],
  ["you lot couldn't organise a piss up in a brewery", 'Hans', 'handoff L2 strong-emotion'],
  ['你们这种公司早晚倒闭', 'Hans', 'handoff L2 strong-emotion'],
  ['hope you go bust', 'Hans', 'handoff L2 strong-emotion'],
  ['三小啦，客服都在睡覺喔', 'Hant', 'handoff L2 abuse'],
  ["this is the last time I'm asking nicely", 'Hans', 'handoff L2 strong-emotion'],
  ["you've ruined my daughter's birthday", 'Hans', 'handoff L2 strong-emotion'],
  ['耐心都被你们磨光了', 'Hans', 'handoff L2 strong-emotion'],
  ['你們把我女兒的生日都毀了', 'Hant', 'handoff L2 strong-emotion'],
  ["I'm so done with this company", 'Hans', 'handoff L2 threat'],
  // An insult with a word between the shop and it: L2.
  ['are you all this stupid or is it just the ones on chat', 'Hans', 'handoff L2 abuse'],
  ['cowboys, the lot of you', 'Hans', 'handoff L2 abuse'],
  ['你们是有病吗', 'Hans', 'handoff L2 abuse'],
  ['你們是有病嗎', 'Hant', 'handoff L2 abuse'],
  ['靠北喔，客服是死了嗎', 'Hant', 'handoff L2 abuse'],
  ['柒頭客服', 'Hant', 'handoff L2 abuse'],
  // Going public: L1.
  ["I'll be telling everyone on facebook what a rip off this is", 'Hans', 'handoff L1 legal'],
  ['Enjoy the google reviews. All of them. From my whole family.', 'Hans', 'handoff L1 legal'],
  ['Wonder how your other customers would feel if they saw these messages. Guess they\'ll find out soon.', 'Hans', 'handoff L1 legal'],
  ['我认识电视台的记者，到时候别怪我', 'Hans', 'handoff L1 legal'],
  ['我表哥在报社，你们自己看着办', 'Hans', 'handoff L1 legal'],
  // The press or everyone told with no publishing verb; ratings left everywhere.
  ["I'm going to the local news with this", 'Hans', 'handoff L1 legal'],
  ['leaving 1 star everywhere and telling every mum group im in', 'Hans', 'handoff L1 legal'],
  ['我已經寫好稿投去報館。俾全香港都知你哋點對待客人', 'Hant', 'handoff L1 legal'],
  ['我會喺Facebook同IG公開你哋點樣對客', 'Hant', 'handoff L1 legal'],
  ['我會將成件事放上Dcard同IG，等大家睇清楚你哋間公司係點做生意', 'Hant', 'handoff L1 legal'],
  ['我會上東森爆料', 'Hant', 'handoff L1 legal'],
  ['搵埋蘋果日報同東方日報報料', 'Hant', 'handoff L1 legal'],
  ['我朋友喺電視台做，到時唔好怪我', 'Hant', 'handoff L1 legal'],
  // The law and the authorities: L1.
  ["if the refund isn't back by monday you'll be served. simple as that", 'Hans', 'handoff L1 legal'],
  ['我打了市长热线', 'Hans', 'handoff L1 legal'],
  ['先问一下发票怎么开，另外你们那个质量问题我已经委托律所处理了', 'Hans', 'handoff L1 legal'],
  ['我會保留法律追訴權', 'Hant', 'handoff L1 legal'],
  ['我去信访', 'Hans', 'handoff L1 legal'],
  ["I'll be exploring my legal options", 'Hans', 'handoff L1 legal'],
  ["you've been reported", 'Hans', 'handoff L1 legal'],
  ["I'm a lawyer myself so be careful what you say next", 'Hans', 'handoff L1 legal'],
  ['I work for the local paper, just saying', 'Hans', 'handoff L1 legal'],
  ['funny how my review disappeared from your site. reposted it on reddit', 'Hans', 'handoff L1 legal'],
  ['putting this all over twitter', 'Hans', 'handoff L1 legal'],
  ['我是律師，你們說話小心一點', 'Hant', 'handoff L1 legal'],
  ['I will pursue this legally', 'Hans', 'handoff L1 legal'],
  ['我已經向食藥署通報了', 'Hant', 'handoff L1 legal'],
  ['我會去海關投訴你哋商品說明不實', 'Hant', 'handoff L1 legal'],
  ['我會投書媒體', 'Hant', 'handoff L1 legal'],
  ["I'm reporting you to the health department", 'Hans', 'handoff L1 legal'],
  ["my MP's office is now involved", 'Hans', 'handoff L1 legal'],
  ["I've contacted Which? about this", 'Hans', 'handoff L1 legal'],
  // Repeats: L2.
  ['Hi it\'s me again, Sandra, regarding the duvet. Same story as Tuesday and Thursday.', 'Hans', 'handoff L2 repeated-contact'],
  ['this is literally the same answer the last guy gave me word for word', 'Hans', 'handoff L2 repeated-contact'],
  ['三番五次地联系，一次都没给解决', 'Hans', 'handoff L2 repeated-contact'],
  ['一再跟你们反映，到现在还是这样', 'Hans', 'handoff L2 repeated-contact'],
  ['講極都冇用，次次都係咁', 'Hant', 'handoff L2 repeated-contact'],
  // Failures counted by month or by order; anger said in Cantonese with 我 inside (激到我爆炸); anyone at all asked for.
  ['上个月漏发 这个月又漏发 连续三单了 绝了', 'Hans', 'handoff L2 repeated-contact'],
  ['three orders in a row now with missing items', 'Hans', 'handoff L2 repeated-contact'],
  ['激到我爆炸 订单又被取消', 'Hant', 'handoff L2 strong-emotion'],
  ["can you get yesterday's agent (Priya) back or any other human", 'Hans', 'handoff L3 agent-request'],
  ['三番四次打嚟都冇人理', 'Hant', 'handoff L2 repeated-contact'],
  ['覆極都係同一句', 'Hant', 'handoff L2 repeated-contact'],
  ["I've now been in touch four times about the missing helmet", 'Hans', 'handoff L2 repeated-contact'],
  ["a bit disappointed tbh, third time the parcel's been left in the rain", 'Hans', 'handoff L2 repeated-contact'],
  ['second time the wrong item has arrived', 'Hans', 'handoff L2 repeated-contact'],
  ['我上禮拜反映過，這禮拜又發生一樣的問題', 'Hant', 'handoff L2 repeated-contact'],
  ['成日都係咁，冇一次準時', 'Hant', 'handoff L2 repeated-contact'],
  ["every time I'm told it's being looked into", 'Hans', 'handoff L2 repeated-contact'],
  // Harm: L1.
  ['we had a small fire. the fairy lights from you. all out now. still pretty upset tbh', 'Hans', 'handoff L1 safety'],
  ['the humidifier leaked into the socket and there was a loud bang and a flash. im fine i think, just a bit shaky', 'Hans', 'handoff L1 safety'],
  ['插头砰的一声，吓死我了', 'Hans', 'handoff L1 safety'],
  ['昨天用你们的跑步机，膝盖挫伤了', 'Hans', 'handoff L1 safety'],
  ['個梯塌咗，我跌落嚟拗傷隻腳，要睇跌打', 'Hant', 'handoff L1 safety'],
  ["my toddler got hold of the dishwasher pods because the child lock doesn't work", 'Hans', 'handoff L1 safety'],
  ['i think the chicken was off, been up all night being sick', 'Hans', 'handoff L1 safety'],
  ['mild issue: the kettle leaks onto the plug', 'Hans', 'handoff L1 safety'],
  ['热水壶底下漏水到插座了', 'Hans', 'handoff L1 safety'],
  ['蓝牙耳机在耳朵里爆了', 'Hans', 'handoff L1 safety'],
  ['行動電源在包包裡炸了', 'Hant', 'handoff L1 safety'],
  ['my wife needed an inhaler after using the cleaning spray you sent', 'Hans', 'handoff L1 safety'],
  // A high amount written in thousands is an order's size, not a dispute taken outside: L2, not L1.
  ['Our company is looking at outfitting a new office, roughly $65k in furniture and monitors. Who handles corporate accounts?', 'Hans', 'handoff L2 high-value'],
  // Typed with a slip: L1.
  ['im gonna get a lawer involved if this isnt fixed', 'Hans', 'handoff L1 legal'],
  ['lawer letter is on its way', 'Hans', 'handoff L1 legal'],
  ['my son ended up in hospitl because of the toy', 'Hans', 'handoff L1 safety'],
  // The store's advice followed several times and failing still (advice-failed.ts): repeated, on the first message.
  ['already reset password like 6 times and still locked out, tried everything u said', 'Hans', 'handoff L2 repeated-contact'],
  ['did the return label thing twice already and both labels got rejected at the post office, again', 'Hans', 'handoff L2 repeated-contact'],
  ['followed your steps four times and the app still crashes', 'Hans', 'handoff L2 repeated-contact'],
  ['我已經照你哋講嘅方法試咗三次 都係登入唔到', 'Hant', 'handoff L2 repeated-contact'],
  ['照你哋教嘅做咗幾次 都係收唔到驗證碼', 'Hant', 'handoff L2 repeated-contact'],
  // A colloquial amount: 一 left out (萬五 = 15 000), 成 before it, 蚊 the dollar.
  ['成萬五蚊嘅相機寄嚟係壞嘅', 'Hant', 'handoff L2 high-value'],
  ['萬二蚊嘅電視開唔到機', 'Hant', 'handoff L2 high-value'],
  // The press known, and a dare.
  ['我认识报社记者 不信你们试试', 'Hans', 'handoff L1 legal'],
  ['我朋友係報館記者 唔信你哋試吓', 'Hant', 'handoff L1 legal'],
  ['我舅舅在報社當記者 不信你們試試', 'Hant', 'handoff L1 legal'],
  ['my cousin works at the local paper, try me', 'Hans', 'handoff L1 legal'],
  ['i know a reporter at the times, watch me', 'Hans', 'handoff L1 legal'],
];

const ROUTINE: Array<[string, Script]> = [
  ['my video about your lamp design has 2k likes lol, do you have it in green?', 'Hans'],
  ["I'm a reporter, do you have a press contact for samples?", 'Hans'],
  ['订了3件 到了只有2件 怎么办', 'Hans'],
  ['the parcel went to the newsagent next door, can I collect it there', 'Hans'],
  ['我在报社上班 能开发票吗', 'Hans'],
  ['我是公司HR 想给员工买礼品卡发福利 有批量的吗', 'Hans'],
  ['我在人資部門 想幫同事買禮物卡 有大量購買的方案嗎', 'Hant'],
  ['上个月买的很好 这个月又想买一件', 'Hans'],
  // Praise meant, thanks for a fix, the customer's own slip, surprise at good news.
  ['you guys are amazing, it arrived in two days', 'Hans'],
  ['you lot are brilliant, thanks again for the help', 'Hans'],
  ['you guys are great, I lost my receipt though, can you resend it', 'Hans'],
  ['what a surprise, it came a day early!', 'Hans'],
  ["what's wrong with my order, it says on hold", 'Hans'],
  ['你们真厉害，第二天就到了', 'Hans'],
  ['呵呵，我自己填错地址了，能改吗', 'Hans'],
  ['算我倒霉，地址写错了，能改吗', 'Hans'],
  ['后悔没早点买，太好用了', 'Hans'],
  ['你哋真係好叻，第二日就到咗', 'Hant'],
  // The press, tip-offs and hotlines asked about or named innocently.
  ['我表哥在报社工作，想给他买个礼物', 'Hans'],
  ['网上有人爆料说你们要打折，是真的吗', 'Hans'],
  ['市长热线的电话是多少啊，我想问问别的事', 'Hans'],
  ['律师事务所可以开发票吗', 'Hans'],
  ['包裹卡在海关了，要去海关拿吗', 'Hans'],
  ['請問寄到北邊那棟，地址靠北門那邊可以嗎', 'Hant'],
  ['買了三小包，可以分開寄嗎', 'Hant'],
  ['can you report this fault to the manufacturer', 'Hans'],
  ['is the sweater the same as the one in the picture before?', 'Hans'],
  ['我朋友喺電視台做嘢，想買份禮物俾佢', 'Hant'],
  ['enjoy your weekend! when will my order ship', 'Hans'],
  // Counted routine, a fire pit, a camera flash, a sprain as the reason to buy, a word one slip from a key word.
  ['一再推荐朋友来买，有返利吗', 'Hans'],
  ['打極都打唔通電話，你哋幾點開門', 'Hant'],
  ['we had a fire pit delivered, the lid is missing', 'Hans'],
  ["the camera flash doesn't work, how do I return it", 'Hans'],
  ['扭伤了脚，想买个护踝', 'Hans'],
  ['扭傷咗腳，想買護踝', 'Hant'],
  ['my cake has three layers, can you deliver it flat', 'Hans'],
  ["each time I'm told about a sale I get excited lol, when's the next one", 'Hans'],
  ['my son opened the knife set for his birthday, are the blades dishwasher safe', 'Hans'],
  ['你们家黑色有货吗', 'Hans'],
  ['你們太黑科技了吧，這麼快就到了', 'Hant'],
  ["I'm exploring my options for a bigger size", 'Hans'],
  ['my skin is peeling from sunburn, do you sell aloe vera gel', 'Hans'],
  ['my son needed an inhaler for his asthma last year, is this duvet hypoallergenic', 'Hans'],
  ['been up all night being sick with flu so missed the courier, can you redeliver', 'Hans'],
  ['the rain ruined my day, is my parcel waterproof', 'Hans'],
  ["I'm so done with this heatwave lol, do you have fans in stock", 'Hans'],
  ['I have been more than happy with my orders', 'Hans'],
  ['我是律師，要開公司抬頭的發票', 'Hant'],
  ['如果又出现同样的问题怎么办', 'Hans'],
  ['你们是不是都在放假，什么时候发货', 'Hans'],
  ['這個顏色老是這樣嗎', 'Hant'],
  ['I spilled water on the charger, is it covered by warranty?', 'Hans'],
  ['我不小心把水灑到充電器上了，保固嗎', 'Hant'],
  ['the reposted photo of the dress on instagram, is it still available', 'Hans'],
  ['third time the courier has been early, thanks', 'Hans'],
  ['手机屏幕爆了，能换屏吗', 'Hans'],
  ['这款充电宝卖爆了，还有货吗', 'Hans'],
  ['耳機爆款什麼時候補貨', 'Hant'],
  ['hope you guys have a great christmas', 'Hans'],
  ['你们这种公司怎么注册的，我也想开店', 'Hans'],
  // Own tries counted with no advice named, the advice that worked; a colloquial amount asked about; the press known
  // beside praise or a question.
  ["tried twice to log in, what's the password rule?", 'Hans'],
  ['like you said, I reset it twice and now it works, thanks!', 'Hans'],
  ['试了两次优惠码都不行 怎么回事', 'Hans'],
  ['按你们说的方法试了两次 终于可以登录了', 'Hans'],
  ['試了兩次都登入唔到 點算', 'Hant'],
  ['万五的相机值得买吗', 'Hans'],
  ['萬五嘅相機有冇現貨', 'Hant'],
  ['千五蚊嘅耳機有冇得退', 'Hant'],
  ['我表哥是记者 他说你们家东西不错', 'Hans'],
  ['我認識報社記者 佢話你哋啲嘢好抵', 'Hant'],
  ['my friend is a journalist and she loves your store', 'Hans'],
];

describe('escalations in the shapes the bot used to miss are handed off at their level', () => {
  test.each(TOLD)('%s (%s) → %s', (text, script, expected) => {
    expect(does(play([text], script)[0])).toBe(expected);
  });
});

describe('routine messages beside those shapes stay with the bot', () => {
  test.each(ROUTINE)('%s (%s)', (text, script) => {
    expect(does(play([text], script)[0])).not.toMatch(/^handoff/);
  });
});
