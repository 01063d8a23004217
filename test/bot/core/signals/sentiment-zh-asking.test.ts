import { analyzeSentiment } from '../../../../bot/core/signals';

/**
 * Chinese questions about the store's process, calm reports with a request, and reproaches put as questions
 * (bot/core/signals/sentiment-zh-asking.ts), with near misses.
 */
type Expected = 'negative' | 'not negative';

const PROCESS_QUESTIONS: Array<[string, Expected]> = [
  ['积分会过期吗', 'not negative'],
  ['投诉渠道在哪', 'not negative'],
  ['退货要自己付邮费吗', 'not negative'],
  ['请问退款一般几天到账？', 'not negative'],
  ['降价了能补差价吗？', 'not negative'],
  ['會員點數怎麼用 會過期嗎', 'not negative'],
  // Near misses: the same topics told, or asked in reproach.
  ['我要投诉你们，太过分了', 'negative'],
  ['优惠券怎么又过期了', 'negative'],
  ['为什么退款这么慢', 'negative'],
];

const CALM_REPORTS: Array<[string, Expected]> = [
  ['花瓶收到有点碎了，拍了照片，能补发一个吗？', 'not negative'],
  ['杯子破了一個，附上照片，可以補寄嗎？', 'not negative'],
  ['好像少发了一个配件，能帮忙补寄吗？', 'not negative'],
  ['好似少咗一個配件，可唔可以補寄？', 'not negative'],
  ['这鞋子偏大还是偏小？', 'not negative'],
  ['延遲唔緊要，唔該通知返我', 'not negative'],
  // Near misses: a feeling, a repeat, "！", or no request.
  ['花瓶又碎了，能补发一个吗？', 'negative'],
  ['花瓶碎了，气死我了，能补发吗', 'negative'],
  ['花瓶收到就碎了！', 'negative'],
  ['这个太麻烦了', 'negative'],
];

const REPROACHES: Array<[string, Expected]> = [
  ['每次都要我拍视频证明，你们是不相信顾客吗', 'negative'],
  ['一直叫我重新開機，我已經重開十次了好嗎', 'negative'],
  ['部機開箱已經有花痕，咁都賣？', 'negative'],
  ['你们的机器人客服能不能听懂人话', 'negative'],
  ['你们这么做合适吗？', 'negative'],
  ['我等得花都谢了', 'negative'],
  ['收到的鍋子底部凹一塊，開心不起來', 'negative'],
  // Near misses: a yes/no question, "能不能" that asks for something, "好吗" that asks.
  ['这个好用吗？', 'not negative'],
  ['能不能帮我改一下地址', 'not negative'],
  ['我们改天再约好吗', 'not negative'],
];

function readsAs(text: string, expected: Expected): void {
  const label = analyzeSentiment(text, 'zh').label;
  if (expected === 'negative') expect(label).toBe('negative');
  else expect(label).not.toBe('negative');
}

describe('Chinese sentiment: questions about the store, calm reports and reproaches', () => {
  test.each(PROCESS_QUESTIONS)('process question: %s → %s', readsAs);
  test.each(CALM_REPORTS)('calm report: %s → %s', readsAs);
  test.each(REPROACHES)('reproach: %s → %s', readsAs);
});
