import { foldRequestHomophones } from '../../../../bot/core/signals/request-homophones';

/** Homophone typos of 人工 / 真人 (and 客户 for 客服) fold back where a request stands, and nowhere else. */
describe('foldRequestHomophones', () => {
  test.each([
    ['转人公', '转人工'],
    ['我要找真仁', '我要找真人'],
    ['人宫客服在吗', '人工客服在吗'],
    ['人公！人公！', '人工！人工！'],
    ['请给我转珍人', '请给我转真人'],
    ['帮我转客户', '帮我转客服'],
    ['我要真仁客服', '我要真人客服'],
  ])('%s → %s', (typed, read) => {
    expect(foldRequestHomophones(typed)).toBe(read);
  });

  test.each(['主人公是谁', '两人共用一个账号可以吗', '机器人功能有哪些', '客户端怎么下载', '我是老客户', '找客户端', '转人工', '真人秀好看吗'])(
    'leaves other words alone: %s',
    (text) => {
      expect(foldRequestHomophones(text)).toBe(text);
    },
  );

  it('keeps every character in its place', () => {
    const text = '麻烦转人公，谢谢'.repeat(300);
    expect(foldRequestHomophones(text)).toHaveLength(text.length);
  });
});
