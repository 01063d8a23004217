import { EN_SERVICE_NOUNS } from './lexicon-en';
import { endsSentence, rawSpan, type Hit, type Token } from './sentiment-en-tokens';

/**
 * The least a customer expected, not done: "the driver didn't even knock", "never even apologised", "closed my ticket
 * without fixing anything", "left without a word of explanation". Each is a report of a failure told with no word of
 * failure in it; the lexicon reads the words around it, this reads the frame.
 */

/** "didn't even knock": a failure as plain as a missing reply (EN_MISSING_VALENCE). */
const NOT_EVEN_VALENCE = -1.5;
/** "without fixing anything", "without any explanation". */
const WITHOUT_REMEDY_VALENCE = -1.5;

const NOT_EVEN_NEGATORS: ReadonlySet<string> = new Set([
  "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", "can't", "haven't", "hasn't", "wasn't", "weren't", "isn't",
  'never', 'not',
]);
/**
 * Verbs after "didn't even" that tell how easy something was, or what the customer did not notice: "didn't even have to
 * ask", "didn't even need the receipt", "didn't even take a day", "didn't even notice the scratch".
 */
const EASE_OR_THOUGHT: ReadonlySet<string> = new Set([
  'have', 'need', 'take', 'took', 'notice', 'noticed', 'know', 'knew', 'think', 'thought', 'realise', 'realize',
  'realised', 'realized', 'expect', 'mind', 'feel', 'hurt', 'wait', 'ask', 'a', 'an', 'the', 'that', 'sure', 'close',
  'bother', 'cost', 'matter',
]);

/**
 * "the driver didn't even knock", "they never even apologised", "not even a sorry": "even" after a negator marks what
 * was not done as the least expected. It replaces the praise it negates ("never even apologised" is more than an
 * apology denied). Not "didn't even have to ask" (ease) nor "didn't even notice" (a thought), and not where a phrase of
 * the lexicon already reads the span ("doesn't even work").
 */
export function readNotEvenDone(tokens: readonly Token[], hits: Hit[]): void {
  if (tokens.filter((t) => t.kind === 'word').length > CHAT_MAX_WORDS) return;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!NOT_EVEN_NEGATORS.has(tokens[k].word) || tokens[k + 1].word !== 'even') continue;
    const what = tokens[k + 2];
    if (what.kind !== 'word' || EASE_OR_THOUGHT.has(what.word)) continue;
    const overlapping = hits.filter((h) => h.start <= k + 2 && h.end > k);
    if (overlapping.some((h) => !h.negated || h.valence > 0)) continue;
    for (const hit of overlapping) hits.splice(hits.indexOf(hit), 1);
    hits.push({ start: k, end: k + 3, valence: NOT_EVEN_VALENCE, report: true, word: '', negated: false, evidence: rawSpan(tokens, k, k + 3) });
  }
}

/**
 * What a customer is owed when something goes wrong, done by the company: "without fixing", "without replying". Not
 * every remedy (EN_REMEDIES has "looking", "handling"): "without looking tight" is praise of a fit.
 */
const OWED_DEEDS: ReadonlySet<string> = new Set([
  'fixing', 'resolving', 'solving', 'sorting', 'refunding', 'replacing', 'replying', 'responding', 'answering',
  'explaining', 'apologising', 'apologizing', 'informing', 'notifying', 'acknowledging', 'compensating',
]);
/**
 * How many words a message may have for its frames to read as the company's conduct: a chat message or a post. In a
 * review "couldn't even zip it" is one flaw weighed among others, which the review's own words carry.
 */
const CHAT_MAX_WORDS = 40;

/** Words between "without" and what was not given: "without any explanation", "without even a reply". */
const WITHOUT_FILLERS: ReadonlySet<string> = new Set(['any', 'a', 'an', 'even', 'so', 'much', 'as', 'one', 'single']);

/**
 * "closed my ticket without fixing anything", "cancelled without any explanation", "charged me without a receipt": what
 * the company did without the remedy or the service owed. Not "fixed without any problem" (what follows is no service)
 * nor where the lexicon reads the span already ("without notice").
 */
export function withoutRemedy(tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
  const found: Hit[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].word !== 'without') continue;
    let j = k + 1;
    while (j < tokens.length && j - k <= 3 && WITHOUT_FILLERS.has(tokens[j].word)) j++;
    const what = tokens[j];
    if (!what || what.kind !== 'word') continue;
    if (!OWED_DEEDS.has(what.word) && !EN_SERVICE_NOUNS.has(what.word)) continue;
    if (hits.some((h) => h.start <= j && h.end > k)) continue;
    found.push({ start: k, end: j + 1, valence: WITHOUT_REMEDY_VALENCE, report: true, word: '', negated: false, evidence: rawSpan(tokens, k, j + 1) });
  }
  return found;
}

/**
 * "Not once has your support actually solved anything", "never once did they call back": "not once" / "never once" at
 * the head of a clause denies the whole clause, further than a negator's usual reach. The index of the negator whose
 * clause holds `at`, or -1.
 */
export function deniedClauseHead(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    const token = tokens[k];
    if (endsSentence(token) || token.word === ',' || token.word === ';') return -1;
    if (token.word === 'once' && (tokens[k - 1]?.word === 'not' || tokens[k - 1]?.word === 'never')) return k - 1;
  }
  return -1;
}
