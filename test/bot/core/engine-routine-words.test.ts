/**
 * Routine messages that use an escalation word for something else, as conversations of one message: `[customer says,
 * script, bot does]` in English, simplified and traditional Chinese (typed as customers type them; the engine folds
 * them). A word as a workplace, a landmark or an address, a road, a design or a title; and, near each, the message that
 * tells an incident or a threat with the same word and still goes to a person.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

// The word where someone works, a place near the address, a road, a design, a title: the bot keeps the conversation.
const PLACES_AND_NAMES: Array<[string, Script]> = [
  ['I volunteer at the citizens advice bureau, when are your support hours?', 'Hans'],
  ['our house is right behind the fire station, the parcel is late, where is it?', 'Hans'],
  ['can I collect from the locker next to the county court entrance?', 'Hans'],
  ['nurse here, doing nights all week, where is my package', 'Hans'],
  ['my address is 4 Police Street, the parcel is late', 'Hans'],
  ['the "Killer Instinct" hoodie arrived damaged', 'Hans'],
  ['我在市场监督管理局上班 积分会过期吗', 'Hans'],
  ['快递柜就在法院旁边 我的包裹到哪了', 'Hans'],
  ['收货地址是儿童医院住院部 还没收到货', 'Hans'],
  ['消防员图案的T恤收到是破损的', 'Hans'],
  ['我喺消委會做嘢 積分幾時過期', 'Hant'],
  ['我住警察局對面 包裹到哪了', 'Hant'],
  ['地址係法院道 快遞點解仲未到', 'Hant'],
  ['我係lawyer 帳號鎖咗點算', 'Hant'],
  // Who someone is by the field the word names, the shop's credentials asked about, a journalist on another subject.
  ["I'm a consumer rights student, how do I make a complaint here?", 'Hans'],
  ['is your store regulated by the consumer protection agency? where is my package', 'Hans'],
  ["I'm a journalist writing about gardening, my parcel is late", 'Hans'],
  ['我是消费者协会的工作人员 还没收到货', 'Hans'],
  ['你們有受消保官監管嗎 包裹到哪了', 'Hant'],
  ['我要告訴全家這個牌子 積分會過期嗎', 'Hant'],
];

// The same words telling an incident or a threat: still a person, at once.
const STILL_ESCALATIONS: Array<[string, Script, string]> = [
  ['I work at the hospital and the charger you sold me caught fire in the staff room', 'Hans', 'handoff L1 safety'],
  ['I work on a hospital ward and the charger you sold me caught fire in the staff room', 'Hans', 'handoff L1 safety'],
  ['I live next to the police station and I am walking over to report you right now', 'Hans', 'handoff L1 legal'],
  ['我在12315网站上已经投诉你们了', 'Hans', 'handoff L1 legal'],
  ['我住在法院旁边 明天就去起诉你们', 'Hans', 'handoff L1 legal'],
  ['我喺醫院返工 你哋個暖爐燒着咗', 'Hant', 'handoff L1 safety'],
  ['我已經向消基會投訴你們', 'Hant', 'handoff L1 legal'],
  ["I'm a journalist and I'm writing about how you treat customers", 'Hans', 'handoff L1 legal'],
  ['我要告你們', 'Hant', 'handoff L1 legal'],
  // X那边 of a body is that body's side of the case (消协那边已经受理了), not a place near it; 后面 is "later".
  ['消协那边我已经递交材料了 你们看着办', 'Hans', 'handoff L1 legal'],
  ['12315后面会联系你们的 等着吧', 'Hans', 'handoff L1 legal'],
];

describe('an escalation word as a place, a workplace, a design or a title', () => {
  test.each(PLACES_AND_NAMES)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_ESCALATIONS)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});

// A product in general supposed while the policy is asked; a person a delivery needs; a person asked about for a case
// supposed, or only later; a phone number asked for.
const ASKED_AHEAD: Array<[string, Script]> = [
  ['if a kettle ever starts smoking, what is your replacement policy?', 'Hans'],
  ['does someone need to be home to sign for the parcel?', 'Hans'],
  ["if I'm ever unhappy with a refund can I get a manager? no problem right now", 'Hans'],
  ['what number do I use to call a support agent?', 'Hans'],
  ['东西出现起火的话你们保修管吗', 'Hans'],
  ['如果对退款结果不满意 是不是要找经理', 'Hans'],
  ['商品有安全問題的話你們點處理', 'Hant'],
  ['如果想升級處理 係咪要搵經理', 'Hant'],
];

const STILL_ASKED_NOW: Array<[string, Script, string]> = [
  ['my kettle started smoking, if a product smokes what is your policy?', 'Hans', 'handoff L1 safety'],
  ['I want a real person to sign off on my refund', 'Hans', 'handoff L3 agent-request'],
  ['I need a manager right now', 'Hans', 'handoff L3 agent-request'],
  ['我要找客服主管', 'Hans', 'handoff L3 agent-request'],
  ['如果今日唔退款 我就要搵經理', 'Hant', 'handoff L3 agent-request'],
];

describe('an incident supposed, a person a delivery needs or asked about for later', () => {
  test.each(ASKED_AHEAD)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_ASKED_NOW)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});

// Counts that are no contacts with the store, a promise asked whether it still holds.
const COUNTS: Array<[string, Script]> = [
  ["I've told my friends over and over to shop here 😄 is there a referral code?", 'Hans'],
  ['I updated my address three times this week because we keep moving, where is my package', 'Hans'],
  ['客服之前说积分不会过期，现在还是这样吗', 'Hans'],
  ['客服上次講運費全免，而家仲係咁嗎', 'Hant'],
];

const STILL_REPEATED: Array<[string, Script, string]> = [
  ["I've contacted you over and over about my refund", 'Hans', 'handoff L2 repeated-contact'],
  ['客服之前说会退款，结果还是没退', 'Hans', 'handoff L2 repeated-contact'],
  ['客服上次講會退錢，結果到而家都冇', 'Hant', 'handoff L2 repeated-contact'],
];

describe('counts of the customer\'s own doings, a promise asked about', () => {
  test.each(COUNTS)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_REPEATED)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});

// A feeling said as a figure of speech beside a routine question; the same figure beside a complaint or an insult.
const FIGURES: Array<[string, Script]> = [
  ['waiting for this parcel is torture, where is my package?', 'Hans'],
  ['急死我了，我的包裹到哪了', 'Hans'],
  ['等到快瘋了，包裹到哪了', 'Hant'],
];

const STILL_UPSET: Array<[string, Script, string]> = [
  ['waiting is torture and your service is the worst, where is my package?', 'Hans', 'handoff L2 strong-emotion'],
  ['氣死我了，你們這群騙子', 'Hant', 'handoff L2 abuse'],
];

describe('a figure of speech beside a question', () => {
  test.each(FIGURES)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_UPSET)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});

// A word of an escalation as a thing's name (垃圾袋), a hotline's digits as the end of an order number, a wild word as
// the degree of a good price; beside each, the same word as abuse, a regulator or a complaint.
const WORD_AS_THING: Array<[string, Script]> = [
  ['垃圾袋拆了一包 剩下的还能退吗', 'Hans'],
  ['垃圾桶的蓋子可以單獨買嗎', 'Hant'],
  ['订单尾号12315 包裹到哪了', 'Hans'],
  ['訂單尾號是12315，包裹到哪了', 'Hant'],
  ['your prices are crazy cheap lol do you ship to canada', 'Hans'],
  ['delivery was insanely fast, how do I leave a review', 'Hans'],
  // So many it bursts: a degree, not an explosion.
  ['推广邮件多到爆炸 怎么退订', 'Hans'],
];

const STILL_THE_WORD: Array<[string, Script, string]> = [
  ['垃圾服务 气死我了', 'Hans', 'handoff L2 abuse'],
  ['再不处理我就打12315', 'Hans', 'handoff L1 legal'],
  ['充电宝在包里爆炸了', 'Hans', 'handoff L1 safety'],
  ['忍你們很久了 今日一定要俾個說法我', 'Hant', 'handoff L2 strong-emotion'],
  ['this is crazy, your service is the worst, where is my order', 'Hans', 'handoff L2 strong-emotion'],
];

describe('an escalation word as a thing, a number or a degree', () => {
  test.each(WORD_AS_THING)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_THE_WORD)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
