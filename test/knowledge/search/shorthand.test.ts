import { KnowledgeIndex } from '../../../knowledge/search';
import { isShorthandCandidate, readShorthand } from '../../../knowledge/search/shorthand';
import { analyzeText } from '../../../knowledge/search/tokenize';
import { correctTypo } from '../../../knowledge/search/typo';
import { FIXTURE_ARTICLES } from './fixture-articles';

// A store's words, most frequent first (rank = position).
const vocabulary = new Map(
  (
    'order account item refund card delivery change shipping return missing payment package charge charged status ' +
    'address tracking points local plus tomorrow something label weeks message small quantity messages delivered ' +
    'password invoice warranty damaged cancel marked within hours large amount update changed stays november paypal ' +
    'reply getting'
  )
    .split(' ')
    .map((word, rank) => [word, rank]),
);

describe('readShorthand', () => {
  it.each([
    ['acct', 'account'],
    ['pymt', 'payment'],
    ['pmt', 'payment'],
    ['addr', 'address'], // the word's beginning
    ['pkg', 'package'],
    ['msg', 'message'], // keeps every consonant of "message", drops the n of "missing"
    ['qty', 'quantity'],
    ['pwd', 'password'],
    ['trkg', 'tracking'],
    ['dlvry', 'delivery'],
    ['wrnty', 'warranty'],
    ['rfnd', 'refund'],
    ['cncl', 'cancel'],
    ['dmgd', 'damaged'],
    ['hrs', 'hours'],
    ['lrg', 'large'],
    ['amt', 'amount'],
    ['upd', 'update'], // a vowel first is kept
  ])('%s → %s', (short, word) => {
    expect(readShorthand(short, vocabulary)).toEqual([word]);
  });

  it.each([
    ['lol', 'a vowel inside: a word of its own, not "local"'],
    ['tom', 'a name, not "tomorrow"'],
    ['nvm', 'a chat initialism (never mind), not "november"'],
    ['ppl', 'a chat initialism (people), not "paypal"'],
    ['rly', 'a chat initialism (really), not "reply"'],
    ['gtg', 'a chat initialism (got to go), not "getting"'],
    ['asap', 'a vowel inside'],
    ['omg', 'no known word'],
    ['tbh', 'no known word'],
    ['xl', 'a size: too short'],
    ['xxl', 'a size: no known word'],
    ['pls', '"please", a stop word, not "plus"'],
    ['wth', '"with", a stop word, not "within"'],
    ['smh', 'drops the t of "something" and stops before its "ng"'],
    ['chg', 'as much "change" as "charge"'],
    ['dhl', 'a brand: no known word'],
    ['jbl', 'a brand: no known word'],
    ['card', 'a known word'],
    ['and', 'a stop word'],
    ['pkgs2', 'not letters only'],
    ['dlvrys', 'too long for shorthand'],
  ])('%s is not read (%s)', (short) => {
    expect(readShorthand(short, vocabulary)).toEqual([]);
  });

  it('reads a stem\'s forms as one reading, not as rival readings ("message", "messages")', () => {
    expect(readShorthand('msg', vocabulary)).toEqual(['message']);
    expect(readShorthand('msgs', vocabulary)).toEqual(['messages']);
  });

  it('takes only skeletons: consonants after the first letter, 3 to 5 letters', () => {
    expect(['acct', 'pkg', 'upd', 'dlvry'].every(isShorthandCandidate)).toBe(true);
    expect(['info', 'ty', 'lol', 'shpmnt', 'the'].some(isShorthandCandidate)).toBe(false);
  });

  it('stays bounded on a large vocabulary', () => {
    const large = new Map<string, number>();
    for (let i = 0; i < 50_000; i++) large.set('p' + i.toString(36).replace(/[0-9]/g, (d) => 'bcdfghjklm'[Number(d)]) + 'ment', i);
    const start = Date.now();
    for (let i = 0; i < 200; i++) readShorthand('pmnt', large);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('correctTypo and shorthand', () => {
  it('reads a short unknown word as shorthand, a longer one as a typo first', () => {
    expect(correctTypo('acct', vocabulary)).toEqual(['account']);
    expect(correctTypo('chnge', vocabulary)).toEqual(['change']);
    expect(correctTypo('dlvry', vocabulary)).toEqual(['delivery']);
  });
});

describe('symbol shorthand', () => {
  it.each([
    ['can i order w/o an acct', ['order', 'without', 'acct']],
    ['order w/out an account', ['order', 'without', 'account']],
    ['pay w/ paypal', ['pai', 'with', 'paypal']],
    ['tracking # pls', ['track', 'number', 'pl']],
    ['arrive b4 friday', ['arriv', 'befor', 'fridai']],
    ['pay thru paypal', ['pai', 'through', 'paypal']],
  ])('%s', (text, stems) => {
    expect(analyzeText(text).stems.filter((s) => s !== 'can' && s !== 'i' && s !== 'an')).toEqual(stems);
  });

  it.each([
    ['order #12345 is late', 'an order\'s id: the number itself'],
    ['3 kw/h', 'inside a longer token'],
    ['w/o2 sensor', 'inside a longer token'],
  ])('%s keeps its symbols (%s)', (text) => {
    expect(analyzeText(text).words).not.toContain('number');
    expect(analyzeText(text).words).not.toContain('without');
    expect(analyzeText(text).words).not.toContain('with');
  });
});

describe('search through shorthand', () => {
  const index = KnowledgeIndex.build(FIXTURE_ARTICLES);
  const top = (text: string) => index.search(text)[0];

  it.each([
    ['forgot my pwd', 'password'],
    ['when is my pkg coming, dlvry is late', 'delivery'],
    ['crd declined at the shop', 'card-declined'],
  ])('%s → %s', (text, expected) => {
    expect(top(text)?.articleId).toBe(expected);
  });
});
