/**
 * The conversation engine: understand → decide → reply. Pure of transport: it receives a turn and the conversation's
 * state, and returns replies, effects and the next state. Channels (Direct Line, Teams) only translate; the runtime
 * carries out the effects (a handoff, feedback, a survey answer).
 *
 * Understand: normalise, detect the language, read the signals (sentiment, agent request, complaint level, money,
 * tier, repeated failure) and ask the knowledge base. Decide: the handoff policy first (a person is needed), then the
 * knowledge base's decision (answer / clarify / fallback). Reply: in the customer's language.
 */
import type { Article, KnowledgeAnswer, KnowledgeService } from '../../knowledge';
import { inCustomerScript, readCustomerLanguage, textForMatching, type CustomerLanguage } from './customer-language';
import { addressesThisStore, lookUp, questionAfterReason, questionAfterSilentStory, type Lookup } from './knowledge-lookup';
import { message, type MessageKey } from './messages';
import { normalizeText } from './normalize';
import { anotherPartyAskedAbout, partyOnlyInStory, storeHasStake, withoutAnotherPartysTrouble } from './another-party';
import { namesCompany } from './other-company';
import { DEFAULT_POLICY, evaluatePolicy, tierLane, type Policy, type PolicyOutcome, type TurnSignals } from './policy';
import { detectChitChat, detectWholeMessageSmallTalk, type SmallTalk } from './small-talk';
import { thanksForResolved } from './resolved-thanks';
import { speaksOfSelfHarm } from './signals';
import type { BotReply, Effect, EngineState, RecognizedIntent, SuggestedAction, TurnExplanation, TurnInput, TurnResult } from './turn';
import { ISSUE_ARTICLE_SCORE, ISSUE_ARTICLE_TAG, PERSON_ARTICLE_SCORE, PERSON_ARTICLE_TAG, readTurnSignals, RECOGNIZER_CONFIDENCE } from './turn-signals';
import type { Lang } from '../../contracts';

export type KnowledgeLookup = Pick<KnowledgeService, 'ask' | 'getPublished'>;

export interface EngineDeps {
  knowledge: KnowledgeLookup;
  policy?: Policy;
}

export function handleTurn(input: TurnInput, state: EngineState, deps: EngineDeps): TurnResult {
  const policy = deps.policy ?? DEFAULT_POLICY;
  const text = normalizeText(input.text);
  const language = readCustomerLanguage(text, input.locale, state);
  const lang = language.lang;
  const turn = new TurnBuilder(language, { ...state, lang, ...(lang === 'zh' ? { script: language.script, region: language.region } : {}) });

  if (input.action) return handleAction(input, turn, { ...deps, policy });
  if (!text) return turn.say({ kind: 'small-talk', lang, text: message(language, 'empty') }, 'empty message');
  // Matching and the detectors read Chinese folded to simplified Mandarin; replies and effects keep the customer's text.
  const matching = textForMatching(text);

  if (state.awaitingSurveyComment) {
    turn.state.awaitingSurveyComment = undefined;
    // "Add a comment, or carry on with a new question": a question the knowledge base answers is a question.
    if (deps.knowledge.ask(text, { lang }).decision.kind !== 'answer') {
      turn.effects.push({ type: 'survey', ticketId: state.awaitingSurveyComment, comment: text });
      return turn.say({ kind: 'acknowledge', lang, text: message(language, 'surveyCommentThanks') }, 'survey comment');
    }
  }

  const recognized = input.recognized;
  turn.recognized = recognized;
  const understood = understand(text, matching, lang, state, deps, recognized);
  const knowledge = understood.smallTalk ? undefined : understood.lookup.knowledge;
  const repeatedFailure = countsAsFailure(understood) && state.consecutiveFailures + 1 >= 2;
  const articleId = knowledge ? (knowledge.decision.kind === 'answer' ? knowledge.decision.hit.articleId : (knowledge.hits[0]?.articleId ?? null)) : null;
  const personArticle = articleAboutPerson(knowledge, deps);
  const issueArticle = closestTagged(knowledge, deps, ISSUE_ARTICLE_TAG, ISSUE_ARTICLE_SCORE)?.id;
  const read = readTurnSignals(matching, lang, { state, tier: input.customerTier, repeatedFailure, policy, articleId, recognized, personArticle, issueArticle });
  turn.state.recentEmotion = read.recentEmotion;
  turn.state.lastProblem = read.lastProblem;
  // Another party's account taken over, or anger at a neighbour, is not the store's to hand to a person (another-party.ts).
  turn.signals = understood.otherCompany && !storeHasStake(matching) ? withoutAnotherPartysTrouble(read.signals) : read.signals;
  if (knowledge) turn.candidates = knowledge.hits.slice(0, 3).map((h) => ({ articleId: h.articleId, score: round(h.score) }));

  const outcome = evaluatePolicy(turn.signals, policy);
  if (outcome.handoff) return handOff(turn, outcome, text, knowledge, deps, !!input.queued);
  if (understood.smallTalk) return replySmallTalk(turn, understood.smallTalk);
  if (understood.otherCompany) return declineOtherCompany(turn, text, understood.lookup.knowledge, understood.otherCompany);
  if (understood.lookup.context === 'no-topic') return askForTopic(turn, text, understood.lookup.knowledge);
  return answerFromKnowledge(turn, text, understood.lookup, deps);
}

interface Understood {
  /** Small talk the engine answers itself (never with an article). */
  smallTalk?: SmallTalk;
  /** Another party whose business the message asks about (another-party.ts): declined, never answered. */
  otherCompany?: string;
  lookup: Lookup;
}

/** Small talk, or a question for the knowledge base (asked in the conversation's context). */
function understand(text: string, matching: string, lang: Lang, state: EngineState, deps: EngineDeps, recognized?: RecognizedIntent): Understood {
  // Thanks for a problem that is over (resolved-thanks.ts) is answered as thanks, not with the problem's article.
  const smallTalk = detectWholeMessageSmallTalk(matching) ?? recognizedSmallTalk(recognized) ?? (thanksForResolved(matching, lang) ? 'thanks' : undefined);
  const lookup = lookUp(text, matching, lang, state, deps.knowledge);
  lookup.knowledge = withRecognizedArticle(lookup.knowledge, recognized, deps);
  if (smallTalk) return { smallTalk, lookup };
  const chitChat = detectChitChat(matching, lang, lookup.knowledge.hits[0]);
  if (chitChat) return { smallTalk: chitChat, lookup };
  // A story told before the question the message turns to ("got a parking ticket waiting for the courier ugh. anyway
  // how do i track the parcel"): another party named only in the story is not what is asked.
  const company = anotherPartyAskedAbout(lookup.turnedQuestion ?? matching, lookup.knowledge);
  // Another shop's story, then a question of how this store does a thing (knowledge-lookup.ts): the store's question.
  if (!company || lookup.turnedToStore || (company.claimable && namedByTheStore(company.name, lookup.knowledge, deps))) return { lookup };
  // The party named only in a story that tells the knowledge base nothing, then a question of the store's.
  const question = questionAfterSilentStory(text, lang, deps.knowledge);
  if (question !== undefined && partyOnlyInStory(company, question, addressesThisStore)) return { lookup };
  // The party named only as the reason for what the customer does, then a question of the store's ("my electric bill was
  // crazy so i'm returning the heater. how do i return it"): the question without the reason is answered.
  const namesParty = (clause: string): boolean => anotherPartyAskedAbout(clause, lookup.knowledge) !== undefined;
  const afterReason = questionAfterReason(text, lang, deps.knowledge, namesParty);
  // Read as partyOnlyInStory reads a silent story's question, the reason standing for the turn to this store.
  if (afterReason !== undefined && partyOnlyInStory(company, afterReason.question, () => true)) return { lookup: { ...lookup, knowledge: afterReason.answer, turnedQuestion: afterReason.question } };
  return { otherCompany: company.name, lookup };
}

/** Articles the search found name the company: the store works with it or sells there, so it is the store's question. */
function namedByTheStore(company: string, knowledge: KnowledgeAnswer, deps: EngineDeps): boolean {
  return knowledge.hits.slice(0, 3).some((hit) => {
    const article = deps.knowledge.getPublished(hit.articleId);
    return !!article && namesCompany([article.title, ...article.questions, article.answer].join('\n'), company);
  });
}

/** The title of the best hit when it is the article about reaching a person (PERSON_ARTICLE_TAG), scored high enough. */
function articleAboutPerson(knowledge: KnowledgeAnswer | undefined, deps: EngineDeps): string | undefined {
  return closestTagged(knowledge, deps, PERSON_ARTICLE_TAG, PERSON_ARTICLE_SCORE)?.title;
}

/** The best hit's article when it carries `tag` and scored at least `minScore`. */
function closestTagged(knowledge: KnowledgeAnswer | undefined, deps: EngineDeps, tag: string, minScore: number) {
  const best = knowledge?.hits[0];
  if (!best || best.score < minScore) return undefined;
  const article = deps.knowledge.getPublished(best.articleId);
  return article?.tags.includes(tag) ? article : undefined;
}

/** A turn the knowledge base could not serve: counts toward "two unhelpful answers in a row". */
function countsAsFailure(understood: Understood): boolean {
  if (understood.smallTalk || understood.otherCompany || understood.lookup.context === 'no-topic') return false;
  const { decision } = understood.lookup.knowledge;
  return decision.kind === 'fallback' && decision.rule !== 'out-of-scope';
}

const SMALL_TALK_REPLY: Record<SmallTalk, MessageKey> = {
  greeting: 'greeting',
  thanks: 'thanks',
  goodbye: 'goodbye',
  acknowledgement: 'anythingElse',
  arithmetic: 'arithmetic',
  'bot-identity': 'botIdentity',
  'chit-chat': 'outOfScope',
};

function replySmallTalk(turn: TurnBuilder, kind: SmallTalk): TurnResult {
  const lang = turn.lang;
  const declines = kind === 'chit-chat' || kind === 'arithmetic' || kind === 'bot-identity';
  const reply: BotReply = { kind: 'small-talk', lang, text: message(turn.language, SMALL_TALK_REPLY[kind]), ...(declines ? { suggestedActions: [talkToPersonAction(turn.language)] } : {}) };
  return turn.say(reply, `small talk: ${kind}`);
}

/**
 * Another company's service: say what this bot helps with (and offer a person), as for anything out of scope. Recorded
 * as unanswered like any other out-of-scope message, so editors see what customers ask.
 */
function declineOtherCompany(turn: TurnBuilder, text: string, knowledge: KnowledgeAnswer, company: string): TurnResult {
  const best = knowledge.hits[0];
  turn.effects.push({ type: 'unanswered', text, lang: turn.lang, bestArticleId: best?.articleId, score: best ? round(best.score) : undefined });
  return turn.decline(`out-of-scope: another company (${company})`);
}

/** "And how long does that take?" with nothing before it: ask what it is about. */
function askForTopic(turn: TurnBuilder, text: string, knowledge: KnowledgeAnswer): TurnResult {
  const best = knowledge.hits[0];
  turn.effects.push({ type: 'unanswered', text, lang: turn.lang, bestArticleId: best?.articleId, score: best ? round(best.score) : undefined });
  return turn.say({ kind: 'fallback', lang: turn.lang, text: message(turn.language, 'whichTopic'), suggestedActions: [talkToPersonAction(turn.language)] }, 'follow-up without a topic');
}

function trusted(recognized: RecognizedIntent | undefined): recognized is RecognizedIntent {
  return !!recognized && recognized.confidence >= RECOGNIZER_CONFIDENCE;
}

function recognizedSmallTalk(recognized: RecognizedIntent | undefined): SmallTalk | undefined {
  if (!trusted(recognized)) return undefined;
  return (['greeting', 'thanks', 'goodbye'] as const).find((kind) => kind === recognized.intent);
}

/** CLU may recognise a knowledge question the search was unsure about (`kb:<articleId>`): then answer it. */
function withRecognizedArticle(answer: KnowledgeAnswer, recognized: RecognizedIntent | undefined, deps: EngineDeps): KnowledgeAnswer {
  if (answer.decision.kind === 'answer' || !trusted(recognized) || recognized.source !== 'clu' || !recognized.intent.startsWith('kb:')) return answer;
  const articleId = recognized.intent.slice(3);
  if (!deps.knowledge.getPublished(articleId)) return answer;
  const hit = { articleId, score: recognized.confidence };
  return { ...answer, decision: { kind: 'answer', hit, rule: `recognizer (clu): ${recognized.intent}` } } as KnowledgeAnswer;
}

function answerFromKnowledge(turn: TurnBuilder, text: string, lookup: Lookup, deps: EngineDeps): TurnResult {
  const { decision, hits } = lookup.knowledge;
  const context = lookup.context === 'last-topic' ? ' (with the last topic)' : '';
  switch (decision.kind) {
    case 'answer': {
      const article = deps.knowledge.getPublished(decision.hit.articleId);
      const alsoAsked = lookup.alsoAsked && lookup.alsoAsked.id !== article?.id ? [lookup.alsoAsked] : [];
      if (article) return turn.answer(article, decision.rule + context, decision.hit.score, [...alsoAsked, ...followUpsOf(article, deps)]);
      break;
    }
    case 'clarify': {
      const choices = decision.choices
        .map((hit) => deps.knowledge.getPublished(hit.articleId))
        .filter((a): a is Article => a !== undefined);
      if (choices.length > 0) {
        return turn.say(
          {
            kind: 'clarify',
            lang: turn.lang,
            text: message(turn.language, 'clarify'),
            suggestedActions: [...choices.map(chooseArticleAction), talkToPersonAction(turn.language)],
          },
          decision.rule + context,
          { score: decision.choices[0]?.score },
        );
      }
      break;
    }
    case 'fallback':
      break;
  }
  const best = hits[0];
  turn.effects.push({ type: 'unanswered', text, lang: turn.lang, bestArticleId: best?.articleId, score: best ? round(best.score) : undefined });
  if (decision.kind === 'fallback' && decision.rule === 'out-of-scope') return turn.decline(decision.rule);
  return turn.fallback(decision.rule);
}

/**
 * A person is needed. The customer hears an apology when upset (for safety: get help first), the knowledge answer
 * too when there is a confident one, they did not ask for a person outright and the policy allows it (never for a
 * safety or legal matter), and (added by the runtime) where they stand in the queue.
 */
function handOff(turn: TurnBuilder, outcome: PolicyOutcome, text: string, knowledge: KnowledgeAnswer | undefined, deps: EngineDeps, queued: boolean): TurnResult {
  const lang = turn.lang;
  const replies: BotReply[] = [];
  const apology = outcome.reply ? empathyOf(outcome.reply, turn.signals?.evidence.complaint ?? []) : undefined;
  // Waiting in the queue already, the customer has heard the apology; a customer in crisis hears where to find help
  // whenever they say it.
  if (apology && (!queued || apology === 'crisisEmpathy')) replies.push({ kind: 'handoff', lang, text: message(turn.language, apology) });
  const answer = knowledge?.decision.kind === 'answer' ? deps.knowledge.getPublished(knowledge.decision.hit.articleId) : undefined;
  if (answer && outcome.withArticle && !turn.signals?.agentRequest) {
    replies.push({ kind: 'answer', lang, text: answer.answer, articleId: answer.id });
    turn.state.lastArticleId = answer.id;
  }
  if (knowledge?.decision.kind === 'fallback') {
    // Still a gap in the knowledge base, even though a person takes over: editors should see it.
    const best = knowledge.hits[0];
    turn.effects.push({ type: 'unanswered', text, lang, bestArticleId: best?.articleId, score: best ? round(best.score) : undefined });
  }
  turn.state.consecutiveFailures = 0;
  turn.level = outcome.level;
  turn.effects.push({ type: 'handoff', level: outcome.level!, category: outcome.category!, reasons: outcome.reasons, lang, text });
  return turn.sayAll(replies, 'handoff', `policy: ${outcome.reasons.map((r) => r.code).join(', ')}`);
}

const EMPATHY = { empathy: 'empathy', safety: 'safetyEmpathy', legal: 'legalEmpathy' } as const;

/**
 * The apology the policy asked for, in its words. A safety matter that is the customer's own crisis ("I don't want to
 * live anymore") is told where to find help at once, a crisis line beside the emergency number: "if anyone is hurt,
 * call for help first" is not what they need to hear.
 */
function empathyOf(reply: keyof typeof EMPATHY, complaintEvidence: readonly string[]): MessageKey {
  return reply === 'safety' && speaksOfSelfHarm(complaintEvidence) ? 'crisisEmpathy' : EMPATHY[reply];
}

function handleAction(input: TurnInput, turn: TurnBuilder, deps: EngineDeps): TurnResult {
  const lang = turn.lang;
  const action = input.action!;
  switch (action.type) {
    case 'choose-article': {
      const article = deps.knowledge.getPublished(action.articleId);
      if (!article) return turn.say({ kind: 'acknowledge', lang, text: message(turn.language, 'unknownArticle') }, 'chosen article unknown');
      return turn.answer(article, 'customer chose the article', 1, followUpsOf(article, deps));
    }
    case 'feedback': {
      turn.effects.push({ type: 'feedback', articleId: action.articleId, helpful: action.helpful });
      if (action.helpful) {
        turn.state.consecutiveFailures = 0;
        return turn.say({ kind: 'acknowledge', lang, text: message(turn.language, 'helpfulThanks') }, 'feedback: helpful');
      }
      return turn.fallback('feedback: not helpful', 'notHelpful');
    }
    case 'talk-to-person': {
      // The button gets the same fast lane the policy gives the customer's tier as asking in words does.
      const lane = tierLane('L3', input.customerTier ?? null, deps.policy ?? DEFAULT_POLICY);
      turn.level = lane.level;
      turn.state.consecutiveFailures = 0;
      turn.effects.push({
        type: 'handoff',
        level: lane.level,
        category: 'inquiry',
        reasons: [
          { code: 'agent-request', detail: 'The customer pressed "talk to a person".', evidence: ['button: talk to a person'] },
          ...(lane.reason ? [lane.reason] : []),
        ],
        lang,
        text: input.text,
      });
      return turn.sayAll([], 'handoff', 'customer pressed "talk to a person"');
    }
    case 'leave-message': {
      // The runtime records it and says when a person will answer: only the handoff service knows.
      turn.effects.push({ type: 'leave-message', lang, ...(turn.language.script ? { script: turn.language.script } : {}) });
      return turn.sayAll([], 'handoff', 'customer leaves a message instead of waiting');
    }
    case 'survey': {
      turn.effects.push({ type: 'survey', ticketId: action.ticketId, score: action.score, nps: action.nps });
      turn.state.awaitingSurveyComment = action.ticketId;
      return turn.say({ kind: 'acknowledge', lang, text: message(turn.language, 'surveyThanks') }, 'survey answer');
    }
  }
}

/** After an answer: its follow-up articles (as QnA Maker's multi-turn prompts), "was this helpful?", and a person. */
function answerActions(language: CustomerLanguage, article: Article, followUps: Article[]): SuggestedAction[] {
  const feedback = (helpful: boolean): SuggestedAction => ({
    title: message(language, helpful ? 'helpfulButton' : 'notHelpfulButton'),
    text: message(language, helpful ? 'helpfulButton' : 'notHelpfulButton'),
    action: { type: 'feedback', articleId: article.id, helpful },
  });
  return [...followUps.slice(0, 3).map(chooseArticleAction), feedback(true), feedback(false), talkToPersonAction(language)];
}

function talkToPersonAction(language: CustomerLanguage): SuggestedAction {
  return { title: message(language, 'talkToPerson'), text: message(language, 'talkToPerson'), action: { type: 'talk-to-person' } };
}

function followUpsOf(article: Article, deps: EngineDeps): Article[] {
  return (article.followUps ?? []).map((id) => deps.knowledge.getPublished(id)).filter((a): a is Article => a !== undefined);
}

function chooseArticleAction(article: Article): SuggestedAction {
  return { title: article.title, text: article.title, action: { type: 'choose-article', articleId: article.id } };
}

/** Collects one turn's replies, effects and state so every exit path returns the same shape. */
class TurnBuilder {
  readonly effects: Effect[] = [];
  candidates: TurnExplanation['candidates'] = [];
  signals?: TurnSignals;
  recognized?: RecognizedIntent;
  level: TurnExplanation['level'] = null;
  readonly lang: Lang;

  constructor(
    readonly language: CustomerLanguage,
    readonly state: EngineState,
  ) {
    this.lang = language.lang;
  }

  say(reply: BotReply, rule: string, extra: { score?: number } = {}): TurnResult {
    return this.sayAll([reply], reply.kind, rule, extra);
  }

  /** Every exit: replies go out in the customer's script, and so does a handoff's status message (runtime). */
  sayAll(replies: BotReply[], decision: BotReply['kind'], rule: string, extra: { score?: number } = {}): TurnResult {
    const articleId = replies.find((r) => r.articleId)?.articleId;
    const script = this.lang === 'zh' ? this.language.script : undefined;
    const effects = script ? this.effects.map((e) => (e.type === 'handoff' ? { ...e, script } : e)) : this.effects;
    return {
      replies: replies.map((reply) => inCustomerScript(reply, this.language)),
      effects,
      state: this.state,
      explanation: {
        lang: this.lang,
        ...(script ? { script } : {}),
        decision,
        rule,
        articleId,
        score: extra.score === undefined ? undefined : round(extra.score),
        candidates: this.candidates,
        signals: this.signals,
        recognized: this.recognized,
        level: this.level,
      },
    };
  }

  answer(article: Article, rule: string, score: number, followUps: Article[] = []): TurnResult {
    this.state.consecutiveFailures = 0;
    this.state.lastArticleId = article.id;
    return this.say({ kind: 'answer', lang: this.lang, text: article.answer, articleId: article.id, suggestedActions: answerActions(this.language, article, followUps) }, rule, {
      score,
    });
  }

  fallback(rule: string, say: 'fallback' | 'notHelpful' = 'fallback'): TurnResult {
    this.state.consecutiveFailures += 1;
    const again = this.state.consecutiveFailures >= 2;
    return this.say(
      { kind: 'fallback', lang: this.lang, text: message(this.language, again ? 'fallbackAgain' : say), suggestedActions: [talkToPersonAction(this.language)] },
      rule,
    );
  }

  /** Out of scope: say what the bot can help with and offer a person; not a failure of the knowledge base. */
  decline(rule: string): TurnResult {
    return this.say({ kind: 'fallback', lang: this.lang, text: message(this.language, 'outOfScope'), suggestedActions: [talkToPersonAction(this.language)] }, rule);
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
