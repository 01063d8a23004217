import { detectComplaintLevel } from '../../../../bot/core/signals';
import { withoutRegulatorCited } from '../../../../bot/core/signals/regulator-cited';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const en = (phrases: string[], text: string) => withoutRegulatorCited(phrases, normalizeEnglish(text), '');
const zh = (phrases: string[], text: string) => withoutRegulatorCited(phrases, '', normalizeChinese(foldChinese(text)));

// [legal phrases found, message]: the regulator is quoted as the source of a rule in a question, and nothing threatens.
const CITED: Array<[string[], string, 'en' | 'zh']> = [
  [['消基会'], '消基會說網購要有七天鑑賞期，你們的退貨期限是多久', 'zh'],
  [['消协'], '根据消协的规定，质量问题可以退换吧？', 'zh'],
  [['消委会'], '消委會話網購都有冷靜期，係唔係真㗎？', 'zh'],
  [['citizens advice'], 'according to citizens advice I have 30 days to reject a faulty item, how do I send it back?', 'en'],
  [['trading standards'], "Trading Standards' website says faulty goods can be returned, what's your process?", 'en'],
  // Its own test or report praising the goods, then a question of stock.
  [['消委会'], '消委會嘅報告話你哋呢款吸塵機好評，仲有冇貨？', 'zh'],
  [['消协'], '消协最近的测评说这款空气炸锅不错 还有货吗', 'zh'],
  [['consumer council'], "the consumer council's latest test rated your kettle best, is it back in stock?", 'en'],  // Its publication read, the goods it covers between the name and the work (看了…的床垫评测).
  [['消协'], '看了消协的床垫评测，你们家那款还有货吗', 'zh'],
  [['消委会'], '看過消委會的電飯煲測試，你們那款還有貨嗎', 'zh'],
  [['消委会'], '讀了消委會的空氣清新機測試報告，你們有冇得賣', 'zh'],
];
const KEPT: Array<[string[], string, 'en' | 'zh']> = [
  [['消基会'], '消基会说要七天鉴赏期 你们不退我就去投诉', 'zh'],
  [['消基会'], '我要去消基会投诉你们', 'zh'],
  [['消基会'], '消基会说网购要有七天鉴赏期', 'zh'],
  [['消委会'], '消委會測試話你哋啲貨有問題 我要去投訴', 'zh'],
  [['trading standards'], "Trading Standards says you must refund me, otherwise I'm reporting you", 'en'],
  [['trading standards'], 'is it trading standards I should talk to about this?', 'en'],
  [['ombudsman'], 'the ombudsman says you have to reply within 8 weeks, why have you not?', 'en'],  [['消协'], '看了消协的评测，你们的电热毯不合格，我要投诉', 'zh'],
  [['消协'], '我已经向消协投诉你们了', 'zh'],
];

describe('a regulator cited as the source of a rule', () => {
  test.each(CITED)('set aside: %j in %s', (phrases, text, lang) => {
    expect(lang === 'en' ? en(phrases, text) : zh(phrases, text)).toEqual([]);
  });
  test.each(KEPT)('kept: %j in %s', (phrases, text, lang) => {
    expect(lang === 'en' ? en(phrases, text) : zh(phrases, text)).toEqual(phrases);
  });

  test('only the regulator names are set aside', () => {
    expect(en(['trading standards', 'lawsuit'], 'trading standards says a lawsuit is my right, how do I start one?')).toEqual(['lawsuit']);
  });

  test('the message stays no legal matter, nor does the learned reading make it one', () => {
    const result = detectComplaintLevel(normalizeChinese(foldChinese('消基會說網購要有七天鑑賞期，你們的退貨期限是多久')), 'zh');
    expect(result.complaints.some((c) => c.kind === 'legal')).toBe(false);
    expect(detectComplaintLevel('我要去消基会投诉你们', 'zh').kind).toBe('legal');
  });
});
