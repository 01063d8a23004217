import { EN_NEGATORS } from './lexicon-en';
import { quotesStatus } from './sentiment-en-formulas';
import { endsSentence, rawSpan, type Hit, type Token } from './sentiment-en-tokens';

/**
 * Displeasure told with no word of feeling: how customers say they are ignored ("clearly nobody reads these
 * messages"), reproach the store with a question it is not meant to answer ("could you possibly be any slower?", "do
 * you think that's okay?"), set an ultimatum ("fix it. now."), or tell what was done to their things ("your courier
 * threw my parcel over the fence") or how long they have been chasing ("been messaging you since Tuesday"). Each
 * reading adds one hit; a word one of them covers is read there and nowhere else.
 */

/** Being ignored: a customer's messages unread, their problem uncared for. */
const IGNORED_VALENCE = -2.5;
/** A question put to the store to reproach it. */
const REPROACH_VALENCE = -2;
/** "fix it. now.": a deadline standing alone. */
const ULTIMATUM_VALENCE = -2;
/** "Do NOT send me another survey": a negator in capitals, in a message not otherwise shouted. */
const SHOUTED_NEGATOR_VALENCE = -1.5;
/** "threw my parcel over the fence": rough handling of the customer's things (a report). */
const ROUGH_HANDLING_VALENCE = -2;
/** "been messaging you since Tuesday": chasing or waiting since a day named (a report, as a duration is). */
const CHASING_SINCE_VALENCE = -2;

/** What a company does with a message or a problem when it pays attention: "nobody reads", "doesn't care". */
const ATTENTION_VERBS: ReadonlySet<string> = new Set([
  'reads', 'read', 'listens', 'listen', 'cares', 'care', 'checks', 'check', 'bothers', 'bother', 'answers', 'answer',
  'responds', 'respond', 'replies', 'reply', 'knows', 'know', 'looks', 'look', 'gives', 'give',
  // What nobody did for the customer: "nobody ever calls back", "no one has replied", "no one helped".
  'calls', 'called', 'replied', 'answered', 'responded', 'bothered', 'helps', 'helped', 'contacted',
]);
/** What the company does not do when it neglects a customer ("you don't listen", "they never reply"). */
const NEGLECTED: ReadonlySet<string> = new Set(['care', 'read', 'listen', 'bother', 'check', 'answer', 'respond', 'reply']);
/** The company as the subject of not paying attention ("your team clearly doesn't care"); not "I don't care". */
const COMPANY_SUBJECTS: ReadonlySet<string> = new Set([
  'you', 'u', 'ya', "y'all", 'yall', 'they', 'team', 'staff', 'company', 'store', 'shop', 'anyone', 'anybody', 'agents',
  'people', 'guys', 'support', 'service', 'management', 'department',
]);
/** Words that may stand between "nobody" and the verb: "nobody over there actually cares", "no one here even reads". */
const IGNORING_REACH = 3;
const NOBODY: ReadonlySet<string> = new Set(['nobody', 'noone']);

/**
 * "Clearly nobody reads these messages", "nobody over there actually cares", "your team clearly does not care",
 * "they never even check": the company does not look at what the customer sent. Not "I don't care which colour" (the
 * customer's own indifference) nor "does anyone know if…" (no negation).
 */
export function readIgnoring(tokens: readonly Token[], hits: Hit[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const nobody = NOBODY.has(tokens[i].word) || (tokens[i].word === 'no' && tokens[i + 1]?.word === 'one');
    const negator = !nobody && ["don't", "doesn't", 'never', "didn't", "won't"].includes(tokens[i].word) && companyBefore(tokens, i);
    if (!nobody && !negator) continue;
    const from = nobody && tokens[i].word === 'no' ? i + 2 : i + 1;
    const reach = nobody ? IGNORING_REACH : 2;
    for (let k = from; k < tokens.length && k <= from + reach && tokens[k].kind === 'word'; k++) {
      // "they don't know when it ships": not knowing is no neglect; "nobody knows anything" is.
      if (!ATTENTION_VERBS.has(tokens[k].word) || (negator && !NEGLECTED.has(tokens[k].word))) continue;
      // "nobody cares": the lexicon's own phrase reads it already.
      if (hits.some((h) => h.valence < 0 && h.start <= i && h.end > i)) break;
      replaceHits(hits, { start: i, end: k + 1, valence: IGNORED_VALENCE, report: false, word: '', negated: false, evidence: rawSpan(tokens, i, k + 1) });
      i = k;
      break;
    }
  }
}

/** Whether the company is the subject of the negator at `at` ("you guys just don't", "your team clearly doesn't"). */
function companyBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (tokens[k].kind !== 'word') return false;
    if (COMPANY_SUBJECTS.has(tokens[k].word)) return true;
  }
  return false;
}

/** Judgements a store is asked to pass on its own conduct: "do you think that's okay?". Not "normal" (a fault asked about). */
const CONDUCT_JUDGEMENTS: ReadonlySet<string> = new Set([
  'ok', 'okay', 'acceptable', 'fair', 'reasonable', 'right', 'professional', 'appropriate', 'enough', 'alright',
]);
const THINK_VERBS: ReadonlySet<string> = new Set(['think', 'consider', 'call', 'find', 'honestly', 'really', 'seriously', 'genuinely']);
/** Words that accuse the store of meaning it: "are you deliberately making this difficult?". */
const DELIBERATELY: ReadonlySet<string> = new Set(['deliberately', 'purposely', 'intentionally', 'purposefully']);

/**
 * Questions the customer does not expect the store to answer: "could you possibly be any slower?", "do you think
 * that's okay?", "is anyone actually employed there?", "are you deliberately making this difficult?". Near misses ask:
 * "could it be any later than Friday?" (a comparison), "do you think it's okay to wash it at 40?" (advice: the
 * judgement does not end the question), "is that normal?" (a fault asked about).
 */
export function readRhetoricalReproaches(tokens: readonly Token[], hits: Hit[]): void {
  // "can this get any worse?": a word of its own reads the reproach already. Praise inside it is asked about, not
  // given ("do you really think that's acceptable?").
  const add = (start: number, end: number) => {
    if (hits.some((h) => h.start < end && h.end > start && h.valence <= 0)) return;
    replaceHits(hits, { start, end, valence: REPROACH_VALENCE, report: false, word: '', negated: false, evidence: `${rawSpan(tokens, start, end)}…?` });
  };
  for (const { start, end } of questions(tokens)) {
    for (let k = start; k < end; k++) {
      const word = tokens[k].word;
      // "be any slower", "be any less helpful", "get any worse"
      if ((word === 'be' || word === 'get') && tokens[k + 1]?.word === 'any' && k + 2 < end) {
        const compared = tokens[k + 2].word;
        const comparative = compared === 'more' || compared === 'less' || compared === 'worse' || (compared.length > 4 && compared.endsWith('er'));
        if (comparative && !tokens.slice(k + 3, end).some((t) => t.word === 'than')) add(k, k + 3);
      }
      // "do you think that's okay?", "do you really think this is acceptable?"
      if ((word === 'do' || word === 'would' || word === 'does') && ['you', 'u', 'anyone'].includes(tokens[k + 1]?.word ?? '')) {
        const verb = tokens.slice(k + 2, Math.min(end, k + 4)).findIndex((t) => THINK_VERBS.has(t.word));
        if (verb >= 0 && CONDUCT_JUDGEMENTS.has(tokens[end - 1].word) && end - k <= 8) add(k, end);
      }
      // "is anyone actually employed there", "does anyone even read these"
      if (['is', 'does', 'has', 'do', 'are'].includes(word) && ['anyone', 'anybody', 'there'].includes(tokens[k + 1]?.word ?? '')) {
        const at = tokens[k + 1].word === 'there' ? k + 3 : k + 2;
        if (['actually', 'even', 'ever'].includes(tokens[at]?.word ?? '')) add(k, at + 1);
      }
      // "are you guys deliberately making this difficult?"
      if (DELIBERATELY.has(word) && tokens.slice(Math.max(start, k - 3), k).some((t) => COMPANY_SUBJECTS.has(t.word))) add(k, k + 1);
    }
  }
  readConductQuestions(tokens, add);
  readDisbelief(tokens, hits, add);
}

const IS_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'are', "is't", "how's"]);
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['it', 'this', 'that', 'any', 'of']);

/**
 * "How is it acceptable to cancel a flight and offer no alternatives", "how is this fair", "how was that ok": asking
 * how the store's conduct could be right is a reproach, with a question mark or without one (tweets drop it). Not "how
 * is the fit" (no judgement) nor "how is that possible" (a fault asked about).
 */
function readConductQuestions(tokens: readonly Token[], add: (start: number, end: number) => void): void {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k].word !== 'how' || !IS_FORMS.has(tokens[k + 1].word)) continue;
    let j = k + 2;
    while (j < tokens.length && j - k <= 4 && DEMONSTRATIVES.has(tokens[j].word)) j++;
    if (j > k + 2 && CONDUCT_JUDGEMENTS.has(tokens[j]?.word ?? '')) add(k, j + 1);
  }
}

/** Words of disbelief that, as a sentence of their own after another, answer what it told: "…a stain on it. seriously?". */
const DISBELIEF: ReadonlySet<string> = new Set(['seriously', 'srsly', 'unbelievable', 'unreal']);
/** Words of surprise, which answer good news as often ("It arrived today. Really?"): disbelief only after a complaint. */
const SURPRISE: ReadonlySet<string> = new Set(['really', 'honestly', 'wow']);

/**
 * "ordered a size M, got an XL with a stain on it. seriously?", "cancelled again. REALLY?!": a word of disbelief asked
 * as a sentence of its own, after something was told, is exasperation. Not a message that is nothing but "really?"
 * (a question about what the agent said), nor "really? thanks!" (surprise at good news: the other sentences praise).
 */
function readDisbelief(tokens: readonly Token[], hits: readonly Hit[], add: (start: number, end: number) => void): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    const surprise = SURPRISE.has(tokens[k].word);
    if ((!DISBELIEF.has(tokens[k].word) && !surprise) || !tokens[k + 1].word.includes('?') || !endsSentence(tokens[k - 1])) continue;
    if (tokens.slice(0, k - 1).filter((t) => t.kind === 'word').length < 3) continue;
    if (surprise && !hits.some((h) => h.valence < 0 && h.end < k)) continue;
    add(k, k + 1);
  }
}

/** Sentences that end with a question mark: their tokens from start to end (the mark, exclusive). */
function questions(tokens: readonly Token[]): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (!endsSentence(tokens[k])) continue;
    if (tokens[k].word.includes('?') && k > start) found.push({ start, end: k });
    start = k + 1;
  }
  return found;
}

/** Deadlines that, as a sentence of their own after a demand, make it an ultimatum: "fix it. now.", "refund me. today." */
const DEADLINES: ReadonlySet<string> = new Set(['now', 'today', 'immediately', 'asap', 'tonight']);

/**
 * "fix it. now.", "Send the replacement. Today!": a deadline standing as a sentence of its own, after what the customer
 * demands. Not "now" or "today" inside a sentence ("I'd like it today if possible"), nor first ("Now, about my order").
 */
export function ultimatums(tokens: readonly Token[]): Hit[] {
  const found: Hit[] = [];
  for (let k = 1; k < tokens.length; k++) {
    let at = k;
    if (tokens[at].word === 'right' && tokens[at + 1]?.word === 'now') at++;
    if (!DEADLINES.has(tokens[at].word) || !endsSentence(tokens[k - 1])) continue;
    if (at + 1 < tokens.length && !endsSentence(tokens[at + 1])) continue;
    found.push({ start: k, end: at + 1, valence: ULTIMATUM_VALENCE, report: false, word: '', negated: false, evidence: rawSpan(tokens, k, at + 1) });
  }
  return found;
}

/**
 * "Do NOT send me another survey", "I did NOT order this", "NEVER again": a negator in capitals insists, in a message
 * that is not in capitals throughout (which the reader weighs as shouting, once).
 */
export function shoutedNegators(tokens: readonly Token[], hits: readonly Hit[], shoutedMessage: boolean): Hit[] {
  if (shoutedMessage) return [];
  const found: Hit[] = [];
  tokens.forEach((token, at) => {
    if (!EN_NEGATORS.has(token.word) || token.word === 'no') return;
    // "Do NOT": the contraction the tokenizer made keeps both words as written.
    if (!token.raw.split(' ').some((part) => part.length >= 3 && part === part.toUpperCase() && /[A-Z]/.test(part))) return;
    if (hits.some((h) => h.start <= at && h.end > at && h.valence < 0 && h.evidence.includes(token.raw))) return;
    found.push({ start: at, end: at + 1, valence: SHOUTED_NEGATOR_VALENCE, report: false, word: '', negated: false, evidence: token.raw });
  });
  return found;
}

/** Verbs of rough handling, in the past: "threw my parcel", "dumped the sofa", "chucked it over the gate". */
const ROUGH_VERBS: ReadonlySet<string> = new Set([
  'threw', 'thrown', 'chucked', 'tossed', 'dumped', 'flung', 'hurled', 'kicked', 'lobbed', 'slung',
]);
/** What may follow the verb and name the thing: "threw my parcel", "chucked it", "dumped the box". */
const THING_OPENERS: ReadonlySet<string> = new Set(['my', 'our', 'the', 'it', 'them', 'a', 'this', 'that', 'his', 'her', 'their']);
/** "threw in a free gift", "tossed up between two sizes": not handling a thing. */
const NOT_HANDLING: ReadonlySet<string> = new Set(['in', 'up', 'away', 'out', 'together', 'around']);

/**
 * "Your courier just threw my parcel over the fence", "the driver dumped the sofa on the drive", "my box got chucked
 * over the gate": what was done to the customer's things by someone else. Not the customer's own deed ("I threw the
 * box away", "we tossed the packaging").
 */
export function roughHandling(tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
  const found: Hit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!ROUGH_VERBS.has(tokens[k].word) || hits.some((h) => h.start <= k && h.end > k)) continue;
    const before = tokens.slice(Math.max(0, k - 2), k).map((t) => t.word);
    if (before.includes('i') || before.includes('we')) continue;
    const next = tokens[k + 1]?.word ?? '';
    const passive = before.includes('got') || before.includes('was') || before.includes('been') || before.includes('were');
    if (NOT_HANDLING.has(next) || (!THING_OPENERS.has(next) && !passive)) continue;
    found.push({ start: k, end: k + 2, valence: ROUGH_HANDLING_VALENCE, report: true, word: '', negated: false, evidence: rawSpan(tokens, k, k + 2) });
  }
  return found;
}

/** Chasing the company, as an "-ing" verb: "been messaging you since Tuesday", "been trying since Monday". */
const CHASING: ReadonlySet<string> = new Set([
  'waiting', 'messaging', 'emailing', 'calling', 'ringing', 'phoning', 'chasing', 'trying', 'asking', 'texting',
  'writing', 'contacting', 'chatting',
]);
/** What "since" names as the start of a wait: a day, a date, "last week", "yesterday", "this morning". */
const SINCE_STARTS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'last', 'this', 'early',
  'the', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'morning', 'lunchtime', 'christmas', 'before',
]);
const CHASING_REACH = 4;

/**
 * "Mate I've been messaging you since Tuesday", "been waiting since 9am", "been trying to get through since last week":
 * chasing since a day named is a wait told without a duration. Not "a customer since 2015" (no chasing).
 */
export function readChasingSince(tokens: readonly Token[], hits: Hit[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].word !== 'since') continue;
    const next = tokens[k + 1];
    if (next.kind !== 'number' && !SINCE_STARTS.has(next.word)) continue;
    let verb = -1;
    for (let j = k - 1; j >= Math.max(0, k - CHASING_REACH) && tokens[j].kind !== 'punctuation'; j--) if (CHASING.has(tokens[j].word) && tokens[j - 1]?.word === 'been') verb = j - 1;
    // 'has been "out for delivery" since Tuesday': a status the company shows, quoted, standing since a day named.
    if (verb < 0) verb = quotedStatusSince(tokens, k);
    // "been waiting since Monday": a wait word the lexicon reads is part of it; "trying to reach you" is no praise.
    if (verb < 0 || hits.some((h) => h.start < k + 2 && h.end > verb && (h.valence < 0 ? h.start < verb || h.end > k + 2 : false))) continue;
    replaceHits(hits, { start: verb, end: k + 2, valence: CHASING_SINCE_VALENCE, report: true, word: '', negated: false, evidence: rawSpan(tokens, verb, k + 2) });
  }
}

/** Where 'been "<status>"' starts, when the quoted status ends right before "since" at `since`; else -1. */
function quotedStatusSince(tokens: readonly Token[], since: number): number {
  let start = since - 1;
  if (!quotesStatus(tokens, start)) return -1;
  while (start > 0 && tokens[start - 1].quoted) start--;
  return tokens[start - 1]?.word === 'been' ? start - 1 : -1;
}

/** Adds `hit`, dropping the hits it covers ("nobody … cares" is no praise of caring). */
function replaceHits(hits: Hit[], hit: Hit): void {
  for (let h = hits.length - 1; h >= 0; h--) if (hits[h].start >= hit.start && hits[h].end <= hit.end) hits.splice(h, 1);
  hits.push(hit);
}
