/**
 * Routine messages that only look like escalations, read by their frame, as conversations of one message: `[customer
 * says, script, bot does]` in English, simplified and traditional Chinese (Taiwan usage and Cantonese). Each table is
 * one reading and, near each row, the message in the same words that still hands over:
 *
 * - a case supposed, not told (supposed.ts): the harm of an "if" clause, 如果 / 万一 / 要是;
 * - the customer's own illness or injury told as why a date was missed, an errand forgotten or typing is slow
 *   (harm-elsewhere.ts);
 * - the police, a court or a lawyer as the one who needs a record of the order, or what it is for (word-role.ts);
 * - a fire or a blast that is a flood of messages or a burst of a sense (word-role.ts, 轰炸);
 * - praise still to come, asked how to make it count (praise-post.ts);
 * - a feeling aimed away, with the clause that tells why it is felt, or disowned for the shop (emotion-aim.ts);
 * - back with a second errand, a lapse of the customer's own again, an e-mail address gone (earlier-contact.ts,
 *   counted-routine.ts);
 * - a person described or narrated, a document sent: no person asked for (person-request.ts, agent-request.ts,
 *   agent-request-learned.ts);
 * - coming back with a "where do I" errand, the store recommended, a status that said the same (new-errand.ts,
 *   contact-role.ts); swearing that cheers (lexicon-en.ts).
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

type Row = [string, Script];
type Kept = [string, Script, string];

const SUPPOSED: Row[] = [
  ['what if the lamp you send me catches fire, is there a safety guarantee', 'Hans'],
  ['can i claim on the warranty if the battery swells', 'Hans'],
  ['is it a problem if the charger gets a bit warm', 'Hans'],
  ['what happens if my kid swallows a piece, are the toys tested for safety', 'Hans'],
  ['what are my consumer rights if something turns out faulty', 'Hans'],
  ['如果充电宝鼓包了 你们保修吗', 'Hans'],
  ['要是商品有质量问题可以起诉吗 我就是问问', 'Hans'],
  ['如果行動電源膨脹 有保固嗎', 'Hant'],
  ['如果插頭冒煙 可以退貨嗎', 'Hant'],
];
const SUPPOSED_KEPT: Kept[] = [
  ['what should I do if my son swallowed a magnet', 'Hans', 'handoff L1 safety'],
  ['the charger is sparking, what if it catches fire tonight', 'Hans', 'handoff L1 safety'],
  ['if the heater catches fire again i\'m calling trading standards', 'Hans', 'handoff L1 safety'],
  ['充电宝已经鼓包了 如果爆炸怎么办', 'Hans', 'handoff L1 safety'],
  ['如果你们再不退款 我就去12315投诉', 'Hans', 'handoff L1 legal'],
  ['電暖器昨天冒煙 如果又冒煙怎麼辦', 'Hant', 'handoff L1 safety'],
];

const EXCUSE: Row[] = [
  ['was ill with flu all week and forgot to cancel, can i still cancel it', 'Hans'],
  ['got food poisoning on holiday so missed the delivery, can you redeliver', 'Hans'],
  ["sprained my ankle so couldn't post the return in time, can i still send it back", 'Hans'],
  ['前几天发烧住院了 没来得及取消订单 现在还能取消吗', 'Hans'],
  ['手受伤了打字慢 订单到哪了', 'Hans'],
  ['前陣子發燒住院 沒來得及取消訂單 現在還可以取消嗎', 'Hant'],
  ['我屋企人入咗醫院 包裹可以改地址嗎', 'Hant'],
];
const EXCUSE_KEPT: Kept[] = [
  ['was sick after eating your cake and missed work, can i get a refund', 'Hans', 'handoff L1 safety'],
  ['i was ill for a week after using the face cream, forgot to return it, can i still', 'Hans', 'handoff L1 safety'],
  ['吃了你们的零食拉肚子住院了 错过了退货期 还能退吗', 'Hans', 'handoff L1 safety'],
  ['孩子用了你们的霜过敏住院 忘了退货 还能退吗', 'Hans', 'handoff L1 safety'],
  ['手被你們的鍋燙傷了 打字慢 可以退嗎', 'Hant', 'handoff L1 safety'],
];

const RECORD: Row[] = [
  ['need a receipt for the police report after my bag was stolen', 'Hans'],
  ["the court case i'm in needs me to show when i ordered this, where can i see order history", 'Hans'],
  ['for a court hearing i need proof of the delivery date, is that on the tracking page', 'Hans'],
  ['律师让我提供购买记录 在哪里看', 'Hans'],
  ['警察要購買紀錄 哪裡查', 'Hant'],
  ['派出所立案需要購物紀錄 在哪裡查', 'Hant'],
];
const RECORD_KEPT: Kept[] = [
  ["i need a receipt for my lawyer because i'm suing you", 'Hans', 'handoff L1 legal'],
  ['i need the receipt for my court case against your company', 'Hans', 'handoff L1 legal'],
  ['律师要购买记录 准备起诉你们', 'Hans', 'handoff L1 legal'],
  ['警察要發票 因為你們賣的是贓物', 'Hant', 'handoff L1 legal'],
];

const FLOOD: Row[] = [
  ['my phone blew up with notifications from your app, how do i turn them off', 'Hans'],
  ['my inbox is on fire with your marketing emails, how do i unsubscribe', 'Hans'],
  // A junk-mail folder (垃圾信件匣) is a place looked in, not rubbish said of the shop.
  ['下單快一個小時了，確認信還沒收到，垃圾信件匣也看過了', 'Hant'],
  // A mouth on fire is the heat of spice.
  ['is the habanero sauce back in stock? the one that sets your mouth on fire', 'Hans'],
  ['my tongue is still on fire from that chilli oil lol, do you ship it to france', 'Hans'],
  ['the explosion of colour on that scarf is gorgeous, is it silk', 'Hans'],
  ['手机被你们的通知轰炸了 怎么关掉', 'Hans'],
  ['手機被你們的通知轟炸了 怎麼關', 'Hant'],
];
const FLOOD_KEPT: Kept[] = [
  ['the phone blew up with a loud bang', 'Hans', 'handoff L1 safety'],
  ['my phone exploded with smoke everywhere', 'Hans', 'handoff L1 safety'],
  ['手机爆炸了 怎么办', 'Hans', 'handoff L1 safety'],
  ['手機炸了 還冒煙', 'Hant', 'handoff L1 safety'],
];

const PRAISE_TO_COME: Row[] = [
  ["i'm going to write a glowing review on trustpilot, where do i post it", 'Hans'],
  ['will tell all my friends how great you are! do you have a referral code', 'Hans'],
  ['我会在朋友圈推荐你们的 有推荐码吗', 'Hans'],
  ['打算发微博夸夸你们 能给个优惠码不', 'Hans'],
  ['我會跟朋友大推 有推薦碼嗎', 'Hant'],
];
const PRAISE_TO_COME_KEPT: Kept[] = [
  ["i'll tell all my friends how useless you are, do you have a referral code lol", 'Hans', 'handoff L2 threat'],
  ["i'll tell everyone how 'great' you are, where do i post my review", 'Hans', 'handoff L2 threat'],
  ['我要发微博让大家看看你们 有推荐码吗', 'Hans', 'handoff L1 legal'],
  ['我要在IG讓大家看看你們 可以標記你們嗎', 'Hant', 'handoff L1 legal'],
];

const FEELING_EXPLAINED: Row[] = [
  ['so annoyed with my phone, autocorrect messed up my email when i signed up, how do i change it', 'Hans'],
  ["i'm so mad at amazon they lost my parcel, do you deliver faster", 'Hans'],
  ["i'm livid with my landlord, the page froze at payment, was i charged", 'Hans'],
  // A question without its mark: "was I charged", 还能用什么付款.
  ['被银行气死了 它把我的卡冻结了 还能用什么付款', 'Hans'],
  ['被銀行氣死 卡又被鎖 還能用什麼付款', 'Hant'],
];
const FEELING_EXPLAINED_KEPT: Kept[] = [
  ["I'm so mad at myself for trusting you, when is my refund coming?", 'Hans', 'handoff L2 strong-emotion'],
  ["i'm so angry with my husband, your courier dumped the parcel in the rain, where do i complain", 'Hans', 'handoff L2 strong-emotion'],
  ['你们太恶心了 气死我了 什么时候退款', 'Hans', 'handoff L2 strong-emotion'],
  ['你們真的太爛了 氣死我了 什麼時候退款', 'Hant', 'handoff L2 strong-emotion'],
];

// The customer disowns the feeling for the shop, in so many words, and tells nothing of the shop's it could be about.
const FEELING_DISOWNED: Row[] = [
  ['Pissed off beyond belief today, nothing to do with you guys. How long is delivery to Spain?', 'Hans'],
  ['刚跟房东吵了一架，气死了，跟你们没关系。寄到深圳要几天？', 'Hans'],
  ['今日同業主嗌咗交，好嬲，唔關你哋事。請問幾時有貨？', 'Hant'],
  ['剛跟婆婆吵完，氣死了，不是說你們喔。請問可以超商取貨嗎？', 'Hant'],
];
const FEELING_DISOWNED_KEPT: Kept[] = [
  ["Not your fault, but I'm absolutely livid the parcel still isn't here, when will it come?", 'Hans', 'handoff L2 strong-emotion'],
  ['跟你们没关系，但是快递又晚了，气死了，什么时候到？', 'Hans', 'handoff L2 strong-emotion'],
  ['唔關你哋事？你哋寄嚟啲嘢爛晒，激死，點退貨', 'Hant', 'handoff L2 strong-emotion'],
];

// Back with a second errand, the first one's case settled or not told as failing; the customer's own lapse again; an
// e-mail address gone (not an e-mail sent).
const RETURN_VISIT: Row[] = [
  ['Me again! Last time I asked about sizing, this time I want to know if you ship to Malta.', 'Hans'],
  ['forgot my pin again haha, third time this year, how do I reset it?', 'Hans'],
  ["my old email doesn't exist anymore and it's the one my account uses, how do I change it?", 'Hans'],
  ['又是我，昨天问了配送，今天想问怎么用积分', 'Hans'],
  ['又係我呀，上次問過退貨，今次想問下禮品卡點用', 'Hant'],
  ['我又嚟咗，上次問嘅嘢唔記得咗，退貨要幾多日內？', 'Hant'],
];
const RETURN_VISIT_KEPT: Kept[] = [
  ['me again, I asked about my refund on Monday and still nothing', 'Hans', 'handoff L2 repeated-contact'],
  ['forgot my password again, second time this month, and the reset email still never came', 'Hans', 'handoff L2 repeated-contact'],
  ['又是我，上次问过退款，到现在还没到账', 'Hans', 'handoff L2 repeated-contact'],
  ['又係我，琴日問過補發，到而家都未寄', 'Hant', 'handoff L2 repeated-contact'],
];

const NO_PERSON_ASKED: Row[] = [
  ['the delivery guy was a real person not a robot lol, anyway where do i rate the delivery', 'Hans'],
  ['your chat agent yesterday was a real star, how do i compliment her', 'Hans'],
  ['can someone email me the invoice', 'Hans'],
  ['客服小哥人超好 帮我解决了 想给五星', 'Hans'],
  ['客服小姐人超好 想給五星', 'Hant'],
];
const NO_PERSON_ASKED_KEPT: Kept[] = [
  ['i want a real person not a robot', 'Hans', 'handoff L3 agent-request'],
  ['the one thing i want is a real person not a robot', 'Hans', 'handoff L3 agent-request'],
  ['can someone email me about my order', 'Hans', 'handoff L3 agent-request'],
  ['客服人超好 帮我转人工', 'Hans', 'handoff L3 agent-request'],
  ['客服人很好 但我要找真人', 'Hant', 'handoff L3 agent-request'],
];

const ROUTINE_AGAIN: Row[] = [
  ['back again lol, where do i get the label', 'Hans'],
  ["twice now i've recommended you to friends, do i get anything", 'Hans'],
  ['the tracking has said out for delivery three days in a row, is it lost', 'Hans'],
  ['FUCK YES IT ARRIVED EARLY, thank you!! how do i leave a review', 'Hans'],
  // The Chinese readers already read these so (new-errand.ts, counted-routine.ts): kept beside the English.
  ['又来了哈哈 请问怎么改邮箱', 'Hans'],
  ['又來回購了 會員點數怎麼算', 'Hant'],
];
const ROUTINE_AGAIN_KEPT: Kept[] = [
  ['back again about my refund, where do i find it', 'Hans', 'handoff L2 repeated-contact'],
  ["i've contacted you three days in a row about the tracking", 'Hans', 'handoff L2 repeated-contact'],
  ['FUCK YOU, where is my order', 'Hans', 'handoff L2 abuse'],
  ['又来问了 退款到底什么时候到 第三次了', 'Hans', 'handoff L2 repeated-contact'],
  ['這是第三次問了 退款到底什麼時候到', 'Hant', 'handoff L2 repeated-contact'],
];

describe.each([
  ['a case supposed, not told', SUPPOSED, SUPPOSED_KEPT],
  ['illness or injury as the excuse for lateness', EXCUSE, EXCUSE_KEPT],
  ['the police, a court or a lawyer as who needs a record', RECORD, RECORD_KEPT],
  ['a blast or a fire that is a flood of messages', FLOOD, FLOOD_KEPT],
  ['praise still to come, asked how to make it count', PRAISE_TO_COME, PRAISE_TO_COME_KEPT],
  ['a feeling aimed away, with the clause that says why', FEELING_EXPLAINED, FEELING_EXPLAINED_KEPT],
  ['a feeling disowned for the shop', FEELING_DISOWNED, FEELING_DISOWNED_KEPT],
  ['back with a second errand, a lapse of their own or an address gone', RETURN_VISIT, RETURN_VISIT_KEPT],
  ['a person described or a document sent, no person asked for', NO_PERSON_ASKED, NO_PERSON_ASKED_KEPT],
  ['back, counted or sworn in a routine way', ROUTINE_AGAIN, ROUTINE_AGAIN_KEPT],
] as const)('%s', (_name, routine, kept) => {
  test.each(routine as Row[])('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(kept as Kept[])('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
