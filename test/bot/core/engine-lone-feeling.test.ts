/**
 * One feeling of annoyance, disappointment or dislike about a thing or about shopping in general, beside a routine
 * question or problem, as conversations of one message: `[customer says, script, bot does]` in English, simplified and
 * traditional Chinese (Taiwan usage and Cantonese, typed as customers type them; the engine folds them). The bot keeps
 * the conversation; near each, the same feeling aimed at the shop or its people, or anger, still goes to a person. So too
 * an eye-roll at a first late parcel, and the customer's own nerves or tears before an occasion of their life.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

// The feeling is about the thing, the wait or online shopping; the customer asks for routine help.
const FEELING_ABOUT_THE_SITUATION: Array<[string, Script]> = [
  ['so frustrating, the kettle lid snapped off on day one. can i return it', 'Hans'],
  ['really disappointed, the jumper is two sizes too small. how do i swap it?', 'Hans'],
  ['the worst thing about buying shoes online is guessing the size. do you do free exchanges?', 'Hans'],
  ['the worst part of ordering from overseas is customs, do you ship to japan', 'Hans'],
  ['超级烦 快递三天没动了 怎么查物流', 'Hans'],
  ['好失望 收到的碗裂了一条缝 可以退吗', 'Hans'],
  ['网购最讨厌的就是退货 你们的退货流程是怎样的', 'Hans'],
  ['超級煩 密碼一直登不進去 要怎麼重設', 'Hant'],
  ['真的很扯 付款一直刷不過 要怎麼辦', 'Hant'],
  ['好失望呀 件衫有個窿 點樣退貨', 'Hant'],
];

// The same feelings aimed at the shop or its people, put to them in exasperation, or anger: a person, as before.
const AT_THE_SHOP: Array<[string, Script, string]> = [
  ['really disappointed with your staff, the kettle lid snapped off. can i return it', 'Hans', 'handoff L2 strong-emotion'],
  ['so frustrating dealing with you people, how do i swap the jumper?', 'Hans', 'handoff L2 strong-emotion'],
  ['absolutely furious, the jumper is two sizes too small. how do i swap it?', 'Hans', 'handoff L2 strong-emotion'],
  ['so disappointed and angry, where is my parcel??', 'Hans', 'handoff L2 strong-emotion'],
  ['对你们客服太失望了 快递三天没动了 怎么查物流', 'Hans', 'handoff L2 strong-emotion'],
  ['好失望 你们到底什么时候发货', 'Hans', 'handoff L2 strong-emotion'],
  ['气死我了 收到的碗裂了 可以退吗', 'Hans', 'handoff L2 strong-emotion'],
  ['你們的服務真的很扯 到底怎麼退貨', 'Hant', 'handoff L2 strong-emotion'],
  ['對你哋好失望 點樣退貨', 'Hant', 'handoff L2 strong-emotion'],
  ['好失望 你哋客服都唔理人 點樣退貨', 'Hant', 'handoff L2 strong-emotion'],
  ['我真係好嬲 件衫有個窿 點樣退貨', 'Hant', 'handoff L2 strong-emotion'],
];

// An eye-roll at a first late parcel: a grumble, answered; pressed with "??", a person. (The Chinese lexicon weighs
// 唉 包裹又晚了 🙄 lightly already.)
const EYE_ROLL: Array<[string, Script]> = [
  ['ugh, my order is running late 🙄 when will it get here?', 'Hans'],
  ['ugh the parcel is behind schedule 🙄 any news on when it comes?', 'Hans'],
];
const EYE_ROLL_PRESSED: Array<[string, Script, string]> = [
  ['so annoying 🙄 where is my parcel??', 'Hans', 'handoff L2 strong-emotion'],
];

// The customer's own state before an occasion of their life, beside what the occasion needs of the shop; beside each,
// the same state with the shop's failure told or anger, still a person.
const OCCASION: Array<[string, Script]> = [
  ["My daughter flies to Toronto next week for uni and I'm a nervous wreck, do you ship phone chargers to Canada?", 'Hans'],
  ["Moving house Saturday and I'm terrified!! Can I change the delivery address?", 'Hans'],
  ['女儿要出嫁了 我又开心又紧张 哭了一整晚 喜糖盒可以批量订吗', 'Hans'],
];
const OCCASION_KEPT: Array<[string, Script, string]> = [
  ["I'm a nervous wreck, the parcel with her wedding dress still hasn't arrived, where is it?", 'Hans', 'handoff L2 strong-emotion'],
  ['紧张到想哭 气死我了 你们什么时候发货', 'Hans', 'handoff L2 strong-emotion'],
];

describe('an eye-roll at a first late parcel', () => {
  test.each(EYE_ROLL)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(EYE_ROLL_PRESSED)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});

describe("the customer's own state before an occasion of their life", () => {
  test.each(OCCASION)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(OCCASION_KEPT)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});

describe('one feeling about the situation beside a routine question or problem', () => {
  test.each(FEELING_ABOUT_THE_SITUATION)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(AT_THE_SHOP)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
