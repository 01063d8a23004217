import { composedChineseRequest, composedEnglishRequest } from '../../../../bot/core/signals/person-request';
import { normalizeEnglish } from '../../../../bot/core/signals/patterns';

// A person word and a cue that asks for one, in one clause: the clause is the evidence.
const ENGLISH: Array<[string, string[]]> = [
  ['any humans here?', ['any humans here']],
  ['my order is late. Is a human available?', ['is a human available']],
  ['ok, someone real please', ['someone real please']],
  ['I would prefer a person please', ['i would prefer a person please']],
  ['could you have someone contact me', ['could you have someone contact me']],
  ['talk to a live represenative', ['talk to a live represenative']],
  ['human assistance required', ['human assistance required']],
  ['no more bots please', ['no more bots please']],
  ['skip the bot', ['skip the bot']],
  ['can i bypass this bot and talk to someone', ['can i bypass this bot and talk to someone']],
  ['gimme a human', ['gimme a human']],
  // A person taking the conversation over from the bot.
  ['could somebody on staff take over from here', ['could somebody on staff take over from here']],
  // "hello? is anybody there" is a greeting (the local recognizer's built-in example), not a request.
  ['hello? is anybody there', []],
  // Described, narrated, refused, asked what Baton is, or a story too long to read as one request.
  ['the delivery agent is outside', []],
  ['the agent said it ships monday', []],
  ['I spoke to a supervisor yesterday', []],
  ["I don't want to talk to an agent", []],
  ['are you a human?', []],
  ['can someone help me unblock my pin', []],
  ['can a person open an account at sixteen', []],
  ['please add the staff meeting to my calendar', []],
  ['I want to close my account due to poor customer service', []],
  // Someone's own: a possessive or "I'm" opens the person's noun phrase; people counted.
  ['our purchasing agent needs an itemised invoice', []],
  ["i'm the human resources manager and want gift cards", []],
  ['i want to buy gift cards for 20 staff', []],
  ['i am a manager and need to talk to a human', ['i am a manager and need to talk to a human']],
  // A being of any name to talk with instead of the bot, or made real; not a channel, nor a thing to check instead.
  ['got a sentient being I could talk to instead', ['got a sentient being i could talk to instead']],
  ['is there an actual living soul we can speak with', ['is there an actual living soul we can speak with']],
  ['is there a whatsapp number I can chat with instead', []],
  ['is there a size guide I can look at instead', []],
  // People of the shop with the bot set aside ("not with a robot"); on their own they are anyone's.
  ['i would like a clerk of the store, not with a robot', ['i would like a clerk of the store']],
  ['clerk please not a robot', ['clerk please not a robot']],
  ['i want my workers not robots to do it', []],
  ['can your workers carry it upstairs', []],
  ['the clerk not the machine printed my receipt wrong', []],
  ['i need it now because my sister and her husband and their kids are visiting next week and the manager of the hotel wants it', []],
];

const CHINESE: Array<[string, string[]]> = [
  ['能不能让客服跟我聊', ['能不能让客服跟我聊']],
  ['东西坏了，找专人处理', ['找专人处理']],
  ['客服在吗', ['客服在吗']],
  ['我要跟人说话', ['我要跟人说话']],
  ['来个人工', ['来个人工']],
  ['客服说明天发货', []],
  // What an agent told the customer, not a talk asked for (跟我说一下, 跟我聊 ask for one).
  ['客服跟我说三天内退款 是真的吗', []],
  ['之前客服跟我讲过会补发', []],
  ['客服跟我说一下', ['客服跟我说一下']],
  ['我经理让我买的', []],
  ['客服处理结果我不满意', []],
  ['不用转人工', []],
  ['人工智能是什么', []],
  ['我们主管想买礼物卡送员工', []],
  ['我是经理 想找你们客服', ['想找你们客服']],
  // Someone who can talk with the customer, asked after; not other customers like them, nor being told how.
  ['有没有人能同我倾下', ['有没有人能同我倾下']],
  ['有没有人可以跟我聊一下', ['有没有人可以跟我聊一下']],
  ['有没有人跟我一样没收到', []],
  ['有没有人跟我说一下怎么退', []],
  // Anyone asked to look at the customer's own order or case; not other customers asked about a product.
  ['有没有人可以真的看一下这张单', ['有没有人可以真的看一下这张单']],
  ['有没有人可以认真处理一下我的问题', ['有没有人可以认真处理一下我的问题']],
  ['有没有人看过这个评测', []],
  ['有没有人用过这个吸尘器', []],
  // The one who helped last time, described; fetched when asked after.
  ['上次帮我处理的客服人员很亲切 想给他好评', []],
  ['上次帮我处理的客服呢', ['上次帮我处理的客服呢']],
  // The marketplace's name for the shop's staff, called for; not a child, nor a size.
  ['小二呢 出来一下', ['小二呢']],
  ['我家小二今年上小学 书包有什么推荐', []],
];

describe('a request for a person read by composition', () => {
  test.each(ENGLISH)('%s → %j', (text, evidence) => {
    expect(composedEnglishRequest(normalizeEnglish(text))).toEqual(evidence);
  });

  test.each(CHINESE)('%s → %j', (text, evidence) => {
    expect(composedChineseRequest(text)).toEqual(evidence);
  });
});
