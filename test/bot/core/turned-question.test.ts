import { textForMatching } from '../../../bot/core/customer-language';
import { turnedQuestion } from '../../../bot/core/turned-question';

const lang = (text: string) => (/[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en');
const turned = (text: string) => turnedQuestion(textForMatching(text), lang(text));

describe('turnedQuestion', () => {
  // [message, the question it turns to]
  test.each([
    ['上次换货的事你们已经帮我处理好了 谢谢 想问下积分怎么用', '积分怎么用'],
    ['朝早個仔整多士整到火警鐘響，成屋亂晒。係喎，我張單出咗貨未？', '我订单出了货未？'],
    ['我喺醫院陪阿媽 包裹幾時到 想查下', '包裹什么时候到'],
    ['不急 就问问我的包裹到哪了', '我的包裹到哪了'],
    ['Thanks for sorting out my refund! Quick question, how do I use my points?', 'how do I use my points?'],
    ['my dog chewed the cable, not your fault at all. is the same model in stock?', 'is the same model in stock?'],
  ])('%s → %s', (text, question) => {
    expect(turned(text)?.question).toBe(question);
  });

  test('a story the customer says is not the store fault is disowned', () => {
    expect(turned('家里的猫把杯子打碎了 不怪你们 同款还有货吗')?.storyDisowned).toBe(true);
    expect(turned('上次的事谢谢 想问下积分怎么用')?.storyDisowned).toBe(false);
  });

  // No marker, a marker opening the message (nothing told before), or nothing with a topic after it.
  test.each(['积分怎么用', '请问积分怎么用', 'quick question, how do I use my points?'])('%s turns to nothing', (text) => {
    expect(turned(text)).toBeUndefined();
  });
});
