import { isSafetyTerm, safetySenseOf, stoppedFunctionPositions, tellsOfUnresolvedCase } from '../../../knowledge/search/term-senses';
import { analyzeText } from '../../../knowledge/search/tokenize';

const senseOf = (text: string, namesProduct = false) => safetySenseOf(analyzeText(text), namesProduct);

describe('the sense of "safe" (安全) in a message', () => {
  it.each([
    'is the slime kit safe for a 7 year old',
    'are these crayons safe if my toddler eats one',
    'I bought a heater, is it safe to leave on overnight',
    '积木给三岁小孩玩安全吗',
    '宝宝用的餐具材质安全吗',
    '孩子的科学实验盒有没有毒 安不安全',
  ])('a thing bought, a child or a use: %s', (text) => {
    expect(senseOf(text)).toBe('product');
  });

  it.each([
    'is my data safe with you',
    'is it safe to pay by card on your website',
    'is my account safe, I got a weird login email',
    '在你们网站付款安全吗',
    '我的账号信息安全吗',
    // Both senses at once: left as written.
    'is it safe to save my card for my kid to use',
  ])('an account, a card, a payment or data, or both senses: %s', (text) => {
    expect(senseOf(text)).toBeUndefined();
  });

  it('reads a thing the caller found by class (充电器 cut in two by the segmenter) as the sense of things', () => {
    expect(senseOf('这个充电器安全吗', true)).toBe('product');
    expect(senseOf('这个安全吗', true)).toBe('product');
    expect(senseOf('这个安全吗')).toBeUndefined();
  });

  it('has nothing to say of a message without a word of safety', () => {
    expect(senseOf('can my 5 year old use the scooter')).toBeUndefined();
    expect(isSafetyTerm('safe')).toBe(true);
    expect(isSafetyTerm('安全')).toBe(true);
    expect(isSafetyTerm('refund')).toBe(false);
  });
});

describe('a thing that stopped doing what it does', () => {
  const stopped = (text: string) => stoppedFunctionPositions(analyzeText(text).stems).map((i) => analyzeText(text).words[i]);
  it.each([
    ['the laptop charger i bought doesnt charge anymore', 'charge'],
    ['my phone charger stopped charging after two weeks', 'charging'],
    ["the kettle won't boil anymore", 'boil'],
    ['the fan no longer spins', 'spins'],
    ['headphones dont work anymore', 'work'],
  ])('%s: %s', (text, verb) => {
    expect(stopped(text)).toEqual([verb]);
  });

  it.each([
    'you stopped charging me for the subscription',
    'my card doesnt work anymore',
    'the promo code wont work anymore',
    "the blender won't turn on",
    'how do i charge the power bank',
  ])('none: %s', (text) => {
    expect(stopped(text)).toEqual([]);
  });
});

describe('a complaint not resolved', () => {
  it.each([
    "what's the process if my complaint isn't resolved",
    'my complaint wasnt sorted out, what can i do next',
    'I complained and nothing has been resolved',
    'my case is still unresolved',
  ])('%s', (text) => {
    expect(tellsOfUnresolvedCase(analyzeText(text).stems)).toBe(true);
  });

  it.each(['how long does it take to resolve a complaint', 'my problem is not resolved', 'how do i make a complaint'])('not: %s', (text) => {
    expect(tellsOfUnresolvedCase(analyzeText(text).stems)).toBe(false);
  });
});
