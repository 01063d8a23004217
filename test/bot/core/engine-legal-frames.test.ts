/**
 * Legal and press words by their frame, as conversations of one message: `[customer says, script, bot does]`. A threat
 * denied ("I'm not going to sue you"), someone else's lawsuit (我哥在打官司), a work about the word ("the movie about
 * the lawyer"), a scent that is something burned ("smells like burning wood"), an incident supposed in the simple present
 * ("what happens if the battery overheats?"): routine. The press called now or the dispute pushed until it is public:
 * a person at once.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const ROUTINE: Array<[string, Script]> = [
  // Asked whether a text or a link in hand is a scam (word-role.ts): a question of account safety.
  ['收到短信说账号被锁，是诈骗吗', 'Hans'],
  ['收到簡訊說帳號被鎖，是詐騙嗎', 'Hant'],
  ['这个链接是不是诈骗啊 说我的包裹要补运费', 'Hans'],
  ['is this email a scam? it says my account is locked', 'Hans'],
  ['got a text saying my parcel is held at customs, legit or scam?', 'Hans'],
  ["i'm not going to sue you or anything, just tell me when the refund lands", 'Hans'],
  ['the documentary about the lawyer was brilliant, anyway how do I reset my password?', 'Hans'],
  ['the candle smells like burning firewood, so cosy! do you have a bigger size?', 'Hans'],
  ['what happens if the power bank overheats? is that covered by the warranty?', 'Hans'],
  ['how do you know when your cat is ill? do you sell a pet thermometer', 'Hans'],
  ['我姐最近在打官司 手头有点紧 能分期付款吗', 'Hans'],
  ['我哥在打官司 手頭很緊 可以分期嗎', 'Hant'],
  ['我老公喺度打緊官司 可唔可以分期', 'Hant'],
];

const A_PERSON_AT_ONCE: Array<[string, Script, string]> = [
  // The shop itself called a scam, asked or not.
  ['is this site a scam? paid 2 weeks ago and nothing came', 'Hans', 'handoff L2 abuse'],
  ['你们是不是骗子 钱付了货不发', 'Hans', 'handoff L2 abuse'],
  ["if this isn't fixed by friday i'm calling the local paper", 'Hans', 'handoff L1 legal'],
  ["not stopping until everyone knows about it, you've had three weeks", 'Hans', 'handoff L1 legal'],
  ['my power bank overheats every time I charge it and burned my hand', 'Hans', 'handoff L1 safety'],
  ['how do I know if my son has food poisoning from your snacks', 'Hans', 'handoff L1 safety'],
  ['我哥是律师 他说可以起诉你们', 'Hans', 'handoff L1 legal'],
  ['我哥是律師 他說可以告你們', 'Hant', 'handoff L1 legal'],
];

describe('legal and press words by their frame', () => {
  test.each(ROUTINE)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(A_PERSON_AT_ONCE)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
