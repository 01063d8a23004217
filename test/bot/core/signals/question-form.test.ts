import { foldChinese } from '../../../../knowledge/text/chinese-fold';
import { asks, asksChinese, asksEnglish } from '../../../../bot/core/signals/question-form';

const zh = (text: string) => asksChinese(foldChinese(text).toLowerCase().replace(/\s+/g, ''));

describe('question forms (question-form.ts)', () => {
  test.each([
    '張單寫住待處理 係咩意思',
    '訂單寫住待處理 咁即係點',
    '係唔係已經寄咗',
    '寄咗未',
    '有冇貨',
    '訂單狀態寫「處理中」是什麼意思',
    '退不退运费',
    '为什么一直待处理',
  ])('asks in Chinese: %s', (text) => {
    expect(zh(text)).toBe(true);
  });

  test.each(['我已经向消委会投诉了', '我要去法院告你們 等著收傳票吧', '杯子裂了把孩子的手割伤了', '什么都没做'])('tells in Chinese: %s', (text) => {
    expect(zh(text)).toBe(false);
  });

  test.each([
    'going to post my haul on instagram, do you have a referral or rewards thing',
    'what does pending mean',
    'is it shipped?',
  ])('asks in English: %s', (text) => {
    expect(asksEnglish(text)).toBe(true);
    expect(asks(text, false)).toBe(true);
  });

  test.each(['see you at small claims court', 'the box arrived crushed, the mug is chipped'])('tells in English: %s', (text) => {
    expect(asksEnglish(text)).toBe(false);
  });
});
