/**
 * A request for a person that is someone else's advice, reported and laughed off or turned from, is no request of the
 * customer's (request-reported.ts); a request the customer makes after it, or a report the customer does not set aside,
 * stands. As conversations of one message: `[customer says, script, bot does]`.
 */
import type { KnowledgeService } from '../../../../knowledge';
import type { TurnResult } from '../../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const REPORTED: Array<[string, Script]> = [
  ["my son says i should 'speak to the manager' about shipping costs haha but really how much is shipping to Leeds", 'Hans'],
  ['my daughter keeps telling me to "ask for a human" lol but honestly i just want to know how long refunds take', 'Hans'],
  ['my wife reckons I should demand a supervisor lmao anyway what payment methods do you take', 'Hans'],
  ['我妈说要找你们经理投诉运费太贵哈哈，其实我只想知道运费多少', 'Hans'],
  ['我老公叫我转人工哈哈 不过我就想问下退货期限是多久', 'Hans'],
  ['我媽說要找你們經理投訴運費太貴哈哈，其實我只想知道運費多少', 'Hant'],
];
const STILL_ASKED: Array<[string, Script, string]> = [
  ["my wife says I should ask for a manager haha, she's right, get me a manager", 'Hans', 'handoff L3 agent-request'],
  ['my husband told me to ask for a human', 'Hans', 'handoff L3 agent-request'],
  ['I want to speak to your manager about shipping costs', 'Hans', 'handoff L3 agent-request'],
  ['我老公说要找人工，那就转人工吧', 'Hans', 'handoff L3 agent-request'],
  ['我朋友叫我找人工哈哈 对 我要人工', 'Hans', 'handoff L3 agent-request'],
  ['我媽叫我搵真人客服 哈哈 幫我轉真人', 'Hant', 'handoff L3 agent-request'],
];

describe('a request for a person reported from someone else and set aside', () => {
  test.each(REPORTED)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_ASKED)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
