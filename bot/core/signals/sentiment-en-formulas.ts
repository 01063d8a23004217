import { EN_NEGATORS, EN_REMEDIES } from './lexicon-en';
import { endsSentence, rawSpan, type Hit, type Token } from './sentiment-en-tokens';

/**
 * Set forms of customer English that a word-by-word reading gets wrong: the formulas of a polite request, a claim
 * quoted to mock it, a failure counted, a fault that keeps happening, "would fly again", and a question asking
 * whether a plan of the customer's is wise.
 */

/** A counted failure or contact: "for the 4th time", "called four times", "three days in a row". */
const COUNTED_REPEAT_VALENCE = -1.5;
/** A claim held up in quotes: 'Free' account, the "fresh" strawberries. */
const QUOTED_CLAIM_VALENCE = -1.5;
/** "keeps buffering", "kept sending me to the FAQ". */
const PERSISTING_FAILURE_VALENCE = -1.5;
/** "would fly again", "will order again". */
const AGAIN_PRAISE_VALENCE = 2;

const ORDINALS: ReadonlySet<string> = new Set([
  'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'nth', 'umpteenth', 'millionth',
]);
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['nd', 'rd', 'th']);
const REPEAT_COUNTS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'multiple', 'numerous', 'many',
  'countless', 'a', 'few',
]);
const REPEAT_UNITS: ReadonlySet<string> = new Set([
  'time', 'times', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'month', 'months', 'year', 'years', 'call', 'calls',
  'email', 'emails', 'attempt', 'attempts', 'visit', 'visits', 'bill', 'bills', 'order', 'orders', 'delivery',
]);
/** What a customer does again and again when a thing is not put right. */
const CONTACT_VERBS: ReadonlySet<string> = new Set([
  'called', 'rang', 'rung', 'phoned', 'emailed', 'messaged', 'chased', 'contacted', 'asked', 'tried', 'wrote', 'written',
  'complained', 'reported', 'restarted', 'reset', 'rebooted', 'chatted', 'raised', 'explained', 'submitted', 'requested',
  // Sending the same thing again: "sent you my documents 4 times", "updated my address twice".
  'sent', 'resent', 'uploaded', 'updated', 'resubmitted', 'filled',
]);
/** How far a count may stand after its verb: "called you guys four times", "restarted it as suggested several times". */
const CONTACT_REACH = 5;

/**
 * "down for the 4th time this week", "for the third consecutive month", "called four times", "emailed twice", "three
 * days in a row": a failure or a contact counted is a complaint told as a fact (a report, not a feeling), whatever words
 * tell the failure itself. "the first time" counts nothing.
 */
export function countedRepeats(tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
  const found: Hit[] = [];
  const add = (start: number, end: number) => {
    if (found.some((h) => h.end > start)) return;
    if (hits.some((h) => h.start < end && h.end > start)) return;
    found.push({ start, end, valence: COUNTED_REPEAT_VALENCE, report: true, word: '', negated: false, evidence: rawSpan(tokens, start, end) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].word;
    // "the third time", "the 4th time", "the second consecutive month"
    const ordinalEnd = ORDINALS.has(word) ? i + 1 : tokens[i].kind === 'number' && ORDINAL_SUFFIXES.has(tokens[i + 1]?.word ?? '') ? i + 2 : -1;
    // "a fourth time", "for a third time": a repeat too, from the third on ("a second time" may be a plan).
    const article = tokens[i - 1]?.word === 'the' || (tokens[i - 1]?.word === 'a' && word !== 'second');
    if (ordinalEnd > 0 && article) {
      let unit = ordinalEnd;
      if (['consecutive', 'straight'].includes(tokens[unit]?.word ?? '')) unit++;
      if (REPEAT_UNITS.has(tokens[unit]?.word ?? '')) add(i - 1, unit + 1);
      continue;
    }
    // "three days in a row"
    if (word === 'in' && tokens[i + 1]?.word === 'a' && tokens[i + 2]?.word === 'row' && REPEAT_UNITS.has(tokens[i - 1]?.word ?? '')) {
      add(i - 1, i + 3);
      continue;
    }
    // "called four times", "emailed twice", "asked repeatedly"
    if (!CONTACT_VERBS.has(word) || EN_NEGATORS.has(tokens[i - 1]?.word ?? '')) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 1 + CONTACT_REACH) && !endsSentence(tokens[k]); k++) {
      const w = tokens[k].word;
      const counted = (tokens[k].kind === 'number' || REPEAT_COUNTS.has(w)) && tokens[k + 1]?.word === 'times';
      if (w === 'twice' || w === 'repeatedly' || counted) {
        add(i, counted ? k + 2 : k + 1);
        break;
      }
    }
  }
  return found;
}

/** Words a company's claim is made of, mocked when quoted: "unlimited" data, 'Free' account, "Grade A". */
const CLAIM_WORDS: ReadonlySet<string> = new Set([
  'free', 'unlimited', 'guarantee', 'guaranteed', 'fresh', 'new', 'premium', 'express', 'priority', 'fast', 'faster',
  'superfast', 'instant', 'quick', 'easy', 'luxury', 'deluxe', 'organic', 'genuine', 'original', 'grade', 'waterproof',
  'quality', 'service', 'support', 'help', 'expert', 'best', 'bargain', 'deal', 'discount', 'sale', 'complimentary',
  'speed', 'secure', 'safe', 'upgrade', 'upgraded', 'exclusive',
  'unbreakable', 'lifetime', 'warranty', 'next', 'same', 'tracked', 'reliable',
]);
/**
 * A status the company shows, quoted: mostly to doubt it ('"out for delivery" since Tuesday', 'marked as "shipped" for a
 * week'), but also to tell what the screen said, with thanks ('it said "delivered" and it was there, thanks').
 */
const STATUS_WORDS: ReadonlySet<string> = new Set([
  'shipped', 'dispatched', 'delivered', 'resolved', 'completed', 'processed',
  // What the company says while nothing happens: "down for maintenance", "on its way", "we're looking into it".
  'maintenance', 'way', 'looking', 'investigating', 'escalated',
  // A parcel's or an order's status that stands still: "out for delivery", "in transit", "processing", "pending".
  'delivery', 'transit', 'processing', 'pending',
]);

/**
 * A claim of the company's held up in quotes is mocked: 'Free' account my arse, the "fresh" strawberries, "unlimited"
 * data, your "speed guarantee". The praise in the quotes counts nothing and the quotation counts against the company
 * as a report: what the message says, not a temper that hands the customer to a person. Not in a question that says
 * nothing else bad ('is the "Premium" plan worth it?' names a plan).
 */
export function mockQuotedClaims(tokens: readonly Token[], hits: Hit[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].quoted) continue;
    let end = i;
    while (end < tokens.length && tokens[end].quoted) end++;
    const start = i;
    i = end;
    const inside = hits.filter((h) => h.start >= start && h.start < end);
    const words = tokens.slice(start, end);
    const claims = words.some((t) => CLAIM_WORDS.has(t.word)) || inside.some((h) => h.valence > 0);
    const status = words.some((t) => STATUS_WORDS.has(t.word));
    const outside = hits.filter((h) => h.start < start || h.start >= end);
    const otherwiseBad = outside.some((h) => h.valence < 0);
    const told = !sentenceAsks(tokens, start);
    const content = outside.some((h) => h.valence > 0);
    if (!(claims && (otherwiseBad || told)) && !(status && (otherwiseBad || (told && !content)))) continue;
    for (const hit of inside) hits.splice(hits.indexOf(hit), 1);
    hits.push({
      start, end, valence: QUOTED_CLAIM_VALENCE, report: true, word: '', negated: false, evidence: `"${rawSpan(tokens, start, end)}" (quoted)`,
    });
  }
}

/** Whether the token at `at` stands in a quotation of a status the company shows ('"down for maintenance"'). */
export function quotesStatus(tokens: readonly Token[], at: number): boolean {
  if (!tokens[at]?.quoted) return false;
  let start = at;
  while (start > 0 && tokens[start - 1].quoted) start--;
  for (let k = start; k < tokens.length && tokens[k].quoted; k++) if (STATUS_WORDS.has(tokens[k].word)) return true;
  return false;
}

/** Whether the sentence a token stands in ends with a question mark. */
function sentenceAsks(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < tokens.length; k++) if (endsSentence(tokens[k])) return tokens[k].word.includes('?');
  return false;
}

const KEEP_WORDS: ReadonlySet<string> = new Set(['keeps', 'keep', 'kept']);

/**
 * "Keeps buffering", "your chatbot keeps sending me to the same page", "I keep getting charged": what keeps happening
 * is a fault that will not go away (a report). Not "keeps getting better", where praise follows.
 */
export function persistingFailures(tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
  const found: Hit[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!KEEP_WORDS.has(tokens[i].word) || next.kind !== 'word' || !next.word.endsWith('ing') || next.word.length < 5) continue;
    if (hits.some((h) => h.start <= i + 1 && h.end > i)) continue;
    if (hits.some((h) => h.valence > 0 && h.start > i + 1 && h.start <= i + 3)) continue;
    found.push({ start: i, end: i + 2, valence: PERSISTING_FAILURE_VALENCE, report: true, word: '', negated: false, evidence: rawSpan(tokens, i, i + 2) });
  }
  return found;
}

const WOULD_WORDS: ReadonlySet<string> = new Set(['would', "i'd", "we'd", 'will', "i'll", "we'll", "wouldn't", "won't", 'never']);
const WOULD_NOT: ReadonlySet<string> = new Set(["wouldn't", "won't", 'never', 'not']);
const AGAIN_ADVERBS: ReadonlySet<string> = new Set(['definitely', 'happily', 'absolutely', 'certainly', 'totally', 'gladly']);
/** Coming back as a customer; not "I'll try again later" or "will call again", which tell what is left to do. */
const PATRONAGE_VERBS: ReadonlySet<string> = new Set([
  'fly', 'buy', 'order', 'stay', 'book', 'shop', 'use', 'visit', 'eat', 'travel', 'choose', 'purchase', 'dine', 'rent',
  // "never ordering again", "never flying with you again".
  'flying', 'buying', 'ordering', 'staying', 'booking', 'shopping', 'using', 'visiting', 'eating', 'travelling', 'traveling',
  'choosing', 'purchasing', 'dining', 'renting',
]);
/** Words between the verb and "again": "would buy this again", "would stay here again". */
const AGAIN_REACH = 2;

/**
 * "Would fly again", "will definitely order again", "I'd stay here again": the verdict of a content customer; "would
 * never order again" and "won't buy from you again" the verdict of one lost.
 */
export function wouldAgain(tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
  const found: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!WOULD_WORDS.has(tokens[i].word)) continue;
    let verb = i + 1;
    let refused = WOULD_NOT.has(tokens[i].word);
    if (WOULD_NOT.has(tokens[verb]?.word ?? '')) {
      refused = true;
      verb++;
    }
    if (AGAIN_ADVERBS.has(tokens[verb]?.word ?? '')) verb++;
    if (!PATRONAGE_VERBS.has(tokens[verb]?.word ?? '')) continue;
    let again = verb + 1;
    while (again <= verb + AGAIN_REACH && tokens[again]?.kind === 'word' && tokens[again].word !== 'again' && !EN_NEGATORS.has(tokens[again].word)) again++;
    if (tokens[again]?.word !== 'again') continue;
    if ([...hits, ...found].some((h) => h.start <= again && h.end > i)) continue;
    // "I will order again if you refund me", "would you fly again?": a condition or a question, not a verdict.
    if (['if', 'unless'].includes(tokens[again + 1]?.word ?? '') || sentenceAsks(tokens, i)) continue;
    found.push({ start: i, end: again + 1, valence: refused ? -AGAIN_PRAISE_VALENCE : AGAIN_PRAISE_VALENCE, report: false, word: '', negated: false, evidence: rawSpan(tokens, i, again + 1) });
  }
  return found;
}

/** Thanks that, after "would", ask for something: "I would be grateful if you could…", "I'd appreciate a reply". */
const POLITE_WORDS: ReadonlySet<string> = new Set(['appreciate', 'appreciated', 'grateful', 'thankful', 'obliged']);
const CONDITIONALS: ReadonlySet<string> = new Set(['would', "i'd", "we'd", 'should']);
/** Words that ask for a remedy rather than report one: "I'd like this resolved", "please fix", "need it sorted". */
const REQUEST_WORDS: ReadonlySet<string> = new Set([
  'want', 'wanted', 'like', 'need', 'needs', 'please', 'pls', 'to', 'hope', 'hoping', 'get', 'could', 'can', 'would', 'will',
]);
const REMEDY_VERBS: ReadonlySet<string> = new Set([...EN_REMEDIES, 'resolve', 'solve', 'fix', 'sort', 'repair', 'refund', 'replace']);
/** How far back a request word or "would" may stand: "would be very grateful", "I'd really like this resolved". */
const REQUEST_REACH = 4;

/**
 * A polite request is not praise: "I would be grateful if you could finally answer", "I would appreciate hearing it",
 * "I'd really like this resolved", "please resolve this". Thanks said for something done ("I appreciate your help",
 * "thanks for resolving it") still count.
 */
export function setAsidePoliteRequests(tokens: readonly Token[], hits: Hit[]): void {
  for (const hit of hits) {
    if (hit.valence <= 0 || hit.negated) continue;
    const polite = POLITE_WORDS.has(hit.word);
    const remedy = REMEDY_VERBS.has(hit.word);
    if (!polite && !remedy) continue;
    const asking = polite ? CONDITIONALS : REQUEST_WORDS;
    for (let k = hit.start - 1; k >= 0 && hit.start - k <= REQUEST_REACH; k--) {
      if (tokens[k].kind === 'punctuation') break;
      if (asking.has(tokens[k].word)) {
        hit.valence = 0;
        hit.evidence = `${hit.evidence} (request)`;
        break;
      }
    }
  }
}

const ADVICE_OPENERS: ReadonlySet<string> = new Set(['is', 'was', 'would', 'will']);
const ADVICE_SUBJECTS: ReadonlySet<string> = new Set(['it', 'that', 'this']);

/**
 * "is it crazy to book a 45 min connection?", "would it be silly to order both sizes?", "is that bad if…": a question
 * about the customer's own plan; the judgement is the one asked for, not one passed on the company.
 */
export function setAsideAdviceQuestions(tokens: readonly Token[], hits: Hit[]): void {
  for (let h = hits.length - 1; h >= 0; h--) {
    const hit = hits[h];
    let k = hit.start - 1;
    while (k >= 0 && ['be', 'a', 'bit', 'too', 'really', 'very', 'so'].includes(tokens[k].word)) k--;
    const asks = ADVICE_SUBJECTS.has(tokens[k]?.word ?? '') && ADVICE_OPENERS.has(tokens[k - 1]?.word ?? '');
    if (asks && ['to', 'if'].includes(tokens[hit.end]?.word ?? '') && sentenceAsks(tokens, hit.end)) hits.splice(h, 1);
  }
}

const DISMISSALS: ReadonlySet<string> = new Set(['whatever']);
/** A shrug at the company: "whatever, just cancel it". */
const DISMISSAL_VALENCE = -1.5;

/**
 * "whatever, just cancel it", "Whatever.": a shrug standing as a clause of its own at the head of a sentence gives up on
 * the company (a feeling). Not "whatever works for you", where it opens a clause.
 */
export function dismissals(tokens: readonly Token[]): Hit[] {
  const found: Hit[] = [];
  tokens.forEach((token, at) => {
    if (!DISMISSALS.has(token.word) || tokens[at + 1]?.kind !== 'punctuation') return;
    if (at > 0 && !endsSentence(tokens[at - 1])) return;
    found.push({ start: at, end: at + 1, valence: DISMISSAL_VALENCE, report: false, word: '', negated: false, evidence: token.raw });
  });
  return found;
}

/** What a customer says of their own skill: "I'm not very good with computers", "I'm terrible at choosing gifts". */
const SKILL_WORDS: ReadonlySet<string> = new Set([
  'good', 'great', 'bad', 'terrible', 'awful', 'hopeless', 'useless', 'rubbish', 'clueless', 'crap', 'pants', 'dreadful',
]);
const SELF_SUBJECTS: ReadonlySet<string> = new Set(["i'm", 'im', 'am', "i've", 'was']);
/** Words between the subject and the skill word: "I'm honestly not very good with…", "I'm just so bad at…". */
const SELF_REACH = 4;
const SELF_FILLERS: ReadonlySet<string> = new Set([
  'not', 'very', 'really', 'so', 'too', 'just', 'quite', 'pretty', 'honestly', 'totally', 'completely', 'always',
  'been', 'a', 'bit', 'never', 'that', 'the', 'most', 'absolutely',
]);
/** "my bad": the customer's own slip, owned ("My bad, I put the wrong flat number"). */
const OWN_SLIPS: ReadonlySet<string> = new Set(['bad', 'mistake', 'fault', 'error']);
/** "I accidentally chose express", "we mistakenly ordered two": the customer's own slip, told to have it undone. */
const ACCIDENTS: ReadonlySet<string> = new Set(['accidentally', 'accidently', 'mistakenly', 'inadvertently']);

/**
 * "I'm not very good with computers, so simple steps please", "I'm terrible at choosing gifts", "my bad, wrong flat
 * number", "I accidentally chose express": the customer judging their own skill or owning a slip says nothing of the
 * company or of how they feel about it. Judged only with "at" or "with" after it ("I'm fed up with…" and "I'm not happy with…" use other words). "I hate
 * to be a pain, but…", "I'd hate to miss the sale": a courtesy before a request, not a feeling about the company.
 */
export function setAsideSelfAssessments(tokens: readonly Token[], hits: Hit[]): void {
  const aside = new Set<Hit>();
  for (const hit of hits) {
    const next = tokens[hit.end]?.word;
    const skill = SKILL_WORDS.has(hit.word) && (next === 'at' || next === 'with') && saidOfSelf(tokens, hit.start);
    const ownSlip = OWN_SLIPS.has(hit.word) && tokens[hit.start - 1]?.word === 'my' && (hit.start === 1 || endsSentence(tokens[hit.start - 2]));
    const byAccident = (hit.word === 'accident' || hit.word === 'mistake') && tokens[hit.start - 1]?.word === 'by' && ownClause(tokens, hit.start);
    const slip = ownSlip || byAccident || (ACCIDENTS.has(hit.word) && ['i', 'we'].includes(tokens[hit.start - 1]?.word ?? ''));
    const courtesy = hit.word === 'hate' && next === 'to' && ['i', "i'd", 'would'].includes(tokens[hit.start - 1]?.word ?? '');
    if (skill || slip || courtesy) aside.add(hit);
    // What the slip did is the customer's own doing: "I left a bad review by accident", "I accidentally ordered the
    // wrong size".
    if (slip && !ownSlip) for (const other of hits) if (inSameClause(tokens, hit.start, other.start)) aside.add(other);
    // What the courtesy goes on to say is part of it: "hate to be a pain", "hate to miss the sale".
    if (courtesy) courtesyAfter(tokens, hits, hit.end, aside);
  }
  for (let h = hits.length - 1; h >= 0; h--) if (aside.has(hits[h])) hits.splice(h, 1);
  weighApologies(tokens, hits);
}

/**
 * "sorry to bother you again, any update?", "sorry for spamming, it went through fine": the customer apologises for
 * imposing, which says nothing against the company when nothing else in the message does. In a message that
 * complains too ("sorry to bother you again but it's been three weeks"), the apology is part of the chase and counts.
 */
function weighApologies(tokens: readonly Token[], hits: Hit[]): void {
  const apologised = new Set<Hit>();
  tokens.forEach((token, k) => {
    if (token.word !== 'sorry' || !['to', 'for'].includes(tokens[k + 1]?.word ?? '')) return;
    for (const after of hits) {
      if (IMPOSITIONS.has(after.word) && after.start > k + 1 && after.start <= k + 1 + COURTESY_REACH && !clauseEndsBetween(tokens, k, after.start)) apologised.add(after);
    }
  });
  if (apologised.size === 0 || hits.some((h) => h.valence < 0 && !apologised.has(h))) return;
  for (let h = hits.length - 1; h >= 0; h--) if (apologised.has(hits[h])) hits.splice(h, 1);
}

/** What a customer apologises for imposing: "sorry to bother you", "sorry for spamming", "sorry to be a pain". */
const IMPOSITIONS: ReadonlySet<string> = new Set([
  'bother', 'bothering', 'trouble', 'pain', 'spamming', 'spam', 'hassle', 'nuisance', 'disturb', 'disturbing', 'pest',
  'inconvenience', 'annoy', 'annoying', 'nag', 'nagging', 'pester', 'pestering',
]);

/** Sets aside the hits a courtesy goes on to say, up to COURTESY_REACH words after `from`, in its clause. */
function courtesyAfter(tokens: readonly Token[], hits: readonly Hit[], from: number, aside: Set<Hit>): void {
  for (const after of hits) {
    if (after.start >= from && after.start <= from + COURTESY_REACH && !clauseEndsBetween(tokens, from, after.start)) aside.add(after);
  }
}

/** Words that end a clause besides punctuation: "I accidentally ordered two and the app crashed". */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['and', 'but', 'however', 'then', 'because', 'so']);

const OWN_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', "i've", "we've", "i'd"]);
const OTHER_SUBJECTS: ReadonlySet<string> = new Set(['you', 'u', 'your', 'they', 'he', 'she', 'driver', 'courier', 'someone']);

/** Whether the clause around `at` is the customer's own doing: "I left a bad review by accident", not "you sent it by mistake". */
function ownClause(tokens: readonly Token[], at: number): boolean {
  let start = at;
  while (start > 0 && inSameClause(tokens, start - 1, at)) start--;
  const words = tokens.slice(start, at).map((t) => t.word);
  return words.some((w) => OWN_SUBJECTS.has(w)) && !words.some((w) => OTHER_SUBJECTS.has(w));
}

function inSameClause(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = Math.min(a, b); k < Math.max(a, b); k++) if (tokens[k].kind === 'punctuation' || CLAUSE_BREAKS.has(tokens[k].word)) return false;
  return true;
}

/** Who offers to wait: "I can wait", "we're happy to wait", "I don't mind waiting". Not "I can't wait any longer". */
const OFFERS_TO_WAIT: readonly string[][] = [
  'can wait', 'could wait', 'happy to wait', 'willing to wait', 'fine to wait', 'ok to wait', 'okay to wait',
  "don't mind waiting", "don't mind to wait", 'no problem waiting', 'able to wait',
].map((offer) => offer.split(' '));

/**
 * "It's no bother, I can wait a few more days", "happy to wait another week for the blue one": a wait the customer
 * offers is patience, not a complaint: the durations and waits in its clause count nothing.
 */
export function setAsideOfferedWaits(tokens: readonly Token[], hits: Hit[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const offer = OFFERS_TO_WAIT.find((words) => words.every((w, j) => tokens[k + j]?.word === w));
    if (!offer) continue;
    for (let h = hits.length - 1; h >= 0; h--) {
      if (hits[h].report && hits[h].start >= k && inSameClause(tokens, k, hits[h].start)) hits.splice(h, 1);
    }
  }
}

/**
 * "cruelty free", "hassle-free returns", "stress free": a bad thing followed by "free" is its absence, a property
 * of the product, not a fault or a feeling.
 */
export function setAsideFreeOf(tokens: readonly Token[], hits: Hit[]): void {
  for (let h = hits.length - 1; h >= 0; h--) {
    if (hits[h].valence < 0 && !hits[h].negated && tokens[hits[h].end]?.word === 'free') hits.splice(h, 1);
  }
}

/** Words after "hate to" that still tell the courtesy: "to be a pain", "to bother you again". */
const COURTESY_REACH = 4;

function clauseEndsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].kind === 'punctuation') return true;
  return false;
}

/** Whether "I'm" / "I am" / "I was" / "I've been" stands just before `at`, with only degree words and "not" between. */
function saidOfSelf(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 1 - SELF_REACH); k--) {
    const word = tokens[k].word;
    if (SELF_SUBJECTS.has(word)) return word === "i'm" || word === 'im' || word === "i've" || tokens[k - 1]?.word === 'i';
    if (!SELF_FILLERS.has(word)) return false;
  }
  return false;
}

const RESIGNED_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'you', 'that']);
const RESIGNED_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'did', 'does', 'has', 'are', 'were', 'do', 'have']);
/** A resigned shrug as a report: the failure told before it was the one expected. */
const RESIGNED_VALENCE = -1.5;

/**
 * "app down on payday. of course it is", "now it's lost. of course": "of course" closing the message after something
 * went wrong is resignation. Not "of course it is free, right?" (a question) nor "yes of course" (an agreement with no
 * failure before it).
 */
export function resignedTail(tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].kind === 'punctuation') end--;
  if (end < tokens.length && tokens.slice(end).some((t) => t.word.includes('?'))) return [];
  let start = end - 2;
  if (RESIGNED_VERBS.has(tokens[end - 1]?.word ?? '') && RESIGNED_SUBJECTS.has(tokens[end - 2]?.word ?? '')) start = end - 4;
  if (start < 1 || tokens[start]?.word !== 'of' || tokens[start + 1]?.word !== 'course') return [];
  if (!endsSentence(tokens[start - 1])) return [];
  if (!hits.some((h) => h.valence < 0 && h.start < start)) return [];
  return [{ start, end, valence: RESIGNED_VALENCE, report: true, word: '', negated: false, evidence: rawSpan(tokens, start, end) }];
}
