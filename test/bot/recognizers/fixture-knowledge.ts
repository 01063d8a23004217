/** A small English and Chinese knowledge base for the recognizer tests, indexed with the real KnowledgeIndex. */
import { KnowledgeIndex, type IndexableArticle } from '../../../knowledge/search';
import type { KnowledgeSource } from '../../../bot/recognizers';

const article = (id: string, lang: 'en' | 'zh', title: string, questions: string[]): IndexableArticle => ({
  id,
  lang,
  title,
  questions,
  answer: `${title}.`,
  tags: [],
});

export const FIXTURE_ARTICLES: IndexableArticle[] = [
  article('refunds', 'en', 'Refunds', [
    'How do I get a refund?',
    'when will I get my money back',
    'can I get a refund for my order',
    'how long does a refund take',
  ]),
  article('password-reset', 'en', 'Reset your password', [
    'I forgot my password',
    'how do I reset my password',
    'cannot log in, need a new password',
    'change my password',
  ]),
  article('order-tracking', 'en', 'Track your order', [
    'Where is my order?',
    'how can I track my package',
    'track my delivery',
    'what is the status of my shipment',
  ]),
  article('opening-hours', 'en', 'Opening hours', [
    'What are your opening hours?',
    'when are you open',
    'are you open on sundays',
  ]),
  article('make-complaint', 'en', 'How to make a complaint', [
    'How do I make a complaint?',
    'where can I file a complaint',
    'complaint procedure',
  ]),
  article('tuikuan', 'zh', '退款', ['怎么退款', '退款多久到账', '我想申请退款', '钱什么时候退回来']),
  article('mima', 'zh', '重置密码', ['忘记密码怎么办', '怎么修改密码', '密码重置', '登录不了，要改密码']),
  article('wuliu', 'zh', '查询物流', ['我的快递到哪了', '怎么查物流', '订单什么时候到', '包裹到哪里了']),
];

export function fixtureIndex(): KnowledgeIndex {
  return KnowledgeIndex.build(FIXTURE_ARTICLES);
}

/** The knowledge base as the runtime hands it over: a search function. */
export function fixtureKnowledge(index = fixtureIndex()): KnowledgeSource {
  return { search: (text, options) => index.search(text, options) };
}
