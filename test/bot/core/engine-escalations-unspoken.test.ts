/**
 * Escalations told without the set words, as conversations of one message: `[customer says, script, bot does]`. Each
 * block is one mechanism, and beside it the routine messages it must leave alone:
 *
 * - the press reached through someone the customer knows, or the matter pushed to it (press-acquaintance.ts);
 * - a review or complaint already up and counted, with its next instalment offered (going-public.ts);
 * - a threat to sue with another party's bill to pay: the legal reading is kept whoever the bill is from,
 *   and "ill sue" is I'll sue;
 * - an answer read again and again, an exchange counted, a failure the same as the times before (repeat-counted.ts);
 * - costly goods gone wrong in other words: a tear, an order vanished, a cancelled order's money not back (goods-gone-wrong.ts);
 * - a long-standing customer's trust let down (loyalty-betrayed.ts).
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
  ['我表姐在報社工作，她說要幫我報導這件事', 'Hant', 'handoff L1 legal'],
  ['my cousin at the local paper wants to run my story about your refund runaround', 'Hans', 'handoff L1 legal'],
  ['我认识记者，准备把这事捅到媒体', 'Hans', 'handoff L1 legal'],
  ['我朋友在报社 说对我这件事很有兴趣', 'Hans', 'handoff L1 legal'],
  ['my complaint post on facebook already has 900 shares, should I post part 2?', 'Hans', 'handoff L1 legal'],
  ['refund my vet bill or ill sue you', 'Hans', 'handoff L1 legal'],
  ['you keep sending me the same faq link, i\'ve read it, it doesn\'t help', 'Hans', 'handoff L2 repeated-contact'],
  ["third replacement kettle and it's dead again. not doing a fourth round", 'Hans', 'handoff L2 repeated-contact'],
  ['快递又没到，跟上次一样', 'Hans', 'handoff L2 repeated-contact'],
  ['The $4,000 sofa arrived with a big rip in the cushion', 'Hans', 'handoff L2 high-value'],
  ['三万块的手表订单突然不见了', 'Hans', 'handoff L2 high-value'],
  ['兩萬蚊嘅鑽戒訂單被取消咗，錢一直都未退返', 'Hant', 'handoff L2 high-value'],
  ['當了你們八年的老顧客，真的很寒心', 'Hant', 'handoff L2 threat'],
  ['做了你们十年的老客户，从来没有这么寒心过', 'Hans', 'handoff L2 threat'],
  ["loyal customer for 6 years and i've never felt so let down", 'Hans', 'handoff L2 threat'],
];

const ROUTINE: Array<[string, Script]> = [
  ['my sister works at a newspaper, can you deliver to her office?', 'Hans'],
  ['我朋友在电视台上班，你们发货到香港吗', 'Hans'],
  ['i posted my outfit on instagram and it got 3k likes! restock soon?', 'Hans'],
  ["i posted my haul on reddit and it got 2k upvotes! when's the next drop", 'Hans'],
  ['my review of your candle on reddit got 500 upvotes, love it', 'Hans'],
  ['my vet said this food is fine for puppies, do you have the 5kg bag?', 'Hans'],
  ['you keep sending great deals, love the newsletter', 'Hans'],
  ['second replacement arrived and works perfectly, thanks', 'Hans'],
  ['second exchange went smoothly thanks, can i exchange another', 'Hans'],
  ['和之前买的颜色一样吗', 'Hans'],
  ['三万块的手表 可以分期吗', 'Hans'],
  ['i trusted you with my wedding order and it came out perfect, thank you!', 'Hans'],
  ['做了你们五年的老客户 生日有优惠吗', 'Hans'],
  ['幫襯咗你哋十年，今次都好滿意', 'Hant'],
  ['我表哥是电视台的 你们发货到香港吗', 'Hans'],
  ["regular customer here, bit disappointed the blue one sold out, when's it back?", 'Hans'],
  ['loyal customer for years, a little upset i missed the sale lol, any codes?', 'Hans'],
];

describe('escalations told without the set words are handed off at their level', () => {
  test.each(TOLD)('%s (%s) → %s', (text, script, expected) => {
    expect(does(play([text], script)[0])).toBe(expected);
  });
});

describe('routine messages beside those shapes stay with the bot', () => {
  test.each(ROUTINE)('%s (%s)', (text, script) => {
    expect(does(play([text], script)[0])).not.toMatch(/^handoff/);
  });
});
