import { analyzeSentiment } from '../../../../bot/core/signals';
import { readChineseLexicon } from '../../../../bot/core/signals/sentiment-zh';
import { learnedFeaturesZh, withLearnedShiftZh } from '../../../../bot/core/signals/sentiment-zh-learned';

describe('learnedFeaturesZh', () => {
  test('words and neighbouring pairs within a clause; numbers as #; grammar words only in pairs', () => {
    const features = learnedFeaturesZh('等了40分钟，饭都凉了');
    expect(features).toEqual(expect.arrayContaining(['分钟', '# 分钟', '凉了']));
    expect(features).not.toContain('了');
    // No pair across the comma.
    expect(features.some((f) => f.startsWith('分钟 '))).toBe(false);
  });

  test('a word after a negator is marked; a character alone is no feature unless negated', () => {
    const features = learnedFeaturesZh('一点也不新鲜');
    expect(features).toContain('not_新鲜');
    expect(features).not.toContain('新鲜');
    expect(learnedFeaturesZh('货到了')).not.toContain('货');
  });

  test('greetings and polite openers are no feature at all', () => {
    expect(learnedFeaturesZh('你好，东西坏了')).toEqual(learnedFeaturesZh('东西坏了'));
  });
});

describe('the Chinese learned shift', () => {
  test('a text with no known feature keeps the lexicon score', () => {
    expect(withLearnedShiftZh(-0.4, '甲乙丙', { lexicon: 2, strength: 1, features: {} })).toBe(-0.4);
  });

  test('the shift moves the score by the features\' weights', () => {
    const weights = { lexicon: 2, strength: 1, features: { 凉了: -1 } };
    expect(withLearnedShiftZh(0, '饭凉了', weights)).toBeLessThan(0);
  });
});

describe('analyzeSentiment (Chinese) with the shipped learned correction', () => {
  // Hand-written, not rows of the training data or of any evaluation set: a let-down described with no word the
  // lexicon rates reads lower than the lexicon alone reads it; a plain question stays neutral.
  test.each(['米饭是夹生的，汤也是凉的', '等了快两个小时才送到'])('a let-down described reads more negative than the lexicon alone: %s', (text) => {
    expect(analyzeSentiment(text, 'zh').score).toBeLessThan(readChineseLexicon(text).sentiment.score);
  });

  test.each(['请问发票怎么开', '快递到哪了', '退货流程是怎样的'])('a plain question stays neutral: %s', (text) => {
    expect(analyzeSentiment(text, 'zh').label).toBe('neutral');
  });
});
