/**
 * A pure function of a text, remembering its last few results: one customer turn reads the same message several times
 * (the detectors, the knowledge search, the small-talk search), so a handful of entries is enough, and few enough that
 * only one turn's texts are ever kept (the oldest entry goes first).
 */
export function rememberRecent<T>(size: number, compute: (text: string) => T): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    if (recent.has(text)) return recent.get(text)!;
    const result = compute(text);
    if (recent.size >= size) recent.delete(recent.keys().next().value!);
    recent.set(text, result);
    return result;
  };
}
