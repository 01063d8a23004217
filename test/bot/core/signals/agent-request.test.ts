import { detectAgentRequest } from '../../../../bot/core/signals';

const ENGLISH_REQUESTS = [
  'talk to a human',
  'I want to talk to a real person',
  'agent please',
  'Agent!',
  'HUMAN',
  'representative',
  'Can I speak to someone?',
  'let me speak to your manager',
  'customer service',
  'transfer me to an agent',
  'transfer me please',
  'I need to contact a live agent',
  'get me a human',
  'I want a live agent',
  'is there a real person I can talk to?',
  'put me through to customer support',
  'connect me with an operator',
  'how do I get in touch with customer service?',
  'what is the customer service phone number',
  "I don't want to talk to a bot",
  'you are useless, let me chat with somebody',
  'could I speak with one of your representatives',
  'I would like to call customer support',
  'escalate this please',
];

const ENGLISH_MENTIONS = [
  'the delivery agent left it in the rain',
  'the person at the door said it was damaged',
  'my husband placed the order',
  'I talked to someone yesterday and they promised a refund',
  'your agent was rude to me',
  'can I send the gift to another person?',
  "I don't want to talk to an agent, just tell me the price",
  'am I talking to a real person?',
  'I made a transfer to someone last week',
  'what do you call someone who was born in Segovia',
  'customers like me deserve better',
  'the human resources department',
  'someone stole my package',
  'people say the battery is weak',
];

const CHINESE_REQUESTS = [
  '转人工',
  '我要转人工服务',
  '人工客服',
  '人工',
  '找客服',
  '帮我联系一下客服',
  '我要跟真人说话',
  '有没有人工',
  '客服电话是多少',
  '叫你们经理来',
  '给我接人工',
  '不想跟机器人聊了',
  '有人在吗？',
  '有没有人管管',
  'agent please',
];

const CHINESE_MENTIONS = [
  '快递员把包裹放在门口了',
  '我老公下的单',
  '客服说明天发货',
  '人工智能太笨了',
  '安装的人工费怎么算',
  '跟客服说了好几次都没用',
  '不用转人工，我自己看看',
  '门口那个人是谁',
  '有没有人用过这个型号',
  '还需要人工审核吗',
];

describe('detectAgentRequest', () => {
  test.each(ENGLISH_REQUESTS)('asks for a person: %s', (text) => {
    const result = detectAgentRequest(text, 'en');
    expect(result.requested).toBe(true);
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  test.each(ENGLISH_MENTIONS)('only mentions people: %s', (text) => {
    expect(detectAgentRequest(text, 'en')).toEqual({ requested: false, evidence: [] });
  });

  test.each(CHINESE_REQUESTS)('asks for a person: %s', (text) => {
    expect(detectAgentRequest(text, 'zh').requested).toBe(true);
  });

  test.each(CHINESE_MENTIONS)('only mentions people: %s', (text) => {
    expect(detectAgentRequest(text, 'zh')).toEqual({ requested: false, evidence: [] });
  });

  test('evidence is the request as written', () => {
    expect(detectAgentRequest('Please, I need to speak to a live agent now', 'en').evidence).toEqual([
      'speak to a live agent',
    ]);
    expect(detectAgentRequest('东西坏了，转人工', 'zh').evidence).toEqual(['转人工']);
  });
});
