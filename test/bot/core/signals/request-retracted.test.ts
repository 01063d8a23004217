/**
 * A request for a person taken back in the same message is no request; a retort at the shop ("are you kidding me") is
 * no retraction, and a request made again after one stands. As conversations of one message: `[customer says, script,
 * bot does]`.
 */
import type { KnowledgeService } from '../../../../knowledge';
import type { TurnResult } from '../../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const TAKEN_BACK: Array<[string, Script]> = [
  ['can I speak to someone... just kidding, where do I type my promo code', 'Hans'],
  ["get me a manager lol I'm joking, how long do refunds take", 'Hans'],
  ['human pls jk lol', 'Hans'],
  ['我要人工…开玩笑的 就想问下礼品卡怎么用', 'Hans'],
  ['转人工 逗你玩的 运费怎么算', 'Hans'],
  ['我要人工…講笑咋 想問下禮品卡點用', 'Hant'],
];
const STILL_ASKED: Array<[string, Script, string]> = [
  ['are you kidding me? get me a human', 'Hans', 'handoff L3 agent-request'],
  ['just kidding... no seriously, get me a human now', 'Hans', 'handoff L3 agent-request'],
  ['你们在开玩笑吗 转人工', 'Hans', 'handoff L3 agent-request'],
  ['開咩玩笑 我要真人客服', 'Hant', 'handoff L3 agent-request'],
  ['转人工！你们说笑的吧', 'Hans', 'handoff L3 agent-request'],
];

describe('a request taken back', () => {
  test.each(TAKEN_BACK)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_ASKED)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
