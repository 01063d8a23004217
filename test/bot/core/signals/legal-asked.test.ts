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
    // Schoolwork by its own nouns, wherever they stand.
    [['consumer rights'], 'writing my law school essay on consumer rights, do you offer free returns?'],
    [['consumer protection'], 'uni assignment on consumer protection law, what is your returns policy?'],
    [['consumer law'], "i'm studying consumer law at uni, do you have student discount"],
  ])('set aside: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual([]));
  test.each([
    [['消协'], '消协是干什么的'],
    [['12315'], '12315的电话是多少啊'],
    [['律师'], '什么是律师函'],
    [['消协'], '我在写一篇关于消协的课程论文，想问一下你们的退货政策是什么'],
    [['12315'], '做作业要写12315的介绍 你们的客服电话是多少'],
  ])('set aside: %j in %s', (phrases, text) => expect(zh(phrases, text)).toEqual([]));

  test.each([
    [['ombudsman'], "who is the ombudsman? I'm taking this further"],
    [['bbb'], 'what is your bbb rating, because you scammed me'],
    [['small claims'], 'small claims court it is then'],
    [['consumer rights'], "my essay is due and you still haven't refunded me, I know my consumer rights"],
  ])('kept: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual(phrases));
  test.each([
    [['消协'], '消协电话多少 我要投诉'],
    [['12315'], '已经打了12315 电话是多少不重要'],
    [['消协'], '论文都写不下去了 你们再不退款我就去消协投诉'],
  ])('kept: %j in %s', (phrases, text) => expect(zh(phrases, text)).toEqual(phrases));
});
