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

describe('withoutLetterFrame, Chinese letters', () => {
  test.each([
    ['敬啟者：本人欲更改帳戶登記之電郵地址，煩請告知辦理方法。', '我想更改帳戶登記的電郵地址，请问怎么办理。'],
    ['致客服部：本人之订单尚未发货，烦请告知原因。此致 敬礼 王先生', '我的订单尚未发货，请问原因。'],
  ])('%s → %s', (text, body) => {
    expect(withoutLetterFrame(text, 'zh').trim()).toBe(body);
  });
});
