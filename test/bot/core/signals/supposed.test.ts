import { detectComplaintLevel } from '../../../../bot/core/signals';
import { liesInSupposition, supposedSpans, withoutSupposedClauses } from '../../../../bot/core/signals/supposed';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const en = (text: string) => normalizeEnglish(text);
const zh = (text: string) => normalizeChinese(foldChinese(text));
const clauses = (text: string, chinese: boolean) => supposedSpans(text, chinese).map(([start, end]) => text.slice(start, end).trim());

describe('a case supposed, not told: the clause of a condition', () => {
  test.each([
    ['what if the lamp you send me catches fire, is there a safety guarantee', 'the lamp you send me catches fire'],
    ['can i claim on the warranty if the battery swells', 'the battery swells'],
    ['is it a problem if the charger gets a bit warm', 'the charger gets a bit warm'],
    ['what happens if my kid swallows a piece, are the toys tested', 'my kid swallows a piece'],
    // A past in the condition supposes beside a counterfactual main clause.
    ['would i be able to sue if a product injured me, just curious', 'a product injured me'],
    // The main clause's inverted question ends the condition.
    ['if my cat chews the cable will it shock her? asking before i buy', 'my cat chews the cable'],
    ['say the box gets lost in the post, do you resend or refund', 'the box gets lost in the post'],
    // The main clause's own subject ends it: the threat stands outside.
    ["if you don't refund me i'll sue", "you don't refund me"],
  ])('%s → [%s]', (text, condition) => expect(clauses(en(text), false)).toEqual([condition]));

  test.each([
    // Past with no counterfactual, progressive, perfect, again: told, or happening now.
    'what should I do if my son swallowed a magnet',
    'if a charger caught fire and burned my hand what do I do',
    'if my charger is smoking what do i do',
    'what do i do if he has swallowed it',
    'The heater sparked yesterday, what do I do if it ever happens again?',
    'if this isn\'t sorted today i\'m calling my lawyer',
    // An embedded question and a comparison suppose nothing.
    'not sure if the smoke came from the plug',
    'it smells as if something is burning',
  ])('told, not supposed: %s', (text) => expect(clauses(en(text), false)).toEqual([]));

  test.each([
    ['如果充电宝鼓包了 你们保修吗', '充电宝鼓包了'],
    ['如果烤箱冒烟了能退吗', '烤箱冒烟了'],
    ['萬一插座短路了 你們負責嗎', '插座短路了'],
    ['要是商品有质量问题可以起诉吗', '商品有质量问题'],
  ])('%s → [%s]', (text, condition) => expect(clauses(zh(text), true)).toEqual([condition]));

  // No opener, closed by 的话: the case supposed, whatever words of time it holds; not the words someone said.
  test.each([
    ['问题一直没解决的话 升级处理是怎么个流程', '问题一直没解决'],
    ['孩子误吞的话要怎么办', '孩子误吞'],
    ['一直收唔到嘅話 點算', '一直收不到'],
  ])('%s → [%s]', (text, condition) => expect(clauses(zh(text), true)).toEqual([condition]));
  test.each(['你们客服说的话一直没兑现', '客服讲过的话都不算数'])('words said, not supposed: %s', (text) => expect(clauses(zh(text), true)).toEqual([]));

  test('a failure that would repeat is no repeat; one told still is', () => {
    expect(detectComplaintLevel(foldChinese('问题一直没解决的话 升级处理是怎么个流程'), 'zh').kind).not.toBe('repeated_contact');
    expect(detectComplaintLevel(foldChinese('问题一直没解决 怎么升级'), 'zh').kind).toBe('repeated_contact');
  });

  test.each(['如果又冒烟了怎么办', '电暖器昨天冒烟 如果已经冒烟了怎么办'])('told, not supposed: %s', (text) => expect(clauses(zh(text), true)).toEqual([]));

  test('a phrase lies in the supposition only where every place it stands does', () => {
    expect(liesInSupposition(zh('充电宝鼓包了 万一爆炸怎么办'), '爆炸', true)).toBe(true);
    expect(liesInSupposition(zh('充电宝鼓包了 万一又鼓包了怎么办'), '鼓包', true)).toBe(false);
    expect(liesInSupposition(en('my kid swallowed a magnet, what if he swallows another'), 'swallow', false)).toBe(false);
    expect(withoutSupposedClauses(en('what are my rights if something turns out faulty'), false)).not.toContain('faulty');
  });

  test('the harm of a supposed clause hands nothing over; a harm told outside one still does', () => {
    expect(detectComplaintLevel('what if the lamp you send me catches fire, is there a safety guarantee', 'en').kind).not.toBe('safety');
    expect(detectComplaintLevel(foldChinese('如果充电宝鼓包了 你们保修吗'), 'zh').kind).not.toBe('safety');
    expect(detectComplaintLevel('the charger is sparking, what if it catches fire tonight', 'en').kind).toBe('safety');
    expect(detectComplaintLevel(foldChinese('充电宝已经鼓包了 如果爆炸怎么办'), 'zh').kind).toBe('safety');
    // Something gone wrong told outside the supposition: the harm feared from it is an incident to hear about.
    expect(detectComplaintLevel('the charger is broken, what happens if it catches fire', 'en').kind).toBe('safety');
  });
});
