/**
 * Escalations read at the wrong level or not at all, as conversations of one message: `[customer says, script]`, with
 * guards that must stay as they are.
 * - A costly order gone wrong: the currency written before a Chinese figure (新台幣六萬五), an order told by its value
 *   (订单七千多), a broken state told as what the thing is (螢幕是裂的, 门是凹的), Cantonese 冇到 (folded 没有到), and a
 *   status unchanged for weeks ("still showing processing after 2 weeks") are read, so the order is a case (L2).
 * - How the shop does business challenged (你们就是这么做生意的？) is anger at it (L2).
 * - A video made beside bad reviews threatened is the dispute taken public (L1).
 * - Another shop's breach read about, someone's operation told as over and going well, a bottle burst in the box with
 *   no one hurt: no incident of this store's (no L1).
 */
import type { KnowledgeService } from '../../../knowledge';
import { demoKnowledge } from '../../support/demo-knowledge';
import { does, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await demoKnowledge();
});

const play = (text: string, script: Script) => does(playConversation(knowledge, [text], script)[0]);

const COSTLY_GONE_WRONG: Array<[string, Script]> = [
  ['訂了新台幣六萬五的筆電，送來螢幕是裂的', 'Hant'],
  ['我訂了一台新台幣七萬二的相機，收到時鏡頭是碎的', 'Hant'],
  ['买了一台一万二的冰箱，送来门是凹的', 'Hans'],
  ['订单七千多，到现在还没发货', 'Hans'],
  ['訂單六千多 還沒收到', 'Hant'],
  ['一萬五蚊嘅相機 到而家仲冇到', 'Hant'],
  ['一萬五蚊嘅相機 冇到', 'Hant'],
  ['12 iPhones for our company, 14k total, still showing processing after 2 weeks', 'Hans'],
  ['I ordered 30 office chairs for our team, $9k total, tracking has said label created for three weeks', 'Hans'],
  ['花了八千块买的沙发 订单一直显示待发货 半个月了', 'Hans'],
  ['兩萬蚊嘅電腦 狀態一直係處理中 兩個禮拜了', 'Hant'],
];

const ROUTINE_AMOUNTS: Array<[string, Script]> = [
  ['can i pay for a $3,000 sofa in installments', 'Hans'],
  ['how long does processing usually take for a $3,000 order?', 'Hans'],
  ['订单123456还没发货', 'Hans'],
  ['订单三千多件 什么时候能发', 'Hans'],
  ['台幣三千的耳機 可以分期嗎', 'Hant'],
];

const ANGER: Array<[string, Script]> = [
  ['火大 你们就是这么做生意的？', 'Hans'],
  ['火大 你們到底會不會做生意？', 'Hant'],
  ['what kind of business are you running here, three weeks and nothing', 'Hans'],
];

const NOT_ANGER: Array<[string, Script]> = [
  ['我想跟你们做生意 批发怎么谈', 'Hans'],
  ['can we do business with you as a wholesaler?', 'Hans'],
];

const GOING_PUBLIC: Array<[string, Script]> = [
  ['Will be leaving 1 star reviews everywhere and making a TikTok', 'Hans'],
];

const NO_INCIDENT: Array<[string, Script]> = [
  ['is my data safe with you? I read about some other store being hacked', 'Hans'],
  ["my husband had hip surgery two weeks ago, he's home now and doing well. do you have raised toilet seats?", 'Hans'],
  ['hot sauce arrived and one bottle exploded in the box lol everything sticky. what now', 'Hans'],
  ['a can of soda blew up in the package, everything is soaked', 'Hans'],
  ['辣椒酱瓶子在包裹里炸了 黏得到处都是', 'Hans'],
  ['那罐汽水在箱子裡炸了 整箱都濕了', 'Hant'],
];

/** Guards: real incidents, real public threats, what stays as it is. */
const GUARDS: Array<[string, Script, string]> = [
  ['the power bank exploded in my hand', 'Hans', 'handoff L1 safety'],
  ["the bottle exploded and glass cut my son's face", 'Hans', 'handoff L1 safety'],
  ['the aerosol can exploded in the box', 'Hans', 'handoff L1 safety'],
  ['充电宝在箱子里爆炸了', 'Hans', 'handoff L1 safety'],
  ["my son had surgery after your heater burned him, he's home now and doing well", 'Hans', 'handoff L1 safety'],
  ["another site i use got hacked and now my account here has orders i didn't make", 'Hans', 'handoff L1 account-takeover'],
  ['我要去媒体曝光你们', 'Hans', 'handoff L1 legal'],
  ['gonna make a video and leave bad reviews on every site', 'Hans', 'handoff L1 legal'],
  ['making a tiktok with my new lamp, love it', 'Hans', 'fallback'],
];

describe('escalations read at their level', () => {
  test.each(COSTLY_GONE_WRONG)('%s (%s) → a person at L2, a costly order gone wrong', (text, script) => expect(play(text, script)).toBe('handoff L2 high-value'));
  test.each(ROUTINE_AMOUNTS)('%s (%s) → no person', (text, script) => expect(play(text, script)).not.toMatch(/^handoff/));
  test.each(ANGER)('%s (%s) → a person at L2, anger at the shop', (text, script) => expect(play(text, script)).toBe('handoff L2 strong-emotion'));
  test.each(NOT_ANGER)('%s (%s) → no person', (text, script) => expect(play(text, script)).not.toMatch(/^handoff/));
  test.each(GOING_PUBLIC)('%s (%s) → a person at L1, going public', (text, script) => expect(play(text, script)).toBe('handoff L1 legal'));
  test.each(NO_INCIDENT)('%s (%s) → no incident', (text, script) => expect(play(text, script)).not.toMatch(/^handoff L1/));
  test.each(GUARDS)('%s (%s) → %s', (text, script, expected) => expect(play(text, script)).toBe(expected));
  test('a bottle burst in the box is answered as goods damaged on the way', () => {
    expect(play('hot sauce arrived and one bottle exploded in the box lol everything sticky. what now', 'Hans')).toBe('answer shipping-damaged-en');
  });
});
