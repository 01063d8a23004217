/** A small mixed-language knowledge base shared by the search tests. */
import type { IndexableArticle } from '../../../knowledge/search';

export const FIXTURE_ARTICLES: IndexableArticle[] = [
  {
    id: 'refund',
    title: 'Refunds for returned orders',
    questions: ['How do I get a refund?', 'Can I return my order and be reimbursed?'],
    answer: 'Open **Orders**, pick the order and choose *Return*. Refunds reach your card within 5 days.',
    tags: ['billing'],
    lang: 'en',
  },
  {
    id: 'password',
    title: 'Reset your password',
    questions: ['I forgot my password', 'How can I change my password?'],
    answer: 'Use the "Forgot password" link on the sign-in page.',
    tags: ['account'],
    lang: 'en',
  },
  {
    id: 'delivery',
    title: 'Delivery times',
    questions: ['When will my package arrive?', 'How long does shipping take?'],
    answer: 'Standard shipping takes 3 to 5 working days.',
    tags: ['shipping'],
    lang: 'en',
  },
  {
    id: 'card-declined',
    title: 'Card payment declined',
    questions: ['Why was my card declined?', 'My payment did not go through'],
    answer: 'Check the card expiry date and your available balance.',
    tags: ['payments'],
    lang: 'en',
  },
  {
    id: 'huabei-repay',
    title: '花呗还款',
    questions: ['花呗怎么还款', '花呗账单什么时候还'],
    answer: '在支付宝首页打开花呗，点击还款。',
    tags: ['花呗'],
    lang: 'zh',
  },
  {
    id: 'jiebei-limit',
    title: '借呗额度',
    questions: ['借呗额度怎么提高', '为什么借呗额度降低了'],
    answer: '按时还款、保持良好信用有助于提高额度。',
    tags: ['借呗'],
    lang: 'zh',
  },
  {
    id: 'refund-zh',
    title: '退款',
    questions: ['退款多久到账', '怎么申请退款'],
    answer: '退款一般在三个工作日内原路退回。',
    tags: ['退款'],
    lang: 'zh',
  },
];
