/**
 * Repeated failures told without a count, and the routine messages near them, as conversations of one message:
 * `[customer says, script, bot does]` in English, simplified and traditional Chinese (typed as customers type them; the
 * engine folds them). A promise made by one of the shop's people, named or told on the phone, then broken; the same fault
 * as last time; what the shop sent to put it right failing in turn; answers that disagree, counted. Near them: a
 * returning customer telling what went well last time and what they want this time.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const BROKEN: Array<[string, Script, string]> = [
  // A promise by one of the shop's people, named, of whatever they promised, then the day gone by or nothing done.
  ['客服说今天一定发 现在都晚上了还没发', 'Hans', 'handoff L2 repeated-contact'],
  ['客服答應我禮拜三前會寄出 結果到今天都沒寄', 'Hant', 'handoff L2 repeated-contact'],
  ['客服說這週會寄出 結果還是沒消息', 'Hant', 'handoff L2 repeated-contact'],
  ['你哋職員話會打返畀我 到而家都冇', 'Hant', 'handoff L2 repeated-contact'],
  ["customer service told me it would ship today. it hasn't", 'Hans', 'handoff L2 repeated-contact'],
  // Told on the phone: a person told it; a call the customer was to get.
  ['i was told on the phone it would arrive monday and it never came', 'Hans', 'handoff L2 repeated-contact'],
  ['Was supposed to get a call back yesterday. Nothing. Still no refund', 'Hans', 'handoff L2 repeated-contact'],
  ['we were meant to hear back by friday and heard nothing', 'Hans', 'handoff L2 repeated-contact'],
  // The same fault as last time (Cantonese 咁 folds to 这么, which asks nothing).
  ['又係寄錯 上次都係咁', 'Hant', 'handoff L2 repeated-contact'],
  ['同上次一樣又寄漏咗', 'Hant', 'handoff L2 repeated-contact'],
  ['跟上次一样 又少发了一件', 'Hans', 'handoff L2 repeated-contact'],
  ['和之前一样 发来的还是坏的', 'Hans', 'handoff L2 repeated-contact'],
  ['another wrong size sent, same as last time', 'Hans', 'handoff L2 repeated-contact'],
  // What the shop sent or fixed to put it right, failing in turn.
  ['换货换了个寂寞 又是坏的', 'Hans', 'handoff L2 repeated-contact'],
  ['补发的也是错的', 'Hans', 'handoff L2 repeated-contact'],
  ['補寄的也是錯的', 'Hant', 'handoff L2 repeated-contact'],
  ['replacement #2 is also faulty', 'Hans', 'handoff L2 repeated-contact'],
  ['the repaired unit came back and it has the exact same fault', 'Hans', 'handoff L2 repeated-contact'],
  // One of the shop's people was to come or said what would happen: the engineer, support.
  ['the engineer was meant to come tuesday and never showed', 'Hans', 'handoff L2 repeated-contact'],
  ["support said it would be escalated and i'd get an email. no email", 'Hans', 'handoff L2 repeated-contact'],
  ['重新寄过来的还是缺了一个螺丝', 'Hans', 'handoff L2 repeated-contact'],
  ['又來了 同上次一模一樣', 'Hant', 'handoff L2 repeated-contact'],
  // Told already, of the problem at hand; a conversation had already; a promise due "by now".
  ['这个问题我早就跟你们说过了', 'Hans', 'handoff L2 repeated-contact'],
  ['呢個問題我已經同你哋講過', 'Hant', 'handoff L2 repeated-contact'],
  ['already been through this exact conversation with your team', 'Hans', 'handoff L2 repeated-contact'],
  ['i was promised by your supervisor it would be fixed by now', 'Hans', 'handoff L2 repeated-contact'],
  // Answers that disagree, counted.
  ['i have been told three different things by three different people', 'Hans', 'handoff L2 repeated-contact'],
];

const ROUTINE: Array<[string, Script]> = [
  // A returning customer: what went well last time, and what they want this time.
  ['上次換貨很順利 這次也想換一個尺寸', 'Hant'],
  ['上次退货很顺利 这次也想退一件', 'Hans'],
  ['上次的货很快到了 这次也要一样的', 'Hans'],
];

describe('repeated failures told without a count', () => {
  test.each(BROKEN)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test.each(ROUTINE)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
});

// High value: an order of that value, not a threshold of the store's terms asked about, nor points.
const HIGH_VALUE: Array<[string, Script, string]> = [
  ['張單成廿萬蚊 點解仲未寄', 'Hant', 'handoff L2 high-value'],
  ['我们要采购三百台电脑 每台五千', 'Hans', 'handoff L2 high-value'],
  ['我哋要訂三百部電腦 每部五千', 'Hant', 'handoff L2 high-value'],
  ['we placed a 22k order last week and nothing has shipped', 'Hans', 'handoff L2 high-value'],
];
const PRICE_ASKED: Array<[string, Script]> = [
  ['do orders over $20,000 get free shipping', 'Hans'],
  ['is there a discount for orders above $25,000?', 'Hans'],
  ['满二十万有折扣吗', 'Hans'],
  ['買三十萬以上可以分期嗎', 'Hant'],
  ['买了二十万积分能升级VIP吗', 'Hans'],
  ['我有五十萬積分 可以換什麼', 'Hant'],
];

describe('high value', () => {
  test.each(HIGH_VALUE)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test.each(PRICE_ASKED)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
});

// Questions about the people, the words "human" and swearing in other roles, a check that someone is there.
const NOT_ASKED: Array<[string, Script]> = [
  ['假日有客服人員嗎', 'Hant'],
  ['我想問下人工客服同機械人有咩分別', 'Hant'],
  ['人工客服和机器人有什么区别', 'Hans'],
  ['is there a human readable invoice i can download', 'Hans'],
  ['holy shit the discount code actually worked. do you have gift cards too', 'Hans'],
  ['ffs my card got declined again, what cards do you take', 'Hans'],
  // Thanks to, or a past told of, the agent who helped.
  ['謝謝上次幫我處理的客服 很有耐心', 'Hant'],
  ['上次客服帮我处理得很好 这次想问下怎么换货', 'Hans'],
  // A check that someone is there, opening the question the customer says they want to ask.
  ['哈囉 有人在嗎 想問退款進度', 'Hant'],
  ['在吗 有人吗 想问一下运费', 'Hans'],
  ['is anyone there, quick question how long do refunds take', 'Hans'],
  ['有冇人喺度 想問下點樣退貨', 'Hant'],
];

describe('people, "human" and swearing in other roles', () => {
  test.each(NOT_ASKED)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
});

// Abuse and anger at the shop, in words the lists did not know; anger at the customer's own slip.
const AT_THE_SHOP: Array<[string, Script, string]> = [
  ['你们客服是死人吗 半天不回', 'Hans', 'handoff L2 abuse'],
  ['你們客服是死人嗎', 'Hant', 'handoff L2 abuse'],
  ['死蠢 連地址都寄錯', 'Hant', 'handoff L2 abuse'],
  ['I have had it with you people', 'Hans', 'handoff L2 strong-emotion'],
  ['honestly you should all be sacked', 'Hans', 'handoff L2 abuse'],
  ['your store is a total rip off', 'Hans', 'handoff L2 abuse'],
];
const OWN_SLIP: Array<[string, Script]> = [
  ['气死我了 自己手贱买错了尺码 能换吗', 'Hans'],
  ['氣死了 自己選錯顏色 可以換嗎', 'Hant'],
];

describe('abuse and anger at the shop, and at oneself', () => {
  test.each(AT_THE_SHOP)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test.each(OWN_SLIP)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
});
