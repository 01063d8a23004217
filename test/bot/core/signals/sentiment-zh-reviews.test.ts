import { analyzeEmotion, analyzeSentiment, type SentimentLabel } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

/**
 * Chinese reviews and support messages (issue 12): words whose sentiment character means something else, "但是" in
 * a good review, questions, comparisons, rhetorical "不是…吗", waits told as complaints, food delivery. Traditional
 * Chinese is folded to simplified first, as the engine does. The sentences were written for these tests.
 */
const zh = (text: string) => analyzeSentiment(foldChinese(text), 'zh');

const READINGS: Array<[string, SentimentLabel]> = [
  // A greeting, a top-up, a holiday, a hotel's class, a shortcut key are not praise or complaint.
  ['你好，我的快递还没到', 'negative'],
  ['您好，我想問一下退貨流程', 'neutral'],
  ['充值了100元', 'neutral'],
  ['来这边度假住了三晚', 'neutral'],
  ['号称五星级酒店，其实也就三星的水平', 'neutral'],
  ['这个快捷键怎么设置', 'neutral'],
  // "但是" adds a flaw to a good review as often as it turns to the verdict.
  ['位置不错，房间也干净，但是打车不太方便', 'positive'],
  ['地點不錯，但是早餐太差了，再也不會來了', 'negative'],
  // Asked about, not said.
  ['不知道是不是正品', 'neutral'],
  ['是否正品？', 'neutral'],
  ['這個好用嗎？', 'neutral'],
  ['质量好吗', 'neutral'],
  ['你们这样合适吗？', 'negative'],
  // "好好" before a verb is "properly".
  ['你们应该好好反省一下', 'neutral'],
  ['能不能好好包装一下', 'neutral'],
  // Short of what was said or bought before.
  ['不像宣传的那么好', 'negative'],
  ['沒有上次買的那麼好吃', 'negative'],
  // "不是…吗" affirms.
  ['这不是坑人吗？', 'negative'],
  ['這不是挺好的嗎', 'positive'],
  // A wait told as a complaint; a duration of use is none.
  ['都三天了还没发货', 'negative'],
  ['已經一個星期了，什麼時候到', 'negative'],
  ['用了三个月了，很好用', 'positive'],
  // Food delivery.
  ['送到的时候饭都凉了，汤也洒了', 'negative'],
  ['分量太少了，还少送了一份饮料', 'negative'],
  ['太辣了，吃不下', 'negative'],
  ['很好吃，分量足，送餐也快', 'positive'],
  ['味道不错，下次还点', 'positive'],
  // Said to a company's service account.
  ['逗我吗？充了值又说欠费', 'negative'],
  ['你们有没有良心', 'negative'],
  ['投诉了一个星期了，一点消息也没有', 'negative'],
  ['太過份了吧', 'negative'],
  ['除了地段好以外，简直一无是处', 'negative'],
];

describe('analyzeSentiment (Chinese): reviews and support messages', () => {
  test.each(READINGS)('%s → %s', (text, label) => {
    expect(zh(text).label).toBe(label);
  });

  test('a degree word gives way to the sentiment word that 好 starts', () => {
    expect(zh('很好吃').evidence).toEqual(['很好吃']);
    expect(zh('真好看').evidence).toEqual(['真好看']);
    expect(zh('很好').evidence).toEqual(['很好']);
  });

  test('praise short of a comparison is denied, as mildly as "不太好"', () => {
    expect(zh('没有上次买的那么好吃').evidence).toEqual(['不…那么好吃']);
    expect(zh('没有上次买的那么好吃').score).toBeGreaterThan(zh('难吃').score);
  });

  test('a wait is a report: it makes the message negative, not the customer strongly upset', () => {
    const message = '都三天了还没发货';
    expect(zh(message).evidence).toEqual(['三天了', '还没发货']);
    expect(analyzeEmotion(message, 'zh').strong).toBe(false);
  });

  test('a greeting adds no praise to a complaint', () => {
    expect(zh('你好，东西坏了').score).toBe(zh('东西坏了').score);
  });
});
