/**
 * Escalations the bot used to miss or set too low, as conversations of one message: `[customer says, script, bot does]`
 * in English, simplified and traditional Chinese (typed as customers type them; the engine folds them). Each block is one
 * mechanism, and below them the routine messages beside those shapes that must stay with the bot:
 *
 * - a loop of contacts said without a count: "round this loop", "ticket after ticket", every ticket closed with nothing
 *   done, 投诉了一次又一次, 每张工单都被关掉;
 * - suing weighed as the next step, the shop unnamed ("thinking about suing"), and the paper written to in the singular;
 * - a costly order come wrong and damaged, its amount told as paid for goods ("$3,400 for a sofa set for our new flat")
 *   or in Cantonese (四萬幾蚊, 顏色唔啱, 有條大花);
 * - anyone asked to look at the customer's own order (有沒有人可以真的看一下這張單);
 * - told to shut up beside the replies called rubbish (收皮啦，唔好再覆埋啲廢話).
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
  // A loop of contacts in other words.
  ["you keep sending me the same return link and it keeps not working, we've been round this loop 3 times", 'Hans', 'handoff L2 repeated-contact'],
  ['opened ticket after ticket about being charged twice and each one got closed without anything being fixed', 'Hans', 'handoff L2 repeated-contact'],
  ["we're going round in circles, i've explained this on every chat", 'Hans', 'handoff L2 repeated-contact'],
  ['email after email and still no replacement for the broken kettle', 'Hans', 'handoff L2 repeated-contact'],
  ['every ticket i open gets closed without anyone fixing the double charge', 'Hans', 'handoff L2 repeated-contact'],
  ['我投诉了一次又一次都没人理', 'Hans', 'handoff L2 repeated-contact'],
  ['每张工单都被关掉了 问题还是没解决', 'Hans', 'handoff L2 repeated-contact'],
  // Suing weighed, the paper written to.
  ['thinking about suing tbh. three months and no money back', 'Hans', 'handoff L1 legal'],
  ['honestly considering suing at this point, six weeks and no refund', 'Hans', 'handoff L1 legal'],
  ['Planning to write to the local paper about this. my mother waited six weeks for a mobility aid that never came', 'Hans', 'handoff L1 legal'],
  ["I'm going to write to the paper about how you treated my dad", 'Hans', 'handoff L1 legal'],
  // A costly order come wrong.
  ['We paid $3,400 for a sofa set for our new flat and what arrived is the wrong colour with a torn cushion', 'Hans', 'handoff L2 high-value'],
  ['I paid £2,800 for a dining table for our kitchen and it came with a cracked leg and the wrong finish', 'Hans', 'handoff L2 high-value'],
  ['買咗成套梳化四萬幾蚊，送嚟顏色唔啱仲有條大花', 'Hant', 'handoff L2 high-value'],
  ['買咗張梳化三萬幾蚊，送嚟有條大花', 'Hant', 'handoff L2 high-value'],
  // Anyone asked to look at the customer's own order.
  ['有沒有人可以真的看一下這張單', 'Hant', 'handoff L3 agent-request'],
  ['有没有人可以帮我看一下我的订单 一直没发货', 'Hans', 'handoff L3 agent-request'],
  ['有沒有人可以認真處理一下我嘅問題', 'Hant', 'handoff L3 agent-request'],
  // Told to shut up beside the replies called rubbish.
  ['收皮啦，唔好再覆埋啲廢話', 'Hant', 'handoff L2 abuse'],
  ['闭嘴吧 别再回这些废话了', 'Hans', 'handoff L2 abuse'],
  ['收聲啦，唔好再答埋啲廢話', 'Hant', 'handoff L2 abuse'],
  // Held out while the rules were written, then read once.
  ['seriously thinking of suing you lot, my deposit\'s been gone two months', 'Hans', 'handoff L1 legal'],
  ['We have been round the same loop four times now, same useless tracking link', 'Hans', 'handoff L2 repeated-contact'],
  ['Planning on contacting the local newspaper about this mess', 'Hans', 'handoff L1 legal'],
  ['we spent $4,200 on a bed frame for our new house and it arrived snapped in two', 'Hans', 'handoff L2 high-value'],
  ['有冇人可以睇下我呢張單 已經等咗三個禮拜', 'Hant', 'handoff L3 agent-request'],
  ['一張又一張工單開咗 每個都俾人close咗', 'Hant', 'handoff L2 repeated-contact'],
  ['收皮啦 唔好再覆我啲廢話', 'Hant', 'handoff L2 abuse'],
  ['閉嘴 不要再回覆這種廢話', 'Hant', 'handoff L2 abuse'],
  ['買咗套餐枱兩萬幾蚊，送嚟尺寸唔啱', 'Hant', 'handoff L2 high-value'],
  ['might sue honestly, nobody answers about my missing $900 laptop', 'Hans', 'handoff L1 legal'],
  ['同你哋一直兜圈 講極都冇用', 'Hant', 'handoff L2 repeated-contact'],
];

const ROUTINE: Array<[string, Script]> = [
  ['my lawyer friend says hi, where is my order', 'Hans'],
  ["i've asked twice already when it ships lol", 'Hans'],
  ['问了两次了哈哈 什么时候发货', 'Hans'],
  ['a $40 sofa cushion came in the wrong colour', 'Hans'],
  ['my paper route starts at 6 so deliver before then?', 'Hans'],
  ['收皮啦 我老公话我买太多 哈哈 运费几钱', 'Hans'],
  ['my neighbour is thinking about suing her builder, anyway can you deliver saturday', 'Hans'],
  ['the dog keeps going round in circles when the doorbell rings haha, can you knock instead', 'Hans'],
  ['有没有人用过这个吸尘器 好用吗', 'Hans'],
  ['收聲啦仔仔 媽媽買嘢 幾錢運費', 'Hant'],
  ['the paper towels you sent are great, when is the next sale', 'Hans'],
  ['I paid $2,500 for a car repair this week, so can I split this $80 order?', 'Hans'],
  ['we paid $1,200 for a sofa for our flat, love it, do you sell matching cushions?', 'Hans'],
  ['我买了一套三万多的沙发 好漂亮 请问有配套的茶几吗', 'Hans'],
  ['each one got closed so quickly, great service, thanks!', 'Hans'],
  ['my brother is suing his landlord lol, anyway is the blue jumper back in stock', 'Hans'],
  ["we went round the roundabout three times looking for your store, where's parking?", 'Hans'],
  ['a $25 cushion for our new flat, does it come in green?', 'Hans'],
  ['有没有人知道这个颜色适合什么装修', 'Hans'],
  ['我们花了三万块装修新房 想买几个靠垫 有推荐吗', 'Hans'],
  ['有冇人買過呢款梳化 坐得舒唔舒服', 'Hant'],
  ["i'd sue myself for how much i spend here lol, any new arrivals?", 'Hans'],
];

describe('escalations told in other words are handed off at their level', () => {
  test.each(TOLD)('%s (%s) → %s', (text, script, expected) => {
    expect(does(play([text], script)[0])).toBe(expected);
  });
});

describe('routine messages beside those shapes stay with the bot', () => {
  test.each(ROUTINE)('%s (%s)', (text, script) => {
    expect(does(play([text], script)[0])).not.toMatch(/^handoff/);
  });
});
