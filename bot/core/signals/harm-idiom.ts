/**
 * A harm word inside a fixed figure of speech: "pick your poison" (take your choice), "what's your poison" (what will you
 * drink), "poison of choice", "name your poison". The safety rule reads "poison" as an incident; in the figure it names a
 * choice, and "Pick your poison they said 😄 I picked the wrong one. Unopened wine glasses, what's the return window?" asks
 * a return window. Only the figure's own words are set aside: "the kids got into the poison", a poisoning told beside
 * it, stays with the rules.
 */

/** The figures, each with the harm word it holds. */
const EN_FIGURES = /\b(?:pick|choose|chose|picked|name) (?:your|my|his|her|their|our) poison\b|\bwhat(?:'s|s| is) (?:your|my) poison\b|\bpoison of choice\b/g;

/** The safety phrases without a harm word that lies only inside a figure of speech. */
export function withoutHarmIdioms(found: readonly string[], english: string): string[] {
  if (!english || found.length === 0) return [...found];
  const figures = [...english.matchAll(EN_FIGURES)].map((m) => m[0]);
  if (figures.length === 0) return [...found];
  // The harm word's every place in the message lies inside a figure.
  const outside = english.replace(EN_FIGURES, ' ');
  return found.filter((phrase) => /[\u4e00-\u9fff]/.test(phrase) || outside.includes(phrase) || !figures.some((figure) => figure.includes(phrase)));
}
