/**
 * Escalations told indirectly, as conversations of one message: `[customer says, script, bot does]` in English,
 * simplified and traditional Chinese (typed as customers type them; the engine folds them). Harm told by what fire did,
 * by its treatment or by the body part hurt; the law, the press or an authority brought in without their usual names;
 * repeats, insults and breaking points in idiom; a person asked for by the power they hold. And, near each, routine
 * messages that stay with the bot.
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
  // Harm: L1.
  ['the oil heater flared up and took the hair off my forearm', 'Hans', 'handoff L1 safety'],
  ['since using the bath bombs my daughter has a rash, the GP prescribed steroid cream', 'Hans', 'handoff L1 safety'],
  ['the scooter stem folded and he knocked out his front tooth', 'Hans', 'handoff L1 safety'],
  ['电暖器喷火了 窗帘烧了一个洞', 'Hans', 'handoff L1 safety'],
  ['吃了你们的腊肠 我爸去医院挂水了', 'Hans', 'handoff L1 safety'],
  ['削皮刀滑了一下 割了個很深的口子 去打了破傷風', 'Hant', 'handoff L1 safety'],
  // The law, the press, an authority: L1.
  ["we're seeking damages for the flooded kitchen", 'Hans', 'handoff L1 legal'],
  ["I've phoned the local paper and a reporter is coming round tomorrow", 'Hans', 'handoff L1 legal'],
  ['Trustpilot is going to hear all about this', 'Hans', 'handoff L1 legal'],
  ['這件事我會用法律手段處理', 'Hant', 'handoff L1 legal'],
  ['我已经向烟草专卖局举报了', 'Hans', 'handoff L1 legal'],
  ['我会让全网都看看你们这家店', 'Hans', 'handoff L1 legal'],
  // Repeats, insults, breaking points: L2.
  ["groundhog day again, same answer as last week", 'Hans', 'handoff L2 repeated-contact'],
  ['nobody ever calls back, I was told twice', 'Hans', 'handoff L2 repeated-contact'],
  ['上次说给我补发 这次又说要等', 'Hans', 'handoff L2 repeated-contact'],
  ['截圖都傳了好幾次了', 'Hant', 'handoff L2 repeated-contact'],
  ["you're hopeless, the lot of you", 'Hans', 'handoff L2 abuse'],
  ['客服是聋了吗 说了半天', 'Hans', 'handoff L2 abuse'],
  ['你哋係咪冇腦', 'Hant', 'handoff L2 abuse'],
  ["I'm at the end of my tether with this order", 'Hans', 'handoff L2 strong-emotion'],
  ['已经忍了很久了', 'Hans', 'handoff L2 strong-emotion'],
  ['我真係嬲到震', 'Hant', 'handoff L2 strong-emotion'],
  // A person asked for by the power they hold: L3.
  ['I need someone who can make an exception', 'Hans', 'handoff L3 agent-request'],
  ['有没有能拍板的人', 'Hans', 'handoff L3 agent-request'],
  ['有冇可以話事嘅人', 'Hant', 'handoff L3 agent-request'],
];

const ROUTINE: Array<[string, Script]> = [
  ['is the oil heater safe around toddlers', 'Hans'],
  ['I chipped my tooth years ago, is the electric toothbrush gentle', 'Hans'],
  ['what happens if a parcel arrives with damages?', 'Hans'],
  ['once again, thanks for the quick reply', 'Hans'],
  ['you guys are absolute stars', 'Hans'],
  ["I can't take it to the post office, can a courier collect it", 'Hans'],
  ['这个打火机喷火稳不稳', 'Hans'],
  ['退款谁负责审核', 'Hans'],
  ['我家狗一樣喜歡這款零食', 'Hant'],
];

describe('escalations told indirectly', () => {
  test.each(TOLD)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test.each(ROUTINE)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
});
