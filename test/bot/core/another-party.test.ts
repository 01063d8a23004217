/**
 * Another party's business, as conversations through `handleTurn` with the default policy: `[customer says, bot does]`.
 * An organisation by its kind, a name the knowledge base has never seen, a personal matter are declined without an
 * article; another party's account taken over, or anger at a neighbour, is not handed to a person, while the store's
 * own account taken over still is.
 */
import { ArticleContentSchema, createKnowledgeService, type ArticleContent, type KnowledgeService } from '../../../knowledge';
import { handleTurn } from '../../../bot/core/engine';
import { EngineStateSchema, type TurnResult } from '../../../bot/core/turn';
import { InMemoryArticleStore } from '../../fakes/in-memory-article-store';

const article = (id: string, lang: 'en' | 'zh', title: string, questions: string[], answer: string): ArticleContent =>
  ArticleContentSchema.parse({ id, lang, title, questions, answer, tags: [] });

const ARTICLES: ArticleContent[] = [
  article('charged-twice-en', 'en', 'Charged twice', ['I was charged twice', 'double charge on my card', 'two payments for one order'], 'A second charge is usually a hold that drops off within 3 days.'),
  article('payment-failed-en', 'en', 'Payment failed', ['my payment failed', 'my card was declined', 'payment did not go through'], 'Check the card details, or pay another way.'),
  article('locked-en', 'en', 'Account locked or hacked', ['my account is locked', 'my account was hacked', 'someone got into my account'], 'Reset your password from the sign-in page.'),
  article('complaint-en', 'en', 'How to make a complaint', ['how do I make a complaint', 'how do i complain', 'complaint process'], 'Use **Help → Complaints**; we answer within 2 working days.'),
  article('invoice-en', 'en', 'Getting an invoice', ['how do i get an invoice', 'I need an invoice for my order'], 'Download it from **Orders**.'),
  article('charged-twice-zh', 'zh', '重复扣款', ['被扣了两次钱', '重复扣款怎么办', '多扣了一次钱'], '第二笔通常是预授权，3 天内会退回。'),
  article('locked-zh', 'zh', '账号被锁或被盗', ['账号被锁了', '账号被盗了怎么办', '密码忘了怎么找回'], '请在登录页重置密码。'),
  article('complaint-zh', 'zh', '如何投诉', ['怎么投诉', '投诉渠道在哪', '投诉流程'], '请在“帮助 → 投诉”提交。'),
];

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = createKnowledgeService({ store: new InMemoryArticleStore() });
  await knowledge.publish(ARTICLES);
});

function say(text: string, kb = knowledge): TurnResult {
  return handleTurn({ conversationId: 'c1', channel: 'test', userId: 'u1', text }, EngineStateSchema.parse({}), { knowledge: kb });
}

/** What the bot did: "handoff L1 account-takeover", "answer locked-en", "declined (another company …)". */
function does(turn: TurnResult): string {
  const handoff = turn.effects.find((e) => e.type === 'handoff');
  if (handoff?.type === 'handoff') return `handoff ${handoff.level} ${handoff.reasons[0].code}`;
  const answer = turn.replies.find((r) => r.kind === 'answer');
  if (answer) return `answer ${answer.articleId}`;
  return turn.explanation.rule.startsWith('out-of-scope: another company') ? 'declined' : turn.explanation.rule;
}

test.each([
  // An organisation by its kind, an unseen name owning an account or a charge, a personal matter.
  ['i was charged twice by my electricity company', 'declined'],
  ['my hotel charged my card twice', 'declined'],
  ['how do i get an invoice from my phone company', 'declined'],
  ['my card was declined at the supermarket', 'declined'],
  ['my xbox game pass payment failed', 'declined'],
  ['酒店多扣了我一次房费', 'declined'],
  ['网易云音乐被扣了两次钱怎么退', 'declined'],
  ['how do i complain about my neighbour’s noise', 'declined'],
  // Another party's account taken over, anger at a neighbour: declined, not handed to a person.
  ['my facebook account got hacked', 'declined'],
  ['my linkedin account was hacked', 'declined'],
  ['IG帳號被盜了怎麼辦', 'declined'],
  ['QQ号被盗了', 'declined'],
  ['邻居太吵了怎么投诉', 'declined'],
  ['樓上日日裝修吵死人，點投訴', 'declined'],
  // The store's own: answered, or handed off as before.
  ['I was charged twice for the same order', 'answer charged-twice-en'],
  ['my payment failed', 'answer payment-failed-en'],
  ['how do i get an invoice for my order', 'answer invoice-en'],
  ['someone logged into my account and ordered stuff', 'handoff L1 account-takeover'],
  ['my account got hacked', 'handoff L1 account-takeover'],
  ['someone hacked my facebook and ordered stuff on your site', 'handoff L1 account-takeover'],
  ['我的账号被盗了', 'handoff L1 account-takeover'],
  ['被扣了两次钱', 'answer charged-twice-zh'],
])('%s → %s', (text, expected) => {
  expect(does(say(text))).toBe(expected);
});

test('a legal threat about another party still gets a person', () => {
  expect(does(say('my hotel charged my card twice and i am taking them to court'))).toBe('handoff L1 legal');
});

test('a kind the store’s own articles name is the store’s question', async () => {
  const travel = createKnowledgeService({ store: new InMemoryArticleStore() });
  await travel.publish([
    article('hotel-cancel-en', 'en', 'Cancelling a hotel booking', ['how do i cancel my hotel booking', 'cancel a hotel reservation'], 'Cancel it under **Trips** up to 24 hours before check-in.'),
    ...ARTICLES,
  ]);
  expect(does(say('how do i cancel my hotel booking', travel))).toBe('answer hotel-cancel-en');
  expect(does(say('how do i cancel my hotel booking'))).toBe('declined');
});
