import { KnowledgeIndex } from '../../../knowledge/search';
import { HomophoneCorrector } from '../../../knowledge/search/homophones';

function correctorOf(words: string[]): HomophoneCorrector {
  const known = new Set(words);
  return new HomophoneCorrector(() => words, (term) => known.has(term));
}

describe('HomophoneCorrector', () => {
  const corrector = correctorOf(['密码', '快递', '订单', '卧室', '用于', '余额', '电话']);

  it.each([
    ['我秘码忘了', '我密码忘了'],
    ['快第到哪了', '快递到哪了'],
    ['我的定单呢', '我的订单呢'],
  ])('reads a typo that sounds like a word the knowledge base uses: %s → %s', (typed, corrected) => {
    expect(corrector.correct(typed)).toBe(corrected);
  });

  it.each([
    // A word the segmenter knows is no typo, however it sounds.
    ['我老公买的'],
    // Particles and pronouns stand alone in every sentence: 我是 (wǒ shì) is not 卧室 (wò shì), whatever the tones.
    ['我是新用户'],
    // Another tone is another word: 点花 (diǎn huā) is not 电话 (diàn huà).
    ['我点花呗了'],
    // English and digits pass through untouched.
    ['order 123 where'],
  ])('leaves alone what is no typo: %s', (text) => {
    expect(corrector.correct(text)).toBe(text);
  });

  it('corrects nothing when two known words share the sound', () => {
    // 工式 (gōng shì) sounds like both 公式 and 公事.
    expect(correctorOf(['公式', '公事']).correct('这个工式')).toBe('这个工式');
    expect(correctorOf(['公式']).correct('这个工式')).toBe('这个公式');
  });
});

describe('KnowledgeIndex with homophone typos', () => {
  const index = KnowledgeIndex.build([
    { id: 'balance', title: '余额支付', questions: ['可以用余额付款吗'], answer: '结算时选择余额支付即可，余额可用于任何订单。', tags: [], lang: 'zh' },
    { id: 'password', title: '忘记密码', questions: ['密码忘了怎么办', '怎么重设密码'], answer: '在登录页点击忘记密码。', tags: [], lang: 'zh' },
    { id: 'delivery', title: '快递查询', questions: ['快递到哪了', '怎么查快递'], answer: '在订单详情里查看物流。', tags: [], lang: 'zh' },
  ]);

  it('answers a typed homophone as the word it sounds like', () => {
    const typed = index.search('秘码忘了怎么搞')[0];
    const spelled = index.search('密码忘了怎么搞')[0];
    expect(typed.articleId).toBe('password');
    expect(typed.score).toBe(spelled.score);

  });
});
