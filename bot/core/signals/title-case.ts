/**
 * Names written in capitals mid-sentence: a game, a perfume, a band, a film, a sauce ("Do you sell the Exploding Kittens
 * card game?", "Is the Toxic perfume by Britney still available?", "the Killers concert tee", "Sudden Death hot sauce").
 * The rules read English in lower case, where "exploding" and "toxic" are an incident; the customer's capitals say the
 * words are a name. Whatever the word, a word inside such a name names the goods.
 *
 * A name is two or more capitalised words in a row (small joining words such as "of", "the", "and" may stand between),
 * or one capitalised word right before a kind of goods ("Toxic perfume"). Not the first word of a sentence (every
 * sentence starts with a capital), not a word in capitals throughout ("it EXPLODED", "A&E", "ER": shouting and
 * abbreviations), and not in a message that capitalises most of its words ("My Charger Caught Fire Last Night"), where
 * capitals say nothing.
 *
 * A place, a body or a law is a name too, and stays what it is: "St Mary's Hospital", "Trading Standards", "the Better
 * Business Bureau", "the Consumer Rights Act" keep their words.
 */
const INSTITUTION =
  /\b(?:hospitals?|infirmary|clinics?|medical|health|a&e|emergency|courts?|police|constabulary|sheriff|fire (?:department|brigade|service|station)|ambulance|standards|bureau|commission(?:er)?|ombudsman|authority|council|office|department|tribunal|agency|board|centre|center|station|service|ministry|trading|consumer|regulator|watchdog|bbb|ftc|act|law|laws|regulations?|directive|code|news|times|post|herald|guardian|bbc|itv|cnn|tv|radio|magazine|which)\b/;

/** Goods a single capitalised word may name: "Toxic perfume", "Poison candle", "Inferno sauce". */
const GOODS =
  /^(?:perfumes?|fragrances?|scents?|colognes?|candles?|sauces?|games?|card|board|costumes?|books?|novels?|albums?|vinyls?|records?|dvds?|blu-rays?|films?|movies?|series|shows?|posters?|tees?|t-shirts?|shirts?|hoodies?|mugs?|toys?|figures?|sets?|editions?|collections?|ranges?|lipsticks?|gloss|shades?|flavou?rs?|brands?|lines?|palettes?|polish|sneakers|trainers|boots|jackets?|bags?|cases?|puzzles?|jigsaws?|plush(?:ies)?|concert|tour|band|season|episode)$/i;
const JOINERS = /^(?:of|the|a|an|and|&|in|on|from|to|for|de|la|le|vs\.?|'n')$/;
/** A word written with a capital and then small letters (or a name's inner capital: "McQueen", "iPhone" is no capital). */
const CAPITALISED = /^[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?[!?.,:;]*$/;

interface Token {
  word: string;
  /** Whether a sentence starts at this word. */
  first: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let first = true;
  for (const raw of text.normalize('NFKC').split(/\s+/)) {
    if (!raw) continue;
    const word = raw.replace(/^["“‘'(]{1,4}/, '').replace(/["”’')]{1,4}$/, '');
    out.push({ word, first });
    first = /[.!?]$/.test(raw);
  }
  return out;
}

/** The lower-case text of every name written in capitals mid-sentence (see the file's comment). */
export function namesInCapitals(text: string): string[] {
  const words = tokens(text);
  const bare = (w: string) => w.replace(/[!?.,:;]{1,8}$/, '');
  // A sentence's first word has its capital from the sentence, not from a name.
  const capital = (t: Token) => !t.first && CAPITALISED.test(t.word) && t.word !== 'I' && !/^I'/.test(t.word);
  const counted = words.filter((t) => !t.first && /[a-z]/i.test(t.word));
  if (counted.length === 0 || counted.filter(capital).length * 2 > counted.length) return [];
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!capital(words[i])) continue;
    // A run of capitalised words, joiners between them: "Rage Against the Machine", "Escape from Alcatraz".
    let j = i + 1;
    let last = i;
    // A run ends at punctuation: "Angry, Upset" is no name.
    while (j < words.length && !/[.!?,;:]$/.test(words[j - 1].word)) {
      if (capital(words[j])) last = j;
      else if (!JOINERS.test(bare(words[j].word).toLowerCase())) break;
      j++;
    }
    const run = words.slice(i, last + 1);
    const capitals = run.filter(capital).length;
    const next = words[last + 1];
    const beforeGoods = !!next && GOODS.test(bare(next.word)) && !/[.!?,;:]$/.test(words[last].word);
    if (capitals >= 2 || beforeGoods) {
      const span = run.map((t) => bare(t.word)).join(' ');
      const name = (beforeGoods ? `${span} ${bare(next.word)}` : span).toLowerCase();
      if (!INSTITUTION.test(name)) names.push(name);
    }
    i = last;
  }
  return names;
}

/** The phrases without those that stand, whole, inside a name written in capitals. */
export function withoutNamesInCapitals(found: readonly string[], text: string): string[] {
  if (found.length === 0 || !/[A-Z]/.test(text)) return [...found];
  const names = namesInCapitals(text);
  if (names.length === 0) return [...found];
  return found.filter((phrase) => !names.some((name) => name.includes(phrase.toLowerCase())));
}
