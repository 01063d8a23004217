import { takeoverSettled } from '../../../../bot/core/signals/takeover-settled';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const settled = (text: string): boolean =>
  /[\u4e00-\u9fff]/.test(text) ? takeoverSettled('', normalizeChinese(foldChinese(text))) : takeoverSettled(normalizeEnglish(text), '');

describe('an account takeover over and recovered', () => {
  test.each([
    'my account was hacked last year but I got it back, now I want to change my email',
    'got hacked a few months ago, all sorted now. how do I add a second address?',
    '之前账号被盗过 已经找回了 现在想换个手机号',
    '之前個帳戶俾人盜用過，已經搞返好，而家想改電郵',
  ])('%s → settled', (text) => expect(settled(text)).toBe(true));
  test.each([
    'someone hacked my account and changed my email',
    'my account was hacked last year and again today',
    "my account was hacked last week and I still haven't got it back",
    '账号被盗了 还没找回来',
    '之前被盗过一次 找回了 结果又被盗了',
  ])('%s → not settled', (text) => expect(settled(text)).toBe(false));
});
