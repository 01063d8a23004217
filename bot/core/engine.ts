/**
 * The conversation engine: understand → decide → reply. Pure of transport: it receives a turn and the conversation's
 * state, and returns replies, effects and the next state. Channels (Direct Line, Teams) only translate.
 */
import type { Article, KnowledgeService } from '../../knowledge';
import { message } from './messages';
import { normalizeText } from './normalize';
import { detectLanguage } from './signals/language';
import { detectSmallTalk } from './small-talk';
import type { BotReply, Effect, EngineState, Lang, SuggestedAction, TurnExplanation, TurnInput, TurnResult } from './turn';

export type KnowledgeLookup = Pick<KnowledgeService, 'ask' | 'getPublished'>;

export interface EngineDeps {
  knowledge: KnowledgeLookup;
}

export function handleTurn(input: TurnInput, state: EngineState, deps: EngineDeps): TurnResult {
  const text = normalizeText(input.text);
  const lang: Lang = text ? detectLanguage(text, input.locale) : (state.lang ?? localeLang(input.locale));
  const turn = new TurnBuilder(lang, { ...state, lang });

  if (input.action) return handleAction(input.action, turn, deps);
  if (!text) return turn.say({ kind: 'small-talk', lang, text: message(lang, 'empty') }, 'empty message');

  const smallTalk = detectSmallTalk(text);
  if (smallTalk) return turn.say({ kind: 'small-talk', lang, text: message(lang, smallTalk) }, `small talk: ${smallTalk}`);

  const { decision, hits } = deps.knowledge.ask(text, { lang });
  turn.candidates = hits.slice(0, 3).map((h) => ({ articleId: h.articleId, score: round(h.score) }));

  switch (decision.kind) {
    case 'answer': {
      const article = deps.knowledge.getPublished(decision.hit.articleId);
      if (article) return turn.answer(article, decision.rule, decision.hit.score);
      break;
    }
    case 'clarify': {
      const choices = decision.choices
        .map((hit) => deps.knowledge.getPublished(hit.articleId))
        .filter((a): a is Article => a !== undefined);
      if (choices.length > 0) {
        return turn.say(
          { kind: 'clarify', lang, text: message(lang, 'clarify'), suggestedActions: choices.map(chooseArticleAction) },
          decision.rule,
          { score: decision.choices[0]?.score },
        );
      }
      break;
    }
    case 'fallback':
      break;
  }
  const best = hits[0];
  turn.effects.push({ type: 'unanswered', text, lang, bestArticleId: best?.articleId, score: best ? round(best.score) : undefined });
  return turn.fallback(decision.rule);
}

function handleAction(action: NonNullable<TurnInput['action']>, turn: TurnBuilder, deps: EngineDeps): TurnResult {
  const lang = turn.lang;
  switch (action.type) {
    case 'choose-article': {
      const article = deps.knowledge.getPublished(action.articleId);
      if (!article) return turn.say({ kind: 'acknowledge', lang, text: message(lang, 'unknownArticle') }, 'chosen article unknown');
      return turn.answer(article, 'customer chose the article', 1);
    }
    case 'feedback': {
      turn.effects.push({ type: 'feedback', articleId: action.articleId, helpful: action.helpful });
      if (action.helpful) {
        turn.state.consecutiveFailures = 0;
        return turn.say({ kind: 'acknowledge', lang, text: message(lang, 'helpfulThanks') }, 'feedback: helpful');
      }
      return turn.fallback('feedback: not helpful');
    }
    case 'talk-to-person':
      // The handoff itself is decided by the caller's policy; the engine only acknowledges.
      return turn.say({ kind: 'acknowledge', lang, text: message(lang, 'fallbackAgain') }, 'customer asked for a person');
  }
}

function chooseArticleAction(article: Article): SuggestedAction {
  return { title: article.title, text: article.title, action: { type: 'choose-article', articleId: article.id } };
}

/** Collects one turn's replies, effects and state so every exit path returns the same shape. */
class TurnBuilder {
  readonly effects: Effect[] = [];
  candidates: TurnExplanation['candidates'] = [];

  constructor(
    readonly lang: Lang,
    readonly state: EngineState,
  ) {}

  say(reply: BotReply, rule: string, extra: { score?: number } = {}): TurnResult {
    return {
      replies: [reply],
      effects: this.effects,
      state: this.state,
      explanation: {
        lang: this.lang,
        decision: reply.kind,
        rule,
        articleId: reply.articleId,
        score: extra.score === undefined ? undefined : round(extra.score),
        candidates: this.candidates,
      },
    };
  }

  answer(article: Article, rule: string, score: number): TurnResult {
    this.state.consecutiveFailures = 0;
    this.state.lastArticleId = article.id;
    return this.say({ kind: 'answer', lang: this.lang, text: article.answer, articleId: article.id }, rule, { score });
  }

  fallback(rule: string): TurnResult {
    this.state.consecutiveFailures += 1;
    const again = this.state.consecutiveFailures >= 2;
    const talkToPerson: SuggestedAction = {
      title: message(this.lang, 'talkToPerson'),
      text: message(this.lang, 'talkToPerson'),
      action: { type: 'talk-to-person' },
    };
    return this.say(
      { kind: 'fallback', lang: this.lang, text: message(this.lang, again ? 'fallbackAgain' : 'fallback'), suggestedActions: [talkToPerson] },
      rule,
    );
  }
}

function localeLang(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const round = (n: number) => Math.round(n * 1000) / 1000;
