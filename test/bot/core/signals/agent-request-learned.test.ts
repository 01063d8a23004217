import { detectAgentRequest } from '../../../../bot/core/signals/agent-request';
import { learnedAgentRequest, namesSomeone } from '../../../../bot/core/signals/agent-request-learned';
import { ModelSchema } from '../../../../bot/core/signals/escalation-learned';
import shipped from '../../../../bot/core/signals/agent-request-weights.json';

// Written for this test (not in the training file). Requests in words no rule knows: each is read only by the model
// (its evidence is marked "(described)"), so each fails without it.
const DESCRIBED: Array<[string, 'en' | 'zh']> = [
  // "somebody with the power to sign off a refund" is read by a rule now (authority-person.ts).
  ['can somebody from your side look into why the same charge appeared twice', 'en'],
  ['i would like somebody who can make a decision to look at my return', 'en'],
  ['这单能不能交给懂行的同事从头查一遍', 'zh'],
  ['呢單可唔可以交畀識行嘅同事由頭查過', 'zh'],
  // Read since the model was fitted beside the composed rows (agent-request-generated.ts): one of the team asked to go
  // through something with the customer, in words of this test's own.
  ['ideally a member of the team would walk me through the setup', 'en'],
  ["I'd value an expert from your team reviewing the damage photos", 'en'],
];
// Near misses the model reads as requests, kept out by the gates: a question about support (hours, "if I need it
// later", whether people look at all). Each fails without its gate.
const GATED: Array<[string, 'en' | 'zh']> = [
  ['could somebody from your team look at my order at the weekend', 'en'],
  // How to reach one of the team, asked (agent-request.ts, EN_HOW_TO_REACH): the article on reaching a person answers.
  ['how would I get a member of the team to walk me through the setup', 'en'],
  ['does somebody from your team ever look at the photos or is it all automatic', 'en'],
  ['负责的同事一般几点上班，想让他看看我的订单', 'zh'],
];
// Near misses the model itself reads as routine: people mentioned in passing, questions about support, Baton asked.
const ROUTINE: Array<[string, 'en' | 'zh']> = [
  ['what time does the phone line open for the returns team tomorrow', 'en'],
  ['my manager needs the invoice for the office chairs sent to her by email', 'en'],
  ['someone stole the parcel from my porch, the doorbell camera shows it', 'en'],
  ['can you please sort out the wrong size on my order quickly', 'en'],
  // Read as a request by the model before it was fitted beside the composed rows, and kept out by its gate then.
  ['can somebody look at my order if i need it later on', 'en'],
  ['收件地址打错了 可以帮我改吗', 'zh'],
  ['同事要离职了，想给她买个礼物，能帮我包装一下吗', 'zh'],
  ['快递员说明天再送，我那时候不在家怎么办', 'zh'],
  ['同事要走，想送份禮物，可唔可以幫我包裝', 'zh'],
  ['送貨師傅放咗包裹喺門口，但係個箱爛咗', 'zh'],
];

// Once read only by the model, now named by the rules (contact asked of someone from a team: agent-request.ts).
const NAMED_NOW: Array<[string, 'en' | 'zh']> = [
  ['would somebody from accounts please get in touch with me about order 3318', 'en'],
  ['could you have someone from the delivery team ring me this evening', 'en'],
];

describe('requests for a person described in the customer’s own words', () => {
  test('the shipped weights parse', () => {
    expect(() => ModelSchema.parse(shipped)).not.toThrow();
  });
  test.each(DESCRIBED)('request: %s', (text, lang) => {
    const result = detectAgentRequest(text, lang);
    expect(result.requested).toBe(true);
    expect(result.evidence.every((e) => e.endsWith('(described)'))).toBe(true);
  });
  test.each(NAMED_NOW)('request, named by the rules: %s', (text, lang) => {
    expect(detectAgentRequest(text, lang).requested).toBe(true);
  });
  test.each(GATED)('question about support, kept out: %s', (text, lang) => {
    expect(learnedAgentRequest(text, lang)).not.toEqual([]);
    expect(detectAgentRequest(text, lang).requested).toBe(false);
  });
  test.each(ROUTINE)('routine: %s', (text, lang) => {
    expect(detectAgentRequest(text, lang).requested).toBe(false);
  });
  test('a message that names no one is left alone', () => {
    expect(namesSomeone('please sort this out for me asap', 'en')).toBe(false);
    expect(namesSomeone('你係咪机械人嚟㗎', 'zh')).toBe(false);
    // The customer's own people told about: no one of the store's asked for.
    expect(namesSomeone('屋企人入了院 我想将收件地址改去医院附近', 'zh')).toBe(false);
    expect(namesSomeone('能不能找个负责的人来处理', 'zh')).toBe(true);
    expect(learnedAgentRequest('please sort this out for me asap, it has gone on for weeks', 'en')).toEqual([]);
  });
  test('a message of a few words is left to the rules', () => {
    expect(learnedAgentRequest('somebody look', 'en')).toEqual([]);
  });
  test('a request the rules name carries no described evidence', () => {
    expect(detectAgentRequest('can i talk to a human please', 'en').evidence.some((e) => e.endsWith('(described)'))).toBe(false);
  });
});
