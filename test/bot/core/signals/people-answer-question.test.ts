import { asksWhetherPeopleAnswerChinese, asksWhetherPeopleAnswerEnglish } from '../../../../bot/core/signals/people-answer-question';

// [an English sentence, normalised; whether it asks if people answer the chat at all]
const ENGLISH: Array<[string, boolean]> = [
  ['does a real person ever read these chats', true],
  ['does anyone usually answer these', true],
  ['is there a real human or is it all bots', true],
  ['are there actual people or just ai', true],
  ['is anyone there', false],
  ['does a real human actually read these messages', false],
  ['is there a real person i can talk to', false],
  ['i want a person or i will cancel my order', false],
  ['have you ever shipped to iceland', false],
];

// [the words found as a request, the whole message (folded); whether they only ask if people are there]
const CHINESE: Array<[string, string, boolean]> = [
  ['有没有真人', '你们有没有真人客服啊 还是全是机器人', true],
  ['有没有真人', '你们有没有真人客服的 定是全部都是机械人', true],
  ['转人工', '你们有没有真人客服 还是都是机器人 帮我转人工', false],
  ['有没有真人', '有没有真人客服', false],
  ['有真人吗', '有真人吗', false],
];

describe('asksWhetherPeopleAnswerEnglish', () => {
  test.each(ENGLISH)('%s → %s', (sentence, asks) => {
    expect(asksWhetherPeopleAnswerEnglish(sentence)).toBe(asks);
  });
});

describe('asksWhetherPeopleAnswerChinese', () => {
  test.each(CHINESE)('%s in %s → %s', (found, message, asks) => {
    expect(asksWhetherPeopleAnswerChinese(found, message)).toBe(asks);
  });
});
