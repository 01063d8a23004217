import { execAll } from './patterns';
import { introducesSelf } from './self-introduction';

/**
 * A request for a person read by composition rather than by whole phrases: in one clause, a person word ("human",
 * "agent", "supervisor", "someone real", "live support"; 人工, 真人, 客服, 专人, 经理) together with a cue that asks for
 * one now ("want", "need", "can a … help", "is a … available", "please"; 要, 找, 让…联系我, 在吗), and none of the
 * readings that only mention a person:
 * - the person is described, not asked for: "delivery agent", "account manager", "human-readable", "another person",
 *   人工智能, 人工费;
 * - the person did something: "the agent said", "my manager asked me", 客服说, 经理让我买的;
 * - the customer asks what Baton is: "are you a real person?", 你是真人吗 (answered honestly by small talk, which
 *   offers a person; see agent-request.ts);
 * - questions about reaching support later, by phone, at what hours (agent-request.ts keeps those apart).
 * The phrase patterns of agent-request.ts catch the common wordings with their exact evidence; this reading catches
 * the long tail of word orders they do not list ("any humans here?", "can a real person help me", "hook me up with an
 * agent", 能不能让客服跟我聊), without a pattern per wording. Both run; either one is a request.
 */

// --- English -------------------------------------------------------------------------------------------------------

/** Words that name a person who could take the conversation on their own. */
const EN_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'human', 'humans', 'person', 'agent', 'agents', 'representative', 'representatives', 'rep', 'reps', 'operator',
  'operators', 'supervisor', 'supervisors', 'manager', 'managers', 'staff', 'employee', 'employees', 'advisor',
  'adviser', 'specialist', 'attendant', 'attendants', 'associate', 'colleague', 'manger', 'supervisr', 'represntative', 'representive',
  // Indian and Nigerian English: "customer care executive", "one of your staffs"; "a CSR" (customer service representative).
  'executive', 'executives', 'staffs', 'csr', 'csrs',
]);
/** Misspelt "representative" ("represenative", "reprensentative"): any long word that starts like it. */
const EN_REPRESENTATIVE_TYPO = /^repr?e?s[a-z]{5,}$/;
/**
 * "no more bots", "enough with the bot", "tired of talking to a robot", "skip the bot": the bot refused is a person
 * asked for.
 */
const EN_BOT_REFUSED =
  /\b(?:skip(?:ping)?(?: the| this| your)?|bypass(?: the| this| your)?|get (?:me )?(?:past|around)(?: the| this| your)?|no more|enough (?:with|of)(?: the| this| your)?|stop(?: the| this| with the)?|done with(?: the| this| your)?|sick of(?: the| this| your)?|tired of(?: the| this| talking to(?: a| the| this)?)?)\s(?:bots?|robots?|chat ?bots?|machines?|automated (?:replies|answers|messages|system))\b/;
/** "no bots please", "not another robot": the bot refused as the whole of the clause. */
const EN_BOT_REFUSED_ALONE = /^(?:no|not an?|not another|not the)\s(?:more\s)?(?:bots?|robots?|chat ?bots?|ai|machines?)(?:\s(?:please|pls|plz|thanks))?$/;
/** "I don't want the automatic replies", "dont need a chatbot": the bot declined, as the whole of what is said of it. */
const EN_BOT_DECLINED =
  /\b(?:don't|do not|dont) (?:want|need)(?: to (?:talk|chat|speak|deal) (?:to|with))?(?: the| this| your| any| more| a| an)? (?:bots?|chat ?bots?|robots?|automat(?:ed|ic) (?:replies|answers|responses))(?: (?:any ?more|please|pls|thanks))?$/;
/** "someone instead of a bot", "a person rather than a machine": the bot set aside for a person. */
const EN_INSTEAD_OF_BOT =
  /\b(?:instead of|rather than|other than|not|isn't|aren't)(?: talking to| chatting with| dealing with| speaking to| with| to)?(?: a| the| this| your| some)? (?:bots?|robots?|chat ?bots?|machines?|ai|automated (?:replies|answers|system))\b/;
/** The bot set aside in a clause of its own, after the person asked for: "i want a clerk of the store, not a robot". */
const EN_BOT_SET_ASIDE_ALONE =
  /^(?:and )?(?:not|rather than|instead of)(?: talking to| chatting with| dealing with| speaking to| with| to)?(?: a| the| this| your| some)? (?:bots?|robots?|chat ?bots?|machines?|ai|computers?)(?: please| pls| thanks)?$/;
/** After the bot set aside, what it did: "the clerk, not the machine, printed it wrong" tells, it does not ask. */
const EN_BOT_DID =
  /\b(?:bots?|robots?|machines?|ai|computers?) (?:[a-z]{2,}ed|did|made|gave|sent|put|got|took|sold|said|told|was|were)\b/;

/** "anybody there who isn't a bot", "someone that is not a robot": a person, by what they are not. */
const EN_NOT_A_BOT =
  /\b(?:some|any)\s?(?:one|body)\s(?:[a-z']{1,12}\s){0,3}(?:who|that)\s(?:isn't|is not|'s not|is n't|aren't)\s(?:a\s)?(?:bot|robot|machine|chatbot|computer)\b/;
/**
 * Someone of any name to talk with, in place of the bot or made real: "is there a carbon-based lifeform I can chat with
 * instead", "got a warm body I could talk to instead", "is there a real live breathing soul I can speak to". The noun is
 * the customer's joke or flourish; talking to it "instead", or its being real, is what asks. Not a channel ("is there a
 * number I can call instead", "an app I can chat on instead": EN_CHANNEL_NOUN).
 */
const EN_BEING_TO_TALK_TO =
  /\b(?:is there|are there|do you have|have you got|you got|got|can i (?:get|have)|could i (?:get|have)|any chance of)\s(?:a|an|any|some)\s((?:[a-z-]{1,24}\s){1,3})(?:(?:that|who|whom)\s)?(?:i|we)\s(?:can|could|may|might)\s(?:chat|talk|speak)\s(?:to|with)(?:\s(?:them|it))?\s(?:instead|rather)\b/;
const EN_REAL_BEING_TO_TALK_TO =
  /\b(?:a|an|any|some)\s(?:real|actual|living|breathing|flesh and blood|flesh-and-blood|warm-blooded)\s((?:[a-z-]{1,24}\s){1,3})(?:(?:that|who|whom)\s)?(?:i|we)\s(?:can|could|may|might)\s(?:chat|talk|speak)\b/;
/** What is talked through, not to: a channel named in place of a being. */
const EN_CHANNEL_NOUN = /\b(?:number|line|app|website|site|e-?mail|address|chat|chats|forum|group|page|bot|chatbot|robot|ai|channel|portal|form|whatsapp|phone)\s$/;
/**
 * Someone of any name there to talk to, asked for plainly: "is there a nice young man or woman I could speak to",
 * "do you have a lady I can talk with please". Without "instead" or "real", only a being counts: not a channel
 * (EN_CHANNEL_NOUN), nor when or how ("is there a time I can speak to someone", "a way I could chat with you").
 */
const EN_ANY_BEING_TO_TALK_TO =
  /\b(?:is there|are there|do you have|have you got|can i (?:get|have)|could i (?:get|have)|any chance of)\s(?:a|an|any|some)\s((?:[a-z-]{1,24}\s){1,5})(?:(?:that|who|whom)\s)?(?:i|we)\s(?:can|could|may|might)\s(?:speak|talk|chat)\s(?:to|with)\b/;
/** "could I speak to a lady or gentleman", "talk to a nice young man": a person named by who they are, to talk with now. */
const EN_TALK_TO_A_LADY =
  /\b(?:speak|talk|chat)\s(?:to|with)\s(?:a|an|one of your)\s(?:(?:nice|kind|young|real|actual|friendly)\s){0,2}(?:lady|ladies|gentleman|gentlemen|man|woman|girl|guy|fellow|chap)\b/;
const EN_NOT_A_BEING =
  /\b(?:way|ways|time|times|place|day|days|hour|hours|option|options|chance|method|link|button|number|line|app|website|site|e-?mail|address|chat|forum|group|page|bot|chatbot|robot|ai|channel|portal|form|whatsapp|phone|department|language|reason|problem|issue|question|thing|product|order|item|topic)\s/;

/** A being of any name asked for to talk with instead of the bot, or made real (see EN_BEING_TO_TALK_TO). */
function beingToTalkTo(clause: string): boolean {
  for (const reading of [EN_BEING_TO_TALK_TO, EN_REAL_BEING_TO_TALK_TO]) {
    const match = reading.exec(clause);
    if (match && !EN_CHANNEL_NOUN.test(match[1])) return true;
  }
  const plain = EN_ANY_BEING_TO_TALK_TO.exec(clause);
  if (plain && !EN_NOT_A_BEING.test(plain[1])) return true;
  if (EN_TALK_TO_A_LADY.test(clause)) return true;
  return false;
}

/**
 * People of the shop who count only with the bot set aside ("a clerk of the store, not a robot", "staff not robots"):
 * on their own they are often the customer's ("our workers need uniforms").
 */
const EN_PEOPLE_NOT_BOTS: ReadonlySet<string> = new Set([
  'worker', 'workers', 'clerk', 'clerks', 'salesperson', 'shopkeeper', 'boss', 'superior', 'senior', 'people',
]);

/** "someone", "anybody": a person only when made real ("someone real", "a real someone") or asked to contact the customer. */
const EN_ANYONE: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody', 'somone', 'some1']);
const EN_REAL: ReadonlySet<string> = new Set(['real', 'live', 'actual', 'human', 'physical', 'flesh']);
/** After "someone": rank ("someone senior", "somebody more senior", "someone higher up", "someone above you"). */
const EN_SENIOR_AFTER = /^(?:(?:more )?senior(?! (?:citizens?|discounts?|rates?|cards?))|higher up|higher-up|above (?:you|them|that)|in authority)\b/;
/** Two words that name live help: "live support", "live chat", "customer service". */
const EN_DESKS: readonly string[] = [
  'live support', 'live help', 'live chat', 'live assistance', 'human support', 'human help', 'human assistance',
  'customer service', 'customer support', 'customer care', 'real support', 'personal assistance',
];

/** What the customer wants, now. Any one of them, anywhere in the clause, with a person word. */
const EN_ASKING: ReadonlySet<string> = new Set([
  'want', 'wanna', 'need', 'needs', 'like', 'prefer', 'rather', 'demand', 'insist', 'request', 'requesting', 'get',
  'give', 'let', 'can', 'could', 'may', 'transfer', 'connect', 'put', 'hook', 'escalate', 'talk', 'speak', 'chat',
  'please', 'pls', 'plz', 'now', 'asap', 'available', 'around', 'here', 'there', 'online', 'find', 'bring',
  'fetch', 'reach', 'contact', 'switch', 'pass', 'hand', 'gimme', 'required', 'needed',
]);
/** A person acting on the customer's case: "a human look at this", "have a manager call me". */
const EN_ACT_FOR_ME = /\b(?:call|ring|phone|contact|email|text|reach|help|assist|look|check|review|handle|get back to|take)\s(?:me|us|at|into|my|this|over)\b/;
/** "someone" contacting the customer ("have someone call me"): bare "someone" helping is anyone ("can someone help me"). */
const EN_CONTACTS_ME = /\b(?:call|ring|phone|contact|email|reach|get back to|reach out to)\s(?:me|us)\b/;
/** "someone to pick up the phone", "somebody to answer a call": the customer wants to be spoken with now. */
const EN_PICKS_UP = /\b(?:pick up|answer) (?:the|a|my|your) (?:phone|call)\b/;
/** Whether the words after "someone" ask them to contact the customer (EN_CONTACTS_ME, EN_PICKS_UP, a few words on). */
function contactsMe(words: readonly string[], at: number): boolean {
  return EN_CONTACTS_ME.test(words.slice(at + 1, at + 5).join(' ')) || EN_PICKS_UP.test(words.slice(at + 1, at + 6).join(' '));
}
/** The request refused: "I don't want to talk to an agent", "no need for a human". */
const EN_REFUSED = /\b(?:don't|do not|dont|doesn't|no need|not necessary|never mind|without|no)\s(?:[a-z']{1,16}\s){0,3}(?:want|need|talk|speak|chat|for|to|a|an|human|agent|person)\b/;

/** Words before a person word that describe which person: a mention ("the delivery agent"), not a request. */
const EN_DESCRIBED_BY: ReadonlySet<string> = new Set([
  'delivery', 'courier', 'shipping', 'account', 'sales', 'travel', 'estate', 'insurance', 'booking', 'another', 'other',
  'third', 'each', 'per', 'every', 'that', 'this', 'my', 'his', 'her', 'their', 'our', 'store', 'warehouse', 'branch',
  'nice', 'kind', 'rude', 'last', 'previous', 'same', 'first', 'average', 'normal', 'tall', 'short', 'young', 'old',
  'dead', 'fictional', 'famous', 'one', 'in', 'like', 'poor', 'bad', 'terrible', 'awful', 'great', 'good', 'excellent',
  'helpful', 'friendly', 'bank',
]);

/**
 * Someone's own person, in the same noun phrase: "our purchasing agent", "my line manager", "I'm the human resources
 * manager", "as the office manager". The customer says who they are or who acts for them; they do not ask for one of
 * the shop's people. A determiner opens a phrase of its own ("my order needs a human": the human is not the order's),
 * unless it follows "I'm" or "as"; a verb or preposition ends the phrase.
 */
const EN_POSSESSIVE: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their']);
const EN_SELF: ReadonlySet<string> = new Set(["i'm", 'im', 'am', "we're", 'as']);
const EN_DETERMINER: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const EN_PHRASE_ENDS: ReadonlySet<string> = new Set([
  'to', 'with', 'for', 'from', 'on', 'at', 'by', 'of', 'about', 'me', 'us', 'and', 'or', 'but', 'if', 'is', 'are', 'i', 'you',
]);
/** "as soon as a person is free": "as" that compares, not "as the manager". */
const EN_COMPARING: ReadonlySet<string> = new Set(['soon', 'long', 'far', 'much', 'well', 'quickly', 'fast']);
const EN_OWNER_REACH = 4;
/** "for 20 staff", "two agents": people counted are people in general. */
const EN_COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|dozens?|several|many|few)$/;

/** Whether the person word at `at` is someone's own: a possessive, or "I'm a", "as the", opens its noun phrase. */
function ownedPerson(words: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - EN_OWNER_REACH); j--) {
    const word = words[j];
    if (EN_POSSESSIVE.has(word)) return true;
    if (EN_DETERMINER.has(word)) {
      const opener = words[j - 1] ?? '';
      return EN_SELF.has(opener) && !(opener === 'as' && EN_COMPARING.has(words[j - 2] ?? ''));
    }
    if (EN_PHRASE_ENDS.has(word) || EN_ASKING.has(word)) return false;
  }
  return false;
}

/** Words after a person word that make it part of a thing: "staff meeting", "customer service number". */
const EN_THING_AFTER: ReadonlySet<string> = new Set([
  'meeting', 'discount', 'room', 'party', 'number', 'numbers', 'id', 'account', 'portal', 'login', 'code', 'price',
  'rate', 'fee', 'card', 'program', 'programme', 'hours', 'email', 'address', 'phone', 'policy', 'page', 'line',
  // What the staff wear or are given, bought by the customer: "the staff uniform shirts", "team jerseys", "agent gifts".
  'uniform', 'uniforms', 'shirt', 'shirts', 'jerseys', 'jersey', 'hoodies', 'hoodie', 'polos', 'lanyards', 'badges',
  'gift', 'gifts', 'outfits', 'outfit', 'aprons', 'kitchen', 'canteen', 'parking', 'photo', 'handbook', 'training',
  // A way of reaching them the app or the site offers: "is there a live agent option in the app".
  'option', 'options', 'feature', 'button', 'setting', 'settings', 'mode',
]);
const EN_POLITE: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'now', 'asap']);
/** "person" and "someone" are anyone: asked for only with a verb that wants one ("need a person", "person please"). */
const EN_GENERIC: ReadonlySet<string> = new Set(['person', 'someone', 'somebody', 'anyone', 'anybody', 'somone', 'some1']);
const EN_WANTING: ReadonlySet<string> = new Set([
  'want', 'wanna', 'need', 'talk', 'speak', 'chat', 'transfer', 'connect', 'please', 'pls', 'plz', 'prefer', 'rather',
  'demand', 'insist', 'get', 'give', 'find', 'bring', 'hook', 'put', 'pass', 'hand', 'switch', 'now', 'gimme',
]);
/** Words after "human" that make it an adjective: "human resources", "human rights", "human size". */
const EN_HUMAN_AS_ADJECTIVE: ReadonlySet<string> = new Set([
  'resources', 'rights', 'size', 'sized', 'body', 'error', 'nature', 'hair', 'skin', 'use', 'consumption', 'grade',
  'trafficking', 'readable', 'made', 'powered',
  // A process step a person does, asked about: "is there a human review for warranty claims".
  'review', 'reviews', 'check', 'checks', 'inspection', 'approval', 'verification', 'oversight', 'element',
]);
/** After a person word, what narrates: "the agent said", "my manager asked me", "your rep was rude". */
const EN_NARRATED_AFTER: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'promised', 'promises', 'was', 'were', 'is', 'are', 'did', 'does', 'gave', 'sent',
  'left', 'delivered', 'asked', 'called', 'emailed', 'spoke', 'talked', 'hung', 'refused', 'claimed', 'mentioned',
  'confirmed', 'explained', 'assured', 'had', 'has', 'who', 'that', 'will', "won't", "didn't", "doesn't", 'keeps',
  "who's", "isn't", "wasn't", 'never', 'always',
]);
/** Where a person was: "the staff at the shop", "the agent on the phone". */
const EN_PLACED: ReadonlySet<string> = new Set(['at', 'in', 'from', 'on']);
/** What a placed person did, or failed to do: "couldn't find it", "said it was gone". */
const EN_DID: ReadonlySet<string> = new Set([
  "couldn't", "can't", 'cannot', "wouldn't", "didn't", "wasn't", "weren't", 'lost', 'found', 'refused', 'said', 'told',
  'gave', 'sent', 'left', 'promised', 'was', 'were',
]);
/** In the clause, what narrates the past: "I spoke to a manager yesterday". */
const EN_PAST = /\b(?:spoke|talked|chatted|called|asked|yesterday|last (?:week|time|month)|earlier|before|already|ago|previously)\b/;
/** "will a person check my return?", "does someone sign for it": how things go, asked of the shop, not a request. */
const EN_HOW_IT_GOES =
  /^(?:will|does|do|did)\s(?:a|an|the|some|any|your|ur)?\s?(?:person|human|some\s?one|some\s?body|anyone|anybody|staff|agents?|employees?|people|team)\b|^how long (?:does|do|will|would|should|can|is)\b/;
/** Asks what Baton is, or what the product is for. */
const EN_IDENTITY = /\b(?:are you|r u|is this|you are|you're|ur|am i (?:talking|speaking|chatting))\b|\blike a (?:real )?(?:person|human)\b|\b(?:safe|suitable|fit|fits|enough) for\b|\bhow many\b/;

/**
 * Someone described, as the subject of the clause: "the delivery guy was a real person not a robot lol", "my driver is an
 * actual human". What someone was or is, not whom the customer wants ("the one thing I want is a real person" asks).
 */
const EN_DESCRIBED_SOMEONE =
  /^(?:(?:lol|haha|omg|honestly|btw|and|but|so)\s)?(?:the|my|our|his|her|their|that|your)\s(?:(?!(?:want|wants|wanted|need|needs|needed|ask|asked|like|prefer|only|one|thing)\b)[a-z']{2,14}\s){1,3}(?:was|were|is|are|seemed|seems|felt)\s(?:(?:such|definitely|actually|clearly|obviously|so|really|totally|literally)\s)?(?:a\s|an\s)?(?:real|live|actual|proper|genuine|lovely|nice)\s/;

/** A clause longer than this is a story, not a request: its person words are too far from its verbs to read together. */
const EN_MAX_CLAUSE_WORDS = 16;


export function composedEnglishRequest(normalized: string): string[] {
  const found: string[] = [];
  const clauses = normalized.split(/[.!?;,]+|\s(?:but|and then|so)\s/).map((c) => c.trim());
  clauses.forEach((clause, at) => {
    if (at > 0 && EN_BOT_SET_ASIDE_ALONE.test(clause) && personAsideFromBot(clauses[at - 1]) && !found.includes(clauses[at - 1])) {
      found.push(clauses[at - 1]);
    }
  });
  for (const [at, clause] of clauses.entries()) {
    const words = clause.split(/[^a-z0-9'-]+/).filter(Boolean);
    // "office manager here, …": who writes, not whom they want (self-introduction.ts).
    if (words.length === 0 || words.length > EN_MAX_CLAUSE_WORDS || EN_IDENTITY.test(clause) || EN_PAST.test(clause) || introducesSelf(clauses, at)) continue;
    if (EN_HOW_IT_GOES.test(clause) || EN_DESCRIBED_SOMEONE.test(clause)) continue;
    if (
      EN_BOT_REFUSED.test(clause) || EN_BOT_REFUSED_ALONE.test(clause) || EN_BOT_DECLINED.test(clause) || EN_NOT_A_BOT.test(clause) || beingToTalkTo(clause) ||
      (EN_INSTEAD_OF_BOT.test(clause) && !EN_BOT_DID.test(clause) && personIn(words, clause, true) >= 0)
    ) {
      if (found.includes(clause.trim())) continue;
      found.push(clause.trim());
      continue;
    }
    if (EN_REFUSED.test(clause)) continue;
    const person = personIn(words, clause);
    if (person < 0) continue;
    // "person" and "someone" are wanted before they are named ("need a person"), or politely after ("person please").
    const generic = EN_GENERIC.has(words[person]);
    const cued = (w: string, i: number) =>
      generic ? (i < person && EN_WANTING.has(w)) || (i > person && EN_POLITE.has(w)) : i !== person && EN_ASKING.has(w);
    const asks = words.some(cued) || EN_ACT_FOR_ME.test(clause);
    if (asks) found.push(clause.trim());
  }
  return found;
}

/** A clause naming a person, to be read with the bot set aside in the next one ("a clerk of the store please, not the robot"). */
function personAsideFromBot(clause: string): boolean {
  const words = clause.split(/[^a-z0-9'-]+/).filter(Boolean);
  if (words.length === 0 || words.length > EN_MAX_CLAUSE_WORDS || EN_IDENTITY.test(clause) || EN_PAST.test(clause)) return false;
  return !EN_HOW_IT_GOES.test(clause) && !EN_REFUSED.test(clause) && personIn(words, clause, true) >= 0;
}

/** Verbs that bring the customer to a person: with one of them, "to a colleague" is whom they reach. */
const EN_CONTACTING =
  /\b(?:talk|speak|chat|transfer|connect|pass|hand|put|escalat(?:e|ed|ing)|forward|refer|switch|redirect|writ(?:e|ing)|explain|reach|contact)(?:s|ed|red|ing|ring)?\b/;

/** The customer's matter, passed to a person: "send this to your manager", "I want my complaint to go to a supervisor". */
const EN_MATTER: ReadonlySet<string> = new Set([
  'this', 'that', 'it', 'case', 'complaint', 'issue', 'ticket', 'query', 'problem', 'message', 'chat', 'conversation', 'feedback', 'matter',
]);
/** Verbs that move goods: "deliver it to a colleague" sends the parcel, not the matter. */
const EN_DELIVERING: ReadonlySet<string> = new Set([
  'deliver', 'delivered', 'ship', 'shipped', 'post', 'posted', 'mail', 'mailed', 'buy', 'bought', 'order', 'ordered', 'gift', 'wrap',
]);

/**
 * "send a gift to a colleague", "a present for an employee", "a card for the manager": the person receives a thing
 * from the customer, not the customer's conversation (unless a verb of contacting says so: EN_CONTACTING). What goes
 * to them may be the customer's matter instead ("send this to your manager"): then they are asked for.
 */
function receivesAThing(words: readonly string[], at: number): boolean {
  const opener = EN_DETERMINER.has(words[at - 1] ?? '') || EN_POSSESSIVE.has(words[at - 1] ?? '') || words[at - 1] === 'your' ? at - 2 : at - 1;
  if (words[opener] === 'for') return true;
  if (words[opener] !== 'to') return false;
  const sent = words.slice(Math.max(0, opener - 4), opener);
  return !(sent.some((w) => EN_MATTER.has(w)) && !sent.some((w) => EN_DELIVERING.has(w)));
}

/** The index of the word that names a person asked for, or -1. */
function personIn(words: readonly string[], clause: string, anyoneCounts = false): number {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const before = words[i - 1] ?? '';
    const after = words[i + 1] ?? '';
    if (word.includes('-')) continue; // "human-readable", "agent-based"
    if (EN_DESKS.some((desk) => desk === `${word} ${after}`)) {
      if (EN_DESCRIBED_BY.has(before) || EN_THING_AFTER.has(words[i + 2] ?? '')) continue;
      return i;
    }
    const anyone = EN_ANYONE.has(word);
    // "real people", "live people": people who would answer, not people in general.
    const realPeople = word === 'people' && EN_REAL.has(before);
    const notBot = anyoneCounts && EN_PEOPLE_NOT_BOTS.has(word);
    if (!anyone && !realPeople && !notBot && !EN_PERSON_NOUNS.has(word) && !EN_REPRESENTATIVE_TYPO.test(word)) continue;
    if (EN_DESCRIBED_BY.has(before) || EN_NARRATED_AFTER.has(after) || EN_THING_AFTER.has(after)) continue;
    // "a human agent button": the noun phrase's head decides ("agent", then the thing after it), not its first word.
    if (EN_PERSON_NOUNS.has(after)) continue;
    // "a staff member told me", "a team member said": the noun goes on a word, and what follows it narrates.
    if ((after === 'member' || after === 'members') && EN_NARRATED_AFTER.has(words[i + 2] ?? '')) continue;
    // "the staff at the pickup shop couldn't find it": the person placed somewhere, then what they did.
    if (EN_PLACED.has(after) && words.slice(i + 2, i + 6).some((w) => EN_DID.has(w))) continue;
    if (EN_COUNT.test(before) || ownedPerson(words, i)) continue;
    if (word === 'human' && EN_HUMAN_AS_ADJECTIVE.has(after)) continue;
    if (anyone) {
      // "someone real", "a real someone", "someone to call me": bare "someone" is anyone ("can someone else pick it up").
      // "someone senior", "somebody more senior", "someone higher up": a person by rank, asked for as a real one is.
      const real = EN_REAL.has(after) || EN_REAL.has(before) || EN_SENIOR_AFTER.test(words.slice(i + 1, i + 3).join(' '));
      const actsForMe = contactsMe(words, i);
      if (after === 'else' || (!real && !actsForMe && !anyoneCounts)) continue;
    }
    // "arrange for an executive to call me": the person is asked to contact the customer, not given a thing.
    if (receivesAThing(words, i) && !EN_CONTACTING.test(clause) && !contactsMe(words, i)) continue;
    return i;
  }
  return -1;
}

// --- Chinese -------------------------------------------------------------------------------------------------------

/**
 * Person words; 人工 only where it names a person (not 人工智能, 人工费, 人工审核). "你们的人" (your people), "负责售后的同事"
 * (the colleague who handles after-sales) name the company's staff by what they do; "公司的人" (the company's people) is
 * them too, once "你们" before it is read as filler ("我想直接跟你们公司的人讲"). 小二 / 店小二 is what marketplace shoppers call
 * the shop's staff ("小二呢 出来一下"); not 小二码 (a size).
 */
const ZH_PERSON =
  /(?:能做主|做得了主|作得了主|说了算|管事|能管事|能拍板|拍得了板|有权限|能负责)的人|人工客服|人工服务|人工坐席|真人客服|真人|活人|客服人员|客服专员|专人|专员|客服|(?:店)?小二(?!码|號|号)|工作人员|服务人员|职员|员工|同事|同仁|经理|主管|负责人|领导|店长|(?:你们|贵公司|公司|你哋|售后|客服部|店里)的?人(?![家们民员气数])|对接人|(?:对接|联络|联系|专属)?窗口(?=[^，,。！？!?\s]{0,4}(?:联系|联络|对接|沟通|洽谈|谈))|人工(?!智能|费|成本|湖|合成|降雨|授精|呼吸|种植|养殖|操作|审核|处理|干预|检测|核实|录入)/g;
/**
 * The person on an earlier occasion, and what they did then: "上次客服帮我处理得很好" (last time the agent handled it well),
 * "之前的客服帮我退过款", "上次帮我处理的客服人员很亲切" (the agent who helped last time, described). A past told, as
 * "客服说明天发货" is; "上次的客服呢" (where is last time's agent?) still asks.
 */
const ZH_EARLIER_OCCASION_BEFORE = /(?:上次|上回|上一次|之前|以前|早前|昨天|前天|前几天|那次|当时|刚才|刚刚)(?:那个|那位|的|帮(?:我|忙)[^，,。！？!?\s]{0,6}的(?:那个|那位)?)?$/;
/** The person named by what they did for the customer on an earlier occasion: 上次帮我处理的, 之前帮我退款的那位. */
const ZH_HELPED_EARLIER_BEFORE = /(?:上次|上回|上一次|之前|以前|早前|昨天|前天|前几天|那次|当时|刚才|刚刚)帮(?:我|忙)[^，,。！？!?\s]{0,6}的(?:那个|那位)?$/;
const ZH_DONE_AFTER = /^(?:帮我|帮忙|跟进|对接|看看|看了|看过|跟我|和我|同我|处理)[^，,。！？!?]{0,8}(?:了|过|得)/;
/** A check that someone is there, the whole clause: 有人吗, 人呢, 有人在吗, 有没有人在. */
export const ZH_PRESENCE = /^(?:哈喽|哈啰|hello|hi|你好|您好|喂)?(?:请问)?(?:有|有没有|有冇)?人(?:呢|在吗|吗|在不在|在么|在嘛|在|在度|在这|在这里)?(?:吗|么)?[?？!！。~～]*$/;
/** The customer says they want to ask something (想问, 请问, 问一下, 想了解): a question follows, the bot's to answer. */
export const ZH_WANTS_TO_ASK = /想问|请问|问一下|问下|问问|想咨询|咨询一下|想了解|想知道|问个问题|有个问题/;
/** Before the person, within a few characters: what asks for one. */
export const ZH_ASK_BEFORE = /(?:来|要|想|找|搵|揾|转|接|叫|让|请|换|求|麻烦|帮我|能不能|能否|可以|可不可以|可唔可以|有没有|有冇|给我|联系|联络|呼叫|安排|希望有|需要)[^，,。！？!?\s]{0,4}$/;
/** Words between a cue and the person that say nothing about asking: "找你们负责售后的同事", "请你们的专员". */
const ZH_FILLER =
  /你们的|你们|你哋|贵公司的|贵公司|直接|马上|一下|负责[^，,。！？!?\s]{1,8}的|(?:能|可以|会|有权限)?(?:看|查|处理|管|决定|做主|拍板)[^，,。！？!?\s的]{0,6}的/g;
/** After the person: asks them to come, act or answer now. */
// 客服小姐姐在吗, 客服小哥哥: a friendly form of address after the person, which asks nothing by itself.
const ZH_ASK_AFTER =
  /^(?:小姐姐|小哥哥|小姐|美女|帅哥|姐姐|哥哥|mm|gg)?(?:直接|马上|亲自)?(?:来|过来|出来|在吗|在不在|在哪|呢|吗|呀|啊|吧|联系我|给我打|打给我|打我电话|回电|回个电话|回我|覆我|跟我|和我|同我|介入|接手|看看|看一下|帮我|帮忙|跟进|对接)/;
/**
 * After the person: narrates what they did ("客服说明天发货", "经理让我买的", "客服联系我了"), or what they told the
 * customer ("客服跟我说三天内退款": something said, not 客服跟我聊一下 or 跟我说一下, which ask for a talk).
 */
export const ZH_NARRATED_AFTER = /^(?:(?:之前|上次|明明|当时|早就)?(?:跟|和|同|对)我(?:说|讲)(?:了|过)?(?!一下|下|话|吧|几句|清楚|明白|[吗嘛呢啊呀]|$)[^，,。！？!?\s]{2}|说|讲|告诉|答应|承诺|回复|回答|让我|叫我|给我发|已经|都|也|态度|是|的|(?:联系|联络|打给|回电(?:话)?给?)(?:过)?我(?:了|过)|(?:回|打)(?:过)?电话(?:给我)?了)/;
/**
 * Before the person, in the clause: thanks or praise for someone who already helped ("想表扬一下那个客服",
 * "要感谢上次帮我退货的专员"), which the feedback article answers; 想 and 要 before it want to say something about them,
 * not to talk to them.
 */
const ZH_PRAISED_BEFORE = /(?:表扬|夸奖|夸夸|夸一?下|称赞|赞扬|赞(?!助|成|同)|感谢|谢谢|多谢|点赞|好评|推荐给|介绍给|安利给|分享给)(?:(?!找|转|接|叫|请|让|联系|联络)[^，,。！？!?\s]){0,12}$/;
/** Asks what Baton is ("你是真人吗", "是不是机器人"). */
// Cantonese asks "A 定(係) B" for "A or B" (机械人定真人, 真人覆定係機械人 folded 真人覆定是机械人), and 覆 for 回 (reply).
export const ZH_IDENTITY =
  /你是(?:不是)?(?:真人|人工|机器人|机器|ai|人)|是(?:不是)?真人(?:吗|在|回|覆)|(?:真人|机器人|机械人)(?:回|覆)?(?:还是|定是|定)(?:真人|机器人|机械人)/;
/**
 * "跟人说话", "换人", "叫人来", "人呢", "有人吗", Cantonese "搵返个人" (find me a person), "有没有人可以同我倾" (anyone who can
 * talk with me; not "有没有人跟我一样", other customers like me), "有冇人覆下我", "有人理我吗" (anyone to answer me: Cantonese 下 /
 * 吓 marks a brief act), "有没有人可以真的看一下这张单" (anyone to look at the customer's own order or case, not "有没有人看过
 * 这个评测", other customers): a bare 人 asked for; not 个人 in a compound ("找个人信息": personal details), nor 有人回复我了 (told).
 */
const ZH_BARE_PERSON = /有人(?:可以|能|能够)(?:直接)?(?:跟|和|同|与)我(?:说话|讲话|聊天|聊聊|聊一下|沟通|对话|通话|倾偈|倾)(?:吗|么|不|没|嘛|啊|呀|$)|(?:跟|和|同|与)人(?:说|聊|讲|沟通|对话|倾)|(?:换|叫|找|搵|揾)(?:返|回|翻)?(?:个|一个)?(?:真正的|真的|活的|真)?人(?![家们民员气数]|信息|资料|账|帐|中心|主页|隐私|数据|设置|所得|收入|物品|用品|空间|问题|原因|意见|偏好|简介)|(?:让|叫|请|安排|派)(?:个|一个)?(?:真)?人(?:来)?(?:跟|和|同|给|为)我(?:说|讲|解释|聊|沟通|倾|讲解)|(?:让|叫|请|安排)(?:个|一个)?人(?:打(?:个)?电话|打我电话|打给我|打来|打过来|致电|来电|回电|回个?电话|回复?我|联系我|覆我|跟进)|^(?:有|有没有)?人(?:呢|在吗|吗|在不在)[?？!！。~～]*$|(?:有没有|有冇|有无|有木有)人(?:可以|能|能够|来)?(?:帮我|帮忙|跟进|处理|接手|打电话给我|回电|(?:联系|联络|回复|回|覆|复|理|睬|打给|接待|招呼)(?:一下|下|吓)?我(?![了们家]))|(?:有没有|有冇|有无|有木有)人(?:可以|能|能够|会)?(?:真的|真正|认真|好好|亲自|帮我)?(?:看|睇|查|检查|核实|跟|处理)(?:一下|下|吓|一吓|清楚)?(?:我们|我哋|我)?(?:的|嘅)?(?:这|呢|那)?(?:张|笔|个)?(?:单|订单|case|问题|个案)|有人(?:可以|能)?(?:理|睬|回|覆|回复)(?:一下|下|吓)?我(?:吗|不|没|么|啊|呀)|(?:有没有|有冇|有无|有木有)人(?:可以|能|能够|来)?(?:直接)?(?:跟|和|同|与)我(?:说话|讲话|聊天|聊聊|聊一下|聊下|倾偈|倾下|沟通|对话|谈谈|谈一下|通话|(?:说|讲|聊|倾)(?:一下|下|吓|一吓)?(?:东西)?$)/;
/**
 * Someone named only by the role they hold, fetched: "我要找你们负责的", "叫管事的出来", "请负责企业客户的联系我". Only right after
 * a verb that fetches: "这是谁负责的" and "想知道是哪个部门负责的" ask who, they fetch no one.
 */
const ZH_ROLE_FETCHED =
  /(?:找|搵|揾|叫|请|让|联系|联络|转给|转到|接)(?:一下|下|个|一个)?(?:你们的?|你哋|贵公司的?)?(?:负责|管事|主事|做主|能做主|说了算|拍板|能拍板|懂行)[^，,。！？!?\s的]{0,8}的(?:人|同事|同仁)?(?=$|来|出来|过来|联系|联络|跟我|和我|同我|回|覆|打|吧|啊|呀|呢|吗|处理)/;
const ZH_CLAUSE = /[，,。！？!?；;\s]+/;
/** The customer's own people: "我们主管想买礼物卡", "我的经理要发票", "我是店长". Not the shop's, so not asked for. */
/** The clause opens with 我 and the person: the customer's own colleague or boss. */
const ZH_OWN_PERSON_OPENS = /^(?:我|我家|我一个|我们家)$/;
const ZH_OWNED_BEFORE = /(?:我们|我们的|我的|我司|我司的|本公司|本公司的|我们公司|我们公司的|我们单位的?|我是|我哋|我系|(?:让|叫)我)$/;

/** Roles that do not serve customers: "给你们产品经理一个建议" writes to the product team, it does not ask for a person. */
/** "升级给经理处理要等多久": how long the process takes, asked; "转人工要等多久" still asks (a phrase of agent-request.ts). */
const ZH_HOW_LONG = /多久|多长时间|多少时间|要等几天/;
const ZH_INTERNAL_ROLE = /(?:产品|项目|设计|研发|市场|品牌)$/;
/**
 * The person as the one something is bought for: "想给员工买礼品卡发福利", "想幫同事買禮物卡", "要为同事订几份": the customer's
 * colleagues or staff, shopped for, not the shop's people asked for.
 */
const ZH_FOR_BEFORE = /(?:给|帮|替|为|送)$/;
/**
 * The person as the one something is given or sent to: "本来想送给同事" (a present for a colleague, Cantonese 送俾同事), and
 * 送 alone before the person ("有礼品卡卖吗，想送同事").
 */
const ZH_GIVEN_TO_BEFORE = /(?:(?:送|寄|带|留)给|(?<!转)送)$/;
const ZH_BOUGHT_AFTER = /^(?:们|大家|们每人|每人|每个人)?(?:[一二三四五六七八九十几两0-9]+(?:个|份|张|位))?(?:买|购|订|选|挑|准备|采购|发|送|定制|包|问|查|咨询|打听|了解)/;

export function composedChineseRequest(normalized: string): string[] {
  const found: string[] = [];
  const clauses = normalized.split(ZH_CLAUSE);
  // "有人在吗 想问退款进度", "人呢 我想问运费": the check that someone is there opens a question, as 在吗 does.
  const wantsToAsk = clauses.some((clause) => ZH_WANTS_TO_ASK.test(clause));
  for (const clause of clauses) {
    if (!clause || clause.length > 30 || ZH_IDENTITY.test(clause) || ZH_HOW_LONG.test(clause)) continue;
    if (wantsToAsk && ZH_PRESENCE.test(clause)) continue;
    const read = clause.replace(ZH_FILLER, '');
    if (ZH_BARE_PERSON.test(clause) || ZH_BARE_PERSON.test(read) || ZH_ROLE_FETCHED.test(clause)) {
      found.push(clause);
      continue;
    }
    for (const match of execAll(ZH_PERSON, read)) {
      const at = match.index;
      const before = read.slice(Math.max(0, at - 6), at);
      const after = read.slice(at + match[0].length);
      if (/(?:不用|不要|不需要|无需|别|没必要)[^，,]{0,2}$/.test(before) || ZH_OWNED_BEFORE.test(before) || ZH_INTERNAL_ROLE.test(before)) continue;
      // "我同事帮我下的单", "我经理要发票": the clause opens with the customer's own person (not "请给我客服", asked).
      if (ZH_OWN_PERSON_OPENS.test(read.slice(0, at))) continue;
      if ((ZH_FOR_BEFORE.test(before) && ZH_BOUGHT_AFTER.test(after)) || ZH_GIVEN_TO_BEFORE.test(before)) continue;
      if (ZH_PRAISED_BEFORE.test(read.slice(0, at))) continue;
      if (ZH_NARRATED_AFTER.test(after) && !ZH_ASK_BEFORE.test(before)) continue;
      if (ZH_EARLIER_OCCASION_BEFORE.test(read.slice(0, at)) && ZH_DONE_AFTER.test(after)) continue;
      // The one who helped last time, described ("上次帮我处理的客服人员很亲切"): not fetched, unless asked after ("…的客服呢").
      // Read in the clause as typed: the filler taken out of `read` takes "处理的" with it.
      const inClause = clause.indexOf(match[0]);
      if (inClause > 0 && ZH_HELPED_EARLIER_BEFORE.test(clause.slice(0, inClause)) && !ZH_ASK_AFTER.test(after)) continue;
      if (ZH_ASK_BEFORE.test(before) || ZH_ASK_AFTER.test(after)) {
        found.push(clause);
        break;
      }
    }
  }
  return found;
}
