/**
 * The first thing a customer reads, by their tier in the customer directory and in their language: a new (or not yet
 * known) customer gets a short guided welcome with the main topics as buttons; a VIP is told a person is available
 * (the policy's fast lane raises their handoffs); a regular customer gets the plain greeting. Topic buttons open the
 * published article that answers each topic's question, so they work with whatever knowledge base is loaded; a
 * topic the knowledge base cannot answer gets no button.
 */
import type { Script } from '../../contracts';
import { inScript } from '../../knowledge';
import { message, type MessageKey } from '../core/messages';
import type { BotReply, SuggestedAction } from '../core/turn';
import type { CustomerDirectory } from './conversation-runtime';

/** The main topics: the button's words and the question whose answer it opens. */
const TOPICS = [
  ['welcome.topic.orders', 'welcome.question.orders'],
  ['welcome.topic.returns', 'welcome.question.returns'],
  ['welcome.topic.refunds', 'welcome.question.refunds'],
  ['welcome.topic.payments', 'welcome.question.payments'],
  ['welcome.topic.account', 'welcome.question.account'],
] as const satisfies ReadonlyArray<readonly [MessageKey, MessageKey]>;

const MIN_TOPIC_SCORE = 0.3;

export interface WelcomeDeps {
  customers?: CustomerDirectory;
  knowledge: { search(text: string, options: { limit: number }): Array<{ articleId: string; score: number }> };
}

export type Welcome = (who: { channel: string; userId: string; lang: 'en' | 'zh'; script?: Script; region?: 'TW' | 'HK' }) => Promise<BotReply>;

export function createWelcome(deps: WelcomeDeps): Welcome {
  return async ({ channel, userId, lang, script, region }) => {
    const language = { lang, script };
    const say = (key: MessageKey) => inScript(message(language, key), script, region);
    const tier = await deps.customers?.tierOf({ channel, userId }).catch(() => undefined);
    const base = { kind: 'small-talk' as const, lang, ...(script ? { script } : {}) };
    if (tier === 'vip') {
      const title = say('talkToPerson');
      return { ...base, text: say('welcome.vip'), suggestedActions: [{ title, text: title, action: { type: 'talk-to-person' } }] };
    }
    if (tier === 'regular') return { ...base, text: say('greeting') };
    const topics: SuggestedAction[] = [];
    for (const [topic, question] of TOPICS) {
      const best = deps.knowledge.search(message(language, question), { limit: 1 })[0];
      if (!best || best.score < MIN_TOPIC_SCORE || topics.some((t) => t.action.type === 'choose-article' && t.action.articleId === best.articleId)) continue;
      const title = say(topic);
      topics.push({ title, text: title, action: { type: 'choose-article', articleId: best.articleId } });
    }
    return { ...base, text: say('welcome.new'), ...(topics.length ? { suggestedActions: topics } : {}) };
  };
}
