import { textForMatching } from '../../../bot/core/customer-language';
import { readSupposition } from '../../../bot/core/supposition';

describe('readSupposition', () => {
  test.each([
    ['假设我现在申请退货 退款要多久到账', '我现在申请退货 退款要多久到账', '退款要多久到账'],
    ['萬一我想退貨，要幾耐先收到退款？', '我想退货，要多久才收到退款？', '要多久才收到退款？'],
    ['万一我退货的话 要多久退回', '我退货 要多久退回', '要多久退回'],
  ])('%s → %s / %s', (text, unframed, mainClause) => {
    expect(readSupposition(textForMatching(text), 'zh')).toEqual({ unframed, mainClause });
  });

  test('English: the condition clause and the question after its comma', () => {
    expect(readSupposition('Say I return it, how long until the refund?', 'en')).toEqual({ unframed: 'i return it, how long until the refund?', mainClause: 'how long until the refund?' });
  });

  test.each([
    ['如果快递被人偷了会怎么处理 假设啊', '快递被人偷了会怎么处理'],
    ['假設個包裹俾人偷咗點算', '个包裹被人偷了怎么办'],
    ['包裹被偷了怎么办 假设一下', '包裹被偷了怎么办'],
  ])('%s: the supposition said first or last, no clause after the condition → %s', (text, unframed) => {
    expect(readSupposition(textForMatching(text), 'zh')).toEqual({ unframed });
  });

  test('English: a supposition said last', () => {
    expect(readSupposition('what would happen if it got stolen, hypothetically', 'en')).toEqual({ unframed: 'what would happen if it got stolen' });
  });

  test.each(['退款要多久到账', '如果', 'how long do refunds take'])('%s has no supposition', (text) => {
    expect(readSupposition(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en')).toBeUndefined();
  });
});
