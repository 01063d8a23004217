import { disputeTakenOut } from '../../../../bot/core/signals/dispute-taken-out';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? disputeTakenOut(normalizeEnglish(text), '') : disputeTakenOut('', normalizeChinese(foldChinese(text)));

// The dispute taken outside the store: a remedy of the law, the press, a crowd, an authority.
const TAKEN_OUT: Array<[string, 'en' | 'zh']> = [
  ["we'll be claiming damages for the ruined carpet", 'en'],
  ['I have retained counsel', 'en'],
  ['my claim is going in through money claim online tomorrow', 'en'],
  ['we will be bringing proceedings against you', 'en'],
  ["I've already rung the news desk at the local paper", 'en'],
  ['a journalist from the Echo wants to interview me about this', 'en'],
  ['my review about your company goes up tonight unless I hear back', 'en'],
  ['the whole story is in my facebook post and it has been shared 900 times', 'en'],
  ['consider this notice that I intend to sue', 'en'],
  ["we're taking the legal route now", 'en'],
  ['the better business folks will get a letter from me', 'en'],
  ["I've contacted the consumer affairs show on channel 7", 'en'],
  ['emailed the tv programme that does these stories', 'en'],
  ['起诉状我已经写好了', 'zh'],
  ['我们法庭上再算这笔账 官司我打定了', 'zh'],
  ['电视台的记者下午要来采访我', 'zh'],
  ['我會叫傳媒來報道你哋', 'zh'],
  ['我要让所有顾客都知道你们的套路', 'zh'],
  ['已经向药监局举报了', 'zh'],
  // A claim against the store by its own name, told as what follows if the store does nothing.
  ['if this isnt resolved by friday im filing a claim against Baton', 'en'],
  ["Fix it by Monday or I'm bringing a case against Acme Homewares", 'en'],
];
// The same words in routine messages: a question, a product, a dress, damages to a box, a landlord.
const NOT_TAKEN_OUT: Array<[string, 'en' | 'zh']> = [
  ['what happens if the box has damages on arrival?', 'en'],
  ['is the dress from the tv show still in stock', 'en'],
  ['thinking of suing my landlord, do you sell document folders', 'en'],
  ['do you deliver to a barristers chambers?', 'en'],
  ['customs papers are being drawn up for my export order', 'en'],
  ['I shared your sale with my sister, she loved it', 'en'],
  ['这条裙子让所有人都知道我品味好', 'zh'],
  ['记者节有活动吗', 'zh'],
  ['你们在商务部备案了吗', 'zh'],
  ['if the parcel isnt here by friday im filing a claim against the courier', 'en'],
  ["I'm filing a claim against Acme Insurance for my flood, can you resend the invoice", 'en'],
  ['if my flight is cancelled I will file a claim against the airline', 'en'],
];

describe('a dispute taken outside the store', () => {
  test.each(TAKEN_OUT)('%s → taken out', (text, lang) => expect(read(text, lang)).not.toEqual([]));
  test.each(NOT_TAKEN_OUT)('%s → not', (text, lang) => expect(read(text, lang)).toEqual([]));
});
