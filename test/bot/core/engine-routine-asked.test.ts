/**
 * Routine messages whose escalation word is asked about, praised with or said of the goods, as conversations of one
 * message: `[customer says, script, bot does]` in English, simplified and traditional Chinese. A regulator or a legal
 * letter asked about for information, a happy post, a toy named after a trade, fire as a figure, a wound word said of
 * furniture or a pan, a past injury told as the reason for a purchase; and, near each, the message that tells the
 * threat or the incident with the same word and still goes to a person.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

// A regulator, a legal letter or a chargeback asked about: what it is, its number, what it covers.
const ASKED_ABOUT: Array<[string, Script]> = [
  ["what's the phone number for citizens advice? just want it saved", 'Hans'],
  ['what does cease and desist actually mean', 'Hans'],
  ['is the consumer council the same as the ombudsman?', 'Hans'],
  ['what is a chargeback exactly', 'Hans'],
  ['消协的电话是多少 存一下', 'Hans'],
  ['起诉状是什么意思 看新闻看到的', 'Hans'],
  ['消委會一般管啲咩', 'Hant'],
  ['which website is the ombudsman on, just so I know', 'Hans'],
  ['消基会是民间组织吗', 'Hans'],
  ['律師信通常係邊個寫㗎', 'Hant'],
  ['存證信函係咩嚟㗎 想了解一下', 'Hant'],
];
const STILL_TAKEN_OUT: Array<[string, Script, string]> = [
  ["what's the trading standards number, I'm reporting you today", 'Hans', 'handoff L1 legal'],
  ['消协的电话是多少 我要投诉你们', 'Hans', 'handoff L1 legal'],
  ['消委會電話幾多 我要投訴你哋呢間黑店', 'Hant', 'handoff L1 legal'],
];

// A post that praises the goods; a post that warns others away.
const HAPPY_POSTS: Array<[string, Script]> = [
  ['put my new cushions on my instagram story, everyone loved them', 'Hans'],
  ['left you a five star review on google, the kettle is great', 'Hans'],
  ['shared the new lamp on my pinterest board, stunning', 'Hans'],
  ['发了个小红书 大家都说好看 还有同款吗', 'Hans'],
  ['PO咗上IG 好多朋友話好靚 仲有貨嗎', 'Hant'],
];
const STILL_PUBLIC: Array<[string, Script, string]> = [
  ['posting the whole story on facebook so everyone knows to avoid you', 'Hans', 'handoff L1 legal'],
  ['我要把聊天记录发到小红书 让大家避雷', 'Hans', 'handoff L1 legal'],
];

// A toy or a medicine named after the thing; a size that reads like a hotline.
const NAMED_GOODS: Array<[string, Script]> = [
  ['is the wooden ambulance suitable for a 2 year old', 'Hans'],
  ['how do I do hospital corners with the fitted sheet', 'Hans'],
  ['is the wall paint non-toxic for a nursery', 'Hans'],
  ['有没有烧伤膏 小瓶的', 'Hans'],
  ['消防员扮演服有大码吗', 'Hans'],
  ['儿童警察服 120码还有吗', 'Hans'],
  ['燒傷噴霧有單賣嗎', 'Hant'],
];
const STILL_CALLED: Array<[string, Script, string]> = [
  ['我已经打了110 你们等着', 'Hans', 'handoff L1 legal'],
  ['the toy ambulance caught fire while charging', 'Hans', 'handoff L1 safety'],
];

// Fire as a figure: a streak, exhaustion, anger; a wound word said of furniture or a pan.
const FIGURES_AND_GOODS: Array<[string, Script]> = [
  ["you guys are on fire with these prices, when's the next drop?", 'Hans'],
  ['totally burnt myself out decorating, can the wardrobe be assembled for me?', 'Hans'],
  ['my toaster scorches the edges of the toast on setting 2, is that normal?', 'Hans'],
  ['餐桌刮伤了一道 能换一张吗', 'Hans'],
  ['这个爆款杯子什么时候补货', 'Hans'],
  ['鍋子燒焦了 洗不掉 可以保固嗎', 'Hant'],
];
const STILL_INCIDENTS: Array<[string, Script, string]> = [
  ['the lamp was on fire when I walked in', 'Hans', 'handoff L1 safety'],
  ['桌子的铁边把孩子的手刮伤了 流了好多血', 'Hans', 'handoff L1 safety'],
  ['鍋子燒焦了還一直冒煙', 'Hant', 'handoff L1 safety'],
];

// An injury of the customer's own, past, told as the reason for a purchase; an injury the goods caused.
const PAST_INJURIES: Array<[string, Script]> = [
  ['sprained my wrist playing netball last week so I need a jar opener, which one is best?', 'Hans'],
  ['burned my arm cooking a few weeks ago, do you have longer oven gloves?', 'Hans'],
  ['fractured my ankle in june so ordering a knee scooter, do you deliver saturdays?', 'Hans'],
  ['去年摔伤过膝盖 想买个护膝 推荐一下', 'Hans'],
  ['之前扭傷過腳 想買雙好走的鞋', 'Hant'],
];
const STILL_HURT: Array<[string, Script, string]> = [
  ['I burned my arm on your oven yesterday, the door gets dangerously hot', 'Hans', 'handoff L1 safety'],
  ['用了你们的护膝 膝盖受伤了', 'Hans', 'handoff L1 safety'],
  ['my son broke his arm in june when your scooter snapped', 'Hans', 'handoff L1 safety'],
];

describe('a regulator or a legal letter asked about, a happy post', () => {
  test.each(ASKED_ABOUT)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_TAKEN_OUT)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test.each(HAPPY_POSTS)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_PUBLIC)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});

describe('goods named after the word, fire as a figure, damage to the goods', () => {
  test.each(NAMED_GOODS)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_CALLED)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test.each(FIGURES_AND_GOODS)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_INCIDENTS)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});

describe('a past injury told as the reason for a purchase', () => {
  test.each(PAST_INJURIES)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_HURT)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
