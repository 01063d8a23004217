/**
 * A request for a person asked again, and nothing else, is a request (L3), as "人工！人工！" is; a count of a problem asked
 * about and left unsolved beside the request stays a repeated contact (L2). Conversations of one message:
 * `[customer says, script, bot does]` (typed as customers type them; the engine folds traditional Chinese).
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const CONVERSATIONS: Array<[string, Script, string]> = [
  // The asks counted are the asks for a person.
  ['this is the 2nd time im asking, i want a person', 'Hans', 'handoff L3 agent-request'],
  ['third time asking: agent please', 'Hans', 'handoff L3 agent-request'],
  ["i've said it twice now, put me through to a human", 'Hans', 'handoff L3 agent-request'],
  ['我已经说了两遍了，要人工', 'Hans', 'handoff L3 agent-request'],
  ['第二次说了 人工客服', 'Hans', 'handoff L3 agent-request'],
  ['我已經講兩次了 我要真人', 'Hant', 'handoff L3 agent-request'],
  ['講咗兩次啦 唔該轉真人', 'Hant', 'handoff L3 agent-request'],
  ['我已經講第三次了 轉真人', 'Hant', 'handoff L3 agent-request'],
  // A problem counted beside the request: the count is of a failure, and stays a repeated contact.
  ["I've asked three times for a refund and nobody answers, get me a person", 'Hans', 'handoff L2 repeated-contact'],
  ['asked twice where my order is, i want a person', 'Hans', 'handoff L2 repeated-contact'],
  ['asked 5 times, get me a human', 'Hans', 'handoff L2 repeated-contact'],
  ['我已经问了两次退款了 还是没人回 转人工', 'Hans', 'handoff L2 strong-emotion'],
  ['第三次問訂單去哪了 我要真人', 'Hant', 'handoff L2 repeated-contact'],
];

describe('a request asked again is a request; a problem asked again is a repeated contact', () => {
  test.each(CONVERSATIONS)('%s (%s) → %s', (text, script, expected) => {
    expect(does(play([text], script)[0])).toBe(expected);
  });
});
