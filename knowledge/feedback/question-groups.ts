/**
 * Grouping of customers' unanswered questions for the review queue: the same question typed differently ("Where is
 * my parcel??" / "where is my parcel") shares one key, and similar keys ("where is my parcel" / "where's my parcel
 * now") are clustered by word overlap, so editors see each gap once with how often it came up.
 */

const STOP_WORDS = new Set(
  'a an the is are was were be been am i me my you your we our it its to of in on at for and or but do does did can could would should will how what when where why which who this that there please hi hello'.split(
    ' ',
  ),
);

/** Normalised text: NFKC, lower case, no punctuation or symbols, single spaces, no spaces between Chinese characters. */
export function questionKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
    .trim()
    .slice(0, 400);
}

/** Words (English, stop words left out) and character bigrams (Chinese) of a key. */
export function keyTokens(key: string): Set<string> {
  const tokens = new Set<string>();
  for (const word of key.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const han = [...word].filter((c) => /\p{Script=Han}/u.test(c));
    if (han.length > 0) {
      if (han.length === 1) tokens.add(han[0]);
      for (let i = 0; i + 1 < han.length; i++) tokens.add(han[i] + han[i + 1]);
      continue;
    }
    if (!STOP_WORDS.has(word)) tokens.add(word.replace(/(?:'s|s)$/, '') || word);
  }
  return tokens;
}

export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Keys at least this similar are one group. */
export const SIMILAR_ENOUGH = 0.5;

/**
 * Clusters items with keys, most frequent key first: each key joins the first cluster whose representative is
 * similar enough, or starts its own.
 */
export function clusterKeys<T extends { key: string; count: number }>(items: readonly T[]): T[][] {
  const clusters: Array<{ tokens: Set<string>; members: T[] }> = [];
  for (const item of [...items].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))) {
    const tokens = keyTokens(item.key);
    const home = clusters.find((c) => similarity(c.tokens, tokens) >= SIMILAR_ENOUGH);
    if (home) home.members.push(item);
    else clusters.push({ tokens, members: [item] });
  }
  return clusters.map((c) => c.members);
}
