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
    ['crd', ['card']], // too short to correct, but shorthand (shorthand.ts)
    ['crdx', []], // too short to correct, and no known word's shorthand
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

describe('correctTypo against every edit tried', () => {
  // The known words one edit away, found the slow way: every deletion, transposition, substitution and insertion.
  const slowly = (word: string, known: Map<string, number>): string[] => {
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const edits = new Set<string>();
    for (let i = 0; i <= word.length; i++) {
      if (i < word.length) edits.add(word.slice(0, i) + word.slice(i + 1));
      if (i + 1 < word.length) edits.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      for (const c of letters) {
        if (i < word.length && c !== word[i]) edits.add(word.slice(0, i) + c + word.slice(i + 1));
        edits.add(word.slice(0, i) + c + word.slice(i));
      }
    }
    return [...edits]
      .filter((e) => known.has(e))
      .sort((a, b) => known.get(a)! - known.get(b)!)
      .slice(0, 2);
  };
  const words = ['shipping', 'shopping', 'delivery', 'address', 'addresses', 'refund', 'refunds', 'return', 'returns', 'order', 'orders', 'invoice', 'voucher', 'account', 'payment', 'cancel', 'tracking', 'parcel', 'wallet', 'stock'];
  const known = new Map(words.map((w, rank) => [w, rank]));

  it('finds the same corrections', () => {
    const queries = words.flatMap((w) => [w.slice(1), w.slice(0, -1), `x${w}`, `${w}x`, `${w.slice(0, 2)}q${w.slice(3)}`, `${w[1]}${w[0]}${w.slice(2)}`, `${w.slice(0, -2)}${w.at(-1)}${w.at(-2)}`]);
    for (const query of queries.filter((q) => q.length >= 5 && !known.has(q))) expect([query, correctTypo(query, known)]).toEqual([query, slowly(query, known)]);
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
