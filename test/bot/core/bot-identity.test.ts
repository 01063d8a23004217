/**
 * Asking what the bot is, as a whole message: read by the shape of the question (you / this chat / 对面 … a person or a
 * machine), in English, simplified and traditional Chinese and Cantonese; asking for a person is not such a question.
 */
import { asksWhatTheBotIs } from '../../../bot/core/bot-identity';
import { foldChinese } from '../../../knowledge/text';

const asks = (text: string) => asksWhatTheBotIs(foldChinese(text));

describe('asks what the bot is', () => {
  test.each([
    'r u a real person or AI',
    'am I talking to a bot',
    'are you a bot?',
    'Are you human?',
    'hey are you a robot lol',
    'you a bot?',
    'am i chatting with a real person or a machine?',
    'is this a real person',
    'is this AI?',
    'is this chat automated',
    'are you real',
    'who am I talking to',
    '你是机器人吗',
    '你是不是真人',
    '请问你是真人还是机器人？',
    '是机器人在回复吗',
    '我在跟机器聊天吗',
    '你是AI吗',
    '你是真人嗎',
    '對面係咪真人',
    '你係咪真人嚟㗎',
    '你係機械人定真人',
    '我係咪同緊機器人傾偈',
    // With only curiosity and "no person needed" beside it, each in a clause of its own.
    'are you a bot or a real person? just curious, no need to transfer',
    'is this a bot, no need to connect me to a person lol',
    'are you human? just wondering',
    '你是機器人嗎？只是好奇，不用轉人工',
    '你是机器人吗 不用转人工 就好奇问问',
    '你是真人嗎 好奇而已',
  ])('%s', (text) => {
    expect(asks(text)).toBe(true);
  });
});

describe('does not ask what the bot is', () => {
  test.each([
    // Asking for a person (the agent-request detector's).
    'I want a real person',
    'can i talk to a real person',
    'is there a real person i can talk to',
    '转真人',
    '我要真人',
    '找真人',
    // A question with more in it, or about a thing.
    '真人客服几点上班',
    '你们是真人客服吗 我要投诉',
    'is it real?',
    'is it real leather',
    'are you open on sundays',
    'is this item in stock',
    // Beside something else asked or wanted.
    'are you a bot? get me a human',
    'are you a bot? where is my order',
    '你是机器人吗 转人工',
    '你是机器人吗 好奇 我的快递到哪了',
    'just curious, do you ship to canada',
  ])('%s', (text) => {
    expect(asks(text)).toBe(false);
  });
});
