import { compileSynonyms, expandSynonyms } from '../../../knowledge/search/synonyms';
import { analyzeText } from '../../../knowledge/search/tokenize';
import { correctTypo } from '../../../knowledge/search/typo';

const vocabulary = new Map(['password', 'delivery', 'refund', 'cancel', 'card', 'passport'].map((w, rank) => [w, rank]));

describe('correctTypo', () => {
  it.each([
    ['pasword', ['password']], // deletion
    ['passwrod', ['password']], // transposition
    ['passwordd', ['password']], // insertion
    ['delivary', ['delivery']], // substitution
    ['password', []], // known word
    ['carde', ['card']], // five letters: corrected to a four-letter word
    ['crd', []], // too short to correct
    ['zzzzzzz', []], // nothing one edit away
    ['passwort', ['password', 'passport']], // two words one edit away, frequent first
  ])('%s → %j', (word, expected) => {
    expect(correctTypo(word, vocabulary)).toEqual(expected);
  });

  it('prefers the more frequent of equally close words', () => {
    expect(correctTypo('passpord', vocabulary)).toEqual(['password', 'passport']);
    const passportFirst = new Map([...vocabulary].map(([w, r]) => [w, w === 'passport' ? -1 : r]));
    expect(correctTypo('passpord', passportFirst)).toEqual(['passport', 'password']);
  });
});

describe('synonyms', () => {
  const groups = compileSynonyms({ refund: ['money back', 'reimbursement'], 'log in': ['sign in'] });

  it('compiles phrases into analysed term sequences', () => {
    expect(groups).toEqual([
      [['refund'], ['monei', 'back'], ['reimburs']],
      [['log'], ['sign']],
    ]);
  });

  it('adds the other phrases of a group whose phrase occurs in the query', () => {
    const terms = analyzeText('I want my money back').terms;
    expect(expandSynonyms(terms, groups, 0.5)).toEqual([
      { term: 'refund', weight: 0.5 },
      { term: 'reimburs', weight: 0.5 },
    ]);
  });

  it('needs the whole phrase, in order', () => {
    expect(expandSynonyms(analyzeText('back my money').terms, groups, 0.5)).toEqual([]);
  });

  it('finds a Chinese phrase inside a longer message, its characters kept together', () => {
    const chinese = compileSynonyms({ 退订: ['营销短信'] });
    const expanded = (text: string) => expandSynonyms(analyzeText(text).terms, chinese, 0.5).map((t) => t.term);
    expect(expanded('营销短信咋关')).toEqual(expect.arrayContaining(analyzeText('退订').terms));
    expect(expanded('我不想再收营销短信了')).toEqual(expect.arrayContaining(analyzeText('退订').terms));
    // The same characters apart are not the phrase.
    expect(expanded('短信里的营销活动')).toEqual([]);
  });

  it('drops groups that collapse to a single phrase', () => {
    expect(compileSynonyms({ Refund: ['refunds', 'REFUND'] })).toEqual([]);
  });
});
