import { analyzeEmotion, analyzeSentiment } from '../../../../bot/core/signals';

/**
 * Chinese customer chat: how a message ends and who a word is about. A fault fixed by the end of the message, or an
 * answer taken and thanked, closes the story on good terms; "快" before a verb is "almost" or "hurry"; a manner the
 * customer keeps or asks for (耐心等, 认真处理) praises no one; amusement said to the company is irony; a reasonable
 * explanation demanded is owed, not praised; 怎么破 asks, 好奇 / 好歹 / 不差钱 praise nothing. Simplified, traditional and
 * Cantonese writing, each beside near misses that keep their reading. Written for these tests (not rows of any
 * training or evaluation set).
 */
type Expected = 'negative' | 'not negative';
const label = (text: string): Expected => (analyzeSentiment(text, 'zh').label === 'negative' ? 'negative' : 'not negative');

const CLOSING: Array<[string, Expected]> = [
  // A fault fixed, told after it: the story ended well.
  ['之前连不上网，后来重启了一下就好了，谢谢', 'not negative'],
  ['訊號一直好差，而家已經正常了，唔該晒', 'not negative'],
  ['昨天断网了，打电话报修，现在已经修好了', 'not negative'],
  ['屏幕一直黑屏，刚才充了会电现在正常了', 'not negative'],
  // …and near misses: fixed then broken again, fixed only by the store's word, a comparison, a wish.
  ['修好了又坏了，你们到底会不会修', 'negative'],
  ['说是修好了，结果还是不能用', 'negative'],
  ['还没修好了，都一个星期了', 'negative'],
  ['服务没以前好了，客服也爱答不理', 'negative'],
  // An answer taken and thanked; a bare thanks after a complaint changes nothing.
  ['登录一直失败，重启也不行，打不开，好的，明白了，谢谢', 'not negative'],
  ['网络连不上，路由器也坏了，好的知道了，谢谢', 'not negative'],
  ['一直没人回复，谢谢你们的效率', 'negative'],
];

const WORDS: Array<[string, Expected]> = [
  // "快" before a verb: almost, hurry; praise of speed after it still praises.
  ['快发货吧，拖了这么久', 'negative'],
  ['快给我处理，拖了三天了', 'negative'],
  ['流量快用完了吗？想加个包', 'not negative'],
  ['发货很快，包装也好', 'not negative'],
  // A manner the customer keeps or asks for: the wait or the request is what counts.
  ['我已经耐心等了一个星期了', 'negative'],
  ['我已經很耐心咁等咗十日，仲未到', 'negative'],
  ['请认真处理一下，都拖了五天了', 'negative'],
  ['客服很耐心，解答得很清楚', 'not negative'],
  // Amusement said to the company is irony; said of a thing, it is amusement.
  ['你们公司很有意思啊，充了钱还说我欠费', 'negative'],
  ['你們公司真有意思，退個款要等一個月', 'negative'],
  ['这个游戏挺有意思的，孩子很喜欢', 'not negative'],
  // A reasonable explanation demanded.
  ['请给我一个合理的解释', 'negative'],
  ['能給我一個合理的說法嗎', 'negative'],
  ['价格很合理，质量也不错', 'not negative'],
  // Words whose 好 / 差 / 破 is no verdict.
  ['页面一直报错怎么破', 'not negative'],
  ['這個怎麼破？一直彈出通知', 'not negative'],
];

/** Words whose 好 / 差 / 快 is no verdict: read as praise they hid the complaint beside them. */
const NO_PRAISE: string[] = [
  '我很好奇，为什么会自动扣费',
  '好奇問一下，這個會唔會甩色',
  '我好歹是老用户',
  '这个应该不差钱吧',
  '我已经下载好了，打开没反应',
  '流量快用完了，能提醒一下吗',
];

describe('Chinese chat: how the message ends', () => {
  test.each(CLOSING)('%s → %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});

describe('Chinese chat: words read by what they are about', () => {
  test.each(WORDS)('%s → %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});

describe('Chinese chat: no praise in words that only look like it', () => {
  test.each(NO_PRAISE)('%s', (text) => {
    expect(analyzeSentiment(text, 'zh').label).not.toBe('positive');
  });
});

describe('Chinese chat: the emotion that hands a customer to a person', () => {
  test('a fault fixed and thanked is no strong emotion, and irony to the company is not yet one', () => {
    expect(analyzeEmotion('之前连不上网，后来重启了一下就好了，谢谢', 'zh').strong).toBe(false);
    expect(analyzeEmotion('你们公司很有意思啊，充了钱还说我欠费', 'zh').strong).toBe(false);
  });
});
