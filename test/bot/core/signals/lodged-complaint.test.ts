import { lodgedComplaint } from '../../../../bot/core/signals/lodged-complaint';

describe('lodgedComplaint', () => {
  test.each([
    ['I want to lodge a formal complaint against your company', 'en'],
    ["I'm making a complaint about your staff", 'en'],
    ['we are complaining about you guys', 'en'],
    ['我要投诉你们', 'zh'],
    ['我要投诉你们的快递服务', 'zh'],
    ['我一定要投诉商家', 'zh'],
    ['我要投诉你哋', 'zh'],
  ] as const)('%s: lodged against the shop', (text, lang) => {
    const found = lodgedComplaint(text, lang);
    expect(found.length).toBeGreaterThan(0);
    expect(text.toLowerCase()).toContain(found[0].slice(0, 4));
  });

  test.each([
    // No one named, someone else, a question of how, or a complaint already made.
    ['i want to file a formal complaint', 'en'],
    ['i want to complain about the delivery driver, who do i tell', 'en'],
    ['where can I file a complaint against your company?', 'en'],
    ['I complained about your staff last week', 'en'],
    ['Filing a complaint with the FTC today', 'en'],
    ['我要投诉', 'zh'],
    ['我要客诉', 'zh'],
    ['我要投诉 怎么提交', 'zh'],
    ['在哪可以投诉快递员', 'zh'],
    ['我要投诉你们 流程是啥', 'zh'],
    ['投诉了三次了 没人回复', 'zh'],
  ] as const)('%s: not lodged now', (text, lang) => {
    expect(lodgedComplaint(text, lang)).toEqual([]);
  });
});
