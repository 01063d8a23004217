/**
 * A customer in crisis, as conversations: `[customer says, script, the apology they hear]`. Self-harm is a safety
 * matter (a person at once, ahead of the queue), but the safety apology ("if anyone is hurt, call for help first") is
 * not what they need: they hear the crisis reply, with a crisis line, in their language and script.
 */
import { text, type Locale } from '../../../contracts';
import type { KnowledgeService } from '../../../knowledge';
import { handleTurn } from '../../../bot/core/engine';
import { EngineStateSchema } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const localeOf = (line: string, script: Script): Locale => (/^[\x20-\x7e]*$/.test(line) ? 'en' : script === 'Hant' ? 'zh-TW' : 'zh-CN');

const CRISIS_LINE: Record<Locale, string> = { en: '988', 'zh-CN': '12356', 'zh-TW': '1925' };

const CONVERSATIONS: Array<[string, Script, 'crisis' | 'safety']> = [
  ["I don't want to live anymore", 'Hans', 'crisis'],
  ['honestly i just want to die, nothing works out', 'Hans', 'crisis'],
  ["my order is late again and I've been thinking about ending my life", 'Hans', 'crisis'],
  ['我不想活了', 'Hans', 'crisis'],
  ['活不下去了 什么都不顺', 'Hans', 'crisis'],
  ['我唔想再活落去', 'Hant', 'crisis'],
  ['真的不想再活下去了', 'Hant', 'crisis'],
  // Someone hurt or in danger: the safety apology, which asks them to call for help first.
  ['my charger caught fire last night', 'Hans', 'safety'],
  ['your driver threatened to kill me', 'Hans', 'safety'],
  ['孩子吃了你们的饼干过敏 送医院了', 'Hans', 'safety'],
  ['充電器冒煙了', 'Hant', 'safety'],
];

test.each(CONVERSATIONS)('%s (%s) → L1 with the %s reply', (line, script, reply) => {
  const [turn] = playConversation(knowledge, [line], script);
  expect(does(turn)).toBe('handoff L1 safety');
  const apology = turn.replies.find((r) => r.kind === 'handoff')?.text ?? '';
  // The engine says it in the customer's own script and region (Hong Kong's 台灣, Taiwan's 臺灣): compare the line.
  const crisisLine = CRISIS_LINE[localeOf(line, script)];
  if (reply === 'crisis') expect(apology).toContain(crisisLine);
  else expect(apology).not.toMatch(/988|12356|1925/);
  expect(apology).not.toBe('');
  // No article pretends to help.
  expect(turn.replies.some((r) => r.kind === 'answer')).toBe(false);
});

// A life, a death or harm in another sense: no crisis, and no person.
const NOT_CRISIS: Array<[string, Script]> = [
  ["I don't want to live in a flat without a dishwasher, do you sell small ones", 'Hans'],
  ['i want to die lol these prices are so good', 'Hans'],
  ['这个价格简直是自杀式降价 还有货吗', 'Hans'],
];

test.each(NOT_CRISIS)('%s (%s) → no handoff', (line, script) => {
  const [turn] = playConversation(knowledge, [line], script);
  expect(does(turn)).not.toMatch(/^handoff/);
});

test.each(Object.entries(CRISIS_LINE))('the %s crisis reply names its crisis line', (locale, line) => {
  expect(text(locale as Locale, 'bot.crisisEmpathy')).toContain(line);
});

// Waiting in the queue already (the runtime says so): the apology is not said again, but a customer in crisis still
// hears where to find help, and the ticket is raised (the handoff effect goes on at L1).
const QUEUED: Array<[string, Script, boolean]> = [
  ["I don't want to live anymore", 'Hans', true],
  ['我不想活了', 'Hans', true],
  ['我唔想再活落去', 'Hant', true],
  ['my charger caught fire last night', 'Hans', false],
];

test.each(QUEUED)('queued: %s (%s) → crisis line said again: %s', (line, script, crisis) => {
  const input = { conversationId: 'c1', channel: 'test', userId: 'u1', text: line, queued: true, locale: script === 'Hant' ? 'zh-TW' : undefined };
  const turn = handleTurn(input, EngineStateSchema.parse({}), { knowledge });
  expect(does(turn)).toBe('handoff L1 safety');
  const apology = turn.replies.find((r) => r.kind === 'handoff')?.text;
  if (crisis) expect(apology).toContain(CRISIS_LINE[localeOf(line, script)]);
  else expect(apology).toBeUndefined();
});
