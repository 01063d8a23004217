import { afinnValence } from './afinn';
import { EMOJI_VALENCE } from './emoji';
import {
  EN_ACRONYMS, EN_CONTRAST, EN_COUNT_WORDS, EN_DEGREE, EN_DIMENSIONS, EN_DURATION_UNITS, EN_EXPECTATION,
  EN_BLOCKED_ACTIONS, EN_BLOCKED_VALENCE, EN_CLAUSE_OPENERS, EN_CONTENT_FEELINGS, EN_CUSTOMER_POSSESSIVES, EN_EXPLETIVES,
  EN_MISHANDLING, EN_MISHANDLING_OF_THINGS, EN_PROMPTLY, EN_REMEDIES, EN_MISSING_VALENCE, EN_NEGATORS, EN_PHRASE_VALENCE, EN_SERVICE_NOUNS, EN_SARCASM_PRONE, EN_SITUATION, EN_WAIT_VALENCE,
  EN_WAIT_WORDS, EN_WORD_VALENCE, EXPLETIVE_BOOST, EXPLETIVE_VALENCE, EN_FELT_VERBS, EN_OTHER_PEOPLE,
} from './lexicon-en';
import { withCustomerShift } from './sentiment-en-customer';
import { readChasingSince, readIgnoring, readRhetoricalReproaches, roughHandling, shoutedNegators, ultimatums } from './sentiment-en-displeasure';
import {
  countedRepeats, dismissals, mockQuotedClaims, persistingFailures, quotesStatus, setAsideAdviceQuestions, setAsidePoliteRequests,
  resignedTail, setAsideFreeOf, setAsideOfferedWaits, setAsideSelfAssessments, wouldAgain,
} from './sentiment-en-formulas';
import { endsSentence, isWhyPut, rawSpan, SARCASM_MARKS, tokenize, type Hit, type Token } from './sentiment-en-tokens';
import { withLearnedShift } from './sentiment-en-learned';
import { deniedClauseHead, readNotEvenDone, withoutRemedy } from './sentiment-en-shortfalls';
import { setAsideProcessTopics, weighCalmRequests } from './sentiment-en-asking';
import {
  CONTRAST_AFTER, CONTRAST_BEFORE, NEGATED_DEGREE_FACTOR, NEGATED_NEGATIVE_FACTOR, readingOf, reportedSentimentLabel, round,
  TONE_CUE_VALENCE, type SentimentReading,
} from './sentiment-scale';

/**
 * English sentiment: AFINN-165 word valences (natural's English vocabulary) corrected by Baton's customer-service
 * lexicon, then VADER-style rules: negation, degree words, swearing, "but", capitals, "!!!" and "???". Words are looked
 * up as written, not stemmed: stemming made "several" read as "severe" and "cancelling" as "cancel".
 *
 * Beyond VADER, what real complaints are written with:
 * - reports of what went wrong, with no feeling word: "cancelled my flight", "on hold for 2 hours", "nobody is
 *   answering", "still no refund", "too small", "sent it back" (a duration near a wait word is a complaint by itself);
 * - sarcasm: praise in a message that reports a failure, at the head of a sentence or before "another" / "again"
 *   ("great, another delay", "love being on hold");
 * - expectation: praise after "wanted to", "was hoping", "expected" did not happen ("I really wanted to love this");
 * - profanity written with asterisks ("f***ing", "b*stards").
 * Each word is either a report (EN_SITUATION) or a feeling: the sentiment adds both, the emotion only feelings and
 * tone (swearing, shouting, "!!!", "???").
 */

// VADER's constant: a negated word of praise keeps three quarters of its strength with the opposite sign.
const NEGATION_FACTOR = -0.74;
const CAPS_FACTOR = 1.5;
/** How many words back a negator or swear word still reaches ("not very happy", "not at all happy"). */
const NEGATION_REACH = 3;
/** Sarcastic praise counts as this much of its valence, turned negative. */
const SARCASM_FACTOR = -0.75;
/** Praise that was only expected turns round, weaker ("wanted to love it"). */
const EXPECTATION_FACTOR = -0.5;
/** "too small", "too late": a dimension word after "too". */
const EXCESS_VALENCE = -1;
/** How many words a wait word may stand from a duration ("waited for almost 3 hours", "2 hours on the tarmac"). */
const WAIT_REACH = 4;
/** Sarcasm is read only in messages this short (a chat message, a post), and against a failure at least this bad. */
const SARCASM_MAX_WORDS = 40;
const SARCASM_FAILURE = 1.5;
/**
 * A contented feeling is sarcastic against a failure at least this bad in its clause: "2 hours" on the tarmac, "in
 * pieces"; not "glad I snagged this" (a bargain, in a review).
 */
const CONTENT_FAILURE = 2;
/** A failure reported with "again". */
const AGAIN_FACTOR = 1.5;
/** "Why…?" about a failure. */
const FRUSTRATED_QUESTION = -1;

interface PhraseEntry {
  words: string[];
  valence: number;
}

// Phrases indexed by their first word, longest first, so "still haven't received" wins over "haven't received".
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly PhraseEntry[]> = indexPhrases(EN_PHRASE_VALENCE);
const MULTIWORD_DEGREES: readonly PhraseEntry[] = Object.entries(EN_DEGREE)
  .filter(([key]) => key.includes(' '))
  .map(([key, factor]) => ({ words: key.split(' '), valence: factor }));
const EXPECTATIONS: readonly string[][] = EN_EXPECTATION.map((e) => e.split(' '));
/** Sentence openers that may precede sarcastic praise: "oh great", "wow, just perfect". */
const SARCASM_OPENERS: ReadonlySet<string> = new Set(['oh', 'wow', 'just', 'so', 'how', 'really', 'well', 'yeah', 'yay', 'what', 'a']);
const SARCASM_FOLLOWERS: ReadonlySet<string> = new Set(['another', 'again', 'more']);
const EYE_ROLLS: ReadonlySet<string> = new Set(['🙄', '😒', '🤦', '🤦‍♀️', '🤦‍♂️']);
/** What sarcastic praise at the head of a sentence praises: the service itself ("Awesome service, on hold for 2 hours"). */
const SARCASM_OBJECTS: ReadonlySet<string> = new Set([
  'service', 'job', 'work', 'experience', 'support', 'customer', 'communication', 'company', 'airline', 'help', 'news',
  'timing', 'start', 'day', 'stuff', 'way', 'update', 'response', 'answer',
]);
/**
 * "my only complaint is…", "the only issue I had", "only thing I didn't like": a reservation in a review that is
 * otherwise content. What follows it in the sentence is a small flaw, not the verdict.
 */
const RESERVATION_NOUNS: ReadonlySet<string> = new Set([
  'complaint', 'complaints', 'issue', 'issues', 'problem', 'problems', 'gripe', 'gripes', 'beef', 'con', 'cons',
  'negative', 'negatives', 'downside', 'downsides', 'drawback', 'criticism', 'qualm', 'qualms', 'flaw', 'quibble',
  'thing', 'reason', 'critique', 'fault', 'concern',
]);
const RESERVATION_FACTOR = 0.3;
/** "loved this dress until I washed it": praise before "until" held only until something went wrong. */
const UNTIL_FACTOR = -0.5;

/**
 * The lexicon's reading, then the learned corrections (sentiment-en-learned.ts for every text, then
 * sentiment-en-customer.ts for chat-length messages) on the sentiment score alone: the emotion
 * that hands a customer to a person stays the lexicon's, whose every step can be explained.
 */
export function readEnglishSentiment(text: string): SentimentReading {
  const { reading, calmRequest } = readLexicon(text);
  const reviewed = withLearnedShift(reading.sentiment.score, text);
  // A calm request for help is a problem to solve, not a customer upset (sentiment-en-asking.ts): the customer
  // correction, which learned the facts complaints are told with ("this month", "my bill", "was told"), does not move it.
  const score = round(calmRequest ? reviewed : withCustomerShift(reviewed, text));
  if (score === reading.sentiment.score) return reading;
  return { ...reading, sentiment: { label: reportedSentimentLabel(score), score, evidence: reading.sentiment.evidence } };
}

/** The lexicon and rules alone (what the learned correction was fitted on top of). */
export function readEnglishLexicon(text: string): SentimentReading {
  return readLexicon(text).reading;
}

/** The lexicon's reading, and whether the message is a calm request for help (weighCalmRequests). */
function readLexicon(text: string): { reading: SentimentReading; calmRequest: boolean } {
  const tokens = tokenize(text);
  const contrastAt = lastContrastIndex(tokens);
  const contrast = contrastWeights(tokens);
  const shoutedMessage = isShoutedMessage(tokens);
  const hits: Hit[] = [];
  const boostingExpletives = new Set<number>();
  let previousHitEnd = 0; // a negator or swear word before this index already served an earlier sentiment word

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (token.kind !== 'word') {
      i++;
      continue;
    }
    const matched = matchPhrase(tokens, i);
    const phrase = matched?.phrase;
    const span = matched ? matched.span : 1;
    const word = phrase ? phrase.words.join(' ') : token.word;
    let base = phrase ? phrase.valence : wordValence(token.word);
    // "she hates it", "my son hated the jacket": someone else's taste, the reason for a return, not the customer upset.
    let report = EN_SITUATION.has(word) || (EN_FELT_VERBS.has(word) && feltBySomeoneElse(tokens, i));
    const degree = degreeBefore(tokens, i);
    if (base === 0 && !phrase && EN_DIMENSIONS.has(token.word) && tokens[i - 1]?.word === 'too') {
      base = EXCESS_VALENCE; // "too small", "too late"
      report = true;
    }
    if (base === 0 || (!phrase && EN_EXPLETIVES.has(token.word))) {
      i += span;
      continue;
    }
    // A phrase that carries its own negation ("no reply", "never arrived") is not negated again by an earlier one: "no
    // tracking and no reply" is two failures.
    const ownNegation = phrase !== undefined && EN_NEGATORS.has(phrase.words[0]);
    const nearNegator = ownNegation || praisedBeyondCompare(tokens, i) ? -1 : findBefore(tokens, i, previousHitEnd, (t) => EN_NEGATORS.has(t.word));
    const negatedBy = nearNegator >= 0 || ownNegation || base < 0 ? nearNegator : deniedClauseHead(tokens, i);
    let valence = base;
    if (negatedBy >= 0) {
      // "not very good" is milder than "not good": under negation a degree word softens.
      valence *= degree.factor > 1 ? NEGATED_DEGREE_FACTOR : degree.factor;
      valence *= valence > 0 ? NEGATION_FACTOR : NEGATED_NEGATIVE_FACTOR;
    } else if (tokens[i - 1]?.word !== 'too' || base > 0) {
      valence *= degree.factor;
    }
    const expletive = findBefore(tokens, i, previousHitEnd, (t) => EN_EXPLETIVES.has(t.word));
    if (expletive >= 0) {
      valence *= EXPLETIVE_BOOST;
      boostingExpletives.add(expletive);
    }
    // One word in capitals stands out; a message all in capitals is weighed once, as a whole, below.
    if (!shoutedMessage && isShouted(token.raw)) valence *= CAPS_FACTOR;
    valence *= contrast[i];

    // "damn you", "what the hell": the swear word is the phrase's, not a tone of its own.
    for (let k = i; phrase && k < i + span; k++) if (EN_EXPLETIVES.has(tokens[k].word)) boostingExpletives.add(k);
    hits.push({
      start: i,
      end: i + span,
      valence,
      report,
      word,
      negated: negatedBy >= 0,
      evidence: rawSpan(tokens, Math.min(degree.start, negatedBy >= 0 ? negatedBy : i), i + span),
    });
    i += span;
    previousHitEnd = i;
  }

  hits.push(...durationHits(tokens, hits), ...missingAndBlocked(tokens, hits));
  readNotEvenDone(tokens, hits);
  hits.push(...withoutRemedy(tokens, hits));
  hits.push(...roughHandling(tokens, hits));
  readChasingSince(tokens, hits);
  readIgnoring(tokens, hits);
  readRhetoricalReproaches(tokens, hits);
  hits.push(...ultimatums(tokens), ...shoutedNegators(tokens, hits, shoutedMessage));
  const repeats = [...countedRepeats(tokens, hits), ...persistingFailures(tokens, hits)];
  hits.push(...repeats, ...wouldAgain(tokens, hits), ...dismissals(tokens));
  hits.push(...expectedRemedies(tokens, hits));
  hits.push(...resignedTail(tokens, hits));
  setAsideHypotheticals(tokens, hits);
  setAsideJokingConditions(tokens, hits);
  setAsideProcessTopics(tokens, hits);
  setAsideAdviceQuestions(tokens, hits);
  setAsideSelfAssessments(tokens, hits);
  setAsideOfferedWaits(tokens, hits);
  setAsideFreeOf(tokens, hits);
  setAsidePoliteRequests(tokens, hits);
  mockQuotedClaims(tokens, hits);
  turnExpectedPraise(tokens, hits);
  weighReservations(tokens, hits);
  weighExchanges(tokens, hits);
  turnPraiseUntil(tokens, hits);
  weighRepetition(tokens, hits);
  setAsideRepairedFailures(tokens, hits);
  turnSarcasticPraise(tokens, hits, contrastAt);
  const calmRequest = weighCalmRequests(tokens, hits, repeats.length > 0 || shoutedMessage);
  hits.push(...frustratedQuestion(tokens, hits));

  const all = new Tally();
  const feeling = new Tally();
  for (const hit of hits.sort((a, b) => a.start - b.start)) {
    all.add(hit.valence, hit.evidence);
    if (!hit.report) feeling.add(hit.valence, hit.evidence);
  }
  tokens.forEach((token, index) => {
    if (token.kind === 'word' && EN_EXPLETIVES.has(token.word) && !boostingExpletives.has(index)) {
      all.add(EXPLETIVE_VALENCE, token.raw);
      feeling.add(EXPLETIVE_VALENCE, token.raw);
    }
  });
  // Shouting strengthens what was said or, alone, signals impatience.
  if (shoutedMessage) {
    for (const tally of [all, feeling]) tally.shout(CAPS_FACTOR, TONE_CUE_VALENCE);
  }
  return { reading: readingOf(text, all, feeling), calmRequest };
}

const COMPARING_NEGATORS: ReadonlySet<string> = new Set(['never', "couldn't", "can't"]);
const LINKING_VERBS: ReadonlySet<string> = new Set(['been', 'be', 'felt', 'feel', 'looked', 'look', 'tasted', 'sounded', 'seemed']);

/** Degree words after "never been" that make the state the most it has ever been: "never been so", "never felt this". */
const BEYOND_DEGREES: ReadonlySet<string> = new Set(['so', 'this', 'that', 'more']);

/**
 * "the floors have never been cleaner", "couldn't be happier", "never felt better": a comparative after "never been" /
 * "couldn't be" is the best it has been, not a denial. ("couldn't be worse" keeps its own sign the same way.) So is a
 * state after "never been so / this / more" ("I have never been so disgusted by a company in my life", "never felt so
 * happy with a purchase"): the most it has ever been, the feeling itself, not its denial.
 */
function praisedBeyondCompare(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at].word;
  const comparative = word === 'better' || word === 'worse' || (word.length > 4 && word.endsWith('er'));
  if (comparative && LINKING_VERBS.has(tokens[at - 1]?.word ?? '') && COMPARING_NEGATORS.has(tokens[at - 2]?.word ?? '')) return true;
  return BEYOND_DEGREES.has(tokens[at - 1]?.word ?? '') && LINKING_VERBS.has(tokens[at - 2]?.word ?? '') && tokens[at - 3]?.word === 'never';
}

/**
 * "what happens if my flight is delayed and I miss my connection?", "can I return it if I don't like it?": in a
 * question, what follows "if" has not happened; the customer asks about a rule, and what is said there counts
 * nothing. What the same sentence says before "if" still counts ("my flight was delayed, what happens if…").
 */
function setAsideHypotheticals(tokens: readonly Token[], hits: Hit[]): void {
  let start = 0;
  for (let end = 0; end <= tokens.length; end++) {
    const closes = end === tokens.length || (tokens[end].kind === 'punctuation' && /[.!?]/.test(tokens[end].word));
    if (!closes) continue;
    const asks = end < tokens.length && tokens[end].word.includes('?');
    const at = tokens.slice(start, end).findIndex((t) => t.word === 'if');
    if (asks && at >= 0) {
      const from = start + at;
      for (let h = hits.length - 1; h >= 0; h--) if (hits[h].start > from && hits[h].end <= end) hits.splice(h, 1);
    }
    start = end + 1;
  }
}

/** A laugh: "lol", "haha", "jk", "😂". */
const LAUGH_WORD = /^(?:lol+|lmao|lmfao|rofl|jk|(?:ha){2,}h?|(?:he){2,}|😂|🤣|😹|😆|😅)$/u;

/**
 * "I'll sue you if this isn't the best cake ever lol", "my wife will kill me if the gift isn't here by friday lol": a
 * condition told with a laugh is a joke about what has not happened, and neither the threat nor the condition counts.
 * Only negative words of that sentence are set aside; a real grievance beside it ("…lol. still no refund") stands.
 */
function setAsideJokingConditions(tokens: readonly Token[], hits: Hit[]): void {
  let start = 0;
  for (let end = 0; end <= tokens.length; end++) {
    const closes = end === tokens.length || (tokens[end].kind === 'punctuation' && /[.!?]/.test(tokens[end].word));
    if (!closes) continue;
    const sentence = tokens.slice(start, end);
    if (sentence.some((t) => t.word === 'if') && sentence.some((t) => LAUGH_WORD.test(t.word))) {
      for (let h = hits.length - 1; h >= 0; h--) if (hits[h].start >= start && hits[h].end <= end && hits[h].valence < 0) hits.splice(h, 1);
    }
    start = end + 1;
  }
}

/** A running sum of valences with the evidence behind them. */
class Tally {
  sum = 0;
  readonly evidence: string[] = [];

  add(valence: number, evidence: string): void {
    this.sum += valence;
    this.evidence.push(evidence);
  }

  shout(factor: number, alone: number): void {
    this.sum = this.sum === 0 ? alone : this.sum * factor;
    this.evidence.push('ALL CAPS');
  }
}

/**
 * "on hold for 2 hours", "waited three weeks", "5 days late", "still nothing after a week": a duration with a wait word
 * near it, reported once per duration; and a failure that lasted "for" a time ("lost it for 9 days", "down for 3 days").
 */
function durationHits(tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
  const found: Hit[] = [];
  const covered = coveredTokens(tokens, hits);
  const failures = coveredTokens(tokens, hits.filter((h) => h.report && h.valence < 0));
  for (let i = 1; i < tokens.length; i++) {
    if (!EN_DURATION_UNITS.has(tokens[i].word)) continue;
    // "10 working days", "3 business days": the kind of day stands between the count and the unit.
    const kindOfDay = DAY_KINDS.has(tokens[i - 1].word) && i >= 2 ? 1 : 0;
    const count = tokens[i - 1 - kindOfDay];
    const counted = count.kind === 'number' || EN_COUNT_WORDS.has(count.word) || count.word === 'few';
    // "cancelled within 5 minutes": a time kept to, not waited.
    if (!counted || tokens[i - 2 - kindOfDay]?.word === 'within') continue;
    let near = tookThatLong(tokens, i, i - 1 - kindOfDay) || lastedFor(tokens, failures, i - 1 - kindOfDay);
    for (let k = Math.max(0, i - 1 - WAIT_REACH); k <= Math.min(tokens.length - 1, i + WAIT_REACH) && !near; k++) {
      near = tokens[k].kind === 'word' && EN_WAIT_WORDS.has(tokens[k].word);
    }
    if (!near) continue;
    const start = i - 1 - kindOfDay;
    if (covered[start]) continue;
    found.push({ start, end: i + 1, valence: EN_WAIT_VALENCE, report: true, word: '', negated: false, evidence: rawSpan(tokens, start, i + 1) });
  }
  return found;
}

const DAY_KINDS: ReadonlySet<string> = new Set(['working', 'business', 'calendar', 'whole', 'full', 'more', 'extra']);

/** "lost it for 9 days", "broken for two weeks": a failure earlier in the clause, lasting "for" the duration at `count`. */
function lastedFor(tokens: readonly Token[], failures: readonly boolean[], count: number): boolean {
  if (tokens[count - 1]?.word !== 'for') return false;
  for (let k = count - 2; k >= 0 && count - k <= WAIT_REACH + 2 && tokens[k].kind !== 'punctuation'; k--) {
    // 'has been "down for maintenance" for four days': a status the company shows, quoted, lasting.
    if (failures[k] || quotesStatus(tokens, k)) return true;
  }
  return false;
}

/** Words before a duration that make it a time allowed, not a time taken: "you have 14 days to return it". */
const ALLOWED_TIME: ReadonlySet<string> = new Set(['have', 'has', 'had', 'got', 'within', 'in', 'than', 'up', 'give', 'gives', 'allow', 'only', 'just', 'takes', 'take', 'need', 'needs', 'usually', 'about', 'around']);

/** "2 weeks to answer an email", "45 minutes to get through": the time it took, told without "took". */
function tookThatLong(tokens: readonly Token[], unit: number, count: number): boolean {
  const before = tokens[count - 1];
  // "why does it take 10 business days to reverse a charge": the time a rule allows, asked about with "why", is the
  // time it takes, reproached.
  if (before && TAKES.has(before.word) && whyPutBefore(tokens, count - 1)) return true;
  if (before && ALLOWED_TIME.has(before.word)) return false;
  if (sentenceAsksAt(tokens, unit)) return false;
  if (tokens[unit + 1]?.word === 'to' && tokens[unit + 2]?.kind === 'word') return true;
  // "2 hours for a kebab", "12 days for a first class letter": the wait for one thing. Not "for 2 weeks for a trip".
  return tokens[unit + 1]?.word === 'for' && FOR_ONE_THING.has(tokens[unit + 2]?.word ?? '') && !PLANNED_TIME.has(before?.word ?? '');
}

const TAKES: ReadonlySet<string> = new Set(['take', 'takes', 'taking']);

/** Whether a "why" put to the store stands earlier in the sentence of `at`. */
function whyPutBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && !endsSentence(tokens[k]); k--) if (isWhyPut(tokens, k)) return true;
  return false;
}

const FOR_ONE_THING: ReadonlySet<string> = new Set(['a', 'an', 'my', 'one', 'the', 'our', 'this', 'that']);
const PLANNED_TIME: ReadonlySet<string> = new Set(['for', 'every', 'per', 'each', 'about', 'over']);

function sentenceAsksAt(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < tokens.length; k++) if (tokens[k].kind === 'punctuation' && /[.!?]/.test(tokens[k].word)) return tokens[k].word.includes('?');
  return false;
}

/**
 * "no response", "no wifi" (a service missing) and "can't log in", "couldn't check in" (an action blocked), where no
 * phrase of the lexicon said so already.
 */
function missingAndBlocked(tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
  const found: Hit[] = [];
  const covered = coveredTokens(tokens, hits);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next.kind !== 'word' || covered[i] || covered[i + 1]) continue;
    const word = tokens[i].word;
    const missing = (word === 'no' || word === 'zero') && EN_SERVICE_NOUNS.has(next.word);
    const blocked = (word === "can't" || word === "couldn't") && EN_BLOCKED_ACTIONS.has(next.word) && !findsWayAround(tokens, i + 1);
    if (!missing && !blocked) continue;
    const valence = missing ? EN_MISSING_VALENCE : EN_BLOCKED_VALENCE;
    found.push({ start: i, end: i + 2, valence, report: true, word: '', negated: false, evidence: rawSpan(tokens, i, i + 2) });
  }
  return found;
}

/** What an app or a site is navigated by: "I can't find the button", "can't see the option to cancel". */
const SCREEN_PARTS: ReadonlySet<string> = new Set([
  'button', 'option', 'options', 'link', 'setting', 'settings', 'page', 'menu', 'tab', 'field', 'form', 'section', 'icon',
]);

/** "can't find the button in the app": asking the way, not a failure. */
function findsWayAround(tokens: readonly Token[], verb: number): boolean {
  if (tokens[verb].word !== 'find' && tokens[verb].word !== 'see') return false;
  for (let k = verb + 1; k <= verb + 3 && k < tokens.length && tokens[k].kind === 'word'; k++) if (SCREEN_PARTS.has(tokens[k].word)) return true;
  return false;
}

/** Past hopes a remedy did not meet: "I was hoping this would be fixed by now", "it was supposed to be resolved". */
const FAILED_HOPES: readonly string[][] = [
  'was hoping', 'were hoping', 'had been hoping', 'hoped', 'expected', 'was expecting', 'supposed to', 'should have been',
  'thought it would', 'thought this would', 'was told', 'were told', 'was promised', 'were promised',
].map((e) => e.split(' '));
const FAILED_HOPE_STARTS: ReadonlySet<string> = new Set(FAILED_HOPES.map((words) => words[0]));
const FAILED_REMEDY_VALENCE = -1.5;

/**
 * A remedy hoped for, expected or promised in the past, in the same clause, has not come: "I was hoping this would be
 * fixed by now", "I was told it would be removed", "it should have been refunded last week" (a report). Praise there is
 * turned by turnExpectedPraise; this reads the remedy words that carry no valence of their own.
 */
function expectedRemedies(tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
  const found: Hit[] = [];
  const covered = coveredTokens(tokens, hits);
  for (let k = 0; k < tokens.length; k++) {
    if (!FAILED_HOPE_STARTS.has(tokens[k].word)) continue;
    const hope = FAILED_HOPES.find((words) => words.every((w, j) => tokens[k + j]?.word === w));
    if (!hope) continue;
    for (let j = k + hope.length; j < tokens.length && j - k <= 8 && tokens[j].kind !== 'punctuation'; j++) {
      if (!REMEDIED.has(tokens[j].word) || covered[j]) continue;
      found.push({ start: j, end: j + 1, valence: FAILED_REMEDY_VALENCE, report: true, word: '', negated: false, evidence: `${rawSpan(tokens, k, k + hope.length)}…${tokens[j].raw}` });
      break;
    }
  }
  return found;
}

/** A remedy done: what a customer was told would happen. */
const REMEDIED: ReadonlySet<string> = new Set([
  'fixed', 'repaired', 'sorted', 'solved', 'refunded', 'replaced', 'removed', 'reimbursed', 'credited', 'corrected',
  'cancelled', 'canceled', 'delivered', 'sent', 'dispatched', 'returned', 'reversed', 'reconnected', 'restored',
]);

/**
 * Praise in or after "wanted to", "was so excited", "was hoping", "expected", in the same clause: it did not happen
 * ("I really wanted to love this", "was so excited for this top").
 */
/** Verbs of saying after "wanted to": the praise that follows is said now, not hoped for. */
const SAYING: ReadonlySet<string> = new Set(['say', 'tell', 'thank', 'let', 'share', 'pass', 'express']);

function turnExpectedPraise(tokens: readonly Token[], hits: Hit[]): void {
  for (const hit of hits) {
    if (hit.valence <= 0 || hit.negated) continue;
    for (let k = hit.start; k >= 0 && hit.start - k <= 6; k--) {
      if (tokens[k].kind === 'punctuation') break;
      const expectation = EXPECTATIONS.find((words) => words.every((w, j) => tokens[k + j]?.word === w));
      // "just wanted to say thanks", "wanted to let you know it's lovely": what the customer came to say, said.
      if (expectation && SAYING.has(tokens[k + expectation.length]?.word ?? '')) break;
      if (expectation && k < hit.end) {
        hit.valence *= EXPECTATION_FACTOR;
        hit.evidence = k + expectation.length <= hit.start ? `${rawSpan(tokens, k, k + expectation.length)}…${hit.evidence}` : `${hit.evidence} (expected)`;
        break;
      }
    }
  }
}

/**
 * Praise in a short message that reports a clear failure, at the head of a sentence ("Great, another delay", "Awesome
 * service, on hold for 2 hours"), before "another" / "again" / "more", or praising the waiting itself ("love being on
 * hold"), is sarcasm. Not when the message weighs two sides with "but" ("the crew was great but the delay was
 * long"), nor in a long message, where praise and complaint are both meant (a review that likes the colour and not the
 * fit).
 */
function turnSarcasticPraise(tokens: readonly Token[], hits: Hit[], contrastAt: number): void {
  if (tokens.filter((t) => t.kind === 'word').length > SARCASM_MAX_WORDS) return;
  // An eye-roll or an unamused face marks the message's praise as meant the other way, as "/s", "(not)" and an
  // upside-down face do: "great value 🙄", "brilliant service as always (not)", "tracking doesn't work 🙃 amazing".
  if (tokens.some((t) => EYE_ROLLS.has(t.word) || SARCASM_MARKS.has(t.word))) {
    const praise = hits.filter((hit) => hit.valence > 0 && !hit.negated);
    for (const hit of praise) turnSarcastic(hit);
    // The face then marks the sarcasm rather than adding a feeling of its own ("great value 🙄" is as upset as "great,
    // another delay").
    if (praise.length > 0) for (const hit of hits) if (EYE_ROLLS.has(hit.word)) hit.valence = 0;
    return;
  }
  if (contrastAt >= 0) {
    turnPraiseOfFailureBeforeContrast(tokens, hits);
    return;
  }
  turnVerdictTail(tokens, hits);
  const clearFailure = hits.some((h) => h.report && h.valence <= -SARCASM_FAILURE);
  let mishandled = false;
  for (const hit of hits) {
    if (hit.valence <= 0 || hit.negated) continue;
    // Any praise said to the company or thanking for a failure; only the words prone to it elsewhere.
    const praised = praisedDeed(tokens, hits, hit);
    if (praised === 'remedy') continue;
    mishandled ||= praised === 'mishandling';
    if (praised === 'mishandling' || praised === 'failure' || contentWithFailure(tokens, hits, hit) || newsOfFailure(tokens, hits, hit) || (clearFailure && addressedToYou(tokens, hit.start))) {
      turnSarcastic(hit);
      continue;
    }
    if (!EN_SARCASM_PRONE.has(hit.word)) continue;
    const next = tokens[hit.end];
    const followedByMore = SARCASM_FOLLOWERS.has((next?.kind === 'punctuation' ? tokens[hit.end + 1] : next)?.word ?? '');
    const praisesWaiting = (hit.word === 'love' || hit.word === 'loving') && ['being', 'waiting', 'how', 'that', 'sitting', 'when'].includes(next?.word ?? '');
    // "Great, another delay", "Awesome service, 2 hours on hold"; not "Great leggings! my only complaint…", where the
    // praise has an object of its own and means it.
    const praisesNothingElse = !next || (next.kind === 'punctuation' && next.word !== '!') || SARCASM_OBJECTS.has(next.word);
    const failureBehind = clearFailure && isHeadOfSentence(tokens, hit.start) && praisesNothingElse;
    // "Cancelled my order without telling me, thanks a lot", "delayed 3 hours, great": praise that closes the sentence
    // of the failure it answers.
    const failureBefore = closesSentenceAfter(tokens, hits, hit);
    if (followedByMore || failureBefore || ((praisesWaiting || failureBehind) && clearFailure)) turnSarcastic(hit);
  }
  // Once the message is sarcastic, its thanks are too: "Great, another delay. Thanks a lot", "love that my flight got
  // cancelled. thanks". When the sarcasm answers a clear failure or a deed done to the customer's things, so is the
  // rest of its praise: "thanks for cancelling my flight, super helpful", "great, another delay. love this airline". Not
  // after weaker sarcasm, where other praise may be meant ("Great jeans. Love another pair!").
  if (!hits.some((h) => h.evidence.endsWith('(sarcasm)'))) return;
  const allPraise = clearFailure || mishandled;
  for (const hit of hits) {
    // A verdict standing as a sentence of its own is sarcastic with the rest: "wow great, another delay. super helpful".
    const verdict = VERDICT_WORDS.has(hit.word) && standsAlone(tokens, hits, hit);
    if (hit.valence > 0 && !hit.negated && (allPraise || verdict || SARCASTIC_THANKS.has(hit.word))) turnSarcastic(hit);
  }
}

/**
 * Whether a hit's sentence says nothing but it, with openers and degree words ("super helpful.", "oh lovely!"): a
 * verdict, not praise of something named ("Great jeans.").
 */
function standsAlone(tokens: readonly Token[], hits: readonly Hit[], hit: Hit): boolean {
  let start = hit.start;
  while (start > 0 && !endsSentence(tokens[start - 1])) start--;
  let end = hit.end;
  while (end < tokens.length && !endsSentence(tokens[end])) end++;
  if (end - start > VERDICT_MAX_WORDS) return false;
  const covered = coveredTokens(tokens, hits.filter((h) => h.valence !== 0));
  return tokens.slice(start, end).every((t, k) => covered[start + k] || t.kind === 'punctuation' || SARCASM_OPENERS.has(t.word) || t.word in EN_DEGREE);
}

/** Words of praise that, as a sentence of their own after a complaint, pass a verdict on it: "hung up on me. classy". */
const VERDICT_WORDS: ReadonlySet<string> = new Set([
  ...EN_SARCASM_PRONE, 'classy', 'wow', 'genius', 'nice one', 'helpful', 'convenient', 'funny', 'charming', 'terrific',
  'marvellous', 'marvelous', 'splendid', 'stellar', 'fab', 'fabulous', 'delightful', 'handy', 'efficient', 'smooth',
]);
/** Words that hedge thanks into a shrug: "thanks I guess", "cheers for that", "thanks then". */
const HEDGES: ReadonlySet<string> = new Set(['i', 'guess', 'suppose', 'for', 'that', 'then', 'anyway', 'very']);
/** A verdict is a few words at most: "classy", "cool cool cool", "just brilliant", "very honest, very cool". */
const VERDICT_MAX_WORDS = 4;

/**
 * A last sentence of nothing but praise, after sentences that say something bad and nothing good, is a verdict on what
 * was told: "you charged me a late fee. awesome", "cancelled the old card before the new one arrived. brilliant",
 * "told me it was not my problem. wow". Sincere praise after bad news names what it is for ("… but the agent sorted it
 * quickly, great"); thanks are left alone, since a complaint politely signed off with "thanks" is common.
 */
function turnVerdictTail(tokens: readonly Token[], hits: Hit[]): void {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].kind === 'punctuation') end--;
  let start = end;
  while (start > 0 && !(tokens[start - 1].kind === 'punctuation' && /[.!?]/.test(tokens[start - 1].word))) start--;
  if (start === 0 || tokens.slice(start, end).filter((t) => t.kind === 'word').length > VERDICT_MAX_WORDS) return;
  const tail = hits.filter((h) => h.start >= start);
  const covered = coveredTokens(tokens, tail);
  let hedged = false;
  for (let k = start; k < end; k++) {
    if (covered[k] || SARCASM_OPENERS.has(tokens[k].word) || tokens[k].kind === 'punctuation') continue;
    if (!HEDGES.has(tokens[k].word)) return;
    hedged = true;
  }
  // Thanks alone sign a complaint off politely; hedged ("thanks I guess", "cheers for that") or with a verdict beside
  // them ("thanks, very helpful") they are the verdict.
  const verdicts = tail.filter((h) => VERDICT_WORDS.has(h.word) && !SARCASTIC_THANKS.has(h.word));
  const thanksMeant = !hedged && verdicts.length === 0;
  if (!tail.some((h) => h.valence > 0) || tail.some((h) => h.negated || (!VERDICT_WORDS.has(h.word) && (thanksMeant || !SARCASTIC_THANKS.has(h.word))))) return;
  // The verdict said earlier too is the same verdict, not praise of something else: "funny, because it's not here.
  // very funny".
  const echoes = (h: Hit) => h.valence > 0 && tail.some((t) => t.word === h.word);
  const told = hits.filter((h) => h.end <= start);
  if (told.some((h) => h.valence > 0 && !echoes(h))) return;
  // "paying 15.99 a month to watch the loading wheel. cool cool": praise said twice, flat, needs no failure named.
  const deadpan = verdicts.length >= 2 && verdicts.every((h) => h.word === verdicts[0].word);
  if (!deadpan && !told.some((h) => h.valence < 0) && !toldNotHappening(tokens, start)) return;
  for (const hit of [...tail, ...told.filter(echoes)]) turnSarcastic(hit);
}

/** Verbs after which a negator denies a thought, not an event: "didn't expect it so soon", "I don't know". */
const COGNITION: ReadonlySet<string> = new Set(['expect', 'think', 'know', 'realise', 'realize', 'mind', 'worry', 'need', 'have', 'doubt']);

/**
 * Whether what was told before `end` says that something did not happen or nobody did it: "it's not here", "nobody
 * came", "never heard back". Not a thought denied ("didn't expect it so soon. nice").
 */
function toldNotHappening(tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) {
    // "no one at the desk, no one on the phone": "no one" is "nobody"; "no" alone negates a noun ("no problem").
    const noOne = tokens[k].word === 'no' && tokens[k + 1]?.word === 'one';
    if (!noOne && (!EN_NEGATORS.has(tokens[k].word) || ['no', 'without', 'nor', 'neither'].includes(tokens[k].word))) continue;
    const after = tokens.slice(k + 1, k + 3).map((t) => t.word);
    if (!after.some((w) => COGNITION.has(w))) return true;
  }
  return false;
}

const SARCASTIC_THANKS: ReadonlySet<string> = new Set([
  'thanks', 'thank', 'thx', 'cheers', 'thank you', 'thanks a lot', 'thanks so much', 'thank you so much', 'many thanks',
  'much appreciated', 'appreciate', 'appreciated', 'really appreciate', 'grateful',
]);

/**
 * In a message that weighs two sides with "but", praise standing alone at the head of a sentence ("Awesome, …") is
 * sarcastic when the failure it answers comes before the "but", on its own side: "awesome, my order shows delivered but
 * nothing is here". Not "the crew was great but the delay was long", where the failure is the other side.
 */
function turnPraiseOfFailureBeforeContrast(tokens: readonly Token[], hits: Hit[]): void {
  for (const hit of hits) {
    if (hit.valence <= 0 || hit.negated || !EN_SARCASM_PRONE.has(hit.word)) continue;
    if (tokens[hit.end]?.word !== ',' || !isHeadOfSentence(tokens, hit.start)) continue;
    let side = hit.end;
    while (side < tokens.length && !EN_CONTRAST.has(tokens[side].word) && !/[.!?]/.test(tokens[side].word)) side++;
    if (hits.some((h) => h.report && h.valence <= -SARCASM_FAILURE * CONTRAST_BEFORE && h.start > hit.end && h.end <= side)) turnSarcastic(hit);
  }
}

/**
 * What praise is for, when a deed follows it: "thanks for losing my bag", "nice job leaving my luggage in Chicago",
 * "appreciate you ignoring my emails" praise a failure (sarcasm); "thanks for fixing the broken link", "thank you for
 * sorting out the delay" praise its remedy (sincere, whatever failure it names). Otherwise the praise is sarcastic when
 * what it is for, in the same clause, is a failure ("thanks a lot for ruining my weekend", "cheers for the useless
 * answer").
 */
function praisedDeed(tokens: readonly Token[], hits: readonly Hit[], praise: Hit): 'mishandling' | 'failure' | 'remedy' | undefined {
  let k = praise.end;
  if (tokens[k]?.word === 'a' && tokens[k + 1]?.word === 'lot') k += 2;
  const linker = tokens[k]?.word ?? '';
  // "well done losing my parcel": the deed right after the praise, with no "for" between.
  if (praise.word === 'well done' && EN_MISHANDLING.has(linker) && !EN_MISHANDLING_OF_THINGS.has(linker)) return 'mishandling';
  if (!PRAISE_FOR.has(linker) && linker !== 'you') return undefined;
  const deed = tokens[k + 1];
  if (deed?.kind === 'word' && EN_REMEDIES.has(deed.word)) return 'remedy';
  if (deed?.kind === 'word' && EN_MISHANDLING.has(deed.word)) {
    const ofThings = !EN_MISHANDLING_OF_THINGS.has(deed.word) || EN_CUSTOMER_POSSESSIVES.has(tokens[k + 2]?.word ?? '');
    if (ofThings && !inClause(tokens, k + 2, (t) => EN_PROMPTLY.has(t.word))) return 'mishandling';
  }
  if (linker === 'you') return undefined;
  return praisesFailure(tokens, hits, k) ? 'failure' : undefined;
}

/**
 * A contented feeling whose clause reports a failure: "so glad I paid $400 to sit on the tarmac for 2 hours", "love
 * that my suitcase arrived in pieces", "so happy I spent my birthday stuck at the gate". Not when the clause names a
 * remedy ("so glad you found my lost bag").
 */
function contentWithFailure(tokens: readonly Token[], hits: readonly Hit[], praise: Hit): boolean {
  if (!EN_CONTENT_FEELINGS.has(praise.word) || !EN_CLAUSE_OPENERS.has(tokens[praise.end]?.word ?? '')) return false;
  // "appreciate you calling me back about my complaint": praise of a deed, which praisedDeed weighs.
  if (tokens[praise.end].word === 'you' && tokens[praise.end + 1]?.word.endsWith('ing')) return false;
  let end = praise.end;
  while (end < tokens.length && tokens[end].kind !== 'punctuation' && !EN_CONTRAST.has(tokens[end].word)) end++;
  if (tokens.slice(praise.end, end).some((t) => EN_REMEDIES.has(t.word))) return false;
  return hits.some((h) => h.report && h.valence <= -CONTENT_FAILURE && h.start >= praise.end && h.start < end);
}

/** A failure learned of, at least as bad as "late" or "cancelled": not a mere "issue" ("good to see the issue is known"). */
const NEWS_FAILURE = 1;
/** What praise is glad to learn: "nice to know", "good to see", "great to hear", "lovely to find out". */
const LEARNING: ReadonlySet<string> = new Set(['know', 'see', 'hear', 'find', 'learn', 'discover']);

/**
 * Praise of learning a failure: "nice to know my 2 hour wait means nothing to you", "good to see my bag is still in
 * Dublin", "great to hear the flight is cancelled again". Not when the news is a remedy ("glad to hear it's sorted")
 * or carries no clear failure ("good to know, thanks").
 */
function newsOfFailure(tokens: readonly Token[], hits: readonly Hit[], praise: Hit): boolean {
  if (tokens[praise.end]?.word !== 'to' || !LEARNING.has(tokens[praise.end + 1]?.word ?? '')) return false;
  let end = praise.end + 2;
  while (end < tokens.length && !endsSentence(tokens[end]) && !EN_CONTRAST.has(tokens[end].word)) end++;
  if (tokens.slice(praise.end + 2, end).some((t) => EN_REMEDIES.has(t.word))) return false;
  return hits.some((h) => h.valence <= -NEWS_FAILURE && h.start > praise.end && h.start < end);
}

/** Praise prone to sarcasm that ends a sentence, after a comma, with a clear failure earlier in that sentence. */
function closesSentenceAfter(tokens: readonly Token[], hits: readonly Hit[], praise: Hit): boolean {
  const next = tokens[praise.end];
  const closes = !next || (next.kind === 'punctuation' && /[.!?]/.test(next.word));
  if (!closes || tokens[praise.start - 1]?.word !== ',') return false;
  let start = praise.start - 1;
  while (start > 0 && !(tokens[start - 1].kind === 'punctuation' && /[.!?]/.test(tokens[start - 1].word))) start--;
  return hits.some((h) => h.report && h.valence <= -SARCASM_FAILURE && h.start >= start && h.end <= praise.start);
}

/**
 * "thanks for fixing the broken link", "thank you for replacing the damaged item": the failure a thanked remedy names is
 * what was put right, not a complaint; what it names counts nothing (the thanks still does): "thanks for spotting that
 * fraud on my card" is no accusation.
 */
function setAsideRepairedFailures(tokens: readonly Token[], hits: Hit[]): void {
  for (const praise of hits) {
    if (praise.valence <= 0 || praise.negated || praisedDeed(tokens, hits, praise) !== 'remedy') continue;
    let end = praise.end;
    while (end < tokens.length && tokens[end].kind !== 'punctuation' && !EN_CONTRAST.has(tokens[end].word)) end++;
    for (const hit of hits) {
      if (hit.valence < 0 && hit.start > praise.end && hit.start < end) {
        hit.valence = 0;
        hit.evidence = `${hit.evidence} (put right)`;
      }
    }
  }
}

/** Whether a word from `from` to the end of its clause (the next punctuation) satisfies `test`. */
function inClause(tokens: readonly Token[], from: number, test: (token: Token) => boolean): boolean {
  for (let j = from; j < tokens.length && tokens[j].kind !== 'punctuation'; j++) if (test(tokens[j])) return true;
  return false;
}

/**
 * "My only complaint is that they stretch a little", "the only issue I had was the length": from "only" + a word of
 * reservation to the end of the sentence, what is said weighs RESERVATION_FACTOR, and the reservation word itself
 * ("complaint", "issue") nothing: the customer names a small flaw in something they are content with.
 */
function weighReservations(tokens: readonly Token[], hits: Hit[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].word !== 'only' || !RESERVATION_NOUNS.has(tokens[i + 1].word)) continue;
    let end = i + 2;
    while (end < tokens.length && !(tokens[end].kind === 'punctuation' && /[.!?]/.test(tokens[end].word))) end++;
    for (const hit of hits) {
      if (hit.start < i + 1 || hit.start >= end) continue;
      hit.valence *= hit.start === i + 1 ? 0 : RESERVATION_FACTOR;
      hit.evidence = `${hit.evidence} (only)`;
    }
    i = end;
  }
}

/** What a return counts when it is an exchange for another size ("returned it for an xs", "returning for a small"). */
const EXCHANGE_FACTOR = 0.2;
/** Words that name a size, after "for (a|the|my)": "for a smaller size", "for an xs", "for the petite", "for a 4". */
const SIZE_WORDS: ReadonlySet<string> = new Set([
  'size', 'sizes', 'smaller', 'larger', 'bigger', 'small', 'medium', 'large', 'petite', 'regular', 'tall', 'xxs', 'xs',
  's', 'm', 'l', 'xl', 'xxl', 'xsp', 'sp', 'mp', 'lp', 'one', 'two', 'half',
]);
const RETURN_WORDS = /\b(?:return|returned|returning|returns|send|sent|sending|exchange|exchanged|exchanging)\b/;

/**
 * "returned it for an xs", "am returning for a small", "sent them back for the petite": a return for another size of the
 * same thing is an exchange, a fit note from a shopper who is keeping the item, not a verdict on it. The return counts
 * EXCHANGE_FACTOR of itself; what the customer says of the fit still counts.
 */
function weighExchanges(tokens: readonly Token[], hits: Hit[]): void {
  for (const hit of hits) {
    if (hit.valence >= 0 || !RETURN_WORDS.test(hit.word)) continue;
    let k = hit.end;
    while (k < hit.end + 2 && ['it', 'them', 'this', 'these', 'back'].includes(tokens[k]?.word ?? '')) k++;
    if (tokens[k]?.word !== 'for') continue;
    const after = tokens.slice(k + 1, k + 5);
    if (!after.some((t) => t.kind === 'number' || SIZE_WORDS.has(t.word))) continue;
    hit.valence *= EXCHANGE_FACTOR;
    hit.evidence = `${hit.evidence} (exchanged)`;
  }
}

/** "Loved this dress until I washed it": praise in the same sentence before "until" was held until it failed. */
function turnPraiseUntil(tokens: readonly Token[], hits: Hit[]): void {
  tokens.forEach((token, at) => {
    if (token.word !== 'until' && token.word !== 'till') return;
    for (const hit of hits) {
      if (hit.valence <= 0 || hit.negated || hit.start >= at) continue;
      const between = tokens.slice(hit.end, at);
      if (between.some((t) => t.kind === 'punctuation' && /[.!?]/.test(t.word))) continue;
      hit.valence *= UNTIL_FACTOR;
      hit.evidence = `${hit.evidence}…until`;
    }
  });
}

/** "delayed again", "broken AGAIN", "another delay": a failure that happened again weighs more. */
function weighRepetition(tokens: readonly Token[], hits: Hit[]): void {
  for (const hit of hits) {
    if (!hit.report || hit.valence >= 0) continue;
    const after = tokens.slice(hit.end, hit.end + 2).map((t) => t.word);
    if (after.includes('again')) {
      hit.valence *= AGAIN_FACTOR;
      hit.evidence = `${hit.evidence} again`;
    } else if (hit.word !== '' && tokens[hit.start - 1]?.word === 'another') {
      // A word of failure, not a duration: "another 72 hours" is how long, not what went wrong.
      hit.valence *= AGAIN_FACTOR;
      hit.evidence = `another ${hit.evidence}`;
    }
  }
}

/** "Why…?" and "when will…?" about a failure ask in frustration. */
function frustratedQuestion(tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
  const failure = hits.some((h) => h.report && h.valence < 0);
  const asks = tokens.some((t) => t.kind === 'punctuation' && t.word.includes('?'));
  const why = tokens.findIndex((t, i) => isWhyPut(tokens, i) || (t.word === 'when' && tokens[i + 1]?.word === 'will'));
  if (!failure || !asks || why < 0) return [];
  return [{ start: why, end: why + 1, valence: FRUSTRATED_QUESTION, report: false, word: '', negated: false, evidence: `${tokens[why].raw}…?` }];
}

function turnSarcastic(hit: Hit): void {
  hit.valence *= SARCASM_FACTOR;
  hit.report = false;
  hit.evidence = `${hit.evidence} (sarcasm)`;
}

/** Words that thank or praise for what follows them: "thanks for", "great job", "congrats on", "way to go". */
const PRAISE_FOR: ReadonlySet<string> = new Set(['for', 'on', 'job', 'work', 'going', 'go']);
/** How far the failure praised may stand from the praise ("thanks a lot for ruining", "great job losing my parcel"). */
const PRAISED_FAILURE_REACH = 5;

/**
 * A failure close after the word that links praise to what it is for (`linker`, at k), in the same clause: "thanks a
 * lot for ruining my weekend", "congrats on shipping the wrong size", "cheers for the useless answer".
 */
function praisesFailure(tokens: readonly Token[], hits: readonly Hit[], k: number): boolean {
  const limit = k + 1 + PRAISED_FAILURE_REACH;
  for (let j = k + 1; j < Math.min(limit, tokens.length); j++) if (tokens[j].kind === 'punctuation' || EN_CONTRAST.has(tokens[j].word)) return false;
  return hits.some((h) => h.valence < 0 && h.start > k && h.start < limit);
}

/** "you are so helpful", "you guys are amazing", "you're brilliant": praise said to the company. */
function addressedToYou(tokens: readonly Token[], at: number): boolean {
  const before = tokens.slice(Math.max(0, at - 4), at).map((t) => t.word);
  const you = before.lastIndexOf('you') >= 0 ? before.lastIndexOf('you') : before.lastIndexOf("you're");
  if (you < 0) return false;
  return before.slice(you + 1).every((w) => ['are', 'guys', 'people', 'so', 'really', 'very', 'such', 'a', 'just', 'truly'].includes(w));
}

/** Which tokens a hit already covers. */
function coveredTokens(tokens: readonly Token[], hits: readonly Hit[]): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const hit of hits) for (let k = hit.start; k < hit.end; k++) covered[k] = true;
  return covered;
}

function isHeadOfSentence(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const token = tokens[k];
    // "wow, great": a comma after an opener still leaves the praise at the head.
    if (token.kind === 'punctuation') return /[.!?]/.test(token.word) || k === 0 || (token.word === ',' && isHeadOfSentence(tokens, k));
    if (!SARCASM_OPENERS.has(token.word)) return false;
  }
  return true;
}

function wordValence(word: string): number {
  const listed = EN_WORD_VALENCE[word] ?? englishEmojiValence(word);
  if (listed !== undefined) return listed;
  if (EN_NEGATORS.has(word) || word in EN_DEGREE || word.includes("'")) return 0;
  return afinnValence(word) || adverbValence(word);
}

/**
 * Adverbs that comment on what is said or only raise a degree, not how a thing was done: "honestly, the worst",
 * "greatly appreciated".
 */
const DISCOURSE_ADVERBS: ReadonlySet<string> = new Set([
  'honestly', 'frankly', 'literally', 'surely', 'obviously', 'clearly', 'apparently', 'greatly', 'fairly', 'justly',
  'naturally', 'freely', 'kindly', 'likely', 'lovely', 'only', 'merely', 'supposedly', 'hopefully', 'certainly',
  // Surprise as a degree, either way: "amazingly RMB 10 per MB", "unbelievably slow".
  'amazingly', 'unbelievably', 'shockingly', 'astonishingly',
]);

/**
 * "handled it brilliantly", "spoke to me rudely", "packed nicely": an adverb made from a rated adjective weighs what
 * the adjective does. AFINN rates a few adverbs ("perfectly", "badly") and not most; without this, "the flight was
 * delayed but the staff handled it brilliantly" read as a complaint.
 */
function adverbValence(word: string): number {
  if (word.length < 6 || !word.endsWith('ly') || DISCOURSE_ADVERBS.has(word)) return 0;
  // brilliant-ly, happi-ly → happy, horrib-ly → horrible
  for (const stem of [word.slice(0, -2), `${word.slice(0, -3)}y`, `${word.slice(0, -1)}e`]) {
    const valence = EN_WORD_VALENCE[stem] ?? afinnValence(stem);
    if (valence !== 0) return valence;
  }
  return 0;
}

/**
 * Emoji read as in Chinese (emoji.ts), but for "😭": in English chat it is laughter or being overwhelmed as often as
 * sorrow ("fair enough 😭", "so good 😭").
 */
function englishEmojiValence(word: string): number | undefined {
  return word === '😭' ? 0 : EMOJI_VALENCE[word];
}

/** Words that may stand inside a negated phrase without changing it: "doesn't even work", "hasn't actually arrived". */
const NEGATION_INSERTS: ReadonlySet<string> = new Set(['even', 'still', 'really', 'actually', 'ever', 'just', 'yet', 'always']);

/** The longest phrase starting at `start`, and how many tokens it covers (inserts after its negator included). */
function matchPhrase(tokens: readonly Token[], start: number): { phrase: PhraseEntry; span: number } | undefined {
  const phrases = PHRASES_BY_FIRST_WORD.get(tokens[start].word);
  if (!phrases) return undefined;
  for (const phrase of phrases) if (wordsAt(tokens, start, phrase.words)) return { phrase, span: phrase.words.length };
  // "doesn't even work": the negator's phrase with an adverb after the negator.
  if (!EN_NEGATORS.has(tokens[start].word)) return undefined;
  let skip = 0;
  while (skip < 2 && NEGATION_INSERTS.has(tokens[start + 1 + skip]?.word ?? '')) skip++;
  if (skip === 0) return undefined;
  for (const phrase of phrases) {
    if (phrase.words.length >= 2 && wordsAt(tokens, start + 1 + skip, phrase.words.slice(1))) return { phrase, span: phrase.words.length + skip };
  }
  return undefined;
}

function wordsAt(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens[start + k]?.kind === 'word' && tokens[start + k].word === word);
}

/** The factor of the degree word(s) right before position `at` ("very", "a bit"); 1 when there is none. */
function degreeBefore(tokens: readonly Token[], at: number): { factor: number; start: number } {
  for (const degree of MULTIWORD_DEGREES) {
    const start = at - degree.words.length;
    if (wordsAt(tokens, start, degree.words)) return { factor: degree.valence, start };
  }
  const previous = tokens[at - 1];
  const factor = previous?.kind === 'word' ? EN_DEGREE[previous.word] : undefined;
  if (factor === undefined) return { factor: 1, start: at };
  // "really very bad": a second degree word adds a little more.
  const earlier = tokens[at - 2];
  const earlierFactor = earlier?.kind === 'word' ? EN_DEGREE[earlier.word] : undefined;
  if (earlierFactor === undefined) return { factor, start: at - 1 };
  return { factor: factor * (1 + (earlierFactor - 1) / 2), start: at - 2 };
}

/** Index of the nearest word within reach before `at` (same clause, after `floor`) that satisfies `test`, or -1. */
function findBefore(tokens: readonly Token[], at: number, floor: number, test: (token: Token) => boolean): number {
  for (let k = at - 1, seen = 0; k >= floor && seen < NEGATION_REACH; k--) {
    const token = tokens[k];
    if (token.kind === 'punctuation' || EN_CONTRAST.has(token.word)) return -1;
    if (test(token)) return k;
    seen++;
  }
  return -1;
}

/**
 * "looks nice but fell apart": within one sentence, what comes before the last "but" weighs less and what comes after
 * more. Another sentence is another thought: "Cute top. It runs large, but I love it." weighs "cute" in full. One pass
 * from the end: the weight of every token.
 */
function contrastWeights(tokens: readonly Token[]): number[] {
  const weights = new Array<number>(tokens.length).fill(1);
  let contrastAhead = false;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'punctuation' && /[.!?]/.test(t.word)) contrastAhead = false;
    if (t.kind === 'word' && EN_CONTRAST.has(t.word)) contrastAhead = true;
    if (contrastAhead) weights[k] = CONTRAST_BEFORE;
  }
  let contrastBehind = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'punctuation' && /[.!?]/.test(t.word)) contrastBehind = false;
    if (t.kind === 'word' && EN_CONTRAST.has(t.word)) contrastBehind = true;
    else if (contrastBehind && weights[k] === 1) weights[k] = CONTRAST_AFTER;
  }
  return weights;
}

function lastContrastIndex(tokens: readonly Token[]): number {
  for (let k = tokens.length - 1; k > 0; k--) {
    if (tokens[k].kind === 'word' && EN_CONTRAST.has(tokens[k].word)) return k;
  }
  return -1;
}

function isShouted(raw: string): boolean {
  return raw.length >= 3 && raw === raw.toUpperCase() && /[A-Z]/.test(raw) && !EN_ACRONYMS.has(raw);
}

/** Most of a message in capitals (at least two words of three letters or more) reads as shouting. */
function isShoutedMessage(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.raw.length >= 3 && !EN_ACRONYMS.has(t.raw));
  const shouted = words.filter((t) => isShouted(t.raw)).length;
  return shouted >= 2 && shouted / words.length >= 0.6;
}

function indexPhrases(valences: Readonly<Record<string, number>>): Map<string, PhraseEntry[]> {
  const index = new Map<string, PhraseEntry[]>();
  for (const [phrase, valence] of Object.entries(valences)) {
    const words = phrase.split(' ');
    const list = index.get(words[0]) ?? [];
    list.push({ words, valence });
    index.set(words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Whether the feeling at `at` is someone else's: their name or pronoun just before it ("she really hates"). */
function feltBySomeoneElse(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const token = tokens[k];
    if (token.kind !== 'word') return false;
    if (EN_OTHER_PEOPLE.has(token.word)) return true;
    if (!(token.word in EN_DEGREE) && !EN_NEGATORS.has(token.word) && token.word !== 'just') return false;
  }
  return false;
}
