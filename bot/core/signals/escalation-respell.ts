import { oneEditApart } from './respell';

/**
 * The English words an escalation turns on, read through one typo, as respell.ts reads those of a request for a person:
 * "im gonna get a lawer involved", "my attorny will contact you", "talked to my solicter", "ill be sueing you", "she's in
 * hospitl", "electrocutted". A word of five letters or more one edit (a letter added, dropped, changed, or two swapped)
 * from a key word, with the same first letter, is read as the key word; real words one edit away ("layer", "hospitals",
 * "injures") stay what they are. The complaint rules then read the respelled text with all their guards ("my wife is a
 * lawer" is still a trade, "my mum is in hospitl" still a place).
 */
const KEY_WORDS: readonly string[] = [
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'solicitor', 'solicitors', 'lawsuit', 'ombudsman', 'hospital', 'poisoning',
  'poisoned', 'electrocuted', 'injured', 'injury',
];
/** Real words one edit from a key word. */
const REAL_NEIGHBOURS: ReadonlySet<string> = new Set(['layer', 'layers', 'hospitals', 'injure', 'injures', 'poisoner', 'poisons']);
/** Misspellings more than one edit away, or of a word too short to respell safely. */
const FORMS: Readonly<Record<string, string>> = { sueing: 'suing', suein: 'suing', suin: 'suing', lawywer: 'lawyer', laywer: 'lawyer', laywers: 'lawyers' };

const WORD = /[a-z]{5,20}/g;
const FIRST = new Set(KEY_WORDS.map((key) => key[0]));

function keyWordFor(word: string): string | undefined {
  if (FORMS[word]) return FORMS[word];
  if (!FIRST.has(word[0]) || REAL_NEIGHBOURS.has(word) || KEY_WORDS.includes(word)) return undefined;
  return KEY_WORDS.find((key) => key[0] === word[0] && Math.abs(key.length - word.length) <= 1 && oneEditApart(word, key));
}

/** Lower-case text (normalizeEnglish) with the escalation key words' typos read as the key words. */
export function respellEscalationWords(text: string): string {
  return text.replace(WORD, (word) => keyWordFor(word) ?? word);
}
