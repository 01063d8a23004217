/**
 * Swearing written with asterisks ("f***ing", "b*stards", "sh*t") is read as the word it hides, so the sentiment and
 * the abuse patterns see it: the swear word of the same length whose letters agree where they are written.
 */
const MASKABLE: readonly string[] = [
  'fucking', 'fuckin', 'fucked', 'fucker', 'fuckers', 'fuck', 'shit', 'shitty', 'bastard', 'bastards', 'bitch',
  'asshole', 'assholes', 'crap', 'crappy', 'damn', 'bullshit', 'piss', 'pissed', 'dick', 'wanker', 'wankers',
  'bollocks', 'idiot', 'idiots', 'hell',
];

const BY_LENGTH: ReadonlyMap<number, readonly string[]> = MASKABLE.reduce((index, word) => {
  index.set(word.length, [...(index.get(word.length) ?? []), word]);
  return index;
}, new Map<number, string[]>());

/** The text with every run of letters and asterisks that hides a swear word spelled out; other stars dropped. */
export function unmaskProfanity(text: string): string {
  if (!text.includes('*')) return text;
  return text.replace(/[A-Za-z*]+/g, (run) => (run.includes('*') ? unmask(run) : run));
}

function unmask(run: string): string {
  const lower = run.toLowerCase();
  if (!/[a-z]/.test(lower)) return run;
  const found = (BY_LENGTH.get(lower.length) ?? []).find((word) => [...lower].every((ch, k) => ch === '*' || ch === word[k]));
  if (!found) return run.replace(/\*/g, '');
  return run === run.toUpperCase() ? found.toUpperCase() : found;
}
