import { escalationFeatures, kindWordTold, learnedEscalations, parseEscalationWeights } from '../../../../bot/core/signals/escalation-learned';
import { detectComplaintLevel } from '../../../../bot/core/signals';
import shipped from '../../../../bot/core/signals/escalation-weights.json';

// Escalations described in words no rule names, and routine messages that share their words. Written for this test
// (not in the training file).
const DESCRIBED: Array<[string, 'en' | 'zh', 'safety' | 'legal']> = [
  ['the blender lid flew off and the hot soup went all over my arm, it is blistering', 'en', 'safety'],
  ['my son chewed the toy and a piece broke off in his mouth, he was coughing', 'en', 'safety'],
  ['my little boy put one of the magnets from the building set in his mouth and swallowed it, we are at the walk in clinic', 'en', 'safety'],
  ['the lamp flickered, then there was a pop and the plug has a brown scorch round it', 'en', 'safety'],
  ['孩子玩的时候把小零件塞进嘴里吞下去了 现在在急诊', 'zh', 'safety'],
  ['my solicitor has all the paperwork and will be sending you a letter before action this week', 'en', 'legal'],
  ['我已经把所有聊天记录和照片都交给律师了 等着收律师函吧', 'zh', 'legal'],
  ["the kettle handle snapped while pouring and boiling water went down my neighbour's leg, it's all red and peeling", 'en', 'safety'],
  ['取暖器放了一晚上 木地板烤出一块焦印 孩子就睡在旁边', 'zh', 'safety'],
  ['my lawyer has drafted the claim form and it goes to the court on monday unless you pay', 'en', 'legal'],
  ['I put the full story of your refund runaround on a local parents page and it is getting shared a lot', 'en', 'legal'],
];
const ROUTINE: Array<[string, 'en' | 'zh']> = [
  ['is the kettle safe to use without the filter in', 'en'],
  ['i work at a law firm, can i get the invoice in the firm name', 'en'],
  ['i ordered two lamps last week and only one came, what do i do', 'en'],
  ['how do i leave a review for the sofa i bought', 'en'],
  ['where is the food court', 'en'],
  ['宝宝几个月可以用这个餐椅', 'zh'],
  ['退款一般几天到账', 'zh'],
  ['可以开发票给律师事务所吗', 'zh'],
  // Routine questions told as stories, as long as the escalations: who it was for, when, what happened at the post
  // office. Fitted with short routine rows only, the models read their family and time words as safety and their
  // "post", "send" and "contact" as legal.
  ['I sent a message through your contact form on sunday asking someone to ring me about a delivery slot, has anyone seen it', 'en'],
  ['my son bought me this kettle for christmas and I use it every morning, the lid has gone a bit stiff, can I get a new lid', 'en'],
  ['the post office said the parcel was too heavy for a standard stamp, can you send me a prepaid label instead', 'en'],
  ['我老公上个月在你们这买的登山鞋 穿了两次觉得有点挤脚 现在还能换大一码吗', 'zh'],
  ['我女兒現在讀小三 上個月買的書包背帶有點鬆 可以換嗎', 'zh'],
  ['昨天收到的包裹 小孩拆的時候把盒子弄破了 東西沒事 還能退嗎', 'zh'],
  ['我個仔而家讀小二 上個月買嘅書包條帶鬆咗 可唔可以換', 'zh'],
];

describe('escalations described in the customer’s own words', () => {
  test('the shipped weights parse', () => {
    expect(() => parseEscalationWeights(shipped)).not.toThrow();
  });
  test.each(DESCRIBED)('%s → %s', (text, lang, kind) => {
    expect(learnedEscalations(text, lang).map((l) => l.kind)).toContain(kind);
  });
  test.each(ROUTINE)('routine: %s', (text, lang) => {
    expect(learnedEscalations(text, lang)).toEqual([]);
  });
  test('the evidence names the words that weighed most, without repeats', () => {
    const [reading] = learnedEscalations(DESCRIBED[0][0], 'en');
    expect(reading.evidence.length).toBeGreaterThan(0);
    expect(new Set(reading.evidence).size).toBe(reading.evidence.length);
    for (const word of reading.evidence) expect(escalationFeatures(DESCRIBED[0][0], 'en').some((f) => f === word || f === `c:${word}`)).toBe(true);
  });
  test('a message of two words is left to the rules', () => {
    expect(learnedEscalations('court hearing', 'en')).toEqual([]);
  });
});

// Long calm stories the models read by their telling (pronouns, days, an amount and a request to handle it), with no
// word of the kind anywhere: no escalation by themselves.
const TOLD_WITHOUT_KIND: Array<[string, 'en' | 'zh']> = [
  ["Honestly I'm hopeless with computers, my husband does all this but he's at his brother's in Cardiff till Friday. Could I have a real person on the chat please", 'en'],
  ["Look, I'm no good with these websites, my daughter sorts it usually but she's at her in-laws in Bristol till the weekend. Could I get a real human on here please", 'en'],
  ['公司订了九十万的设备 少了四箱 请尽快处理', 'zh'],
  ['公司訂了新台幣七十萬的機台 少了兩箱 請盡快處理', 'zh'],
];

describe('a learned reading needs a word of its kind', () => {
  test.each(TOLD_WITHOUT_KIND)('%s → no safety or legal', (text, lang) => {
    expect(detectComplaintLevel(text, lang).complaints.filter((c) => c.kind === 'safety' || c.kind === 'legal')).toEqual([]);
  });
  test.each(DESCRIBED)('described: %s names its kind', (text, lang, kind) => {
    expect(kindWordTold(text, lang, kind)).toBe(true);
  });
});

describe('the learned readings fill in for the rules', () => {
  test('a described injury is a safety complaint with its evidence marked as described', () => {
    const result = detectComplaintLevel('after using the face mask my skin is weeping and sore', 'en');
    expect(result.level).toBe('L1');
    expect(result.kind).toBe('safety');
    expect(result.evidence.some((e) => e.endsWith('(described)'))).toBe(true);
  });
  test('they stay out when the customer asks for a person', () => {
    const text = DESCRIBED[4][0];
    expect(detectComplaintLevel(text, 'en', { agentRequested: true }).complaints.some((c) => c.evidence.some((e) => e.endsWith('(described)')))).toBe(false);
  });
  test('a legal reading stays out of a message that only asks, and counts when it is told', () => {
    const asked = 'If the product arrive broken, how I report it? I need to take the photos?';
    expect(learnedEscalations(asked, 'en').map((l) => l.kind)).toContain('legal');
    expect(detectComplaintLevel(asked, 'en').complaints.some((c) => c.kind === 'legal')).toBe(false);
    const told = 'my solicitor has all the paperwork and will be sending you a letter before action this week';
    expect(detectComplaintLevel(told, 'en').complaints.some((c) => c.kind === 'legal')).toBe(true);
  });
  test('they never move a level the rules set: abuse stays abuse', () => {
    const result = detectComplaintLevel('you lot are a bunch of useless idiots and my solicitor will hear about this letter', 'en');
    expect(result.complaints.every((c) => c.evidence.every((e) => !e.endsWith('(described)')))).toBe(true);
  });
});
