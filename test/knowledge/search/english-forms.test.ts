import { BARE_CONTRACTIONS, baseForm } from '../../../knowledge/search/english-forms';
import { stem } from '../../../knowledge/search/stemmer';
import { analyzeText } from '../../../knowledge/search/tokenize';
import { KnowledgeIndex } from '../../../knowledge/search';

describe('baseForm', () => {
  it.each([
    ['paid', 'pay'],
    ['withdrew', 'withdraw'],
    ['withdrawn', 'withdraw'],
    ['stolen', 'steal'],
    ['sent', 'send'],
    ['authorised', 'authorized'],
    ['organisation', 'organization'],
    ['customising', 'customizing'],
    ['slower', 'slow'],
    ['cheapest', 'cheap'],
  ])('%s → %s', (form, base) => {
    expect(baseForm(form)).toBe(base);
  });

  it.each(['left', 'felt', 'saw', 'done', 'latest', 'better', 'promise', 'advise', 'exercise', 'wise', 'card', 'refund'])(
    'leaves %s alone (another meaning, a stop word, or a word -ise belongs to)',
    (word) => {
      expect(baseForm(word)).toBe(word);
    },
  );
});

describe('stem with base forms', () => {
  it('joins irregular and British forms to the stems of their base words', () => {
    expect(stem('paid')).toBe(stem('pay'));
    expect(stem('withdrew')).toBe(stem('withdrawing'));
    expect(stem('frozen')).toBe(stem('freeze'));
    expect(stem('authorised')).toBe(stem('authorized'));
  });
});

describe('bare contractions', () => {
  it('expands negations typed without an apostrophe as the apostrophe forms are expanded', () => {
    expect(analyzeText('my package hasnt arrived, i cant track it').words).toEqual(
      analyzeText("my package hasn't arrived, i can't track it").words,
    );
    expect(analyzeText('dont').terms).toEqual(['not']);
  });

  it('lists only negations, each expanding to a verb and "not"', () => {
    for (const [contraction, parts] of BARE_CONTRACTIONS) {
      expect(contraction.endsWith('nt')).toBe(true);
      expect(parts).toHaveLength(2);
      expect(parts[1]).toBe('not');
    }
  });

  it('leaves ID and other lookalikes alone', () => {
    expect(analyzeText('id ill want').words).toEqual(['id', 'ill', 'want']);
  });
});

describe('searching with other word forms', () => {
  const index = KnowledgeIndex.build([
    {
      id: 'cash-withdrawal',
      title: 'Withdrawing cash',
      questions: ['How do I withdraw cash at an ATM?'],
      answer: 'Any ATM works.',
      tags: [],
      lang: 'en',
    },
    {
      id: 'card-payment',
      title: 'Paying by card',
      questions: ['Can I pay by card?'],
      answer: 'Yes.',
      tags: [],
      lang: 'en',
    },
  ]);

  it('finds the article written in the base form for a message in an irregular form', () => {
    expect(index.search('I withdrew cash yesterday')[0]?.articleId).toBe('cash-withdrawal');
    expect(index.search('I paid by card')[0]?.articleId).toBe('card-payment');
  });
});
