/**
 * Baton's Porter stemmer stems exactly as natural's (which built every index and snapshot before it), word for word:
 * over every distinct English word of the shared data sets (customer questions, reviews, support dialogues) and over
 * generated words built from the suffixes each step rewrites. natural stays a dev dependency for this test and the
 * benchmarks only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { categorizeGroups, measure, porterStem } from '../../../knowledge/search/porter';
import { stem } from '../../../knowledge/search/stemmer';
import { seededRandom } from '../../support/hostile-text';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const natural = require('natural/lib/natural/stemmers/porter_stemmer') as {
  stem(word: string): string;
  categorizeGroups(word: string): string;
  measure(word: string): number;
};

const DATA = path.resolve(__dirname, '../../../../shared/data');
const SOURCES = ['banking77', 'clinc150', 'bitext_customer_support', 'womens_ecommerce_reviews', 'stc3_dch1', 'abcd_sample', 'realistic_dev'];

function dataSetWords(): Set<string> {
  const words = new Set<string>();
  const read = (file: string) => {
    for (const word of readFileSync(file, 'utf8').toLowerCase().match(/[a-z]+/g) ?? []) words.add(word);
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(csv|tsv|json|jsonl|txt)$/.test(name) && statSync(file).size < 50_000_000) read(file);
    }
  };
  for (const source of SOURCES) if (existsSync(path.join(DATA, source))) walk(path.join(DATA, source));
  return words;
}

const SUFFIXES = [
  'ational', 'tional', 'enci', 'anci', 'izer', 'abli', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism',
  'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness',
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
  'sion', 'tion', 'e', 'll', 'eed', 'ed', 'ing', 'at', 'bl', 'iz', 'y', 'ies', 'sses', 'ss', 's', 'yy', '',
];

function generatedWords(count: number): string[] {
  const random = seededRandom(17);
  const letters = 'aeiouyyybcdlmnrstxwzgsseeiinglzz';
  const pick = <T>(items: ArrayLike<T>) => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, () => {
    let word = '';
    for (let n = Math.floor(random() * 8); n > 0; n--) word += pick(letters);
    return word + pick(SUFFIXES) + pick(SUFFIXES);
  });
}

const differences = (words: Iterable<string>) => [...words].filter((w) => porterStem(w) !== natural.stem(w)).map((w) => `${w}: ${natural.stem(w)} ≠ ${porterStem(w)}`);

// The shared data sets sit beside the repository on the development machines and in CI; a clone on its own (a user's
// laptop) skips this comparison with a notice, and CI never does.
const dataPresent = existsSync(DATA);
if (!dataPresent && !process.env.CI) console.warn(`porter.test.ts: ${DATA} not found; the data-set comparison is skipped`);
(dataPresent || process.env.CI ? test : test.skip)('every word of the shared data sets stems as natural stems it', () => {
  const words = dataSetWords();
  expect(words.size).toBeGreaterThan(15_000);
  expect(differences(words)).toEqual([]);
});

test('60,000 generated words built on the suffixes each step rewrites stem as natural stems them', () => {
  expect(differences(generatedWords(60_000))).toEqual([]);
});

test('letter classes and the measure, read in one scan, are natural\'s three regular-expression passes', () => {
  const words = generatedWords(20_000);
  expect(words.filter((w) => categorizeGroups(w) !== natural.categorizeGroups(w))).toEqual([]);
  expect(words.filter((w) => measure(w) !== natural.measure(w))).toEqual([]);
});

test.each([
  ['caresses', 'caress'], ['ponies', 'poni'], ['agreed', 'agre'], ['plastered', 'plaster'], ['hopping', 'hop'], ['filing', 'file'],
  ['happy', 'happi'], ['relational', 'relat'], ['electrical', 'electr'], ['adjustment', 'adjust'], ['adoption', 'adopt'], ['controll', 'control'],
  ['refunds', 'refund'], ['delivery', 'deliveri'],
])('%s → %s', (word, stemmed) => {
  expect(porterStem(word)).toBe(stemmed);
  expect(natural.stem(word)).toBe(stemmed);
});

test('long runs of consonants or vowels take linear time, not quadratic', () => {
  for (const word of ['b'.repeat(4000), 'a'.repeat(4000), 'by'.repeat(2000), `${'x'.repeat(3999)}y`]) expect(stem(word)).toEqual(expect.any(String));
});
