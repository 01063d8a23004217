import { wordTable } from './own';
/**
 * Swearing written with asterisks or symbols ("f***ing", "b*stards", "sh*t", "$h!t", "sh1t") is read as the word it
 * hides, so the sentiment and the abuse patterns see it: the swear word of the same length whose letters agree where
 * they are written, a star or "#" standing for any letter and a symbol or digit for the letter it looks like ($ s, ! i,
 * 1 i, 0 o, @ a, 3 e, 4 a, 5 s). A run with no letter ("5*****", "$100") or that hides no swear word keeps its symbols
 * and loses only its stars.
 */
const MASKABLE: readonly string[] = [
  'fucking', 'fuckin', 'fucked', 'fucker', 'fuckers', 'fuck', 'shit', 'shitty', 'bastard', 'bastards', 'bitch',
  'asshole', 'assholes', 'crap', 'crappy', 'damn', 'bullshit', 'piss', 'pissed', 'dick', 'wanker', 'wankers',
  'bollocks', 'idiot', 'idiots', 'hell',
];

/** A symbol or digit written for the letter it looks like. */
const LOOKS_LIKE: Readonly<Record<string, string>> = wordTable({ $: 's', '!': 'i', '1': 'i', '0': 'o', '@': 'a', '3': 'e', '4': 'a', '5': 's' });

const BY_LENGTH: ReadonlyMap<number, readonly string[]> = MASKABLE.reduce((index, word) => {
  index.set(word.length, [...(index.get(word.length) ?? []), word]);
  return index;
}, new Map<number, string[]>());

/** One class, no alternation: a run is found in linear time, and each is read once. */
const RUN = /[A-Za-z0-9*#$@!]+/g;

/** The text with every run of letters and masks that hides a swear word spelled out; other stars dropped. */
export function unmaskProfanity(text: string): string {
  if (!/[*#$@!0-9]/.test(text)) return text;
  return text.replace(RUN, (run) => (/[a-z]/i.test(run) && /[^a-z]/i.test(run) ? unmask(run) : run));
}

function unmask(run: string): string {
  // Punctuation after the word ("sh*t!!") is not part of it.
  let end = run.length;
  while (end > 0 && run[end - 1] === '!') end--;
  const trailing = run.slice(end);
  const core = trailing && /[a-z*#]/i.test(run.slice(0, -trailing.length)) ? run.slice(0, -trailing.length) : run;
  const lower = core.toLowerCase();
  const found = (BY_LENGTH.get(lower.length) ?? []).find((word) =>
    [...lower].every((ch, k) => ch === word[k] || ch === '*' || ch === '#' || LOOKS_LIKE[ch] === word[k]),
  );
  if (!found) return run.replace(/\*/g, '');
  return (core === core.toUpperCase() ? found.toUpperCase() : found) + trailing;
}
