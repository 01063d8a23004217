/**
 * A second development set for the decisions (`test/fixtures/decisions-extra.tsv`): 164 messages written for Baton
 * in wording of their own, not realistic_dev's (English, simplified Chinese, traditional Chinese with Taiwan and Hong
 * Kong usage, a few typos and mixed Chinese-English), labelled with demo article ids or FALLBACK, in realistic_dev's
 * columns and scored by its rules. Nothing is fitted on it: it checks that a change helps wording nobody tuned for.
 */
import path from 'node:path';
import { loadRealisticDev, type RealisticRow } from './realistic-dev';

export const EXTRA_SET_FILE = path.join(__dirname, '..', 'fixtures', 'decisions-extra.tsv');

export function loadExtraSet(): RealisticRow[] {
  return loadRealisticDev(EXTRA_SET_FILE);
}
