/**
 * Near misses for the in-scope gate (issue 12): out-of-scope messages that share a word with a demo article
 * (`test/fixtures/out-of-scope-near-misses.tsv`: services the store does not offer — repairs, installation, assembly,
 * engraving, gift wrapping, alterations, made to order, rentals, trade-ins, personal shopping —, how to use a product,
 * medical, legal and financial advice, other companies' accounts and parcels, general knowledge; "can i gift wrap
 * this", "do you fix cracked iphone screens") and in-scope messages that share the same words
 * (`test/fixtures/in-scope-near-misses.tsv`: "the tv i ordered arrived with a cracked screen"), in English, simplified
 * and traditional Chinese. Written for Baton from the demo articles, before the gate was refitted on them.
 *
 * Rows come as realistic_dev's rows (FALLBACK, or the article ids; scored by its rules), numbered within each file so
 * that decisions-refit.ts fits on the odd rows and checks on the even ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RealisticRow, RowLang } from './realistic-dev';

export const OUT_OF_SCOPE_NEAR_MISSES_FILE = path.join(__dirname, '..', 'fixtures', 'out-of-scope-near-misses.tsv');
export const IN_SCOPE_NEAR_MISSES_FILE = path.join(__dirname, '..', 'fixtures', 'in-scope-near-misses.tsv');

/** The rows of a tab-separated file after its header, with their line numbers. */
function rowsOf(file: string): Array<{ line: number; fields: string[] }> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((raw, i) => ({ line: i + 1, fields: raw.split('\t') }))
    .slice(1)
    .filter(({ fields }) => fields[0].trim() !== '');
}

export function loadNearMisses(): RealisticRow[] {
  const outOfScope = rowsOf(OUT_OF_SCOPE_NEAR_MISSES_FILE).map(({ line, fields: [lang, text] }): RealisticRow => ({
    line,
    lang: lang as RowLang,
    text,
    articles: [],
    expected: 'FALLBACK',
    group: 'out-of-scope',
    kind: 'near-miss',
    note: '',
  }));
  const inScope = rowsOf(IN_SCOPE_NEAR_MISSES_FILE).map(({ line, fields: [lang, text, articles] }): RealisticRow => ({
    line,
    lang: lang as RowLang,
    text,
    articles: articles.split('|'),
    expected: 'article',
    group: 'answerable',
    note: '',
  }));
  return [...outOfScope, ...inScope];
}
