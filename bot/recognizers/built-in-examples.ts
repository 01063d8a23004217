import type { Lang } from '../../contracts';
/**
 * Hand-written example messages for Baton's built-in intents, in English and Chinese. Greetings, thanks, goodbyes and
 * complaints are matched against them (built-in-index.ts) to catch the paraphrases the rule detectors miss ("hi
 * there!", "ok bye then", "I'm really disappointed with you"). Agent requests are decided by `detectAgentRequest`
 * alone: to a word-overlap matcher "the delivery agent left it in the rain" looks like "I want an agent", which is the
 * mistake that detector exists to avoid. Its examples are kept here as a table the tests hold the recognizer to.
 */

export type ExampleIntent = 'greeting' | 'thanks' | 'goodbye' | 'agent_request' | 'complaint';

export const BUILT_IN_EXAMPLES: Readonly<Record<ExampleIntent, Readonly<Record<Lang, readonly string[]>>>> = {
  greeting: {
    en: [
      'hi', 'hello', 'hey', 'hi there', 'hello there', 'hey there', 'good morning', 'good afternoon', 'good evening',
      'hello, anyone there?', 'how are you', 'how are you doing', 'morning', 'hiya',
    ],
    // Not "is anybody there?" nor "有人吗": detectAgentRequest reads them as asking for a person, and that reading wins.
    zh: ['你好', '您好', '你好啊', '在吗', '在不在', '哈喽', '嗨', '早上好', '下午好', '晚上好', '早', '你好，在吗', '您好，请问在吗'],
  },
  thanks: {
    en: [
      'thanks', 'thank you', 'thank you so much', 'thanks a lot', 'thanks for your help', 'thank you for the help',
      'many thanks', 'much appreciated', 'great, thanks', 'perfect, thank you', 'that was helpful, thanks', 'cheers',
      'thank you very much for your help', 'thanks a lot for the help', 'thanks for all your help',
      'thank you so much for your help', 'thanks, that answers my question',
    ],
    zh: ['谢谢', '谢谢你', '谢谢您', '非常感谢', '多谢', '感谢', '谢啦', '好的，谢谢', '谢谢你的帮助', '太好了，谢谢', '麻烦你了，谢谢'],
  },
  goodbye: {
    en: [
      'bye', 'goodbye', 'bye bye', 'see you', 'see you later', 'talk to you later', 'have a nice day', 'that is all',
      "that's all for now", 'no more questions', 'bye for now', "that's everything, bye",
    ],
    zh: ['再见', '拜拜', '回头见', '没有其他问题了', '就这些', '没事了', '好的，再见', '先这样吧', '没有别的问题了'],
  },
  agent_request: {
    en: [
      'talk to a human', 'I want to speak to a real person', 'agent please', 'can I talk to someone?',
      'connect me with customer service', 'transfer me to an agent', 'let me speak to your manager', 'representative',
    ],
    zh: ['转人工', '人工客服', '我要找客服', '帮我转接人工服务', '我想跟真人说话', '叫你们经理来', '人工'],
  },
  complaint: {
    en: [
      'I want to make a complaint', 'I want to file a complaint about your service', 'this is unacceptable',
      'your service is terrible', 'I am very disappointed with your service', 'I am really unhappy with how this was handled',
      'worst experience ever', 'you people are useless', 'I have been waiting for weeks and nobody helps me',
      'I am so disappointed with you', 'this is ridiculous', 'you guys are a joke', 'nobody is helping me',
    ],
    zh: ['我要投诉', '我要投诉你们', '你们的服务太差了', '太让人失望了', '我对你们的处理非常不满', '这是什么破服务', '我要给差评', '等了好几个星期都没人管'],
  },
};
