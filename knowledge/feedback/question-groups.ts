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

const HAN = /\p{Script=Han}/u;

/** Words (English, stop words left out) and character bigrams (Chinese) of a key. */
export function keyTokens(key: string): Set<string> {
  const tokens = new Set<string>();
  for (const word of key.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const han = HAN.test(word) ? [...word].filter((c) => HAN.test(c)) : [];
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
 * similar enough, or starts its own. Built incrementally over an index of the representatives' rarest tokens, so a key
 * is compared only with clusters that could reach the threshold, not with every cluster so far: two token sets
 * with Jaccard similarity ≥ t must share one of their first |s| − ⌈t·|s|⌉ + 1 tokens in a common order (rarest
 * first). Thousands of unrelated junk keys stay near-linear instead of quadratic.
 */
export function clusterKeys<T extends { key: string; count: number }>(items: readonly T[]): T[][] {
  const sorted = [...items].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  const tokenSets = sorted.map((item) => keyTokens(item.key));
  const frequency = new Map<string, number>();
  for (const tokens of tokenSets) for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const rarestFirst = (tokens: Set<string>) =>
    [...tokens].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const prefixOf = (ordered: string[]) => ordered.slice(0, ordered.length - Math.ceil(SIMILAR_ENOUGH * ordered.length) + 1);

  const clusters: Array<{ tokens: Set<string>; members: T[] }> = [];
  const byPrefixToken = new Map<string, number[]>();
  sorted.forEach((item, i) => {
    const tokens = tokenSets[i];
    const ordered = rarestFirst(tokens);
    // Sets whose sizes differ by more than the threshold allows cannot be similar enough; lists are in cluster order,
    // so each stops at its first match (or at the best home found so far).
    const smallest = SIMILAR_ENOUGH * tokens.size;
    const largest = tokens.size / SIMILAR_ENOUGH;
    let home: number | undefined;
    for (const token of prefixOf(ordered)) {
      for (const c of byPrefixToken.get(token) ?? []) {
        if (home !== undefined && c >= home) break;
        const size = clusters[c].tokens.size;
        if (size >= smallest && size <= largest && similarity(clusters[c].tokens, tokens) >= SIMILAR_ENOUGH) {
          home = c;
          break;
        }
      }
    }
    if (home !== undefined) {
      clusters[home].members.push(item);
      return;
    }
    clusters.push({ tokens, members: [item] });
    for (const token of prefixOf(ordered)) {
      const list = byPrefixToken.get(token);
      if (list) list.push(clusters.length - 1);
      else byPrefixToken.set(token, [clusters.length - 1]);
    }
  });
  return clusters.map((c) => c.members);
}
