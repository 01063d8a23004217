/**
 * English word forms the Porter stemmer cannot join to their base word, mapped before stemming so an article and a
 * customer meet whichever form either writes: irregular past forms ("paid" and "pay", "withdrew" and "withdraw"),
 * British -ise spellings ("authorised" and "authorized"), comparatives ("slower" and "slow"), and negative contractions typed without their apostrophe
 * ("dont", "hasnt": customers type them that way as often as not). Facts of English, not of any knowledge base.
 */

/** "a b c d" → a→b, c→d. */
function pairsOf(words: readonly string[]): Map<string, string> {
  const pairs = new Map<string, string>();
  for (let i = 0; i + 1 < words.length; i += 2) pairs.set(words[i], words[i + 1]);
  return pairs;
}

/**
 * Irregular past tenses and participles of verbs customers use about orders, payments and accounts. Forms that are
 * as often a word of another meaning are left out (left, felt, saw, led, lay, bit, fed, rose, bound, wound), and so
 * are did and done, forms of the stop word "do".
 */
const IRREGULAR_FORMS: ReadonlyMap<string, string> = pairsOf(
  (
    'arose arise arisen arise ate eat eaten eat began begin begun begin bent bend bitten bite bought buy broke break ' +
    'broken break brought bring built build caught catch chose choose chosen choose came come dealt deal drew draw ' +
    'drawn draw drove drive driven drive fell fall fallen fall forgot forget forgotten forget fought fight found find ' +
    'froze freeze frozen freeze gave give given give got get gotten get went go gone go grew grow grown grow hung hang ' +
    'heard hear held hold hid hide hidden hide kept keep knew know known know laid lay lent lend lost lose made make ' +
    'meant mean met meet mistook mistake mistaken mistake overdrew overdraw overdrawn overdraw overpaid overpay paid ' +
    'pay prepaid prepay ran run rebuilt rebuild said say sat sit seen see sent send shook shake shaken shake shown ' +
    'show shrank shrink shrunk shrink slept sleep sold sell sought seek spent spend spoke speak spoken speak stole ' +
    'steal stolen steal stood stand struck strike stuck stick swore swear sworn swear taught teach took take taken ' +
    'take thought think threw throw thrown throw told tell tore tear torn tear underpaid underpay understood ' +
    'understand undid undo woke wake woken wake won win wore wear worn wear withdrew withdraw withdrawn withdraw ' +
    'wrote write written write'
  ).split(' '),
);

/**
 * Comparatives and superlatives of the adjectives customers judge deliveries, prices and sizes with ("slower than
 * usual", "the cheapest way"), which the stemmer leaves whole. Not "latest" (the latest update) nor "better" / "best".
 */
const COMPARATIVE_FORMS: ReadonlyMap<string, string> = pairsOf(
  (
    'slower slow slowest slow faster fast fastest fast quicker quick quickest quick cheaper cheap cheapest cheap ' +
    'later late earlier early earliest early longer long longest long shorter short shortest short bigger big ' +
    'biggest big smaller small smallest small larger large largest large easier easy easiest easy'
  ).split(' '),
);

/** Stems whose British -ise spelling ("authorise", "organisation") has an American -ize twin the stemmer splits. */
const BRITISH_ISE_STEMS: ReadonlySet<string> = new Set(
  (
    'apolog author capital categor central character critic custom digit emphas familiar final global harmon initial ' +
    'item legal local maxim memor minim mobil modern monet neutral normal optim organ personal priorit privat real ' +
    'recogn sanit special stabil standard steril subsid summar synchron util visual'
  ).split(' '),
);
const ISE_SUFFIXES = ['ise', 'ised', 'ises', 'ising', 'isation', 'isations', 'iser', 'isers'];

/** The base or American form of a lower-case English word, or the word itself (before stemming). */
export function baseForm(word: string): string {
  const irregular = IRREGULAR_FORMS.get(word) ?? COMPARATIVE_FORMS.get(word);
  if (irregular) return irregular;
  for (const suffix of ISE_SUFFIXES) {
    if (word.endsWith(suffix) && BRITISH_ISE_STEMS.has(word.slice(0, -suffix.length))) {
      return word.slice(0, -suffix.length) + 'iz' + suffix.slice(2);
    }
  }
  return word;
}

/**
 * Negative contractions written without the apostrophe, and their words ("dont" → do not). "cant" and "wont" are
 * words too, but rare ones in customer service; "id" (ID) and "ill" are left alone.
 */
export const BARE_CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    'aint:is arent:are cant:can couldnt:could didnt:did doesnt:does dont:do hadnt:had hasnt:has havent:have isnt:is ' +
    'mustnt:must neednt:need shouldnt:should wasnt:was werent:were wont:will wouldnt:would'
  )
    .split(' ')
    .map((pair) => {
      const [contraction, verb] = pair.split(':');
      return [contraction, [verb, 'not']] as const;
    }),
);
