import { withoutAllergyAsCondition } from '../../../../bot/core/signals/allergy-condition';
import { normalizeChinese } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const zh = (phrases: string[], text: string) => withoutAllergyAsCondition(phrases, normalizeChinese(foldChinese(text)));

describe('an allergy told as the customer\'s condition', () => {
  test.each([
    [['过敏'], '我老婆对芒果过敏 这款果干里有芒果吗'],
    [['过敏'], '我係過敏體質 呢支防曬啱唔啱用'],
    [['过敏'], '孩子对鸡蛋过敏 蛋糕能做无蛋的吗'],
  ])('set aside: %j in %s', (phrases, text) => expect(zh(phrases, text)).toEqual([]));

  test.each([
    [['过敏'], '用了你们的面霜过敏了'],
    [['过敏'], '我对坚果过敏 吃了你们的饼干喉咙好痒'],
    [['过敏'], '宝宝喝完奶粉过敏'],
  ])('kept: %j in %s', (phrases, text) => expect(zh(phrases, text)).toEqual(phrases));

  test('only 过敏 is set aside', () => {
    expect(zh(['过敏', '呼吸困难'], '我对花生过敏 现在呼吸困难')).toEqual(['呼吸困难']);
  });
});
