import { wordTable } from './own';
/**
 * The English words a request for a person turns on, read through one typo: "conect me to a agent", "represntative",
 * "supervsor", "i wnat to talk to an agnet", and the playful "hooman". A word of four letters or more that is one edit
 * (a letter added, dropped, changed, or two swapped) from a key word of five or more, with the same first letter, is
 * read as the key word; real words that happen to be one edit away ("manage", "stuff", "humane", "employer", "steak")
 * stay what they are. The request detectors then read the respelled text with all their guards ("the delivery agnet
 * left it" still narrates; "humen-readable" is still a compound).
 */

const KEY_WORDS: readonly string[] = [
  'human', 'humans', 'person', 'agent', 'agents', 'representative', 'supervisor', 'manager', 'operator', 'employee',
  'someone', 'somebody', 'connect', 'transfer', 'speak',
  // "be transfered to someone", "get me conected with support": the past participles of the transfer verbs.
  'transferred', 'connected',
];
/** Real words one edit from a key word (from WordNet's index, with their common inflections). */
const REAL_NEIGHBOURS: ReadonlySet<string> = new Set([
  'haman', 'humane', 'humin', 'hunan', 'parson', 'peron', 'persona', 'persons', 'agene', 'ament', 'argent', 'supervisory',
  'manage', 'managed', 'manages', 'mangers', 'employed', 'employer', 'employers', 'confect', 'convect', 'sneak', 'spear',
  'speck', 'steak', 'speaks', 'agency', 'operate', 'operators', 'transfers', 'connects',
]);
/** Spellings on purpose, more than one edit away. */
const PLAYFUL: Readonly<Record<string, string>> = wordTable({ hooman: 'human', hoomans: 'humans', hoomin: 'human', hoomun: 'human', hyooman: 'human' });
/** Chat shorthand that drops the vowels ("tlk to agent", "spk to a person"). */
const SHORTHAND: Readonly<Record<string, string>> = wordTable({
  tlk: 'talk', tlking: 'talking', spk: 'speak', spkn: 'speaking', prsn: 'person', hmn: 'human', tlak: 'talk', takl: 'talk',
});
/**
 * Chat forms that are not one word: numbers for sounds ("talk 2 sum1 real"), and a long word voice dictation heard as
 * several ("speak to a represent a tive").
 */
const CHAT_FORMS: ReadonlyArray<readonly [needs: string, form: RegExp, meant: string]> = [
  // Each form is tried only on text holding what every match of it holds (most messages hold none of them).
  ['1', /\b(?:sum|some|sm)1\b/g, 'someone'],
  ['sumb', /\b(?:sumbody|sumbdy)\b/g, 'somebody'],
  [' 2', /\b(talk|speak|chat|tlk|spk|tlak|connect|transfer|send|pass) 2\b/g, '$1 to'],
  ['represent a', /\brepresent an? tive\b/g, 'representative'],
  // Greetings and politeness drawn out: "helloooo anyone there", "heyyy", "pleeease".
  ['loo', /\bh+e+l+o{2,}\b/g, 'hello'],
  ['yy', /\bhe+y{2,}\b/g, 'hey'],
  ['iii', /\bhi{3,}\b/g, 'hi'],
  ['ee', /\bp+le+a+s+e{2,}\b|\bple{2,}a+s+e+\b/g, 'please'],
  ['lss', /\bpls{2,}\b/g, 'pls'],
];

const WORD = /[a-z]{3,20}/g;

export interface Respelled {
  text: string;
  /** Each key word read, with the word as typed ("agent" → "agnet"). */
  typed: ReadonlyMap<string, string>;
}

/** Lower-case text (normalizeEnglish) with the key words' typos read as the key words. */
export function respellKeyWords(text: string): Respelled {
  const typed = new Map<string, string>();
  let chat = text;
  for (const [needs, form, meant] of CHAT_FORMS) if (chat.includes(needs)) chat = chat.replace(form, meant);
  const respelled = chat.replace(WORD, (word) => {
    const key = PLAYFUL[word] ?? SHORTHAND[word] ?? keyWordFor(word);
    if (!key) return word;
    typed.set(key, word);
    return key;
  });
  return { text: respelled, typed };
}

/** Evidence read in respelled text, shown with the customer's own words. */
export function asTyped(evidence: string, respelled: Respelled): string {
  if (respelled.typed.size === 0) return evidence;
  return evidence.replace(WORD, (word) => respelled.typed.get(word) ?? word);
}

/** The key words by first letter, in KEY_WORDS order: a word is read only as a key word that starts as it does. */
const KEY_WORDS_BY_FIRST: ReadonlyMap<string, readonly string[]> = KEY_WORDS.reduce((byFirst, key) => {
  byFirst.set(key[0], [...(byFirst.get(key[0]) ?? []), key]);
  return byFirst;
}, new Map<string, string[]>());

function keyWordFor(word: string): string | undefined {
  if (word.length < 4) return undefined;
  const keys = KEY_WORDS_BY_FIRST.get(word[0]);
  // Most words start with no key word's letter, or differ from every such key word in length by more than one edit.
  if (!keys || !keys.some((key) => Math.abs(key.length - word.length) <= 1)) return undefined;
  if (REAL_NEIGHBOURS.has(word) || KEY_WORDS.includes(word)) return undefined;
  return keys.find((key) => oneEditApart(word, key));
}

/** One insertion, deletion, substitution or swap of two neighbouring letters. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // two swapped
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.slice(i) === longer.slice(i + 1);
}
