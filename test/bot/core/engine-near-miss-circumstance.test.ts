/**
 * Routine messages that only look like safety incidents or going public, as conversations of one message: `[customer
 * says, script, bot does]` in English, simplified and traditional Chinese (Taiwan usage and Cantonese). Each table is
 * one reading and, beside it, the same words with the goods or the shop as the cause, which still hand over at L1:
 *
 * - illness or a hospital stay as the customer's circumstance (harm-elsewhere.ts): someone of the household ill, the
 *   customer the companion or the carer at the hospital, a harm given as the reason (因为 / 由于) a date was missed or
 *   a reply was late, a routine visit to the doctor, a harm that leaves the goods no use to the customer with the order
 *   undone;
 * - a blast whose subject is a person, a deal or a stream of posts and messages, a shock felt at a sight or a design
 *   (word-role.ts);
 * - a review to come, asked how to post it (praise-post.ts).
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
  ["my dad is sick and i'm at his place this week, can i change the delivery address", 'Hans'],
  ["I got injured at rugby so I can't use the boots I ordered, can I get a refund", 'Hans'],
  ['因为住院，错过了退货期，还能退吗', 'Hans'],
  ['陪我爸挂急诊到半夜，没接到快递电话，包裹在哪', 'Hans'],
  ['在医院照顾我妈，没空取快递，显示签收了但我没拿到', 'Hans'],
  ['因為住院，錯過了鑑賞期，還能退貨嗎', 'Hant'],
  ['昨晚陪阿爸掛急診，漏接了物流電話，包裹在哪', 'Hant'],
  ["we were at the ER with my son last night (he's fine), did my order ship?", 'Hans'],
  ['佢入咗急症室，我冇時間收件，可以改地址嗎', 'Hant'],
  ["sorry i didn't reply, i was in hospital. is my refund done?", 'Hans'],
  ['sorry for the delay, my little one was in hospital with bronchitis, how do i return the coat', 'Hans'],
  ['昨天去医院看病没接到快递电话 麻烦再送一次', 'Hans'],
  ['剛從急診回來，才看到你們的email，退款好了嗎', 'Hant'],
  ['我喺醫院生BB，可唔可以遲幾日先送', 'Hant'],
  // By a patient's bed, a question asked without its mark; an allergy the doctor named as the customer's condition.
  ['在医院陪床呢 手机快没电了 就问一句 退款一般几天到账', 'Hans'],
  ['醫生說我對羊毛過敏，毛衣吊牌都還在，可以退貨嗎', 'Hant'],
];
const HEALTH_AS_CIRCUMSTANCE_KEPT: Kept[] = [
  ['my dad is sick after eating the honey you sold, can i change the delivery address for the refund', 'Hans', 'handoff L1 safety'],
  ["I got injured by the weights bench, the bolt snapped, so I can't use it, can I get a refund", 'Hans', 'handoff L1 safety'],
  ['因为用了你们的暖手宝，烫伤住院了，还能退吗', 'Hans', 'handoff L1 safety'],
  ['陪我爸挂急诊，他用了你们的电热毯烫伤了，怎么办', 'Hans', 'handoff L1 safety'],
  ['因為你們的充電器著火住院了，還能退嗎', 'Hant', 'handoff L1 safety'],
  ['we were at the ER with my son last night, he swallowed a magnet from the toy you sold, so we missed the delivery', 'Hans', 'handoff L1 safety'],
  ['佢用咗你哋個暖爐燒親，入咗急症室，可以退嗎', 'Hant', 'handoff L1 safety'],
  ['sorry for the late reply, i was in hospital after your heater burned me, is my refund done?', 'Hans', 'handoff L1 safety'],
  ['sorry for the delay, my son was in hospital after swallowing a magnet from the toy, how do i return it', 'Hans', 'handoff L1 safety'],
  ['昨天去医院看病，医生说是你们的面霜过敏，麻烦再送一次', 'Hans', 'handoff L1 safety'],
  ['剛從急診回來，你們的暖爐燒到我的手，退款好了嗎', 'Hant', 'handoff L1 safety'],
  ['在医院陪床 你们的暖风机把我妈烫伤了 几天能处理', 'Hans', 'handoff L1 safety'],
  ['醫生說我對羊毛過敏，穿了你們的毛衣之後全身紅腫', 'Hant', 'handoff L1 safety'],
];

const FIGURE: Row[] = [
  ['my feed blew up after i posted the jacket, do you restock the green one', 'Hans'],
  ['the video blew up on tiktok, can i get a discount code for my followers', 'Hans'],
  ['这价格炸裂，优惠券还能用吗', 'Hans'],
  ['等到我快爆炸了，订单到底发了没', 'Hans'],
  ['看到价格就被电到了，有会员价吗', 'Hans'],
  ['這價格炸裂，折扣碼還能用嗎', 'Hant'],
  ['看到這個配色就被電到了，還有M號嗎', 'Hant'],
  ['等到我都快爆炸了，訂單寄出了沒', 'Hant'],
];
const FIGURE_KEPT: Kept[] = [
  ['my phone blew up while charging with your cable', 'Hans', 'handoff L1 safety'],
  ['the battery in my power bank blew up', 'Hans', 'handoff L1 safety'],
  ['这充电宝炸裂了，还能退吗', 'Hans', 'handoff L1 safety'],
  ['插上就被电到了，这个配色的台灯还有吗', 'Hans', 'handoff L1 safety'],
  ['這個暖爐爆炸了，可以退嗎', 'Hant', 'handoff L1 safety'],
  ['看到插座冒煙，被電到了', 'Hant', 'handoff L1 safety'],
];

const REVIEW_HOW_TO: Row[] = [
  ['got my candles, love them! will post a review on your site tonight, how do i do that', 'Hans'],
  ['just got my order, love it, going to post a review tonight, how do i do it', 'Hans'],
];
const REVIEW_HOW_TO_KEPT: Kept[] = [
  ["I'll post this everywhere so people see how you treat customers", 'Hans', 'handoff L1 legal'],
  ['我要发微博曝光你们，大家都来看看', 'Hans', 'handoff L1 legal'],
];

describe.each([
  ['health as circumstance', HEALTH_AS_CIRCUMSTANCE, HEALTH_AS_CIRCUMSTANCE_KEPT],
  ['a blast or a shock as a figure', FIGURE, FIGURE_KEPT],
  ['a review to come, asked how to post it', REVIEW_HOW_TO, REVIEW_HOW_TO_KEPT],
] as const)('%s', (_name, routine, kept) => {
  test.each(routine as Row[])('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(kept as Kept[])('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
