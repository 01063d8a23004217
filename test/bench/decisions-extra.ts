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

/**
 * A third development set, for the handoff decisions (`test/fixtures/handoff-extra.tsv`): requests for a person,
 * escalations (safety, legal, going public, repeated failures told as a story, anger without swearing) and near
 * misses that must not hand off ("the delivery agent left it", "human-readable invoice", 人工费是多少), in English,
 * simplified and traditional Chinese (Taiwan and Hong Kong usage), in realistic_dev's columns. Written before the
 * detectors were changed for it, to check that they generalise beyond realistic_dev's wording.
 */
export const HANDOFF_EXTRA_FILE = path.join(__dirname, '..', 'fixtures', 'handoff-extra.tsv');

export function loadHandoffExtraSet(): RealisticRow[] {
  return loadRealisticDev(HANDOFF_EXTRA_FILE);
}

/**
 * A fourth, for the handoff decisions of issue 12's fifth round (`test/fixtures/handoff-round5.tsv`): requests for a
 * person misspelt ("hooman", "agnet", 人公, 真仁), asked as a call back (请回电给我, "call me back on 07…"), in Cantonese
 * or romanised (機械人, 搵返個人, "jan yan", "rengong"), arranged (请安排人工处理); censored swearing ("f***ing", "$h!t");
 * repeated contact counted in other units ("third chat this week", 每次都是同一个回复); and their near misses (manage,
 * stuff, 7-11, "3-5 days", 爛晒). Written before the detectors were changed for it.
 */
export const HANDOFF_ROUND5_FILE = path.join(__dirname, '..', 'fixtures', 'handoff-round5.tsv');

export function loadHandoffRound5Set(): RealisticRow[] {
  return loadRealisticDev(HANDOFF_ROUND5_FILE);
}

/**
 * A fifth development set (`test/fixtures/decisions-short.tsv`, 99 messages): short and casual messages of the kinds
 * the in-scope gate declined on held-out data (a topic carried by a verb or a measure, a country or a currency by name,
 * casual English, Cantonese, a problem told as a story) and out-of-scope ones of the same length, in English,
 * simplified and traditional Chinese; written from the article ids and titles, labelled after reading the answers.
 * Nothing is fitted on it.
 */
export const SHORT_SET_FILE = path.join(__dirname, '..', 'fixtures', 'decisions-short.tsv');

export function loadShortSet(): RealisticRow[] {
  return loadRealisticDev(SHORT_SET_FILE);
}
