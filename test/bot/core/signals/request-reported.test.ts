/**
 * A request for a person that is someone else's advice, reported and laughed off or turned from, is no request of the
 * customer's (request-reported.ts); a request the customer makes after it, or a report the customer does not set aside,
 * stands. So with a claim or a threat in someone else's words (legal words, an insult) that the customer disowns before a
 * routine question, and with a past contact with a person told as settled. As conversations of one message:
 * `[customer says, script, bot does]`.
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
  // An account of how things were, or are as a habit, before a question of the customer's own: no request now.
  ['我奶奶说以前买东西都可以直接找老板 你们几点关门', 'Hans'],
  ['我爸说那时候买东西都会找店长聊 你们支持分期吗', 'Hans'],
  ['我阿公說以前買東西都可以直接找老闆 你們營業時間是幾點', 'Hant'],
  ['我外婆說從前買東西都可以跟老闆講價 請問有沒有會員折扣', 'Hant'],
  ['我阿媽話以前買嘢可以同老闆傾價 你哋有冇價保', 'Hant'],
  ['我爷爷说小时候买东西都可以直接找老板讲价 你们周末营业吗', 'Hans'],
  ['我妈说以前都可以找经理退货 你们退货期限多久', 'Hans'],
  ['我阿嬤說以前買東西都會直接找老闆 你們有實體店嗎', 'Hant'],
  ['我阿爺話以前買嘢都可以搵老闆 你哋星期日開唔開', 'Hant'],
];
/** Someone else's claim or threat, disowned or laughed off before a question of the customer's own. */
const CLAIM_REPORTED: Array<[string, Script]> = [
  ['my coworker said your store is a scam but i dont believe her. do you accept apple pay', 'Hans'],
  ['my sister says she is going to report her gym to the BBB, nothing to do with me. can I pay with paypal', 'Hans'],
  ['my friend told me she is going to the ombudsman about her energy company, none of my business. do you sell gift cards', 'Hans'],
  ["everybody at work says this shop is a rip off scam but i don't believe it. how long is delivery to leeds", 'Hans'],
  ['隔壁同事在说要告某个外卖平台 跟我没关系哈 我想问下运费怎么算', 'Hans'],
  ['我朋友说投诉到12315很有用 不过我只是想问下退货运费谁出', 'Hans'],
  // A laugh (笑死) or "I only ask" (我就问下) sets the report aside as plainly as 哈哈 and 只是想问.
  ['同事说要告他们老板 笑死 我想改下收货地址', 'Hans'],
  ['我朋友说要去消协投诉他们公司 我就问下你们退货要几天', 'Hans'],
  ['我妈说这种店都是骗子 我不信 请问你们支持货到付款吗', 'Hans'],
  ['听同事说他要找律师告他老板 跟我无关 我想问怎么修改收货地址', 'Hans'],
  ['大家都说你们是骗子 我不信 请问怎么查物流', 'Hans'],
  ['我同事說要告某家外送平台 跟我沒關係 想問運費怎麼算', 'Hant'],
  ['我朋友說打1950消保專線很有用 不過我只是想問退貨運費誰付', 'Hant'],
  ['我老闆講佢要告個供應商 唔關我事 想問下運費點計', 'Hant'],
  ['我朋友話你哋係騙子 但我唔信 請問可以用八達通俾錢嗎', 'Hant'],
];
/** A past contact with a person, told as settled: no request now. */
const CONTACT_SETTLED: Array<[string, Script]> = [
  ['上次找客服投诉已经解决了 谢谢你们 想再提个小建议', 'Hans'],
  ['上次找客服投訴已經解決了 謝謝你們 想再提個小建議', 'Hant'],
  ['上次搵客服投訴已經搞掂咗 多謝晒 想再提個小建議', 'Hant'],
];
/** Taken up by the customer, not disowned, or asked again: still the customer's own. */
const CLAIM_KEPT: Array<[string, Script, string]> = [
  ['my lawyer says I should sue you and I will', 'Hans', 'handoff L1 legal'],
  ["my coworker told me to sue you guys haha, she's right, I'm going to", 'Hans', 'handoff L1 legal'],
  ['everyone says you are scammers and I agree', 'Hans', 'handoff L2 abuse'],
  ['my husband says you are scammers but I want my money back', 'Hans', 'handoff L2 abuse'],
  ["my neighbour said you sold her a fake, and you sold me one too, I'm reporting you to 12315", 'Hans', 'handoff L1 legal'],
  ['我老公说要去消协投诉你们', 'Hans', 'handoff L1 legal'],
  ['我朋友说要告你们 我也要告', 'Hans', 'handoff L1 legal'],
  ['我朋友说你们是骗子 哈哈 我也觉得', 'Hans', 'handoff L2 abuse'],
  ['上次找客服已经解决了 但是这次又坏了 转人工', 'Hans', 'handoff L3 agent-request'],
  ['我老公說要去消基會投訴你們', 'Hant', 'handoff L1 legal'],
  ['我朋友說你們是騙子 我也這麼覺得', 'Hant', 'handoff L2 abuse'],
  ['我老公話要去消委會投訴你哋', 'Hant', 'handoff L1 legal'],
];
const STILL_ASKED: Array<[string, Script, string]> = [
  ["my wife says I should ask for a manager haha, she's right, get me a manager", 'Hans', 'handoff L3 agent-request'],
  ['my husband told me to ask for a human', 'Hans', 'handoff L3 agent-request'],
  ['I want to speak to your manager about shipping costs', 'Hans', 'handoff L3 agent-request'],
  ['我老公说要找人工，那就转人工吧', 'Hans', 'handoff L3 agent-request'],
  ['我朋友叫我找人工哈哈 对 我要人工', 'Hans', 'handoff L3 agent-request'],
  ['我媽叫我搵真人客服 哈哈 幫我轉真人', 'Hant', 'handoff L3 agent-request'],
  // The account taken up: the customer asks for the person now.
  ['my husband says I should ask for a manager, so can I speak to one', 'Hans', 'handoff L3 agent-request'],
  ['my grandpa says back in the day you could always ask for a manager, so get me your manager', 'Hans', 'handoff L3 agent-request'],
  ['我爸说以前都可以直接找老板 我要找你们老板', 'Hans', 'handoff L3 agent-request'],
  ['我阿公說以前都可以找老闆 我要找你們老闆', 'Hant', 'handoff L3 agent-request'],
  ['我妈说要找你们老板投诉 我也要', 'Hans', 'handoff L3 agent-request'],
  // The question turned back to now or to the person: the customer asks for what the account told of.
  ['我妈说以前都可以找你们经理 现在怎么找', 'Hans', 'handoff L3 agent-request'],
  ['我妈说以前买东西都可以找老板 你们老板在吗', 'Hans', 'handoff L3 agent-request'],
  ['my mum says you used to be able to talk to a real person, how do I do that now', 'Hans', 'handoff L3 agent-request'],
];

describe('a request for a person reported from someone else and set aside', () => {
  test.each(REPORTED)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_ASKED)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test.each(CLAIM_REPORTED)("%s (%s) → someone else's words, no person", (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(CONTACT_SETTLED)('%s (%s) → a settled contact, no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(CLAIM_KEPT)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
