/**
 * A second development set for the decisions (`test/fixtures/decisions-extra.tsv`): messages written for Baton
 * in wording of their own, not realistic_dev's (English, simplified Chinese, traditional Chinese with Taiwan and Hong
 * Kong usage, a few typos and mixed Chinese-English), labelled with demo article ids or FALLBACK, in realistic_dev's
 * columns and scored by its rules. Nothing is fitted on it: it checks that a change helps wording nobody tuned for.
 * 238 messages since 74 traditional-Chinese ones were added (42 Hong Kong Cantonese, 24 Taiwan, 8 out of scope, the
 * way shoppers there type), written from the article titles before the Cantonese lexicon was, to measure it.
 */
import path from 'node:path';
import { loadRealisticDev, type RealisticRow } from './realistic-dev';

export const EXTRA_SET_FILE = path.join(__dirname, '..', 'fixtures', 'decisions-extra.tsv');

export function loadExtraSet(): RealisticRow[] {
  return loadRealisticDev(EXTRA_SET_FILE);
}
