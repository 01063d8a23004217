import { withoutLawyerAsTrade } from '../../../../bot/core/signals/lawyer-mention';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const en = (phrases: string[], text: string) => withoutLawyerAsTrade(phrases, normalizeEnglish(text), '');
const zh = (phrases: string[], text: string) => withoutLawyerAsTrade(phrases, '', normalizeChinese(foldChinese(text)));

// [legal phrases found, message]: the lawyer is a trade, a workplace or who is buying, and nothing threatens.
const ENGLISH_TRADES: Array<[string[], string]> = [
  [['lawyer'], 'my partner is a lawyer and asked me to get a VAT invoice for the desk'],
  [['attorney'], "my dad's an attorney, can the gift be wrapped"],
  [['solicitor'], 'a friend who is a solicitor recommended your shop, do you ship to Ireland'],
  [['solicitors'], 'I work for a firm of solicitors, can you deliver to the office'],
  [['lawyer'], 'she works as a lawyer so she is never home before 7, can the courier come later'],
  [['lawyers'], "we're a small law firm of six lawyers and need matching chairs"],
  [['solicitor'], "I'm a practising solicitor, can I get an invoice with my firm's name"],
  [['attorney'], 'My attorney friend says I should always keep invoices, how do I download one for my order?'],
  // Someone else's lawyer on their affairs.
  [['lawyer'], "The lawyer handling my dad's estate needs copies of his invoices, how do I download them?"],
  [['attorney'], 'the attorney representing my landlord asked for a copy of the invoice, can you email it?'],
];
const ENGLISH_THREATS: Array<[string[], string]> = [
  [['lawyer'], 'my sister is a lawyer and she will be in touch about this'],
  [['solicitor'], "I'm a solicitor and what you're doing is unlawful"],
  [['attorney'], 'my brother is an attorney, you will hear from him'],
  [['lawyer'], "my husband's a lawyer and he says we should take legal action"],
  [['lawyer'], "I'm getting a lawyer"],
  [['lawyers'], 'my lawyers will contact you'],
  [['lawyer'], 'my lawyer friend will be in touch with you about this'],
  [['lawyer'], 'my lawyer is handling this and will contact you'],
  [['lawyer'], "my dad's lawyer will be in touch about the broken sofa"],
  [['lawyer'], 'the lawyer handling my case will contact you'],
  // What the customer is doing about the shop, not a trade: no article before the verb.
  [['solicitors'], "I'm instructing solicitors over the damaged piano"],
  [['lawyers'], 'we are contacting lawyers about this'],
];
// Chinese as the customer types it, folded as the engine does (traditional and Cantonese to simplified).
const CHINESE_TRADES: Array<[string[], string]> = [
  [['律师'], '我太太是律师 想问下礼品卡能不能开发票'],
  [['律师'], '我們律師事務所想訂一批文件櫃 可以開專票嗎'],
  [['律师'], '我在律师事务所实习 快递能寄到所里吗'],
  [['律师'], '我係做律師嘅 平日唔喺屋企 可唔可以夜晚送'],
  [['律师'], '抬头是某某律师事务所 税号稍后发'],
  [['律师'], '我的律師朋友說發票要留好，怎麼下載電子發票？'],
];
const CHINESE_THREATS: Array<[string[], string]> = [
  [['律师'], '我女朋友是律师 她说你们这样是违法的'],
  [['律师'], '我已经找了律师'],
  [['律师'], '我會請律師處理'],
  [['律师'], '律师信已经寄出'],
  [['律师'], '我们律师事务所会联系你们'],
  [['律师'], '我老婆是律师 我问过律师了'],
  [['律师'], '我的律师朋友会联系你们'],
];

// A lawyer sought for the customer's own affairs (out of the store's scope), and the same words with a threat.
const SOUGHT: Array<[string[], string, 'en' | 'zh']> = [
  [['solicitor'], 'could you suggest a decent solicitor for a house purchase', 'en'],
  [['lawyer'], 'where do I find the top immigration lawyer around Leeds', 'en'],
  [['律师'], '能不能介绍个靠谱的律师 我想办遗嘱', 'zh'],
  [['律师'], '有冇邊個離婚律師推介', 'zh'],
];
const SOUGHT_TO_THREATEN: Array<[string[], string, 'en' | 'zh']> = [
  [['lawyer'], 'recommend me a lawyer because I want to take legal action against you', 'en'],
  [['律师'], '推荐个律师给我 我要起诉你们', 'zh'],
];
const read = (phrases: string[], text: string, lang: 'en' | 'zh') => (lang === 'en' ? en(phrases, text) : zh(phrases, text));

describe('a lawyer sought for the customer\'s own affairs', () => {
  test.each(SOUGHT)('set aside: %j in %s', (phrases, text, lang) => expect(read(phrases, text, lang)).toEqual([]));
  test.each(SOUGHT_TO_THREATEN)('kept: %j in %s', (phrases, text, lang) => expect(read(phrases, text, lang)).toEqual(phrases));
});

describe('a lawyer named as a trade, a workplace or the buyer', () => {
  test.each(ENGLISH_TRADES)('set aside: %j in %s', (phrases, text) => {
    expect(en(phrases, text)).toEqual([]);
  });
  test.each(ENGLISH_THREATS)('kept: %j in %s', (phrases, text) => {
    expect(en(phrases, text)).toEqual(phrases);
  });
  test.each(CHINESE_TRADES)('set aside: %j in %s', (phrases, text) => {
    expect(zh(phrases, text)).toEqual([]);
  });
  test.each(CHINESE_THREATS)('kept: %j in %s', (phrases, text) => {
    expect(zh(phrases, text)).toEqual(phrases);
  });

  test('only the lawyer words are set aside', () => {
    expect(en(['attorney', 'sue you'], "I'm an attorney and I will sue you")).toEqual(['attorney', 'sue you']);
    expect(en(['lawyer', 'police'], 'my mum is a lawyer, she called the police')).toEqual(['police']);
    expect(en(['lawyers'], 'I will bring in professionals such as lawyers')).toEqual(['lawyers']);
  });
});
