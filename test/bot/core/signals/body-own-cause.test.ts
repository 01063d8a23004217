/**
 * A minor ailment with the body's own cause beside a question (body-own-cause.ts), and a burn the customer disowns for
 * the store (harm-as-reason.ts with harm-elsewhere.ts's disclaimers), through the complaint reader as the engine calls it.
 */
import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { foldChinese } from '../../../../knowledge';

const safety = (text: string, lang: 'en' | 'zh') =>
  detectComplaintLevel(lang === 'zh' ? foldChinese(text.normalize('NFKC')) : text, lang).complaints.some((c) => c.kind === 'safety');

describe("the customer's own body or own accident as the cause", () => {
  test.each([
    ['最近上火嘴巴起泡，心情也不好，优惠券怎么用啊', 'zh'],
    ['最近熬夜 嘴巴起泡了 積分怎麼查', 'zh'],
    ['burnt my hand on the oven (my fault not yours haha). anyway can I change the address on my order', 'en'],
  ] as Array<[string, 'en' | 'zh']>)('%s: no safety incident', (text, lang) => expect(safety(text, lang)).toBe(false));
  test.each([
    ['用了你们的唇膏嘴巴起泡 怎么退货', 'zh'],
    ['孩子最近上火嘴巴起泡 优惠券怎么用', 'zh'],
    ['上火吃了你们的凉茶 嘴巴起泡了 怎么退', 'zh'],
    ['the oven glove you sold melted and burnt my hand', 'en'],
    ['is it my fault the kettle burnt my hand? can I change my address', 'en'],
  ] as Array<[string, 'en' | 'zh']>)('%s: still safety', (text, lang) => expect(safety(text, lang)).toBe(true));
});
