/** Everything the bot says on its own (not from an article), in English and Chinese. */
import type { Lang } from './turn';

const en = {
  greeting: "Hi! I'm the store assistant. Ask me about orders, shipping, returns, refunds, payments or your account.",
  thanks: "You're welcome! Anything else I can help with?",
  goodbye: 'Thanks for chatting with us. Have a good day!',
  clarify: 'I found a few articles that may help. Which one do you mean?',
  fallback:
    "Sorry, I don't have a good answer for that. Could you rephrase it, maybe with an order number or a few more words? " +
    'You can also ask to talk to a person.',
  fallbackAgain: "I'm still not finding the right answer, sorry. A person from our team can help you with this.",
  talkToPerson: 'Talk to a person',
  empty: 'Could you type your question? For example: "How do I return an item?"',
  helpfulThanks: 'Thanks for the feedback!',
  notHelpful: "Sorry that didn't help. Could you tell me a bit more, or ask to talk to a person?",
  unknownArticle: "Sorry, that article isn't available any more. Could you ask your question again?",
};

const zh: typeof en = {
  greeting: '您好！我是商城智能助手，可以帮您查询订单、物流、退货、退款、支付和账户问题。',
  thanks: '不客气！还有其他可以帮您的吗？',
  goodbye: '感谢您的咨询，祝您生活愉快！',
  clarify: '我找到了几篇可能相关的内容，请问您想问的是哪一个？',
  fallback: '抱歉，这个问题我暂时没有找到合适的答案。您可以换个说法，或补充订单号等信息；也可以要求转人工客服。',
  fallbackAgain: '抱歉，我还是没有找到合适的答案。我们的人工客服可以帮您处理这个问题。',
  talkToPerson: '转人工客服',
  empty: '请输入您的问题，例如：“怎么退货？”',
  helpfulThanks: '感谢您的反馈！',
  notHelpful: '抱歉没能帮到您。可以再详细描述一下吗？也可以要求转人工客服。',
  unknownArticle: '抱歉，这篇内容已下线，请重新描述您的问题。',
};

export type MessageKey = keyof typeof en;

export function message(lang: Lang, key: MessageKey): string {
  return (lang === 'zh' ? zh : en)[key];
}
