/**
 * A person put off to later, with only when or how to reach one asked, is a question about support; a person asked for
 * outright (转人, "a nice person", "connect me now") is a request, also when the asks for one are counted. As
 * conversations of one message: `[customer says, script, bot does]` (the engine folds traditional Chinese).
 */
import type { KnowledgeService } from '../../../../knowledge';
import type { TurnResult } from '../../../../bot/core/turn';
import { declinesPersonThenAsks, defersRequest } from '../../../../bot/core/signals/request-deferred';
import { does, handoffKnowledge, playConversation, type Script } from '../../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const PUT_OFF: Array<[string, Script]> = [
  ['no need to connect me now, just wondering when I can talk to a live agent if I ever need one', 'Hans'],
  ['no need to connect me now, just wondering when I can talk to a live agent', 'Hans'],
  ["I don't need a person right now, but what hours are your agents on?", 'Hans'],
  ['现在不用转人工 想问下人工客服几点上班', 'Hans'],
  ['而家唔使轉人 想問下幾點有真人', 'Hant'],
  // A bare "not now" with the question pointing later, and a person declined by name with the customer's own question.
  ['现在不需要，但想知道以后要找人工客服的话，什么时间有人', 'Hans'],
  ['而家唔使，不過想知以後搵真人客服幾點有人', 'Hant'],
  ['唔使搵真人 我淨係想知退款會退返去邊', 'Hant'],
  ['no need for a human, I just want to know where my refund goes', 'Hans'],
];
const ASKED: Array<[string, Script, string]> = [
  ["no need to wait, connect me to a person now", 'Hans', 'handoff L3 agent-request'],
  ["I'd like to speak to a person please", 'Hans', 'handoff L3 agent-request'],
  ["I'm 74 and these menus confuse me. May I talk to a nice person please?", 'Hans', 'handoff L3 agent-request'],
  ['could I speak to a friendly human please', 'Hans', 'handoff L3 agent-request'],
  // 转人 asked for outright is named by the rules, so the asks counted before it are asks for a person (L3).
  ['我問咗三次啦，直接幫我轉人喇', 'Hant', 'handoff L3 agent-request'],
  ['我问了两次了 帮我转人', 'Hans', 'handoff L3 agent-request'],
  ['我要转人', 'Hans', 'handoff L3 agent-request'],
  ['直接轉人啦', 'Hant', 'handoff L3 agent-request'],
  ['唔使等 即刻幫我轉真人', 'Hant', 'handoff L3 agent-request'],
  ['我要人工 现在', 'Hans', 'handoff L3 agent-request'],
  ['不用找机器人 我只想找真人', 'Hans', 'handoff L3 agent-request'],
];

describe('a person put off to later', () => {
  test.each(PUT_OFF)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(ASKED)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));

  test.each<[string, boolean]>([
    ['no need to connect me now, just wondering when I can talk to a live agent', true],
    ['现在不用转人工 想问下人工客服几点上班', true],
    ['no need to connect me now... actually connect me now', false],
    ['no need for a refund, when does my parcel arrive', false],
    ['不用转人工 我自己看看', false],
    ['不用转人工 我问了三次了 马上帮我转人工', false],
    ['现在不需要，但想知道以后要找人工客服的话，什么时间有人', true],
    ['现在不需要了，怎么转人工', false],
  ])('defersRequest(%s) → %s', (text, deferred) => expect(defersRequest(text)).toBe(deferred));

  test.each<[string, boolean]>([
    ['唔使搵真人 我淨係想知退款會退返去邊', true],
    ['no need for a human, I just want to know where my refund goes', true],
    ['不用找机器人 我只想找真人', false],
    ['no need to wait, I just want a human now', false],
    ['不用转人工 马上帮我查', false],
  ])('declinesPersonThenAsks(%s) → %s', (text, declined) => expect(declinesPersonThenAsks(text)).toBe(declined));
});
