/**
 * Routine messages that name a word of escalation in another sense, or another party's experience, as conversations of
 * one message: `[customer says, script]` in English, simplified and traditional Chinese (Cantonese too). Another shop's
 * wait or scam told before a question to this store, a regulator's test praising the goods, 曝光 as a camera's exposure,
 * an account takeover over and recovered, the customer's job at the head of the message; and, near each, the message
 * that tells the matter of this store with the same words and still goes to a person.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

// Another shop's wait or chase, unnamed or masked, then this store asked (signals/another-shop.ts).
const ANOTHER_SHOPS_STORY: Array<[string, Script]> = [
  ['I waited a month for a refund from another shop last year, how long do yours usually take?', 'Hans'],
  ['I emailed another shop three times about a refund, do you refund faster?', 'Hans'],
  ['之前在别的网店退款等了一个多月，你们退款一般几天到？', 'Hans'],
  ['我在别家问了三次都没退，你们能退吗', 'Hans'],
  ['之前喺另一間舖退錢等咗成個月，你哋退款要幾耐？', 'Hant'],
  ['对面某东那家店太坑了 你们保价怎么算', 'Hans'],
  ['隔籬某寶嗰間舖好坑 你哋有冇價保', 'Hant'],
];
const STILL_THIS_STORE: Array<[string, Script, string]> = [
  ["I've been waiting a month for my refund from you", 'Hans', 'handoff L2 repeated-contact'],
  ['等了一个多月你们还没退款', 'Hans', 'handoff L2 repeated-contact'],
  ['之前喺另一間舖等咗一個月，你哋又拖咗我成個月', 'Hant', 'handoff L2 repeated-contact'],
  ['你们太坑了 气死我了', 'Hans', 'handoff L2 strong-emotion'],
];

// A regulator's test or report praising the goods (signals/regulator-cited.ts); 曝光 of a picture (signals/word-role.ts).
const PRAISED_OR_PICTURED: Array<[string, Script]> = [
  ['消委會嘅報告話你哋呢款吸塵機好評，仲有冇貨？', 'Hant'],
  ['消协最近的测评说这款空气炸锅不错 还有货吗', 'Hans'],
  ['这个相机夜景曝光过度 是不是坏了 能保修吗', 'Hans'],
  ['拍照总是曝光不足 能换货吗', 'Hans'],
  ['夜景曝光老是偏亮 能换货吗', 'Hans'],
  ['相機曝光補償點樣調', 'Hant'],
];
const STILL_TAKEN_OUT: Array<[string, Script, string]> = [
  ['消委會話你哋啲貨有問題 我要去投訴', 'Hant', 'handoff L1 legal'],
  ['我要曝光你们', 'Hans', 'handoff L1 legal'],
  ['leaving bad reviews everywhere so every1 knows how u treat customers', 'Hans', 'handoff L1 legal'],
];

// A takeover over and recovered (signals/takeover-settled.ts); the customer's job at the head (signals/self-introduction.ts).
const SETTLED_OR_INTRODUCED: Array<[string, Script]> = [
  ['my account was hacked last year but I got it back, now I want to change my email', 'Hans'],
  ['之前個帳戶俾人盜用過，已經搞返好，而家想改電郵', 'Hant'],
  ['账号被盗过，去年已经找回了，怎么改收货地址', 'Hans'],
  ['purchasing manager here, we need 30 mugs, can we pay on invoice?', 'Hans'],
  ['hi, facilities manager here, do you deliver to business addresses?', 'Hans'],
];
const STILL_TAKEN_OVER_OR_ASKED: Array<[string, Script, string]> = [
  ['my account was hacked last year and again today', 'Hans', 'handoff L1 account-takeover'],
  ['someone hacked my account and changed my email', 'Hans', 'handoff L1 account-takeover'],
  ['账号被盗了 还没找回来', 'Hans', 'handoff L1 account-takeover'],
  ['need a manager here, now', 'Hans', 'handoff L3 agent-request'],
  ['let me speak to your manager', 'Hans', 'handoff L3 agent-request'],
];

describe("another shop's story, then this store asked", () => {
  test.each(ANOTHER_SHOPS_STORY)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_THIS_STORE)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test('another shop’s scam told beside this store keeps the feeling at this store', () => {
    expect(play(['我在别家也被这样骗过 你们也一样'])[0].explanation.signals?.sentiment.label).toBe('negative');
  });
});

describe('a regulator praising the goods, a picture’s exposure', () => {
  test.each(PRAISED_OR_PICTURED)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_TAKEN_OUT)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});

describe('a takeover over and recovered, the customer’s job', () => {
  test.each(SETTLED_OR_INTRODUCED)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_TAKEN_OVER_OR_ASKED)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
