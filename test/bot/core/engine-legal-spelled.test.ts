/**
 * Threats as customers misspell or voice-type them, and words of a threat in a harmless role, as conversations of one
 * message: `[customer says, script, bot does]`. "gonna sew you", "my lawer", "a law suit", a clause whose subject is
 * dropped ("will see u in small claim court"), 起述你们, 消费保: a person at once (dispute-taken-out.ts). A scam warned of
 * (小心诈骗), the customer's own data asked whether it leaked (订单被曝光了吗), a product asked whether it could overheat
 * and catch fire (会不会过热起火): routine (word-role.ts, incident-asked.ts).
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const THREATS: Array<[string, Script, string]> = [
  ['im going to sew you for this, the refund is two weeks late', 'Hans', 'handoff L1 legal'],
  ['my attorny has all the emails', 'Hans', 'handoff L1 legal'],
  ['will be filing a law suit if this goes on', 'Hans', 'handoff L1 legal'],
  ['will see you in small claim court then', 'Hans', 'handoff L1 legal'],
  ['不退款就起述你们', 'Hans', 'handoff L1 legal'],
  ['已经在消费保上投诉你们了', 'Hans', 'handoff L1 legal'],
  ['再不處理就起述你們', 'Hant', 'handoff L1 legal'],
];

const ROUTINE: Array<[string, Script]> = [
  ['新闻提醒大家要小心诈骗 你们的满减活动是真的吗', 'Hans'],
  ['我的订单信息是不是被曝光了 会泄露地址吗', 'Hans'],
  ['这台暖风机会不会过热起火 有没有认证', 'Hans'],
  ['看到報導說要小心詐騙 你們的折扣是真的嗎', 'Hant'],
  ['我的地址資料會不會被曝光 你們怎麼保護隱私', 'Hant'],
  ['這台除濕機會不會過熱起火 有安全認證嗎', 'Hant'],
];

const STILL: Array<[string, Script, string]> = [
  ['你们这就是诈骗', 'Hans', 'handoff L1 legal'],
  ['我要去微博曝光你们', 'Hans', 'handoff L1 legal'],
  ['暖風機過熱起火了 差點燒到窗簾', 'Hant', 'handoff L1 safety'],
];

describe('misspelled threats, and threat words in a harmless role', () => {
  test.each(THREATS)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test.each(ROUTINE)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
