import { withoutLetterFrame } from '../../../bot/core/letter-frame';

describe('withoutLetterFrame', () => {
  // [customer writes, what is left to search]
  test.each([
    ['Dear Sir or Madam, how do I order a kettle? Yours faithfully, Margaret Owen', 'how do I order a kettle?'],
    ['Dear Sir/Madam, can I pay in parts? Kind regards, Mr G. Ellis', 'can I pay in parts?'],
    ['To whom it may concern: where is my refund? Sincerely, Dr A. Mensah', 'where is my refund?'],
    ['hi, where is my order? Thanks in advance!', 'hi, where is my order?'],
    ['尊敬的客服您好，请问运费怎么算', '请问运费怎么算'],
  ])('%s → %s', (text, body) => {
    expect(withoutLetterFrame(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en').trim()).toBe(body);
  });

  // A closing word that does not close (what follows is no signature), or a message that is all frame, stays whole.
  test.each([
    'regards, where is my order',
    'Best regards',
    'dear god why is this so hard',
    'I sent my regards to the courier. Where is my parcel?',
  ])('%s is left as it is', (text) => {
    expect(withoutLetterFrame(text, 'en')).toBe(text);
  });

  test('a long run of text with no frame is read in linear time', () => {
    const text = `${'Dear '.repeat(2000)}${'a,'.repeat(2000)} regards ${'X '.repeat(2000)}`;
    const started = performance.now();
    withoutLetterFrame(text, 'en');
    expect(performance.now() - started).toBeLessThan(200);
  });
});
