import { withoutLegalAskedAbout } from '../../../../bot/core/signals/legal-asked';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';

const en = (phrases: string[], text: string) => withoutLegalAskedAbout(phrases, normalizeEnglish(text), '');
const zh = (phrases: string[], text: string) => withoutLegalAskedAbout(phrases, '', normalizeChinese(text));

describe('a regulator or a legal letter asked about for information', () => {
  test.each([
    [['ombudsman'], 'who is the ombudsman for online shops?'],
    [['small claims'], "what's small claims? saw it on a tv show"],
    [['chargeback'], "what's the difference between a chargeback and a refund"],
    [['bbb'], 'do you have a bbb rating'],
  ])('set aside: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual([]));
  test.each([
    [['消协'], '消协是干什么的'],
    [['12315'], '12315的电话是多少啊'],
    [['律师'], '什么是律师函'],
  ])('set aside: %j in %s', (phrases, text) => expect(zh(phrases, text)).toEqual([]));

  test.each([
    [['ombudsman'], "who is the ombudsman? I'm taking this further"],
    [['bbb'], 'what is your bbb rating, because you scammed me'],
    [['small claims'], 'small claims court it is then'],
  ])('kept: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual(phrases));
  test.each([
    [['消协'], '消协电话多少 我要投诉'],
    [['12315'], '已经打了12315 电话是多少不重要'],
  ])('kept: %j in %s', (phrases, text) => expect(zh(phrases, text)).toEqual(phrases));
});
