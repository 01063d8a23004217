import { endsSentence, isWhyPut, type Hit, type Token } from './sentiment-en-tokens';

/**
 * How a customer asks the store for something, and what that does to the words of the question. A question about the
 * store's process names its topics ("how do I make a complaint", "will I be charged a fee", "is there a dead pixel
 * policy?"): those are what is asked about, not displeasure. And a fault reported calmly with a request for help
 * ("my parcel hasn't arrived yet, can you check?", "the seal was broken, is that normal?") is a problem to solve, not a
 * customer upset: its report counts CALM_REPORT_FACTOR of itself. "Why…?" and rhetorical questions ("how does that even
 * happen") keep reproaching; feelings, repeats, "???" and shouting keep a message from being calm.
 */

/** What a calmly reported fault counts when the customer asks for help with it… */
export const CALM_REPORT_FACTOR = 0.25;
/**
 * …and at most, all its faults together (a raw sum; the label's mark, -0.2, is about -0.8): a calm report is mildly
 * negative at most, however many faults it lists ("box crushed and the lamp broken, can I get a replacement?").
 */
export const CALM_REPORT_FLOOR = -0.6;

/**
 * How many words a message that hands a fault over or plays it down may have: a chat message. A review or a long
 * thread says "fyi" or "no big deal" of one point among many.
 */
const CHAT_MAX_WORDS = 40;

/** Words before the question itself: greetings, fillers ("hi, so can I…", "ok and if it doesn't fit can I swap it"). */
const LEAD_WORDS: ReadonlySet<string> = new Set([
  'hi', 'hey', 'hello', 'hiya', 'yo', 'ok', 'okay', 'ok', 'so', 'and', 'also', 'um', 'umm', 'dear', 'sir', 'madam', 'mate',
  'please', 'pls', 'just', 'quick', 'question', 'btw', 'oh', 'well', 'then', 'team', 'there', 'guys', 'all', 'sorry',
]);
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will', 'may', 'might', 'should', 'shall']);
/** Who a request by modal is about: "can you check", "will I be charged", "could someone look". */
const REQUEST_SUBJECTS: ReadonlySet<string> = new Set(['you', 'u', 'i', 'we', 'someone', 'somebody', 'anyone', 'they', 'it']);
const WH_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'where', 'who', 'when', 'which', 'whom']);
/** "how long", "how much", "what else": a second word of the question word. */
const WH_SECOND: ReadonlySet<string> = new Set(['long', 'much', 'many', 'else', 'exactly', 'often', 'soon']);
const WH_AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'can', 'could', 'should', 'will', 'would', 'is', 'are', 'shall']);
/** "what I need to do", "how we can return it". */
const STEP_VERBS: ReadonlySet<string> = new Set(['need', 'should', 'can', 'must', 'have', 'do']);
/** After "how do", "where can": whose process it is ("how do I", "where can we", "what does the warranty cover"). */
const WH_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'my', 'the', 'a', 'an', 'one']);
/** "what's the process", "where's the form", "whats the fee": the contracted question word and its topic. */
const WH_CONTRACTED: ReadonlySet<string> = new Set(["what's", 'whats', "where's", 'wheres', "how's", "when's", "who's"]);
/** Yes/no questions about the store's rules: "is there a fee", "is that normal?", "do you price match", "has my…". */
const YES_NO: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['is', new Set(['there', 'it', 'that', 'my', 'the', 'your', 'this'])],
  ['are', new Set(['there', 'my', 'your', 'the', 'these'])],
  ['do', new Set(['you', 'i', 'u'])],
  ['does', new Set(['it', 'the', 'my', 'this', 'that', 'your'])],
  ['did', new Set(['my', 'the', 'it'])],
  ['was', new Set(['my', 'the', 'it', 'that', 'there'])],
  ['has', new Set(['my', 'the', 'it'])],
  ['have', new Set(['i'])],
  // "am I entitled to compensation?", "am I able to change it?"
  ['am', new Set(['i'])],
  ['any', new Set(['ideas', 'idea', 'advice', 'tips', 'update', 'news', 'chance', 'way'])],
]);
/** "I just want to know the reference number", "I'd like to know", "wondering if…". */
const KNOW_VERBS: ReadonlySet<string> = new Set(['know', 'check', 'ask', 'confirm', 'report', 'flag', 'mention']);
/**
 * Formulas that put a fault to the store to act on, with no question: "let me know what you need", "just checking it
 * was processed", "just letting you know", "photos attached".
 */
const TELLING_FORMULAS: readonly string[][] = [
  'let me know', 'let us know', 'just checking', 'letting you know', 'you should know', 'heads up', 'fyi', 'attached',
  // Doing what support asked: "I sent the photos you asked for", "as requested", "I was told to DM you".
  'you asked for', 'as requested', 'as you asked', 'told to dm', 'told to message', 'told to contact', 'told to email',
  'asked me to send',
].map((formula) => formula.split(' '));
/**
 * Formulas that play a fault down: "not a huge deal, but I thought you should know", "no rush", "I know it's a busy
 * time". With one, a feeling named along the way ("the driver was rude") does not keep the message from being calm.
 */
const DOWNPLAYING: readonly string[][] = [
  'not a big deal', 'not a huge deal', 'not a major', 'no big deal', 'no biggie', 'no rush', 'no hurry', 'not urgent',
  'no worries', "it's a busy time", 'busy time of year', "i'm fine now", 'no harm done',
].map((formula) => formula.split(' '));
/** Anger named in so many words, which no formula plays down. */
const ANGER_NAMED = /^(?:so |really |absolutely |bloody |fucking )?(?:furious|livid|fuming|outraged|disgusted|appalled|seething|raging|pissed(?: off)?|angry|enraged|incensed|infuriated|irate)\b/;
const KNOW_WANTS: ReadonlySet<string> = new Set(['want', 'like', 'need', 'wanted', 'wanna']);
/** Words that make a question rhetorical: "how does that even happen", "can you seriously not…". */
const RHETORIC: ReadonlySet<string> = new Set(['even', 'seriously', 'honestly', 'supposed']);
/**
 * A fault told as a guess is put to the store to check, as a question is: "I think I was charged twice", "looks like
 * the seal was broken", "the VAT number might be wrong".
 */
const HEDGES: ReadonlySet<string> = new Set(['think', 'believe', 'guess', 'seems', 'might', 'maybe', 'perhaps']);
const POLITE: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'kindly']);

/**
 * The topics of the store's process that a question about it names: a complaint, a return, a refund, a fee, an expiry,
 * a cancellation, a charge. Asked about, they are the question; told, they are a report (EN_SITUATION).
 */
const PROCESS_TOPICS: ReadonlySet<string> = new Set([
  'complaint', 'complaints', 'complain', 'reclamation', 'grievance', 'returning', 'returned', 'returning it', 'returned it',
  'send it back', 'sending it back', 'sent it back', 'have to return', 'expired', 'expire', 'expires', 'cancelled',
  'canceled', 'cancel', 'dead', 'charged', 'fee', 'fees', 'penalty', 'doubt',
]);

/**
 * Words of a question about what the store's rules cover: "does the warranty cover accidental damage?", "is the
 * damaged-item form the same as the return form?", "what is your policy on damaged items?". In such a question every
 * fault it names is what is asked about.
 */
const POLICY_WORDS: ReadonlySet<string> = new Set([
  'cover', 'covers', 'covered', 'policy', 'policies', 'warranty', 'guarantee', 'insurance', 'eligible', 'qualify',
  'qualifies', 'count', 'counts', 'same', 'form', 'forms', 'include', 'includes', 'included', 'allowed', 'apply',
  'applies', 'options',
]);
/** "how do I complain about rude staff", "where can I report a broken link": what the complaint is about is its topic. */
const COMPLAINING: ReadonlySet<string> = new Set(['complain', 'complaint', 'report', 'escalate', 'feedback', 'review']);

/** A sentence: its tokens from start (inclusive) to end (exclusive), and whether it ends with a question mark. */
interface Sentence {
  start: number;
  end: number;
  questionMark: boolean;
}

function sentencesOf(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let end = 0; end <= tokens.length; end++) {
    if (end < tokens.length && !endsSentence(tokens[end])) continue;
    if (end > start) sentences.push({ start, end, questionMark: end < tokens.length && tokens[end].word.includes('?') });
    start = end + 1;
  }
  return sentences;
}

/** Whether a clause starting at `at` opens as a question or request to the store ("can you…", "how do I…"). */
function opensQuestion(tokens: readonly Token[], at: number, end: number): boolean {
  let k = at;
  while (k < end && (LEAD_WORDS.has(tokens[k].word) || tokens[k].word === ',')) k++;
  const first = tokens[k]?.word ?? '';
  const second = k + 1 < end ? tokens[k + 1].word : '';
  if (MODALS.has(first)) return REQUEST_SUBJECTS.has(second);
  if (WH_CONTRACTED.has(first)) return second === 'the' || second === 'my';
  if (WH_WORDS.has(first)) {
    // "how?", "what now?", "what happens next": the question word alone, or asking for the next step. Not "what
    // happened" (which may reproach) nor "what happens if…" (a rule asked about; what is told before it counts).
    const third = k + 2 < end ? tokens[k + 2].word : '';
    const nextStep = second === 'next' || (second === 'happens' && (third === '' || third === 'now' || third === 'next'));
    if (k + 1 === end || (k + 2 === end && second === 'now') || nextStep) return true;
    // "what I need to do?", "how I can return it": the question put without its auxiliary (non-native English).
    if ((second === 'i' || second === 'we') && k + 2 < end && STEP_VERBS.has(tokens[k + 2].word)) return true;
    const aux = WH_SECOND.has(second) ? k + 2 : k + 1;
    return aux + 1 < end && WH_AUXILIARIES.has(tokens[aux].word) && WH_SUBJECTS.has(tokens[aux + 1].word);
  }
  const yesNo = YES_NO.get(first);
  if (yesNo) return yesNo.has(second);
  // "i just want to know", "i'd like to check", "wondering if"
  for (let j = k; j < Math.min(end, k + 4); j++) {
    if (tokens[j].word === 'wondering') return true;
    if (KNOW_WANTS.has(tokens[j].word) && tokens[j + 1]?.word === 'to' && KNOW_VERBS.has(tokens[j + 2]?.word ?? '')) return true;
  }
  return false;
}

/**
 * Whether the sentence asks the store: a question's opening at the head of any of its clauses, or inside one
 * ("the item came damaged what do i do", "it's still under warranty — what do I need to send you?"); none of it
 * rhetorical ("why", "even").
 */
function asksTheStore(tokens: readonly Token[], sentence: Sentence): boolean {
  const words = tokens.slice(sentence.start, sentence.end);
  if (words.some((t, k) => isWhyPut(words, k) || RHETORIC.has(t.word))) return false;
  // "Any estimate?", "any news on the replacement?"
  if (sentence.questionMark && words.some((t, k) => t.word === 'any' && (k === 0 || LEAD_WORDS.has(words[k - 1].word) || words[k - 1].word === ','))) return true;
  for (let k = sentence.start; k < sentence.end; k++) {
    const head = k === sentence.start || tokens[k - 1].kind === 'punctuation';
    if (head ? opensQuestion(tokens, k, sentence.end) : opensQuestionAt(tokens, k, sentence.end)) return true;
  }
  return false;
}

/** A question's opening right at `k`, with no lead words before it (inside a clause). */
function opensQuestionAt(tokens: readonly Token[], k: number, end: number): boolean {
  const first = tokens[k].word;
  // Not "is" or "any": "my only complaint is that…" states.
  if (!MODALS.has(first) && !WH_WORDS.has(first) && !WH_CONTRACTED.has(first)) return false;
  // "something I can use", "it said it would": a modal after its own subject is no question.
  if (MODALS.has(first) && REQUEST_SUBJECTS.has(tokens[k - 1]?.word ?? '')) return false;
  return opensQuestion(tokens, k, end);
}

/** "I think I was charged twice", "looks like it might be lost": a fault put as a guess. */
function hedged(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => HEDGES.has(t.word) && (!['think', 'believe', 'guess'].includes(t.word) || tokens[k - 1]?.word === 'i'));
}

/**
 * "how do I make a complaint", "is there a restocking fee for returns?", "has my complaint been escalated?", "how long
 * do I have to return an item": in a sentence that asks the store (a question mark, or a question's opening without
 * one), the process it names is the topic; the topic words count nothing. "Why…" keeps them ("why was I charged a
 * fee?").
 */
export function setAsideProcessTopics(tokens: readonly Token[], hits: Hit[]): void {
  for (const sentence of sentencesOf(tokens)) {
    const words = tokens.slice(sentence.start, sentence.end);
    const asks = asksTheStore(tokens, sentence) || (sentence.questionMark && !words.some((_, k) => isWhyPut(words, k)));
    if (!asks) continue;
    // "does the warranty cover accidental damage?": every fault named is the rule's topic.
    const policy = words.some((t) => POLICY_WORDS.has(t.word)) && !words.some((t) => RHETORIC.has(t.word));
    const about = complainedAbout(tokens, sentence);
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits[h];
      if (hit.start < sentence.start || hit.end > sentence.end) continue;
      if (PROCESS_TOPICS.has(hit.word) || (policy && hit.report && hit.valence < 0) || (about >= 0 && hit.start > about && hit.valence < 0)) hits.splice(h, 1);
    }
  }
}

/**
 * Where, in a sentence that asks how to complain ("how do i complain about rude staff", "can I report a broken
 * link?"), the complaint's subject begins: the index of the complaining word, or -1. Only in a sentence that asks the
 * store (not "I want to complain about your rude staff").
 */
function complainedAbout(tokens: readonly Token[], sentence: Sentence): number {
  if (!asksTheStore(tokens, sentence)) return -1;
  for (let k = sentence.start; k < sentence.end; k++) {
    if (COMPLAINING.has(tokens[k].word) && tokens[k - 1]?.word !== 'my') return k;
  }
  return -1;
}

/** Whether the tokens hold one of `formulas` (each a list of words). */
function saysFormula(tokens: readonly Token[], formulas: readonly string[][]): boolean {
  return tokens.some((_, k) => formulas.some((words) => words.every((w, j) => tokens[k + j]?.word === w)));
}

/**
 * "hi, my parcel hasn't arrived yet, can you check?", "the seal was broken. Is that normal?", "Wrong product delivered.
 * Kindly arrange replacement", "I think there's a mistake on my invoice": a fault told with no feeling, in a message that
 * asks the store for help or (in a chat message) puts the fault as a guess, is a problem to solve. In a review, "I think" / "seems" is the shopper's opinion, not a guess handed to the store. Its reports count CALM_REPORT_FACTOR of themselves, CALM_REPORT_FLOOR at most. Not calm: a feeling ("annoying"), a repeat (`repeated`:
 * counted, kept happening, "again", "another"; or shouting), "why", "??", "!". Returns whether the message is such a
 * calm request (whether or not it names a fault).
 */
export function weighCalmRequests(tokens: readonly Token[], hits: Hit[], repeated: boolean): boolean {
  // Played down, a feeling named along the way is part of the calm report ("the driver was rude. Not a huge deal"). A
  // chat message only: in a review, "no big deal" plays down one flaw among others.
  const chat = tokens.filter((t) => t.kind === 'word').length <= CHAT_MAX_WORDS;
  const downplayed = chat && saysFormula(tokens, DOWNPLAYING);
  // Anger named is not played down: "not urgent but honestly I'm furious with you, how do I complain".
  if (repeated || hits.some((h) => h.valence < 0 && ((!h.report && (!downplayed || ANGER_NAMED.test(h.evidence))) || / again$|^another /.test(h.evidence)))) return false;
  if (tokens.some((t, k) => isWhyPut(tokens, k) || (t.kind === 'punctuation' && /\?\?|[!]/.test(t.word)))) return false;
  const asks = tokens.some((t) => POLITE.has(t.word)) || (chat && hedged(tokens)) || (chat && saysFormula(tokens, TELLING_FORMULAS)) ||
    downplayed || sentencesOf(tokens).some((s) => asksTheStore(tokens, s));
  if (!asks) return false;
  // "how do I file a complaint?": asking how to complain is the customer's own word for how they feel, not calm.
  const complaining = tokens.some((t) => COMPLAINT_WORDS.has(t.word));
  const reports = hits.filter((hit) => hit.valence < 0 && (hit.report || downplayed));
  const total = reports.reduce((sum, hit) => sum + hit.valence, 0);
  const factor = total === 0 ? 1 : Math.max(total * CALM_REPORT_FACTOR, CALM_REPORT_FLOOR) / total;
  for (const hit of reports) {
    hit.valence *= factor;
    hit.evidence = `${hit.evidence} (asked calmly)`;
  }
  return !complaining;
}

/** The customer's own word for a grievance: asked about, the topic is set aside, but the request is not calm. */
const COMPLAINT_WORDS: ReadonlySet<string> = new Set([
  'complaint', 'complaints', 'complain', 'complaining', 'reclamation', 'reclamations', 'grievance', 'claim', 'claims',
]);
