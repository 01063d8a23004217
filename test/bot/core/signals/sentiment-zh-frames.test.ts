import { analyzeSentiment, type SentimentLabel } from '../../../../bot/core/signals';
import { readChineseLexicon } from '../../../../bot/core/signals/sentiment-zh';
import { displeasureFrameIn } from '../../../../bot/core/signals/sentiment-zh-frames';

/**
 * Displeasure in the shape of a sentence (issue 12, bot/core/signals/sentiment-zh-frames.ts): a promise broken, "this
 * is your service?", "why is it so hard", "always unreachable", "not a single call", effort in vain, careless handling,
 * trust regretted, absurd means. Each frame beside near misses of the same shape that are not complaints. The
 * sentences were written for these tests (not rows of the training data or of any evaluation set).
 */
/** 'any': only the frame is checked ("那就算了" reads as resignation through the lexicon's 算了, not through a frame). */
type Expected = SentimentLabel | 'not negative' | 'any';
const zh = (text: string) => analyzeSentiment(text, 'zh');
const frameOf = (text: string) => readChineseLexicon(text).sentiment.evidence.find((e) => /^\([a-z ]+\) /.test(e) && !e.startsWith('(sarcasm)') && !e.startsWith('(asked'));

const FRAMES: Array<[string, string, Expected]> = [
  // despite: agreed or told, then an outcome that broke it.
  ['都说了不要放驿站，还是放驿站，走过去要二十分钟', 'despite', 'negative'],
  ['说好包邮，结算又多了十块运费', 'despite', 'negative'],
  ['明明说了周三前发货，结果周五才发', 'despite', 'negative'],
  ['不是说好七天无理由吗，现在又说拆封不退', 'despite', 'negative'],
  ['說好的贈品，結果盒子裡什麼都沒有', 'despite', 'negative'],
  ['说好的次日达 今天到了 谢谢', '', 'not negative'],
  ['说好的次日达，结果今天就到了，谢谢', '', 'not negative'],
  ['都说了不用发票 那就算了', '', 'any'],
  ['都说了不用发票，放心吧', '', 'not negative'],
  ['说好了下周二来拿，到时候见', '', 'not negative'],
  // rhetorical: this is your service? / are you planning to swallow it?
  ['客服电话永远打不通，这就是你们的服务？', 'rhetorical', 'negative'],
  ['这就是你们所谓的售后', 'rhetorical', 'negative'],
  ['一个月了退款还没到，你们是打算吞了吗', 'rhetorical', 'negative'],
  ['你们是想骗人吧', 'rhetorical', 'negative'],
  ['这就是你们的新款吗 好看', '', 'positive'],
  ['请问这就是你们的客服电话吗', '', 'not negative'],
  ['这个是黑色的吗', '', 'not negative'],
  // difficulty: why is it so hard / slow.
  ['退个货怎么这么难', 'difficulty', 'negative'],
  ['改个地址咋这么费劲', 'difficulty', 'negative'],
  ['开个发票这么麻烦，', 'difficulty', 'negative'],
  ['这么麻烦你，真不好意思', '', 'not negative'],
  ['用了这么久，还是很好用', '', 'positive'],
  // persistence: always / never + a failure of contact or handling.
  ['客服回复永远是模板', 'persistence', 'negative'],
  ['在线客服一直没人回', 'persistence', 'negative'],
  ['熱線從來都打不通', 'persistence', 'negative'],
  ['永远支持你们家', '', 'positive'],
  ['从来没出过问题', '', 'not negative'],
  // nothing at all.
  ['我妈等你们送货等了一整天，一个电话都没有', 'nothing', 'negative'],
  ['连句道歉都没有', 'nothing', 'negative'],
  ['一点问题都没有', '', 'not negative'],
  ['一个电话也不用打，很方便', '', 'positive'],
  // effort in vain; told again.
  ['跑了三趟营业厅还没办好', 'effort', 'negative'],
  ['打了五个电话都没人接', 'effort', 'negative'],
  ['我已经很客气地问了三遍了，麻烦能不能给个准话', 'told again', 'negative'],
  ['用了三天还没坏，挺结实', '', 'not negative'],
  ['已经买了三次了，很好用', '', 'positive'],
  // careless handling; trust regretted; absurd means.
  ['包装就这样随便一扔', 'careless', 'negative'],
  ['快递员随手一丢就走了', 'careless', 'negative'],
  ['放门口随便放哪都行', '', 'not negative'],
  ['哈哈哈我真是太傻了才信你们的"三天到"', 'trusted in vain', 'negative'],
  ['我一直相信你们家', '', 'not negative'],
  ['你们的物流是用脚走的吗', 'absurd means', 'negative'],
  ['这是骑蜗牛送的吧', 'absurd means', 'negative'],
  ['这个垃圾桶是用脚踩的吗', '', 'not negative'],
  // 麻烦 + a verb asks politely.
  ['麻烦帮我查一下物流', '', 'not negative'],
];

describe('Chinese sentiment: displeasure in the shape of the sentence', () => {
  test.each(FRAMES)('%s → frame %s, %s', (text, frame, expected) => {
    const found = frameOf(text);
    if (frame) expect(found).toMatch(new RegExp(`^\\(${frame}\\) `));
    else expect(found).toBeUndefined();
    if (expected === 'any') return;
    const label = zh(text).label;
    if (expected === 'not negative') expect(label).not.toBe('negative');
    else expect(label).toBe(expected);
  });

  test('a promise kept after the turn is not a broken one', () => {
    expect(displeasureFrameIn('说好的次日达，结果今天就到了，谢谢', false)).toBeUndefined();
    expect(displeasureFrameIn('说好的次日达，结果今天还没到', false)).toMatch(/^\(despite\)/);
  });

  test('the rhetorical frames need a question', () => {
    expect(displeasureFrameIn('这就是你们的服务', false)).toBeUndefined();
    expect(displeasureFrameIn('这就是你们的服务', true)).toMatch(/^\(rhetorical\)/);
  });
});
