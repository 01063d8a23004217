/**
 * A small knowledge base of the handoff conversation tables' own (editing the demo content cannot break them), and the
 * table's way of playing a conversation through `handleTurn` and saying what the bot did. Shared by
 * test/bot/core/engine-handoff.test.ts and engine-escalations-told.test.ts.
 */
import { ArticleContentSchema, createKnowledgeService, type ArticleContent, type KnowledgeService } from '../../knowledge';
import { handleTurn } from '../../bot/core/engine';
import { EngineStateSchema, type EngineState, type TurnResult } from '../../bot/core/turn';
import { InMemoryArticleStore } from '../fakes/in-memory-article-store';

export type Script = 'Hans' | 'Hant';

const article = (id: string, lang: 'en' | 'zh', title: string, questions: string[], answer: string, tags: string[] = []): ArticleContent =>
  ArticleContentSchema.parse({ id, lang, title, questions, answer, tags });

const ARTICLES: ArticleContent[] = [
  article('late-en', 'en', 'My order has not arrived', ["my order hasn't arrived", 'where is my package', 'parcel is late', 'still waiting for my delivery'], 'Most orders arrive in 3–5 days. Track it under **Orders**.'),
  article('damaged-en', 'en', 'An item arrived damaged', ['my item arrived damaged', 'the product is broken', 'box was crushed and item is damaged'], 'Send us a photo from **Orders → Report a problem** and we replace it.'),
  article('charged-twice-en', 'en', 'Charged twice', ['I was charged twice', 'double charge on my card', 'two payments for one order'], 'A second charge is usually a hold that drops off within 3 days.'),
  article('locked-en', 'en', 'Account locked', ['my account is locked', 'locked out of my account', 'too many login attempts'], 'Wait 15 minutes, then reset your password from the sign-in page.'),
  article('complaint-en', 'en', 'How to make a complaint', ['how do I make a complaint', 'where can I file a complaint', 'complaint process'], 'Use **Help → Complaints**; we answer within 2 working days.'),
  article('person-en', 'en', 'Talking to a person', ['how can I talk to a person', 'is there a phone number for support', 'can I speak to someone on the phone', 'support hours'], 'Our team is on chat 8:00–20:00 and on +1 555 0100.', ['person']),
  article('late-zh', 'zh', '订单还没到', ['还没收到货', '快递怎么还没到', '我的包裹到哪了', '物流一直没更新'], '一般 3–5 天送达，可在“我的订单”查看物流。'),
  article('damaged-zh', 'zh', '商品损坏', ['东西坏了', '收到的商品破损', '快递压坏了'], '请在“我的订单 → 售后”上传照片，我们为您补发。'),
  article('points-zh', 'zh', '积分有效期', ['积分会过期吗', '积分有效期多久', '积分什么时候清零'], '积分自获得之日起 12 个月内有效。'),
  article('locked-zh', 'zh', '账号被锁', ['账号被锁了', '帐号锁住了登不上', '账户锁定怎么解锁'], '请等待 15 分钟后通过登录页重置密码。'),
  article('complaint-zh', 'zh', '如何投诉', ['怎么投诉', '投诉渠道在哪', '投诉流程'], '请在“帮助 → 投诉”提交，我们会在 2 个工作日内回复。'),
  article('person-zh', 'zh', '联系人工客服', ['人工客服什么时候在线', '客服电话是多少', '怎么联系人工'], '人工客服在线时间为每天 8:00–20:00，电话 400-000-0000。', ['person']),
];

/** The tables' knowledge base, published: late parcels, damage, double charges, locked accounts, complaints, a person. */
export async function handoffKnowledge(): Promise<KnowledgeService> {
  const knowledge = createKnowledgeService({ store: new InMemoryArticleStore() });
  await knowledge.publish(ARTICLES);
  return knowledge;
}

/** Plays a conversation: each customer line through the engine with the state the previous turn left. */
export function playConversation(knowledge: KnowledgeService, lines: string[], script: Script = 'Hans'): TurnResult[] {
  let state: EngineState = EngineStateSchema.parse({});
  return lines.map((text) => {
    const result = handleTurn({ conversationId: 'c1', channel: 'test', userId: 'u1', text, locale: script === 'Hant' ? 'zh-TW' : undefined }, state, { knowledge });
    state = result.state;
    return result;
  });
}

/** What the bot did, in a word or three: "handoff L1 safety", "answer late-en", "fallback". */
export function does(turn: TurnResult): string {
  const handoff = turn.effects.find((e) => e.type === 'handoff');
  if (handoff?.type === 'handoff') return `handoff ${handoff.level} ${handoff.reasons[0].code}`;
  const answer = turn.replies.find((r) => r.kind === 'answer');
  return answer ? `answer ${answer.articleId}` : turn.explanation.decision;
}
