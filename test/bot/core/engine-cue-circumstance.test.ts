/**
 * An illness, a hospital stay, a lawsuit, a court or the police told as the circumstance of a routine question
 * (circumstance-cue.ts), as conversations of one message: `[customer says, script, bot does]` in English, simplified
 * and traditional Chinese (Taiwan usage and Cantonese). Beside each table, the same cues linked to the store — its goods
 * as the cause, its staff as the agent, the store as the target — or told as an incident to report, which still hand
 * over at L1.
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

const HEALTH_AS_CIRCUMSTANCE: Row[] = [
  ['我感冒发烧躺了一个星期，退货期是不是已经过了？', 'Hans'],
  ['感冒發燒在床上躺了一週，退貨期限過了嗎？', 'Hant'],
  ['我上禮拜住院，錯過了超商取貨，包裹現在在哪裡？', 'Hant'],
  // Someone else's stay, fall or fever told as the customer's reason: the errand taken over, the one hurt said to be
  // fine, goods bought for the illness after it, goods asked back untouched.
  ['My wife is in hospital after her knee surgery so the shopping has fallen to me, could I chat to someone who can help me order?', 'Hans'],
  ['我老公做完手术在住院 这周只能我来下单 能不能找个人工客服带我操作一下', 'Hans'],
  ['我爸中風住院 平常都是他下單 我不太會弄 可以請真人客服幫我嗎', 'Hant'],
  ['my son twisted his ankle at football (he\'s fine) so we need the ankle brace sooner, how fast is express shipping?', 'Hans'],
  ['我女儿骑滑板车摔了 没什么事 但是头盔要尽快到 有没有加急快递', 'Hans'],
  ['我兒子昨天騎車摔了一跤 沒事 但護膝要快點到 最快的運送方式是什麼', 'Hant'],
  ['女儿上周发烧 买了个耳温枪 拆开发现不是想要的款 拆了包装还能退吗', 'Hans'],
  ['宝宝最近老是咳嗽 买了个雾化器 打开发现型号不对 拆封了还能换吗', 'Hans'],
  // Said fine without an apostrophe; a question asked "whats the …"; a time, not goods (这个冬天); the hurt given as the
  // reason the customer cannot do a thing themself (a part of a two-part phrase located).
  ['my daughter fell off the trampoline yesterday (shes fine) so i need the wrist guards sooner, whats the fastest delivery', 'Hans'],
  ['孩子这个冬天老是发烧 买了个额温枪 拆开发现不好用 拆封了还能退吗', 'Hans'],
  ["typing is hard because my fingers are numb from the cold outside, can someone from your team call me instead?", 'Hans'],
  ['I twisted my ankle at the gym, so I can\'t get to the post office. Is there another way to send a return?', 'Hans'],
  ["I slipped on wet leaves and fractured my wrist, so I can't use the heavy juicer I ordered. It's still sealed in the box, can I return it?", 'Hans'],
  ['我在滑雪时摔断了胳膊 你们家的那套杠铃用不了了 全新没拆 能退吗', 'Hans'],
  ['我腳踝扭傷了 你們賣的那台跑步機我搬不動 還沒拆封 可以退貨嗎', 'Hant'],
  // Another's illness said "is sick" and what follows from it ("so we need to"); a hurt of the customer's own activity
  // with a return asked by how it is made; the hurt past and recovered (好返, 康复); an animal's allergy beside a change
  // to an order (harm-as-reason.ts, routine-errand.ts, animal-illness.ts).
  ['my grandpa is sick so we need to cancel the order', 'Hans'],
  ['my neighbour is ill so I have to change the delivery address to hers', 'Hans'],
  ['broke my ankle skiing so cant get to the post office, how do returns work for me', 'Hans'],
  ['我之前跌親腳，而家好返啦，想問退貨期過咗未', 'Hant'],
  ['狗狗過敏 獸醫叫換飼料 剛下的訂單還可以改嗎', 'Hant'],
  ['猫咪皮肤过敏 医生说要换猫砂 刚下的单能改吗', 'Hans'],
  // A harm word inside a figure of speech (harm-idiom.ts).
  ["Pick your poison they said 😄 I picked the wrong one. Unopened wine glasses, what's the return window?", 'Hans'],
];
const HEALTH_KEPT: Kept[] = [
  ['吃了你们家的零食全家上吐下泻 住院了', 'Hans', 'handoff L1 safety'],
  ['吃了你们的保健品住院一周，退货期过了吗？', 'Hans', 'handoff L1 safety'],
  ['孩子吃了零食住院了，能退货吗', 'Hans', 'handoff L1 safety'],
  ['孩子被你们的玩具划伤了 去了医院', 'Hans', 'handoff L1 safety'],
  ['我老婆吃了你們的減肥藥住院了 可以退款嗎', 'Hant', 'handoff L1 safety'],
  ["your heater burned my son's hand", 'Hans', 'handoff L1 safety'],
  ['I was in hospital after the heater fell on me, can I return it?', 'Hans', 'handoff L1 safety'],
  ['I was sick all night, can I get a refund on the chicken?', 'Hans', 'handoff L1 safety'],
  ['發燒了一晚上，那盒海鮮可以退款嗎', 'Hant', 'handoff L1 safety'],
  // A fall whose cause may be the goods, the goods not asked back untouched: still an incident.
  ['I fractured my wrist when the step stool you sold gave way, can I return it?', 'Hans', 'handoff L1 safety'],
  ['my daughter broke her arm, can you collect the scooter?', 'Hans', 'handoff L1 safety'],
  ['我儿子从你们卖的滑板车上摔下来 手骨折了 全新的车就坏了 能退吗', 'Hans', 'handoff L1 safety'],
  // The same shapes with the goods as the cause, a refund asked by itself, or an animal's allergy beside goods sent back.
  ['my grandpa got sick after eating your chicken so we need to cancel the order', 'Hans', 'handoff L1 safety'],
  ['my son is sick so I need a refund on the chicken', 'Hans', 'handoff L1 safety'],
  ['I broke my ankle when your step ladder collapsed, how do returns work', 'Hans', 'handoff L1 safety'],
  ['狗狗吃了你们的狗粮过敏了 可以换别的吗', 'Hans', 'handoff L1 safety'],
  ['狗狗过敏了 还能退吗', 'Hans', 'handoff L1 safety'],
  // The store's delivery or fitting staff hurting someone (body-damage.ts).
  ['快递员撞倒了我', 'Hans', 'handoff L1 safety'],
  ['送货师傅搬沙发的时候把我撞倒了', 'Hans', 'handoff L1 safety'],
  ['你哋嘅送貨員推跌咗我阿媽', 'Hant', 'handoff L1 safety'],
  ['安裝師傅把我兒子的手弄傷了', 'Hant', 'handoff L1 safety'],
  ['your delivery driver knocked me over', 'Hans', 'handoff L1 safety'],
];

const LEGAL_AS_CIRCUMSTANCE: Row[] = [
  ["I'm going to court next month over my divorce and need a copy of my invoice, can you resend it?", 'Hans'],
  ["Police officer here, I work night shifts so I'm never home for deliveries, what delivery options do you have?", 'Hans'],
  ['我自己打官司需要购物凭证，能补开发票吗？', 'Hans'],
  ['我打官司需要購物憑證，可以補開發票嗎？', 'Hant'],
  ['因為訴訟需要，想申請一份電子發票，請問怎麼處理？', 'Hant'],
  // A court hearing of the customer's studies or trade, a court as the buyer.
  ["I'm a trainee paralegal with a tribunal hearing on Monday and need the binder by then, what's your quickest delivery option?", 'Hans'],
  ['我们是区法院的行政 要开单位抬头的发票', 'Hans'],
  ['我們是地方法院的總務 要開機關抬頭的發票', 'Hant'],
  // A need said as a statement ("i need to change…"); a target denied ("not against u"); the company's legal department
  // or the customer's own work in it (法务).
  ['our solicitors office has moved, so i need to update the billing address on my account', 'Hans'],
  ['need an invoice with VAT for my order, its for a court case my firm is in (not against you)', 'Hans'],
  ['单位法务要求开增值税专用发票 能开吗', 'Hans'],
  ['我是做法務的 報帳要發票 電子發票在哪裡下載', 'Hant'],
  // The learned legal reading, leaning on "court" and "law", set aside as the rules' cues are.
  ["I'm a law student and buy my books here. I've a court moot next Tuesday and need the casebook before then, what are your fastest shipping options?", 'Hans'],
];
const LEGAL_KEPT: Kept[] = [
  ["I'll see you in court", 'Hans', 'handoff L1 legal'],
  ["I'm going to court over this, can you send me the invoice?", 'Hans', 'handoff L1 legal'],
  ['police are involved now, your courier stole my parcel', 'Hans', 'handoff L1 legal'],
  ['police are investigating, where is my parcel?', 'Hans', 'handoff L1 legal'],
  ['我要起诉你们', 'Hans', 'handoff L1 legal'],
  ['我要和你们打官司，发票呢？', 'Hans', 'handoff L1 legal'],
  ['我已经报警了，包裹到底在哪里？', 'Hans', 'handoff L1 legal'],
  ['我會告你哋上法庭', 'Hant', 'handoff L1 legal'],
];

describe.each([
  ['an illness or a stay of the customer own, beside a routine question', HEALTH_AS_CIRCUMSTANCE, HEALTH_KEPT],
  ['a lawsuit, a court or the police as the customer affairs, beside a routine question', LEGAL_AS_CIRCUMSTANCE, LEGAL_KEPT],
] as const)('%s', (_name, routine, kept) => {
  test.each(routine as Row[])('%s (%s) → no L1', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff L1/));
  test.each(kept as Kept[])('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
